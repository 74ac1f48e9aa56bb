# -*- coding: utf-8 -*-
"""Check the built corpus: every .eml parses, its one attachment opens with its library, and every
truth value appears in (or follows clearly from) the mail."""
import email
import email.policy
import io
import json
import os
import re
import sys
import zipfile

from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

WORDS = {  # amounts written out in words in some forms
    "zesduizend vijfhonderd euro": 6500.0,
    "sept mille huit cents euros": 7800.0,
}


def text_pdf(b):
    from pypdf import PdfReader
    rd = PdfReader(io.BytesIO(b))
    parts = [p.extract_text() or "" for p in rd.pages]
    fields = rd.get_fields() or {}
    for k, v in fields.items():
        val = v.get("/V")
        if val is not None:
            parts.append("%s = %s" % (k, val))
    return "\n".join(parts), len(fields)


def text_docx(b):
    import docx
    d = docx.Document(io.BytesIO(b))          # opens with python-docx
    z = zipfile.ZipFile(io.BytesIO(b))
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "header" in n or "footer" in n):
            root = etree.fromstring(z.read(n))
            for p in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
                out.append("".join(t.text or "" for t in p.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
    return "\n".join(out), len(d.paragraphs)


def text_odf(b):
    from odf.opendocument import load
    from odf import teletype, text as T, table as TB, form as FM
    doc = load(io.BytesIO(b))
    out = []
    for p in doc.getElementsByType(T.P):
        out.append(teletype.extractText(p))
    for tag in (FM.Text, FM.Textarea):
        for el in doc.getElementsByType(tag):
            out.append("%s = %s" % (el.getAttribute("name"), el.getAttribute("currentvalue")))
    for c in doc.getElementsByType(TB.TableCell):
        v = c.getAttribute("value")
        if v:
            out.append(v)
    return "\n".join(out), 0


def text_xlsx(b):
    import openpyxl
    out = []
    for data_only in (True, False):
        wb = openpyxl.load_workbook(io.BytesIO(b), data_only=data_only)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        out.append(str(c.value))
    return "\n".join(out), 0


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def amounts(text):
    vals = set()
    for m in re.finditer(r"\d[\d .\u00a0\u202f]*(?:,\d{1,2})?", text):
        s = m.group(0).strip().replace("\u00a0", " ").replace("\u202f", " ")
        for cand in {s, s.split(" ")[0] if " " in s and not re.fullmatch(r"\d{1,3}( \d{3})+(,\d+)?", s) else s}:
            c = cand.replace(" ", "")
            if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d{1,2})?", c):
                c = c.replace(".", "").replace(",", ".")
            elif re.fullmatch(r"\d+,\d{1,2}", c):
                c = c.replace(",", ".")
            elif re.fullmatch(r"\d+\.\d{1,2}", c):
                pass
            c = c.rstrip(".")
            try:
                vals.add(round(float(c), 2))
            except ValueError:
                pass
    for w, v in WORDS.items():
        if w in text.lower():
            vals.add(v)
    return vals


def phones(text):
    res = set()
    for m in re.finditer(r"(?:\+|00)?[\d(][\d \t./()\-]{7,}\d", text):
        s = m.group(0)
        s = s.replace("(0)", "")
        dg = re.sub(r"\D", "", s)
        if s.startswith("+") or s.startswith("00"):
            dg = dg[2:] if s.startswith("00") else dg
            res.add("+" + dg)
        elif dg.startswith("0"):
            res.add(dg)
    return res


def e164_national(p):
    return "0" + p[3:]


def check(path, t):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    atts = [p for p in msg.iter_attachments()]
    assert len(atts) == 1, (path, len(atts))
    att = atts[0]
    b = att.get_content()
    fmt = t["format"]
    size = len(b)
    if fmt.startswith("pdf"):
        txt, nf = text_pdf(b)
        assert (nf > 0) == (fmt == "pdf_form"), (path, fmt, nf)
    elif fmt == "docx_form":
        txt, _ = text_docx(b)
    elif fmt in ("odt_form", "ods_form"):
        txt, _ = text_odf(b)
    else:
        txt, _ = text_xlsx(b)
    body = msg.get_body(preferencelist=("plain",)).get_content()
    frm = msg["From"]
    date = msg["Date"].datetime
    assert (2019, 5, 1) <= (date.year, date.month, date.day) <= (2019, 6, 15), date
    allt = txt + "\n" + body
    n = norm(allt)
    problems = []
    f = t["fields"]
    for k in ("organisation", "contact_name", "address", "postcode", "municipality", "project_title"):
        v = f[k]
        if v is None:
            continue
        if norm(v) in n:
            continue
        if k == "contact_name" and all(norm(p) in n for p in v.split()):
            continue
        problems.append(k)
    if f["email"] and f["email"].lower() not in n:
        if not (f["email"].lower() in frm.lower() and ("zie afzender" in n or "voir expéditeur" in n)):
            problems.append("email")
    ph = phones(txt)
    if f["phone"] not in ph and e164_national(f["phone"]) not in ph:
        problems.append("phone")
    am = amounts(txt)
    for k in ("requested_amount", "total_budget"):
        if f[k] is not None and round(float(f[k]), 2) not in am:
            problems.append(k)
    if f["country"] == "BE":
        assert f["postcode"].startswith("8") and f["phone"].startswith("+32")
    else:
        assert f["postcode"].startswith("59") and f["phone"].startswith("+33")
    for m in re.findall(r"[\w.+-]+@[\w.-]+", allt + frm):
        if not re.search(r"@example\.(org|net|com)$", m) and m != "jonas.polin@west-vlaanderen.be":
            problems.append("non-example address " + m)
    return size, problems


def main():
    bad = 0
    from collections import Counter
    cnt = Counter()
    for split in ("dev", "test"):
        d = os.path.join(ROOT, split)
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8")]
        assert len(truth) == 20
        for t in truth:
            size, problems = check(os.path.join(d, t["file"]), t)
            cnt[(t["format"], t["language"])] += 1
            flag = "OK " if not problems else "BAD"
            if problems:
                bad += 1
            print("%s %-20s %-10s %s %7d %s" % (flag, t["file"], t["format"], t["language"], size, ",".join(problems)))
    for k in sorted(cnt):
        print(k, cnt[k])
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
