#!/usr/bin/env python3
"""Corpus 42 generator: rewrites ../dev and ../test (40 .eml + truth.jsonl).
Deterministic: fixed dates, MIME boundaries, zip timestamps, PDF invariant mode."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import records_dev  # noqa: E402
import records_test  # noqa: E402
import layouts_pdf_dev  # noqa: E402
import layouts_pdf_test  # noqa: E402
import layouts_docx  # noqa: E402
import layouts_odt  # noqa: E402
import layouts_sheets  # noqa: E402
import mailer  # noqa: E402

LAYOUTS = {}
for m in (layouts_pdf_dev, layouts_pdf_test, layouts_docx, layouts_odt, layouts_sheets):
    LAYOUTS.update(m.LAYOUTS)

EXT = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt",
       "xlsx_form": "xlsx", "ods_form": "ods"}


def truth_fields(r):
    has_phone = bool(r.get("phone") or r.get("phone_body"))
    return {
        "organisation": r["org"],
        "contact_name": r["name"],
        "email": r["email"],
        "phone": r["e164"] if has_phone else None,
        "address": r["addr"],
        "postcode": r["pc"],
        "municipality": r["city"],
        "country": r["country"],
        "project_title": r["title"],
        "requested_amount": "%.2f" % r["req"],
        "total_budget": None if r["total"] is None else "%.2f" % r["total"],
    }


def build_half(half, records, outroot):
    out = os.path.join(outroot, half)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    lines = []
    for r in sorted(records, key=lambda x: x["n"]):
        ext = EXT[r["fmt"]]
        assert r["filename"].lower().endswith("." + ext), r["filename"]
        data = LAYOUTS[r["layout"]](r)
        eml = mailer.build(r, half, data, ext)
        name = "c42-%s-%03d.eml" % (half, r["n"])
        with open(os.path.join(out, name), "wb") as f:
            f.write(eml)
        lines.append(json.dumps({"file": name, "format": r["fmt"], "language": r["lang"],
                                 "fields": truth_fields(r)}, ensure_ascii=False))
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines)


def main():
    outroot = os.path.abspath(os.path.join(HERE, ".."))
    for half, recs in (("dev", records_dev.RECORDS), ("test", records_test.RECORDS)):
        n = build_half(half, recs, outroot)
        print("%s: %d mails written to %s" % (half, n, os.path.join(outroot, half)))


if __name__ == "__main__":
    main()
