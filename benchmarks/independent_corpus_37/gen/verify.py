#!/usr/bin/env python3
"""Independent check of the c37 corpus.

Re-opens every .eml, takes its single attachment and reads it with an
independent reader (pypdf + pdfplumber, python-docx, odfpy, openpyxl). Then it
checks that every truth value claimed in truth.jsonl is actually present in
the document (normalised comparison), plus structural rules of the corpus.
It does not import any of the generator modules.

    python gen/verify.py [--dump FILE.eml]
Exit status 1 on any mismatch.
"""
import email
import email.policy
import email.utils
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COORD_PHONES = {"+32489309839", "+3251519437"}
COORD_EMAIL = "jonas.polin@west-vlaanderen.be"
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]
EXPECTED = {"pdf_form": 6, "pdf_letter": 4, "docx_form": 5, "odt_form": 3, "xlsx_form": 1, "ods_form": 1}


# ----------------------------------------------------------------------------- readers
def read_pdf(data):
    from pypdf import PdfReader
    import pdfplumber
    texts, numbers = [], []
    r = PdfReader(io.BytesIO(data))
    for p in r.pages:
        texts.append(p.extract_text() or "")
    fields = r.get_fields() or {}
    for k, v in fields.items():
        val = v.get("/V")
        if val:
            texts.append(str(val))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for p in pdf.pages:
            texts.append(p.extract_text() or "")
    return "\n".join(texts), numbers, ("acroform" if fields else "pdf")


def read_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                cells = []
                for c in row.cells:
                    cells.append("\n".join(p.text for p in c.paragraphs))
                    walk_tables(c.tables)
                out.append(" | ".join(cells))

    for p in d.paragraphs:
        out.append(p.text)
    walk_tables(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part.paragraphs:
                out.append(p.text)
    return "\n".join(out), [], "docx"


def _odf_text(el):
    from odf.element import Text as OText
    parts = []

    def rec(e):
        for n in e.childNodes:
            if n.nodeType == n.TEXT_NODE:
                parts.append(n.data)
            elif n.qname[1] == "s":
                parts.append(" " * int(n.getAttribute("c") or 1) if n.getAttribute("c") else " ")
            elif n.qname[1] in ("tab",):
                parts.append("\t")
            elif n.qname[1] in ("line-break",):
                parts.append("\n")
            else:
                rec(n)
                if n.qname[1] in ("p", "h"):
                    parts.append("\n")
                if n.qname[1] == "table-cell":
                    parts.append(" | ")
    rec(el)
    return "".join(parts)


def read_odf(data):
    from odf.opendocument import load
    from odf.table import TableCell
    d = load(io.BytesIO(data))
    texts = [_odf_text(d.body)]
    # header / footer live in the master styles
    texts.append(_odf_text(d.masterstyles))
    numbers = []
    for c in d.getElementsByType(TableCell):
        v = c.getAttribute("value")
        if v not in (None, ""):
            try:
                numbers.append(Decimal(v))
            except InvalidOperation:
                pass
    return "\n".join(texts), numbers, "odf"


def read_xlsx(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    texts, numbers = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = []
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    numbers.append(Decimal(str(v)))
                    vals.append(str(v))
                else:
                    vals.append(str(v))
            if vals:
                texts.append(" | ".join(vals))
    return "\n".join(texts), numbers, "xlsx"


def read_attachment(data):
    if data[:5] == b"%PDF-":
        return read_pdf(data) + ("pdf",)
    z = zipfile.ZipFile(io.BytesIO(data))
    names = set(z.namelist())
    if "word/document.xml" in names:
        return read_docx(data) + ("docx",)
    if "xl/workbook.xml" in names:
        return read_xlsx(data) + ("xlsx",)
    if "mimetype" in names:
        mt = z.read("mimetype").decode()
        if mt.endswith("opendocument.text"):
            return read_odf(data) + ("odt",)
        if mt.endswith("opendocument.spreadsheet"):
            return read_odf(data) + ("ods",)
    raise ValueError("unknown attachment type")


# ----------------------------------------------------------------------------- normalisation
def norm(s):
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    for a, b in {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                 "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "}.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    return re.sub(r"[^0-9a-z]", "", norm(s))


def contains_text(doc, value):
    n = norm(doc)
    v = norm(value)
    if v in n:
        return "exact"
    if squash(value) in squash(doc):
        return "squashed"
    # tokens within a short window (split fields like 'Naam | Voornaam', 'Straat | Nr')
    toks = [t for t in re.findall(r"[0-9a-z]+", v)]
    if not toks:
        return None
    nt = re.findall(r"[0-9a-z]+", n)
    pos = {}
    for i, t in enumerate(nt):
        pos.setdefault(t, []).append(i)
    if not all(t in pos for t in toks):
        return None
    for start in pos[toks[0]]:
        if all(any(abs(p - start) <= 12 for p in pos[t]) for t in toks[1:]):
            return "window"
    return None


AMT_PATTERNS = [
    re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d])"),          # 7.500 / 7.500,00
    re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?![\d])"),  # 7 500 / 7 500,00
    re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\d])"),          # 7,500.00
    re.compile(r"(?<![\d.,])\d+(?:,\d{1,2})?(?![\d])"),                            # 7500 / 7500,00
    re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d])"),                               # 7500.00
]


def amounts_in(text):
    found = set()
    t = text.replace("\u00a0", " ").replace("\u202f", " ")
    for i, pat in enumerate(AMT_PATTERNS):
        for m in pat.finditer(t):
            s = m.group(0)
            try:
                if i == 0:
                    v = Decimal(s.replace(".", "").replace(",", "."))
                elif i == 1:
                    v = Decimal(re.sub(r"[ ]", "", s).replace(",", "."))
                elif i == 2:
                    v = Decimal(s.replace(",", ""))
                elif i == 3:
                    v = Decimal(s.replace(",", "."))
                else:
                    v = Decimal(s)
            except InvalidOperation:
                continue
            found.add(v.quantize(Decimal("0.01")))
    return found


PHONE_RE = re.compile(r"(?:\+|00)[ ]?3[23][ ]?(?:\(0\)[ ]?)?\d(?:[ ./\-]?\d){7,9}|(?<![\d])0\d(?:[ ./\-]?\d){7,8}(?![\d])")


def phones_in(text):
    out = set()
    for m in PHONE_RE.finditer(text):
        s = m.group(0)
        s = s.replace("(0)", "")
        digits = re.sub(r"\D", "", s)
        if s.startswith("+") or s.startswith("00"):
            if digits.startswith("00"):
                digits = digits[2:]
            cc, rest = digits[:2], digits[2:]
            rest = rest.lstrip("0")
            out.add(f"+{cc}{rest}")
        else:
            rest = digits[1:]
            if len(digits) == 9:
                out.add("+32" + rest)
            elif len(digits) == 10:
                if digits.startswith("04"):
                    out.add("+32" + rest)
                out.add("+33" + rest)
    return out


def valid_phone(p, country):
    if country == "BE":
        return bool(re.fullmatch(r"\+32(4\d{8}|[1-9]\d{7})", p))
    return bool(re.fullmatch(r"\+33[1-9]\d{8}", p))


# ----------------------------------------------------------------------------- checks
def check_message(path, entry, errors, info):
    fname = entry["file"]
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    E = lambda s: errors.append(f"{fname}: {s}")
    if msg.get_content_type() != "multipart/mixed":
        E(f"top-level type is {msg.get_content_type()}")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg[h]:
            E(f"missing header {h}")
    frm = email.utils.parseaddr(str(msg["From"]))[1]
    if frm.split("@")[-1] not in ("example.org", "example.net", "example.com"):
        E(f"From not at an example domain: {frm}")
    if COORD_EMAIL not in str(msg["To"]):
        E("To is not the coordinator")
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (datetime(2019, 4, 1, tzinfo=timezone.utc) <= d < datetime(2019, 6, 16, tzinfo=d.tzinfo)):
        E(f"date outside the call window: {d}")
    atts = [p for p in msg.iter_attachments()]
    if len(atts) != 1:
        E(f"{len(atts)} attachments")
        return
    body = msg.get_body(preferencelist=("plain",))
    if body is None or len(body.get_content().strip()) < 40:
        E("no real text/plain body")
    btxt = body.get_content() if body is not None else ""
    data = atts[0].get_content()
    text, numbers, sub, kind = read_attachment(data)
    fmt = entry["format"]
    want = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt", "xlsx_form": "xlsx",
            "ods_form": "ods"}[fmt]
    if kind != want:
        E(f"attachment is {kind}, truth says {fmt}")
    # language of the body
    nb = norm(btxt)
    nl_hits = sum(w in nb.split() for w in ["de", "het", "een", "we", "wij", "ons", "voor", "groeten", "bijlage", "in"])
    fr_hits = sum(w in nb.split() for w in ["le", "la", "les", "de", "nous", "notre", "pour", "vous", "bonjour", "je"])
    lang = "nl" if nl_hits > fr_hits else "fr"
    if lang != entry["language"]:
        E(f"body language looks {lang}, truth {entry['language']}")

    f = entry["fields"]
    if set(f) != set(FIELDS):
        E(f"field set differs: {sorted(set(f) ^ set(FIELDS))}")
    ok = Counter()
    doc_amounts = amounts_in(text) | {n.quantize(Decimal('0.01')) for n in numbers}
    doc_phones = phones_in(text)
    for k in FIELDS:
        v = f.get(k)
        if v is None:
            if k in ("country", "postcode", "municipality", "address", "contact_name", "email", "project_title",
                     "requested_amount", "total_budget"):
                E(f"{k} is null")
            if k == "phone":
                cc = "+32" if f["country"] == "BE" else "+33"
                stray = {p for p in doc_phones - COORD_PHONES if p.startswith(cc) and valid_phone(p, f["country"])}
                bstray = {p for p in phones_in(btxt) - COORD_PHONES if valid_phone(p, f["country"])}
                if stray or bstray:
                    E(f"phone is null but the mail shows {sorted(stray | bstray)}")
            ok["null"] += 1
            continue
        if k in ("requested_amount", "total_budget"):
            if not re.fullmatch(r"\d+\.\d{2}", v):
                E(f"{k} not a 2-decimal string: {v}")
                continue
            if Decimal(v) not in doc_amounts:
                E(f"{k} {v} not found among the document's amounts")
            else:
                ok[k] += 1
        elif k == "phone":
            if not valid_phone(v, f["country"]):
                E(f"phone {v} not valid E.164 for {f['country']}")
            if v not in doc_phones:
                E(f"phone {v} not found in document (found {sorted(doc_phones)})")
            else:
                ok[k] += 1
        elif k == "country":
            pc = f["postcode"]
            if v == "BE" and not (pc.isdigit() and 8600 <= int(pc) <= 8980):
                E(f"BE postcode {pc} outside 8600-8980")
            if v == "FR" and not re.fullmatch(r"59\d{3}", pc):
                E(f"FR postcode {pc} not 59xxx")
            if f.get("phone") and not f["phone"].startswith("+32" if v == "BE" else "+33"):
                E("phone prefix does not match country")
            ok[k] += 1
        elif k == "postcode":
            if not re.search(rf"(?<!\d){re.escape(v)}(?!\d)", text) and Decimal(v) not in numbers:
                E(f"postcode {v} not found")
            else:
                ok[k] += 1
        elif k == "email":
            if v.split("@")[-1] not in ("example.org", "example.net", "example.com"):
                E(f"email not at example domain: {v}")
            if v.lower() not in text.lower():
                E(f"email {v} not found in document")
            else:
                ok[k] += 1
        else:
            how = contains_text(text, v)
            if not how:
                E(f"{k} {v!r} not found in document")
            else:
                ok[k] += 1
                info[f"match_{how}"] += 1
    if f.get("requested_amount") and f.get("total_budget"):
        r, t = Decimal(f["requested_amount"]), Decimal(f["total_budget"])
        if r > Decimal(10000):
            E(f"requested {r} above 10 000")
        if not r < t:
            E(f"requested {r} not below total {t}")
    if sub == "acroform":
        info["acroform"] += 1
    return text


def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / max(1, len(a | b))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        p = sys.argv[2]
        msg = email.message_from_bytes(open(p, "rb").read(), policy=email.policy.default)
        print(msg.get_body(preferencelist=("plain",)).get_content())
        print("=" * 70)
        att = next(msg.iter_attachments())
        print("attachment:", att.get_filename(), att.get_content_type())
        text, numbers, sub, kind = read_attachment(att.get_content())
        print(text)
        if numbers:
            print("numeric cells:", sorted(set(numbers)))
        return 0
    errors = []
    info = Counter()
    summary = {}
    texts = {}
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        entries = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
        files = sorted(x for x in os.listdir(d) if x.endswith(".eml"))
        names = [e["file"] for e in entries]
        if sorted(names) != files:
            errors.append(f"{half}: truth.jsonl and .eml files differ")
        exp_names = [f"c37-{half}-{i:03d}.eml" for i in range(1, 21)]
        if files != exp_names:
            errors.append(f"{half}: unexpected file names")
        fc = Counter(e["format"] for e in entries)
        lc = Counter(e["language"] for e in entries)
        cc = Counter(e["fields"]["country"] for e in entries)
        for k, v in EXPECTED.items():
            if fc[k] != v:
                errors.append(f"{half}: {fc[k]} x {k}, expected {v}")
        if not (8 <= lc["nl"] <= 12):
            errors.append(f"{half}: language mix {dict(lc)}")
        nulls = Counter(k for e in entries for k, v in e["fields"].items() if v is None)
        for e in entries:
            texts[(half, e["file"], e["format"])] = check_message(os.path.join(d, e["file"]), e, errors, info)
        summary[half] = {"formats": dict(fc), "languages": dict(lc), "countries": dict(cc), "nulls": dict(nulls),
                         "by_format_lang": dict(Counter(f"{e['format']}/{e['language']}" for e in entries))}
    # design variety: no two documents of the same format should share (almost) the same wording
    worst = (0, None)
    keys = list(texts)
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if keys[i][2] != keys[j][2] or texts[keys[i]] is None or texts[keys[j]] is None:
                continue
            wa = re.findall(r"[a-z]{4,}", norm(texts[keys[i]]))
            wb = re.findall(r"[a-z]{4,}", norm(texts[keys[j]]))
            s = jaccard(wa, wb)
            if s > worst[0]:
                worst = (s, (keys[i][1], keys[j][1]))
    for half, s in summary.items():
        print(f"[{half}] formats={s['formats']}")
        print(f"[{half}] languages={s['languages']} countries={s['countries']} null fields={s['nulls']}")
        print(f"[{half}] format/lang={s['by_format_lang']}")
    print(f"text matches: {dict((k, v) for k, v in info.items() if k.startswith('match'))}; acroform PDFs: {info['acroform']}")
    print(f"most similar pair of same-format documents (word Jaccard): {worst[0]:.2f} {worst[1]}")
    if worst[0] > 0.8:
        errors.append(f"two documents look nearly identical: {worst}")
    if errors:
        print(f"\nFAILED – {len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK – every truth value was found in its attachment; all structural checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
