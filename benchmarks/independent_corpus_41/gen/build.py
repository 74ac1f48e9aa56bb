#!/usr/bin/env python3
"""Build corpus 41 ("forms filled in carelessly"): rewrites ../dev and ../test deterministically.

Usage: python build.py            (from anywhere; paths are relative to this file)"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import design_a
import design_b
import records_dev
import records_test
from mailer import build_mail
from render_pdf import render_form, render_letter
from render_docx import render_docx
from render_odt import render_odt
from render_sheet import render_xlsx, render_ods

ROOT = os.path.dirname(HERE)

HALVES = [
    ("dev", records_dev, design_a, "a"),
    ("test", records_test, design_b, "b"),
]

FIELD_ORDER = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
               "country", "project_title", "requested_amount", "total_budget"]


def render(rec, design, letter_style):
    fmt = rec["fmt"]
    meta = {"author": rec["mail"]["from_name"], "stamp": rec["stamp"],
            "title": design.labels(rec["lang"])["title"] if fmt != "pdf_letter" else ""}
    if fmt == "pdf_letter":
        return render_letter(rec["letter"], letter_style, rec["letter"].get("subject", ""))
    blocks = design.build(rec)
    if fmt == "pdf_form":
        return render_form(blocks, design.STYLE, rec["variant"] == "fillable", rec["stamp"], meta["title"])
    if fmt == "docx_form":
        return render_docx(blocks, design.STYLE, rec["variant"], meta)
    if fmt == "odt_form":
        return render_odt(blocks, design.STYLE, meta)
    sheet = "Aanvraag" if rec["lang"] == "nl" else "Candidature"
    if design.STYLE == "above":
        sheet = "Projectfiche" if rec["lang"] == "nl" else "Fiche projet"
    if fmt == "xlsx_form":
        return render_xlsx(blocks, design.STYLE, rec["lang"], meta, sheet)
    if fmt == "ods_form":
        return render_ods(blocks, design.STYLE, rec["lang"], meta, sheet)
    raise ValueError(fmt)


def main():
    for half, mod, design, lstyle in HALVES:
        outdir = os.path.join(ROOT, half)
        os.makedirs(outdir, exist_ok=True)
        for f in os.listdir(outdir):
            if f.endswith(".eml") or f == "truth.jsonl":
                os.remove(os.path.join(outdir, f))
        lines = []
        for i, rec in enumerate(mod.RECORDS, 1):
            fname = "%s-%03d.eml" % (mod.PREFIX, i)
            data = render(rec, design, lstyle)
            eml = build_mail(fname, rec["mail"], rec["attach"], data)
            with open(os.path.join(outdir, fname), "wb") as fh:
                fh.write(eml)
            fields = {k: rec["truth"][k] for k in FIELD_ORDER}
            lines.append(json.dumps({"file": fname, "format": rec["fmt"], "language": rec["lang"],
                                     "fields": fields}, ensure_ascii=False))
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        print("%s: %d mails" % (half, len(lines)))


if __name__ == "__main__":
    main()
