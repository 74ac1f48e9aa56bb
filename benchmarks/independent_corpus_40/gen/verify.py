#!/usr/bin/env python3
"""Independent checker for corpus 40.  Does NOT import the generator.
Parses every .eml with the email package, checks structure and the truth
rules, re-opens each attachment with an independent reader (pypdf +
pdfplumber, python-docx, odfpy, openpyxl) and confirms that every non-null
truth value occurs in the attachment or in the mail body.
Usage:  python verify.py [corpus_root]      (default: parent of this folder)"""
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
from email.utils import parsedate_to_datetime, getaddresses
import datetime

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COORD = "jonas.polin@west-vlaanderen.be"
ALLOWED = {"example.org", "example.net", "example.com"}
DEADLINE = datetime.datetime(2019, 6, 16, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
          "country", "project_title", "requested_amount", "total_budget"]
FORMAT_MIME = {
    "pdf_form": ("application/pdf", ".pdf"),
    "pdf_letter": ("application/pdf", ".pdf"),
    "docx_form": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "odt_form": ("application/vnd.oasis.opendocument.text", ".odt"),
    "xlsx_form": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "ods_form": ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
}
EXPECTED_COUNTS = {"pdf_form": 7, "pdf_letter": 3, "docx_form": 5, "odt_form": 3, "xlsx_form": 1, "ods_form": 1}
STANDARD_FONTS = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
                  "Times-Bold", "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold", "Courier-Oblique",
                  "Courier-BoldOblique", "Symbol", "ZapfDingbats"}

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


# ------------------------------------------------------------------ normalisation helpers
def norm(s):
    s = unicodedata.normalize("NFKC", str(s)).casefold()
    s = s.replace("œ", "oe").replace("æ", "ae")
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = re.sub(r"[^0-9a-z@]+", " ", s)
    return " " + " ".join(s.split()) + " "


SEP = "[ .\u00a0\u202f'\u2019]"
AMOUNT_RE = re.compile(r"(?<![\d])(\d{1,3}(?:%s\d{3})+|\d+)(?:,(\d{1,2})(?!\d)|,-|\.(\d{2})(?!\d))?" % SEP)


def amount_candidates(text):
    out = set()
    t = text.replace("\u00a0", " ").replace("\u202f", " ")
    for m in AMOUNT_RE.finditer(t):
        whole = re.sub(r"\D", "", m.group(1))
        dec = m.group(2) or m.group(3) or "0"
        try:
            out.add(Decimal(whole) + Decimal("0." + dec.ljust(2, "0")))
        except Exception:
            pass
        for chunk in re.split(SEP, m.group(1)):      # also every chunk alone
            if chunk:
                out.add(Decimal(chunk))
    return out


PHONE_RE = re.compile(r"(?:\+|00)?\d[\d \t./()\-\u00a0]{6,}\d")


def phone_candidates(text):
    out = set()
    for m in PHONE_RE.finditer(text):
        raw = m.group(0).replace("(0)", "")
        digits = re.sub(r"\D", "", raw)
        if raw.startswith("+"):
            out.add("+" + digits)
        elif raw.startswith("00"):
            out.add("+" + digits[2:])
        elif digits.startswith("0"):
            out.add("+32" + digits[1:])
            out.add("+33" + digits[1:])
    return out


# ------------------------------------------------------------------ attachment readers
def read_pdf(data, where, fmt):
    import pypdf
    import pdfplumber
    texts = []
    r = pypdf.PdfReader(io.BytesIO(data))
    for pg in r.pages:
        texts.append(pg.extract_text() or "")
    fields = r.get_fields() or {}
    filled = 0
    for name, f in fields.items():
        v = f.get("/V")
        if v:
            texts.append(str(v))
            filled += 1
    # every widget with a value must carry an appearance stream
    for pg in r.pages:
        for a in pg.get("/Annots") or []:
            a = a.get_object()
            if a.get("/Subtype") == "/Widget" and a.get("/V") and "/AP" not in a:
                err(where, "widget %s without appearance" % a.get("/T"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for pg in pdf.pages:
            texts.append(pg.extract_text() or "")
    # fonts: only the standard 14
    fonts = set()

    def collect(res):
        if not res:
            return
        res = res.get_object()
        for fo in (res.get("/Font") or {}).values():
            fonts.add(str(fo.get_object().get("/BaseFont")).lstrip("/"))
        for xo in (res.get("/XObject") or {}).values():
            collect(xo.get_object().get("/Resources"))
    for pg in r.pages:
        collect(pg.get("/Resources"))
        for a in pg.get("/Annots") or []:
            ap = a.get_object().get("/AP")
            if ap:
                n = ap.get_object().get("/N")
                if n is not None:
                    collect(n.get_object().get("/Resources"))
    af = r.trailer["/Root"].get("/AcroForm")
    if af:
        collect(af.get_object().get("/DR"))
    bad = fonts - STANDARD_FONTS
    if bad:
        err(where, "non-standard fonts %s" % sorted(bad))
    if fmt == "pdf_letter" and fields:
        err(where, "letter should not be a form")
    return texts, [], ("fillable" if filled else "printed")


def _docx_para_text(p, W):
    """Text of one paragraph; paragraphs nested in it (text boxes) are
    collected on their own and only count as a line break here."""
    out = []

    def walk(el):
        for ch in el:
            if ch.tag == W + "p":
                out.append("\n")
                continue
            if ch.tag == W + "t":
                out.append(ch.text or "")
            elif ch.tag in (W + "br", W + "cr"):
                out.append("\n")
            elif ch.tag == W + "tab":
                out.append("\t")
            walk(ch)
    walk(p)
    return "".join(out)


def read_docx(data, where):
    import docx
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    d = docx.Document(io.BytesIO(data))
    texts = []
    for p in d.element.body.iter(W + "p"):
        texts.append(_docx_para_text(p, W))
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part._element.iter(W + "p"):
                texts.append(_docx_para_text(p, W))
    return texts, [], None


def read_odf(data, where, spreadsheet):
    from odf.opendocument import load
    from odf import text as otext, table as otable, teletype
    d = load(io.BytesIO(data))
    texts, nums = [], []
    from xml.dom import Node
    TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    def odf_text(el):
        out = []
        for ch in el.childNodes:
            if ch.nodeType == Node.TEXT_NODE:
                out.append(ch.data)
            elif ch.qname in ((TEXT_NS, "p"), (TEXT_NS, "h")):
                out.append("\n")            # nested paragraph (frame): collected separately
            elif ch.qname == (TEXT_NS, "line-break"):
                out.append("\n")
            elif ch.qname == (TEXT_NS, "tab"):
                out.append("\t")
            elif ch.qname == (TEXT_NS, "s"):
                out.append(" " * int(ch.getAttribute("c") or 1))
            else:
                out.append(odf_text(ch))
        return "".join(out)
    for el in d.getElementsByType(otext.P) + d.getElementsByType(otext.H):
        texts.append(odf_text(el))
    if spreadsheet:
        for c in d.getElementsByType(otable.TableCell):
            v = c.getAttribute("value")
            if v:
                nums.append(Decimal(v))
    return texts, nums, None


def read_xlsx(data, where):
    import openpyxl
    texts, nums = [], []
    for data_only in (True, False):
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=data_only)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        nums.append(Decimal(str(v)))
                    else:
                        texts.append(str(v))
    return texts, nums, None


# ------------------------------------------------------------------ per-mail check
def check_mail(half, path, truth):
    where = "%s/%s" % (half, os.path.basename(path))
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg.get_content_type() != "multipart/mixed":
        err(where, "not multipart/mixed")
    tos = [a.lower() for _, a in getaddresses(msg.get_all("To", []))]
    if tos != [COORD]:
        err(where, "To is %r" % tos)
    frm = [a.lower() for _, a in getaddresses(msg.get_all("From", []))]
    if len(frm) != 1 or frm[0].split("@")[-1] not in ALLOWED:
        err(where, "From %r" % frm)
    for hdr in ("Cc", "Reply-To"):
        for _, a in getaddresses(msg.get_all(hdr, [])):
            if a.split("@")[-1].lower() not in ALLOWED:
                err(where, "%s %s not allowed" % (hdr, a))
    dt = parsedate_to_datetime(msg["Date"])
    if not dt or dt >= DEADLINE:
        err(where, "date %s not before 16 June 2019" % msg["Date"])
    if not msg["Subject"] or not msg["Message-ID"]:
        err(where, "missing Subject/Message-ID")
    atts = list(msg.iter_attachments())
    if len(atts) != 1:
        err(where, "%d attachments" % len(atts))
        return None
    body = msg.get_body(preferencelist=("plain",))
    body_text = body.get_content() if body else ""
    if not body_text.strip():
        err(where, "empty body")
    if len(body_text) > 800:
        err(where, "body not short (%d chars)" % len(body_text))
    att = atts[0]
    fmt = truth["format"]
    mime, ext = FORMAT_MIME.get(fmt, (None, None))
    if att.get_content_type() != mime:
        err(where, "attachment type %s for %s" % (att.get_content_type(), fmt))
    fname = att.get_filename() or ""
    if not fname.lower().endswith(ext or "?"):
        err(where, "attachment filename %r" % fname)
    data = att.get_payload(decode=True)
    if len(data) >= 200 * 1024:
        err(where, "attachment too large (%d bytes)" % len(data))
    if ext in (".docx", ".odt", ".xlsx", ".ods"):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            err(where, "corrupt zip")
        if ext in (".odt", ".ods"):
            first = z.infolist()[0]
            if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
                err(where, "ODF mimetype entry not first/stored")
    kind = None
    if ext == ".pdf":
        texts, nums, kind = read_pdf(data, where, fmt)
    elif ext == ".docx":
        texts, nums, _ = read_docx(data, where)
    elif ext == ".odt":
        texts, nums, _ = read_odf(data, where, False)
    elif ext == ".ods":
        texts, nums, _ = read_odf(data, where, True)
    else:
        texts, nums, _ = read_xlsx(data, where)
    corpus = "\n".join(texts) + "\n" + body_text + "\n" + (msg["Subject"] or "")
    # every e-mail address anywhere must be at an allowed domain (or the coordinator's)
    for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", corpus):
        dom = a.split("@")[1].lower().rstrip(".")
        if dom not in ALLOWED and a.lower() != COORD:
            err(where, "address %s at a non-example domain" % a)
    check_presence(where, truth["fields"], corpus, nums)
    return kind


def check_presence(where, f, corpus, nums):
    ncorp = norm(corpus)
    for k in ("organisation", "contact_name", "address", "municipality", "project_title"):
        v = f.get(k)
        if v is not None and norm(v) not in ncorp:
            err(where, "%s %r not found in document/body" % (k, v))
    if f.get("email") and f["email"].lower() not in corpus.lower():
        err(where, "email %r not found" % f["email"])
    if f.get("postcode") and not re.search(r"(?<!\d)%s(?!\d)" % re.escape(f["postcode"]), corpus):
        err(where, "postcode %r not found" % f["postcode"])
    if f.get("phone") and f["phone"] not in phone_candidates(corpus):
        err(where, "phone %r not found" % f["phone"])
    amounts = amount_candidates(corpus) | set(nums)
    for k in ("requested_amount", "total_budget"):
        if f.get(k) is not None and Decimal(f[k]) not in amounts:
            err(where, "%s %r not found" % (k, f[k]))


def check_truth_rules(where, t):
    f = t.get("fields", {})
    if set(f) != set(FIELDS):
        err(where, "truth keys %s" % sorted(f))
        return
    if t.get("format") not in FORMAT_MIME:
        err(where, "format %r" % t.get("format"))
    if t.get("language") not in ("nl", "fr"):
        err(where, "language %r" % t.get("language"))
    c, pc = f["country"], f["postcode"]
    if c == "BE":
        if not (pc and re.fullmatch(r"\d{4}", pc) and 8600 <= int(pc) <= 8980):
            err(where, "BE postcode %r outside 8600-8980" % pc)
    elif c == "FR":
        if not (pc and re.fullmatch(r"59\d{3}", pc)):
            err(where, "FR postcode %r not 59xxx" % pc)
    else:
        err(where, "country %r" % c)
    ph = f["phone"]
    if ph is not None:
        if not re.fullmatch(r"\+[1-9]\d{7,14}", ph):
            err(where, "phone %r not E.164" % ph)
        elif not ph.startswith({"BE": "+32", "FR": "+33"}.get(c, "+")):
            err(where, "phone %r does not match country %s" % (ph, c))
        elif ph.startswith("+32") and len(ph) not in (11, 12):
            err(where, "BE phone %r has wrong length" % ph)
        elif ph.startswith("+33") and len(ph) != 12:
            err(where, "FR phone %r has wrong length" % ph)
    em = f["email"]
    if em is not None and (not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+", em) or em.split("@")[1] not in ALLOWED):
        err(where, "email %r" % em)
    for k in ("requested_amount", "total_budget"):
        v = f[k]
        if v is not None and not re.fullmatch(r"\d+\.\d{2}", v):
            err(where, "%s %r not a two-decimal string" % (k, v))
    ra, tb = f["requested_amount"], f["total_budget"]
    if ra is not None and Decimal(ra) > 10000:
        err(where, "requested amount above 10 000")
    if ra is not None and tb is not None and not Decimal(ra) < Decimal(tb):
        err(where, "requested amount not below total")
    for k in ("organisation", "contact_name", "address", "municipality", "project_title"):
        if f[k] is not None and (not isinstance(f[k], str) or not f[k].strip()):
            err(where, "%s empty" % k)


def check_half(half):
    d = os.path.join(ROOT, half)
    truth_path = os.path.join(d, "truth.jsonl")
    with open(truth_path, encoding="utf-8") as fh:
        truths = [json.loads(l) for l in fh if l.strip()]
    expected = ["c40-%s-%03d.eml" % (half, i) for i in range(1, 21)]
    files = sorted(x for x in os.listdir(d) if x.endswith(".eml"))
    if files != expected:
        err(half, "eml files %s" % files)
    if [t["file"] for t in truths] != expected:
        err(half, "truth.jsonl files out of order or missing")
    counts, langs, countries, kinds = {}, {}, {}, {}
    for t in truths:
        where = "%s/%s" % (half, t["file"])
        check_truth_rules(where, t)
        counts[t["format"]] = counts.get(t["format"], 0) + 1
        langs[t["language"]] = langs.get(t["language"], 0) + 1
        countries[t["fields"]["country"]] = countries.get(t["fields"]["country"], 0) + 1
        p = os.path.join(d, t["file"])
        if os.path.exists(p):
            kind = check_mail(half, p, t)
            if t["format"] == "pdf_form":
                kinds[kind] = kinds.get(kind, 0) + 1
    if counts != EXPECTED_COUNTS:
        err(half, "format counts %s" % counts)
    if langs != {"nl": 10, "fr": 10}:
        err(half, "language counts %s" % langs)
    if set(countries) != {"BE", "FR"}:
        err(half, "countries %s" % countries)
    if not (kinds.get("fillable") and kinds.get("printed")):
        err(half, "pdf_form mix fillable/printed: %s" % kinds)
    return truths, counts, langs, countries, kinds


def main():
    res = {}
    for half in ("dev", "test"):
        res[half] = check_half(half)
    # the two halves must not share organisations, people or addresses
    for k in ("organisation", "contact_name", "email", "address"):
        a = {t["fields"][k] for t in res["dev"][0] if t["fields"][k]}
        b = {t["fields"][k] for t in res["test"][0] if t["fields"][k]}
        if a & b:
            err("halves", "shared %s: %s" % (k, sorted(a & b)))
    for half in ("dev", "test"):
        _, counts, langs, countries, kinds = res[half]
        print("%-4s formats=%s languages=%s countries=%s pdf_form=%s" % (half, counts, langs, countries, kinds))
    if errors:
        print("\nFAILED (%d problems)" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
