import os, json, email, sys, datetime as dt
from email import policy
from email.utils import parsedate_to_datetime
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPEN = dt.datetime(2019, 3, 31, 22, 0, tzinfo=dt.timezone.utc)
DL = dt.datetime(2019, 6, 16, 21, 59, 59, tzinfo=dt.timezone.utc)
bad = 0; tot = 0; refs = set()
for h in ("dev", "test"):
    lines = [json.loads(l) for l in open(os.path.join(OUT, h, "truth.jsonl"))]
    files = {os.path.relpath(os.path.join(r, f), os.path.join(OUT, h)) for r, _, fs in os.walk(os.path.join(OUT, h)) for f in fs if f.endswith(".eml")}
    assert files == {t["file"] for t in lines}, "file set mismatch"
    prev = None
    for t in lines:
        p = os.path.join(OUT, h, t["file"]); raw = open(p, "rb").read(); tot += 1
        assert b"\n" not in raw.replace(b"\r\n", b""), ("bare LF", p)
        m = email.message_from_bytes(raw, policy=policy.default)
        assert m["Message-ID"] and m["Date"], p
        d = parsedate_to_datetime(m["Date"])
        assert d == dt.datetime.fromisoformat(t["date"]) and d.utcoffset() == dt.datetime.fromisoformat(t["date"]).utcoffset(), p
        if prev: assert d >= prev, ("order", p)
        prev = d
        assert bool(t.get("before_call")) == (d < OPEN), p
        if t["kind"] in ("application", "new_idea"): assert bool(t.get("late")) == (d > DL), p
        if t["kind"] == "changed_values": assert t.get("changed"), p
        else: assert "changed" not in t, p
        if t["kind"] == "bounce": assert m.get_content_type() == "multipart/report", p
        for part in m.walk():
            if part.get_content_maintype() == "text" and not part.is_multipart():
                part.get_content()
        import re
        for a in re.findall(rb"[\w.+-]+@([\w.-]+)", raw):
            dom = a.decode().lower().rstrip(".")
            if not re.search(r"(^|\.)example\.(org|net|com)$", dom):
                print("domain?", p, dom); bad += 1
        assert "{REF" not in raw.decode("utf-8", "replace") and "{R" not in m["Subject"], p
print("checked", tot, "bad", bad)
