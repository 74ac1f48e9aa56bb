"""Verify the corpus: every .eml parses, has exactly one attachment that opens with its
library, and every non-null truth value appears in (or follows from) the document."""
import email
import email.policy
import io
import json
import os
import re
import sys
import zipfile
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import fmt_phone, money  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def text_pdf(data):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    parts = [p.extract_text() or "" for p in r.pages]
    fields = r.get_fields() or {}
    widgets = 0
    for name, f in fields.items():
        widgets += 1
        if f.get("/V"):
            parts.append(str(f.get("/V")))
        if f.get("/TU"):
            parts.append(str(f.get("/TU")))
    return "\n".join(parts), {"pages": len(r.pages), "widgets": widgets}, []


def text_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paras = []
    for p in d.element.body.iter(ns + "p"):
        paras.append("".join(t.text or "" for t in p.iter(ns + "t")))
    info = {"tables": len(d.tables), "sdt": len(list(d.element.body.iter(ns + "sdt"))),
            "legacy": len(list(d.element.body.iter(ns + "ffData")))}
    return "\n".join(paras), info, []


def text_odt(data):
    from odf.opendocument import load
    from odf import text as otext, teletype
    d = load(io.BytesIO(data))
    paras = [teletype.extractText(p) for p in d.getElementsByType(otext.P)] + [teletype.extractText(h) for h in d.getElementsByType(otext.H)]
    return "\n".join(paras), {"paragraphs": len(paras)}, []


def text_xlsx(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)):
                    nums.append(Decimal(str(c.value)))
                parts.append(str(c.value))
    return "\n".join(parts), {"sheets": len(wb.worksheets)}, nums


def text_ods(data):
    from odf.opendocument import load
    from odf import table, teletype
    d = load(io.BytesIO(data))
    parts, nums = [], []
    for cell in d.getElementsByType(table.TableCell):
        t = teletype.extractText(cell)
        if t:
            parts.append(t)
        v = cell.getAttribute("value")
        if v:
            nums.append(Decimal(v))
    return "\n".join(parts), {"sheets": len(d.spreadsheet.getElementsByType(table.Table))}, nums


OPEN = {"pdf": text_pdf, "docx": text_docx, "odt": text_odt, "xlsx": text_xlsx, "ods": text_ods}
EXT_OF = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt", "xlsx_form": "xlsx", "ods_form": "ods"}


def norm(s):
    s = s.replace("\u00a0", " ").replace("’", "'")
    return re.sub(r"\s+", " ", s)


def amount_variants(v):
    out = set()
    for lang in ("fr", "nl"):
        for st in range(4):
            out.add(norm(money(v, lang, st)).replace("€", "EUR"))
            out.add(norm(money(v, lang, st)))
    return out


def check(t, doc_text, nums):
    txt = norm(doc_text)
    txt_e = txt.replace("€", "EUR")
    f = t["fields"]
    problems = []
    for k in ("organisation", "email", "project_title", "postcode", "municipality", "address"):
        if f[k] is None:
            continue
        if norm(f[k]) not in txt:
            problems.append(k)
    cn = f["contact_name"]
    if cn not in txt:
        first, last = cn.split(" ", 1)
        if not (re.search(re.escape(last) + r"\s+" + re.escape(first), txt, re.I) or
                (last.upper() in txt and first in txt)):
            problems.append("contact_name")
    if f["phone"]:
        if not any(fmt_phone(f["phone"], s) in txt for s in range(4)):
            problems.append("phone")
    for k in ("requested_amount", "total_budget"):
        if f[k] is None:
            continue
        if not any(v in txt or v in txt_e for v in amount_variants(f[k])) and Decimal(f[k]) not in nums:
            problems.append(k)
    return problems


def main():
    bad = 0
    summary = {}
    for split in ("dev", "test"):
        truths = [json.loads(x) for x in open(os.path.join(ROOT, split, "truth.jsonl"), encoding="utf-8")]
        files = sorted(f for f in os.listdir(os.path.join(ROOT, split)) if f.endswith(".eml"))
        assert files == sorted(t["file"] for t in truths), split
        for t in truths:
            raw = open(os.path.join(ROOT, split, t["file"]), "rb").read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            assert msg["From"] and msg["Date"] and msg["Subject"], t["file"]
            body = msg.get_body(preferencelist=("plain",)).get_content()
            atts = list(msg.iter_attachments())
            assert len(atts) == 1, t["file"]
            a = atts[0]
            data = a.get_content()
            ext = a.get_filename().rsplit(".", 1)[1].lower()
            assert ext == EXT_OF[t["format"]], (t["file"], ext, t["format"])
            assert len(data) < 300_000
            text, info, nums = OPEN[ext](data)
            if t["format"] == "pdf_form":
                assert info["widgets"] > 10, (t["file"], info)
            if t["format"] == "pdf_letter":
                assert info["widgets"] == 0, (t["file"], info)
            probs = check(t, text, nums)
            # phone null cases: make sure no contact phone hides anywhere
            key = (t["format"], t["language"], split)
            summary[key] = summary.get(key, 0) + 1
            status = "OK " if not probs else "BAD"
            if probs:
                bad += 1
            print(f"{status} {split}/{t['file']:18} {t['format']:10} {t['language']} {len(raw):7d}B {info} {probs}")
    print()
    for k in sorted(summary):
        print(k, summary[k])
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
