#!/usr/bin/env python3
"""Check the built corpus.

For every .eml of dev/ and test/: parse it, check the headers, open the attachment with a standard
library (pymupdf, python-docx, odfpy, openpyxl), and check that every truth value appears in the
attachment's or the body's text (phones and amounts, which are normalised in the truth, are checked
through their digits / numeric value).
Usage: venv/bin/python gen/verify.py [root]
"""
import email
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from decimal import Decimal
from email import policy

import docx
import openpyxl
import pymupdf
from odf import teletype
from odf.opendocument import load as odf_load
from odf.text import H as OdfH, P as OdfP

TAGS = {"pdf_form": ".pdf", "pdf_letter": ".pdf", "docx_form": ".docx", "odt_form": ".odt", "xlsx_form": ".xlsx"}
ERR = []


def err(msg):
    ERR.append(msg)
    print("ERROR", msg)


def norm(t):
    t = unicodedata.normalize("NFC", t or "")
    t = t.replace("\u00a0", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", t).strip().lower()


def pdf_text(data, name, fmt):
    doc = pymupdf.open(stream=data, filetype="pdf")
    parts = []
    nw = 0
    for page in doc:
        parts.append(page.get_text())
        for w in page.widgets() or []:
            nw += 1
            if w.field_value and w.field_type_string == "Text":
                parts.append(str(w.field_value))
    if fmt == "pdf_form" and nw < 5:
        err("%s: pdf_form with %d widgets" % (name, nw))
    if fmt == "pdf_letter" and nw:
        err("%s: pdf_letter with widgets" % name)
    return "\n".join(parts), []


def docx_text(data, name):
    d = docx.Document(io.BytesIO(data))  # opens with python-docx
    parts = [p.text for p in d.paragraphs]
    # all paragraphs of body, tables and content controls, straight from the XML
    z = zipfile.ZipFile(io.BytesIO(data))
    for member in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml", member):
            x = z.read(member).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                txt = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))
                txt = txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                parts.append(txt)
    return "\n".join(parts), []


def odt_text(data, name):
    d = odf_load(io.BytesIO(data))
    parts = []
    for el in d.getElementsByType(OdfP) + d.getElementsByType(OdfH):
        parts.append(teletype.extractText(el))
    return "\n".join(parts), []


def xlsx_text(data, name):
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    wbf = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    names = wb.sheetnames
    for need in ("Fiche", "Budget"):
        if need not in names:
            err("%s: no sheet %s (%s)" % (name, need, names))
    parts, nums = [], []
    for ws in wb.worksheets:
        wsf = wbf[ws.title]
        for row in ws.iter_rows():
            for c in row:
                f = wsf[c.coordinate].value
                if isinstance(f, str) and f.startswith("=") and c.value is None:
                    err("%s: formula %s!%s without cached value" % (name, ws.title, c.coordinate))
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)):
                    nums.append(Decimal(str(c.value)))
                parts.append(str(c.value))
    return "\n".join(parts), nums


def amounts_in(text):
    """All amounts a human would read in the text (Belgian/French and plain notations)."""
    out = set()
    for tok in re.findall(r"\d[\d .,\u00a0\u202f]*", text):
        tok = tok.strip(" .,\u00a0\u202f")
        for cand in {tok}:
            t = cand.replace("\u00a0", " ").replace("\u202f", " ")
            t = re.sub(r",-$", "", t)
            # comma decimal, dot/space thousands
            a = t.replace(" ", "").replace(".", "").replace(",", ".")
            try:
                out.add(Decimal(a))
            except Exception:
                pass
            b = t.replace(" ", "").replace(",", "")
            try:
                out.add(Decimal(b))
            except Exception:
                pass
        # also each space-free sub-token (e.g. "2019 8940")
        for sub in re.split(r"\s+", tok):
            s2 = sub.strip(".,")
            try:
                out.add(Decimal(s2.replace(".", "").replace(",", ".")))
            except Exception:
                pass
    return out


def national(e164):
    if e164.startswith("+32"):
        return "0" + e164[3:]
    if e164.startswith("+33"):
        return "0" + e164[3:]
    return e164


def main(root):
    total = 0
    for half in ("dev", "test"):
        folder = os.path.join(root, half)
        truth = [json.loads(l) for l in open(os.path.join(folder, "truth.jsonl"), encoding="utf-8")]
        files = sorted(f for f in os.listdir(folder) if f.endswith(".eml"))
        if [t["file"] for t in truth] != files:
            err("%s: truth.jsonl files do not match .eml files" % half)
        counts = {}
        for t in truth:
            total += 1
            name = t["file"]
            path = os.path.join(folder, name)
            raw = open(path, "rb").read()
            if len(raw) > 300 * 1024:
                err("%s: %d bytes" % (name, len(raw)))
            msg = email.message_from_bytes(raw, policy=policy.default)
            if msg["To"] != "coordinator@example.org":
                err("%s: To %s" % (name, msg["To"]))
            dt = msg["Date"].datetime
            if not (dt.utcoffset().total_seconds() == 7200 and (dt.month, dt.day) >= (5, 1)
                    and (dt.month, dt.day) <= (6, 15) and dt.year == 2019):
                err("%s: Date %s" % (name, msg["Date"]))
            from_dom = msg["From"].addresses[0].domain
            if not msg["Message-ID"].strip().endswith("@%s>" % from_dom):
                err("%s: Message-ID %s not at %s" % (name, msg["Message-ID"], from_dom))
            if from_dom not in ("example.org", "example.net", "example.com"):
                err("%s: sender domain %s" % (name, from_dom))
            body = msg.get_body(preferencelist=("plain",)).get_content()
            atts = list(msg.iter_attachments())
            if len(atts) != 1:
                err("%s: %d attachments" % (name, len(atts)))
                continue
            att = atts[0]
            fn = att.get_filename()
            data = att.get_content()
            fmt = t["format"]
            if not fn.lower().endswith(TAGS[fmt]):
                err("%s: attachment %s does not fit %s" % (name, fn, fmt))
            if fmt.startswith("pdf"):
                text, nums = pdf_text(data, name, fmt)
            elif fmt == "docx_form":
                text, nums = docx_text(data, name)
            elif fmt == "odt_form":
                text, nums = odt_text(data, name)
            else:
                text, nums = xlsx_text(data, name)
            hay = norm(text + "\n" + body)
            f = t["fields"]
            for key in ("organisation", "contact_name", "email", "address", "postcode", "municipality",
                        "project_title"):
                v = f[key]
                if v is None:
                    continue
                if norm(v) in hay:
                    continue
                if key == "contact_name" and all(norm(p) in hay for p in v.split()):
                    print("note %s: contact_name %r is composed from separate boxes" % (name, v))
                    continue
                err("%s: %s %r not found" % (name, key, v))
            for key in f:
                if key != "phone" and isinstance(f[key], str) and any(
                        ch in f[key] for ch in "\u2019\u00a0"):
                    err("%s: odd character in %s" % (name, key))
            if f["phone"]:
                nat = national(f["phone"])
                lines = (text + "\n" + body).split("\n")
                if not any(nat in re.sub(r"\D", "", ln) for ln in lines):
                    err("%s: phone %s not found" % (name, f["phone"]))
                if f["country"] == "BE" and not f["phone"].startswith("+32"):
                    err("%s: BE phone %s" % (name, f["phone"]))
                if f["country"] == "FR" and not f["phone"].startswith("+33"):
                    err("%s: FR phone %s" % (name, f["phone"]))
            found = amounts_in(text) | set(nums)
            for key in ("requested_amount", "total_budget"):
                if f[key] is not None:
                    if not re.fullmatch(r"\d+\.\d\d", f[key]):
                        err("%s: %s %r badly written" % (name, key, f[key]))
                    if Decimal(f[key]) not in found:
                        err("%s: %s %s not found" % (name, key, f[key]))
            if f["requested_amount"] and Decimal(f["requested_amount"]) > 10000:
                err("%s: request over 10000" % name)
            pc = f["postcode"]
            if f["country"] == "BE" and not re.fullmatch(r"8\d{3}", pc):
                err("%s: postcode %s" % (name, pc))
            if f["country"] == "FR" and not re.fullmatch(r"59\d{3}", pc):
                err("%s: postcode %s" % (name, pc))
            key = (fmt, t["language"])
            counts[key] = counts.get(key, 0) + 1
        print(half, sorted(counts.items()))
    print("%d mails checked, %d errors" % (total, len(ERR)))
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
