# -*- coding: utf-8 -*-
"""Build the c23 corpus:  ../dev/*.eml, ../test/*.eml, truth.jsonl, and gen/drawn/ manifests.
Deterministic: every random choice is seeded from the record index."""
import datetime
import hashlib
import json
import os
import random
import re
import shutil
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import degrade  # noqa: E402
import docs  # noqa: E402

ROOT = os.path.dirname(HERE)
PREFIX = "c23"
A4 = (595.28, 841.89)
TZ = datetime.timezone(datetime.timedelta(hours=2))
SCANNERS = ["RICOH MP C3004", "Canon iR-ADV C5535", "HP Color LaserJet MFP M477", "KONICA MINOLTA bizhub C258",
            "EPSON Scan", "Brother MFC-L2710DW", "Xerox WorkCentre 7845", "Sharp MX-2640N"]


def e164(phone, country):
    if phone is None:
        return None
    d = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        return "+" + d
    cc = "32" if country == "BE" else "33"
    assert d.startswith("0"), phone
    return "+" + cc + d[1:]


def money(v):
    return None if v is None else "%.2f" % v


def make_pdf(images, seed, kind, when):
    """images: list of (bytes, (w,h)); pure image pages, no text layer."""
    doc = pymupdf.open()
    for b, (w, h) in images:
        ph = A4[0] * h / w
        page = doc.new_page(width=A4[0], height=ph if abs(ph - A4[1]) > 3 else A4[1])
        page.insert_image(page.rect, stream=b)
    rng = random.Random(seed)
    d = "D:%04d%02d%02d%02d%02d%02d+02'00'" % when
    meta = {"creator": rng.choice(SCANNERS) if kind != "fax" else "FAX to E-mail",
            "producer": "Scan-to-PDF 2.1", "creationDate": d, "modDate": d,
            "title": "", "author": "", "subject": "", "keywords": ""}
    doc.set_metadata(meta)
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def render_attachments(rec, idx):
    seed = 1000 + idx
    pages = docs.build(rec, seed)
    out = rec["out"]
    rng = random.Random(seed * 7 + 3)
    atts = []
    y, mo, dd, hh, mi, ss = rec["mail"]["date"]
    when = (y, mo, dd, hh, max(0, mi - 3), ss)
    logs = []
    if out["kind"] in ("pdf", "fax", "bw"):
        imgs = []
        for j, p in enumerate(pages):
            ang = out["angle"] + rng.uniform(-0.5, 0.5)
            if out["kind"] == "pdf":
                b, sz = degrade.scan(p.img, seed * 10 + j, gray=out["gray"], angle=ang, quality=out["q"],
                                     holes=out.get("holes", True), noise=rng.uniform(3.0, 5.0),
                                     edge=rng.choice(["left", "top", "right", "bottom"]))
            elif out["kind"] == "bw":
                b, sz = degrade.bwscan(p.img, seed * 10 + j, angle=ang, holes=out.get("holes", True))
            else:
                b, sz = degrade.fax(p.img, seed * 10 + j, angle=ang)
            imgs.append((b, sz))
        if out["pages"] == "split":
            groups = [(out["names"][0], imgs[:1], pages[:1]), (out["names"][1], imgs[1:], pages[1:])]
        else:
            groups = [(out["name"], imgs, pages)]
        for name, ims, pgs in groups:
            atts.append((name, "application", "pdf", make_pdf(ims, seed, out["kind"], when)))
            logs.append({"attachment": name, "pages": [p.log for p in pgs], "struck": [p.struck for p in pgs]})
    else:
        assert sorted(out["pages"]) == list(range(len(pages))), (rec["id"], len(pages), out["pages"])
        for j, pi in enumerate(out["pages"]):
            p = pages[pi]
            if out["kind"] == "photo":
                b, sz, fmt = degrade.photo(p.img, seed * 10 + j, tilt=out["tilt"][j], long_side=out["long"][j],
                                           bg=out["bg"][j], quality=out["q"], phone_shadow=out["shadow"][j],
                                           light_dir=rng.uniform(-3.1, 3.1), warm=rng.random() < 0.7,
                                           persp=rng.uniform(0.03, 0.07))
                atts.append((out["names"][j], "image", "jpeg", b))
            else:
                b, sz, fmt = degrade.photo(p.img, seed * 10 + j, tilt=out["tilt"][j], long_side=out["long"][j],
                                           bg=out["bg"][j], phone_shadow=out["shadow"][j], scannerapp=True,
                                           light_dir=rng.uniform(-3.1, 3.1), persp=rng.uniform(0.03, 0.06))
                atts.append((out["names"][j], "image", "png", b))
            logs.append({"attachment": out["names"][j], "pages": [p.log], "struck": [p.struck]})
    return atts, logs, len(pages)


def make_mail(rec, atts):
    m = rec["mail"]
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr((m["from_name"], m["from_addr"]))
    msg["To"] = "coordinator@example.org"
    msg["Subject"] = m["subject"]
    dt = datetime.datetime(*m["date"], tzinfo=TZ)
    msg["Date"] = format_datetime(dt)
    dom = m["from_addr"].split("@")[1]
    h = hashlib.sha1((PREFIX + rec["id"]).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), h[:12], dom)
    if m.get("xmailer"):
        msg["X-Mailer"] = m["xmailer"]
    msg.set_content(m["body"])
    for name, mt, st, b in atts:
        msg.add_attachment(b, maintype=mt, subtype=st, filename=name)
    for part in msg.iter_parts():
        del part["MIME-Version"]
    msg.set_boundary("----=_Part_%s_%s" % (h[12:20], h[20:30]))
    return msg.as_bytes(policy=SMTP)


def truth_fields(rec):
    country = "BE" if rec["lang"] == "nl" else "FR"
    return {
        "organisation": rec["org"],
        "contact_name": rec["contact"],
        "email": rec["email"],
        "phone": e164(rec["phone"], country),
        "address": rec["street"],
        "postcode": rec["pc"],
        "municipality": rec["village"],
        "country": country,
        "project_title": rec["title"],
        "requested_amount": money(rec["req"]),
        "total_budget": money(rec.get("total")),
    }


def check_record(rec):
    if rec.get("budget"):
        s = round(sum(v for _, v in rec["budget"]), 2)
        assert abs(s - rec["total"]) < 0.005, (rec["id"], s, rec["total"])
    if rec.get("total") is not None and rec.get("own") is not None:
        s = rec["req"] + rec["own"] + sum(v for _, v in rec.get("other", []))
        assert abs(s - rec["total"]) < 0.005, (rec["id"], s)
    assert rec["req"] <= 10000
    y, mo, d = rec["mail"]["date"][:3]
    assert (mo == 5) or (mo == 6 and d <= 15), rec["id"]
    for addr in [rec["email"], rec["mail"]["from_addr"]]:
        if addr:
            assert addr.split("@")[1] in ("example.org", "example.net", "example.com"), addr


def main():
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    drawn = os.path.join(HERE, "drawn")
    if os.path.isdir(drawn):
        shutil.rmtree(drawn)
    designs = set()
    makeup = []
    for half, hseed in (("dev", 2301), ("test", 2302)):
        recs = [(i, r) for i, r in enumerate(data.R) if r["half"] == half]
        assert len(recs) == 20
        order = list(range(20))
        random.Random(hseed).shuffle(order)
        truth_lines = []
        os.makedirs(os.path.join(drawn, half), exist_ok=True)
        numbered = []
        for n, k in enumerate(order):
            numbered.append((n + 1, recs[k]))
        numbered.sort(key=lambda t: t[0])
        for num, (idx, rec) in numbered:
            check_record(rec)
            if "design" in rec:
                key = tuple(sorted((k, str(v)) for k, v in rec["design"].items()))
                assert key not in designs, rec["id"]
                designs.add(key)
            fname = "%s-%s-%03d.eml" % (PREFIX, half, num)
            atts, logs, npages = render_attachments(rec, idx)
            raw = make_mail(rec, atts)
            with open(os.path.join(ROOT, half, fname), "wb") as f:
                f.write(raw)
            truth = {"file": fname, "format": rec["fmt"], "language": rec["lang"], "fields": truth_fields(rec)}
            truth_lines.append(json.dumps(truth, ensure_ascii=False))
            man = {"file": fname, "record": rec["id"], "attachments": logs,
                   "cover": {"from": rec["mail"]["from_addr"], "body": rec["mail"]["body"]}}
            with open(os.path.join(drawn, half, fname.replace(".eml", ".json")), "w", encoding="utf-8") as f:
                json.dump(man, f, ensure_ascii=False, separators=(",", ":"))
            makeup.append((half, fname, rec["id"], rec["lang"], rec["fmt"], npages,
                           ", ".join("%s (%s)" % (a[0], a[2]) for a in atts), len(raw), rec["variant"]))
            print(fname, rec["id"], rec["fmt"], rec["lang"], npages, "pages", len(raw), "bytes")
        with open(os.path.join(ROOT, half, "truth.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(truth_lines) + "\n")
    with open(os.path.join(HERE, "makeup.tsv"), "w", encoding="utf-8") as f:
        f.write("half\tfile\trecord\tlanguage\tformat\tpages\tattachments\tbytes\tvariant\n")
        for row in makeup:
            f.write("\t".join(str(x) for x in row) + "\n")


if __name__ == "__main__":
    main()
