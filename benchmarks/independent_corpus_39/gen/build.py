#!/usr/bin/env python3
"""Build corpus 39 ("other bodies' forms, reused"): rewrites ../dev and ../test
with 20 .eml files each plus truth.jsonl.  Deterministic: fixed dates, MIME
boundaries, message ids, PDF invariant mode and fixed zip timestamps."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import datetime  # noqa: E402
import common  # noqa: E402
from common import build_eml, text_to_html  # noqa: E402

HTML_CLIENTS = {"outlook", "outlook14", "apple"}
import designs_dev  # noqa: E402
import designs_test  # noqa: E402

ROOT = os.path.dirname(HERE)


def collect(mod, prefix):
    """Run every design twice: the first run gives the mail date, the second
    renders the attachment with a producer date shortly before it."""
    fns = [getattr(mod, n) for n in sorted(dir(mod)) if n[:1] == prefix and n[1:].isdigit()]
    out = []
    for fn in fns:
        common.DOC_DATE["value"] = None
        first = fn()
        common.DOC_DATE["value"] = (first["date"] - datetime.timedelta(minutes=17)).replace(tzinfo=None)
        out.append((fn.__name__, fn()))
    common.DOC_DATE["value"] = None
    return out


def write_half(half, mod, prefix):
    out = os.path.join(ROOT, half)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    mails = collect(mod, prefix)
    # number the mails in the order they arrived in the mailbox
    mails.sort(key=lambda nm: (nm[1]["date"], nm[0]))
    truth_lines = []
    for i, (name, m) in enumerate(mails, 1):
        fname = "c39-%s-%03d.eml" % (half, i)
        eml = build_eml(key="c39-%s-%s" % (half, name), sender_name=m["sender"][0], sender_addr=m["sender"][1],
                        subject=m["subject"], date=m["date"], body=m["body"], att_name=m["att_name"],
                        att_bytes=m["att"], att_ext=m["ext"], client=m.get("client", "thunderbird"),
                        html=m.get("html") or (text_to_html(m["body"]) if m.get("client") in HTML_CLIENTS else None),
                        cc=m.get("cc"), to_name=m.get("to_name", True),
                        reply_to=m.get("reply_to"), lang=m["lang"])
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(eml)
        truth_lines.append(json.dumps({"file": fname, "format": m["fmt"], "language": m["lang"],
                                       "fields": m["fields"]}, ensure_ascii=False))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(truth_lines) + "\n")
    return len(mails)


def main():
    n1 = write_half("dev", designs_dev, "d")
    n2 = write_half("test", designs_test, "t")
    print("wrote %d dev and %d test mails" % (n1, n2))


if __name__ == "__main__":
    main()
