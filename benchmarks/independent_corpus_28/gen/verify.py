#!/usr/bin/env python3
"""Check that every truth value of corpus c28 is present in its mail, in some spelling.

Usage: python gen/verify.py [corpus_dir]     (default: the folder above gen/)
Exit code 0 when every check passes.
"""
import email
import html
import io
import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from email import policy
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
          "country", "project_title", "requested_amount", "total_budget"]
EXT_FORMAT = {"docx": {"docx_form"}, "odt": {"odt_form"}, "xlsx": {"xlsx_form"}, "ods": {"ods_form"},
              "pdf": {"pdf_form", "pdf_letter"}}


# ------------------------------------------------------------------ text from attachments
def xml_text(raw, para_tags):
    s = raw.decode("utf-8")
    s = re.sub(r'<text:s(?: text:c="(\d+)")?/>', lambda m: " " * int(m.group(1) or 1), s)
    s = re.sub(r"<(?:w:tab|text:tab)/>", "\t", s)
    s = re.sub(r"<(?:w:br|text:line-break)/>", "\n", s)
    # cached numeric values of spreadsheet cells
    vals = re.findall(r'office:value="([^"]+)"', s)
    for t in para_tags:
        s = s.replace(t, "\n" + t)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s) + "\n" + "\n".join(vals)


def attachment_text(name, data):
    ext = name.rsplit(".", 1)[-1].lower()
    info = {}
    if ext == "pdf":
        r = PdfReader(io.BytesIO(data))
        pages = [p.extract_text() or "" for p in r.pages]
        fields = r.get_fields() or {}
        vals = []
        nwidgets = 0
        for k, f in fields.items():
            v = f.get("/V")
            if f.get("/FT") in ("/Tx", "/Ch") or v is not None:
                nwidgets += 1
            if isinstance(v, str) and not v.startswith("/"):
                vals.append(v)
        info["widgets"] = nwidgets
        return "\n".join(pages) + "\n" + "\n".join(vals), info
    z = zipfile.ZipFile(io.BytesIO(data))
    if ext == "docx":
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]
        return "\n".join(xml_text(z.read(n), ["<w:p ", "<w:p>", "<w:tc>", "<w:tc "]) for n in parts), info
    if ext in ("odt", "ods"):
        return xml_text(z.read("content.xml"), ["<text:p", "<text:h", "<table:table-cell"]), info
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        out.append(str(c.value))
        return "\n".join(out), info
    raise ValueError(name)


def mail_text(path):
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    chunks = [str(msg.get("From", "")), str(msg.get("Subject", "")), str(msg.get("Reply-To", ""))]
    atts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            atts.append((fn, part.get_payload(decode=True)))
        elif part.get_content_type() == "text/plain":
            chunks.append(part.get_content())
        elif part.get_content_type() == "text/html":
            chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
    return msg, "\n".join(chunks), atts


# ------------------------------------------------------------------ matching
def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").replace("\u202f", " ")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).casefold().strip()


SEP = r"[ .,'\u00a0\u202f]?"


def amount_regex(v):
    ip, ct = v.split(".")
    digits = str(int(ip))
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    body = SEP.join(groups)
    if ct == "00":
        dec = r"(?:[.,]00?|,-)?"
    else:
        dec = r"[.,]" + ct[0] + (ct[1] + "?" if ct[1] == "0" else ct[1])
    return re.compile(r"(?<!\d)(?<!\d[.,])" + body + dec + r"(?!\d|[.,]\d)")


def phone_regex(v):
    cc = v[1:3]
    rest = v[3:]
    ps = r"[\s./\-()\u00a0]*"
    restp = ps.join(rest)
    intl = r"(?:\+|00)" + ps + cc + ps + r"(?:\(0\))?" + ps + restp
    nat = "0" + ps + restp
    return re.compile(r"(?<!\d)(?:" + intl + "|" + nat + r")(?!\d)")


def present(field, value, hay, hay_n):
    if field in ("requested_amount", "total_budget"):
        return bool(amount_regex(value).search(hay))
    if field == "phone":
        return bool(phone_regex(value).search(hay))
    if field == "country":
        return True  # checked for consistency instead
    if norm(value) in hay_n:
        return True
    if field == "address":
        # forms that ask street and house number in separate boxes
        m = re.fullmatch(r"(\d+\w?) (.+)", value) or re.fullmatch(r"(.+?) (\d+\w?)", value)
        if m:
            a, b = m.groups()
            num, street = (a, b) if a[0].isdigit() else (b, a)
            if norm(street) in hay_n and re.search(r"(?<![\w])" + re.escape(num) + r"(?![\w])", hay):
                COMPOSED.append(value)
                return True
    return False


COMPOSED = []


# ------------------------------------------------------------------ main
def main():
    failures = []
    table = Counter()
    nulls = Counter()
    checked = 0
    sizes = []
    halves = {}
    for half in ("dev", "test"):
        tpath = ROOT / half / "truth.jsonl"
        rows = [json.loads(l) for l in tpath.read_text(encoding="utf-8").splitlines() if l.strip()]
        halves[half] = rows
        files = sorted(p.name for p in (ROOT / half).glob("*.eml"))
        if sorted(r["file"] for r in rows) != files:
            failures.append(f"{half}: truth.jsonl and .eml files differ")
        for r in rows:
            path = ROOT / half / r["file"]
            sizes.append(path.stat().st_size)
            if path.stat().st_size > 300 * 1024:
                failures.append(f"{r['file']}: larger than 300 KB")
            msg, body, atts = mail_text(path)
            if len(atts) != 1:
                failures.append(f"{r['file']}: {len(atts)} attachments")
                continue
            fn, data = atts[0]
            ext = fn.rsplit(".", 1)[-1].lower()
            if r["format"] not in EXT_FORMAT.get(ext, ()):
                failures.append(f"{r['file']}: format {r['format']} but attachment {fn}")
            atext, info = attachment_text(fn, data)
            if r["format"] == "pdf_form" and not info.get("widgets"):
                failures.append(f"{r['file']}: pdf_form without widgets")
            if r["format"] == "pdf_letter" and info.get("widgets"):
                failures.append(f"{r['file']}: pdf_letter with widgets")
            if "jonas.polin@west-vlaanderen.be" not in str(msg.get("To", "")):
                failures.append(f"{r['file']}: not sent to the coordinator")
            hay = body + "\n" + atext
            hay_n = norm(hay)
            table[(r["format"], r["language"], half)] += 1
            f = r["fields"]
            if set(f) != set(FIELDS):
                failures.append(f"{r['file']}: field set {sorted(f)}")
            for k in FIELDS:
                v = f.get(k)
                if v is None:
                    nulls[k] += 1
                    continue
                checked += 1
                if not present(k, v, hay, hay_n):
                    failures.append(f"{half}/{r['file']}: {k}={v!r} not found")
            # consistency checks
            if f.get("country") == "BE" and f.get("postcode") and not re.fullmatch(r"8\d{3}", f["postcode"]):
                failures.append(f"{r['file']}: BE postcode {f['postcode']}")
            if f.get("country") == "FR" and f.get("postcode") and not re.fullmatch(r"59\d{3}", f["postcode"]):
                failures.append(f"{r['file']}: FR postcode {f['postcode']}")
            if f.get("phone") and not re.fullmatch(r"\+(32|33)\d{8,9}", f["phone"]):
                failures.append(f"{r['file']}: phone not E.164 {f['phone']}")
            for k in ("requested_amount", "total_budget"):
                if f.get(k) and not re.fullmatch(r"\d+\.\d\d", f[k]):
                    failures.append(f"{r['file']}: {k} not a 2-decimal string")
            if f.get("requested_amount") and f.get("total_budget"):
                if float(f["requested_amount"]) > float(f["total_budget"]):
                    failures.append(f"{r['file']}: request larger than total")
            lang_cc = {"nl": "BE", "fr": "FR"}[r["language"]]
            if f.get("country") != lang_cc:
                failures.append(f"{r['file']}: language {r['language']} but country {f.get('country')}")

    fmts = ["pdf_form", "pdf_letter", "docx_form", "odt_form", "xlsx_form", "ods_form"]
    print("corpus c28 --", ROOT)
    print(f"{'format':<12}{'dev nl':>8}{'dev fr':>8}{'test nl':>9}{'test fr':>9}{'total':>7}")
    for fm in fmts:
        cs = [table[(fm, l, h)] for h in ("dev", "test") for l in ("nl", "fr")]
        print(f"{fm:<12}{cs[0]:>8}{cs[1]:>8}{cs[2]:>9}{cs[3]:>9}{sum(cs):>7}")
    tot = [sum(table[(fm, l, h)] for fm in fmts) for h in ("dev", "test") for l in ("nl", "fr")]
    print(f"{'all':<12}{tot[0]:>8}{tot[1]:>8}{tot[2]:>9}{tot[3]:>9}{sum(tot):>7}")
    print(f"values checked present: {checked}; null values: " +
          ", ".join(f"{k}={nulls[k]}" for k in FIELDS if nulls[k]))
    if COMPOSED:
        print(f"addresses found only as separate street and number boxes: {len(COMPOSED)}")
    print(f"mail sizes: min {min(sizes) // 1024} KB, max {max(sizes) // 1024} KB")
    if failures:
        print(f"FAILURES ({len(failures)}):")
        for x in failures:
            print("  " + x)
        print(f"{checked - len([x for x in failures if 'not found' in x])} passed, {len(failures)} failed")
        return 1
    print(f"{checked} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
