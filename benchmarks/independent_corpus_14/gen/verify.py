"""Structural checks for corpus 14.

    python gen/verify.py

- every mail parses, has CRLF line ends only, no line over 998 octets, < 2 MB;
- every attachment opens with its own library (openpyxl, odfpy, csv, python-docx,
  pypdf, Pillow, zipfile), recursively inside zip files;
- the zip name-encoding cases are present (UTF-8 flag with folder; cp437 without flag);
- truth.jsonl has the right shape, one line per mail;
- every truth amount occurs in the mail's own material (body, sheet cells / cached or
  recomputed formula values, document text, PDF form fields or page content); for the
  image-only mails (scan, photo) against the text the generator drew, since images are
  not read back;
- other truth fields are looked up in the material too (reported as notes);
- make-up per half and total size.
"""
import csv
import email
import html
import io
import json
import os
import re
import sys
import zipfile
import zlib
from decimal import Decimal
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import openpyxl  # noqa: E402
import docx  # noqa: E402
import pypdf  # noqa: E402
from PIL import Image  # noqa: E402
from odf.opendocument import load as odf_load  # noqa: E402

from common import money  # noqa: E402

MAKEUP = {"xlsx_form": 3, "ods_form": 2, "body_with_sheet": 4, "zip_bundle": 2, "pdf_form": 1, "docx_form": 1,
          "docx_letter": 1, "pdf_letter": 1, "body_plain": 2, "body_html": 1, "scan_pdf": 1, "photo": 1}
FIELDS = {"organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"}
ALLOWED_DOMAINS = {"example.org", "example.net", "example.com"}

errors, notes = [], []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def note(f, msg):
    notes.append(f"{f}: {msg}")


class Material:
    def __init__(self):
        self.texts = []
        self.numbers = set()
        self.kinds = []
        self.zip_flags = []  # (has_folder, has_nonascii, utf8_flag)

    def text(self):
        return "\n".join(self.texts)


# ------------------------------------------------------------------ readers

def read_xlsx(b, mat, where):
    wb_f = openpyxl.load_workbook(io.BytesIO(b), data_only=False)
    wb_v = openpyxl.load_workbook(io.BytesIO(b), data_only=True)
    mat.kinds.append("xlsx")
    for ws_f in wb_f.worksheets:
        ws_v = wb_v[ws_f.title]
        formulas = {}
        for row in ws_f.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, str) and v.startswith("="):
                    formulas[c.coordinate] = v
                    cached = ws_v[c.coordinate].value
                    if cached is not None:
                        mat.numbers.add(Decimal(str(cached)).quantize(Decimal("0.01")))
                elif isinstance(v, (int, float)):
                    mat.numbers.add(Decimal(str(v)).quantize(Decimal("0.01")))
                    if isinstance(v, int):
                        mat.texts.append(str(v))
                else:
                    mat.texts.append(str(v))
        # recompute formulas that have no cached value (SUM, a-b, a-SUM, refs)
        missing = [k for k in formulas if ws_v[k].value is None]
        if missing:
            note(where, f"sheet {ws_f.title!r}: {len(missing)} formula(s) without cached value, recomputed")
        for k in missing:
            val = eval_formula(formulas[k], ws_f, wb_f, formulas)
            if val is not None:
                mat.numbers.add(val.quantize(Decimal("0.01")))


def _num(ws, ref, wb, formulas, depth=0):
    if "!" in ref:
        sname, r = ref.split("!")
        ws = wb[sname.strip("'")]
        ref = r
    v = ws[ref].value
    if isinstance(v, str) and v.startswith("=") and depth < 5:
        return eval_formula(v, ws, wb, formulas, depth + 1)
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    return None


def eval_formula(f, ws, wb, formulas, depth=0):
    expr = f[1:]
    def rng(m):
        a, b = m.group(1), m.group(2)
        ca, ra = re.match(r"([A-Z]+)(\d+)", a).groups()
        cb, rb = re.match(r"([A-Z]+)(\d+)", b).groups()
        tot = Decimal(0)
        for r in range(int(ra), int(rb) + 1):
            x = _num(ws, f"{ca}{r}", wb, formulas, depth)
            tot += x or 0
        return str(tot)
    expr = re.sub(r"SUM\(([A-Z]+\d+):([A-Z]+\d+)\)", rng, expr)
    expr = re.sub(r"((?:'[^']+'|[A-Za-z]+)![A-Z]+\d+|(?<![A-Za-z])[A-Z]+\d+)",
                  lambda m: str(_num(ws, m.group(1), wb, formulas, depth) or 0), expr)
    if re.fullmatch(r"[\d.\s+\-]+", expr):
        return Decimal(eval(expr))  # only digits and +/- remain
    return None


def read_ods(b, mat, where):
    doc = odf_load(io.BytesIO(b))
    assert doc.mimetype == "application/vnd.oasis.opendocument.spreadsheet"
    z = zipfile.ZipFile(io.BytesIO(b))
    first = z.infolist()[0]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
        err(where, "ods: mimetype is not the first, stored member")
    content = z.read("content.xml").decode("utf-8")
    mat.kinds.append("ods")
    for v in re.findall(r'office:value="([0-9.\-]+)"', content):
        mat.numbers.add(Decimal(v).quantize(Decimal("0.01")))
    for t in re.findall(r"<text:p>(.*?)</text:p>", content):
        mat.texts.append(html.unescape(t))
    if 'table:formula=' in content and not re.search(r'table:formula="[^"]+"[^>]*office:value=', content):
        err(where, "ods: formula cell without office:value")


def read_csv(b, mat, where):
    if b.startswith(b"\xef\xbb\xbf"):
        text = b[3:].decode("utf-8")
        enc = "utf-8 BOM"
    else:
        text = b.decode("cp1252")
        enc = "cp1252"
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    if not rows or max(len(r) for r in rows) < 2:
        err(where, "csv: not ';' separated")
    if "\r\n" not in text:
        err(where, "csv: no CRLF")
    mat.kinds.append(f"csv({enc})")
    mat.texts.append(text)


def read_docx(b, mat, where):
    d = docx.Document(io.BytesIO(b))
    mat.kinds.append("docx")
    for p in d.paragraphs:
        mat.texts.append(p.text)
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                mat.texts.append(c.text)


def _pdf_strings(data):
    """Literal strings of a content stream, escapes resolved (our PDFs use
    standard fonts with WinAnsi encoding)."""
    out = []
    for m in re.finditer(rb"\((?:\\.|[^\\)])*\)", data, re.S):
        s = m.group(0)[1:-1]
        s = re.sub(rb"\\([0-7]{1,3})", lambda x: bytes([int(x.group(1), 8)]), s)
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252", "replace"))
    return out


def read_pdf(b, mat, where, manifest_entry=None):
    r = pypdf.PdfReader(io.BytesIO(b))
    n = len(r.pages)
    mat.kinds.append(f"pdf({n}p)")
    fields = r.get_fields() or {}
    for k, v in fields.items():
        if v.get("/V"):
            mat.texts.append(str(v.get("/V")))
    image_only = True
    for page in r.pages:
        cont = page.get_contents()
        data = cont.get_data() if cont is not None else b""
        strings = _pdf_strings(data)
        if strings:
            image_only = False
        # join per text object so that one line of text stays one string
        mat.texts.append(" ".join(strings))
        mat.texts.append("".join(strings))
        res = page.get("/Resources") or {}
        xo = res.get("/XObject") or {}
        for name in xo:
            o = xo[name].get_object()
            if o.get("/Subtype") == "/Image" and o.get("/Filter") not in ("/DCTDecode", ["/DCTDecode"]):
                note(where, f"image {name} is not a JPEG stream")
    if fields:
        mat.kinds.append("acroform")
    if image_only:
        mat.kinds.append("image-only")


def read_image(b, mat, where, name):
    im = Image.open(io.BytesIO(b))
    im.verify()
    im = Image.open(io.BytesIO(b))
    mat.kinds.append(f"{im.format.lower()}({im.size[0]}x{im.size[1]})")
    if im.format == "JPEG":
        ex = im.getexif()
        if ex.get(0x0112, 1) != 1:
            note(where, f"{name}: EXIF orientation {ex.get(0x0112)} (stored sideways)")


def read_zip(b, mat, where):
    z = zipfile.ZipFile(io.BytesIO(b))
    bad = z.testzip()
    if bad:
        err(where, f"zip member {bad} is corrupt")
    infos = z.infolist()
    has_folder = any(i.filename.endswith("/") or "/" in i.filename for i in infos)
    nonascii = any(any(ord(c) > 127 for c in i.filename) for i in infos)
    utf8 = all(i.flag_bits & 0x800 for i in infos if any(ord(c) > 127 for c in i.filename)) if nonascii else None
    mat.zip_flags.append((has_folder, nonascii, utf8))
    mat.kinds.append(f"zip[{'folder,' if has_folder else ''}{'utf8' if utf8 else 'cp437' if nonascii else 'ascii'}]")
    for i in infos:
        if i.filename.endswith("/"):
            continue
        read_blob(i.filename.rsplit("/", 1)[-1], z.read(i), mat, f"{where} > {i.filename}")


def read_blob(name, data, mat, where):
    ext = name.rsplit(".", 1)[-1].lower()
    try:
        if ext == "xlsx":
            read_xlsx(data, mat, where)
        elif ext == "ods":
            read_ods(data, mat, where)
        elif ext == "csv":
            read_csv(data, mat, where)
        elif ext == "docx":
            read_docx(data, mat, where)
        elif ext == "pdf":
            read_pdf(data, mat, where)
        elif ext in ("jpg", "jpeg", "png"):
            read_image(data, mat, where, name)
        elif ext == "zip":
            read_zip(data, mat, where)
        else:
            err(where, f"unexpected attachment type {name}")
    except Exception as e:  # noqa: BLE001
        err(where, f"{name} does not open: {type(e).__name__}: {e}")


def strip_html(h):
    h = re.sub(r"(?is)<(style|script).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", h)
    h = re.sub(r"(?i)</td>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


# ------------------------------------------------------------------ mail

def check_mail(path, fname, mat):
    raw = open(path, "rb").read()
    if len(raw) >= 2 * 1024 * 1024:
        err(fname, f"size {len(raw)} >= 2 MB")
    if re.search(rb"(?<!\r)\n", raw):
        err(fname, "bare LF line end")
    if re.search(rb"\r(?!\n)", raw):
        err(fname, "bare CR")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            err(fname, "line longer than 998 octets")
            break
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            err(fname, f"missing {h}")
    d = msg["Date"].datetime
    if not (d.year == 2019 and (d.month, d.day) >= (5, 1) and (d.month, d.day) <= (6, 15)):
        err(fname, f"date {d} outside May 2019 - 15 June 2019")
    for h in ("From", "To", "Cc", "Reply-To"):
        if msg[h] is not None:
            for a in msg[h].addresses:
                if a.domain not in ALLOWED_DOMAINS:
                    err(fname, f"{h} address on {a.domain}")
    for part in msg.walk():
        if part.defects:
            err(fname, f"MIME defects: {part.defects}")
        if part.is_multipart():
            continue
        fn = part.get_filename()
        ctype = part.get_content_type()
        if fn:
            read_blob(fn, part.get_payload(decode=True), mat, f"{fname} > {fn}")
            mat.kinds.append(f"att:{fn}")
        elif ctype == "text/plain":
            mat.texts.append(part.get_content())
        elif ctype == "text/html":
            mat.texts.append(strip_html(part.get_content()))
        else:
            err(fname, f"part {ctype} without file name")
    return msg, raw


# ------------------------------------------------------------------ amounts

STYLES = ["be", "be0", "be_dash", "fr", "fr0", "frn", "frsp", "frsp0", "plain", "plainc", "en"]


def amount_in(value, mat):
    v = Decimal(value)
    if v in mat.numbers:
        return "cell"
    text = mat.text()
    for st in STYLES:
        s = money(v, st)
        if re.search(r"(?<![\d.,\u00a0\u202f])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return f"text({st})"
    return None


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


def main():
    total_size = 0
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    summary = {}
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        emls = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        exp = [f"c14-{half}-{i:03d}.eml" for i in range(1, 21)]
        if emls != exp:
            err(half, f"file list differs: {emls}")
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8")]
        if [t["file"] for t in truth] != exp:
            err(half, "truth.jsonl does not list the 20 files in order")
        man = {m["file"]: m for m in manifest[half]}
        fmt_count, lang_count = {}, {}
        zipflags = []
        for t in truth:
            fname = t["file"]
            path = os.path.join(d, fname)
            total_size += os.path.getsize(path)
            if set(t) != {"file", "format", "language", "fields"}:
                err(fname, f"truth keys {set(t)}")
            fmt_count[t["format"]] = fmt_count.get(t["format"], 0) + 1
            lang_count[t["language"]] = lang_count.get(t["language"], 0) + 1
            f = t["fields"]
            if not set(f) <= FIELDS:
                err(fname, f"unknown truth fields {set(f) - FIELDS}")
            for k in ("requested_amount", "total_budget"):
                if k in f and not re.fullmatch(r"\d+\.\d{2}", f[k]):
                    err(fname, f"{k} {f[k]!r} not 2-decimal string")
            if "phone" in f and not re.fullmatch(r"\+(32|33)\d{8,9}", f["phone"]):
                err(fname, f"phone {f['phone']} not E.164 BE/FR")
            if f.get("country") not in ("BE", "FR"):
                err(fname, f"country {f.get('country')}")
            pc = f.get("postcode", "")
            if f.get("country") == "BE" and not re.fullmatch(r"8\d{3}", pc):
                err(fname, f"BE postcode {pc}")
            if f.get("country") == "FR" and not re.fullmatch(r"59\d{3}", pc):
                err(fname, f"FR postcode {pc}")
            if "email" in f and f["email"].split("@")[1] not in ALLOWED_DOMAINS:
                err(fname, f"email domain {f['email']}")
            if "requested_amount" in f and "total_budget" in f:
                if Decimal(f["requested_amount"]) > Decimal(f["total_budget"]):
                    err(fname, "requested > total")
                if Decimal(f["requested_amount"]) > 10000:
                    err(fname, "requested > 10 000")
            mat = Material()
            msg, raw = check_mail(path, fname, mat)
            m = man[fname]
            if m["format"] != t["format"] or m["language"] != t["language"]:
                err(fname, "manifest and truth disagree")
            if m.get("image_text"):
                mat.texts.extend(m["image_text"])
                mat.kinds.append("drawn-text(from generator)")
            # amounts
            found = {}
            for k in ("requested_amount", "total_budget"):
                if k not in f:
                    continue
                how = amount_in(f[k], mat)
                if how is None and k == "requested_amount" and "total_budget" in f:
                    tot = Decimal(f["total_budget"])
                    own = tot - Decimal(f[k])
                    if amount_in(str(own), mat) and amount_in(f["total_budget"], mat):
                        how = f"derived(total - own {own})"
                if how is None:
                    err(fname, f"{k} {f[k]} not found in the mail's material")
                found[k] = how
            # other fields (notes only)
            low = norm(mat.text() + "\n" + str(msg["From"]) + "\n" + str(msg.get("Cc", "")))
            for k in ("organisation", "contact_name", "email", "address", "postcode", "municipality", "project_title"):
                if k in f:
                    val = f[k]
                    if k == "organisation":
                        val = re.sub(r"\s*\((feitelijke vereniging|association loi 1901)\)$", "", val)
                    if norm(val) not in low:
                        err(fname, f"{k} {f[k]!r} not found in material")
            if "phone" in f:
                digits = re.sub(r"\D", "", mat.text() + "\n".join(m.get("image_text") or []))
                nat = "0" + f["phone"][3:]
                intl = f["phone"][1:]
                if nat not in digits and intl not in digits:
                    err(fname, f"phone {f['phone']} not found")
            zipflags += mat.zip_flags
            summary[fname] = (t["format"], t["language"], f.get("country"), len(raw), ", ".join(
                k for k in mat.kinds if not k.startswith("att:")), found)
        if fmt_count != MAKEUP:
            err(half, f"make-up {fmt_count} != {MAKEUP}")
        if abs(lang_count.get("nl", 0) - lang_count.get("fr", 0)) > 2:
            err(half, f"language balance {lang_count}")
        if not any(fl and na and u for fl, na, u in zipflags):
            err(half, "no zip with folder + non-ASCII name + UTF-8 flag")
        if not any(na and u is False for fl, na, u in zipflags):
            err(half, "no zip with non-ASCII name stored in cp437 (no UTF-8 flag)")
    if total_size >= 8 * 1024 * 1024:
        err("corpus", f"total size {total_size} >= 8 MB")
    for fname, (fmt, lang, cc, size, kinds, found) in sorted(summary.items()):
        print(f"{fname}  {fmt:15s} {lang} {cc}  {size:>7d}  {kinds}")
        print(f"{'':17s}amounts: {found}")
    print(f"\ntotal size of dev+test: {total_size} bytes ({total_size / 1024 / 1024:.2f} MB)")
    for n in notes:
        print("note:", n)
    if errors:
        print(f"\n{len(errors)} ERROR(S)")
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
