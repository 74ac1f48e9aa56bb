"""Structural checks for corpus 19: python gen/verify.py"""
import collections, email, io, json, os, re, sys, zipfile
from email import policy
from pypdf import PdfReader

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECT = {"pdf_form": 4, "docx_form": 3, "odt_form": 2, "xlsx_form": 1, "scan_pdf": 4, "photo": 4, "body_plain": 1, "docx_letter": 1}
KEYS = {"organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
        "project_title", "requested_amount", "total_budget"}
REQ = KEYS - {"organisation", "total_budget"}
DOM = re.compile(r"@(example\.(org|net|com))\b", re.I)
errors = []


def err(m):
    errors.append(m)


for half in ("dev", "test"):
    d = os.path.join(ROOT, half)
    truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
    names = [t["file"] for t in truth]
    if sorted(names) != files or len(set(names)) != len(names) or len(files) != 20:
        err(f"{half}: truth/files mismatch")
    if files != [f"c19-{half}-{i:03d}.eml" for i in range(1, 21)]:
        err(f"{half}: file names")
    cnt = collections.Counter(t["format"] for t in truth)
    if dict(cnt) != EXPECT:
        err(f"{half}: format counts {dict(cnt)}")
    langs = collections.Counter(t["language"] for t in truth)
    if langs != {"nl": 10, "fr": 10}:
        err(f"{half}: languages {langs}")
    for t in truth:
        fn = t["file"]; raw = open(os.path.join(d, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f"{fn}: non-CRLF line end")
        m = email.message_from_bytes(raw, policy=policy.default)
        if m["To"] != "coordinator@example.org":
            err(f"{fn}: To")
        for h in ("From", "To", "Reply-To", "Cc"):
            for a in re.findall(r"[\w.+-]+@[\w.-]+", str(m.get(h, ""))):
                if not DOM.search(a):
                    err(f"{fn}: non-example address {a}")
        dt = email.utils.parsedate_to_datetime(m["Date"])
        if not (dt.year == 2019 and (4, 1) <= (dt.month, dt.day) <= (6, 15)):
            err(f"{fn}: date {dt}")
        f = t["fields"]
        if set(f) - KEYS or REQ - set(f):
            err(f"{fn}: field keys {sorted(f)}")
        if not re.fullmatch(r"\+(32\d{8,9}|33\d{9})", f.get("phone", "")):
            err(f"{fn}: phone {f.get('phone')}")
        if f.get("email") != f.get("email", "").lower() or not DOM.search(f.get("email", "")):
            err(f"{fn}: email {f.get('email')}")
        for k in ("requested_amount", "total_budget"):
            if k in f and not re.fullmatch(r"\d+\.\d\d", f[k]):
                err(f"{fn}: {k} {f[k]}")
        if float(f["requested_amount"]) > 10000:
            err(f"{fn}: requested > 10000")
        if "total_budget" in f and float(f["total_budget"]) < float(f["requested_amount"]):
            err(f"{fn}: total < requested")
        if f["country"] not in ("BE", "FR") or not re.fullmatch(r"\d{4}" if f["country"] == "BE" else r"\d{5}", f["postcode"]):
            err(f"{fn}: country/postcode")
        if f["contact_name"] != " ".join(w[:1].upper() + w[1:] for w in f["contact_name"].split(" ")):
            err(f"{fn}: contact_name capitalisation")
        atts = list(m.iter_attachments())
        fmt = t["format"]
        if fmt == "body_plain":
            if atts:
                err(f"{fn}: body_plain with attachment")
            continue
        if len(atts) != 1:
            err(f"{fn}: expected one attachment"); continue
        data = atts[0].get_content()
        if fmt in ("pdf_form", "scan_pdf"):
            rd = PdfReader(io.BytesIO(data))
            if fmt == "pdf_form":
                flds = rd.get_fields() or {}
                filled = [k for k, v in flds.items() if v.get("/FT") == "/Tx" and v.get("/V")]
                if len(filled) < 8:
                    err(f"{fn}: only {len(filled)} filled text fields")
                for a in rd.pages[0].get("/Annots", []):
                    a = a.get_object()
                    if a.get("/FT") == "/Tx" and a.get("/V") and "/AP" not in a:
                        err(f"{fn}: filled widget without appearance stream")
            else:
                txt = "".join((p.extract_text() or "") for p in rd.pages).strip()
                fonts = any("/Font" in (p.get("/Resources") or {}) for p in rd.pages)
                if txt or fonts:
                    err(f"{fn}: scan PDF has a text layer")
        elif fmt == "photo":
            from PIL import Image
            im = Image.open(io.BytesIO(data))
            if im.format != "JPEG" or 272 not in im.getexif():
                err(f"{fn}: photo not JPEG with EXIF model")
        elif fmt == "odt_form":
            z = zipfile.ZipFile(io.BytesIO(data)); first = z.infolist()[0]
            if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
                err(f"{fn}: odt mimetype not stored first")
        elif fmt in ("docx_form", "docx_letter", "xlsx_form"):
            zipfile.ZipFile(io.BytesIO(data)).testzip()

size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(ROOT) for f in fs)
if size > 5 * 1024 * 1024:
    err(f"folder size {size} > 5 MB")
print(f"size: {size} bytes")
for e in errors:
    print("FAIL", e)
n = 40
print(f"{n - len(set(e.split(':')[0] for e in errors if e.startswith('c19')))} passed, {len(errors)} failed")
sys.exit(1 if errors else 0)
