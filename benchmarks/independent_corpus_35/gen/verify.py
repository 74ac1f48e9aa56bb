#!/usr/bin/env python3
"""Re-open every mail and its attachment with the format's own library and check
that every non-null truth value occurs somewhere in the mail (header, body, form).

usage: python gen/verify.py [CORPUSDIR]
Also checks the corpus rules: one attachment per mail, addressed to the coordinator,
dated May-June 2019 before 16 June, under 300 KB, no embedded fonts in PDFs,
format/extension agreement and the per-half make-up.
"""
import sys
import os
import io
import re
import json
import zipfile
import unicodedata
import datetime
from collections import Counter
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime, getaddresses

from pypdf import PdfReader
import docx
from docx.oxml.ns import qn
from odf.opendocument import load as odf_load
from odf.element import Text as OdfText, Element as OdfElement
import openpyxl

COORD = "jonas.polin@west-vlaanderen.be"
EXT_OF = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt",
          "xlsx_form": "xlsx", "ods_form": "ods"}
KEYS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
        "country", "project_title", "requested_amount", "total_budget"]


# ------------------------------------------------------------ extract
def pdf_text(data):
    r = PdfReader(io.BytesIO(data))
    out = []
    widgets = 0
    for page in r.pages:
        out.append(page.extract_text() or "")
        for a in page.get("/Annots") or []:
            a = a.get_object()
            st = a.get("/Subtype")
            if st == "/Widget":
                widgets += 1
                if a.get("/V"):
                    out.append(str(a["/V"]))
            elif a.get("/Contents"):
                out.append(str(a["/Contents"]))
    fields = r.get_fields() or {}
    for name, f in fields.items():
        if f.get("/V"):
            out.append(str(f["/V"]))
    # no embedded font programs
    for obj_num in range(1, len(r.xref_objStm) + 1 if hasattr(r, "xref_objStm") else 1):
        pass
    raw = data
    if b"/FontFile" in raw:
        raise AssertionError("embedded font file")
    for page in r.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for fn, fo in fonts.items():
            fo = fo.get_object()
            fd = fo.get("/FontDescriptor")
            if fd and any(k in fd.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                raise AssertionError("embedded font")
    return "\n".join(out), widgets


def docx_text(data):
    d = docx.Document(io.BytesIO(data))  # opens with python-docx
    parts = [d.part] + [s.header.part for s in d.sections] + [s.footer.part for s in d.sections]
    out = []
    seen = set()
    for rel in d.part.rels.values():
        if "comments" in rel.reltype or "header" in rel.reltype or "footer" in rel.reltype:
            parts.append(rel.target_part)
    for p in parts:
        if id(p) in seen:
            continue
        seen.add(id(p))
        el = p.element if hasattr(p, "element") else None
        if el is None:
            from lxml import etree
            el = etree.fromstring(p.blob)
        for par in el.iter(qn("w:p")):
            out.append("".join(t.text or "" for t in par.iter(qn("w:t"))))
    return "\n".join(out)


def odf_text(data):
    doc = odf_load(io.BytesIO(data))
    out = []

    def walk(node, acc):
        for ch in node.childNodes:
            if ch.nodeType == ch.TEXT_NODE:
                acc.append(str(ch.data))
            else:
                if ch.qname[1] in ("p", "h") and acc and acc[-1] != "\n":
                    acc.append("\n")
                walk(ch, acc)
                if ch.qname[1] in ("p", "h", "table-cell"):
                    acc.append("\n")
    acc = []
    walk(doc.topnode, acc)
    # user field declarations carry their value in an attribute
    for el in doc.topnode.getElementsByType(__import__("odf.text", fromlist=["UserFieldDecl"]).UserFieldDecl):
        acc.append("\n" + (el.getAttribute("stringvalue") or ""))
    for el in doc.getElementsByType(__import__("odf.table", fromlist=["TableCell"]).TableCell):
        v = el.getAttribute("value")
        if v:
            acc.append(f"\n{float(v):.2f}")
    return "".join(acc)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    v = cell.value
                    out.append(f"{v:.2f}" if isinstance(v, (int, float)) else str(v))
                if cell.comment:
                    out.append(cell.comment.text)
    return "\n".join(out)


def mail_parts(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    texts = [f"{k}: {v}" for k, v in msg.items()]
    atts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            atts.append((part.get_filename(), part.get_content()))
        elif part.get_content_type() == "text/plain":
            texts.append(part.get_content())
    return msg, "\n".join(texts), atts


# ------------------------------------------------------------ matching
def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u202f", " ").replace("\u2002", " ")
    return re.sub(r"\s+", " ", s).casefold()


AMT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)(?:([.,])(\d{2})|,-)?(?![\d])")


def amounts(text):
    out = set()
    for m in AMT.finditer(text):
        whole = re.sub(r"[ .\u00a0\u202f]", "", m.group(1))
        cents = m.group(3) or "00"
        out.add(f"{int(whole)}.{cents}")
    return out


PH = re.compile(r"(?:\+|00)?\d[\d \t\u00a0./()\-]{7,18}\d")


def phones(text):
    out = set()
    for m in PH.finditer(text):
        s = m.group(0)
        for i, ch in enumerate(s):
            if not (ch == "+" or (ch.isdigit() and (i == 0 or not s[i - 1].isdigit()))):
                continue
            sub = s[i:]
            d = re.sub(r"\D", "", sub.replace("(0)", ""))
            if sub.startswith("+"):
                out.add("+" + d)
            elif d.startswith("00"):
                out.add("+" + d[2:])
            elif d.startswith("0"):
                out.add("+32" + d[1:])
                out.add("+33" + d[1:])
    return out


def check_value(key, val, text, ntext):
    if key in ("requested_amount", "total_budget"):
        return val in amounts(text)
    if key == "phone":
        return val in phones(text)
    if key == "country":
        return val in ("BE", "FR")
    if key == "contact_name":
        return all(norm(p) in ntext for p in val.split())
    return norm(val) in ntext


def verify(root):
    bad = 0
    makeup = Counter()
    for half in ("dev", "test"):
        rows = [json.loads(l) for l in open(os.path.join(root, half, "truth.jsonl"), encoding="utf-8")]
        assert len(rows) == 20, (half, len(rows))
        files = sorted(f for f in os.listdir(os.path.join(root, half)) if f.endswith(".eml"))
        assert files == [f"c35-{half}-{i:03d}.eml" for i in range(1, 21)], files
        assert sorted(r["file"] for r in rows) == files
        for r in rows:
            makeup[(half, r["format"], r["language"])] += 1
            path = os.path.join(root, half, r["file"])
            raw = open(path, "rb").read()
            errs = []
            if len(raw) > 300 * 1024:
                errs.append(f"size {len(raw)}")
            msg, body, atts = mail_parts(raw)
            if msg.get_content_type() != "multipart/mixed":
                errs.append("not multipart/mixed")
            tos = [a for _, a in getaddresses([str(msg["To"])])]
            if tos != [COORD]:
                errs.append(f"To {tos}")
            dt = parsedate_to_datetime(str(msg["Date"]))
            if not (datetime.datetime(2019, 5, 1, tzinfo=dt.tzinfo) <= dt < datetime.datetime(2019, 6, 16, tzinfo=dt.tzinfo)):
                errs.append(f"date {dt}")
            if len(atts) != 1:
                errs.append(f"{len(atts)} attachments")
                continue
            fname, data = atts[0]
            ext = fname.rsplit(".", 1)[-1].lower()
            if ext != EXT_OF[r["format"]]:
                errs.append(f"ext {ext} vs {r['format']}")
            widgets = 0
            if ext == "pdf":
                atext, widgets = pdf_text(data)
                if r["format"] == "pdf_letter" and widgets:
                    errs.append("pdf_letter with widgets")
                if r["format"] == "pdf_form":
                    rd = PdfReader(io.BytesIO(data))
                    nann = sum(len(p.get("/Annots") or []) for p in rd.pages)
                    if not nann:
                        errs.append("pdf_form without widgets or annotations")
            elif ext == "docx":
                atext = docx_text(data)
            elif ext in ("odt", "ods"):
                atext = odf_text(data)
            elif ext == "xlsx":
                atext = xlsx_text(data)
            text = body + "\n" + atext
            ntext = norm(text)
            f = r["fields"]
            assert list(f) == KEYS, list(f)
            for k in KEYS:
                v = f[k]
                if v is None:
                    continue
                if not check_value(k, v, text, ntext):
                    errs.append(f"{k}={v!r} not found")
            if f["email"] and f["email"] != f["email"].lower():
                errs.append("email not lower-case")
            if f["phone"] and not re.fullmatch(r"\+(32|33)\d{8,9}", f["phone"]):
                errs.append("phone not E.164")
            for k in ("requested_amount", "total_budget"):
                if f[k] and not re.fullmatch(r"\d+\.\d\d", f[k]):
                    errs.append(f"{k} format")
            if f["requested_amount"] and float(f["requested_amount"]) > 10000:
                errs.append("requested > 10000")
            if f["requested_amount"] and f["total_budget"] and float(f["total_budget"]) < float(f["requested_amount"]):
                errs.append("total < requested")
            pc = f["postcode"]
            if f["country"] == "BE" and not re.fullmatch(r"8\d{3}", pc):
                errs.append("BE postcode")
            if f["country"] == "FR" and not re.fullmatch(r"59\d{3}", pc):
                errs.append("FR postcode")
            if f["email"] and not re.search(r"@example\.(org|net|com)$", f["email"]):
                errs.append("email domain")
            status = "ok " if not errs else "BAD"
            bad += bool(errs)
            print(f"{status} {half}/{r['file']} {r['format']:<10} {r['language']} {len(raw) // 1024:>4} KB  {'; '.join(errs)}")
    print()
    for half in ("dev", "test"):
        by_fmt = Counter()
        for (h, fm, lang), n in makeup.items():
            if h == half:
                by_fmt[fm] += n
        print(half, dict(sorted(by_fmt.items())))
    print(f"{80 - bad if False else 40 - bad} passed, {bad} failed")
    return bad


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.exit(1 if verify(root) else 0)
