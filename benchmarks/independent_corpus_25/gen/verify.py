#!/usr/bin/env python3
"""Re-open every .eml, check the PDF attachment and that each truth value can be
found in the mail or its attachment (allowing normalised phones and amounts).

    python gen/verify.py
"""
import io
import json
import os
import re
import sys
import unicodedata
from email import policy
from email.parser import BytesParser

from pypdf import PdfReader

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_EML = 400 * 1024
MAX_TOTAL = 6 * 1024 * 1024
ALLOWED_DOMAINS = {"example.org", "example.net", "example.com"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().casefold()


def fold(s):
    """norm + strip accents (for the MUNICIPALITY written in capitals without accents)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", norm(s)) if unicodedata.category(ch) != "Mn")


AMT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)(?:,(\d{1,2})(?!\d)|,-|\.(\d{2})(?!\d))?")


def amounts(text):
    out = set()
    for m in AMT.finditer(text):
        ip = re.sub(r"[ .\u00a0\u202f]", "", m.group(1))
        dec = m.group(2) or m.group(3) or "0"
        try:
            out.add(round(float("%s.%s" % (int(ip), dec.ljust(2, "0"))), 2))
        except ValueError:
            pass
    return out


def phone_found(e164, text):
    digits_stream = re.sub(r"\(0\)", "", text)
    digits_stream = re.sub(r"[ \t./()\-\u00a0\u202f]", "", digits_stream)
    cc = "32" if e164.startswith("+32") else "33"
    nat = "0" + e164[3:]
    intl = "+" + cc + e164[3:]
    intl00 = "00" + cc + e164[3:]
    for cand in (nat, intl, intl00):
        for m in re.finditer(re.escape(cand), digits_stream):
            before = digits_stream[m.start() - 1] if m.start() else ""
            after = digits_stream[m.end()] if m.end() < len(digits_stream) else ""
            if not before.isdigit() and not after.isdigit():
                return True
    return False


def pdf_text(data):
    r = PdfReader(io.BytesIO(data))
    pages = [p.extract_text() or "" for p in r.pages]
    fields = r.get_fields() or {}
    vals = []
    n_widgets = 0
    n_filled = 0
    for name, f in fields.items():
        n_widgets += 1
        v = f.get("/V")
        if v is None:
            continue
        v = str(v)
        if f.get("/FT") == "/Btn":
            if v not in ("/Off", ""):
                n_filled += 1
            continue
        if v:
            n_filled += 1
            vals.append(v)
        tu = f.get("/TU")
    return pages, vals, n_widgets, n_filled, len(r.pages)


def check_half(half):
    d = os.path.join(ROOT, half)
    truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8")]
    problems = []
    stats = {"files": 0, "bytes": 0, "fmt": {}, "lang": {}, "checked": 0, "null": 0, "weak": 0}
    seen = {}
    for row in truth:
        fn = row["file"]
        path = os.path.join(d, fn)
        raw = open(path, "rb").read()
        stats["files"] += 1
        stats["bytes"] += len(raw)
        key = (row["format"], row["language"])
        stats["fmt"][key] = stats["fmt"].get(key, 0) + 1
        if len(raw) > MAX_EML:
            problems.append("%s: %d bytes > 400 KB" % (fn, len(raw)))
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                problems.append("%s: header %s missing" % (fn, h))
        pdfs = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
        if len(pdfs) != 1:
            problems.append("%s: %d PDF attachments" % (fn, len(pdfs)))
            continue
        data = pdfs[0].get_content()
        if not data.startswith(b"%PDF-"):
            problems.append("%s: attachment is not a PDF" % fn)
        try:
            pages, vals, n_w, n_f, n_pages = pdf_text(data)
        except Exception as e:  # noqa
            problems.append("%s: pypdf cannot open attachment: %s" % (fn, e))
            continue
        body = msg.get_body(preferencelist=("plain",))
        body_txt = body.get_content() if body else ""
        from_addr = msg["From"].addresses[0].addr_spec
        # format tag consistency
        if row["format"] == "pdf_form" and n_f == 0:
            problems.append("%s: pdf_form but no filled widgets" % fn)
        if row["format"] == "pdf_letter" and n_w > 0:
            problems.append("%s: pdf_letter but %d widgets" % (fn, n_w))
        # privacy: every address in the mail must be on an example domain
        alltext = "\n".join(pages + vals + [body_txt, str(msg["From"]), str(msg["To"]), str(msg.get("Cc", ""))])
        for addr in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", alltext):
            if addr.lower() not in ALLOWED_DOMAINS:
                problems.append("%s: non-example e-mail domain %s" % (fn, addr))
        hay = norm(" ".join(pages + vals))
        hay_mail = norm(body_txt + " " + from_addr)
        hay_all = hay + " " + hay_mail
        raw_all = " ".join(pages + vals)
        f = row["fields"]
        for k, v in f.items():
            if v is None:
                stats["null"] += 1
                continue
            stats["checked"] += 1
            ok = False
            weak = False
            if k in ("organisation", "project_title"):
                ok = norm(v) in hay
            elif k == "address":
                ok = norm(v) in hay
                if not ok:  # street and house number given in separate boxes/rows
                    toks = [t for t in norm(v).split(" ") if t]
                    ok = all(re.search(r"(?<!\w)%s(?!\w)" % re.escape(t), hay) for t in toks)
                    weak = ok
            elif k == "municipality":
                ok = norm(v) in hay or fold(v) in fold(raw_all)
            elif k == "contact_name":
                ok = norm(v) in hay
                if not ok:
                    toks = [t for t in re.split(r"[\s-]+", norm(v)) if t]
                    ok = all(re.search(r"\b%s\b" % re.escape(t), hay) for t in toks)
                    weak = ok
            elif k == "email":
                in_doc = norm(v) in hay
                ok = in_doc or norm(v) == norm(from_addr)
                if not in_doc:
                    weak = True  # taken from the sender
            elif k == "phone":
                ok = bool(re.fullmatch(r"\+(32|33)\d{8,9}", v)) and phone_found(v, raw_all)
            elif k == "postcode":
                ok = re.search(r"(?<!\d)%s(?!\d)" % v, raw_all) is not None
                cc = f.get("country")
                if cc == "BE" and not re.fullmatch(r"8\d{3}", v):
                    ok = False
                if cc == "FR" and not re.fullmatch(r"59\d{3}", v):
                    ok = False
            elif k == "country":
                ok = v in ("BE", "FR") and ((v == "BE") == (row["language"] == "nl"))
            elif k in ("requested_amount", "total_budget"):
                ok = bool(re.fullmatch(r"\d+\.\d{2}", v)) and round(float(v), 2) in amounts(raw_all)
            if weak:
                stats["weak"] += 1
            if not ok:
                problems.append("%s: %s=%r not found" % (fn, k, v))
        ra, tb = f.get("requested_amount"), f.get("total_budget")
        if ra and float(ra) > 10000:
            problems.append("%s: requested amount above the 10 000 ceiling" % fn)
        if ra and tb and float(ra) > float(tb):
            problems.append("%s: requested > total" % fn)
        seen[fn] = (f, n_pages, n_w, n_f)
    return truth, problems, stats


def main():
    all_problems = []
    halves = {}
    total_bytes = 0
    for half in ("dev", "test"):
        truth, probs, stats = check_half(half)
        halves[half] = truth
        all_problems += probs
        total_bytes += stats["bytes"]
        print("== %s: %d files, %.1f KB, %d values checked, %d null, %d found only loosely "
              "(name/address tokens, sender address)" % (half, stats["files"], stats["bytes"] / 1024, stats["checked"],
                                                  stats["null"], stats["weak"]))
        for (fmt, lang), n in sorted(stats["fmt"].items()):
            print("   %-10s %s  %2d" % (fmt, lang, n))
    # the two halves share no person, group, street or village
    def vals(half, k):
        return {norm(r["fields"][k]) for r in halves[half] if r["fields"][k]}
    for k in ("organisation", "contact_name", "email", "phone", "address", "municipality"):
        inter = vals("dev", k) & vals("test", k)
        if inter:
            all_problems.append("dev/test share %s: %s" % (k, sorted(inter)))
    dev_streets = {re.sub(r"[\d\s]+(bus \d+)?", " ", norm(r["fields"]["address"])).strip() for r in halves["dev"]}
    test_streets = {re.sub(r"[\d\s]+(bus \d+)?", " ", norm(r["fields"]["address"])).strip() for r in halves["test"]}
    if dev_streets & test_streets:
        all_problems.append("dev/test share streets: %s" % sorted(dev_streets & test_streets))
    # same mix of kinds in both halves
    mix = {h: sorted((r["format"], r["language"]) for r in halves[h]) for h in halves}
    if mix["dev"] != mix["test"]:
        all_problems.append("dev and test have a different format/language mix")
    if total_bytes > MAX_TOTAL:
        all_problems.append("corpus is %d bytes > 6 MB" % total_bytes)
    print("== corpus: %d .eml files, %.2f MB" % (sum(len(t) for t in halves.values()), total_bytes / 1024 / 1024))
    if all_problems:
        print("== PROBLEMS (%d)" % len(all_problems))
        for p in all_problems:
            print("  - " + p)
        sys.exit(1)
    print("== all checks passed")


if __name__ == "__main__":
    main()
