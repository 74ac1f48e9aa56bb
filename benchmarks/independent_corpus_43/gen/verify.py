# -*- coding: utf-8 -*-
"""Independent checker for corpus 43. Does NOT import the generator.

For each half (dev, test):
  * parses every .eml with the standard email package and checks the structure
    (multipart/mixed, exactly one attachment of the expected type, addressed to the coordinator,
    e-mail addresses only at example.org/.net/.com besides the coordinator, dated before 16 June 2019);
  * checks the truth rules (fields, postcode ranges, E.164 phones, amounts, requested <= 10000 and < total);
  * re-opens each attachment with an independent reader (pypdf + pdfplumber, python-docx, odfpy,
    openpyxl) and confirms every non-null truth value occurs in the document or in the mail body
    (strings normalised for case/spacing/punctuation, phones and amounts parsed from their written forms);
  * checks the per-half counts (formats, languages, countries) and that the halves share no organisation.

    python verify.py [corpus_root]        (default: the parent directory of this script)
Exit status 0 when everything passes.
"""
import datetime
import email
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from decimal import Decimal, InvalidOperation
from email import policy
from email.utils import getaddresses, parsedate_to_datetime

COORD = "jonas.polin@west-vlaanderen.be"
ALLOWED_DOMAINS = {"example.org", "example.net", "example.com"}
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]
MIME_BY_FORMAT = {
    "pdf_form": ("application/pdf", ".pdf"),
    "pdf_letter": ("application/pdf", ".pdf"),
    "docx_form": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "odt_form": ("application/vnd.oasis.opendocument.text", ".odt"),
    "xlsx_form": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "ods_form": ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
}
EXPECTED_FORMATS = {"pdf_form": 7, "pdf_letter": 3, "docx_form": 5, "odt_form": 3, "xlsx_form": 1, "ods_form": 1}
STANDARD_FONTS = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
                  "Times-Bold", "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold", "Courier-Oblique",
                  "Courier-BoldOblique", "Symbol", "ZapfDingbats"}
SEP = " | "


# ----------------------------------------------------------------------------------------
# text extraction with independent readers
# ----------------------------------------------------------------------------------------
def pdf_text(data, problems, name):
    from pypdf import PdfReader
    import pdfplumber
    parts = []
    numbers = []
    r = PdfReader(io.BytesIO(data))
    for page in r.pages:
        parts.append(page.extract_text() or "")
        res = page.get("/Resources") or {}
        fonts = res.get("/Font") or {}
        for k in fonts:
            base = str(fonts[k].get_object().get("/BaseFont", "")).lstrip("/")
            if base and base not in STANDARD_FONTS:
                problems.append("%s: non-standard PDF font %s" % (name, base))
    fields = r.get_fields() or {}
    for k, f in fields.items():
        v = f.get("/V")
        if v is not None and not str(v).startswith("/"):
            parts.append(str(v))
    root = r.trailer["/Root"]
    if "/AcroForm" in root:
        dr = root["/AcroForm"].get_object().get("/DR")
        if dr and "/Font" in dr.get_object():
            fd = dr.get_object()["/Font"].get_object()
            for k in fd:
                base = str(fd[k].get_object().get("/BaseFont", "")).lstrip("/")
                if base and base not in STANDARD_FONTS:
                    problems.append("%s: non-standard AcroForm font %s" % (name, base))
        # every filled text field must carry an appearance stream
        for f in (root["/AcroForm"].get_object().get("/Fields") or []):
            fo = f.get_object()
            if fo.get("/FT") == "/Tx" and fo.get("/V") and "/AP" not in fo:
                problems.append("%s: text field %s has no appearance" % (name, fo.get("/T")))
    with pdfplumber.open(io.BytesIO(data)) as pl:
        for page in pl.pages:
            parts.append(page.extract_text() or "")
    return SEP.join(parts), numbers


def docx_text(data):
    import docx
    from lxml import etree
    doc = docx.Document(io.BytesIO(data))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    parts = []
    for part in doc.part.package.iter_parts():
        pn = str(part.partname)
        if not pn.startswith("/word/") or not pn.endswith(".xml"):
            continue
        if not any(k in pn for k in ("document", "header", "footer")):
            continue
        root = etree.fromstring(part.blob)
        for p in root.iter(W + "p"):
            parts.append("".join(t.text or "" for t in p.iter(W + "t")))
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return SEP.join(parts), []


def odf_text(data):
    from odf.opendocument import load
    from odf import teletype
    from odf.text import P, H
    from odf.table import TableCell
    from odf.namespaces import OFFICENS
    d = load(io.BytesIO(data))
    parts = []
    numbers = []
    for el in d.getElementsByType(P) + d.getElementsByType(H):
        parts.append(teletype.extractText(el))
    for c in d.getElementsByType(TableCell):
        v = c.attributes.get((OFFICENS, "value"))
        if v is not None:
            try:
                numbers.append(Decimal(v))
            except InvalidOperation:
                pass
    return SEP.join(parts), numbers


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    parts = []
    numbers = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    numbers.append(Decimal(str(c.value)))
                parts.append(str(c.value))
    return SEP.join(parts), numbers


# ----------------------------------------------------------------------------------------
# normalisation and matching
# ----------------------------------------------------------------------------------------
def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[^\w]+", " ", s)
    s = s.replace("_", " ")
    return " " + " ".join(s.split()) + " "


def str_present(value, text):
    return norm(value) in norm(text)


_SEPRUN = re.compile(r"(?<=\d)[ \u00a0./()\-]{1,2}(?=[\d(])")


def phone_forms(e164):
    cc, nsn = e164[1:3], e164[3:]
    return {"+" + cc + nsn, "00" + cc + nsn, "+" + cc + "0" + nsn, "00" + cc + "0" + nsn, "0" + nsn}


def phone_present(e164, text):
    # a number may be wrapped over two lines in a letter: try with and without joining lines
    return _phone_present(e164, text) or _phone_present(e164, re.sub(r"(?<=\d)[ \t]*\n[ \t]*(?=\d)", " ", text))


def _phone_present(e164, text):
    t = text.replace("+ ", "+")
    t = re.sub(r"\+(\d{2})[ \u00a0]*\((0)\)", r"+\1\2", t)
    for _ in range(3):
        t = _SEPRUN.sub("", t)
    for f in phone_forms(e164):
        for m in re.finditer(re.escape(f), t):
            before = t[m.start() - 1] if m.start() > 0 else " "
            after = t[m.end()] if m.end() < len(t) else " "
            if after.isdigit():
                continue
            if f.startswith("0") and not f.startswith("00") and before.isdigit():
                continue
            return True
    return False


_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d{1,2}|,-)?(?![\d])")
_PLAIN = re.compile(r"(?<![\d])\d+(?:[.,]\d{1,2})?(?:,-)?(?![\d])")


def amount_candidates(text):
    out = set()
    for m in _GROUPED.finditer(text):
        s = m.group(0)
        s = s.replace(",-", "")
        ip, _, dec = s.partition(",")
        ip = re.sub(r"[ .\u00a0\u202f]", "", ip)
        try:
            out.add(Decimal(ip + ("." + dec if dec else "")))
        except InvalidOperation:
            pass
    for m in _PLAIN.finditer(text):
        s = m.group(0).replace(",-", "")
        try:
            out.add(Decimal(s.replace(",", ".")))
        except InvalidOperation:
            pass
    return out


def amount_present(value, text, numbers):
    v = Decimal(value)
    return v in amount_candidates(text) or v in set(numbers)


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# ----------------------------------------------------------------------------------------
def check_half(root, half, problems):
    d = os.path.join(root, half)
    truth_path = os.path.join(d, "truth.jsonl")
    if not os.path.exists(truth_path):
        problems.append("%s: missing truth.jsonl" % half)
        return [], []
    with open(truth_path, encoding="utf-8") as f:
        truth = [json.loads(l) for l in f if l.strip()]
    emls = sorted(x for x in os.listdir(d) if x.endswith(".eml"))
    expected = ["c43-%s-%03d.eml" % (half, i) for i in range(1, 21)]
    if emls != expected:
        problems.append("%s: unexpected file list %s" % (half, emls))
    if [t["file"] for t in truth] != expected:
        problems.append("%s: truth.jsonl does not list the 20 files in order" % half)
    fmts = Counter(t["format"] for t in truth)
    if dict(fmts) != EXPECTED_FORMATS:
        problems.append("%s: format counts %s" % (half, dict(fmts)))
    langs = Counter(t["language"] for t in truth)
    if dict(langs) != {"nl": 10, "fr": 10}:
        problems.append("%s: language counts %s" % (half, dict(langs)))
    countries = Counter(t["fields"]["country"] for t in truth)
    if set(countries) != {"BE", "FR"}:
        problems.append("%s: countries %s" % (half, dict(countries)))
    orgs, people = [], []
    for t in truth:
        name = "%s/%s" % (half, t["file"])
        fl = t["fields"]
        # ---- truth rules ---------------------------------------------------------------
        if sorted(fl) != sorted(FIELDS):
            problems.append("%s: truth keys %s" % (name, sorted(fl)))
            continue
        for k, v in fl.items():
            if v is not None and not isinstance(v, str):
                problems.append("%s: %s is not a string" % (name, k))
        c = fl["country"]
        if c not in ("BE", "FR"):
            problems.append("%s: country %r" % (name, c))
        pc = fl["postcode"]
        if pc is not None:
            if c == "BE" and not (re.fullmatch(r"\d{4}", pc) and 8600 <= int(pc) <= 8980):
                problems.append("%s: Belgian postcode out of range %s" % (name, pc))
            if c == "FR" and not re.fullmatch(r"59\d{3}", pc):
                problems.append("%s: French postcode not 59xxx %s" % (name, pc))
        ph = fl["phone"]
        if ph is not None:
            if not re.fullmatch(r"\+[1-9]\d{7,14}", ph):
                problems.append("%s: phone not E.164 %s" % (name, ph))
            if (c == "BE" and not ph.startswith("+32")) or (c == "FR" and not ph.startswith("+33")):
                problems.append("%s: phone prefix does not match country %s" % (name, ph))
        em = fl["email"]
        if em is not None and (not EMAIL_RE.fullmatch(em) or em.split("@")[1].lower() not in ALLOWED_DOMAINS):
            problems.append("%s: truth e-mail not at an allowed domain %s" % (name, em))
        for k in ("requested_amount", "total_budget"):
            if fl[k] is not None and not re.fullmatch(r"\d+\.\d{2}", fl[k]):
                problems.append("%s: %s not an amount with two decimals: %s" % (name, k, fl[k]))
        if fl["requested_amount"] is not None:
            if Decimal(fl["requested_amount"]) > Decimal("10000"):
                problems.append("%s: requested above 10000" % name)
            if fl["total_budget"] is not None and not Decimal(fl["requested_amount"]) < Decimal(fl["total_budget"]):
                problems.append("%s: requested not below total" % name)
        if fl["organisation"]:
            orgs.append(fl["organisation"])
        people.append(fl["contact_name"])
        # ---- the message ---------------------------------------------------------------
        path = os.path.join(d, t["file"])
        if not os.path.exists(path):
            problems.append("%s: missing" % name)
            continue
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        if msg.get_content_type() != "multipart/mixed":
            problems.append("%s: top level is %s" % (name, msg.get_content_type()))
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                problems.append("%s: missing header %s" % (name, h))
        tos = [a.lower() for _, a in getaddresses(msg.get_all("To", []))]
        if COORD not in tos:
            problems.append("%s: not addressed to the coordinator (%s)" % (name, tos))
        hdr_addrs = [a.lower() for _, a in getaddresses(msg.get_all("From", []) + msg.get_all("To", []) +
                                                      msg.get_all("Cc", []))]
        for a in hdr_addrs:
            if a != COORD and a.split("@")[-1] not in ALLOWED_DOMAINS:
                problems.append("%s: header address at a forbidden domain %s" % (name, a))
        try:
            dt = parsedate_to_datetime(msg["Date"])
            if not dt < datetime.datetime(2019, 6, 16, tzinfo=datetime.timezone(datetime.timedelta(hours=2))):
                problems.append("%s: dated on/after the deadline %s" % (name, msg["Date"]))
        except Exception as e:  # noqa: BLE001
            problems.append("%s: bad Date %s" % (name, e))
        atts = list(msg.iter_attachments())
        if len(atts) != 1:
            problems.append("%s: %d attachments" % (name, len(atts)))
            continue
        att = atts[0]
        mime, ext = MIME_BY_FORMAT[t["format"]]
        if att.get_content_type() != mime:
            problems.append("%s: attachment type %s, expected %s" % (name, att.get_content_type(), mime))
        fn = att.get_filename() or ""
        if not fn.lower().endswith(ext):
            problems.append("%s: attachment name %r does not end with %s" % (name, fn, ext))
        bodies = [p for p in msg.walk() if p.get_content_type() == "text/plain" and not p.is_attachment()]
        if len(bodies) != 1:
            problems.append("%s: expected one text/plain body, got %d" % (name, len(bodies)))
        body = bodies[0].get_content() if bodies else ""
        if len(body) > 800:
            problems.append("%s: body is not short (%d chars)" % (name, len(body)))
        if t["language"] == "nl" and not re.search(r"\b(bijlage|hierbij|bijgevoegd|groet|groeten|beste|dag|geachte|hallo|namens|mvg)\b",
                                                   body, re.I):
            problems.append("%s: body does not look Dutch" % name)
        if t["language"] == "fr" and not re.search(r"\b(bonjour|monsieur|madame|ci-joint|cordialement|pièce)\b",
                                                   body, re.I):
            problems.append("%s: body does not look French" % name)
        data = att.get_content()
        if len(data) >= 200 * 1024:
            problems.append("%s: attachment too large (%d bytes)" % (name, len(data)))
        try:
            if ext == ".pdf":
                text, numbers = pdf_text(data, problems, name)
                if not data.startswith(b"%PDF-"):
                    problems.append("%s: not a PDF" % name)
                if t["format"] == "pdf_form" and b"/AcroForm" not in data and "pdf_form" == t["format"]:
                    pass  # printed forms with typed answers have no AcroForm
            elif ext == ".docx":
                text, numbers = docx_text(data)
            elif ext in (".odt", ".ods"):
                zf = zipfile.ZipFile(io.BytesIO(data))
                if zf.namelist()[0] != "mimetype" or zf.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                    problems.append("%s: ODF mimetype member is not first/stored" % name)
                text, numbers = odf_text(data)
            else:
                text, numbers = xlsx_text(data)
        except Exception as e:  # noqa: BLE001
            problems.append("%s: cannot read attachment: %r" % (name, e))
            continue
        if len(norm(text)) < 200:
            problems.append("%s: attachment text suspiciously short" % name)
        full = text + SEP + body
        # e-mail addresses inside the documents and body: invented ones only at example domains
        for a in EMAIL_RE.findall(full):
            a = a.lower().rstrip(".")
            if a != COORD and a.split("@")[-1] not in ALLOWED_DOMAINS:
                problems.append("%s: e-mail address at a forbidden domain in content: %s" % (name, a))
        # ---- presence of every non-null truth value -------------------------------------
        for k in ("organisation", "contact_name", "address", "postcode", "municipality", "project_title"):
            v = fl[k]
            if v is not None and not str_present(v, full):
                problems.append("%s: %s %r not found in the document or body" % (name, k, v))
        if em is not None and not re.search(r"(?<![\w.+-])%s(?![\w-])" % re.escape(em.lower()), full.lower()):
            problems.append("%s: email %r not found" % (name, em))
        if ph is not None and not phone_present(ph, full):
            problems.append("%s: phone %r not found in any written form" % (name, ph))
        for k in ("requested_amount", "total_budget"):
            if fl[k] is not None and not amount_present(fl[k], full, numbers):
                problems.append("%s: %s %s not found in any written form" % (name, k, fl[k]))
        # the postcode must be written next to the municipality
        if pc and fl["municipality"] and norm(pc + " " + fl["municipality"]) not in norm(full) and \
                not (str_present(pc, full) and str_present(fl["municipality"], full)):
            problems.append("%s: postcode/municipality not found together" % name)
    return orgs, people


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    problems = []
    o1, p1 = check_half(root, "dev", problems)
    o2, p2 = check_half(root, "test", problems)
    shared = set(o1) & set(o2)
    if shared:
        problems.append("organisations shared between dev and test: %s" % sorted(shared))
    sharedp = set(p1) & set(p2)
    if sharedp:
        problems.append("contact persons shared between dev and test: %s" % sorted(sharedp))
    for half, orgs in (("dev", o1), ("test", o2)):
        if len(set(orgs)) != len(orgs):
            problems.append("%s: duplicate organisations" % half)
    if problems:
        print("FAIL: %d problem(s)" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("OK: dev and test, 40 messages verified (structure, truth rules, values present in attachments)")


if __name__ == "__main__":
    main()
