# -*- coding: utf-8 -*-
"""Check the corpus: python gen/verify.py  (exit code 1 on any failure).

- every .eml parses, has the expected headers, a Date in May / early June 2019 (+0200)
- CRLF line endings only (no bare LF, no bare CR)
- truth.jsonl and the .eml files correspond 1:1; truth records are well-formed
- counts per format and language per half equal the intended make-up
- every e-mail address anywhere (headers, bodies, decoded attachments) is at example.org/.net/.com
- scan PDFs: image-only (no text layer, no fonts), photos: JPEG
- PDF forms: AcroForm with filled widgets, each filled widget has an /AP /N appearance stream
- file sizes (each e-mail < 5 MB; the total is reported)
- for text-bearing formats: the truth strings occur verbatim in the document text
"""
import email
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
import zipfile
from collections import Counter
from decimal import Decimal
from email import policy

import pypdf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_amount  # noqa: E402

FORMATS = ["pdf_form", "docx_form", "odt_form", "xlsx_form", "scan_pdf", "photo", "body_plain", "docx_letter",
           "pdf_letter"]
MAKEUP = {  # (format, language) -> count, per half
    "dev": {("pdf_form", "nl"): 2, ("pdf_form", "fr"): 2, ("docx_form", "nl"): 2, ("docx_form", "fr"): 1,
            ("odt_form", "nl"): 1, ("odt_form", "fr"): 1, ("xlsx_form", "nl"): 1, ("scan_pdf", "nl"): 1,
            ("scan_pdf", "fr"): 2, ("photo", "nl"): 1, ("photo", "fr"): 2, ("body_plain", "nl"): 1,
            ("body_plain", "fr"): 1, ("docx_letter", "nl"): 1, ("pdf_letter", "fr"): 1},
    "test": {("pdf_form", "nl"): 2, ("pdf_form", "fr"): 2, ("docx_form", "nl"): 1, ("docx_form", "fr"): 2,
             ("odt_form", "nl"): 1, ("odt_form", "fr"): 1, ("xlsx_form", "fr"): 1, ("scan_pdf", "nl"): 2,
             ("scan_pdf", "fr"): 1, ("photo", "nl"): 2, ("photo", "fr"): 1, ("body_plain", "nl"): 1,
             ("body_plain", "fr"): 1, ("docx_letter", "fr"): 1, ("pdf_letter", "nl"): 1},
}
PER_FORMAT = {"pdf_form": 4, "docx_form": 3, "odt_form": 2, "xlsx_form": 1, "scan_pdf": 3, "photo": 3,
              "body_plain": 2, "docx_letter": 1, "pdf_letter": 1}
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
OK_DOM = ("example.org", "example.net", "example.com")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()


# ------------------------------------------------------------------ text extraction per format
def pdf_text_and_fields(data):
    r = pypdf.PdfReader(io.BytesIO(data))
    txt = "\n".join((p.extract_text() or "") for p in r.pages)
    vals = []
    fields = r.get_fields() or {}
    for k, v in fields.items():
        val = v.get("/V")
        if val not in (None, "", "/Off"):
            vals.append(str(val))
        tu = v.get("/TU")
        if tu:
            vals.append(str(tu))
    return txt, vals, r


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    out = []
    for p in paras:
        p = re.sub(r"<w:tab/>", "<w:t>\t</w:t>", p)
        p = re.sub(r"<w:br/>", "<w:t>\n</w:t>", p)
        out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    import html
    return html.unescape("\n".join(out))


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
        err("odt: mimetype not first/stored")
    if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
        err("odt: bad mimetype")
    xml = z.read("content.xml").decode("utf-8")
    import html
    ps = re.findall(r"<text:p[^>]*?(?:/>|>(.*?)</text:p>)", xml, flags=re.S)
    return html.unescape("\n".join(re.sub(r"<[^>]+>", "", p) for p in ps))


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


# ------------------------------------------------------------------ checks
def check_pdf_form(fn, data):
    txt, vals, r = pdf_text_and_fields(data)
    root = r.trailer["/Root"]
    if "/AcroForm" not in root:
        err(f"{fn}: pdf_form without /AcroForm")
        return txt, vals
    n_filled = 0
    n_widgets = 0
    for page in r.pages:
        for a in page.get("/Annots") or []:
            a = a.get_object()
            if a.get("/Subtype") != "/Widget":
                continue
            n_widgets += 1
            fld = a if "/FT" in a else a.get("/Parent").get_object()
            ft = fld.get("/FT")
            v = fld.get("/V")
            if ft == "/Tx" and v not in (None, ""):
                n_filled += 1
                ap = a.get("/AP")
                if not ap or "/N" not in ap:
                    err(f"{fn}: filled widget {fld.get('/T')} without /AP /N")
                else:
                    stream = ap["/N"].get_object()
                    if not hasattr(stream, "get_data") or b"Tj" not in stream.get_data() and b"TJ" not in stream.get_data():
                        err(f"{fn}: appearance of {fld.get('/T')} shows no text")
            if ft == "/Btn":
                if "/AP" not in a:
                    err(f"{fn}: checkbox without /AP")
    if n_filled < 10:
        err(f"{fn}: only {n_filled} filled text widgets")
    return txt, vals


def check_scan_pdf(fn, data):
    r = pypdf.PdfReader(io.BytesIO(data))
    if b"/Font" in data:
        err(f"{fn}: scan PDF contains a /Font")
    for i, p in enumerate(r.pages):
        t = (p.extract_text() or "").strip()
        if t:
            err(f"{fn}: scan PDF page {i + 1} has a text layer: {t[:40]!r}")
        xo = p["/Resources"].get("/XObject") or {}
        if not any(x.get_object().get("/Subtype") == "/Image" for x in xo.values()):
            err(f"{fn}: scan page without image")
    if "/AcroForm" in r.trailer["/Root"]:
        err(f"{fn}: scan PDF has a form")
    return len(r.pages)


def contains(hay, needle):
    return norm(needle) in norm(hay)


def check_truth_in_text(fn, fields, text, fmt):
    for k in ["organisation", "contact_name", "email", "address", "postcode", "municipality", "project_title"]:
        if k not in fields:
            continue
        v = fields[k]
        if k == "email":
            if v not in text.lower():
                err(f"{fn}: email {v} not in document text")
            continue
        if k == "contact_name":
            # may be written 'LAST First' or in capitals
            first, last = v.split(" ", 1)[0], v.split(" ", 1)[1]
            if not (contains(text, v) or (contains(text.lower(), first.lower()) and contains(text.lower(), last.lower()))):
                err(f"{fn}: contact {v} not in document text")
            continue
        if not contains(text, v):
            err(f"{fn}: {k} {v!r} not in document text")
    if "phone" in fields:
        nat = "0" + fields["phone"][3:]
        digits = re.sub(r"\D", "", text)
        if nat not in digits and fields["phone"][1:] not in digits:
            err(f"{fn}: phone {fields['phone']} not in document text")
    amounts = set()
    for m in re.finditer(r"(?<![\d.,])(?:\d{1,3}(?:[. \u00a0]\d{3})+|\d+)(?:,\d{1,2}|,-|\.\d{1,2})?(?![\d])", text):
        try:
            amounts.add(parse_amount(m.group(0)))
        except Exception:
            pass
    for k in ["total_budget"]:
        if k in fields and Decimal(fields[k]) not in amounts:
            err(f"{fn}: {k} {fields[k]} not found among written amounts")
    if "requested_amount" in fields:
        req = Decimal(fields["requested_amount"])
        if req not in amounts:
            # left empty on the form: must be total minus a written own contribution
            tot = Decimal(fields.get("total_budget", "0"))
            if not any(tot - a == req for a in amounts):
                err(f"{fn}: requested {req} neither written nor total minus a written amount")
            else:
                print(f"  note {fn}: requested amount derived as total - own contribution")


def main():
    total_size = 0
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        emls = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
        tfiles = [t["file"] for t in truth]
        if sorted(tfiles) != emls or len(set(tfiles)) != len(tfiles):
            err(f"{half}: truth and files differ: {set(tfiles) ^ set(emls)}")
        expect = [f"c21-{half}-{i:03d}.eml" for i in range(1, 21)]
        if emls != expect:
            err(f"{half}: file names not 001..020")
        cnt = Counter((t["format"], t["language"]) for t in truth)
        if dict(cnt) != MAKEUP[half]:
            err(f"{half}: make-up {dict(cnt)} != {MAKEUP[half]}")
        fcnt = Counter(t["format"] for t in truth)
        if dict(fcnt) != PER_FORMAT:
            err(f"{half}: per-format {dict(fcnt)}")
        lcnt = Counter(t["language"] for t in truth)
        if lcnt != Counter({"nl": 10, "fr": 10}):
            err(f"{half}: languages {lcnt}")
        for t in truth:
            fn = os.path.join(half, t["file"])
            raw = open(os.path.join(ROOT, fn), "rb").read()
            total_size += len(raw)
            if len(raw) > 5 * 1024 * 1024:
                err(f"{fn}: larger than 5 MB")
            if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
                err(f"{fn}: bare LF or CR")
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in ("From", "To", "Date", "Subject", "Message-ID"):
                if not msg[h]:
                    err(f"{fn}: missing {h}")
            if "coordinator@example.org" not in str(msg["To"]):
                err(f"{fn}: To is not the coordinator")
            dt = msg["Date"].datetime
            if not (dt.year == 2019 and (dt.month == 5 or (dt.month == 6 and dt.day <= 15))
                    and dt.utcoffset().total_seconds() == 7200):
                err(f"{fn}: date {msg['Date']}")
            # addresses everywhere
            texts = [str(msg["From"]), str(msg["To"]), str(msg.get("Message-ID", ""))]
            body = msg.get_body(preferencelist=("plain",))
            body_txt = body.get_content() if body else ""
            texts.append(body_txt)
            atts = list(msg.iter_attachments())
            doc_text = ""
            fmt = t["format"]
            f = t["fields"]
            if fmt == "body_plain":
                if atts:
                    err(f"{fn}: body_plain with attachment")
                doc_text = body_txt
            else:
                if len(atts) != 1:
                    err(f"{fn}: expected one attachment, got {len(atts)}")
                    continue
                a = atts[0]
                data = a.get_content()
                name = a.get_filename()
                if fmt == "pdf_form":
                    txt, vals = check_pdf_form(fn, data)
                    doc_text = txt + "\n" + "\n".join(vals)
                elif fmt == "pdf_letter":
                    rr = pypdf.PdfReader(io.BytesIO(data))
                    doc_text = "\n".join(p.extract_text() for p in rr.pages)
                    if "/AcroForm" in rr.trailer["/Root"]:
                        err(f"{fn}: letter has a form")
                elif fmt in ("docx_form", "docx_letter"):
                    doc_text = docx_text(data)
                elif fmt == "odt_form":
                    doc_text = odt_text(data)
                elif fmt == "xlsx_form":
                    doc_text = xlsx_text(data)
                elif fmt == "scan_pdf":
                    check_scan_pdf(fn, data)
                    if not name.lower().endswith(".pdf"):
                        err(f"{fn}: scan not .pdf")
                elif fmt == "photo":
                    if data[:3] != b"\xff\xd8\xff":
                        err(f"{fn}: photo is not a JPEG")
                    from PIL import Image
                    im = Image.open(io.BytesIO(data))
                    if min(im.size) < 1000:
                        err(f"{fn}: photo too small {im.size}")
                texts.append(doc_text)
                if fmt in ("docx_form", "docx_letter", "odt_form", "xlsx_form"):
                    z = zipfile.ZipFile(io.BytesIO(data))
                    for n in z.namelist():
                        if n.endswith(".xml"):
                            texts.append(z.read(n).decode("utf-8", "replace"))
            for tx in texts:
                for m in EMAIL_RE.findall(tx):
                    dom = m.lower().split("@")[1]
                    if not dom.endswith(OK_DOM) and not re.match(r"^[\d.]+$", dom):
                        err(f"{fn}: non-example address {m}")
            # truth record shape
            for k in f:
                if k not in FIELDS:
                    err(f"{fn}: unknown field {k}")
            for k in ("contact_name", "email", "phone", "address", "postcode", "municipality", "country"):
                if k not in f:
                    err(f"{fn}: field {k} missing")
            if not re.fullmatch(r"\+(32|33)\d{8,9}", f.get("phone", "")):
                err(f"{fn}: phone {f.get('phone')}")
            for k in ("requested_amount", "total_budget"):
                if k in f and not re.fullmatch(r"\d+\.\d{2}", f[k]):
                    err(f"{fn}: {k} {f[k]}")
            c = f.get("country")
            pc = f.get("postcode", "")
            if not ((c == "BE" and re.fullmatch(r"8\d{3}", pc)) or (c == "FR" and re.fullmatch(r"59\d{3}", pc))):
                err(f"{fn}: postcode/country {pc} {c}")
            if f.get("email") != f.get("email", "").lower():
                err(f"{fn}: email not lower case")
            if doc_text:
                check_truth_in_text(fn, f, doc_text + "\n" + (body_txt if fmt != "body_plain" else ""), fmt)
    # whole corpus size
    corpus = 0
    for dp, dn, fns in os.walk(ROOT):
        for x in fns:
            corpus += os.path.getsize(os.path.join(dp, x))
    print(f"e-mails: {total_size / 1e6:.2f} MB; whole folder incl. gen/: {corpus / 1e6:.2f} MB")
    if corpus > 5.5e6:
        warnings.append(f"corpus folder is {corpus / 1e6:.2f} MB")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
