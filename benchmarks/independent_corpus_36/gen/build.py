#!/usr/bin/env python3
"""Rebuilds the c36 corpus: dev/ and test/ (20 .eml each + truth.jsonl).

    python gen/build.py            (from /tmp/c36build, inside the venv)

Deterministic: every case has its own seeded RNG, so a rebuild gives the same
documents and the same truth."""
import datetime
import json
import os
import random
import shutil
import sys
import tempfile

if os.environ.get("PYTHONHASHSEED") != "0":
    # pypdf picks code pages for appearance streams by iterating a set: fix the hash seed for reproducible bytes
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from records import R  # noqa: E402
from common import e164, money, parse_amount_simple  # noqa: E402
import spec  # noqa: E402
from r_pdf import render_form  # noqa: E402
from r_letter import render_letter  # noqa: E402
from r_docx import render_docx  # noqa: E402
from r_odt import render_odt  # noqa: E402
from r_sheet import render_xlsx, render_ods  # noqa: E402
from mail import make_eml  # noqa: E402
from fixmeta import doc_time, fix_zip, fix_pdf  # noqa: E402

EXT = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt", "xlsx_form": "xlsx",
       "ods_form": "ods"}


def truth_of(r):
    return {
        "organisation": r["org"],
        "contact_name": "%s %s" % (r["first"], r["last"]),
        "email": r["email"],
        "phone": e164(r["phone"], r["country"]) if r["phone"] else None,
        "address": r["street"],
        "postcode": r["pc"],
        "municipality": r["muni"],
        "country": r["country"],
        "project_title": r["title"],
        "requested_amount": "%.2f" % money(r["req"]),
        "total_budget": ("%.2f" % money(r["total"])) if r["total"] else None,
    }


def sanity(r):
    req = money(r["req"])
    assert req <= 10000, r["key"]
    if r["total"]:
        assert req < money(r["total"]), r["key"]
    if r["pc"]:
        if r["country"] == "BE":
            assert 8600 <= int(r["pc"]) <= 8980, r["key"]
        else:
            assert r["pc"].startswith("59") and len(r["pc"]) == 5, r["key"]
    for k in ("email",):
        assert r[k].split("@")[1] in ("example.org", "example.net", "example.com"), r["key"]
    if r["sender"]:
        assert r["sender"]["email"].split("@")[1] in ("example.org", "example.net", "example.com")
    if r["phone"]:
        p = e164(r["phone"], r["country"])
        assert p.startswith("+32" if r["country"] == "BE" else "+33"), (r["key"], p)
        assert len(p) in (11, 12), (r["key"], p)


def build_case(r, tmpdir):
    rng = random.Random("c36:" + r["key"])
    # date of the mail: between 2 May and 15 June 2019
    r["date"] = datetime.date(2019, 5, 2) + datetime.timedelta(days=rng.randint(0, 44))
    ext = EXT[r["fmt"]]
    path = os.path.join(tmpdir, r["key"] + "." + ext)
    if r["fmt"] == "pdf_letter":
        fin = render_letter(r, rng, path)
    else:
        doc = spec.build(r, rng)
        fin = doc["fin"]
        if r["fmt"] == "pdf_form":
            render_form(doc, r, rng, path)
        elif r["fmt"] == "docx_form":
            render_docx(doc, r, rng, path)
        elif r["fmt"] == "odt_form":
            render_odt(doc, r, rng, path)
        elif r["fmt"] == "xlsx_form":
            render_xlsx(doc, r, rng, path)
        elif r["fmt"] == "ods_form":
            render_ods(doc, r, rng, path)
    mrng = random.Random("c36meta:" + r["key"])
    when = doc_time(r, mrng)
    if ext == "pdf":
        if r["fmt"] == "pdf_letter" or r["knobs"].get("flat"):
            prod = mrng.choice([("Microsoft® Word 2016", "Microsoft® Word 2016"),
                                ("Microsoft® Word pour Office 365", "Microsoft® Word pour Office 365"),
                                ("Writer", "LibreOffice 6.2"), ("Writer", "LibreOffice 6.1")])
        else:
            prod = mrng.choice([("Adobe Acrobat Pro DC 19.10.20064", "Adobe Acrobat Pro DC 19.10.20064"),
                                ("Acrobat PDFMaker 19 voor Word", "Adobe PDF Library 19.10.124"),
                                ("Writer", "LibreOffice 6.2"), ("PDF-XChange Editor 7.0.326.1", "PDF-XChange Core API SDK"),
                                ("Nitro Pro 12", "Nitro Pro 12 (12. 7. 0. 521)")])
        fix_pdf(path, when, mrng, creator=prod[0], producer=prod[1])
    else:
        fix_zip(path, when, mrng, ext)
    with open(path, "rb") as fh:
        data = fh.read()
    msg, fname = make_eml(r, fin, data, ext, rng)
    return msg, fname


def main():
    tmpdir = tempfile.mkdtemp(prefix="c36gen")
    try:
        for half in ("dev", "test"):
            outdir = os.path.join(ROOT, half)
            os.makedirs(outdir, exist_ok=True)
            for f in os.listdir(outdir):
                if f.endswith(".eml") or f == "truth.jsonl":
                    os.remove(os.path.join(outdir, f))
            recs = [r for r in R if r["half"] == half]
            order = random.Random("c36-order-" + half)
            order.shuffle(recs)
            lines = []
            for i, r in enumerate(recs, 1):
                sanity(r)
                name = "c36-%s-%03d.eml" % (half, i)
                msg, fname = build_case(r, tmpdir)
                with open(os.path.join(outdir, name), "wb") as fh:
                    fh.write(msg.as_bytes())
                lines.append(json.dumps({"file": name, "format": r["fmt"], "language": r["lang"],
                                         "fields": truth_of(r)}, ensure_ascii=False))
                print("%-20s %-4s %-10s %-2s %s" % (name, r["key"], r["fmt"], r["lang"], fname))
            with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
