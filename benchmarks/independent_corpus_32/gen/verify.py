# -*- coding: utf-8 -*-
"""Verify corpus c32: mails parse, attachments open, truth values occur in the mail.

Usage: python gen/verify.py [CORPUSDIR]
"""
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from email import policy
from email.parser import BytesParser

from pypdf import PdfReader
import docx
import openpyxl
from odf.opendocument import load as odf_load
from odf import teletype
from odf.text import P
from odf.table import TableCell

FORMAT_OF = {"application/pdf": ("pdf_form", "pdf_letter"),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ("docx_form",),
             "application/vnd.oasis.opendocument.text": ("odt_form",),
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ("xlsx_form",),
             "application/vnd.oasis.opendocument.spreadsheet": ("ods_form",)}


def attach_text(ctype, data):
    """Open the attachment with its library and return (text, n_widgets)."""
    widgets = 0
    parts = []
    if ctype == "application/pdf":
        r = PdfReader(io.BytesIO(data))
        for p in r.pages:
            parts.append(p.extract_text() or "")
        fields = r.get_fields() or {}
        widgets = len(fields)
        for k, f in fields.items():
            v = f.get("/V")
            if v:
                parts.append(str(v))
    elif ctype.endswith("wordprocessingml.document"):
        d = docx.Document(io.BytesIO(data))
        for p in d.paragraphs:
            parts.append(p.text)
        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
        # all w:t runs including content controls, cell by cell
        for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            parts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    elif ctype.endswith("opendocument.text"):
        d = odf_load(io.BytesIO(data))
        for p in d.getElementsByType(P):
            parts.append(teletype.extractText(p))
    elif ctype.endswith("spreadsheetml.sheet"):
        wb = openpyxl.load_workbook(io.BytesIO(data))
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
    elif ctype.endswith("opendocument.spreadsheet"):
        d = odf_load(io.BytesIO(data))
        for c in d.getElementsByType(TableCell):
            v = c.getAttribute("value")
            parts.append(teletype.extractText(c) + ((" " + v) if v else ""))
    import html as _h
    return _h.unescape("\n".join(parts)), widgets


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = s.replace("\u2013", "-").replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


def numbers(text):
    out = set()
    for m in re.finditer(r"\d{1,3}(?:[ .\u00a0]\d{3})+(?:,\d{2})?|\d+(?:[.,]\d{2})?", text):
        t = m.group(0)
        t = re.sub(r",\d{2}$", "", t)
        t = re.sub(r"\.\d{2}$", "", t) if re.fullmatch(r"\d+\.\d{2}", t) else t
        out.add(int(re.sub(r"[ .\u00a0]", "", t)))
    return out


def check(path, rec):
    errs = []
    with open(path, "rb") as f:
        msg = BytesParser(policy=policy.default).parse(f)
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if not msg[h]:
            errs.append("missing header " + h)
    dt = msg["Date"].datetime
    if not (dt.year == 2019 and (dt.month == 5 or (dt.month == 6 and dt.day < 16))):
        errs.append("date out of range %s" % dt)
    body = msg.get_body(preferencelist=("plain",)).get_content()
    atts = list(msg.iter_attachments())
    if len(atts) != 1:
        errs.append("attachments: %d" % len(atts))
        return errs
    a = atts[0]
    data = a.get_content()
    if len(data) > 300 * 1024:
        errs.append("attachment too big")
    ctype = a.get_content_type()
    if rec["format"] not in FORMAT_OF.get(ctype, ()):
        errs.append("format/ctype mismatch %s %s" % (rec["format"], ctype))
    text, widgets = attach_text(ctype, data)
    if rec["format"] == "pdf_form" and widgets == 0:
        errs.append("pdf_form without widgets")
    if rec["format"] == "pdf_letter" and widgets:
        errs.append("pdf_letter with widgets")
    allt = "\n".join([msg["Subject"], str(msg["From"]), body, text])
    nt = norm(allt)
    digits = re.sub(r"\D", "", allt)
    f = rec["fields"]
    lang = rec["language"]
    for k in ("organisation", "contact_name", "email", "address", "postcode", "municipality", "project_title"):
        v = f.get(k)
        if v is None:
            continue
        if norm(v) not in nt:
            errs.append("%s not found: %r" % (k, v))
    ph = f.get("phone")
    if ph:
        cc = ph[1:3]
        nat = ph[3:]
        if ("0" + nat) not in digits and (cc + nat) not in digits:
            errs.append("phone not found %s" % ph)
        if not re.fullmatch(r"\+3[23]\d{8,9}", ph):
            errs.append("phone not E.164-like %s" % ph)
    nums = numbers(allt)
    for k in ("requested_amount", "total_budget"):
        v = f.get(k)
        if v is None:
            continue
        n = int(float(v))
        if n not in nums:
            errs.append("%s %s not found" % (k, v))
    exp_c = "BE" if lang == "nl" else "FR"
    if f.get("country") != exp_c:
        errs.append("country")
    pc = f.get("postcode") or ""
    if lang == "nl" and not re.fullmatch(r"8\d{3}", pc):
        errs.append("postcode BE")
    if lang == "fr" and not re.fullmatch(r"59\d{3}", pc):
        errs.append("postcode FR")
    if "@" in (f.get("email") or "") and not re.search(r"@example\.(org|net|com)$", f["email"]):
        errs.append("email domain")
    return errs


def main(root):
    bad = 0
    summary = {}
    for split in ("dev", "test"):
        recs = [json.loads(l) for l in open(os.path.join(root, split, "truth.jsonl"), encoding="utf-8")]
        files = sorted(x for x in os.listdir(os.path.join(root, split)) if x.endswith(".eml"))
        assert [r["file"] for r in sorted(recs, key=lambda r: r["file"])] == files, "truth/file mismatch"
        for rec in recs:
            errs = check(os.path.join(root, split, rec["file"]), rec)
            key = (split, rec["format"], rec["language"])
            summary[key] = summary.get(key, 0) + 1
            if errs:
                bad += 1
                print(split, rec["file"], errs)
    for k in sorted(summary):
        print(k, summary[k])
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) else 0)
