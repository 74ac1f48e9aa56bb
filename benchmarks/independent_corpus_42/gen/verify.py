#!/usr/bin/env python3
"""Independent checker for corpus 42 (does NOT import the generator).

For every .eml of ../dev and ../test:
  * structure: RFC 5322 headers, multipart/mixed, exactly one attachment of the
    right MIME type / extension, addressed to the coordinator, dated before
    16 June 2019, only example.org/.net/.com addresses (plus the coordinator),
    files < 200 kB;
  * truth rules: all fields present, postcode ranges by country, E.164 phones,
    amounts with two decimals, requested <= 10000 and < total;
  * content: the attachment is re-opened with an independent reader (pypdf and
    pdfplumber, python-docx, odfpy, openpyxl) and every non-null truth value must
    be found in the document or in the mail body (case/spacing/punctuation
    normalised; phones and amounts parsed from their written forms);
  * PDFs use only the standard fonts (no embedded font programs) and every
    filled AcroForm widget carries an appearance stream.
Exit status 0 when everything passes."""
import collections
import datetime
import email
import email.policy
import email.utils
import io
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

import pdfplumber
import pypdf
import docx
from docx.oxml.ns import qn
import openpyxl
from odf.opendocument import load as odf_load
from odf import text as odf_text, table as odf_table, teletype

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
COORD = "jonas.polin@west-vlaanderen.be"
ALLOWED = {"example.org", "example.net", "example.com"}
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]
FORMATS = {"pdf_form": 7, "pdf_letter": 3, "docx_form": 5, "odt_form": 3, "xlsx_form": 1, "ods_form": 1}
MIME = {
    "pdf_form": ("application/pdf", ".pdf"), "pdf_letter": ("application/pdf", ".pdf"),
    "docx_form": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "odt_form": ("application/vnd.oasis.opendocument.text", ".odt"),
    "xlsx_form": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "ods_form": ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
}
STD_FONTS = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
             "Times-Bold", "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold", "Courier-Oblique",
             "Courier-BoldOblique", "ZapfDingbats", "Symbol"}
DEADLINE = datetime.datetime(2019, 6, 16, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


# ---------------------------------------------------------------- normalising
def fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def squash(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


def words(s):
    return re.sub(r"[^a-z0-9]+", " ", fold(s)).strip()


def has_string(hay, needle):
    return squash(needle) in squash(hay)


def has_tokens_near(hay, needle, window=90):
    """All words of needle present as whole words within a small window of hay
    (for 'NOM Prénom', street and number in separate cells...)."""
    toks = words(needle).split()
    text = " " + words(hay) + " "
    if not toks:
        return False
    first = max(toks, key=len)
    for m in re.finditer(r"(?<= )%s(?= )" % re.escape(first), text):
        seg = text[max(0, m.start() - window): m.end() + window]
        if all(re.search(r"(?<= )%s(?= )" % re.escape(t), seg) for t in toks):
            return True
    return False


AMT_RE = re.compile(r"(?<![\d,.])(\d{1,3}(?:[\s.\u00a0\u202f'’]\d{3})+|\d+)(?:([.,])(\d{1,2}(?!\d)|-{1,2}))?")


def amounts(text):
    """All amounts a reader could see in text.  A run of digit groups that may
    have swallowed a neighbouring number (line breaks, table cells) also yields
    its shorter group prefixes."""
    out = set()
    for m in AMT_RE.finditer(text):
        groups = re.split(r"[^\d]", m.group(1))
        dec = m.group(3) or ""
        if dec.startswith("-") or not dec:
            dec = "0"
        for k in range(1, len(groups)):
            out.add(Decimal("".join(groups[:k])).quantize(Decimal("0.01")))
        try:
            v = Decimal("".join(groups)) + Decimal(dec.ljust(2, "0")) / 100
        except InvalidOperation:
            continue
        out.add(v.quantize(Decimal("0.01")))
    return out


def phones(text):
    t = text.replace("(0)", "")
    t = re.sub(r"(?<=\d)[ \t.\-/\u00a0\u202f]+(?=[\d+])", "", t)
    out = set()
    for m in re.finditer(r"(?<![\d+])(\+|00)?(\d{8,})", t):
        pre, d = m.group(1), m.group(2)
        if pre:
            for cc in ("32", "33"):
                if d.startswith(cc):
                    rest = d[2:]
                    if rest.startswith("0"):
                        rest = rest[1:]
                    out.add("+" + cc + rest[:8])
                    out.add("+" + cc + rest[:9])
        elif d.startswith("0"):
            nsn = d[1:]
            out.update({"+32" + nsn[:8], "+32" + nsn[:9], "+33" + nsn[:9]})
    return out


# ---------------------------------------------------------------- readers
def read_pdf(data, problems):
    chunks = []
    info = {"acroform": False, "fields": 0}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chunks.append(page.extract_text() or "")
    rd = pypdf.PdfReader(io.BytesIO(data))
    for page in rd.pages:
        chunks.append(page.extract_text() or "")
    fields = rd.get_fields() or {}
    if fields:
        info["acroform"] = True
    for name, f in fields.items():
        v = f.get("/V")
        if isinstance(v, str) and not v.startswith("/"):
            chunks.append(v)
            info["fields"] += 1
    # fonts and appearance streams
    seen = set()

    def scan_fonts(res):
        if not res:
            return
        res = res.get_object()
        fonts = res.get("/Font")
        if fonts:
            for _, fref in fonts.get_object().items():
                fo = fref.get_object()
                bf = str(fo.get("/BaseFont", "")).lstrip("/")
                seen.add(bf)
                fd = fo.get("/FontDescriptor")
                if fd and any(k in fd.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problems.append("embedded font program %s" % bf)
        xo = res.get("/XObject")
        if xo:
            for _, x in xo.get_object().items():
                scan_fonts(x.get_object().get("/Resources"))

    for page in rd.pages:
        scan_fonts(page.get("/Resources"))
        for a in page.get("/Annots") or []:
            a = a.get_object()
            if a.get("/Subtype") != "/Widget":
                continue
            ap = a.get("/AP")
            v = a.get("/V")
            if v not in (None, "") and not ap:
                problems.append("widget %s has a value but no appearance" % a.get("/T"))
            if ap:
                for k in ("/N", "/D"):
                    n = ap.get(k)
                    if n is None:
                        continue
                    n = n.get_object()
                    subs = [n] if "/Resources" in n else [x.get_object() for x in n.values()
                                                          if hasattr(x.get_object(), "get")]
                    for sub in subs:
                        scan_fonts(sub.get("/Resources"))
    acro = rd.trailer["/Root"].get("/AcroForm")
    if acro:
        scan_fonts(acro.get_object().get("/DR"))
    bad = {f for f in seen if f not in STD_FONTS}
    if bad:
        problems.append("non-standard fonts %s" % sorted(bad))
    return "\n".join(chunks), info


def read_docx(data):
    d = docx.Document(io.BytesIO(data))
    parts = []

    def para_text(p):
        out = []
        for el in p.iter():
            if el.tag == qn("w:t"):
                out.append(el.text or "")
            elif el.tag == qn("w:tab") and el.getparent().tag == qn("w:r"):
                out.append("\t")
            elif el.tag in (qn("w:br"), qn("w:cr")):
                out.append("\n")
        return "".join(out)

    for p in d.element.body.iter(qn("w:p")):
        parts.append(para_text(p))
    for sec in d.sections:
        for hf in (sec.header, sec.footer):
            for p in hf._element.iter(qn("w:p")):
                parts.append(para_text(p))
    return "\n".join(parts), {}


def _num_repr(v):
    if isinstance(v, float):
        return "%.2f" % v
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()
    return str(v)


def read_xlsx(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = [_num_repr(c.value) for c in row if c.value is not None]
            if vals:
                parts.append("\t".join(vals))
    return "\n".join(parts), {"sheets": len(wb.worksheets)}


def read_odt(data):
    doc = odf_load(io.BytesIO(data))
    parts = []
    for el in doc.getElementsByType(odf_text.H) + doc.getElementsByType(odf_text.P):
        parts.append(teletype.extractText(el))
    return "\n".join(parts), {}


def read_ods(data):
    doc = odf_load(io.BytesIO(data))
    parts = []
    for row in doc.getElementsByType(odf_table.TableRow):
        vals = []
        for c in row.getElementsByType(odf_table.TableCell):
            txt = " ".join(teletype.extractText(p) for p in c.getElementsByType(odf_text.P))
            val = c.getAttribute("value")
            if val:
                try:
                    txt += "\t%.2f" % float(val)
                except ValueError:
                    pass
            if txt.strip():
                vals.append(txt)
        if vals:
            parts.append("\t".join(vals))
    return "\n".join(parts), {}


READERS = {"pdf_form": read_pdf, "pdf_letter": read_pdf, "docx_form": read_docx, "odt_form": read_odt,
           "xlsx_form": read_xlsx, "ods_form": read_ods}


# ---------------------------------------------------------------- checks
def body_text(msg):
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and part.get_content_disposition() != "attachment":
            return part.get_content()
    return ""


def check_truth_rules(t, errs):
    f = t.get("fields", {})
    for k in FIELDS:
        if k not in f:
            errs.append("truth: missing key %s" % k)
    if set(f) - set(FIELDS):
        errs.append("truth: unexpected keys %s" % (set(f) - set(FIELDS)))
    if t.get("format") not in FORMATS:
        errs.append("truth: bad format")
    if t.get("language") not in ("nl", "fr"):
        errs.append("truth: bad language")
    c, pc = f.get("country"), f.get("postcode")
    if c == "BE":
        if not (pc and re.fullmatch(r"\d{4}", pc) and 8600 <= int(pc) <= 8980):
            errs.append("truth: BE postcode %r out of 8600-8980" % pc)
    elif c == "FR":
        if not (pc and re.fullmatch(r"59\d{3}", pc)):
            errs.append("truth: FR postcode %r not 59xxx" % pc)
    else:
        errs.append("truth: country %r" % c)
    ph = f.get("phone")
    if ph is not None and not re.fullmatch(r"\+(32\d{8,9}|33\d{9})", ph):
        errs.append("truth: phone %r not E.164 BE/FR" % ph)
    em = f.get("email")
    if em is not None and em.split("@")[-1].lower() not in ALLOWED:
        errs.append("truth: email domain %r" % em)
    for k in ("requested_amount", "total_budget"):
        v = f.get(k)
        if v is not None and not re.fullmatch(r"\d+\.\d{2}", v):
            errs.append("truth: %s %r not 2-decimal string" % (k, v))
    rq, tt = f.get("requested_amount"), f.get("total_budget")
    if rq is not None:
        if Decimal(rq) > 10000:
            errs.append("truth: requested > 10000")
        if tt is not None and not Decimal(rq) < Decimal(tt):
            errs.append("truth: requested not below total")


def check_mail(path, t, errs, stats):
    raw = open(path, "rb").read()
    if len(raw) >= 200 * 1024:
        errs.append("eml >= 200 kB")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            errs.append("missing header %s" % h)
    if msg.get_content_type() != "multipart/mixed":
        errs.append("not multipart/mixed")
    tos = [a.lower() for _, a in email.utils.getaddresses(msg.get_all("To", []))]
    if COORD not in tos:
        errs.append("not addressed to the coordinator: %s" % tos)
    addrs = []
    for h in ("From", "To", "Cc", "Reply-To", "Sender"):
        addrs += [a.lower() for _, a in email.utils.getaddresses(msg.get_all(h, []))]
    for a in addrs:
        if a != COORD and a.split("@")[-1] not in ALLOWED:
            errs.append("address outside allowed domains: %s" % a)
    try:
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if not d < DEADLINE:
            errs.append("dated on/after 16 June 2019: %s" % d)
        if d < datetime.datetime(2019, 3, 1, tzinfo=datetime.timezone.utc):
            errs.append("dated before the call: %s" % d)
    except Exception as e:  # noqa
        errs.append("bad Date: %s" % e)
    atts = [p for p in msg.walk() if p.get_content_disposition() == "attachment"]
    if len(atts) != 1:
        errs.append("%d attachments" % len(atts))
        return None, ""
    att = atts[0]
    ctype, ext = MIME[t["format"]]
    if att.get_content_type() != ctype:
        errs.append("attachment type %s, expected %s" % (att.get_content_type(), ctype))
    fn = att.get_filename() or ""
    if not fn.lower().endswith(ext):
        errs.append("attachment name %r does not end in %s" % (fn, ext))
    data = att.get_payload(decode=True)
    if len(data) >= 200 * 1024:
        errs.append("attachment >= 200 kB")
    body = body_text(msg)
    if not body.strip():
        errs.append("empty text body")
    stats["bytes"].append(len(raw))
    return data, body


def check_content(t, data, body, errs, stats):
    fmt = t["format"]
    if fmt.startswith("pdf"):
        if not data.startswith(b"%PDF"):
            errs.append("attachment is not a PDF")
            return
    else:
        if not data.startswith(b"PK"):
            errs.append("attachment is not a zip container")
            return
    probs = []
    try:
        if READERS[fmt] is read_pdf:
            doc, info = read_pdf(data, probs)
        else:
            doc, info = READERS[fmt](data)
    except Exception as e:  # noqa
        errs.append("reader failed: %r" % e)
        return
    errs.extend(probs)
    if fmt == "pdf_form":
        stats["pdf_form_kind"][("AcroForm" if info.get("acroform") else "flat")] += 1
        if info.get("acroform") and info.get("fields", 0) < 5:
            errs.append("AcroForm with fewer than 5 filled fields")
    if fmt == "pdf_letter" and info.get("acroform"):
        errs.append("letter with form fields")
    hay = doc + "\n" + body
    for em in EMAIL_RE.findall(hay):
        if em.lower() != COORD and em.split("@")[-1].lower() not in ALLOWED:
            errs.append("document mentions address outside allowed domains: %s" % em)
    f = t["fields"]
    amts = amounts(hay)
    phs = phones(hay)
    for k in FIELDS:
        v = f.get(k)
        if v is None or k == "country":
            continue
        ok = True
        if k in ("organisation", "project_title", "municipality"):
            ok = has_string(hay, v)
        elif k in ("contact_name", "address"):
            ok = has_string(hay, v) or has_tokens_near(hay, v)
        elif k == "email":
            ok = v.lower() in hay.lower()
        elif k == "postcode":
            ok = re.search(r"(?<!\d)%s(?!\d)" % re.escape(v), hay) is not None
        elif k == "phone":
            ok = v in phs
        elif k in ("requested_amount", "total_budget"):
            ok = Decimal(v) in amts
        if not ok:
            errs.append("truth %s=%r not found in document or body" % (k, v))
        else:
            stats["found"][k] += 1
    # country consistency: the postcode written in the document is in the country's range
    c = f["country"]
    pcs = re.findall(r"(?<!\d)(\d{4,5})(?!\d)", hay)
    if c == "BE" and f["postcode"] not in pcs:
        errs.append("BE postcode not written")
    if c == "FR" and f["postcode"] not in pcs:
        errs.append("FR postcode not written")


def main():
    total_errs = 0
    overall = collections.Counter()
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
        stats = {"bytes": [], "found": collections.Counter(), "pdf_form_kind": collections.Counter()}
        herrs = []
        expected = ["c42-%s-%03d.eml" % (half, i) for i in range(1, 21)]
        if [t["file"] for t in truth] != expected:
            herrs.append("truth files do not list %s-001..020 in order" % half)
        emls = sorted(x for x in os.listdir(d) if x.endswith(".eml"))
        if emls != expected:
            herrs.append("eml files differ from expected names")
        fc = collections.Counter(t["format"] for t in truth)
        if dict(fc) != FORMATS:
            herrs.append("format counts %s != %s" % (dict(fc), FORMATS))
        lc = collections.Counter(t["language"] for t in truth)
        if lc != collections.Counter({"nl": 10, "fr": 10}):
            herrs.append("language counts %s" % dict(lc))
        cc = collections.Counter(t["fields"]["country"] for t in truth)
        if not (cc["BE"] >= 5 and cc["FR"] >= 5):
            herrs.append("country mix %s" % dict(cc))
        for t in truth:
            errs = []
            check_truth_rules(t, errs)
            data, body = check_mail(os.path.join(d, t["file"]), t, errs, stats)
            if data is not None:
                check_content(t, data, body, errs, stats)
            status = "ok" if not errs else "FAIL"
            print("%-18s %-10s %s %s  %s" % (t["file"], t["format"], t["language"], t["fields"]["country"], status))
            for e in errs:
                print("      - " + e)
            herrs.extend("%s: %s" % (t["file"], e) for e in errs)
        print("%s: formats %s | languages %s | countries %s | pdf_form %s | nulls %s | max eml %d bytes" % (
            half, dict(sorted(fc.items())), dict(lc), dict(cc), dict(stats["pdf_form_kind"]),
            dict(collections.Counter(k for t in truth for k, v in t["fields"].items() if v is None)),
            max(stats["bytes"] or [0])))
        for e in herrs:
            if ":" not in e or not e.startswith("c42-"):
                print("  ! " + e)
        total_errs += len(herrs)
        overall[half] = len(herrs)
    print("RESULT:", "PASS" if total_errs == 0 else "FAIL (%d problems)" % total_errs)
    return 0 if total_errs == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
