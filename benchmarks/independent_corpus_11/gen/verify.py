#!/usr/bin/env python3
"""Check the c11 corpus with software other than the generator.

  python3 gen/verify.py            verify dev/ and test/
  python3 gen/verify.py --mutate   also change 5 truth values and require verify to catch all 5

Mail: Python's email; scans: pypdf + poppler (pdfimages -list, pdffonts, pdftotext); photos: Pillow;
fillable PDF: pypdf get_fields(); odt/docx/rtf/doc: soffice --headless --convert-to txt; HTML: the body.
Every truth value: its raw form (gen/sidecar) must be in the document (for images: in the strings that
were drawn) and must map to the truth value by the rules in README.md.
"""
import collections
import copy
import datetime
import email
import html as htmlmod
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from email import policy
from email.utils import getaddresses, parsedate_to_datetime

import pypdf
from PIL import Image

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAINS = ("example.org", "example.com", "example.net")
KEYS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
        "project_title", "requested_amount", "total_budget"]
EXPECT = {"scan_pdf": 14, "photo": 12, "pdf_form": 3, "docx_form": 3, "body_html": 2, "rtf": 2, "doc": 2, "odt": 2}


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = re.sub(r"[\u00a0\u2007\u202f\t\r\n ]+", " ", s)
    return s.strip()


# ------------------------------------------------------------ mapping rules (independent of gen/)
def amount(raw):
    s = raw.replace(",-", "")
    s = re.sub(r"[^\d.,\s]", " ", s)
    s = re.sub(r"(?<=\d)[\s]+(?=\d{3}\b)", "", s).strip()
    m = re.search(r"\d[\d.,]*", s)
    s = m.group(0).rstrip(".,")
    if re.search(r",\d{2}$", s):
        ip, dec = s[:-3], s[-2:]
    elif re.search(r"\.\d{2}$", s):
        ip, dec = s[:-3], s[-2:]
    else:
        ip, dec = s, "00"
    ip = ip.replace(".", "").replace(",", "")
    return f"{int(ip)}.{dec}"


def e164(raw, country):
    s = raw.replace("(0)", "")
    plus = s.strip().startswith("+")
    d = re.sub(r"\D", "", s)
    if plus:
        return "+" + d
    if d.startswith("00"):
        return "+" + d[2:]
    return {"BE": "+32", "FR": "+33"}[country] + d[1:]


CALL = re.compile(r"^(projectoproep\s+|appel à projets\s+)?[«\"“]?\s*Maak werk van je buurt\s*!?\s*[»\"”]?\s*[–-]\s*", re.I)


def title_from_subject(raw):
    s = re.sub(r"^(Betreft|Objet)\s*:\s*", "", norm(raw))
    s = CALL.sub("", s)
    return s.strip(" «»\"“”").strip()


def country_of(pc):
    if re.fullmatch(r"8\d{3}", pc):
        return "BE"
    if re.fullmatch(r"59\d{3}", pc):
        return "FR"
    return "?"


# ------------------------------------------------------------ documents
def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def office_texts(files):
    """files: {key: (bytes, ext)} → {key: text} via one soffice call."""
    out = {}
    with tempfile.TemporaryDirectory() as td:
        paths = []
        for k, (data, ext) in files.items():
            p = os.path.join(td, f"{k}.{ext}")
            open(p, "wb").write(data)
            paths.append(p)
        if paths:
            od = os.path.join(td, "txt")
            os.mkdir(od)
            run(["soffice", f"-env:UserInstallation=file://{td}/prof", "--headless", "--convert-to",
                 "txt:Text (encoded):UTF8", "--outdir", od] + paths, timeout=600)
            for k in files:
                p = os.path.join(od, f"{k}.txt")
                out[k] = open(p, encoding="utf-8-sig").read() if os.path.exists(p) else None
    return out


def check_magic(data, ext):
    if ext == "doc":
        return data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    if ext == "rtf":
        return data[:5] == b"{\\rtf"
    if ext in ("docx", "odt"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            return False
        if ext == "docx":
            return "word/document.xml" in z.namelist()
        return z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    return False


def scan_checks(data, err):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        n = len(pypdf.PdfReader(f.name).pages)
        if not 1 <= n <= 2:
            err(f"scan has {n} pages")
        lines = run(["pdfimages", "-list", f.name]).stdout.splitlines()[2:]
        per = collections.Counter(int(l.split()[0]) for l in lines if l.strip())
        if [per.get(p, 0) for p in range(1, n + 1)] != [1] * n:
            err(f"images per page {dict(per)}")
        for l in lines:
            c = l.split()
            if c[2] != "image" or c[8] != "jpeg":
                err("image not a JPEG: " + l)
            if int(c[12]) not in (199, 200, 201, 299, 300, 301):
                err("dpi " + c[12])
        fonts = run(["pdffonts", f.name]).stdout.splitlines()[2:]
        if fonts:
            err(f"fonts in scan: {fonts}")
        if run(["pdftotext", f.name, "-"]).stdout.strip():
            err("scan has a text layer")
    return n


def addr_ok(a):
    return a.lower().endswith(tuple("@" + d for d in DOMAINS))


def verify(half, truth, sidecars, quiet=False):
    errors = []
    docs = {}
    office = {}
    for t in truth:
        fn = t["file"]
        E = lambda msg, field=None, fn=fn: errors.append((fn, field, msg))
        side = sidecars[fn]
        raw_bytes = open(os.path.join(ROOT, half, fn), "rb").read()
        m = email.message_from_bytes(raw_bytes, policy=policy.default)
        if [a for _, a in getaddresses([m["To"]])] != ["coordinator@example.org"]:
            E("To is not coordinator@example.org")
        d = parsedate_to_datetime(m["Date"])
        if not (datetime.datetime(2019, 5, 1, tzinfo=datetime.timezone.utc) - datetime.timedelta(hours=3) <= d <=
                datetime.datetime(2019, 6, 15, 23, 59, 59, tzinfo=datetime.timezone.utc)):
            E(f"Date out of range {m['Date']}")
        for h in ("From", "To", "Cc", "Reply-To"):
            for _, a in getaddresses(m.get_all(h, [])):
                if not addr_ok(a):
                    E(f"{h} address {a} not in example domains")
        frm = getaddresses([m["From"]])[0][1].lower()
        fmt = t["format"]
        if fmt != side["format"] or t["language"] != side["language"]:
            E("format/language differ from sidecar")
        atts = list(m.iter_attachments())
        text = ""
        if fmt == "body_html":
            if m.get_content_type() == "text/plain" or m.get_body(preferencelist=("plain",)) is not None:
                E("body_html mail has a text/plain part")
            b = m.get_body(preferencelist=("html",))
            h = b.get_content()
            text = htmlmod.unescape(re.sub(r"<[^>]+>", " ", h))
        else:
            if not atts:
                E("no attachment")
                continue
            a0 = atts[0]
            data = a0.get_content()
            if fmt == "scan_pdf":
                scan_checks(data, E)
                text = "\n".join(s for pg in side["drawn_strings"] for s in pg)
            elif fmt == "photo":
                im = Image.open(io.BytesIO(data))
                im.load()
                if im.format not in ("JPEG", "PNG") or not (800 <= im.size[0] <= 1300 and 1100 <= im.size[1] <= 1700):
                    E(f"photo {im.format} {im.size}")
                text = "\n".join(s for pg in side["drawn_strings"] for s in pg)
            elif fmt == "pdf_form":
                rd = pypdf.PdfReader(io.BytesIO(data))
                fields = rd.get_fields() or {}
                vals = [str(v.get("/V", "")) for v in fields.values()]
                if len([v for v in vals if v]) < 6:
                    E("fillable PDF has too few filled fields")
                for k in fields:
                    if re.search(r"(naam|name|nom|email|mail|phone|tel|adres|title|titre|bedrag|montant)", k, re.I):
                        E(f"meaningful field name {k}")
                text = "\n".join(vals)
            else:
                ext = {"docx_form": "docx", "rtf": "rtf", "doc": "doc", "odt": "odt"}[fmt]
                if not check_magic(data, ext):
                    E(f"not a real {ext}")
                office[fn] = (data, ext)
        for a in atts[1:]:
            if a.get_content_type() != "image/jpeg":
                E("second attachment is not a JPEG photo")
        # addresses mentioned in the text and the body
        body = m.get_body(preferencelist=("plain", "html"))
        alltext = (body.get_content() if body else "") + "\n" + text
        for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", alltext):
            if not addr_ok(a):
                E(f"address {a} not in example domains")
        docs[fn] = [text, frm]
    if office:
        for fn, txt in office_texts(office).items():
            if txt is None:
                errors.append((fn, None, "soffice could not read the document"))
                txt = ""
            docs[fn][0] = txt
    for t in truth:
        fn = t["file"]
        if fn not in docs:
            continue
        text, frm = docs[fn]
        side = sidecars[fn]
        raw = side["raw"]
        caps = raw.get("caps", False)
        fold = (lambda s: norm(s).casefold()) if caps else norm
        T = fold(text)
        f = t["fields"]
        E = lambda msg, field, fn=fn: errors.append((fn, field, msg))

        def present(field, r):
            if r is None or fold(r) not in T:
                E(f"raw {r!r} not in document", field)
                return False
            return True

        eq = (lambda a, b: norm(a).casefold() == norm(b).casefold()) if caps else (lambda a, b: norm(a) == norm(b))
        for k in f:
            if k not in KEYS:
                E("unknown key", k)
        # organisation
        if raw.get("organisation"):
            if present("organisation", raw["organisation"]) and not eq(raw["organisation"], f.get("organisation", "")):
                E(f"organisation {f.get('organisation')!r} != raw {raw['organisation']!r}", "organisation")
        elif "organisation" in f:
            E("organisation in truth but none in document", "organisation")
        # contact
        if present("contact_name", raw["contact_name"]):
            if sorted(norm(raw["contact_name"]).casefold().split()) != sorted(norm(f.get("contact_name", "")).casefold().split()):
                E(f"contact_name {f.get('contact_name')!r} != raw {raw['contact_name']!r}", "contact_name")
        # email
        if raw.get("email"):
            if present("email", raw["email"]) and raw["email"].lower() != f.get("email"):
                E(f"email {f.get('email')!r} != raw {raw['email']!r}", "email")
        else:
            if f.get("email") != frm:
                E(f"email {f.get('email')!r} != From {frm!r} (document has none)", "email")
            if re.search(r"[\w.+-]+@example\.(org|com|net)", text or "") and side["format"] != "body_html":
                E("document holds an address but email_source is 'from'", "email")
        # phone
        if present("phone", raw["phone"]) and e164(raw["phone"], f.get("country", "?")) != f.get("phone"):
            E(f"phone {f.get('phone')!r} != e164({raw['phone']!r})", "phone")
        if not re.fullmatch(r"\+3[23]\d{8,9}", f.get("phone", "")):
            E("phone not E.164 BE/FR", "phone")
        # address
        if present("address", raw["address"]) and not eq(raw["address"], f.get("address", "")):
            E(f"address {f.get('address')!r} != raw {raw['address']!r}", "address")
        if present("postcode", raw["postcode"]):
            pc = re.search(r"\b\d{4,5}\b", raw["postcode"]).group(0)
            if pc != f.get("postcode"):
                E(f"postcode {f.get('postcode')!r} != {pc!r}", "postcode")
            if country_of(pc) != f.get("country"):
                E(f"country {f.get('country')!r} != {country_of(pc)!r}", "country")
        if present("municipality", raw["municipality"]):
            mu = norm(re.sub(r"^\s*\d{4,5}\s*", "", raw["municipality"]))
            if not eq(mu, f.get("municipality", "")):
                E(f"municipality {f.get('municipality')!r} != {mu!r}", "municipality")
        # title
        if present("project_title", raw["project_title"]):
            tt = title_from_subject(raw["project_title"]) if raw["title_source"] == "subject" else raw["project_title"]
            if not eq(tt, f.get("project_title", "")):
                E(f"project_title {f.get('project_title')!r} != {tt!r}", "project_title")
        # money
        if raw.get("requested"):
            if present("requested_amount", raw["requested"]) and amount(raw["requested"]) != f.get("requested_amount"):
                E(f"requested {f.get('requested_amount')!r} != {amount(raw['requested'])!r}", "requested_amount")
        else:
            ok = present("requested_amount", raw.get("total")) & present("requested_amount", raw.get("own"))
            if ok:
                v = f"{float(amount(raw['total'])) - float(amount(raw['own'])):.2f}"
                if v != f.get("requested_amount"):
                    E(f"requested {f.get('requested_amount')!r} != total-own {v!r}", "requested_amount")
        ra = f.get("requested_amount", "")
        if not re.fullmatch(r"\d+\.\d{2}", ra) or float(ra) > 10000:
            E("requested_amount not a 2-decimal string <= 10000", "requested_amount")
        if raw.get("total"):
            if present("total_budget", raw["total"]) and amount(raw["total"]) != f.get("total_budget"):
                E(f"total {f.get('total_budget')!r} != {amount(raw['total'])!r}", "total_budget")
        elif "total_budget" in f:
            E("total_budget in truth but no total in document", "total_budget")
    return errors


def load(half):
    truth = [json.loads(l) for l in open(os.path.join(ROOT, half, "truth.jsonl"), encoding="utf-8")]
    side = {t["file"]: json.load(open(os.path.join(ROOT, "gen", "sidecar", half, t["file"][:-4] + ".json"), encoding="utf-8"))
            for t in truth}
    return truth, side


def makeup(truth, side):
    return collections.Counter((t["format"], side[t["file"]]["sub_kind"], t["language"]) for t in truth)


def mutate(truth, rng):
    t2 = copy.deepcopy(truth)
    picks = []
    keys = ["phone", "requested_amount", "postcode", "contact_name", "project_title"]
    idx = rng.sample(range(len(t2)), 5)
    for i, k in zip(idx, keys):
        f = t2[i]["fields"]
        if k == "phone":
            f[k] = f[k][:-1] + str((int(f[k][-1]) + 1) % 10)
        elif k == "requested_amount":
            f[k] = f"{float(f[k]) - 50:.2f}"
        elif k == "postcode":
            f[k] = f[k][:-1] + str((int(f[k][-1]) + 1) % 10)
        elif k == "contact_name":
            f[k] = f[k].split()[0] + " Janssens"
        else:
            f[k] = f[k] + " 2020"
        picks.append((t2[i]["file"], k))
    return t2, picks


def main():
    total_err = 0
    mk = {}
    counts = {}
    for half in ("dev", "test"):
        truth, side = load(half)
        files = sorted(x for x in os.listdir(os.path.join(ROOT, half)) if x.endswith(".eml"))
        if files != sorted(t["file"] for t in truth) or len(files) != 40:
            print(f"{half}: files and truth.jsonl differ or not 40 files")
            total_err += 1
        c = collections.Counter(t["format"] for t in truth)
        if dict(c) != EXPECT:
            print(f"{half}: formats {dict(c)} != {EXPECT}")
            total_err += 1
        mk[half] = makeup(truth, side)
        counts[half] = (dict(c), dict(collections.Counter(t["language"] for t in truth)))
        errs = verify(half, truth, side)
        for e in errs:
            print(half, *e)
        total_err += len(errs)
        print(f"{half}: {len(truth)} mails, {sum(len(t['fields']) for t in truth)} truth values checked, {len(errs)} errors")
        print(f"{half}: formats {counts[half][0]} languages {counts[half][1]}")
    if mk["dev"] != mk["test"]:
        print("make-up of dev and test differ")
        total_err += 1
    size = 0
    for dp, _, fs in os.walk(ROOT):
        for x in fs:
            size += os.path.getsize(os.path.join(dp, x))
    print(f"corpus size {size / 1e6:.2f} MB")
    if size > 12e6:
        print("corpus over 12 MB")
        total_err += 1
    if "--mutate" in sys.argv:
        rng = random.Random(5)
        truth, side = load("dev")
        t2, picks = mutate(truth, rng)
        errs = verify("dev", t2, side)
        caught = {(fn, fld) for fn, fld, _ in errs}
        miss = [p for p in picks if p not in caught]
        extra = [e for e in errs if (e[0], e[1]) not in set(picks)]
        print(f"mutation test: changed {picks}")
        print(f"mutation test: caught {len(picks) - len(miss)}/5, other errors {len(extra)}")
        if miss or extra:
            total_err += 1
    print("VERIFY OK" if total_err == 0 else f"VERIFY FAILED ({total_err})")
    sys.exit(0 if total_err == 0 else 1)


if __name__ == "__main__":
    main()
