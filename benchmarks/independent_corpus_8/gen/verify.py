"""Verify every truth value against the documents as read back by other software.

pdf_form: pypdf form-field values + pdftotext; docx_form: soffice --convert-to txt + python-docx;
odt: soffice --convert-to txt; scan_pdf/photo: the text drawn before rasterising (gen/sidecar) plus a check
that the PDF / JPEGs open with the expected page count; body_*: the parsed e-mail body (HTML stripped).
"""
import email
import glob
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
from html.parser import HTMLParser
import datetime

sys.path.insert(0, os.path.dirname(__file__))
from common import parse_amount, phone_e164  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIDE = os.path.join(ROOT, "gen", "sidecar")


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u202f", " ").replace("\ufeff", "")
    return re.sub(r"\s+", " ", s)


class Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def main():
    problems = []
    tmp = tempfile.mkdtemp(prefix="c8v_")
    jobs = []
    for half in ("dev", "test"):
        for line in open(os.path.join(ROOT, half, "truth.jsonl"), encoding="utf-8"):
            jobs.append((half, json.loads(line)))
    n_eml = {h: len(glob.glob(os.path.join(ROOT, h, "*.eml"))) for h in ("dev", "test")}
    for h in n_eml:
        if n_eml[h] != sum(1 for hh, _ in jobs if hh == h):
            problems.append(f"{h}: eml count {n_eml[h]} != truth lines")
    msgs, office = {}, []
    for half, rec in jobs:
        path = os.path.join(ROOT, half, rec["file"])
        msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        msgs[rec["file"]] = msg
        atts = [(part.get_filename(), part.get_content()) for part in msg.iter_attachments()]
        for i, (fn, data) in enumerate(atts):
            ext = os.path.splitext(fn)[1].lower()
            if ext in (".docx", ".odt"):
                p = os.path.join(tmp, f"{rec['file']}_{i}{ext}")
                open(p, "wb").write(data)
                office.append(p)
    if office:
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", tmp] + office,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=900)
    lo, hi = datetime.date(2019, 5, 2), datetime.date(2019, 6, 16)
    for half, rec in jobs:
        fn, fmt, f = rec["file"], rec["format"], rec["fields"]
        side = json.load(open(os.path.join(SIDE, fn + ".json"), encoding="utf-8"))
        w, extra = side["written"], side["extra"]
        msg = msgs[fn]
        frm = parseaddr(str(msg["From"]))[1]
        d = parsedate_to_datetime(str(msg["Date"])).date()
        if not lo <= d <= hi:
            problems.append(f"{fn}: date {d}")
        for a in re.findall(r"[\w.+-]+@[\w.-]+", str(msg["From"]) + " " + str(msg["To"])):
            if not a.endswith(("example.org", "example.net", "example.com")):
                problems.append(f"{fn}: address {a}")
        texts = []
        atts = [(part.get_filename(), part.get_content()) for part in msg.iter_attachments()]
        if fmt == "pdf_form":
            import pypdf
            for i, (an, data) in enumerate(atts):
                r = pypdf.PdfReader(io.BytesIO(data))
                vals = [str(v.get("/V", "")) for v in (r.get_fields() or {}).values()]
                texts.append("\n".join(vals))
                p = os.path.join(tmp, f"{fn}_{i}.pdf")
                open(p, "wb").write(data)
                texts.append(subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True).stdout)
                if not any(vals):
                    problems.append(f"{fn}: no form values")
        elif fmt in ("docx_form", "odt"):
            for i, (an, data) in enumerate(atts):
                ext = os.path.splitext(an)[1].lower()
                t = os.path.join(tmp, f"{fn}_{i}.txt")
                if not os.path.exists(t):
                    problems.append(f"{fn}: soffice produced no text")
                    continue
                texts.append(open(t, encoding="utf-8-sig", errors="replace").read())
                if ext == ".docx":
                    import docx
                    dd = docx.Document(io.BytesIO(data))
                    texts.append("\n".join(p.text for p in dd.paragraphs))
        elif fmt in ("scan_pdf", "photo"):
            texts.append("\n".join(side["drawn"]))
            if fmt == "scan_pdf":
                import pypdf
                r = pypdf.PdfReader(io.BytesIO(atts[0][1]))
                if len(r.pages) != extra["pages"]:
                    problems.append(f"{fn}: pdf pages {len(r.pages)} != {extra['pages']}")
            else:
                from PIL import Image
                if len(atts) != extra["pages"]:
                    problems.append(f"{fn}: {len(atts)} photos for {extra['pages']} pages")
                for an, data in atts:
                    Image.open(io.BytesIO(data)).verify()
        else:
            part = msg.get_body(preferencelist=("html",) if fmt == "body_html" else ("plain",))
            if part is None or (fmt == "body_html" and part.get_content_subtype() != "html"):
                problems.append(f"{fn}: no {fmt} part")
                continue
            c = part.get_content()
            if fmt == "body_html":
                s = Strip()
                s.feed(c)
                c = "\n".join(s.out)
            texts.append(c)
        T = norm("\n".join(texts))
        TL = T.casefold()
        # every truth field must have written evidence, and the evidence must map to the value
        for k, v in f.items():
            if k == "country":
                ok = (v == "BE" and re.fullmatch(r"8\d{3}", f["postcode"])) or (v == "FR" and re.fullmatch(r"59\d{3}", f["postcode"]))
                if not ok:
                    problems.append(f"{fn}: country {v} vs postcode")
                continue
            ws = w.get(k)
            if not ws:
                problems.append(f"{fn}: {k} has no written evidence")
                continue
            for s in ws:
                if s == "<FROM>":
                    if frm != v:
                        problems.append(f"{fn}: email {v} != From {frm}")
                    continue
                if k == "contact_name":
                    if norm(s).casefold() not in TL:
                        problems.append(f"{fn}: name part {s!r} not found")
                elif norm(s) not in T:
                    problems.append(f"{fn}: {k} written {s!r} not found")
            if k == "contact_name":
                if sorted(" ".join(ws).casefold().split()) != sorted(v.casefold().split()):
                    problems.append(f"{fn}: name {ws} != {v}")
            elif k == "phone":
                if phone_e164(ws[0], f["country"]) != v:
                    problems.append(f"{fn}: phone {ws[0]} -> {phone_e164(ws[0], f['country'])} != {v}")
                if v.endswith("51000000"):
                    problems.append(f"{fn}: phone is the coordinator's")
            elif k in ("requested_amount", "total_budget"):
                if parse_amount(ws[0]) != v:
                    problems.append(f"{fn}: {k} {ws[0]} -> {parse_amount(ws[0])} != {v}")
            elif k == "email":
                if ws[0] != "<FROM>" and ws[0] != v:
                    problems.append(f"{fn}: email {ws[0]} != {v}")
                if v == "coordinator@example.org" or not v.endswith(("example.org", "example.net", "example.com")):
                    problems.append(f"{fn}: bad email {v}")
            elif ws[0] != v:
                problems.append(f"{fn}: {k} {ws[0]!r} != {v!r}")
        if "email" not in f and extra["mode"] not in ("D", "E"):
            problems.append(f"{fn}: email absent but applicant sent the mail")
        if "email" not in f and f.get("contact_name") and extra["doc_email"] == "doc":
            problems.append(f"{fn}: email stated in doc but absent in truth")
        if float(f["requested_amount"]) > 10000:
            problems.append(f"{fn}: requested above 10000")
        if "total_budget" in f and float(f["total_budget"]) < float(f["requested_amount"]):
            problems.append(f"{fn}: total < requested")
        # the applicant's values must not be the coordinator's distractors
        if f.get("address", "").startswith("Woumenweg"):
            problems.append(f"{fn}: coordinator address used")
    size = sum(os.path.getsize(p) for h in ("dev", "test") for p in glob.glob(os.path.join(ROOT, h, "*")))
    print(f"checked {len(jobs)} mails, corpus size {size / 1e6:.1f} MB")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
