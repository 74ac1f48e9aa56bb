#!/usr/bin/env python3
"""Build the c37 corpus ("the money part of the form").

    python gen/build.py            # writes dev/ and test/ next to gen/

Deterministic: fixed seeds per case; rerunning rewrites the same mails
(apart from the ZIP timestamps inside DOCX/XLSX/ODF containers)."""
import json
import os
import re
import shutil
import sys
import tempfile

if os.environ.get("PYTHONHASHSEED") != "0":   # some writers iterate over sets: fix the hash seed
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1          # reproducible PDFs (no creation-time / random IDs)

from cases import build_case  # noqa: E402
from mail import compose  # noqa: E402
from render_docx import render_docx  # noqa: E402
from render_letter import render_letter  # noqa: E402
from render_odt import render_odt  # noqa: E402
from render_pdf import render_acro, render_flow, render_paper  # noqa: E402
from render_sheets import render_ods, render_xlsx  # noqa: E402
from specs import DEV, TEST  # noqa: E402

ROOT = os.path.dirname(HERE)
EXT = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt", "xlsx_form": "xlsx",
       "ods_form": "ods"}


def render(case, path):
    fmt, design = case["spec"]["fmt"], case["spec"]["design"]
    if fmt == "pdf_form":
        if design == "acro":
            render_acro(case, path)
        elif design == "paper":
            render_paper(case, path)
        else:
            render_flow(case, path)
    elif fmt == "pdf_letter":
        render_letter(case, path)
    elif fmt == "docx_form":
        render_docx(case, path)
    elif fmt == "odt_form":
        render_odt(case, path)
    elif fmt == "xlsx_form":
        render_xlsx(case, path)
    elif fmt == "ods_form":
        render_ods(case, path)
    else:
        raise ValueError(fmt)


def normalize_zip(path, when):
    """Rewrite a ZIP container (DOCX/XLSX/ODF) with fixed entry timestamps, keeping order and compression."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":   # openpyxl stamps 'modified' with the build time
                stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              lambda m: m.group(1) + stamp.encode() + m.group(2), data)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def build_half(half, specs, base_seed, tmpdir):
    out_dir = os.path.join(ROOT, half)
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    cases = []
    for i, spec in enumerate(specs):
        case = build_case(half, i, spec, base_seed + i * 7919)
        ext = EXT[spec["fmt"]]
        p = os.path.join(tmpdir, f"{half}-{i:02d}.{ext}")
        render(case, p)
        if ext != "pdf":
            d = case["date"]
            normalize_zip(p, (d.year, d.month, d.day, max(0, d.hour - 1), d.minute, 0))
        data = open(p, "rb").read()
        msg, body, fn = compose(case, data, ext, case["rng"])
        cases.append((case, msg))
    cases.sort(key=lambda cm: cm[0]["date"])
    lines = []
    for n, (case, msg) in enumerate(cases, 1):
        name = f"c37-{half}-{n:03d}.eml"
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(msg.as_bytes())
        lines.append(json.dumps({"file": name, "format": case["spec"]["fmt"], "language": case["lang"],
                                 "fields": case["truth"]}, ensure_ascii=False))
    with open(os.path.join(out_dir, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return len(lines)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        n1 = build_half("dev", DEV, 370001, tmp)
        n2 = build_half("test", TEST, 379907, tmp)
    print(f"built dev={n1} test={n2} into {ROOT}")


if __name__ == "__main__":
    main()
