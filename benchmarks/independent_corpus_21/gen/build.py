# -*- coding: utf-8 -*-
"""Build the corpus: python gen/build.py
All randomness comes from random.Random seeded per record, zip/PDF dates are fixed: re-running gives
the same bytes (for the library versions listed in README.md)."""
import datetime
import io
import json
import os
import random
import re
import shutil
import sys
import zipfile

sys.dont_write_bytecode = True
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bodies  # noqa: E402
import common  # noqa: E402
import docx_forms  # noqa: E402
import letters_pdf  # noqa: E402
import odt_forms  # noqa: E402
import paper_forms  # noqa: E402
import pdf_forms  # noqa: E402
import records  # noqa: E402
import xlsx_forms  # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 20190616

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "jpg": ("image", "jpeg"),
    "jpeg": ("image", "jpeg"),
}

# per-record scan / photo parameters (chosen by hand so that each looks different)
SCAN = {
    "D11": dict(dpi=150, angle=0.9, q=62, blur=0.55, noise=4),
    "D12": dict(dpi=200, angle=-0.5, q=62, blur=0.7, noise=3.5),
    "D13": dict(dpi=150, angle=-1.3, q=55, blur=0.6, noise=5),
    "T31": dict(dpi=170, angle=1.1, q=58, blur=0.65, noise=4),
    "T32": dict(dpi=200, angle=0.4, q=64, blur=0.7, noise=3.5),
    "T33": dict(dpi=120, angle=-0.8, q=52, blur=0.5, noise=5),
}
PHOTO = {
    "D14": dict(dpi=170, tilt=-3.5, q=68, table="wood"),
    "D15": dict(dpi=170, tilt=4.8, q=62, table="formica"),
    "D16": dict(dpi=170, tilt=-2.4, q=72, table="cloth"),
    "T34": dict(dpi=170, tilt=2.8, q=66, table="formica"),
    "T35": dict(dpi=170, tilt=-5.6, q=60, table="wood"),
    "T36": dict(dpi=170, tilt=3.9, q=70, table="cloth"),
}
USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0",
    None,
    "Microsoft Outlook 16.0",
    None,
    "Apple Mail (2.3445.104.11)",
    None,
    "Roundcube Webmail/1.3.8",
]


def fixed_zip(data, when=(2019, 5, 20, 10, 0, 0)):
    """Rewrite an OOXML zip with fixed entry dates (python-docx / openpyxl stamp the current time)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            zi = zipfile.ZipInfo(it.filename, when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(it.filename)
            if it.filename == "docProps/core.xml":
                stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              lambda m: m.group(1) + stamp.encode() + m.group(2), data)
            zo.writestr(zi, data)
    return out.getvalue()


def make_attachment(r, rng):
    att = _make_attachment(r, rng)
    if r["fmt"] in ("docx_form", "docx_letter", "xlsx_form"):
        y, mo, d = (int(x) for x in r["date"][:10].split("-"))
        att = fixed_zip(att, (y, mo, d, 9, 30, 0))
    return att


def _make_attachment(r, rng):
    fmt, design = r["fmt"], r["design"]
    if fmt == "pdf_form":
        return pdf_forms.DESIGNS[design](r, rng)
    if fmt in ("docx_form", "docx_letter"):
        return docx_forms.DESIGNS[design](r, rng)
    if fmt == "odt_form":
        return odt_forms.DESIGNS[design](r, rng)
    if fmt == "xlsx_form":
        return xlsx_forms.DESIGNS[design](r, rng)
    if fmt == "pdf_letter":
        return letters_pdf.DESIGNS[design](r, rng)
    if fmt == "scan_pdf":
        p = SCAN[r["id"]]
        pages = paper_forms.DESIGNS[design](r, rng, p["dpi"])
        out = []
        for i, pg in enumerate(pages):
            jpg, size = common.scan_effect(pg, rng, angle=p["angle"] * (1 if i == 0 else -0.6), q=p["q"],
                                           blur=p["blur"], noise=p["noise"])
            out.append((jpg, size, True))
        return common.image_pdf(out, p["dpi"], producer="Scan2PDF 3.2 (image-only)", creator="MFP scanner")
    if fmt == "photo":
        p = PHOTO[r["id"]]
        pg = paper_forms.DESIGNS[design](r, rng, p["dpi"])[0]
        return common.photo_effect(pg, rng, tilt_deg=p["tilt"], out=(1500, 2000), q=p["q"], table=p["table"])
    raise ValueError(fmt)


def make_eml(r, rng, att):
    m = EmailMessage(policy=SMTP)
    m["From"] = formataddr(r["sender"])
    m["To"] = rng.choice(["coordinator@example.org", "Partons 2.0 <coordinator@example.org>",
                          "\"Coordinator Partons 2.0\" <coordinator@example.org>"])
    dt = datetime.datetime.strptime(r["date"], "%Y-%m-%d %H:%M").replace(
        second=rng.randrange(60), tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    m["Date"] = format_datetime(dt)
    m["Subject"] = r["subject"]
    dom = r["sender"][1].split("@")[1]
    m["Message-ID"] = "<%012x.%d@%s>" % (rng.getrandbits(48), int(dt.timestamp()), dom)
    ua = USER_AGENTS[rng.randrange(len(USER_AGENTS))]
    if ua:
        m["User-Agent" if "Thunderbird" in ua or "Roundcube" in ua else "X-Mailer"] = ua
    if r["fmt"] == "body_plain":
        m.set_content(bodies.DESIGNS[r["design"]](r))
    else:
        m.set_content(r["body"])
        ext = r["attach"].rsplit(".", 1)[1].lower()
        mt, st = MIME[ext]
        if r.get("octet"):
            mt, st = "application", "octet-stream"
        m.add_attachment(att, maintype=mt, subtype=st, filename=r["attach"])
        for part in m.iter_parts():
            del part["MIME-Version"]
        m.set_boundary("=_%016x" % rng.getrandbits(64))
    return m.as_bytes(policy=SMTP)


def main():
    for half in ("dev", "test"):
        d = os.path.join(OUT, half)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in records.R:
        common.check_budget(r)
    for half in ("dev", "test"):
        recs = [r for r in records.R if r["half"] == half]
        order = list(range(1, len(recs) + 1))
        random.Random(SEED + (0 if half == "dev" else 1)).shuffle(order)
        lines = []
        for r, num in sorted(zip(recs, order), key=lambda t: t[1]):
            rng = random.Random(f"{SEED}-{r['id']}")
            att = None if r["fmt"] == "body_plain" else make_attachment(r, rng)
            eml = make_eml(r, rng, att)
            fn = f"c21-{half}-{num:03d}.eml"
            with open(os.path.join(OUT, half, fn), "wb") as fh:
                fh.write(eml)
            truth = {"file": fn, "format": r["fmt"], "language": r["lang"], "fields": common.truth_of(r)}
            lines.append(json.dumps(truth, ensure_ascii=False))
            print(fn, r["id"], r["fmt"], r["lang"], len(eml))
        with open(os.path.join(OUT, half, "truth.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
