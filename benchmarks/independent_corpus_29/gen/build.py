#!/usr/bin/env python3
"""Build corpus c29: python gen/build.py  (from /tmp/c29build, inside the venv).

Deterministic: fixed seeds, fixed dates, fixed MIME boundaries and zip times.
"""
import datetime
import hashlib
import html
import json
import os
import random
import subprocess
import sys
from collections import Counter
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

if os.environ.get("PYTHONHASHSEED") != "0":     # odfpy output depends on hash order
    os.environ["PYTHONHASHSEED"] = "0"
    sys.exit(subprocess.call([sys.executable] + sys.argv))

import render_pdf       # noqa: E402
import render_docx      # noqa: E402
import render_odt       # noqa: E402
import render_sheet     # noqa: E402
from blocks import labels_of  # noqa: E402
import cases_dev        # noqa: E402
import cases_test       # noqa: E402

COORD = ("Jonas Polin", "jonas.polin@west-vlaanderen.be")
MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
}
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode",
          "municipality", "country", "project_title", "requested_amount", "total_budget"]
PLAN = {"pdf_form": 6, "pdf_letter": 4, "docx_form": 5, "odt_form": 3, "sheet": 2}


def render(case):
    fmt, form, meta = case["format"], case["form"], case.get("meta", {})
    if fmt == "pdf_form":
        return render_pdf.render(form, True, meta), "pdf"
    if fmt == "pdf_letter":
        return render_pdf.render(form, False, meta), "pdf"
    if fmt == "docx_form":
        return render_docx.render(form, meta), "docx"
    if fmt == "odt_form":
        return render_odt.render(form, meta), "odt"
    if fmt == "xlsx_form":
        return render_sheet.render_xlsx(form, meta), "xlsx"
    if fmt == "ods_form":
        return render_sheet.render_ods(form, meta), "ods"
    raise ValueError(fmt)


def to_html(body):
    parts = []
    for para in body.split("\n\n"):
        parts.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;'
            'font-size:13px">\n' + "\n".join(parts) + "\n</body></html>\n")


def make_eml(case, fileno):
    m = case["mail"]
    msg = EmailMessage()
    msg["From"] = formataddr(m["from"])
    msg["To"] = formataddr(m.get("to", COORD))
    if m.get("cc"):
        msg["Cc"] = ", ".join(formataddr(c) for c in m["cc"])
    msg["Subject"] = m["subject"]
    y, mo, d, hh, mi, ss = m["date"]
    tz = datetime.timezone(datetime.timedelta(hours=2))
    msg["Date"] = format_datetime(datetime.datetime(y, mo, d, hh, mi, ss, tzinfo=tz))
    dom = m["from"][1].split("@")[1]
    tok = hashlib.sha1(f"c29/{case['key']}/{m['from'][1]}".encode()).hexdigest()
    msg["Message-ID"] = f"<{y}{mo:02d}{d:02d}{hh:02d}{mi:02d}{ss:02d}.{tok[:12]}@{dom}>"
    if m.get("agent"):
        msg["User-Agent" if not m["agent"].startswith("Microsoft") else "X-Mailer"] = m["agent"]
    msg["MIME-Version"] = "1.0"
    msg.set_content(m["body"])
    if m.get("html"):
        msg.add_alternative(to_html(m["body"]), subtype="html")
    data, ext = render(case)
    maintype, subtype = MIME[ext]
    fn = m["filename"]
    assert fn.endswith("." + ext), (case["key"], fn, ext)
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    # fixed boundaries
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary(f"----=_Part_{k}_{tok[12:28]}")
    return msg.as_bytes(policy=SMTP), len(data)


def check_case(c):
    t = c["truth"]
    assert list(t) == FIELDS, (c["key"], list(t))
    for k, v in t.items():
        assert v is None or isinstance(v, str), (c["key"], k)
    assert t["country"] == ("BE" if c["language"] == "nl" else "FR"), c["key"]
    for k in ("requested_amount", "total_budget"):
        if t[k] is not None:
            assert t[k].count(".") == 1 and len(t[k].split(".")[1]) == 2, (c["key"], k)
    if t["phone"]:
        assert t["phone"].startswith("+32" if c["language"] == "nl" else "+33"), c["key"]
    assert t["postcode"] is None or t["postcode"][0] == ("8" if c["language"] == "nl" else "5")


def build_half(name, cases, seed):
    fmts = Counter("sheet" if c["format"] in ("xlsx_form", "ods_form") else c["format"] for c in cases)
    assert dict(fmts) == PLAN, (name, fmts)
    langs = Counter(c["language"] for c in cases)
    assert langs == {"nl": 10, "fr": 10}, (name, langs)
    nums = list(range(1, len(cases) + 1))
    random.Random(seed).shuffle(nums)
    outdir = os.path.join(ROOT, name)
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        os.remove(os.path.join(outdir, f))
    rows = []
    for case, n in zip(cases, nums):
        check_case(case)
        fn = f"c29-{name}-{n:03d}.eml"
        raw, asize = make_eml(case, n)
        assert len(raw) < 300 * 1024, (fn, len(raw))
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(raw)
        rows.append((n, {"file": fn, "format": case["format"], "language": case["language"],
                         "fields": case["truth"]}))
        print(f"{name} {case['key']:>4} -> {fn}  {case['format']:<10} {case['language']}  "
              f"{len(raw) // 1024:>4} KB")
    rows.sort()
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for _, r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    allc = cases_dev.CASES + cases_test.CASES
    sigs = Counter((c["format"], tuple(labels_of(c["form"]))) for c in allc)
    dup = [s for s, k in sigs.items() if k > 1]
    assert not dup, dup
    assert len({c["key"] for c in allc}) == len(allc)
    build_half("dev", cases_dev.CASES, 2901)
    build_half("test", cases_test.CASES, 2902)


if __name__ == "__main__":
    main()
