#!/usr/bin/env python3
"""Independent checker for corpus 39.  Does NOT import the generator.

For each half (dev, test) it parses every .eml with the email package, checks
the message structure, the truth file's rules, and re-opens the attachment
with an independent reader (pypdf + pdfplumber, python-docx, odfpy, openpyxl)
to confirm that every non-null truth value is present in the document or the
mail body.  Exit status 0 = everything passes.

    python verify.py                 # check ../dev and ../test
    python verify.py --determinism   # additionally rebuild twice and compare hashes
"""
import datetime
import email
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from decimal import Decimal, InvalidOperation
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COORD = "jonas.polin@west-vlaanderen.be"
ALLOWED_DOMAINS = {"example.org", "example.net", "example.com"}
DEADLINE = datetime.date(2019, 6, 16)
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
          "country", "project_title", "requested_amount", "total_budget"]
FORMATS = {"pdf_form": 7, "pdf_letter": 3, "docx_form": 5, "odt_form": 3, "xlsx_form": 1, "ods_form": 1}
MIME = {
    "pdf_form": ("application/pdf", ".pdf"),
    "pdf_letter": ("application/pdf", ".pdf"),
    "docx_form": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "odt_form": ("application/vnd.oasis.opendocument.text", ".odt"),
    "xlsx_form": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "ods_form": ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
}
STD14 = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
         "Times-Bold", "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold", "Courier-Oblique",
         "Courier-BoldOblique", "Symbol", "ZapfDingbats"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


# ---------------------------------------------------------------- normalising
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("’", "'").replace("‘", "'")
    s = re.sub(r"[^\w]+", " ", s, flags=re.U)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def amount_candidates(text, numbers=()):
    out = set()
    for v in numbers:
        try:
            out.add(Decimal(str(v)).quantize(Decimal("0.01")))
        except InvalidOperation:
            pass
    pat = re.compile(r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d{1,2}|,-)?|\d+(?:[.,]\d{1,2}|,-)?")
    for m in pat.finditer(text):
        s = m.group(0)
        cands = []
        if s.endswith(",-"):
            s = s[:-2]
        if re.search(r",\d{1,2}$", s):
            ip, dec = s.rsplit(",", 1)
            cands.append(re.sub(r"[ .\u00a0\u202f]", "", ip) + "." + dec)
        elif re.search(r"\.\d{1,2}$", s) and not re.search(r"[ \u00a0\u202f]", s):
            cands.append(s)
            cands.append(s.replace(".", ""))
        else:
            cands.append(re.sub(r"[ .\u00a0\u202f]", "", s))
        for c in cands:
            try:
                out.add(Decimal(c).quantize(Decimal("0.01")))
            except InvalidOperation:
                pass
    return out


def phone_candidates(text):
    out = set()
    pat = re.compile(r"(?:\+|00|0)[\d \t./()\u00a0-]{7,24}\d")
    for m in pat.finditer(text):
        s = m.group(0).replace("(0)", "")
        digits = re.sub(r"\D", "", s)
        if s.startswith("+"):
            out.add("+" + digits)
        elif s.startswith("00"):
            out.add("+" + digits[2:])
        elif s.startswith("0"):
            out.add("+32" + digits[1:])
            out.add("+33" + digits[1:])
    return out


# ---------------------------------------------------------------- readers
def read_pdf(data, where, fmt):
    from pypdf import PdfReader
    import pdfplumber
    r = PdfReader(io.BytesIO(data))
    parts = []
    fields = r.get_fields() or {}
    values = []
    n_with_value = 0
    for name, f in fields.items():
        v = f.get("/V")
        if v is None or f.get("/FT") not in ("/Tx", None):
            continue
        if isinstance(v, str) and v and not v.startswith("/"):
            values.append(str(v))
            n_with_value += 1
    parts.append(" | ".join(values))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
    # structure checks
    if fmt == "pdf_form":
        if "/AcroForm" not in r.trailer["/Root"]:
            err(where, "pdf_form without /AcroForm")
        if len(fields) < 10 or n_with_value < 8:
            err(where, "pdf_form has too few (filled) fields: %d/%d" % (n_with_value, len(fields)))
        missing_ap = 0
        for page in r.pages:
            for a in page.get("/Annots") or []:
                a = a.get_object()
                if a.get("/Subtype") == "/Widget" and "/AP" not in a:
                    missing_ap += 1
        if missing_ap:
            err(where, "%d widgets without appearance stream" % missing_ap)
    else:
        if fields:
            err(where, "pdf_letter should have no form fields")
    # fonts: page resources, AcroForm /DR and widget appearance streams
    fonts = set()

    def collect_fonts(res):
        if res is None:
            return
        res = res.get_object()
        fdict = res.get("/Font")
        if fdict is None:
            return
        for _, fref in fdict.get_object().items():
            fobj = fref.get_object()
            fonts.add(str(fobj.get("/BaseFont", "")).lstrip("/"))
    for page in r.pages:
        collect_fonts(page.get("/Resources"))
        for a in page.get("/Annots") or []:
            a = a.get_object()
            ap = a.get("/AP")
            if ap:
                for key in ("/N", "/D", "/R"):
                    x = ap.get_object().get(key)
                    if x is None:
                        continue
                    x = x.get_object()
                    if hasattr(x, "get") and "/Resources" in x:
                        collect_fonts(x["/Resources"])
                    elif hasattr(x, "items"):
                        for _, st in x.items():
                            st = st.get_object()
                            if hasattr(st, "get") and "/Resources" in st:
                                collect_fonts(st["/Resources"])
    af = r.trailer["/Root"].get("/AcroForm")
    if af is not None and "/DR" in af.get_object():
        collect_fonts(af.get_object()["/DR"])
    bad = {f for f in fonts if f not in STD14}
    if bad:
        err(where, "non-standard PDF fonts: %s" % sorted(bad))
    return "\n".join(parts), []


def read_docx(data, where):
    import docx
    d = docx.Document(io.BytesIO(data))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    texts = []
    n_sdt = 0
    n_tbl = 0
    for part in d.part.package.parts:
        pn = str(part.partname)
        if not re.match(r"/word/(document|header\d*|footer\d*)\.xml$", pn):
            continue
        from lxml import etree
        root = etree.fromstring(part.blob)
        n_sdt += len(root.findall(".//" + W + "sdt"))
        n_tbl += len(root.findall(".//" + W + "tbl"))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter(W + "t", W + "br", W + "tab", W + "cr"):
                buf.append(el.text or "" if el.tag == W + "t" else " ")
            texts.append("".join(buf))
    if n_tbl == 0 and n_sdt == 0:
        err(where, "docx_form without tables or content controls")
    # python-docx's own view must agree that there are tables
    if not d.tables and n_sdt == 0:
        err(where, "python-docx sees no tables")
    return "\n".join(texts), []


def read_odt(data, where):
    from odf.opendocument import load
    from odf import text as odftext, table as odftable
    from odf import teletype
    doc = load(io.BytesIO(data))
    texts = []

    def walk(node):
        # paragraphs and headings in document order
        for ch in node.childNodes:
            if ch.nodeType != ch.ELEMENT_NODE:
                continue
            if ch.qname in (odftext.P(check_grammar=False).qname, odftext.H(check_grammar=False).qname):
                texts.append(teletype.extractText(ch))
            else:
                walk(ch)
    walk(doc.body)
    for el in doc.masterstyles.getElementsByType(odftext.P):
        texts.append(teletype.extractText(el))
    if not doc.body.getElementsByType(odftable.Table):
        err(where, "odt_form without tables")
    return "\n".join(texts), []


def read_xlsx(data, where):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    texts, nums = [], []
    merged = 0
    formulas_without_cache = 0
    wbf = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    for ws in wb.worksheets:
        merged += len(ws.merged_cells.ranges)
        wsf = wbf[ws.title]
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                fv = wsf[c.coordinate].value
                if isinstance(fv, str) and fv.startswith("=") and v is None:
                    formulas_without_cache += 1
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                    texts.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    texts.append(str(v))
    if merged == 0:
        err(where, "xlsx_form without merged cells")
    if formulas_without_cache:
        err(where, "%d formulas without cached value" % formulas_without_cache)
    return " | ".join(texts), nums


def read_ods(data, where):
    from odf.opendocument import load
    from odf import table as odftable, text as odftext
    from odf import teletype
    doc = load(io.BytesIO(data))
    texts, nums = [], []
    merged = 0
    OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    for cell in doc.spreadsheet.getElementsByType(odftable.TableCell):
        if cell.getAttrNS(TABLE, "number-columns-spanned") not in (None, "1"):
            merged += 1
        vt = cell.getAttrNS(OFFICE, "value-type")
        if vt in ("float", "currency", "percentage"):
            v = cell.getAttrNS(OFFICE, "value")
            nums.append(Decimal(v))
            d = Decimal(v)
            texts.append(str(int(d)) if d == d.to_integral_value() else str(d))
        for p in cell.getElementsByType(odftext.P):
            texts.append(teletype.extractText(p))
    if merged == 0:
        err(where, "ods_form without merged cells")
    return " | ".join(texts), nums


# ---------------------------------------------------------------- mail checks
def body_text(msg):
    """The mail body: the text/plain part, else the HTML part with tags removed."""
    plain, html = [], []
    for part in msg.walk():
        if part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() == "text/plain":
            plain.append(part.get_content())
        elif part.get_content_type() == "text/html":
            h = re.sub(r"<(br|p|div)[^>]*>", "\n", part.get_content(), flags=re.I)
            html.append(re.sub(r"<[^>]+>", "", h))
    return "\n".join(plain) if plain else "\n".join(html)


def lang_of(text):
    toks = re.findall(r"[a-zà-ÿ']+", text.lower())
    nl = sum(t in {"de", "het", "een", "en", "van", "we", "wij", "ik", "ons", "onze", "voor", "met", "is", "dat"} for t in toks)
    fr = sum(t in {"le", "la", "les", "des", "et", "nous", "vous", "pour", "notre", "je", "est", "du", "une"} for t in toks)
    return "nl" if nl > fr else "fr"


def check_truth_rules(where, rec):
    f = rec["fields"]
    if sorted(f) != sorted(FIELDS):
        err(where, "truth fields mismatch: %s" % sorted(f))
        return
    if f["country"] not in ("BE", "FR"):
        err(where, "country %r" % f["country"])
    pc = f["postcode"]
    if f["country"] == "BE" and not (pc and pc.isdigit() and 8600 <= int(pc) <= 8980):
        err(where, "BE postcode out of 8600-8980: %r" % pc)
    if f["country"] == "FR" and not (pc and re.fullmatch(r"59\d{3}", pc)):
        err(where, "FR postcode not 59xxx: %r" % pc)
    ph = f["phone"]
    if ph is not None:
        if not re.fullmatch(r"\+[1-9]\d{7,14}", ph):
            err(where, "phone not E.164: %r" % ph)
        if f["country"] == "BE" and not re.fullmatch(r"\+32\d{8,9}", ph):
            err(where, "BE phone not +32: %r" % ph)
        if f["country"] == "FR" and not re.fullmatch(r"\+33[1-9]\d{8}", ph):
            err(where, "FR phone not +33: %r" % ph)
    em = f["email"]
    if em is not None and em.split("@")[-1].lower() not in ALLOWED_DOMAINS:
        err(where, "truth e-mail domain not allowed: %r" % em)
    for k in ("requested_amount", "total_budget"):
        v = f[k]
        if v is not None and not re.fullmatch(r"\d+\.\d{2}", v):
            err(where, "%s not a 2-decimal string: %r" % (k, v))
    req, tot = f["requested_amount"], f["total_budget"]
    if req is not None and Decimal(req) > 10000:
        err(where, "requested amount above 10 000")
    if req is not None and tot is not None and not Decimal(req) < Decimal(tot):
        err(where, "requested amount not below total")
    for k in ("contact_name", "address", "postcode", "municipality", "country", "requested_amount"):
        if f[k] is None:
            err(where, "%s unexpectedly null" % k)


def check_half(half):
    d = os.path.join(ROOT, half)
    recs = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    expected = ["c39-%s-%03d.eml" % (half, i) for i in range(1, 21)]
    if [r["file"] for r in recs] != expected:
        err(half, "truth.jsonl files do not match %s-001..020" % half)
    files = sorted(x for x in os.listdir(d) if x.endswith(".eml"))
    if files != expected:
        err(half, "eml files do not match: %s" % files)
    fmt_count = {}
    lang_count = {}
    country_count = {}
    summary = {"orgs": set(), "contacts": set(), "titles": set(), "heads": set(), "attnames": set()}
    for rec in recs:
        where = "%s/%s" % (half, rec["file"])
        fmt_count[rec["format"]] = fmt_count.get(rec["format"], 0) + 1
        lang_count[rec["language"]] = lang_count.get(rec["language"], 0) + 1
        country_count[rec["fields"]["country"]] = country_count.get(rec["fields"]["country"], 0) + 1
        check_truth_rules(where, rec)
        raw = open(os.path.join(d, rec["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.get_content_type() != "multipart/mixed":
            err(where, "not multipart/mixed")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                err(where, "missing header %s" % h)
        to_addrs = [a.addr_spec.lower() for a in msg["To"].addresses]
        if COORD not in to_addrs:
            err(where, "not addressed to the coordinator")
        dt = msg["Date"].datetime
        if not dt.date() < DEADLINE:
            err(where, "dated %s, not before 16 June 2019" % dt)
        if dt.date() < datetime.date(2019, 3, 1):
            err(where, "implausibly early date %s" % dt)
        atts = [p for p in msg.walk() if p.get_content_disposition() == "attachment"
                or (p.get_content_maintype() not in ("text", "multipart"))]
        if len(atts) != 1:
            err(where, "%d attachments" % len(atts))
            continue
        att = atts[0]
        ctype, ext = MIME[rec["format"]]
        if att.get_content_type() != ctype:
            err(where, "attachment type %s, expected %s" % (att.get_content_type(), ctype))
        fname = att.get_filename() or ""
        if not fname.lower().endswith(ext):
            err(where, "attachment name %r does not end with %s" % (fname, ext))
        summary["attnames"].add(fname)
        data = att.get_payload(decode=True)
        if len(data) >= 200 * 1024:
            err(where, "attachment too large: %d bytes" % len(data))
        if len(raw) >= 300 * 1024:
            err(where, "message too large")
        body = body_text(msg)
        if lang_of(body) != rec["language"]:
            err(where, "mail body language does not look like %s" % rec["language"])
        if len(body) > 1200:
            err(where, "mail body is not short (%d chars)" % len(body))
        fmt = rec["format"]
        if fmt.startswith("pdf"):
            if not data.startswith(b"%PDF-"):
                err(where, "attachment is not a PDF")
            doc_text, nums = read_pdf(data, where, fmt)
        elif fmt == "docx_form":
            doc_text, nums = read_docx(data, where)
        elif fmt == "odt_form":
            doc_text, nums = read_odt(data, where)
        elif fmt == "xlsx_form":
            doc_text, nums = read_xlsx(data, where)
        else:
            doc_text, nums = read_ods(data, where)
        if fmt in ("docx_form", "odt_form", "xlsx_form", "ods_form"):
            z = zipfile.ZipFile(io.BytesIO(data))
            if any(i.date_time != z.infolist()[0].date_time for i in z.infolist()):
                err(where, "zip entries with differing timestamps")
            if fmt in ("odt_form", "ods_form") and z.namelist()[0] != "mimetype":
                err(where, "ODF package does not start with mimetype")
        summary["heads"].add(norm(doc_text.strip().split("\n")[0])[:60] if fmt != "pdf_form" else
                             norm(" ".join(doc_text.split("\n")[1:3]))[:80])
        # allowed e-mail domains everywhere
        hdr_text = " ".join(str(msg[h] or "") for h in ("From", "To", "Cc", "Reply-To"))
        for addr in EMAIL_RE.findall(hdr_text + "\n" + body + "\n" + doc_text):
            a = addr.lower().strip(".")
            if a != COORD and a.split("@")[-1] not in ALLOWED_DOMAINS:
                err(where, "e-mail address outside the allowed domains: %s" % a)
        # presence of every non-null truth value
        hay_raw = doc_text + "\n" + body
        hay = norm(hay_raw)
        amounts = amount_candidates(hay_raw, nums)
        phones = phone_candidates(hay_raw)
        f = rec["fields"]
        for k in FIELDS:
            v = f[k]
            if v is None:
                continue
            if k in ("requested_amount", "total_budget"):
                if Decimal(v) not in amounts:
                    err(where, "%s %s not found in the document/body" % (k, v))
            elif k == "phone":
                if v not in phones:
                    err(where, "phone %s not found in the document/body" % v)
            elif k == "country":
                continue
            else:
                if norm(v) not in hay:
                    err(where, "%s %r not found in the document/body" % (k, v))
        if f["organisation"]:
            summary["orgs"].add(norm(f["organisation"]))
        summary["contacts"].add(norm(f["contact_name"]))
        if f["project_title"]:
            summary["titles"].add(norm(f["project_title"]))
    for k, n in FORMATS.items():
        if fmt_count.get(k, 0) != n:
            err(half, "format %s: %d mails, expected %d" % (k, fmt_count.get(k, 0), n))
    if lang_count != {"nl": 10, "fr": 10}:
        err(half, "languages %s, expected 10 nl / 10 fr" % lang_count)
    if set(country_count) != {"BE", "FR"}:
        err(half, "countries %s, expected BE and FR applicants" % country_count)
    return fmt_count, lang_count, country_count, summary


def determinism():
    def digest():
        h = {}
        for half in ("dev", "test"):
            for fn in sorted(os.listdir(os.path.join(ROOT, half))):
                h[half + "/" + fn] = hashlib.sha256(open(os.path.join(ROOT, half, fn), "rb").read()).hexdigest()
        return h
    before = digest()
    subprocess.check_call([sys.executable, os.path.join(HERE, "build.py")], stdout=subprocess.DEVNULL)
    after = digest()
    if before != after:
        diff = [k for k in set(before) | set(after) if before.get(k) != after.get(k)]
        err("determinism", "rebuild changed %d files, e.g. %s" % (len(diff), sorted(diff)[:3]))
    else:
        print("determinism: rebuild reproduces all %d files byte for byte" % len(after))


def main():
    results = {}
    for half in ("dev", "test"):
        results[half] = check_half(half)
    s1, s2 = results["dev"][3], results["test"][3]
    for k in ("orgs", "contacts", "titles", "heads", "attnames"):
        common_ = s1[k] & s2[k]
        if common_:
            err("halves", "dev and test share %s: %s" % (k, sorted(common_)[:3]))
    if "--determinism" in sys.argv:
        determinism()
    for half in ("dev", "test"):
        fc, lc, cc, _ = results[half]
        print("%s: formats %s | languages %s | countries %s" % (
            half, ", ".join("%s=%d" % (k, fc.get(k, 0)) for k in FORMATS), lc, cc))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("verify.py: all checks passed")


if __name__ == "__main__":
    main()
