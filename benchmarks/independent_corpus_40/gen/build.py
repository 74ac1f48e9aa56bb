#!/usr/bin/env python3
"""Build corpus 40 ("questionnaires answered in sentences").
Deterministic: rewrites ../dev and ../test from the records in data_dev.py
and data_test.py.  Usage:  python build.py"""
import datetime
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import designs                      # noqa: E402
import data_dev                     # noqa: E402
import data_test                    # noqa: E402
import pdf_render                   # noqa: E402
import docx_render                  # noqa: E402
import odt_render                   # noqa: E402
import sheet_render                 # noqa: E402
from common import build_eml        # noqa: E402
from email.utils import format_datetime

ROOT = os.path.dirname(HERE)
TZ = datetime.timezone(datetime.timedelta(hours=2))
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
          "country", "project_title", "requested_amount", "total_budget"]


def render(rec):
    d = designs.ALL[rec["design"]]
    fmt = rec["format"]
    if fmt in ("pdf_form", "pdf_letter"):
        return pdf_render.RENDER[rec["design"]](rec, d)
    if fmt == "docx_form":
        return docx_render.RENDER[rec["design"]](rec, d)
    if fmt == "odt_form":
        return odt_render.RENDER[rec["design"]](rec, d)
    return sheet_render.RENDER[rec["design"]](rec, d)


def build_half(half, records):
    out = os.path.join(ROOT, half)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    lines = []
    for rec in sorted(records, key=lambda r: r["n"]):
        rec = dict(rec)
        mail = dict(rec["mail"])
        dt = datetime.datetime.strptime(mail["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)
        assert dt < datetime.datetime(2019, 6, 16, tzinfo=TZ)
        mail["date"] = format_datetime(dt)
        rec["mail"] = mail
        att = render(rec)
        eml = build_eml(rec, att, half)
        name = "c40-%s-%03d.eml" % (half, rec["n"])
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(eml)
        truth = {"file": name, "format": rec["format"], "language": rec["lang"],
                 "fields": {k: rec["truth"][k] for k in FIELDS}}
        lines.append(json.dumps(truth, ensure_ascii=False))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("%s: %d mails" % (half, len(lines)))


def main():
    build_half("dev", data_dev.RECORDS)
    build_half("test", data_test.RECORDS)


if __name__ == "__main__":
    main()
