# -*- coding: utf-8 -*-
"""Structural check of corpus 18 (no OCR, no field extraction).

    python gen/verify.py [/work/c18]
"""
import email
import io
import json
import os
import re
import sys
import zipfile
from collections import Counter
from email import policy

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECT = {"pdf_form": 2, "docx_form": 2, "odt_form": 1, "xlsx_form": 1, "docx_letter": 1, "pdf_letter": 1,
          "rtf": 1, "body_plain": 2, "body_html": 2, "scan_pdf": 4, "photo": 3}
FIELDS = {"organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


def check_attachment(fmt, name, data):
    if fmt in ("pdf_form", "pdf_letter", "scan_pdf"):
        from pypdf import PdfReader
        rd = PdfReader(io.BytesIO(data))
        if fmt == "pdf_form":
            f = rd.get_fields() or {}
            if len([k for k, v in f.items() if v.get("/V")]) < 8:
                err("%s: pdf form has too few filled fields" % name)
        text_ops = 0
        for pg in rd.pages:
            c = pg.get_contents()
            raw = c.get_data() if c is not None else b""
            text_ops += len(re.findall(rb"\bBT\b", raw))
            fonts = (pg.get("/Resources") or {}).get("/Font")
            if fmt == "scan_pdf" and fonts:
                err("%s: scan PDF page has fonts" % name)
        if fmt == "scan_pdf" and text_ops:
            err("%s: scan PDF has text operators" % name)
        if fmt == "pdf_letter" and not text_ops:
            err("%s: letter PDF has no text layer" % name)
        return "%d page(s)" % len(rd.pages)
    if fmt in ("docx_form", "docx_letter"):
        import docx
        d = docx.Document(io.BytesIO(data))
        return "%d paragraphs, %d tables" % (len(d.paragraphs), len(d.tables))
    if fmt == "xlsx_form":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "sheet %s, %d rows" % (wb.active.title, wb.active.max_row)
    if fmt == "odt_form":
        z = zipfile.ZipFile(io.BytesIO(data))
        first = z.infolist()[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
            err("%s: odt mimetype not first/stored" % name)
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            err("%s: odt mimetype wrong" % name)
        import xml.dom.minidom
        for part in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            xml.dom.minidom.parseString(z.read(part))
        return "odt ok"
    if fmt == "rtf":
        t = data.decode("ascii")
        if not t.startswith("{\\rtf1") or t.count("{") != t.count("}") + t.count("\\}") - t.count("\\{"):
            pass
        depth = 0
        i = 0
        while i < len(t):
            ch = t[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            i += 1
        if not t.startswith("{\\rtf1") or depth != 0:
            err("%s: rtf not balanced" % name)
        return "rtf %d bytes" % len(data)
    if fmt == "photo":
        from PIL import Image
        im = Image.open(io.BytesIO(data))
        im.load()
        exif = im.getexif()
        if not exif or 271 not in exif:
            err("%s: photo without EXIF Make" % name)
        return "jpeg %dx%d" % im.size
    return "?"


def main():
    total_bytes = 0
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        emls = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8")]
        names = [t["file"] for t in truth]
        if sorted(names) != emls or len(set(names)) != len(names):
            err("%s: truth files and eml files differ" % half)
        if len(emls) != 20:
            err("%s: %d emls" % (half, len(emls)))
        counts = Counter(t["format"] for t in truth)
        langs = Counter(t["language"] for t in truth)
        if dict(counts) != EXPECT:
            err("%s: format counts %s" % (half, dict(counts)))
        for t in truth:
            p = os.path.join(d, t["file"])
            raw = open(p, "rb").read()
            total_bytes += len(raw)
            if b"\n" in raw.replace(b"\r\n", b""):
                err("%s: bare LF" % t["file"])
            unknown = set(t["fields"]) - FIELDS
            if unknown:
                err("%s: unknown fields %s" % (t["file"], unknown))
            for k in ("requested_amount", "total_budget"):
                if k in t["fields"] and not re.fullmatch(r"\d+\.\d\d", t["fields"][k]):
                    err("%s: bad amount %s" % (t["file"], k))
            if "phone" in t["fields"] and not re.fullmatch(r"\+3[23]\d{8,9}", t["fields"]["phone"]):
                err("%s: bad phone" % t["file"])
            if "postcode" in t["fields"] and "country" not in t["fields"]:
                err("%s: postcode without country" % t["file"])
            msg = email.message_from_bytes(raw, policy=policy.default)
            texts = [str(msg[h] or "") for h in ("From", "To")]
            texts += [pt.get_content() for pt in msg.walk() if pt.get_content_maintype() == "text"]
            for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "\n".join(texts)):
                dom = a.split("@")[1].lower()
                if dom not in ("example.org", "example.net", "example.com"):
                    err("%s: address outside example domains: %r" % (t["file"], a))
            for h in ("From", "To", "Date", "Subject", "Message-ID"):
                if msg[h] is None:
                    err("%s: no %s" % (t["file"], h))
            atts = list(msg.iter_attachments())
            fmt = t["format"]
            if fmt in ("body_plain", "body_html"):
                if atts:
                    err("%s: body format with attachment" % t["file"])
                body = msg.get_body(preferencelist=("html",) if fmt == "body_html" else ("plain",))
                if body is None or not body.get_content().strip():
                    err("%s: empty body" % t["file"])
                info = body.get_content_type()
            else:
                if len(atts) != 1:
                    err("%s: %d attachments" % (t["file"], len(atts)))
                    continue
                info = check_attachment(fmt, atts[0].get_filename(), atts[0].get_content())
            print("%-18s %-11s %s  %s" % (t["file"], fmt, t["language"], info))
        print("%s: formats %s; languages %s" % (half, dict(sorted(counts.items())), dict(langs)))
    print("total eml bytes: %.2f MB" % (total_bytes / 1e6))
    if total_bytes > 6e6:
        err("corpus over 6 MB")
    print("OK" if not errors else "%d error(s)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
