"""Re-open every attachment with its own library and check that every truth value occurs in the mail.

python gen/verify.py      (exit 1 on any problem)
Checks per mail: multipart/mixed, exactly one attachment, addressed to the coordinator,
Date in May-June 2019 before 16 June, size < 300 KB, format tag matches the attachment,
PDFs use only standard-14 fonts (no FontFile*), pdf_form has widgets or annotations and
pdf_letter has none, and every non-null truth value is found in body + attachment text.
"""
import email
import io
import json
import os
import re
import sys
import zipfile
from decimal import Decimal
from email import policy
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COORD = "jonas.polin@west-vlaanderen.be"
STD14 = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
         "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
         "Symbol", "ZapfDingbats"}


def pdf_text(data, problems):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    parts, nwidgets, nannots = [], 0, 0
    for pg in r.pages:
        parts.append(pg.extract_text() or "")
        for a in pg.get("/Annots", []) or []:
            a = a.get_object()
            st = a.get("/Subtype")
            if st == "/Widget":
                nwidgets += 1
            elif st in ("/FreeText", "/Text"):
                nannots += 1
                parts.append(str(a.get("/Contents", "")))
        fonts = pg.get("/Resources", {}).get("/Font", {}) or {}
        for f in fonts.values():
            f = f.get_object()
            base = str(f.get("/BaseFont", "")).lstrip("/")
            if base not in STD14 or f.get("/FontDescriptor") is not None:
                problems.append("non-standard font %s" % base)
    for k, f in (r.get_fields() or {}).items():
        v = f.get("/V")
        if v is not None:
            parts.append(str(v))
    if b"/FontFile" in data:
        problems.append("embedded font file")
    return "\n".join(parts), nwidgets, nannots


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
                    walk(cell.tables)
    walk(d.tables)
    return "\n".join(parts), []


def odf_text(data):
    from odf.opendocument import load
    from odf import teletype
    from odf.text import P
    from odf.table import TableCell
    d = load(io.BytesIO(data))
    parts = [teletype.extractText(p) for p in d.getElementsByType(P)]
    nums = []
    for c in d.getElementsByType(TableCell):
        v = c.getAttribute("value")
        if v:
            nums.append(Decimal(v))
    return "\n".join(parts), nums


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)):
                    nums.append(Decimal(str(c.value)))
                parts.append(str(c.value))
    return "\n".join(parts), nums


def norm(s):
    return s.replace("\u00a0", " ").replace("\u202f", " ").lower()


def amount_variants(a):
    d = Decimal(a)
    i = int(d)
    cents = "%02d" % int((d - i) * 100)

    def g(sep):
        s = str(i)
        out = []
        while len(s) > 3:
            out.insert(0, s[-3:])
            s = s[:-3]
        out.insert(0, s)
        return sep.join(out)
    vs = set()
    for sep in (".", " ", ","):
        base = g(sep)
        dec = "," if sep != "," else "."
        vs.add(base + dec + cents)
        if cents == "00":
            vs.add(base)
    vs.add(str(i) + "," + cents)
    vs.add(str(i) + "." + cents)
    if cents == "00":
        vs.add(str(i))
    return vs


def amount_found(a, text, nums):
    d = Decimal(a)
    if any(n == d for n in nums):
        return True
    t = norm(text)
    for v in amount_variants(a):
        if re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d]|[.,]\d)", t):
            return True
    return False


def phone_found(e164, text):
    t = text.replace("(0)", "")
    t = re.sub(r"[\s./\-()\u00a0]", "", t)
    rest = e164[3:]
    cc = e164[1:3]
    return any(x in t for x in (e164, "00" + cc + rest, "0" + rest))


def main():
    bad = 0
    formats = {}
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8")]
        assert len(truth) == 20, half
        files = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        assert files == sorted(t["file"] for t in truth), half
        for t in truth:
            problems = []
            raw = open(os.path.join(d, t["file"]), "rb").read()
            if len(raw) >= 300_000:
                problems.append("too large")
            m = email.message_from_bytes(raw, policy=policy.default)
            if m.get_content_type() != "multipart/mixed":
                problems.append("not multipart/mixed")
            if COORD not in str(m["To"]).lower():
                problems.append("not addressed to coordinator")
            dt = parsedate_to_datetime(m["Date"])
            if not (dt.year == 2019 and (dt.month == 5 or (dt.month == 6 and dt.day < 16))):
                problems.append("date out of range")
            atts = [p for p in m.walk() if p.get_content_disposition() == "attachment"]
            if len(atts) != 1:
                problems.append("attachments: %d" % len(atts))
                bad += 1
                continue
            body = m.get_body(("plain",)).get_content()
            hdr = " ".join(str(m[h] or "") for h in ("From", "Cc", "Subject"))
            att = atts[0]
            data = att.get_content()
            fn = att.get_filename()
            ext = fn.rsplit(".", 1)[1].lower()
            nums = []
            fmt = t["format"]
            if ext == "pdf":
                text, nw, na = pdf_text(data, problems)
                if fmt == "pdf_form" and nw + na == 0:
                    problems.append("pdf_form without widgets/annotations")
                if fmt == "pdf_letter" and nw + na:
                    problems.append("pdf_letter with widgets")
            elif ext == "docx":
                text, nums = docx_text(data)
                fmt == "docx_form" or problems.append("ext/format")
            elif ext in ("odt", "ods"):
                text, nums = odf_text(data)
                fmt == ext + "_form" or problems.append("ext/format")
            elif ext == "xlsx":
                text, nums = xlsx_text(data)
                fmt == "xlsx_form" or problems.append("ext/format")
            else:
                problems.append("unknown ext")
                text = ""
            formats[(half, fmt, t["language"])] = formats.get((half, fmt, t["language"]), 0) + 1
            full = body + "\n" + hdr + "\n" + text
            nf = norm(full)
            for k, v in t["fields"].items():
                if v is None:
                    continue
                if k in ("requested_amount", "total_budget"):
                    ok = amount_found(v, full, nums)
                elif k == "phone":
                    ok = bool(re.fullmatch(r"\+3[23]\d{8,9}", v)) and phone_found(v, full)
                elif k == "country":
                    pc = t["fields"]["postcode"]
                    ok = (v == "BE" and re.fullmatch(r"8\d{3}", pc)) or (v == "FR" and re.fullmatch(r"59\d{3}", pc))
                elif k == "contact_name":
                    first, last = v.split(" ", 1)
                    ok = (v.lower() in nf) or (first.lower() in nf and last.lower() in nf)
                elif k == "email":
                    ok = v == v.lower() and v in nf
                else:
                    ok = norm(v) in nf
                if not ok:
                    problems.append("%s=%r not found" % (k, v))
            if problems:
                bad += 1
                print("FAIL", half, t["file"], fmt, problems)
    for k in sorted(formats):
        print(k, formats[k])
    print("%d passed, %d failed" % (40 - bad, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
