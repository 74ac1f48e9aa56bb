#!/usr/bin/env python3
"""Independent verifier for corpus 41. Does NOT import the generator.

For dev/ and test/: parses every .eml, checks structure and the truth conventions, re-opens every attachment
with an independent reader (pypdf + pdfplumber, python-docx, odfpy, openpyxl) and checks that every non-null truth
value can be found in the attachment or in the mail body."""
import collections
import datetime
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from decimal import Decimal
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COORD = "jonas.polin@west-vlaanderen.be"
ALLOWED_DOMAINS = {"example.org", "example.net", "example.com"}
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]
EXPECTED_FORMATS = {"pdf_form": 7, "pdf_letter": 3, "docx_form": 5, "odt_form": 3, "xlsx_form": 1, "ods_form": 1}
MIME = {
    "pdf_form": ("application/pdf", ".pdf"), "pdf_letter": ("application/pdf", ".pdf"),
    "docx_form": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "odt_form": ("application/vnd.oasis.opendocument.text", ".odt"),
    "xlsx_form": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "ods_form": ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
}
STD_FONTS = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
             "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
             "Times-BoldItalic", "Symbol", "ZapfDingbats"}
DEADLINE = datetime.datetime(2019, 6, 16, tzinfo=datetime.timezone.utc)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text extraction (independent readers)
def text_pdf(data):
    import pdfplumber
    import pypdf
    parts = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
    reader = pypdf.PdfReader(io.BytesIO(data))
    for page in reader.pages:
        parts.append(page.extract_text() or "")
    fields = reader.get_fields() or {}
    values = []
    for name, f in fields.items():
        v = f.get("/V")
        if v is not None and str(v).strip() and not str(v).startswith("/"):
            values.append(str(v))
    parts.extend(values)
    return "\n".join(parts), reader, fields


def pdf_checks(name, data, reader, fields, fmt, has_values):
    if len(data) > 200 * 1024:
        err("%s: attachment larger than 200 kB" % name)
    fonts = set()
    for page in reader.pages:
        res = page.get("/Resources") or {}
        fdict = res.get("/Font") or {}
        for k in fdict:
            fonts.add(str(fdict[k].get_object().get("/BaseFont", "")).lstrip("/"))
        for a in page.get("/Annots") or []:
            a = a.get_object()
            ap = a.get("/AP")
            if ap:
                n = ap.get("/N")
                n = n.get_object() if n is not None else None
                if n is not None and hasattr(n, "get") and n.get("/Resources"):
                    fd = n["/Resources"].get_object().get("/Font") or {}
                    for k in fd:
                        fonts.add(str(fd[k].get_object().get("/BaseFont", "")).lstrip("/"))
    acro = reader.trailer["/Root"].get("/AcroForm")
    if acro is not None and "/DR" in acro:
        fd = acro["/DR"].get_object().get("/Font") or {}
        for k in fd:
            fonts.add(str(fd[k].get_object().get("/BaseFont", "")).lstrip("/"))
    bad = {f for f in fonts if f and f not in STD_FONTS}
    if bad:
        err("%s: non-standard PDF fonts %s" % (name, sorted(bad)))
    if fmt == "pdf_form" and fields:
        # fillable: every filled text field must carry an appearance stream
        for page in reader.pages:
            for a in page.get("/Annots") or []:
                a = a.get_object()
                if a.get("/FT") == "/Tx" and str(a.get("/V", "")).strip() and "/AP" not in a:
                    err("%s: filled field %s without appearance" % (name, a.get("/T")))
    return fonts


def text_docx(data):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(io.BytesIO(data))
    parts = []

    def paras(el):
        for p in el.iter(qn("w:p")):
            t = []
            for node in p.iter():
                if node.tag == qn("w:t"):
                    t.append(node.text or "")
                elif node.tag in (qn("w:br"), qn("w:tab"), qn("w:cr")):
                    t.append(" ")
            parts.append("".join(t))

    paras(d.element.body)
    for sec in d.sections:
        for hf in (sec.header, sec.footer):
            paras(hf._element)
    return "\n".join(parts)


def text_odf(data):
    from odf.opendocument import load
    from odf import text as odftext, table as odftable
    from odf.namespaces import OFFICENS
    doc = load(io.BytesIO(data))
    parts = []

    def node_text(n):
        out = []
        for ch in n.childNodes:
            if ch.nodeType == ch.TEXT_NODE:
                out.append(ch.data)
            elif ch.qname[1] in ("line-break", "tab", "s"):
                out.append(" ")
            else:
                out.append(node_text(ch))
        return "".join(out)

    for cell in doc.getElementsByType(odftable.TableCell):
        v = cell.getAttrNS(OFFICENS, "value")
        if v:
            parts.append(v)
    for p in doc.getElementsByType(odftext.P) + doc.getElementsByType(odftext.H):
        parts.append(node_text(p))
    return "\n".join(parts)


def text_xlsx(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                parts.append(str(v))
    return "\n".join(parts)


# ------------------------------------------------------------------ normalisation helpers
def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + " ".join(s.split()) + " "


def has_text(hay_norm, value):
    return norm(value) in hay_norm


def has_name(hay_norm, name):
    toks = norm(name).split()
    variants = {" ".join(toks)}
    for k in range(1, len(toks)):
        variants.add(" ".join(toks[k:] + toks[:k]))
    return any(" %s " % v in hay_norm for v in variants)


AMT_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)(,\d{1,2}(?!\d)|,-|\.\d{2}(?!\d))?")


def amounts(text):
    """All amounts in document order, parsed from their written forms (7.500,-  9 500,00  7500€  13 480,50 ...)."""
    out = []
    for m in AMT_RE.finditer(text):
        whole = re.sub(r"[ .\u00a0\u202f]", "", m.group(1))
        frac = m.group(2) or ""
        if frac.startswith(",") and frac != ",-":
            val = Decimal(whole + "." + frac[1:])
        elif frac.startswith("."):
            val = Decimal(whole + frac)
        else:
            val = Decimal(whole)
        cands = {val}
        # a run like '2019 1 500' may have been glued by the space separator: add the trailing groups too
        groups = re.split(r"[ \u00a0\u202f]", m.group(1))
        for k in range(1, len(groups)):
            tail = "".join(groups[k:])
            if len(groups[k]) <= 3:
                cands.add(Decimal(re.sub(r"\.", "", tail)))
        out.append((val, cands))
    return out


def has_amount(text, value, allow_sum=False):
    target = Decimal(value)
    seq = amounts(text)
    if any(target in c for _, c in seq):
        return "written"
    if allow_sum:
        # budget lines are read in document order; row numbers / quantities (small whole numbers) are skipped
        vals = [v for v, _ in seq if v >= 50 or v != v.to_integral_value()]
        for i in range(len(vals)):
            s = Decimal(0)
            for j in range(i, min(len(vals), i + 12)):
                s += vals[j]
                if j > i and s == target:
                    return "sum"
    return None


PHONE_RUN = re.compile(r"\+?\d[\d \t./()\-\u00a0]{6,}\d")


def has_phone(text, e164):
    cc = e164[1:3]
    nat = e164[3:]
    forms = {"0" + nat, cc + nat}
    for m in PHONE_RUN.finditer(text):
        run = m.group(0).replace("(0)", "")
        digits = re.sub(r"\D", "", run)
        if digits.startswith("00"):
            digits = digits[2:]
        if any(f in digits for f in forms):
            return True
    return False


# ------------------------------------------------------------------ per-mail check
def check_mail(half, path, truth):
    name = os.path.basename(path)
    raw = open(path, "rb").read()
    if b"\r\n" not in raw:
        err("%s: no CRLF line endings" % name)
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg.get_content_type() != "multipart/mixed":
        err("%s: not multipart/mixed" % name)
    for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            err("%s: missing header %s" % (name, h))
    tos = [a.lower() for _, a in getaddresses(msg.get_all("To", []))]
    if tos != [COORD]:
        err("%s: To is %s, expected the coordinator %s" % (name, tos, COORD))
    dt = parsedate_to_datetime(msg["Date"])
    if not dt < DEADLINE:
        err("%s: dated %s, not before 16 June 2019" % (name, dt))
    header_addrs = [a.lower() for _, a in getaddresses(msg.get_all("From", []) + msg.get_all("Cc", []) +
                                                       msg.get_all("Reply-To", []))]
    atts = [p for p in msg.iter_attachments()]
    if len(atts) != 1:
        err("%s: %d attachments" % (name, len(atts)))
        return
    att = atts[0]
    body_part = msg.get_body(preferencelist=("plain",))
    body = body_part.get_content() if body_part is not None else ""
    if not body.strip():
        err("%s: empty body" % name)
    if len(body) > 900:
        err("%s: body is not short (%d chars)" % (name, len(body)))
    fmt = truth["format"]
    ctype, ext = MIME[fmt]
    if att.get_content_type() != ctype:
        err("%s: attachment type %s, expected %s" % (name, att.get_content_type(), ctype))
    fn = att.get_filename() or ""
    if not fn.lower().endswith(ext):
        err("%s: attachment name %r does not end with %s" % (name, fn, ext))
    data = att.get_payload(decode=True)
    if len(data) > 200 * 1024:
        err("%s: attachment larger than 200 kB" % name)

    # --- independent re-opening
    if ext == ".pdf":
        doc_text, reader, fields = text_pdf(data)
        pdf_checks(name, data, reader, fields, fmt, True)
        if fmt == "pdf_letter" and fields:
            err("%s: a letter should not be a form" % name)
    elif ext == ".docx":
        doc_text = text_docx(data)
    elif ext in (".odt", ".ods"):
        doc_text = text_odf(data)
    else:
        doc_text = text_xlsx(data)
    if ext != ".pdf":
        zf = zipfile.ZipFile(io.BytesIO(data))
        stamps = {zi.date_time for zi in zf.infolist()}
        if len(stamps) != 1:
            err("%s: archive members with differing timestamps" % name)
    if len(doc_text.strip()) < 200:
        err("%s: attachment text too short / unreadable" % name)

    # --- e-mail addresses everywhere: only example.* (and the coordinator's published address)
    for addr in header_addrs + [a.lower() for a in EMAIL_RE.findall(body + "\n" + doc_text)]:
        dom = addr.rsplit("@", 1)[-1]
        if addr != COORD and dom not in ALLOWED_DOMAINS:
            err("%s: e-mail address %s not at an allowed domain" % (name, addr))

    # --- truth conventions
    f = truth["fields"]
    if set(f) != set(FIELDS):
        err("%s: truth fields %s" % (name, sorted(f)))
        return
    if truth["language"] not in ("nl", "fr"):
        err("%s: language %r" % (name, truth["language"]))
    pc, country, phone = f["postcode"], f["country"], f["phone"]
    if country == "BE":
        if not (pc and pc.isdigit() and 8600 <= int(pc) <= 8980):
            err("%s: BE postcode %r outside 8600-8980" % (name, pc))
        if phone is not None and not phone.startswith("+32"):
            err("%s: BE applicant with phone %s" % (name, phone))
    elif country == "FR":
        if not (pc and re.fullmatch(r"59\d{3}", pc)):
            err("%s: FR postcode %r not 59xxx" % (name, pc))
        if phone is not None and not phone.startswith("+33"):
            err("%s: FR applicant with phone %s" % (name, phone))
    else:
        err("%s: country %r" % (name, country))
    if phone is not None:
        if not re.fullmatch(r"\+\d{8,15}", phone):
            err("%s: phone %s not E.164" % (name, phone))
        if phone.startswith("+32") and len(phone) not in (11, 12):
            err("%s: BE phone %s has wrong length" % (name, phone))
        if phone.startswith("+33") and len(phone) != 12:
            err("%s: FR phone %s has wrong length" % (name, phone))
    if f["email"] is not None:
        if not EMAIL_RE.fullmatch(f["email"]) or f["email"].rsplit("@", 1)[1] not in ALLOWED_DOMAINS:
            err("%s: truth e-mail %s" % (name, f["email"]))
    for k in ("requested_amount", "total_budget"):
        if f[k] is not None and not re.fullmatch(r"\d+\.\d\d", f[k]):
            err("%s: %s %r not a two-decimal string" % (name, k, f[k]))
    if f["requested_amount"] is not None:
        if Decimal(f["requested_amount"]) > 10000:
            err("%s: requested amount above 10 000" % name)
        if f["total_budget"] is not None and not Decimal(f["requested_amount"]) < Decimal(f["total_budget"]):
            err("%s: requested amount not below total" % name)
    for k in ("contact_name", "postcode", "municipality", "country", "address"):
        if f[k] is None:
            err("%s: %s is null" % (name, k))

    # --- presence of every non-null value in document or body
    hay = doc_text + "\n" + body
    hay_n = norm(hay)
    how = {}
    for k in FIELDS:
        v = f[k]
        if v is None or k == "country":
            continue
        if k == "contact_name":
            ok = has_name(hay_n, v)
        elif k == "email":
            ok = v.lower() in hay.lower()
        elif k == "phone":
            ok = has_phone(hay, v)
        elif k == "postcode":
            ok = re.search(r"(?<!\d)%s(?!\d)" % re.escape(v), hay) is not None
        elif k in ("requested_amount", "total_budget"):
            res = has_amount(hay, v, allow_sum=(k == "total_budget"))
            ok = res is not None
            how[k] = res
        else:
            ok = has_text(hay_n, v)
        if not ok:
            err("%s: truth %s=%r not found in attachment or body" % (name, k, v))
    return {"fmt": fmt, "lang": truth["language"], "country": country, "sum_total": how.get("total_budget") == "sum",
            "org": f["organisation"], "contact": f["contact_name"], "attach": fn}


def main():
    summary = {}
    orgs = {}
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        tpath = os.path.join(d, "truth.jsonl")
        if not os.path.exists(tpath):
            err("%s: truth.jsonl missing" % half)
            continue
        truths = [json.loads(l) for l in open(tpath, encoding="utf-8") if l.strip()]
        emls = sorted(x for x in os.listdir(d) if x.endswith(".eml"))
        expected = ["c41-%s-%03d.eml" % (half, i) for i in range(1, 21)]
        if emls != expected:
            err("%s: unexpected file list %s" % (half, emls))
        if [t["file"] for t in truths] != expected:
            err("%s: truth.jsonl files do not match" % half)
        infos = []
        for t in truths:
            p = os.path.join(d, t["file"])
            if os.path.exists(p):
                info = check_mail(half, p, t)
                if info:
                    infos.append(info)
        fc = collections.Counter(i["fmt"] for i in infos)
        lc = collections.Counter(i["lang"] for i in infos)
        if dict(fc) != EXPECTED_FORMATS:
            err("%s: format counts %s" % (half, dict(fc)))
        if lc != collections.Counter({"nl": 10, "fr": 10}):
            err("%s: language counts %s" % (half, dict(lc)))
        cc = collections.Counter(i["country"] for i in infos)
        if cc["BE"] < 5 or cc["FR"] < 5:
            err("%s: country mix %s" % (half, dict(cc)))
        orgs[half] = {norm(i["org"]) for i in infos if i["org"]} | {norm(i["contact"]) for i in infos}
        summary[half] = (dict(fc), dict(lc), dict(cc), sum(i["sum_total"] for i in infos))
    if "dev" in orgs and "test" in orgs and orgs["dev"] & orgs["test"]:
        err("dev and test share organisations/contacts: %s" % sorted(orgs["dev"] & orgs["test"]))
    for half, (fc, lc, cc, ns) in summary.items():
        print("%s: formats %s | languages %s | countries %s | totals only as sum of lines: %d" % (half, fc, lc, cc, ns))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nverify.py: all checks passed (40 mails)")


if __name__ == "__main__":
    main()
