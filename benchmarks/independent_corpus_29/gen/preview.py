"""Dev helper: render attachments of given case keys into /tmp/c29prev."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build, cases_dev, cases_test
os.makedirs("/tmp/c29prev", exist_ok=True)
keys = sys.argv[1:]
for c in cases_dev.CASES + cases_test.CASES:
    if keys and c["key"] not in keys:
        continue
    data, ext = build.render(c)
    p = f"/tmp/c29prev/{c['key']}.{ext}"
    open(p, "wb").write(data)
    print(p, len(data))
