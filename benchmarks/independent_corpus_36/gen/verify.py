#!/usr/bin/env python3
"""Independent check of the c36 corpus.

For every mail in dev/ and test/:
  * parses the .eml (RFC 5322, multipart/mixed, exactly one attachment, plain-text body),
  * re-opens the attachment with an independent reader
      PDF  -> pypdf (page text + AcroForm values) and pdfplumber (page text)
      DOCX -> python-docx (all paragraphs incl. tables, content controls, legacy fields, header/footer)
      ODT  -> odfpy (all paragraphs/headings incl. tables, header/footer)
      XLSX -> openpyxl (all cell values of all sheets)
      ODS  -> odfpy (cell values and displayed text)
  * checks that every non-null truth value is present in the attachment
    (normalised comparison: case, whitespace, quotes/dashes; phones compared in E.164,
    amounts compared as numbers whatever their written form).  Only for `email` the
    sender header is accepted when the form has no e-mail line; this is reported.
Prints a summary and exits non-zero on any mismatch."""
import collections
import email
import io
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXT = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt", "xlsx_form": "xlsx",
       "ods_form": "ods"}
EXPECTED = {"pdf_form": 6, "pdf_letter": 4, "docx_form": 5, "odt_form": 3, "xlsx_form": 1, "ods_form": 1}
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]
EXAMPLE_DOMAINS = ("example.org", "example.net", "example.com")
COORD = "jonas.polin@west-vlaanderen.be"


# ------------------------------------------------------------------ readers
def read_pdf(data):
    from pypdf import PdfReader
    import pdfplumber
    parts = []
    rd = PdfReader(io.BytesIO(data))
    for pg in rd.pages:
        parts.append(pg.extract_text() or "")
    fields = rd.get_fields() or {}
    nval = 0
    for name, f in fields.items():
        v = f.get("/V")
        if isinstance(v, str) and v and not v.startswith("/"):
            parts.append(v)
            nval += 1
    with pdfplumber.open(io.BytesIO(data)) as pl:
        for pg in pl.pages:
            parts.append(pg.extract_text() or "")
    return "\n".join(parts), {"pages": len(rd.pages), "acroform_values": nval}


def read_docx(data):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(io.BytesIO(data))

    def ptext(p):
        out = []
        for el in p.iter():
            if el.tag == qn("w:t"):
                out.append(el.text or "")
            elif el.tag == qn("w:tab") and el.getparent().tag == qn("w:r"):
                out.append("\t")
            elif el.tag in (qn("w:br"), qn("w:cr")):
                out.append("\n")
        return "".join(out)

    parts = [ptext(p) for p in d.element.body.iter(qn("w:p"))]
    for s in d.sections:
        for hf in (s.header, s.footer):
            parts += [p.text for p in hf.paragraphs]
    info = {"sdt": len(list(d.element.body.iter(qn("w:sdt")))),
            "legacy": sum(1 for e in d.element.body.iter(qn("w:instrText")) if "FORM" in (e.text or "")),
            "tables": len(d.tables)}
    return "\n".join(parts), info


def read_odt(data):
    from odf.opendocument import load
    from odf import text as odftext, teletype
    doc = load(io.BytesIO(data))
    parts = []
    for el in doc.getElementsByType(odftext.P) + doc.getElementsByType(odftext.H):
        parts.append(teletype.extractText(el))
    from odf.table import Table
    return "\n".join(parts), {"tables": len(doc.getElementsByType(Table))}


def read_xlsx(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.append(Decimal(str(v)))
                    parts.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    parts.append(str(v))
    return "\n".join(parts), {"sheets": len(wb.worksheets), "numbers": nums}


def read_ods(data):
    from odf.opendocument import load
    from odf.table import TableCell
    from odf import text as odftext, teletype
    doc = load(io.BytesIO(data))
    parts, nums = [], []
    for c in doc.getElementsByType(TableCell):
        v = c.getAttribute("value")
        if v:
            nums.append(Decimal(v))
            d = Decimal(v)
            parts.append(str(int(d)) if d == d.to_integral() else v)
        for p in c.getElementsByType(odftext.P):
            parts.append(teletype.extractText(p))
    return "\n".join(parts), {"numbers": nums}


READERS = {"pdf": read_pdf, "docx": read_docx, "odt": read_odt, "xlsx": read_xlsx, "ods": read_ods}


# ------------------------------------------------------------------ normalisation
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"),
                 ("\u00a0", " "), ("\u202f", " "), ("\u2002", " "), ("«", '"'), ("»", '"')):
        s = s.replace(a, b)
    s = s.lower()
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def words(s):
    return set(re.findall(r"[\w'@.\-]+", norm(s)))


def to_e164(raw, country):
    raw = raw.strip()
    has_plus = raw.startswith("+")
    raw = raw.replace("(0)", "")
    digits = re.sub(r"\D", "", raw)
    if has_plus:
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return ("+32" if country == "BE" else "+33") + digits[1:]
    return None


def phones_in(text, country):
    out = set()
    for m in re.finditer(r"(?:\+|00)?\d[\d .\/()\-]{6,18}\d", text):
        cand = m.group(0)
        # split on wide gaps (two numbers on one line)
        for piece in re.split(r"\s{2,}|\s-\s|\s/\s", cand):
            p = to_e164(piece, country)
            if p:
                out.add(p)
    return out


AMT_PATTERNS = [
    (re.compile(r"^\d{1,3}(?:[ .]\d{3})+(?:,\d{1,2})?$"), "grouped_comma"),
    (re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$"), "grouped_en"),
    (re.compile(r"^\d+(?:,\d{1,2})?$"), "plain_comma"),
    (re.compile(r"^\d+\.\d{1,2}$"), "plain_dot"),
]


def parse_amt(tok):
    t = tok.strip()
    t = re.sub(r",-+$", "", t)
    for pat, kind in AMT_PATTERNS:
        if pat.match(t):
            try:
                if kind == "grouped_comma":
                    return Decimal(t.replace(" ", "").replace(".", "").replace(",", "."))
                if kind == "grouped_en":
                    return Decimal(t.replace(",", ""))
                if kind == "plain_comma":
                    return Decimal(t.replace(",", "."))
                return Decimal(t)
            except InvalidOperation:
                return None
    return None


def amounts_in(text, extra_nums=()):
    out = set(Decimal(n).quantize(Decimal("0.01")) for n in extra_nums)
    t = unicodedata.normalize("NFKC", text).replace("\u00a0", " ").replace("\u202f", " ")
    t = re.sub(r"(€|EUR|eur|euros?|Euro)", " ", t)
    for line in t.split("\n"):
        toks = re.findall(r"[\d][\d.,\-]*", line)
        spaced = re.findall(r"\d{1,3}(?: \d{3})+(?:,\d{1,2})?", line)
        for tk in toks + spaced:
            tk = tk.rstrip(".")
            v = parse_amt(tk)
            if v is not None:
                out.add(v.quantize(Decimal("0.01")))
    return out


# ------------------------------------------------------------------ checks
def check_mail(path, rec, problems, stats):
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    fname = os.path.basename(path)
    for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
        if not msg[h]:
            problems.append("%s: missing header %s" % (fname, h))
    if msg.get_content_type() != "multipart/mixed":
        problems.append("%s: top-level type %s" % (fname, msg.get_content_type()))
    if COORD not in str(msg["To"]).lower():
        problems.append("%s: To is not the coordinator" % fname)
    for h in ("From", "Cc"):
        for _, addr in email.utils.getaddresses([str(x) for x in msg.get_all(h, [])]):
            if addr and not addr.lower().endswith(EXAMPLE_DOMAINS):
                problems.append("%s: %s address outside example domains: %s" % (fname, h, addr))
    try:
        email.utils.parsedate_to_datetime(str(msg["Date"]))
    except Exception:
        problems.append("%s: bad Date" % fname)
    atts = list(msg.iter_attachments())
    if len(atts) != 1:
        problems.append("%s: %d attachments" % (fname, len(atts)))
        return
    body = msg.get_body(preferencelist=("plain",))
    body_text = body.get_content() if body else ""
    if len(body_text.strip()) < 30:
        problems.append("%s: body too short" % fname)
    att = atts[0]
    aname = att.get_filename() or ""
    ext = aname.rsplit(".", 1)[-1].lower()
    if ext != EXT[rec["format"]]:
        problems.append("%s: attachment %r does not match format %s" % (fname, aname, rec["format"]))
        return
    data = att.get_content()
    text, info = READERS[ext](data)
    nums = info.pop("numbers", [])
    ntext = norm(text)
    wset = words(text)
    f = rec["fields"]
    country = f["country"]
    res = {}
    for k in FIELDS:
        v = f.get(k)
        if v is None:
            res[k] = "null"
            continue
        ok = None
        if k in ("organisation", "project_title", "municipality"):
            ok = "exact" if norm(v) in ntext else None
        elif k == "contact_name":
            first, last = v.split(" ", 1)
            if norm("%s %s" % (first, last)) in ntext or norm("%s %s" % (last, first)) in ntext:
                ok = "exact"
            elif all(w in wset for w in words(v)):
                ok = "split"
        elif k == "address":
            if norm(v) in ntext:
                ok = "exact"
            elif all(w in wset for w in words(v) - {"bus", "bte"}):
                ok = "split"
        elif k == "postcode":
            ok = "exact" if re.search(r"(?<!\d)%s(?!\d)" % re.escape(v), text) else None
        elif k == "email":
            if v.lower() in ntext:
                ok = "exact"
            else:
                frm = email.utils.parseaddr(str(msg["From"]))[1].lower()
                if frm == v.lower():
                    ok = "from-header"
        elif k == "phone":
            ok = "e164" if v in phones_in(text, country) else None
        elif k in ("requested_amount", "total_budget"):
            ok = "number" if Decimal(v) in amounts_in(text, nums) else None
        elif k == "country":
            pc = f.get("postcode")
            ph = f.get("phone")
            good = True
            if pc:
                good &= (country == "BE" and re.fullmatch(r"8[6-9]\d\d", pc) is not None and 8600 <= int(pc) <= 8980) or \
                        (country == "FR" and re.fullmatch(r"59\d{3}", pc) is not None)
            if ph:
                good &= ph.startswith("+32" if country == "BE" else "+33")
            good &= country in ("BE", "FR")
            ok = "consistent" if good else None
        if ok is None:
            problems.append("%s: %s=%r %s in attachment %r" % (fname, k, v, "inconsistent with postcode/phone" if k == "country" else "not found", aname))
            res[k] = "MISSING"
        else:
            res[k] = ok
    # business rules of the call
    req = Decimal(f["requested_amount"])
    if req > 10000:
        problems.append("%s: requested amount above 10 000" % fname)
    if f["total_budget"] and not req < Decimal(f["total_budget"]):
        problems.append("%s: requested amount not below total" % fname)
    if f["phone"] and not re.fullmatch(r"\+3[23]\d{8,9}", f["phone"]):
        problems.append("%s: phone not E.164: %s" % (fname, f["phone"]))
    for k in ("requested_amount", "total_budget"):
        if f[k] is not None and not re.fullmatch(r"\d+\.\d{2}", f[k]):
            problems.append("%s: %s not a 2-decimal string" % (fname, k))
    # language plausibility (body + document)
    nlw = len(re.findall(r"\b(het|een|van|voor|ons|wij|jullie|met|naam|gemeente|bedrag)\b", norm(body_text + " " + text)))
    frw = len(re.findall(r"\b(le|la|les|des|pour|nous|votre|avec|nom|commune|montant)\b", norm(body_text + " " + text)))
    lang = "nl" if nlw > frw else "fr"
    if lang != rec["language"]:
        problems.append("%s: language looks like %s, truth says %s" % (fname, lang, rec["language"]))
    # the coordinator must not be taken for the applicant
    if COORD in (f.get("email") or ""):
        problems.append("%s: coordinator e-mail used as applicant e-mail" % fname)
    stats["results"].append((fname, rec["format"], rec["language"], res, info))


def main():
    problems = []
    summary = {}
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        tpath = os.path.join(d, "truth.jsonl")
        recs = [json.loads(l) for l in open(tpath, encoding="utf-8") if l.strip()]
        emls = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        expected_names = ["c36-%s-%03d.eml" % (half, i) for i in range(1, 21)]
        if emls != expected_names:
            problems.append("%s: unexpected file set %s" % (half, emls))
        if sorted(r["file"] for r in recs) != expected_names:
            problems.append("%s: truth.jsonl does not list exactly the 20 files" % half)
        stats = {"results": []}
        for rec in recs:
            if set(rec["fields"]) != set(FIELDS):
                problems.append("%s: field set %s" % (rec["file"], sorted(rec["fields"])))
            check_mail(os.path.join(d, rec["file"]), rec, problems, stats)
        fmt = collections.Counter(r["format"] for r in recs)
        lang = collections.Counter(r["language"] for r in recs)
        country = collections.Counter(r["fields"]["country"] for r in recs)
        for k, n in EXPECTED.items():
            if fmt.get(k, 0) != n:
                problems.append("%s: expected %d %s, got %d" % (half, n, k, fmt.get(k, 0)))
        kinds = collections.Counter()
        for _, _, _, res, _ in stats["results"]:
            for k, v in res.items():
                kinds[(k, v)] += 1
        summary[half] = (fmt, lang, country, kinds, stats)
    for half, (fmt, lang, country, kinds, stats) in summary.items():
        print("=== %s: %d mails" % (half, len(stats["results"])))
        print("  formats  :", dict(sorted(fmt.items())))
        print("  languages:", dict(lang), " countries:", dict(country))
        for k in FIELDS:
            row = {v: n for (kk, v), n in kinds.items() if kk == k}
            print("  %-17s %s" % (k, dict(sorted(row.items()))))
        for fname, f, l, res, info in stats["results"]:
            bad = [k for k, v in res.items() if v == "MISSING"]
            print("    %-20s %-10s %s %s %s" % (fname, f, l, "OK " if not bad else "BAD", 
                                               {k: v for k, v in info.items()}))
    if problems:
        print("\nFAILED: %d problem(s)" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
