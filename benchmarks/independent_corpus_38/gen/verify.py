# -*- coding: utf-8 -*-
"""Independent check of the c38 corpus.

Re-opens every .eml with the standard e-mail parser, takes its single
attachment and reads it with an independent reader (pypdf and pdfplumber for
PDF, python-docx for DOCX, odfpy for ODT/ODS, openpyxl for XLSX).  Then checks
that every non-null truth value really is present in the document (after
normalisation), plus the structural rules of the corpus.  It does not import
any generator module.

    python gen/verify.py [corpus_dir]      (default: the folder above gen/)

Exit code 0 when everything holds, 1 otherwise (with every failure listed).
"""
import collections
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from decimal import Decimal, InvalidOperation
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)

COORD_EMAIL = "jonas.polin@west-vlaanderen.be"
ALLOWED_DOMAINS = ("example.org", "example.net", "example.com")
EXPECTED_FORMATS = {"pdf_form": 6, "pdf_letter": 4, "docx_form": 5, "odt_form": 3, "xlsx_form": 1,
                    "ods_form": 1}
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
          "country", "project_title", "requested_amount", "total_budget"]
CT = {"pdf_form": "application/pdf", "pdf_letter": "application/pdf",
      "docx_form": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "odt_form": "application/vnd.oasis.opendocument.text",
      "xlsx_form": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "ods_form": "application/vnd.oasis.opendocument.spreadsheet"}


# ------------------------------------------------------------------ readers
def read_pdf(data):
    """Several text variants: pypdf, pdfplumber whole page, pdfplumber column crops."""
    from pypdf import PdfReader
    import pdfplumber
    out = []
    rd = PdfReader(io.BytesIO(data))
    assert not rd.get_fields(), "PDF unexpectedly has form fields"
    out.append("\n".join((p.extract_text() or "") for p in rd.pages))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        whole, crops = [], []
        for page in pdf.pages:
            whole.append(page.extract_text() or "")
            w, h = page.width, page.height
            for f in (0.30, 0.5):
                crops.append(page.crop((0, 0, w * f, h)).extract_text() or "")
                crops.append(page.crop((w * f, 0, w, h)).extract_text() or "")
        out.append("\n".join(whole))
        out.append("\n".join(crops))
    return out, []


def read_docx(data):
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    d = docx.Document(io.BytesIO(data))
    lines = []
    for p in d.element.body.iter(qn("w:p")):
        lines.append(Paragraph(p, d).text)
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part._element.iter(qn("w:p")):
                lines.append(Paragraph(p, part).text)
    return ["\n".join(lines)], []


def read_odt(data):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P
    doc = load(io.BytesIO(data))
    lines = []
    for el in doc.text.getElementsByType(P) + doc.text.getElementsByType(H):
        lines.append(teletype.extractText(el))
    return ["\n".join(lines)], []


def read_xlsx(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    lines, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = []
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(Decimal(str(v)))
                vals.append(str(v))
            if vals:
                lines.append("  |  ".join(vals))
    return ["\n".join(lines)], nums


def read_ods(data):
    from odf import teletype
    from odf.namespaces import OFFICENS
    from odf.opendocument import load
    from odf.table import Table, TableCell, TableRow
    from odf.text import P
    doc = load(io.BytesIO(data))
    lines, nums = [], []
    for t in doc.spreadsheet.getElementsByType(Table):
        for row in t.getElementsByType(TableRow):
            vals = []
            for c in row.getElementsByType(TableCell):
                vt = c.getAttrNS(OFFICENS, "value-type")
                if vt in ("float", "currency", "percentage"):
                    nums.append(Decimal(c.getAttrNS(OFFICENS, "value")))
                txt = "\n".join(teletype.extractText(p) for p in c.getElementsByType(P))
                if txt:
                    vals.append(txt)
            if vals:
                lines.append("  |  ".join(vals))
    return ["\n".join(lines)], nums


READERS = {"pdf_form": read_pdf, "pdf_letter": read_pdf, "docx_form": read_docx, "odt_form": read_odt,
           "xlsx_form": read_xlsx, "ods_form": read_ods}


# ------------------------------------------------------------------ normalisation
def compact(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(ch for ch in s if ch.isalnum() or ch == "@")


def words(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return set(re.findall(r"\w+", s))


AMT = re.compile(r"(?<![\d])(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)(?:(,)(\d{2})|,-|\.(\d{2}))?(?!\d)")


def amounts(text):
    out = set()
    for m in AMT.finditer(text):
        ip = re.sub(r"[ .\u00a0\u202f]", "", m.group(1))
        frac = m.group(3) or m.group(4) or "00"
        try:
            out.add(Decimal(ip + "." + frac).quantize(Decimal("0.01")))
        except InvalidOperation:
            pass
    return out


PHONE = re.compile(r"(?:\+|00)?\d[\d .\-/()\u00a0]{5,}\d")


def phone_candidates(text, country):
    """E.164 forms of every phone-like run (and of its sub-runs of digit groups)."""
    cc = {"BE": "32", "FR": "33"}[country]
    out = set()
    for line in text.splitlines():
        for m in PHONE.finditer(line):
            raw = m.group(0).replace("(0)", " ")
            groups = re.findall(r"\+?\d+", raw)
            for i in range(len(groups)):
                for j in range(i + 1, len(groups) + 1):
                    s = "".join(groups[i:j])
                    if s.startswith("+"):
                        e = s
                    elif s.startswith("00"):
                        e = "+" + s[2:]
                    elif s.startswith("0"):
                        e = "+" + cc + s[1:]
                    else:
                        continue
                    out.add(e)
    return out


# ------------------------------------------------------------------ checks
def check_value(field, val, texts, nums, country):
    joined = [re.sub(r"\s+", " ", t) for t in texts]
    allt = texts + joined
    if field in ("requested_amount", "total_budget"):
        want = Decimal(val)
        found = set(nums)
        for t in allt:
            found |= amounts(t)
        return want.quantize(Decimal("0.01")) in {x.quantize(Decimal("0.01")) for x in found}
    if field == "phone":
        return any(val in phone_candidates(t, country) for t in allt)
    if field == "email":
        return any(val.lower() in re.sub(r"\s+", "", t.lower()) for t in allt)
    if field == "postcode":
        return any(re.search(r"(?<!\d)%s(?!\d)" % re.escape(val), t) for t in allt)
    if field == "country":
        return True  # checked for consistency separately
    c = compact(val)
    if any(c in compact(t) for t in allt):
        return True
    if field == "contact_name":
        # forms that split NOM / Prénom: every part of the name must be a word of the document
        ws = set()
        for t in allt:
            ws |= words(t)
        return all(w in ws for w in words(val))
    return False


def main():
    failures = []
    summary = collections.Counter()
    per_field = collections.Counter()
    nulls = collections.Counter()
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        truth_path = os.path.join(d, "truth.jsonl")
        with open(truth_path, encoding="utf-8") as fh:
            rows = [json.loads(x) for x in fh if x.strip()]
        emls = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        expected = ["c38-%s-%03d.eml" % (half, i) for i in range(1, 21)]
        if emls != expected:
            failures.append("%s: e-mail files are %s" % (half, emls))
        if [r["file"] for r in rows] != expected:
            failures.append("%s: truth.jsonl files do not match c38-%s-001..020" % (half, half))
        fmt_count = collections.Counter(r["format"] for r in rows)
        if dict(fmt_count) != EXPECTED_FORMATS:
            failures.append("%s: format counts %s" % (half, dict(fmt_count)))
        lang_count = collections.Counter(r["language"] for r in rows)
        if abs(lang_count["nl"] - lang_count["fr"]) > 2 or set(lang_count) - {"nl", "fr"}:
            failures.append("%s: languages %s" % (half, dict(lang_count)))
        for r in rows:
            fn = r["file"]
            tag = "%s/%s" % (half, fn)
            f = r["fields"]
            if list(f.keys()) != FIELDS:
                failures.append("%s: field keys %s" % (tag, list(f.keys())))
                continue
            # -- rules on the truth itself
            if f["country"] == "BE":
                if not (f["postcode"] and f["postcode"].isdigit() and 8600 <= int(f["postcode"]) <= 8980):
                    failures.append("%s: Belgian postcode %s outside 8600-8980" % (tag, f["postcode"]))
                if f["phone"] and not f["phone"].startswith("+32"):
                    failures.append("%s: BE phone %s" % (tag, f["phone"]))
            elif f["country"] == "FR":
                if not (f["postcode"] and re.fullmatch(r"59\d{3}", f["postcode"])):
                    failures.append("%s: French postcode %s not 59xxx" % (tag, f["postcode"]))
                if f["phone"] and not f["phone"].startswith("+33"):
                    failures.append("%s: FR phone %s" % (tag, f["phone"]))
            else:
                failures.append("%s: country %s" % (tag, f["country"]))
            if f["phone"] and not re.fullmatch(r"\+\d{10,12}", f["phone"]):
                failures.append("%s: phone not E.164: %s" % (tag, f["phone"]))
            if not f["email"] or f["email"].split("@")[-1] not in ALLOWED_DOMAINS:
                failures.append("%s: e-mail domain %s" % (tag, f["email"]))
            for k in ("requested_amount", "total_budget"):
                if f[k] is not None and not re.fullmatch(r"\d+\.\d{2}", f[k]):
                    failures.append("%s: %s not a 2-decimal string: %r" % (tag, k, f[k]))
            req = Decimal(f["requested_amount"])
            if req > Decimal("10000"):
                failures.append("%s: requested amount above 10 000" % tag)
            if f["total_budget"] is not None and not req < Decimal(f["total_budget"]):
                failures.append("%s: requested amount not below total budget" % tag)
            # -- the mail
            with open(os.path.join(d, fn), "rb") as fh:
                raw = fh.read()
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if not msg[h]:
                    failures.append("%s: header %s missing" % (tag, h))
            if msg.get_content_type() != "multipart/mixed":
                failures.append("%s: top level is %s" % (tag, msg.get_content_type()))
            if COORD_EMAIL not in str(msg["To"]).lower():
                failures.append("%s: not addressed to the coordinator" % tag)
            frm = msg["From"].addresses[0].addr_spec
            if frm.split("@")[-1] not in ALLOWED_DOMAINS:
                failures.append("%s: sender domain %s" % (tag, frm))
            atts = list(msg.iter_attachments())
            if len(atts) != 1:
                failures.append("%s: %d attachments" % (tag, len(atts)))
                continue
            att = atts[0]
            if att.get_content_type() != CT[r["format"]]:
                failures.append("%s: attachment type %s" % (tag, att.get_content_type()))
            body = msg.get_body(preferencelist=("plain",))
            btxt = body.get_content() if body else ""
            if not btxt.strip():
                failures.append("%s: empty body" % tag)
            # phones quoted in the body must be the applicant's
            bph = phone_candidates(btxt, f["country"])
            bph = {p for p in bph if len(p) >= 11}
            if f["phone"] is None and bph:
                failures.append("%s: body gives a phone %s but truth is null" % (tag, bph))
            if f["phone"] and bph and f["phone"] not in bph:
                failures.append("%s: body phone %s differs from truth" % (tag, bph))
            blob = att.get_content()
            # -- attachment container sanity
            fmt = r["format"]
            if fmt.startswith("pdf"):
                if not blob.startswith(b"%PDF"):
                    failures.append("%s: not a PDF" % tag)
                if b"/FontFile" in blob:
                    failures.append("%s: PDF embeds a font" % tag)
            else:
                z = zipfile.ZipFile(io.BytesIO(blob))
                if fmt in ("odt_form", "ods_form"):
                    mt = z.read("mimetype").decode()
                    want = "text" if fmt == "odt_form" else "spreadsheet"
                    if mt != "application/vnd.oasis.opendocument." + want:
                        failures.append("%s: mimetype %s" % (tag, mt))
            # -- read and compare
            try:
                texts, nums = READERS[fmt](blob)
            except Exception as e:  # noqa
                failures.append("%s: reader failed: %r" % (tag, e))
                continue
            for k in FIELDS:
                v = f[k]
                if v is None:
                    nulls[k] += 1
                    continue
                if check_value(k, v, texts, nums, f["country"]):
                    per_field[k] += 1
                else:
                    failures.append("%s: %s = %r not found in the %s attachment" % (tag, k, v, fmt))
            summary[(half, fmt, r["language"])] += 1
    print("c38 corpus verification (%s)" % ROOT)
    print("documents per half / format / language:")
    for k in sorted(summary):
        print("  %-5s %-11s %s %3d" % (k[0], k[1], k[2], summary[k]))
    print("truth values confirmed in the attachments:")
    for k in FIELDS:
        print("  %-17s %3d confirmed, %2d null" % (k, per_field[k], nulls[k]))
    if failures:
        print("\nFAILED: %d problem(s)" % len(failures))
        for x in failures:
            print("  - " + x)
        sys.exit(1)
    total = sum(summary.values())
    print("\nOK: %d mails, %d values checked, 0 mismatches" % (total, sum(per_field.values())))


if __name__ == "__main__":
    main()
