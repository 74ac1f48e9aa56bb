"""Re-open every .eml of the c22 corpus and check it against truth.jsonl.

- each mail parses, has the required headers (To, Date in 1 May-15 June 2019 +0200, Message-ID at the
  sender's domain) and is below 0.5 MB;
- each attachment opens with a standard library (PyMuPDF, python-docx, odfpy, openpyxl, Pillow);
- each truth value appears in what a human sees (mail body, page text and widget values, document
  text incl. content controls, cell values); phones are compared by digits, amounts as numbers.

usage: python gen/verify.py            (exit 1 on any problem)
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from decimal import Decimal
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

import docx
import openpyxl
import pymupdf
from docx.oxml.ns import qn
from odf import teletype
from odf import text as otext
from odf.opendocument import load as odf_load
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
          "country", "project_title", "requested_amount", "total_budget"]
ALLOWED_DOMAINS = ("example.org", "example.net", "example.com")
problems = []


def bad(msg):
    problems.append(msg)
    print("  !!", msg)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "tr", "div"):
            self.out.append("\n")
        if tag == "td":
            self.out.append("\t")


def html_text(h):
    s = _Strip()
    s.feed(h)
    return "".join(s.out)


def pdf_text(data):
    doc = pymupdf.open(stream=data, filetype="pdf")
    parts = []
    nwidgets = 0
    for page in doc:
        parts.append(page.get_text())
        for w in page.widgets():
            nwidgets += 1
            if w.field_type == pymupdf.PDF_WIDGET_TYPE_TEXT and w.field_value:
                parts.append(str(w.field_value))
    if nwidgets == 0:
        bad("PDF without form widgets")
    return "\n".join(parts)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = []
    for p in d.element.body.iter(qn("w:p")):
        s = []
        for el in p.iter():
            if el.tag == qn("w:t"):
                s.append(el.text or "")
            elif el.tag == qn("w:tab"):
                s.append("\t")
            elif el.tag == qn("w:br"):
                s.append("\n")
        out.append("".join(s))
    return "\n".join(out)


def odt_text(data):
    d = odf_load(io.BytesIO(data))
    out = []
    for el in d.getElementsByType(otext.P) + d.getElementsByType(otext.H):
        out.append(teletype.extractText(el))
    return "\n".join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


NUM = re.compile(r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?")


def numbers(text):
    found = set()
    for m in NUM.finditer(text):
        t = m.group(0)
        t2 = re.sub(r"[ \u00a0\u202f]", "", t)
        cands = []
        if "," in t2:
            intpart, dec = t2.rsplit(",", 1)
            cands.append(intpart.replace(".", "") + "." + dec)
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t2):
            cands.append(t2.replace(".", ""))
        else:
            cands.append(t2)
        for c in cands:
            try:
                found.add(Decimal(c))
            except Exception:
                pass
    return found


def check_mail(half, rec):
    path = os.path.join(ROOT, half, rec["file"])
    raw = open(path, "rb").read()
    if len(raw) > 500 * 1024:
        bad("%s: larger than 0.5 MB" % rec["file"])
    if b"\r\n" not in raw:
        bad("%s: not CRLF-serialised" % rec["file"])
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg["To"] != "coordinator@example.org":
        bad("%s: To is %r" % (rec["file"], msg["To"]))
    dt = parsedate_to_datetime(msg["Date"])
    if dt.utcoffset() != datetime.timedelta(hours=2):
        bad("%s: Date not +0200" % rec["file"])
    if not (datetime.date(2019, 5, 1) <= dt.date() <= datetime.date(2019, 6, 15)):
        bad("%s: Date out of range" % rec["file"])
    frm = parseaddr(msg["From"])[1]
    dom = frm.split("@")[1]
    if not dom.endswith(ALLOWED_DOMAINS):
        bad("%s: sender domain %s" % (rec["file"], dom))
    mid = msg["Message-ID"]
    if not (mid and mid.strip().endswith("@%s>" % dom)):
        bad("%s: Message-ID %r not at sender domain" % (rec["file"], mid))
    for addr in re.findall(r"[\w.+-]+@[\w.-]+\.\w+", raw.decode("latin-1")):
        if not addr.lower().endswith(ALLOWED_DOMAINS):
            bad("%s: non-example address %s" % (rec["file"], addr))
    seen = [("header", "From: %s\nSubject: %s" % (msg["From"], msg["Subject"]))]
    natt = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ct = part.get_content_type()
        if fn:
            natt += 1
            data = part.get_payload(decode=True)
            ext = fn.rsplit(".", 1)[-1].lower()
            try:
                if ext == "pdf":
                    seen.append((fn, pdf_text(data)))
                elif ext == "docx":
                    seen.append((fn, docx_text(data)))
                elif ext == "odt":
                    seen.append((fn, odt_text(data)))
                elif ext == "xlsx":
                    seen.append((fn, xlsx_text(data)))
                elif ext in ("png", "jpg", "jpeg"):
                    Image.open(io.BytesIO(data)).verify()
                else:
                    bad("%s: unexpected attachment %s" % (rec["file"], fn))
                if ext in ("docx", "odt", "xlsx"):
                    zipfile.ZipFile(io.BytesIO(data)).testzip()
            except Exception as e:  # noqa: BLE001
                bad("%s: attachment %s does not open: %r" % (rec["file"], fn, e))
        elif ct == "text/plain":
            seen.append(("body", part.get_content()))
        elif ct == "text/html":
            seen.append(("html", html_text(part.get_content())))
    fmt = rec["format"]
    if fmt.startswith("body") and natt:
        bad("%s: body format with attachment" % rec["file"])
    if not fmt.startswith("body") and natt != 1:
        bad("%s: expected one attachment, found %d" % (rec["file"], natt))
    alltext = "\n".join(t for _, t in seen)
    flat = re.sub(r"\s+", " ", alltext)
    f = rec["fields"]
    for k in FIELDS:
        v = f[k]
        if v is None or k == "country":
            continue
        if k == "phone":
            digits = re.sub(r"\D", "", alltext)
            cc = "32" if v.startswith("+32") else "33"
            nat = "0" + v[3:]
            if nat not in digits and (cc + v[3:]) not in digits:
                bad("%s: phone %s not visible" % (rec["file"], v))
        elif k in ("requested_amount", "total_budget"):
            if Decimal(v) not in numbers(alltext):
                bad("%s: %s %s not visible as a number" % (rec["file"], k, v))
        else:
            if v not in flat:
                bad("%s: %s %r not visible" % (rec["file"], k, v))
    if f["country"] == "BE" and not re.fullmatch(r"8\d{3}", f["postcode"] or ""):
        bad("%s: BE postcode %r" % (rec["file"], f["postcode"]))
    if f["country"] == "FR" and not re.fullmatch(r"59\d{3}", f["postcode"] or ""):
        bad("%s: FR postcode %r" % (rec["file"], f["postcode"]))
    for k in ("requested_amount", "total_budget"):
        if f[k] is not None and not re.fullmatch(r"\d+\.\d\d", f[k]):
            bad("%s: %s badly formatted" % (rec["file"], k))
    if f["phone"] is not None and not re.fullmatch(r"\+3[23]\d{8,9}", f["phone"]):
        bad("%s: phone not E.164 %r" % (rec["file"], f["phone"]))
    return natt


def main():
    total = 0
    for half in ("dev", "test"):
        recs = [json.loads(l) for l in open(os.path.join(ROOT, half, "truth.jsonl"), encoding="utf-8")]
        names = sorted(f for f in os.listdir(os.path.join(ROOT, half)) if f.endswith(".eml"))
        if names != sorted(r["file"] for r in recs):
            bad("%s: truth.jsonl and .eml files differ" % half)
        print("%s: %d mails" % (half, len(recs)))
        for r in recs:
            check_mail(half, r)
    halves = {}
    for half in ("dev", "test"):
        recs = [json.loads(l) for l in open(os.path.join(ROOT, half, "truth.jsonl"), encoding="utf-8")]
        halves[half] = recs
        mix = {}
        for r in recs:
            mix[(r["format"], r["language"])] = mix.get((r["format"], r["language"]), 0) + 1
        print("%s make-up: %s" % (half, ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(mix.items()))))
    for k in ("organisation", "contact_name", "email", "phone", "address", "municipality"):
        a = {r["fields"][k] for r in halves["dev"]} - {None}
        b = {r["fields"][k] for r in halves["test"]} - {None}
        if a & b:
            bad("dev and test share %s: %s" % (k, sorted(a & b)))
    for dp, dn, fn in os.walk(ROOT):
        if "/venv" in dp or dp.endswith("venv"):
            continue
        total += sum(os.path.getsize(os.path.join(dp, x)) for x in fn)
    print("folder size without venv: %.2f MB" % (total / 1e6))
    if total > 6e6:
        bad("folder larger than 6 MB")
    print("%d problem(s)" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
