#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the corpus: python gen/generate.py  (from the corpus root or anywhere).

Seeded and re-runnable: the same seed gives the same files (zip members get fixed
timestamps, reportlab runs in invariant mode, all randomness comes from random.Random(seed)).
"""
import argparse
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import random
import re
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import content_dev  # noqa: E402
import content_test  # noqa: E402
import render_docs as RD  # noqa: E402
import render_img as RI  # noqa: E402

ROOT = os.path.dirname(HERE)
TZ = dt.timezone(dt.timedelta(hours=2))
COORD = "coordinator@example.org"
FIELD_ORDER = ["organisation", "contact_name", "email", "phone", "address", "postcode",
               "municipality", "country", "project_title", "requested_amount", "total_budget"]

MIME = {
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ".odt": ("application", "vnd.oasis.opendocument.text"),
    ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".pdf": ("application", "pdf"),
    ".rtf": ("application", "rtf"),
    ".jpg": ("image", "jpeg"),
}


# ------------------------------------------------------------------ attachments
def make_attachment(rec, rng):
    fmt = rec["fmt"]
    if fmt == "docx_letter":
        return RD.odt_letter(rec) if rec.get("variant") == "odt" else RD.docx_letter(rec)
    if fmt == "pdf_letter":
        return RD.pdf_letter(rec)
    if fmt == "rtf":
        return RD.rtf_letter(rec)
    if fmt == "pdf_form":
        return RD.pdf_form(rec)
    if fmt == "docx_form":
        return RD.docx_form(rec)
    if fmt == "xlsx_form":
        return RD.xlsx_form(rec)
    if fmt == "odt_form":
        return RD.odt_form(rec)
    if fmt == "scan_pdf":
        dpi = rec["dpi"]
        v = rec["variant"]
        if v == "typed":
            pages = RI.render_typed_letter(rec["doc"], dpi, rng, mode="L",
                                           sig_font=rng.choice(["Mansalva", "CaveatBrush"]),
                                           serif=rec["lang"] == "nl")
        elif v == "hand":
            pages = RI.render_hand_letter(rec["doc"], rec["font"], dpi, rng, mode="L",
                                          lined=rec["lang"] == "nl")
        else:
            pages = RI.render_hand_form(rec["form"], rec["font"], dpi, rng, mode="L")
        q = rng.randint(55, 70)
        jpegs = [RI.scan_effect(p, rng, q) for p in pages]
        prod = rng.choice(["Canon iR-ADV C3525 PDF", "HP Scan", "KONICA MINOLTA bizhub C258", "Epson Scan 2"])
        return RI.image_pdf(jpegs, dpi, producer=prod)
    if fmt == "photo":
        v = rec["variant"]
        dpi = 150
        if v == "typed":
            pages = RI.render_typed_letter(rec["doc"], dpi, rng, mode="RGB",
                                           sig_font=rng.choice(["Mansalva", "JustMeAgainDownHere"]),
                                           serif=rec["lang"] == "fr")
        elif v == "hand":
            pages = RI.render_hand_letter(rec["doc"], rec["font"], dpi, rng, mode="RGB",
                                          lined=rec["lang"] == "nl")
        else:
            pages = RI.render_hand_form(rec["form"], rec["font"], dpi, rng, mode="RGB")
        assert len(pages) == 1, rec["key"]
        return RI.photo_effect(pages[0], rng, rng.randint(58, 68), size=(1536, 2048))
    raise ValueError(fmt)


# ------------------------------------------------------------------ e-mail
def build_mail(rec, att_bytes):
    msg = EmailMessage(policy=SMTP)
    name, addr = rec["from_"]
    msg["From"] = formataddr((name, addr))
    msg["To"] = COORD if rec["key"][-1] in "13579" else formataddr(("Partons 2.0", COORD))
    y, m, d, hh, mi = rec["date"]
    msg["Date"] = format_datetime(dt.datetime(y, m, d, hh, mi, int(hashlib.md5(rec["key"].encode()).hexdigest(), 16) % 60, tzinfo=TZ))
    msg["Subject"] = rec["subject"]
    h = hashlib.sha1((rec["key"] + addr).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:12], h[12:20], addr.split("@")[1])
    if rec.get("variant") == "reply":
        ref = "<%s@example.org>" % hashlib.sha1((rec["key"] + "coord").encode()).hexdigest()[:16]
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if rec.get("variant") == "iphone":
        msg["X-Mailer"] = "iPhone Mail (16E227)"
    if rec["fmt"] == "body_html":
        msg.set_content(rec["html"], subtype="html", cte="quoted-printable")
    else:
        msg.set_content(rec["body"], cte="quoted-printable")
    if att_bytes is not None:
        fn = rec["attach_name"]
        ext = os.path.splitext(fn)[1].lower()
        maintype, subtype = MIME[ext if ext != ".jpeg" else ".jpg"]
        msg.add_attachment(att_bytes, maintype=maintype, subtype=subtype, filename=fn)
        msg.set_boundary("----=_Part_%s" % h[20:40])     # deterministic MIME boundary
    return msg.as_bytes(policy=SMTP)


# ------------------------------------------------------------------ self-check of the truth
def all_text(rec):
    parts = [rec.get("body", ""), rec["subject"]]
    if rec.get("html"):
        t = re.sub(r"<br\s*/?>", "\n", rec["html"])
        t = re.sub(r"<[^>]+>", " ", t)
        parts.append(htmlmod.unescape(t))
    for b in rec.get("doc", []):
        for x in b[1:]:
            if isinstance(x, str):
                parts.append(x)
            elif isinstance(x, list):
                for y in x:
                    parts.append(" ".join(y) if isinstance(y, list) else str(y))
    parts += rec.get("header", [])
    form = rec.get("form")
    if form:
        for it in form["items"]:
            parts += [str(v) for v in it]
        for it in form.get("budget", []):
            parts += [str(v) for v in it]
    return "\n".join(parts)


def numbers_in(text):
    vals = set()
    for m in re.finditer(r"\d[\d .]*(?:,\d{1,2})?", text):
        s = m.group(0).strip().rstrip(".")
        s2 = s.replace(" ", "").replace(".", "")
        if "," in s2:
            s2 = s2.replace(",", ".")
        try:
            vals.add(round(float(s2), 2))
        except ValueError:
            pass
        for piece in re.split(r"\s{1,}", s):
            try:
                vals.add(round(float(piece.replace(".", "").replace(",", ".")), 2))
            except ValueError:
                pass
    for m in re.finditer(r"\d+\.\d{1,2}\b", text):      # spreadsheet floats 1240.75
        vals.add(round(float(m.group(0)), 2))
    return vals


WORDS = {"drieduizend vijfhonderd": 3500, "achtduizend": 8000}


def check_truth(rec):
    f = rec["fields"]
    text = all_text(rec)
    low = text.lower()
    errs = []
    if "organisation" in f and f["organisation"].lower() not in low:
        errs.append("organisation %r not in text" % f["organisation"])
    for k in ("address", "postcode", "project_title"):
        if k in f and f[k] not in text:
            errs.append("%s %r not verbatim in text" % (k, f[k]))
    if "municipality" in f and f["municipality"].lower() not in low:
        errs.append("municipality %r not in text" % f["municipality"])
    if "contact_name" in f:
        first, last = f["contact_name"].split(" ", 1)
        if f["contact_name"].lower() not in low and ("%s %s" % (last, first)).lower() not in low:
            errs.append("contact_name %r not in text" % f["contact_name"])
    if f["email"] not in low and f["email"] != rec["from_"][1].lower():
        errs.append("email not in text")
    if "@" in f["email"] and not re.search(r"@example\.(org|net|com)$", f["email"]):
        errs.append("email domain")
    digits = re.sub(r"\D", "", text)
    ph = f.get("phone")
    if ph:
        cc, rest = ph[1:3], ph[3:]
        if ("0" + rest) not in digits and (cc + "0" + rest) not in digits and (cc + rest) not in digits \
                and rest not in digits:
            errs.append("phone %s not in text" % ph)
    nums = numbers_in(text)
    for w, v in WORDS.items():
        if w in low:
            nums.add(float(v))
    for k in ("requested_amount", "total_budget"):
        if k in f and float(f[k]) not in nums:
            if k == "requested_amount" and "total_budget" in f:
                continue          # computed as total minus own contribution (checked below)
            errs.append("%s %s not in text" % (k, f[k]))
    if "requested_amount" in f and float(f["requested_amount"]) not in nums:
        tot = float(f["total_budget"])
        if not any(abs(tot - float(f["requested_amount"]) - n) < 0.005 for n in nums):
            errs.append("requested amount neither stated nor total minus own contribution")
    if f.get("country") == "BE" and not re.fullmatch(r"8\d{3}", f.get("postcode", "8000")):
        errs.append("BE postcode")
    if f.get("country") == "FR" and not re.fullmatch(r"59\d{3}", f.get("postcode", "59000")):
        errs.append("FR postcode")
    return errs


def dump_record(rec, fname):
    r = {k: v for k, v in rec.items() if k not in ("fields",)}
    r["file"] = fname
    r["date"] = "%04d-%02d-%02d %02d:%02d" % tuple(rec["date"])
    return r


# ------------------------------------------------------------------ main
def build_half(half, records, seed, outroot):
    outdir = os.path.join(outroot, half)
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):
        if fn.endswith(".eml") or fn == "truth.jsonl":
            os.remove(os.path.join(outdir, fn))
    order = list(range(len(records)))
    random.Random("%s-%s-order" % (seed, half)).shuffle(order)
    truth, dumps, problems = [], [], []
    for num, idx in enumerate(order, 1):
        rec = records[idx]
        rec["half"] = half
        rng = random.Random("%s-%s" % (seed, rec["key"]))
        fname = "c20-%s-%03d.eml" % (half, num)
        errs = check_truth(rec)
        if errs:
            problems.append((rec["key"], errs))
        att = None if rec["fmt"] in ("body_plain", "body_html") else make_attachment(rec, rng)
        data = build_mail(rec, att)
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(data)
        fields = {k: rec["fields"][k] for k in FIELD_ORDER if k in rec["fields"]}
        truth.append({"file": fname, "format": rec["fmt"], "language": rec["lang"], "fields": fields})
        dumps.append(dump_record(rec, fname))
        print("%-22s %-4s %-12s %-2s %7d bytes" % (fname, rec["key"], rec["fmt"], rec["lang"], len(data)))
    truth.sort(key=lambda t: t["file"])
    dumps.sort(key=lambda t: t["file"])
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    os.makedirs(os.path.join(HERE, "records"), exist_ok=True)
    with open(os.path.join(HERE, "records", half + ".jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in dumps:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", default="c20-2019")
    ap.add_argument("--out", default=ROOT)
    a = ap.parse_args()
    problems = []
    problems += build_half("dev", content_dev.RECORDS, a.seed, a.out)
    problems += build_half("test", content_test.RECORDS, a.seed, a.out)
    if problems:
        for k, e in problems:
            print("TRUTH CHECK", k, e)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
