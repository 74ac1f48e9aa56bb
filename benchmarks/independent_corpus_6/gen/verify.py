"""Verify corpus 6 against its truth, reading every document back with other software.

Usage: python verify.py CORPUSDIR WORKDIR [--ocr]
  pdf_letter        -> pdftotext (poppler)
  docx/rtf/odt      -> soffice --convert-to txt (LibreOffice)
  body_plain/html   -> stdlib email parser (+ html.parser for HTML)
  scan_pdf / photo  -> pdftotext of the page rendered before imaging (WORKDIR/manifest.json); the attachment itself
                       must have no text layer (scan) / be a readable image (photo). --ocr adds a tesseract pass
                       (information only: share of truth values found in the OCR text).
Prints every problem and the count of problems.
"""
import datetime as dt
import email
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from decimal import Decimal
from email import policy
from html.parser import HTMLParser
from io import BytesIO

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import BE_PLACES, FR_PLACES  # noqa: E402  (the lists of real places used)

COORD = "coordinator@example.org"
EXPECT = {"scan_pdf": 8, "photo": 8, "body_plain": 6, "body_html": 6, "pdf_letter": 4, "docx_letter": 4, "rtf": 2,
          "odt": 2}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


class H2T(HTMLParser):
    BLOCK = {"div", "p", "br", "tr", "table", "blockquote", "li", "h1", "h2", "h3"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        self.out.append(d)


def html_text(h):
    p = H2T()
    p.feed(h)
    return "".join(p.out)


AMT = re.compile(r"(?<![\d.,])(\d{1,3}(?:(?:[.,]|\s)\d{3})+|\d+)(?:([.,])(\d{1,2}))?(?![\d])")


def amounts(text):
    t = text.replace("\u00a0", " ").replace("\u202f", " ")
    out = set()
    for m in AMT.finditer(t):
        ip, sep, dec = m.group(1), m.group(2), m.group(3)
        digits = re.sub(r"\D", "", ip)
        try:
            v = Decimal(digits)
        except Exception:
            continue
        if dec:
            v += Decimal(dec.ljust(2, "0")) / 100
        out.add(v.quantize(Decimal("0.01")))
    return out


PH = re.compile(r"(?:\+|00)?\d[\d\s./()\-]{7,22}\d")


def phones(text, country):
    out = set()
    for m in PH.finditer(text.replace("\u00a0", " ")):
        s = m.group(0).replace("(0)", "")
        d = re.sub(r"\D", "", s)
        if s.startswith("+"):
            e = "+" + d
        elif d.startswith("00"):
            e = "+" + d[2:]
        elif d.startswith("0"):
            e = ("+32" if country == "BE" else "+33") + d[1:]
        else:
            continue
        if 11 <= len(e) <= 13:
            out.add(e)
    return out


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

LANGW = {"nl": {"het", "een", "van", "wij", "we", "voor", "ons", "onze", "met", "is", "dat", "ik", "u", "zijn"},
         "fr": {"le", "la", "les", "des", "et", "nous", "pour", "du", "une", "est", "notre", "je", "vous", "au"},
         "en": {"the", "and", "we", "our", "for", "of", "is", "to", "with", "a"}}


def guess_lang(text):
    w = re.findall(r"[a-zà-ÿ']+", text.lower())
    sc = {k: sum(1 for x in w if x in v) for k, v in LANGW.items()}
    return max(sc, key=sc.get)


def pdftotext(data_or_path):
    if isinstance(data_or_path, bytes):
        f = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
        f.write(data_or_path)
        f.close()
        p = f.name
    else:
        p = data_or_path
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True)
    return r.stdout.decode("utf-8", "replace")


def main(corpus, work, ocr=False):
    manifest = json.load(open(os.path.join(work, "manifest.json")))
    problems = []
    ocr_hits = [0, 0]
    tmp = tempfile.mkdtemp()
    office = {}  # key -> path of office attachment to convert
    items = []
    for half in ("dev", "test"):
        d = os.path.join(corpus, half)
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8")]
        files = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        if sorted(t["file"] for t in truth) != files:
            problems.append(f"{half}: truth lines and .eml files differ")
        cnt = {}
        for t in truth:
            cnt[t["format"]] = cnt.get(t["format"], 0) + 1
        if cnt != EXPECT:
            problems.append(f"{half}: format counts {cnt}")
        for t in truth:
            raw = open(os.path.join(d, t["file"]), "rb").read()
            m = email.message_from_bytes(raw, policy=policy.default)
            items.append((half, t, raw, m))
            for p in m.iter_attachments():
                fn = p.get_filename() or ""
                ext = fn.rsplit(".", 1)[-1].lower()
                if ext in ("docx", "rtf", "odt"):
                    key = f"{half}_{t['file'][:-4]}.{ext}"
                    open(os.path.join(tmp, key), "wb").write(p.get_content())
                    office[(half, t["file"])] = os.path.join(tmp, key[:-len(ext)] + "txt")
    if office:
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp] +
                       sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if not f.endswith(".txt")),
                       capture_output=True, check=True)
    places = set(BE_PLACES) | set(FR_PLACES)
    for half, t, raw, m in items:
        name = f"{half}/{t['file']}"
        P = lambda s: problems.append(f"{name} [{t['format']}]: {s}")
        f = t["fields"]
        fmt = t["format"]
        # ---- headers
        frm = email.utils.parseaddr(str(m["From"]))[1]
        if COORD not in str(m["To"]):
            P("To is not the coordinator")
        dd = email.utils.parsedate_to_datetime(str(m["Date"]))
        if not (dt.datetime(2019, 5, 2, tzinfo=dd.tzinfo) <= dd <= dt.datetime(2019, 6, 16, 23, 59, tzinfo=dd.tzinfo)):
            P(f"date out of range {dd}")
        if not str(m["Subject"]).strip():
            P("empty subject")
        alltext = "\n".join(f"{k}: {v}" for k, v in m.items())
        for part in m.walk():
            if part.get_content_maintype() == "text":
                alltext += "\n" + part.get_content()
        for a in EMAIL.findall(alltext):
            dom = a.split("@")[1].lower()
            if dom not in ("example.org", "example.net", "example.com") and not dom.startswith("mail"):
                P(f"non-example address {a}")
        if re.search(rb'filename="[^"]*[\x80-\xff]', raw) or re.search(rb"filename=\"=\?", raw):
            P("attachment name not RFC 2231 encoded")
        # ---- document text
        atts = list(m.iter_attachments())
        body = m.get_body(preferencelist=("plain", "html"))
        if fmt == "body_plain":
            if atts or body.get_content_type() != "text/plain":
                P("body_plain has attachments or no text/plain")
            text = body.get_content()
        elif fmt == "body_html":
            if atts or m.get_content_type() != "text/html":
                P("body_html is not a single text/html part")
            text = html_text(m.get_content())
        elif fmt == "pdf_letter":
            text = pdftotext(atts[0].get_content())
        elif fmt in ("docx_letter", "rtf", "odt"):
            want = {"docx_letter": "docx", "rtf": "rtf", "odt": "odt"}[fmt]
            if len(atts) != 1 or not atts[0].get_filename().endswith(want):
                P("wrong attachment")
            text = open(office[(half, t["file"])], encoding="utf-8-sig").read()
        elif fmt == "scan_pdf":
            data = atts[0].get_content()
            if len(atts) != 1 or atts[0].get_content_type() != "application/pdf":
                P("scan must be one PDF")
            if pdftotext(data).strip():
                P("scan PDF has a text layer")
            text = pdftotext(manifest[name]["source_pdf"])
        elif fmt == "photo":
            from PIL import Image
            if not 1 <= len(atts) <= 2:
                P("photo count")
            for a in atts:
                im = Image.open(BytesIO(a.get_content()))
                im.load()
                if a.get_content_type() not in ("image/jpeg", "image/png"):
                    P("photo type")
            text = pdftotext(manifest[name]["source_pdf"])
        else:
            P("unknown format")
            continue
        N = norm(text)
        if not N:
            P("no text")
            continue
        # ---- fields
        for k in ("contact_name", "address", "postcode", "municipality", "country", "project_title", "requested_amount"):
            if k not in f:
                P(f"missing {k}")
        for k in ("organisation", "address", "municipality", "project_title"):
            if k in f and norm(f[k]) not in N:
                P(f"{k} not in document: {f[k]!r}")
        N2 = re.sub(r"Woumenweg 100,? 8600 Diksmuide", "", N)  # the coordinator's address does not count
        if f.get("postcode") and f"{f['postcode']} {f['municipality']}" not in N2:
            P("postcode+municipality not written together")
        if (f["postcode"], f["municipality"]) not in places:
            P("place not in list of real places")
        if f["country"] != ("BE" if len(f["postcode"]) == 4 else "FR"):
            P("country/postcode mismatch")
        cn = f["contact_name"]
        first, last = cn.split(" ", 1)
        if not any(x.lower() in N.lower() for x in (cn, f"{last} {first}")):
            P(f"contact_name not in document: {cn}")
        doc_emails = {e.lower().rstrip(".") for e in EMAIL.findall(N)} - {COORD}
        if "email" in f:
            if f["email"].lower() not in doc_emails and f["email"].lower() != frm.lower():
                P(f"email neither in document nor From: {f['email']}")
            if f["email"] == COORD:
                P("email is the coordinator's")
        else:
            extra = doc_emails - {frm.lower()}
            if extra:
                P(f"no email in truth but document states {extra}")
        ph = phones(N, f["country"])
        if "phone" in f:
            if f["phone"] not in ph:
                P(f"phone {f['phone']} not found (found {ph})")
            if f["phone"] in ("+3251000000",):
                P("phone is the coordinator's")
            if not re.fullmatch(r"\+(32\d{8,9}|33\d{9})", f["phone"]):
                P("phone not E.164")
        else:
            extra = ph - {"+3251000000"}
            if extra and fmt not in ("body_plain", "body_html"):
                P(f"no phone in truth but document has {extra}")
        am = amounts(N)
        for k in ("requested_amount", "total_budget"):
            if k in f:
                if not re.fullmatch(r"\d+\.\d\d", f[k]):
                    P(f"{k} format")
                elif Decimal(f[k]) not in am:
                    P(f"{k} {f[k]} not found in document amounts")
        if "total_budget" in f and Decimal(f["total_budget"]) < Decimal(f["requested_amount"]):
            P("requested > total")
        if Decimal(f["requested_amount"]) > 10000:
            P("requested above the call's maximum")
        if "Woumenweg" in f["address"]:
            P("address is the coordinator's")
        if guess_lang(N) != t["language"]:
            P(f"language looks like {guess_lang(N)}")
        # ---- optional OCR of the images
        if ocr and fmt in ("scan_pdf", "photo"):
            o = ocr_text(atts, fmt, t["language"])
            on = norm(o).lower()
            for k in ("address", "project_title", "postcode"):
                ocr_hits[1] += 1
                ocr_hits[0] += norm(f[k]).lower() in on
    for p in problems:
        print("PROBLEM", p)
    if ocr:
        print(f"OCR (information only): {ocr_hits[0]}/{ocr_hits[1]} of address/title/postcode values found verbatim")
    print(f"{len(items)} mails checked, {len(problems)} problems")
    return len(problems)


def ocr_text(atts, fmt, lang):
    tl = {"nl": "nld", "fr": "fra", "en": "eng"}[lang]
    out = []
    with tempfile.TemporaryDirectory() as td:
        for i, a in enumerate(atts):
            data = a.get_content()
            if fmt == "scan_pdf":
                p = os.path.join(td, "s.pdf")
                open(p, "wb").write(data)
                subprocess.run(["pdfimages", "-j", p, os.path.join(td, f"p{i}")], check=True)
            else:
                ext = "png" if a.get_content_type() == "image/png" else "jpg"
                open(os.path.join(td, f"p{i}-1.{ext}"), "wb").write(data)
        for fn in sorted(os.listdir(td)):
            if fn.startswith("p"):
                r = subprocess.run(["tesseract", os.path.join(td, fn), "-", "-l", tl], capture_output=True)
                out.append(r.stdout.decode("utf-8", "replace"))
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1], sys.argv[2], "--ocr" in sys.argv) else 0)
