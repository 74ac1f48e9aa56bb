"""Verify every truth value against the documents as read back by other software.

odt  -> soffice --convert-to txt (+ odfpy text extraction for headers/footers/frames)
docx -> python-docx (all w:t of body, tables, content controls, legacy fields, headers, footers)
pdf  -> pdftotext, plus pypdf form field values
jpg  -> the text drawn on the image before rasterising (gen/meta.jsonl)
eml  -> Python email parser (From, Date, attachment)
Usage: .venv/bin/python gen/verify.py
"""
import os, sys, json, re, subprocess, tempfile, unicodedata, io, email, datetime
from email import policy
from email.utils import parseaddr, parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
problems = []


def prob(f, msg):
    problems.append(f"{f}: {msg}")


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\ufeff", "").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


def amount(s):
    s = s.lower()
    for t in ("euros", "euro", "eur", "€"):
        s = s.replace(t, "")
    s = s.replace(",-", "").replace(" ", "").strip()
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        th = "." if dec == "," else ","
        s = s.replace(th, "").replace(dec, ".")
    elif "," in s:
        s = s.replace(",", ".") if re.search(r",\d{2}$", s) else s.replace(",", "")
    elif "." in s:
        if re.search(r"\.\d{3}$", s) or s.count(".") > 1:
            s = s.replace(".", "")
    return f"{float(s):.2f}"


def phone(s, country):
    s = s.replace("(0)", "")
    plus = s.strip().startswith("+")
    d = re.sub(r"\D", "", s)
    if plus:
        return "+" + d
    if d.startswith("00"):
        return "+" + d[2:]
    return ("+32" if country == "BE" else "+33") + d[1:]


def first_last(w):
    toks = w.split()
    caps = [t for t in toks if t.isupper() and len(t) > 1]
    if caps and toks[0].isupper() and len(toks[0]) > 1:
        n = 0
        while n < len(toks) and toks[n].isupper():
            n += 1
        last = " ".join(toks[:n]); first = " ".join(toks[n:])
        # restore case of the surname: Title-case each part, keep "Van"/"De" capitalised
        last = " ".join(p.capitalize() if "-" not in p else "-".join(x.capitalize() for x in p.split("-")) for p in last.split())
        return f"{first} {last}"
    return w


def odt_texts(paths, outdir):
    prof = "file://" + os.path.join(tempfile.gettempdir(), "c7_lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                    "--outdir", outdir] + paths, check=True, capture_output=True)
    from odf.opendocument import load
    from odf import teletype, text as otext
    res = {}
    for p in paths:
        t = open(os.path.join(outdir, os.path.basename(p)[:-4] + ".txt"), encoding="utf-8-sig").read()
        doc = load(p)
        extra = []
        for el in doc.masterstyles.getElementsByType(otext.P):  # header / footer
            extra.append(teletype.extractText(el))
        for el in doc.text.getElementsByType(otext.P):
            extra.append(teletype.extractText(el))
        res[p] = (t, "\n".join(extra))
    return res


def docx_text(data):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(io.BytesIO(data))
    parts = []
    def walk(el):
        for p in el.iter(qn("w:p")):
            s = []
            for x in p.iter():
                if x.tag == qn("w:t"):
                    s.append(x.text or "")
                elif x.tag == qn("w:tab"):
                    s.append("\t")
            parts.append("".join(s))
    walk(d.element.body)
    for sec in d.sections:
        walk(sec.header._element); walk(sec.footer._element)
    return "\n".join(parts)


def pdf_text(path):
    t = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True).stdout
    # default mode joins a line-final "-" (as in "€ 5.444,-") with the next line; -layout keeps it
    t += "\n" + subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                                check=True).stdout
    from pypdf import PdfReader
    fields = PdfReader(path).get_fields() or {}
    vals = [str(v.get("/V", "")) for v in fields.values() if v.get("/V")]
    return t, vals, fields


def main():
    meta = {}
    for line in open(os.path.join(ROOT, "gen", "meta.jsonl"), encoding="utf-8"):
        m = json.loads(line); meta[m["file"]] = m
    tmp = tempfile.mkdtemp(prefix="c7v_")
    items = []
    seen = set()
    for half in ("dev", "test"):
        truth = [json.loads(l) for l in open(os.path.join(ROOT, half, "truth.jsonl"), encoding="utf-8")]
        emls = sorted(f for f in os.listdir(os.path.join(ROOT, half)) if f.endswith(".eml"))
        if sorted(t["file"] for t in truth) != emls:
            prob(half, "truth.jsonl and .eml files differ")
        for t in truth:
            p = os.path.join(ROOT, half, t["file"])
            msg = email.message_from_bytes(open(p, "rb").read(), policy=policy.default)
            atts = list(msg.iter_attachments())
            if len(atts) != 1:
                prob(t["file"], f"{len(atts)} attachments"); continue
            a = atts[0]; data = a.get_content(); fn = a.get_filename()
            ap = os.path.join(tmp, f"{t['file'][:-4]}.{fn.rsplit('.', 1)[1]}")
            open(ap, "wb").write(data)
            d = parsedate_to_datetime(msg["Date"])
            if not (datetime.date(2019, 5, 2) <= d.date() <= datetime.date(2019, 6, 16)):
                prob(t["file"], f"date {d}")
            items.append((half, t, msg, ap, data))
            seen.add(t["file"])
    odts = [ap for _, t, _, ap, _ in items if ap.endswith(".odt")]
    otx = odt_texts(odts, tmp) if odts else {}
    nfields = 0
    for half, t, msg, ap, data in items:
        f = t["file"]; m = meta[f]; F = t["fields"]; W = m["written"]
        if m["format"] != t["format"] or m["lang"] != t["language"]:
            prob(f, "format/language mismatch with generator")
        ext = ap.rsplit(".", 1)[1]
        fieldvals = []
        if ext == "odt":
            a, b = otx[ap]; text = a + "\n" + b
            if t["format"] != "odt":
                prob(f, "ext/format")
        elif ext == "docx":
            text = docx_text(data)
        elif ext == "pdf":
            text, fieldvals, fields = pdf_text(ap)
            if t["format"] == "pdf_form":
                if W.get("_flattened") and fields:
                    prob(f, "flattened form still has fields")
                if not W.get("_flattened") and not fields:
                    prob(f, "fillable form without fields")
            text = text + "\n" + "\n".join(fieldvals)
        elif ext == "jpg":
            text = "\n".join(W["_drawn"])
            from PIL import Image
            Image.open(io.BytesIO(data)).verify()
        else:
            prob(f, "unknown ext"); continue
        T = norm(text); Tc = T.casefold()
        frm = parseaddr(msg["From"])[1]

        def has(s, ci=False):
            s = norm(s)
            return (s.casefold() in Tc) if ci else (s in T)
        for k, v in F.items():
            nfields += 1
            if k == "organisation":
                if not has(v, ci=True):
                    prob(f, f"organisation not found: {v}")
            elif k == "contact_name":
                w = W.get("contact_name_w", v)
                if not has(w):
                    prob(f, f"contact name as written not found: {w}")
                if first_last(w) != v:
                    prob(f, f"contact name {w} -> {first_last(w)} != {v}")
            elif k == "email":
                if "email" in W:
                    if W["email"] != v or not has(v):
                        prob(f, f"email {v} not in document")
                else:
                    if m["sender_other"] or frm != v:
                        prob(f, f"email {v} should come from From ({frm}) but sender_other={m['sender_other']}")
            elif k == "phone":
                w = W.get("phone")
                if not w or not has(w):
                    prob(f, f"phone as written not found: {w}")
                elif phone(w, F["country"]) != v:
                    prob(f, f"phone {w} -> {phone(w, F['country'])} != {v}")
                if v in ("+3251000000",):
                    prob(f, "phone is the coordinator's")
            elif k == "address":
                if "address_parts" in W:
                    parts = W["address_parts"]
                    for ptxt in parts:
                        if not has(ptxt):
                            prob(f, f"address part not found: {ptxt}")
                    if F["country"] == "BE":
                        comp = f"{parts[0]} {parts[1]}" + (f" bus {parts[2]}" if len(parts) > 2 else "")
                    else:
                        comp = f"{parts[0]} {parts[1]}"
                    if comp != v:
                        prob(f, f"address parts {parts} != {v}")
                elif not has(v):
                    prob(f, f"address not found: {v}")
                if "Woumenweg" in v:
                    prob(f, "address is the coordinator's")
            elif k in ("postcode", "municipality"):
                if not has(v):
                    prob(f, f"{k} not found: {v}")
            elif k == "country":
                pc = F.get("postcode", "")
                exp = "BE" if re.fullmatch(r"8\d{3}", pc) else "FR" if re.fullmatch(r"59\d{3}", pc) else None
                if exp != v:
                    prob(f, f"country {v} vs postcode {pc}")
            elif k == "project_title":
                if not has(v):
                    prob(f, f"title not found: {v}")
            elif k in ("requested_amount", "total_budget"):
                w = W.get(k)
                if not w or not has(w):
                    prob(f, f"{k} as written not found: {w}")
                elif amount(w) != v:
                    prob(f, f"{k} {w} -> {amount(w)} != {v}")
            else:
                prob(f, f"unknown field {k}")
        if "email" not in F and not m["sender_other"]:
            prob(f, "email missing although the applicant sent the mail")
        if "email" in F and F["email"] == "coordinator@example.org":
            prob(f, "email is the coordinator's")
        for k in ("contact_name", "project_title", "requested_amount", "country", "postcode", "municipality", "address"):
            if k not in F:
                prob(f, f"missing {k}")
        if "requested_amount" in F:
            ra = float(F["requested_amount"])
            if ra > 10000 or ("total_budget" in F and ra > float(F["total_budget"]) + 1e-6):
                prob(f, "requested amount > 10000 or > total")
        for ad in re.findall(r"[\w.+-]+@[\w.-]+", T + " " + frm):
            if not re.search(r"@example\.(org|net|com)$", ad):
                prob(f, f"non-example address {ad}")
    print(f"checked {len(items)} mails, {nfields} truth values")
    for p in problems:
        print("PROBLEM", p)
    print(f"problems: {len(problems)}")
    return len(problems)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
