#!/usr/bin/env python3
"""Build the c26 corpus deterministically.

    /tmp/c26build/venv/bin/python /tmp/c26build/gen/build.py [OUTDIR]

Writes OUTDIR/dev/*.eml + truth.jsonl and OUTDIR/test/*.eml + truth.jsonl
(OUTDIR defaults to the parent folder of gen/). Same input -> byte-identical output.
"""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import caselib  # noqa: E402
import cases_docx, cases_odt, cases_xlsx, cases_ods  # noqa: E402,F401  (register cases)
from common import build_eml  # noqa: E402

SEED = 20190616
FMT_TAG = {"docx": "docx_form", "odt": "odt_form", "xlsx": "xlsx_form", "ods": "ods_form"}
MAILERS = [None, "Microsoft Outlook 16.0", None, "Mozilla Thunderbird 60.7.0", None,
           "iPhone Mail (16F203)", "Microsoft Outlook 14.0", None]


def html_of(body):
    from html import escape
    paras = body.strip().split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join("<p>%s</p>" % escape(p).replace("\n", "<br>") for p in paras) + "</body></html>")


def plan():
    """[(split, file name, case)] with numbers shuffled inside each half by a fixed seed."""
    by_split = {"dev": [], "test": []}
    for c in caselib.CASES:
        by_split[c["split"]].append(c)
    out = []
    for split, cases in by_split.items():
        cases = sorted(cases, key=lambda c: c["key"])
        rng = random.Random("%d-%s" % (SEED, split))
        numbers = list(range(1, len(cases) + 1))
        rng.shuffle(numbers)
        for n, c in sorted(zip(numbers, cases), key=lambda t: t[0]):
            out.append((split, "c26-%s-%03d.eml" % (split, n), c))
    return out


def main(out):
    summary = {}
    lines_by = {}
    for split in ("dev", "test"):
        d = os.path.join(out, split)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml") or f == "truth.jsonl":
                os.remove(os.path.join(d, f))
    for split, name, c in plan():
        d = os.path.join(out, split)
        lines = lines_by.setdefault(split, [])
        if True:
            res = c["fn"]()
            m = res["mail"]
            h = hashlib.sha1(("%s/%s" % (split, c["key"])).encode()).hexdigest()
            sender_dom = m["sender"].rsplit("@", 1)[1].rstrip(">")
            knobs = random.Random(h)
            mailer = m.get("mailer", MAILERS[knobs.randrange(len(MAILERS))])
            html = html_of(m["body"]) if m.get("html", knobs.random() < 0.3) else None
            octet = m.get("octet", knobs.random() < 0.15)
            qp = m.get("qp", knobs.random() < 0.4)
            eml = build_eml(sender=m["sender"], to=caselib.COORD, subject=m["subject"], date=m["date"],
                            msgid="<%s.%s@%s>" % (m["date"].strftime("%Y%m%d%H%M%S"), h[:16], sender_dom),
                            body=m["body"], attachment=res["attachment"], filename=res["filename"],
                            ext=c["fmt"], html=html, octet=octet, cc=m.get("cc"), mailer=mailer,
                            lang=c["lang"] if knobs.random() < 0.5 else None, qp=qp)
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(eml)
            lines.append(json.dumps({"file": name, "format": FMT_TAG[c["fmt"]], "language": c["lang"],
                                     "fields": res["truth"]}, ensure_ascii=False))
            summary.setdefault(split, []).append((name, c["fmt"], c["lang"], c["family"], len(eml)))
    for split, lines in lines_by.items():
        with open(os.path.join(out, split, "truth.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    for s, v in summary.items():
        print(s, len(v), "files,", sum(x[4] for x in v), "bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE))
