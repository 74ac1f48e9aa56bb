#!/usr/bin/env python3
"""Check the c26 corpus.

    /tmp/c26build/venv/bin/python /tmp/c26build/gen/verify.py [--lo] [--rebuild]

* every .eml parses with Python's email package and carries exactly one office attachment;
* the attachment opens with python-docx / odfpy / openpyxl (and, with --lo, converts with LibreOffice);
* every non-null truth value occurs in the mail or its attachment: names, addresses, titles as
  text (case and spacing normalised; a person may be written "Last First"), phones after
  normalisation to E.164, amounts after parsing the ways people write them;
  for documents with tracked changes the *accepted* text is used (insertions in, deletions out),
  and the replaced values must be absent from it;
* xlsx formula cells carry cached values;
* halves share no person, group, street or village; all e-mail addresses use example domains;
* sizes: every .eml < 300 KB, corpus < 5 MB; format/language mix per half;
* with --rebuild: a fresh build is byte-identical to the files on disk.
"""
import collections
import email
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from decimal import Decimal
from email import policy

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

EXT_FMT = {".docx": "docx_form", ".odt": "odt_form", ".xlsx": "xlsx_form", ".ods": "ods_form"}

# place names used per half (applicant villages come from truth; these are the issuers' towns)
ISSUER_PLACES = {
    "dev": ["Poperinge", "Vleteren", "Alveringem", "Diksmuide", "Zonnebeke", "Veurne", "De Panne", "Ieper"],
    "test": ["Heuvelland", "Lo-Reninge", "Houthulst", "Kortemark", "Koksijde", "Nieuwpoort", "Langemark",
             "Koekelare"],
}


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    s = s.replace("\u2002", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


# ------------------------------------------------------------------ extraction
def docx_text(data):
    """(accepted text, deleted text, comment text) from body, headers, footers, text boxes."""
    z = zipfile.ZipFile(io.BytesIO(data))
    acc, dele, com = [], [], []

    def walk(el, out):
        t = local(el.tag)
        if t == "del":
            for d in el.iter():
                if local(d.tag) == "delText" and d.text:
                    dele.append(d.text)
            return
        if t == "Fallback":      # VML copy of a text box: same content as mc:Choice
            return
        if t == "instrText":
            return
        if t == "t" and el.text:
            out.append(el.text)
        elif t == "tab" and local(el.getparent().tag) == "r":
            out.append("\t")
        elif t in ("br", "cr"):
            out.append("\n")
        for ch in el:
            walk(ch, out)
        if t in ("p", "tc"):
            out.append("\n")

    names = z.namelist()
    for n in ["word/document.xml"] + sorted(n for n in names if re.match(r"word/(header|footer)\d*\.xml", n)):
        walk(etree.fromstring(z.read(n)), acc)
    if "word/comments.xml" in names:
        walk(etree.fromstring(z.read("word/comments.xml")), com)
    return "".join(acc), "".join(dele), "".join(com), []


def odf_text(data):
    """(accepted text, deleted text, '', numbers) for .odt/.ods; tracked deletions excluded."""
    z = zipfile.ZipFile(io.BytesIO(data))
    acc, dele, nums = [], [], []

    def walk(el, out):
        t = local(el.tag)
        if t == "tracked-changes":
            for ch in el:
                walk(ch, dele)
            return
        if t == "s":
            out.append(" " * int(el.get("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}c", "1")))
        elif t == "tab":
            out.append("\t")
        elif t == "line-break":
            out.append("\n")
        if el.text and t not in ("s", "tab", "line-break"):
            out.append(el.text)
        for ch in el:
            walk(ch, out)
            if ch.tail:
                out.append(ch.tail)
        if t in ("p", "h"):
            out.append("\n")
        elif t == "table-cell":
            out.append("\t")
            v = el.get("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}value")
            if v is not None:
                nums.append(Decimal(v))
        elif t == "table-row":
            out.append("\n")

    walk(etree.fromstring(z.read("content.xml")), acc)
    walk(etree.fromstring(z.read("styles.xml")), acc)
    return "".join(acc), "".join(dele), "", nums


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    wf = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    out, nums, problems = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            line = []
            for c in row:
                v = c.value
                f = wf[ws.title][c.coordinate].value
                if isinstance(f, str) and f.startswith("="):
                    if v is None:
                        problems.append("formula without cached value %s!%s" % (ws.title, c.coordinate))
                if v is None:
                    line.append("")
                    continue
                if isinstance(v, (int, float)):
                    nums.append(Decimal(repr(v)))
                    if isinstance(v, int) or float(v).is_integer():
                        iv = int(v)
                        line.append(str(iv))
                        if 7 <= len(str(iv)) <= 9:      # phone typed as a number: leading 0 lost
                            line.append(" 0%d " % iv)
                    else:
                        line.append(repr(v))
                else:
                    line.append(str(v))
            out.append("\t".join(line))
        out.append("\n")
    return "\n".join(out), "", "", nums, problems


def open_check(ext, data):
    """Open with the library a consumer would use; return an error string or None."""
    try:
        if ext == ".docx":
            import docx
            d = docx.Document(io.BytesIO(data))
            _ = [p.text for p in d.paragraphs]
        elif ext in (".odt", ".ods"):
            from odf.opendocument import load
            d = load(io.BytesIO(data))
            _ = d.body
        elif ext == ".xlsx":
            import openpyxl
            openpyxl.load_workbook(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001
        return "%s: %s" % (type(e).__name__, e)
    return None


# ------------------------------------------------------------------ value matching
PHONE_RE = re.compile(r"(?:\+|00)?\d[\d \u00a0./()\-]{6,}\d")
AMOUNT_RE = re.compile(r"\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d{1,2}|,-)?|\d+(?:[.,]\d{1,2})?")


def phones_in(text, country):
    cc = {"BE": "32", "FR": "33"}[country]
    found = set()
    for m in PHONE_RE.finditer(text):
        raw = m.group(0)
        digits = re.sub(r"\D", "", raw.replace("(0)", ""))
        if raw.startswith("+"):
            found.add("+" + digits)
        elif raw.startswith("00"):
            found.add("+" + digits[2:])
        elif digits.startswith("0"):
            found.add("+" + cc + digits[1:])
    return found


def amounts_in(text):
    found = set()
    for m in AMOUNT_RE.finditer(text):
        tok = m.group(0).replace("\u00a0", " ").replace("\u202f", " ")
        tok = tok.replace(",-", "")
        if re.fullmatch(r"\d+[.,]\d{1,2}", tok):
            found.add(Decimal(tok.replace(",", ".")))
            continue
        if "," in tok:
            whole, dec = tok.rsplit(",", 1)
            found.add(Decimal(re.sub(r"[ .]", "", whole) + "." + dec))
        else:
            found.add(Decimal(re.sub(r"[ .]", "", tok)))
    return found


def field_found(key, val, text, nums, country):
    if key == "phone":
        return val in phones_in(text, country)
    if key in ("requested_amount", "total_budget"):
        d = Decimal(val)
        return d in amounts_in(text) or d in nums
    if key == "country":
        return True
    n = norm(text)
    if norm(val) in n:
        return True
    if key == "contact_name":
        parts = val.split(" ", 1)
        if len(parts) == 2 and norm(parts[1] + " " + parts[0]) in n:
            return True
    return False


# ------------------------------------------------------------------ main
def load_half(split):
    d = os.path.join(ROOT, split)
    truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    return d, truth


def main():
    do_lo = "--lo" in sys.argv
    do_rebuild = "--rebuild" in sys.argv
    errors, warnings = [], []
    from build import plan
    checks = {name: c["fn"]()["checks"] for split, name, c in plan()}
    total_size = 0
    texts = {}       # (split, file) -> full text (mail + attachment, accepted + deleted + comments)
    mix = collections.Counter()
    where = collections.Counter()
    nulls = collections.Counter()
    lo_files = []
    tmp = tempfile.mkdtemp(prefix="c26v_")
    for split in ("dev", "test"):
        d, truth = load_half(split)
        emls = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        if [t["file"] for t in truth] != emls:
            errors.append("%s: truth.jsonl files do not match .eml files" % split)
        for t in truth:
            path = os.path.join(d, t["file"])
            raw = open(path, "rb").read()
            total_size += len(raw)
            if len(raw) >= 300 * 1024:
                errors.append("%s: larger than 300 KB" % t["file"])
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    errors.append("%s: header %s missing" % (t["file"], h))
            body = msg.get_body(preferencelist=("plain",))
            body_text = body.get_content() if body else ""
            atts = [p for p in msg.iter_attachments()]
            if len(atts) != 1:
                errors.append("%s: %d attachments" % (t["file"], len(atts)))
                continue
            att = atts[0]
            fn = att.get_filename()
            ext = os.path.splitext(fn)[1].lower()
            data = att.get_payload(decode=True)
            if EXT_FMT.get(ext) != t["format"]:
                errors.append("%s: attachment %s does not match format %s" % (t["file"], fn, t["format"]))
            err = open_check(ext, data)
            if err:
                errors.append("%s: attachment does not open: %s" % (t["file"], err))
                continue
            if do_lo:
                p = os.path.join(tmp, "%s-%s" % (t["file"][:-4], re.sub(r"[^\w.]", "_", fn)))
                open(p, "wb").write(data)
                lo_files.append((t["file"], p))
            nums = []
            if ext == ".docx":
                acc, dele, com, nums = docx_text(data)
            elif ext in (".odt", ".ods"):
                acc, dele, com, nums = odf_text(data)
            else:
                acc, dele, com, nums, probs = xlsx_text(data)
                errors += ["%s: %s" % (t["file"], p) for p in probs]
            mail_text = "From: %s\n%s" % (msg["From"], body_text)
            mix[(split, t["format"], t["language"])] += 1
            country = t["fields"]["country"]
            if country != {"nl": "BE", "fr": "FR"}[t["language"]]:
                errors.append("%s: country/language mismatch" % t["file"])
            for k, v in t["fields"].items():
                if v is None:
                    nulls[k] += 1
                    continue
                if field_found(k, v, acc, nums, country):
                    where["attachment"] += 1
                elif field_found(k, v, mail_text, [], country):
                    where["mail"] += 1
                else:
                    errors.append("%s: %s=%r not found in accepted text" % (t["file"], k, v))
            for s in checks.get(t["file"], {}).get("absent_accepted", []):
                if norm(s) in norm(acc):
                    errors.append("%s: replaced value %r still in accepted text" % (t["file"], s))
                if norm(s) not in norm(dele):
                    errors.append("%s: replaced value %r not found among deletions" % (t["file"], s))
            full = "\n".join([raw.decode("utf-8", "replace"), body_text, acc, dele, com])
            texts[(split, t["file"])] = full
            for addr in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", full):
                if not re.search(r"@example\.(org|net|com)$", addr):
                    errors.append("%s: non-example e-mail address %s" % (t["file"], addr))
    # halves share nothing
    for a, b in (("dev", "test"), ("test", "dev")):
        _, truth = load_half(a)
        names = set(ISSUER_PLACES[a])
        for t in truth:
            f = t["fields"]
            for k in ("organisation", "contact_name", "address", "municipality"):
                if f[k]:
                    names.add(f[k])
            if f["address"]:
                names.add(re.sub(r"^\d+\s+|\s+\d+$", "", f["address"]))  # street without number
            names.add(f["email"])
        for (split, fname), full in texts.items():
            if split != b:
                continue
            for nme in names:
                if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(nme), full):
                    errors.append("%s (%s) mentions %r from the %s half" % (fname, b, nme, a))
    if total_size >= 5 * 1024 * 1024:
        errors.append("corpus larger than 5 MB: %d" % total_size)
    if do_lo:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if not soffice:
            warnings.append("LibreOffice not found: --lo skipped")
        else:
            outdir = os.path.join(tmp, "lo")
            for f, p in lo_files:
                target = "txt:Text" if p.endswith((".docx", ".odt")) else "csv"
                r = subprocess.run([soffice, "--headless", "--convert-to", target, "--outdir", outdir, p],
                                   capture_output=True, timeout=180)
                out = os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + (".txt" if target.startswith("txt") else ".csv"))
                if r.returncode != 0 or not os.path.exists(out) or os.path.getsize(out) == 0:
                    errors.append("%s: LibreOffice could not convert the attachment" % f)
    if do_rebuild:
        import build
        out = os.path.join(tmp, "rebuild")
        build.main(out)
        for split in ("dev", "test"):
            for f in sorted(os.listdir(os.path.join(ROOT, split))):
                a = open(os.path.join(ROOT, split, f), "rb").read()
                b = open(os.path.join(out, split, f), "rb").read()
                if hashlib.sha256(a).digest() != hashlib.sha256(b).digest():
                    errors.append("rebuild differs: %s/%s" % (split, f))
    shutil.rmtree(tmp, ignore_errors=True)

    print("=== c26 corpus check")
    for split in ("dev", "test"):
        row = {fmt: {lang: mix[(split, fmt, lang)] for lang in ("nl", "fr")}
               for fmt in ("docx_form", "odt_form", "xlsx_form", "ods_form")}
        print("%-4s " % split + "  ".join("%s nl=%d fr=%d" % (k, v["nl"], v["fr"]) for k, v in row.items()))
    print("size: %d bytes in %d files (largest %.0f KB)" % (
        total_size, len(texts), max(len(open(os.path.join(ROOT, s, f), "rb").read()) for s, f in texts) / 1024))
    print("values found in attachment: %d, only in mail: %d; null values: %s" % (
        where["attachment"], where["mail"], dict(nulls)))
    if do_lo:
        print("LibreOffice conversion checked for %d attachments" % len(lo_files))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    bad_files = {e.split(":")[0].split(" ")[0] for e in errors if e.startswith("c26-")}
    global_errors = [e for e in errors if not e.startswith("c26-")]
    print("%d passed, %d failed" % (len(texts) - len(bad_files & {f for _, f in texts}),
                                    len(bad_files) + len(global_errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
