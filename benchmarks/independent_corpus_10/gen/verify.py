"""Read corpus 10 back with other software and check every truth value against its document.
Run: .venv/bin/python gen/verify.py          (prints the problems and a last line "N problems")

- mails: Python's email package (policy.default)
- scan PDFs: pypdf (pages, no text, no fonts, images decode) + pdftotext/pdffonts/pdfimages (poppler);
  what the scan draws is checked against gen/sidecar (the strings put on the page)
- photos: Pillow decodes them; text from the sidecar
- odt/docx: soffice --headless --convert-to txt
- fillable PDF forms: pypdf get_fields (values) + pdftotext (printed labels)
- body_plain: the mail's text/plain body
"""
import email
import email.policy
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from datetime import datetime, timezone
from decimal import Decimal

from PIL import Image
import pypdf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAKEUP = {"scan_pdf": 10, "photo": 8, "odt_form": 3, "docx_letter": 3, "body_plain": 3, "pdf_form": 3}
problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def parse_amount(raw, lang):
    s = raw.replace("EUR", "").replace("euros", "").replace("euro", "").replace("€", "").strip()
    s = s.rstrip("-").strip()
    if s.endswith(","):
        s = s[:-1]
    if lang == "en":
        s = s.replace(",", "")
    else:
        s = s.replace(" ", "")
        if re.search(r",\d{2}$", s):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(".", "").replace(",", "")
    s = s.replace(" ", "")
    return Decimal(s).quantize(Decimal("0.01"))


def e164(raw, country):
    s = raw.replace("(0)", "")
    plus = s.strip().startswith("+")
    d = re.sub(r"\D", "", s)
    if plus:
        return "+" + d
    if d.startswith("00"):
        return "+" + d[2:]
    return ("+32" if country == "BE" else "+33") + d[1:]


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def soffice_txt(paths):
    out = {}
    if not paths:
        return out
    with tempfile.TemporaryDirectory() as td:
        prof = "file://" + os.path.join(td, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "txt:Text",
                        "--outdir", td] + paths, capture_output=True, timeout=300)
        for p in paths:
            t = os.path.join(td, os.path.splitext(os.path.basename(p))[0] + ".txt")
            if os.path.exists(t):
                out[p] = open(t, encoding="utf-8", errors="replace").read()
    return out


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def main():
    tmp = tempfile.mkdtemp(prefix="c10v")
    total_files = 0
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        truths = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8")]
        names = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        exp = [f"c10-{half}-{i:03d}.eml" for i in range(1, 31)]
        if names != exp:
            bad(half, "file names are not 001..030")
        if sorted(t["file"] for t in truths) != exp:
            bad(half, "truth.jsonl does not list 001..030 once each")
        cnt = Counter(t["format"] for t in truths)
        if dict(cnt) != MAKEUP:
            bad(half, f"make-up {dict(cnt)}")
        langs = Counter(t["language"] for t in truths)
        if not (12 <= langs["nl"] <= 18 and 12 <= langs["fr"] <= 18 and langs["en"] <= 2):
            bad(half, f"languages {dict(langs)}")
        office = []
        docs = {}
        for t in truths:
            f = t["file"]
            total_files += 1
            side = json.load(open(os.path.join(ROOT, "gen", "sidecar", half, f.replace(".eml", ".json")), encoding="utf-8"))
            msg = email.message_from_bytes(open(os.path.join(d, f), "rb").read(), policy=email.policy.default)
            if "coordinator@example.org" not in msg["To"]:
                bad(f, "To")
            dtm = msg["Date"].datetime
            if not (datetime(2019, 5, 1, tzinfo=timezone.utc) <= dtm <= datetime(2019, 6, 16, tzinfo=timezone.utc)):
                bad(f, f"date {dtm}")
            frm = msg["From"].addresses[0].addr_spec
            body = msg.get_body(("plain",)).get_content()
            atts = list(msg.iter_attachments())
            rec = {"t": t, "side": side, "from": frm, "body": body, "text": "", "half": half}
            fmt = t["format"]
            main_att = None
            for a in atts:
                fn = a.get_filename() or ""
                ct = a.get_content_type()
                data = a.get_content()
                if fmt == "photo" and ct.startswith("image/") and (fn.startswith("IMG_2019") or fn.startswith("Screenshot_")):
                    main_att = (fn, ct, data)
                elif fmt != "photo" and not ct.startswith("image/"):
                    main_att = (fn, ct, data)
                elif ct.startswith("image/"):  # site photo
                    try:
                        Image.open(io.BytesIO(data)).load()
                    except Exception as e:
                        bad(f, f"site photo does not decode: {e}")
            if fmt == "body_plain":
                if main_att:
                    bad(f, "body_plain has a document attachment")
                rec["text"] = body
            elif not main_att:
                bad(f, "no document attachment")
                continue
            else:
                fn, ct, data = main_att
                p = os.path.join(tmp, f"{half}-{f}-" + re.sub(r"[^A-Za-z0-9._-]", "_", fn))
                open(p, "wb").write(data)
                if fmt == "scan_pdf":
                    rd = pypdf.PdfReader(p)
                    if not 1 <= len(rd.pages) <= 2:
                        bad(f, f"{len(rd.pages)} pages")
                    for pg in rd.pages:
                        if (pg.extract_text() or "").strip():
                            bad(f, "scan has a text layer")
                        res = pg.get("/Resources") or {}
                        if "/Font" in res:
                            bad(f, "scan has fonts")
                        ims = pg.images
                        if len(ims) != 1:
                            bad(f, f"{len(ims)} images on a page")
                        for im in ims:
                            im.image.load()
                    if run(["pdftotext", p, "-"]).strip():
                        bad(f, "pdftotext finds text")
                    if len(run(["pdffonts", p]).strip().splitlines()) > 2:
                        bad(f, "pdffonts lists fonts")
                    lst = run(["pdfimages", "-list", p]).splitlines()[2:]
                    for ln in lst:
                        c = ln.split()
                        if c[8] != "jpeg" or c[12] not in ("200", "300"):
                            bad(f, f"image not JPEG at 200/300 dpi: {ln}")
                    rec["text"] = "\n".join("\n".join(pg) for pg in side["pages"])
                elif fmt == "photo":
                    im = Image.open(p)
                    im.load()
                    if im.format not in ("JPEG", "PNG") or min(im.size) < 900:
                        bad(f, f"photo {im.format} {im.size}")
                    rec["text"] = "\n".join("\n".join(pg) for pg in side["pages"])
                elif fmt == "pdf_form":
                    rd = pypdf.PdfReader(p)
                    fields = rd.get_fields() or {}
                    if not fields or not all(re.match(r"(Text|veld|champ)\d+$", k) for k in fields):
                        bad(f, f"form field names {list(fields)[:4]}")
                    vals = [str(v.get("/V", "")) for v in fields.values()]
                    rec["text"] = "\n".join(vals) + "\n" + run(["pdftotext", p, "-"])
                    if not [v for v in vals if v.strip()]:
                        bad(f, "form not filled")
                else:
                    office.append(p)
                    rec["path"] = p
            docs[f] = rec
        conv = soffice_txt(office)
        for f, rec in docs.items():
            if "path" in rec:
                rec["text"] = conv.get(rec["path"], "")
                if not rec["text"].strip():
                    bad(f, "soffice gave no text")
            check(f, rec)
    print(f"{total_files} mails checked")
    for p in problems:
        print(p)
    total = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fns in os.walk(ROOT)
                for fn in fns if ".venv" not in dp)
    print(f"corpus size (without .venv): {total / 1e6:.1f} MB")
    if total > 12e6:
        print("size over 12 MB")
        problems.append("size")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


DOMAINS = ("example.org", "example.com", "example.net")


def check(f, rec):
    t, side = rec["t"], rec["side"]
    lang = t["language"]
    F = t["fields"]
    raw = side["raw"]
    text = ws(rec["text"])
    folded = fold(text)
    # every address anywhere in the mail or document is invented
    for a in re.findall(r"[\w.+-]+@[\w.-]+\.\w+", rec["text"] + "\n" + rec["body"] + "\n" + rec["from"]):
        if not a.lower().rstrip(".").endswith(DOMAINS):
            bad(f, f"address outside example domains: {a}")

    def present(s, case=True):
        s = ws(s)
        return (s in text) if case else (fold(s) in folded)

    for k, v in F.items():
        r = raw.get(k)
        if k == "country":
            pc = F["postcode"]
            if not ((v == "BE" and re.fullmatch(r"8\d{3}", pc)) or (v == "FR" and re.fullmatch(r"59\d{3}", pc))):
                bad(f, f"country {v} vs postcode {pc}")
            continue
        if r is None:
            bad(f, f"{k}: no raw form in sidecar")
            continue
        if k == "email":
            if r.startswith("FROM:"):
                if v != rec["from"] or r[5:] != v:
                    bad(f, f"email {v} should be the From address {rec['from']}")
                if v in rec["text"]:
                    pass
            else:
                if not present(r) or r != v:
                    bad(f, f"email {v} not in document")
            if not v.endswith(DOMAINS):
                bad(f, f"email domain {v}")
            continue
        if k == "requested_amount" and r.startswith("DERIVED:"):
            tot, own = r[8:].split("|")
            if not (present(tot) and present(own)):
                bad(f, f"derived amount parts not in document: {tot} / {own}")
            if parse_amount(tot, lang) - parse_amount(own, lang) != Decimal(v):
                bad(f, f"requested {v} != {tot} - {own}")
            continue
        if k == "contact_name":
            if not present(r, case=False):
                bad(f, f"contact name {r!r} not in document")
            if sorted(fold(r).split()) != sorted(fold(v).split()):
                bad(f, f"contact name {r!r} does not map to {v!r}")
            continue
        if not present(r):
            bad(f, f"{k}: {r!r} not in document")
        if k == "phone":
            if e164(r, F["country"]) != v:
                bad(f, f"phone {r!r} -> {e164(r, F['country'])} != {v}")
            if not re.fullmatch(r"\+(32\d{8,9}|33\d{9})", v):
                bad(f, f"phone not E.164: {v}")
        elif k in ("requested_amount", "total_budget"):
            try:
                if parse_amount(r, lang) != Decimal(v):
                    bad(f, f"{k} {r!r} -> {parse_amount(r, lang)} != {v}")
            except Exception as e:
                bad(f, f"{k} {r!r} does not parse: {e}")
            if not re.fullmatch(r"\d+\.\d{2}", v):
                bad(f, f"{k} not two decimals: {v}")
        elif r != v:
            bad(f, f"{k}: raw {r!r} != truth {v!r}")
    if Decimal(F["requested_amount"]) > 10000:
        bad(f, "requested over 10000")
    own = raw.get("own_contribution")
    if own:
        if not present(own):
            bad(f, f"own contribution {own!r} not in document")
        if "total_budget" in F and Decimal(F["total_budget"]) - parse_amount(own, lang) != Decimal(F["requested_amount"]):
            bad(f, "requested != total - own")
    # the coordinator's phone in a quoted reply is never the truth
    if "phone" in F and F["phone"] in ("+3251551234", "+32471203040"):
        bad(f, "truth phone is the coordinator's")


if __name__ == "__main__":
    sys.exit(main())
