#!/usr/bin/env python3
"""Re-open every mail and its attachment with its library and check that every truth value occurs in the mail.

Checks per mail: RFC 5322 parse, multipart/mixed, To = coordinator, Date before 16 June 2019, exactly one
attachment, size < 300 KB, attachment format matches the format tag (pdf_form has widgets or annotations,
pdf_letter has none, no embedded font files), and each non-null truth value is found in the
body/headers/attachment text (digits-only for phone/postcode/amounts, so comb boxes and
"0478/12.34.56" style writing count; case-insensitive for text).
"""
import datetime
import email
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.utils import parsedate_to_datetime, getaddresses

from pypdf import PdfReader
import docx
import openpyxl
from odf.opendocument import load as odf_load
from odf import teletype
from odf.table import TableRow, TableCell
from odf.text import P

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COORD = "jonas.polin@west-vlaanderen.be"
DEADLINE = datetime.datetime(2019, 6, 16, tzinfo=datetime.timezone.utc)


def single_char_runs(values):
    """Join runs of consecutive one-character values (comb boxes / per-character widgets)."""
    out, run = [], []
    for v in values:
        v = (v or "").strip()
        if len(v) <= 1:
            if v:
                run.append(v)
        else:
            if len(run) > 1:
                out.append("".join(run))
            run = []
    if len(run) > 1:
        out.append("".join(run))
    return out


def pdf_texts(data):
    r = PdfReader(io.BytesIO(data))
    texts, widgets, annots, fontfiles = [], [], [], 0
    for page in r.pages:
        texts.append(page.extract_text() or "")
        for a in page.get("/Annots") or []:
            a = a.get_object()
            st = a.get("/Subtype")
            if st == "/Widget":
                v = a.get("/V")
                widgets.append(str(v) if v is not None else "")
                if a.get("/FT") == "/Btn" and a.get("/AS") not in (None, "/Off"):
                    widgets.append("X")
            elif st == "/FreeText":
                annots.append(str(a.get("/Contents", "")))
        res = page.get("/Resources")
        if res is not None:
            fonts = res.get_object().get("/Font") or {}
            for f in fonts.values():
                fd = f.get_object().get("/FontDescriptor")
                if fd is not None and any(k in fd.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    fontfiles += 1
    kind = "widgets" if widgets else ("annots" if annots else "none")
    tlines = [l for t in texts for l in t.split("\n")]
    lines = tlines + widgets + annots + single_char_runs(widgets) + single_char_runs(tlines)
    # per-line char runs from text-mode comb boxes ("8 6 4 0")
    lines += [re.sub(r"(?<=\S) (?=\S)", "", l) for l in lines]
    return lines, kind, fontfiles


def docx_texts(data):
    d = docx.Document(io.BytesIO(data))
    lines = []

    def walk(container):
        for p in container.paragraphs:
            lines.append(p.text)
        for t in container.tables:
            for row in t.rows:
                cells = [c.text for c in row.cells]
                lines.extend(cells)
                lines.extend(single_char_runs(cells))
                for c in row.cells:
                    if c.tables:
                        walk(c)
    walk(d)
    return lines


def odf_texts(data):
    doc = odf_load(io.BytesIO(data))
    lines = [teletype.extractText(p) for p in doc.getElementsByType(P)]
    for row in doc.getElementsByType(TableRow):
        cells = [teletype.extractText(c) for c in row.getElementsByType(TableCell)]
        lines.extend(single_char_runs(cells))
        for c in row.getElementsByType(TableCell):
            v = c.getAttribute("value")
            if v:
                lines.append(v)
    return lines


def xlsx_texts(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            vals = ["" if v is None else (f"{v:.2f}" if isinstance(v, float) else str(v)) for v in row]
            lines.extend(v for v in vals if v)
            lines.extend(single_char_runs(vals))
    return lines


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def digits(s):
    return re.sub(r"\D", "", s)


def check_case(path, truth):
    errs = []
    raw = open(path, "rb").read()
    if len(raw) >= 300_000:
        errs.append("size")
    msg = email.message_from_bytes(raw, policy=policy.default)
    if msg.get_content_type() != "multipart/mixed":
        errs.append("not multipart/mixed")
    if COORD not in [a.lower() for _, a in getaddresses(msg.get_all("To", []))]:
        errs.append("To")
    if not parsedate_to_datetime(msg["Date"]) < DEADLINE:
        errs.append("date")
    atts = list(msg.iter_attachments())
    if len(atts) != 1:
        errs.append(f"{len(atts)} attachments")
        return errs
    att = atts[0]
    data = att.get_payload(decode=True)
    ext = att.get_filename().rsplit(".", 1)[1].lower()
    fmt = truth["format"]
    want_ext = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt",
                "xlsx_form": "xlsx", "ods_form": "ods"}[fmt]
    if ext != want_ext:
        errs.append(f"ext {ext}")
    if ext == "pdf":
        lines, kind, fontfiles = pdf_texts(data)
        if fontfiles:
            errs.append("embedded font")
        if fmt == "pdf_form" and kind == "none":
            errs.append("pdf_form without widgets/annotations")
        if fmt == "pdf_letter" and kind != "none":
            errs.append("pdf_letter with widgets/annotations")
    elif ext == "docx":
        lines = docx_texts(data)
    elif ext in ("odt", "ods"):
        lines = odf_texts(data)
    else:
        lines = xlsx_texts(data)
    body = msg.get_body(preferencelist=("plain",)).get_content()
    lines += body.split("\n") + [str(msg["From"]), str(msg["Subject"])]
    blob = norm("\n".join(lines))
    dlines = [digits(l) for l in lines]
    f = truth["fields"]
    for k, v in f.items():
        if v is None:
            continue
        if k in ("organisation", "project_title", "address", "municipality", "email"):
            ok = norm(v) in blob
        elif k == "contact_name":
            ok = norm(v) in blob or all(norm(t) in blob for t in v.split())
        elif k == "phone":
            nat = "0" + v[3:]
            ok = any(nat in dl or v[1:] in dl for dl in dlines)
        elif k == "postcode":
            ok = any(v in dl for dl in dlines)
        elif k == "country":
            ok = (v == "BE" and re.fullmatch(r"8\d{3}", f["postcode"] or "")) or \
                 (v == "FR" and re.fullmatch(r"59\d{3}", f["postcode"] or ""))
        elif k in ("requested_amount", "total_budget"):
            ip = v.split(".")[0]
            ok = any(ip in dl for dl in dlines)
        else:
            ok = True
        if not ok:
            errs.append(f"{k}={v!r} not found")
    return errs


def main():
    bad = 0
    n = 0
    counts = {}
    for half in ("dev", "test"):
        tpath = os.path.join(ROOT, half, "truth.jsonl")
        truths = [json.loads(l) for l in open(tpath, encoding="utf-8")]
        files = sorted(x for x in os.listdir(os.path.join(ROOT, half)) if x.endswith(".eml"))
        if sorted(t["file"] for t in truths) != files:
            print(f"{half}: truth/file mismatch")
            bad += 1
        for t in truths:
            n += 1
            key = (half, t["format"], t["language"])
            counts[key] = counts.get(key, 0) + 1
            errs = check_case(os.path.join(ROOT, half, t["file"]), t)
            if errs:
                bad += 1
                print(t["file"], "; ".join(errs))
    for k in sorted(counts):
        print(*k, counts[k])
    print(f"{n - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
