#!/usr/bin/env python3
"""Check corpus c29: every truth value must be present in its mail (in some spelling).

Usage (from /tmp/c29build, with the venv):  python gen/verify.py
Reads only dev/ and test/ (the .eml files and truth.jsonl); independent of the generator.
"""
import datetime
import email
import io
import itertools
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from decimal import Decimal
from email import policy
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COORD = "jonas.polin@west-vlaanderen.be"
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode",
          "municipality", "country", "project_title", "requested_amount", "total_budget"]
EXT = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt",
       "xlsx_form": "xlsx", "ods_form": "ods"}


# ------------------------------------------------------------------ extraction
def pdf_text(data):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    parts = [p.extract_text() or "" for p in r.pages]
    fields = r.get_fields() or {}
    vals = {k: str(v.get("/V")) for k, v in fields.items() if v.get("/V") not in (None, "")}
    return "\n".join(parts), vals, "/AcroForm" in r.trailer["/Root"]


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    walk_tables(c.tables)
    out.extend(p.text for p in d.paragraphs)
    walk_tables(d.tables)
    for s in d.sections:
        out.extend(p.text for p in s.header.paragraphs)
        out.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(out)


def odf_text(data):
    from odf.opendocument import load
    from odf import text as otext, table as otable, teletype
    doc = load(io.BytesIO(data))
    out = []
    for el in doc.getElementsByType(otext.P) + doc.getElementsByType(otext.H):
        out.append(teletype.extractText(el))
    for c in doc.getElementsByType(otable.TableCell):
        v = c.getAttribute("value")
        if v:
            out.append(v)
    return "\n".join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    import html as _h
    return _h.unescape(h)


def read_mail(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    body, atts = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            atts.append((fn, part.get_content_type(), part.get_payload(decode=True)))
        elif part.get_content_type() == "text/plain":
            body.append(part.get_content())
        elif part.get_content_type() == "text/html":
            body.append(html_to_text(part.get_content()))
    return raw, msg, "\n".join(body), atts


# ------------------------------------------------------------------ matching
def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"\s+", " ", s)
    return s.casefold()


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def has_text(hay, v):
    if norm(v) in norm(hay):
        return "exact"
    if strip_acc(norm(v)) in strip_acc(norm(hay)):
        return "no-accents"
    return None


def has_name(hay, name):
    parts = name.split()
    h = strip_acc(norm(hay))
    for i in range(1, len(parts)):
        given, sur = " ".join(parts[:i]), " ".join(parts[i:])
        for cand in (f"{given} {sur}", f"{sur} {given}", f"{sur}, {given}"):
            if strip_acc(norm(cand)) in h:
                return "order: " + ("given-first" if cand.startswith(given) else "surname-first")
    # split fields (Nom / Prénom in separate boxes)
    if all(strip_acc(norm(p)) in h for p in parts):
        return "parts"
    return None


def has_phone(hay, e164):
    m = re.fullmatch(r"\+(32|33)(\d{8,9})", e164)
    if not m:
        return None
    cc, nat = m.groups()
    sep = r"[\s./\-]*"
    digits = sep.join(nat)
    pat = r"(?:(?:\+|00)\s*" + cc + r"\s*(?:\(0\))?" + sep + r"|0)" + digits + r"(?!\d)"
    return "ok" if re.search(pat, hay) else None


NUM = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d])")


def amounts(hay):
    out = set()
    for m in NUM.finditer(hay):
        t = re.sub(r"[ \u00a0\u202f]", "", m.group(1))
        if "," in t:
            t = t.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
            t = t.replace(".", "")
        try:
            out.add(Decimal(t))
        except Exception:
            pass
    return out


# ------------------------------------------------------------------ main
def main():
    problems = []
    stats = Counter()
    table = defaultdict(Counter)
    nulls = Counter()
    spellings = defaultdict(Counter)
    words = {}
    n_files = 0
    for half in ("dev", "test"):
        truth_path = os.path.join(ROOT, half, "truth.jsonl")
        rows = [json.loads(l) for l in open(truth_path, encoding="utf-8")]
        files = sorted(f for f in os.listdir(os.path.join(ROOT, half)) if f.endswith(".eml"))
        expected = [f"c29-{half}-{i:03d}.eml" for i in range(1, 21)]
        if files != expected or [r["file"] for r in rows] != expected:
            problems.append(f"{half}: file list / truth order mismatch")
        langs = Counter(r["language"] for r in rows)
        if langs != {"nl": 10, "fr": 10}:
            problems.append(f"{half}: languages {dict(langs)}")
        for r in rows:
            n_files += 1
            fn, fmt, lang, t = r["file"], r["format"], r["language"], r["fields"]
            tag = f"{half}/{fn}"
            table[fmt][f"{half}-{lang}"] += 1
            if list(t) != FIELDS:
                problems.append(f"{tag}: field keys {list(t)}")
            raw, msg, body, atts = read_mail(os.path.join(ROOT, half, fn))
            if len(raw) >= 300 * 1024:
                problems.append(f"{tag}: {len(raw)} bytes")
            if COORD not in str(msg["To"]).lower():
                problems.append(f"{tag}: To is {msg['To']}")
            d = parsedate_to_datetime(msg["Date"])
            if not (datetime.date(2019, 6, 9) <= d.date() <= datetime.date(2019, 6, 16)):
                problems.append(f"{tag}: date {d}")
            for addr in re.findall(r"[\w.+-]+@[\w.-]+", raw.decode("utf-8", "replace")):
                dom = addr.split("@")[1].lower()
                if not (dom.startswith("example.") or dom == "west-vlaanderen.be"
                        or dom.endswith(".example.org")):
                    problems.append(f"{tag}: non-example address {addr}")
            if len(atts) != 1:
                problems.append(f"{tag}: {len(atts)} attachments")
                continue
            afn, ctype, data = atts[0]
            if not afn.lower().endswith("." + EXT[fmt]):
                problems.append(f"{tag}: attachment {afn} does not fit {fmt}")
            if EXT[fmt] == "pdf":
                text, vals, acro = pdf_text(data)
                if fmt == "pdf_form" and not (acro and len(vals) >= 5):
                    problems.append(f"{tag}: pdf_form without filled widgets")
                if fmt == "pdf_letter" and acro:
                    problems.append(f"{tag}: pdf_letter has an AcroForm")
                atext = text + "\n" + "\n".join(vals.values())
                stats["pdf widgets filled"] += len(vals)
            elif fmt == "docx_form":
                atext = docx_text(data)
            elif fmt in ("odt_form", "ods_form"):
                atext = odf_text(data)
            else:
                atext = xlsx_text(data)
            heads = "\n".join(str(msg[h]) for h in ("From", "Cc", "Reply-To") if msg[h])
            hay = heads + "\n" + body + "\n" + atext
            words[tag] = set(re.findall(r"[a-zà-ÿ]{3,}", norm(atext)))
            # truth checks
            for k in FIELDS:
                v = t[k]
                if v is None:
                    nulls[k] += 1
                    continue
                res = None
                if k in ("organisation", "project_title", "address", "municipality"):
                    res = has_text(hay, v)
                elif k == "contact_name":
                    res = has_name(atext, v)
                    res = ("form, " + res) if res else (("mail only, " + has_name(hay, v))
                                                         if has_name(hay, v) else None)
                elif k == "email":
                    if v != v.lower():
                        problems.append(f"{tag}: email not lower-case")
                    res = "exact" if v in hay else ("other case" if v in hay.lower() else None)
                elif k == "phone":
                    res = has_phone(hay, v)
                elif k == "postcode":
                    res = "ok" if re.search(r"(?<!\d)" + v + r"(?!\d)", hay) else None
                elif k == "country":
                    ok = (v == "BE" and lang == "nl") or (v == "FR" and lang == "fr")
                    res = "ok" if ok else None
                elif k in ("requested_amount", "total_budget"):
                    if not re.fullmatch(r"\d+\.\d\d", v):
                        problems.append(f"{tag}: {k} format {v}")
                    res = "ok" if Decimal(v) in amounts(hay) else None
                if res is not None and k not in ("country",) and k != "contact_name":
                    in_form = {"phone": lambda: has_phone(atext, v),
                               "requested_amount": lambda: Decimal(v) in amounts(atext),
                               "total_budget": lambda: Decimal(v) in amounts(atext),
                               "email": lambda: v in atext.lower(),
                               "postcode": lambda: v in atext}.get(k, lambda: has_text(atext, v))()
                    if not in_form:
                        stats["values given only in the mail (body/headers), not the form"] += 1
                if res is None:
                    problems.append(f"{tag}: {k}={v!r} not found")
                else:
                    spellings[k][res] += 1
                    stats["values found"] += 1
            if t.get("email") and t["email"] not in str(msg["From"]).lower():
                stats["email differs from sender"] += 1
            if t.get("phone") and has_phone(body, t["phone"]) and not has_phone(atext, t["phone"]):
                stats["phone only in mail body"] += 1
            if COORD in atext.lower() or "10 000" in atext or "10.000" in atext:
                stats["form quotes call/coordinator figures"] += 1
    # layout re-use check: word overlap between attachments
    sims = []
    for (a, wa), (b, wb) in itertools.combinations(words.items(), 2):
        if wa and wb:
            sims.append((len(wa & wb) / len(wa | wb), a, b))
    sims.sort(reverse=True)

    print("corpus c29 – verification")
    print(f"mails: {n_files}")
    print("\nmake-up (format x half-language):")
    cols = ["dev-nl", "dev-fr", "test-nl", "test-fr"]
    print(f"  {'format':<11}" + "".join(f"{c:>9}" for c in cols) + f"{'total':>8}")
    for fmt in EXT:
        print(f"  {fmt:<11}" + "".join(f"{table[fmt][c]:>9}" for c in cols) + f"{sum(table[fmt].values()):>8}")
    print(f"\ntruth values checked and found: {stats['values found']}")
    print("null fields: " + ", ".join(f"{k}={nulls[k]}" for k in FIELDS if nulls[k]))
    for k in ("contact_name", "organisation", "municipality", "email"):
        print(f"  {k} match kinds: {dict(spellings[k])}")
    for k in ("values given only in the mail (body/headers), not the form", "email differs from sender", "phone only in mail body",
              "form quotes call/coordinator figures", "pdf widgets filled"):
        print(f"{k}: {stats[k]}")
    if sims:
        s, a, b = sims[0]
        print(f"most similar pair of attachments (word Jaccard): {s:.2f}  {a} ~ {b}")
        if s > 0.85:
            problems.append(f"attachments look re-used: {a} ~ {b} ({s:.2f})")
    print()
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("OK: every truth value is present in its mail; no problems found.")


if __name__ == "__main__":
    main()
