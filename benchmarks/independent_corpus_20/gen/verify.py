#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check the corpus: python gen/verify.py [corpus_root]

- every .eml parses without defects, CRLF line endings only
- truth.jsonl and .eml files correspond 1:1, file names c20-<half>-NNN.eml
- counts per format and language per half (the agreed make-up)
- the mail structure fits the format (no attachment / HTML only / one attachment of the right kind)
- e-mail addresses in headers, bodies and extractable attachment text use example.org/.net/.com only
- scan PDFs have no text layer and no fonts, only images; photos are JPEGs
- fillable PDF forms have filled fields with appearance streams
- truth field formats (E.164, postcode per country, amounts with two decimals, ...)
- Date header in May or early June 2019, +0200
- file sizes (each < 5 MB, whole corpus ~5 MB)
"""
import collections
import datetime as dt
import email
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.utils import parsedate_to_datetime

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMATS = {"body_plain", "body_html", "docx_letter", "pdf_letter", "rtf", "scan_pdf", "photo",
           "pdf_form", "docx_form", "xlsx_form", "odt_form"}
MAKEUP = {"body_plain": 4, "body_html": 2, "docx_letter": 2, "pdf_letter": 2, "rtf": 1, "scan_pdf": 3,
          "photo": 3, "pdf_form": 1, "docx_form": 1, "xlsx_or_odt_form": 1}
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
          "country", "project_title", "requested_amount", "total_budget"]
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
OK_DOMAIN = re.compile(r"@example\.(org|net|com)$", re.I)

errors = []
warnings = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def attachment_text(name, data):
    """Best-effort text of an attachment, to check addresses and to see that it is not empty."""
    ext = os.path.splitext(name)[1].lower()
    try:
        if ext in (".docx", ".xlsx", ".odt"):
            z = zipfile.ZipFile(io.BytesIO(data))
            xml = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                           if n.endswith(".xml"))
            return re.sub(r"<[^>]+>", " ", xml)
        if ext == ".rtf":
            return data.decode("ascii", "replace")
        if ext == ".pdf":
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(data))
            t = "\n".join((p.extract_text() or "") for p in r.pages)
            for k, v in (r.get_fields() or {}).items():
                t += "\n" + str(v.get("/V", ""))
            return t
    except Exception as e:  # noqa: BLE001
        return "<<unreadable: %s>>" % e
    return ""


def check_scan_pdf(f, data):
    from pypdf import PdfReader
    if b"/Font" in data:
        err(f, "scan PDF contains a /Font resource")
    r = PdfReader(io.BytesIO(data))
    for i, p in enumerate(r.pages):
        if (p.extract_text() or "").strip():
            err(f, "scan PDF page %d has a text layer" % i)
        res = p.get("/Resources") or {}
        if "/Font" in res:
            err(f, "scan PDF page %d has fonts" % i)
        xo = res.get("/XObject")
        if not xo or not any(xo[k].get_object().get("/Subtype") == "/Image" for k in xo):
            err(f, "scan PDF page %d has no image" % i)


def check_pdf_form(f, data):
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    if "/AcroForm" not in r.trailer["/Root"]:
        err(f, "pdf_form without AcroForm")
        return
    fields = r.get_fields() or {}
    if len(fields) < 5:
        err(f, "pdf_form has only %d fields" % len(fields))
    for a in r.pages[0].get("/Annots", []):
        a = a.get_object()
        if a.get("/Subtype") == "/Widget":
            if "/AP" not in a:
                err(f, "widget %s without appearance stream" % a.get("/T"))
            if not a.get("/V"):
                err(f, "widget %s is empty" % a.get("/T"))


def check_truth_line(f, t):
    fl = t["fields"]
    for k in fl:
        if k not in FIELDS:
            err(f, "unknown field %s" % k)
        if not isinstance(fl[k], str) or not fl[k].strip() or fl[k] != fl[k].strip():
            err(f, "field %s empty or untrimmed" % k)
    for k in ("contact_name", "email", "country", "postcode", "municipality"):
        if k not in fl:
            err(f, "truth lacks %s" % k)
    if "email" in fl and (fl["email"] != fl["email"].lower() or not OK_DOMAIN.search(fl["email"])):
        err(f, "truth email %r" % fl["email"])
    if "phone" in fl and not re.fullmatch(r"\+(32\d{8,9}|33\d{9})", fl["phone"]):
        err(f, "truth phone %r not E.164 BE/FR" % fl["phone"])
    c = fl.get("country")
    if c not in ("BE", "FR"):
        err(f, "country %r" % c)
    pc = fl.get("postcode", "")
    if (c == "BE" and not re.fullmatch(r"8\d{3}", pc)) or (c == "FR" and not re.fullmatch(r"59\d{3}", pc)):
        err(f, "postcode %r for %s" % (pc, c))
    for k in ("requested_amount", "total_budget"):
        if k in fl and not re.fullmatch(r"\d+\.\d\d", fl[k]):
            err(f, "%s %r" % (k, fl[k]))
    if "requested_amount" in fl and float(fl["requested_amount"]) > 10000:
        err(f, "requested above 10000")
    if "requested_amount" in fl and "total_budget" in fl and float(fl["requested_amount"]) > float(fl["total_budget"]):
        err(f, "requested > total")
    if "contact_name" in fl and fl["contact_name"].isupper():
        err(f, "contact_name not in normal capitalisation")


def main():
    total_size = 0
    summary = {}
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        files = sorted(x for x in os.listdir(d) if x.endswith(".eml"))
        expect = ["c20-%s-%03d.eml" % (half, i) for i in range(1, 21)]
        if files != expect:
            err(half, "file names %s" % files)
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8")]
        tfiles = [t["file"] for t in truth]
        if sorted(tfiles) != files or len(set(tfiles)) != len(tfiles):
            err(half, "truth and files do not correspond 1:1")
        fmt_count = collections.Counter()
        lang_count = collections.Counter()
        for t in truth:
            f = "%s/%s" % (half, t["file"])
            if t["format"] not in FORMATS:
                err(f, "format %r" % t["format"])
            if t["language"] not in ("nl", "fr"):
                err(f, "language %r" % t["language"])
            key = "xlsx_or_odt_form" if t["format"] in ("xlsx_form", "odt_form") else t["format"]
            fmt_count[key] += 1
            lang_count[t["language"]] += 1
            check_truth_line(f, t)
            path = os.path.join(d, t["file"])
            if not os.path.exists(path):
                continue
            raw = open(path, "rb").read()
            total_size += len(raw)
            if len(raw) > 5 * 1024 * 1024:
                err(f, "larger than 5 MB")
            if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
                err(f, "line endings are not CRLF only")
            msg = email.message_from_bytes(raw, policy=policy.default)
            if msg.defects:
                err(f, "defects %s" % msg.defects)
            for part in msg.walk():
                if part.defects:
                    err(f, "part defects %s" % part.defects)
            # headers
            if msg["To"] is None or "coordinator@example.org" not in msg["To"]:
                err(f, "To is not the coordinator")
            date = parsedate_to_datetime(msg["Date"])
            if date.utcoffset() != dt.timedelta(hours=2) or not (
                    dt.date(2019, 5, 1) <= date.date() <= dt.date(2019, 6, 15)):
                err(f, "Date %s" % msg["Date"])
            if msg["Subject"] is None:
                err(f, "no Subject")
            # structure by format
            parts = [p for p in msg.walk() if not p.is_multipart()]
            atts = list(msg.iter_attachments())
            types = [p.get_content_type() for p in parts]
            text = " ".join(str(msg[h]) for h in ("From", "To", "Cc", "Reply-To") if msg[h])
            for p in parts:
                if p.get_content_maintype() == "text" and not p.get_filename():
                    text += "\n" + p.get_content()
            if t["format"] == "body_plain":
                if atts or types != ["text/plain"]:
                    err(f, "body_plain should be one text/plain part, got %s" % types)
            elif t["format"] == "body_html":
                if atts or types != ["text/html"]:
                    err(f, "body_html should be one text/html part, got %s" % types)
            else:
                if len(atts) != 1:
                    err(f, "expected one attachment, got %d" % len(atts))
                    continue
                a = atts[0]
                name, data = a.get_filename(), a.get_content()
                ext = os.path.splitext(name)[1].lower()
                want = {"docx_letter": (".docx", ".odt"), "pdf_letter": (".pdf",), "rtf": (".rtf",),
                        "scan_pdf": (".pdf",), "photo": (".jpg", ".jpeg"), "pdf_form": (".pdf",),
                        "docx_form": (".docx",), "xlsx_form": (".xlsx",), "odt_form": (".odt",)}[t["format"]]
                if ext not in want:
                    err(f, "attachment %s does not fit %s" % (name, t["format"]))
                magic = {".pdf": b"%PDF", ".docx": b"PK", ".odt": b"PK", ".xlsx": b"PK", ".rtf": b"{\\rtf1",
                         ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff"}[ext]
                if not data.startswith(magic):
                    err(f, "attachment magic bytes wrong")
                if t["format"] == "scan_pdf":
                    check_scan_pdf(f, data)
                elif t["format"] == "photo":
                    from PIL import Image
                    im = Image.open(io.BytesIO(data))
                    if im.format != "JPEG" or min(im.size) < 1000:
                        err(f, "photo %s %s" % (im.format, im.size))
                else:
                    at = attachment_text(name, data)
                    if len(at.strip()) < 100:
                        err(f, "attachment text too short / unreadable")
                    text += "\n" + at
                    if t["format"] == "pdf_form":
                        check_pdf_form(f, data)
                    if t["format"] == "pdf_letter" and b"/AcroForm" in data:
                        err(f, "pdf_letter has a form")
            for addr in EMAIL_RE.findall(text):
                if not OK_DOMAIN.search(addr):
                    err(f, "non-example address %s" % addr)
            tr_email = t["fields"].get("email", "")
            if tr_email and tr_email not in text.lower() and t["format"] not in ("scan_pdf", "photo"):
                err(f, "truth email %s not found in mail/attachment text" % tr_email)
        if dict(fmt_count) != MAKEUP:
            err(half, "make-up %s != %s" % (dict(fmt_count), MAKEUP))
        if lang_count != collections.Counter({"nl": 10, "fr": 10}):
            err(half, "languages %s" % dict(lang_count))
        summary[half] = (fmt_count, lang_count)
    if total_size > 5.5 * 1024 * 1024:
        warnings.append("corpus .eml total %.2f MB (> ~5 MB)" % (total_size / 1048576))
    for half, (fc, lc) in summary.items():
        print(half, dict(sorted(fc.items())), dict(lc))
    print("total size of .eml files: %.2f MB" % (total_size / 1048576))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
