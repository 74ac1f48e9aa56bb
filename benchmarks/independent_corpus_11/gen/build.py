#!/usr/bin/env python3
"""Build the c11 corpus: python3 gen/build.py [--seed 1911] [--out DIR]"""
import argparse
import datetime
import io
import json
import os
import random
import shutil
import sys
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import make_record, truth_fields, name, letter_parts  # noqa: E402
import render  # noqa: E402
import docs  # noqa: E402

# (format, sub-kind, language, copies per half)
CELLS = [
    ("scan_pdf", "form", "nl", 3), ("scan_pdf", "form", "fr", 3),
    ("scan_pdf", "typed", "nl", 2), ("scan_pdf", "typed", "fr", 2),
    ("scan_pdf", "hand", "nl", 2), ("scan_pdf", "hand", "fr", 2),
    ("photo", "form", "nl", 3), ("photo", "form", "fr", 2),
    ("photo", "hand", "nl", 1), ("photo", "hand", "fr", 2),
    ("photo", "typed", "nl", 2), ("photo", "typed", "fr", 2),
    ("pdf_form", "form", "nl", 2), ("pdf_form", "form", "fr", 1),
    ("docx_form", "form", "nl", 1), ("docx_form", "form", "fr", 2),
    ("body_html", "letter", "nl", 1), ("body_html", "table", "fr", 1),
    ("rtf", "letter", "nl", 1), ("rtf", "form", "fr", 1),
    ("doc", "form", "nl", 1), ("doc", "letter", "fr", 1),
    ("odt", "letter", "nl", 1), ("odt", "form", "fr", 1),
]
FORM_LAYOUTS = ["boxes", "dotted", "grid", "numbered"]


def raw_from_form(r, raw):
    pc = raw.get("pc_muni") or raw.get("postcode")
    mu = raw.get("pc_muni") or raw.get("muni")
    out = {"organisation": raw.get("organisation"), "contact_name": raw["contact_name"],
           "email": raw.get("email"), "phone": raw["phone"], "address": raw["street"], "postcode": pc,
           "municipality": mu, "project_title": raw["title"], "title_source": "field",
           "requested": raw.get("req"), "total": raw.get("tot"), "own": raw.get("own")}
    return out


def raw_from_letter(r, subject):
    a = r["amounts"]
    m = a["mode"]
    return {"organisation": r["org"], "contact_name": name(r["contact"]),
            "email": r["email"] if r["doc_has_email"] else None, "phone": r["phone_raw"], "address": r["street"],
            "postcode": r["postcode"], "municipality": r["muni"], "project_title": subject, "title_source": "subject",
            "requested": a["req_raw"] if m != "tot_own" else None,
            "total": a["tot_raw"] if m != "req_only" else None,
            "own": a["own_raw"] if m in ("tot_own", "req_tot_own") else None}


def pages_to_scan_pdf(images, dpi, rng, grey):
    """A bare image-only PDF: one DCT (JPEG) image XObject per A4 page, no text, no fonts."""
    q = rng.randint(46, 60) if dpi == 200 else rng.randint(34, 44)
    if not grey:
        q -= 6
    objs = []  # index 0 -> object 1
    kids = []
    for im in images:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=q, dpi=(dpi, dpi), optimize=True)
        jpg = b.getvalue()
        cs = "/DeviceGray" if im.mode == "L" else "/DeviceRGB"
        img_no = len(objs) + 3
        hdr = (f"<< /Type /XObject /Subtype /Image /Width {im.size[0]} /Height {im.size[1]} /ColorSpace {cs} "
               f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>").encode()
        objs.append((hdr, jpg))
        content = b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q"
        objs.append((f"<< /Length {len(content)} >>".encode(), content))
        page_no = len(objs) + 3
        pg = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im0 {img_no} 0 R >> >> "
              f"/Contents {img_no + 1} 0 R >>").encode()
        objs.append((pg, None))
        kids.append(page_no)
    allobjs = [(b"<< /Type /Catalog /Pages 2 0 R >>", None),
               (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode(), None)] + objs
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, (d, stream) in enumerate(allobjs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + d)
        if stream is not None:
            out.write(b"\nstream\n" + stream + b"\nendstream")
        out.write(b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(allobjs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(allobjs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue(), q


NOTES = {
    "nl": [
        "Beste,\n\nIn bijlage ons projectidee voor de oproep Maak werk van je buurt.\nHopelijk is alles duidelijk, anders hoor ik het graag.\n\nMet vriendelijke groeten,\n{s}",
        "Dag,\n\nHierbij stuur ik u onze aanvraag. Het formulier zit in de bijlage.\n\nGroeten,\n{s}",
        "Geachte,\n\nZoals afgesproken vindt u in bijlage onze kandidatuur.\n\nVriendelijke groet\n{s}",
        "Hallo,\n\nons projectidee in bijlage (ik heb het ingescand, sorry voor de kwaliteit).\n\n{s}",
    ],
    "fr": [
        "Bonjour,\n\nVeuillez trouver ci-joint notre dossier de candidature pour l'appel à projets.\nJe reste à votre disposition pour tout renseignement.\n\nCordialement,\n{s}",
        "Madame, Monsieur,\n\nJe vous prie de trouver en pièce jointe notre projet.\n\nBien à vous,\n{s}",
        "Bonjour,\n\nci-joint la fiche projet remplie.\n\nBonne journée\n{s}",
    ],
}
FOR_NOTE = {"nl": "Ik stuur dit door namens {c}, die de contactpersoon is voor het project.",
            "fr": "J'envoie ce dossier de la part de {c}, personne de contact pour le projet."}
QUOTES = {
    "nl": ("Op {d} schreef Coördinatie Partons 2.0 <coordinator@example.org>:\n"
           "> Beste {f},\n> Bedankt voor uw interesse. U kan uw projectidee indienen tot 16 juni 2019 via dit adres.\n"
           "> Per project is maximaal 10.000 euro mogelijk. Uw vraag kreeg nummer 2019-{n}.\n"
           "> Bel gerust naar 051 40 22 17 als er iets onduidelijk is.\n> Met vriendelijke groeten,\n> Lies Vermeersch\n"),
    "fr": ("Le {d}, Coordination Partons 2.0 <coordinator@example.org> a écrit :\n"
           "> Bonjour {f},\n> Merci pour votre intérêt. Vous pouvez déposer votre idée jusqu'au 16 juin 2019 à cette adresse.\n"
           "> L'aide est plafonnée à 10 000 euros par projet. Votre demande porte le numéro 2019-{n}.\n"
           "> N'hésitez pas à appeler le +32 51 40 22 17.\n> Bien cordialement,\n> Lies Vermeersch\n"),
}


def build_mail(r, rng, attachments, html=None):
    L = r["lang"]
    m = EmailMessage()
    m["From"] = formataddr((name(r["sender"]), r["sender_addr"]))
    m["To"] = "coordinator@example.org"
    reply = rng.random() < 0.25
    subj = rng.choice(["Projectidee Maak werk van je buurt", "aanvraag projectoproep", "Kandidatuur " + r["village"],
                       "Maak werk van je buurt!"] if L == "nl" else
                      ["Candidature appel à projets", "Dossier projet " + r["village"], "Appel à projets Partons 2.0",
                       "projet village"])
    d = datetime.datetime(2019, 5, 1, rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59),
                          tzinfo=datetime.timezone(datetime.timedelta(hours=2))) + datetime.timedelta(days=r["day"])
    m["Date"] = format_datetime(d)
    m["Message-ID"] = make_msgid(domain=r["sender_addr"].split("@")[1])
    s = name(r["sender"])
    note = rng.choice(NOTES[L]).format(s=s)
    if r["sender"] != r["contact"]:
        note = note.replace("\n\n", "\n\n" + FOR_NOTE[L].format(c=name(r["contact"])) + "\n", 1)
    if reply:
        m["Subject"] = ("Re: " if L == "nl" else "RE: ") + subj
        m["In-Reply-To"] = f"<coord.{rng.randrange(10**6)}@example.org>"
        qd = d - datetime.timedelta(days=rng.randint(2, 12))
        note += "\n\n" + QUOTES[L].format(d=qd.strftime("%d/%m/%Y %H:%M"), f=r["sender"][0], n=rng.randint(100, 199))
    else:
        m["Subject"] = subj
    if html is not None:
        m.set_content(html, subtype="html", charset="utf-8")
    else:
        m.set_content(note, charset="utf-8")
    for data, mt, fn in attachments:
        ma, sub = mt.split("/")
        m.add_attachment(data, maintype=ma, subtype=sub, filename=fn)
    return m, {"reply": reply, "subject": m["Subject"]}


def scan_name(rng, L):
    return rng.choice([f"scan_{rng.randint(10**5, 10**6)}.pdf", f"SKM_C258{rng.randint(10**9, 10**10)}.pdf",
                       "Aanvraag projectidee.pdf" if L == "nl" else "candidature scannée.pdf",
                       "document.pdf", f"Scan {rng.randint(1, 60)}.pdf"])


def photo_name(rng, png):
    ext = "png" if png else "jpg"
    return rng.choice([f"IMG_201905{rng.randint(10, 31)}_{rng.randint(100000, 235959)}.{ext}",
                       f"2019060{rng.randint(1, 9)}_{rng.randint(100000, 235959)}.{ext}", f"photo.{ext}",
                       f"WhatsApp Image 2019-06-0{rng.randint(1, 9)}.{ext}"])


def make_item(fmt, sub, lang, seed, hand, layout, png):
    rng = random.Random(seed)
    r = make_record(rng, lang, sub)
    side = {"seed": seed, "format": fmt, "sub_kind": sub, "language": lang}
    atts = []
    html = None
    if fmt in ("scan_pdf", "photo"):
        photo = fmt == "photo"
        dpi = 150 if photo else rng.choice([200, 200, 200, 300])
        hw = render.new_writer(rng, hand)
        side["hand"] = hw["hand"]
        side["ink"] = hw["ink"]
        side["hand_pt"] = round(hw["pt"], 2)
        two = (not photo) and rng.random() < 0.25
        if sub == "form":
            caps = rng.random() < 0.3
            pages, raw, meta = render.render_form(r, rng, dpi, layout, caps, hw, two)
            rawf = raw_from_form(r, raw)
            rawf["caps"] = caps
        elif sub == "typed":
            pages, raw, meta, parts = render.render_typed_letter(r, rng, dpi, hw, two_pages=two)
            rawf = raw_from_letter(r, raw["subject"])
        else:
            state = rng.getstate()
            while True:
                rng.setstate(state)
                pages, raw, meta, parts = render.render_hand_letter(r, rng, dpi, hw)
                if not photo or len(pages) == 1 or hw["pt"] < 9.5:
                    break
                hw["pt"] -= 0.7
            side["hand_pt"] = round(hw["pt"], 2)
            rawf = raw_from_letter(r, raw["subject"])
        side.update(meta)
        side["dpi"] = dpi
        side["drawn_strings"] = [pg.strings for pg in pages]
        if not photo:
            grey = rng.random() < 0.6
            tilts = []
            imgs = []
            for pg in pages:
                t = round(rng.uniform(0.2, 3.0) * rng.choice([-1, 1]), 2)
                tilts.append(t)
                imgs.append(render.scan_degrade(pg.img, rng, t, grey, dpi))
            data, q = pages_to_scan_pdf(imgs, dpi, rng, grey)
            side.update({"pages": len(pages), "tilt_deg": tilts, "greyscale": grey, "jpeg_quality": q})
            atts.append((data, "application/pdf", scan_name(rng, lang)))
        else:
            im, pm = render.photo_degrade(pages[0].img, rng)
            side.update(pm)
            b = io.BytesIO()
            if png:
                im2 = im.resize((900, 1200)).quantize(colors=40)
                im2.save(b, "PNG", optimize=True)
                side.update({"image_format": "PNG", "size": [900, 1200]})
            else:
                q = rng.randint(70, 86)
                im.save(b, "JPEG", quality=q, optimize=True)
                side.update({"image_format": "JPEG", "size": list(im.size), "jpeg_quality": q})
            atts.append((b.getvalue(), "image/png" if png else "image/jpeg", photo_name(rng, png)))
    elif fmt == "pdf_form":
        data, raw, meta = docs.pdf_form(r, rng)
        side.update(meta)
        rawf = raw_from_form(r, raw)
        atts.append((data, "application/pdf", rng.choice(["formulier_ingevuld.pdf", "Projectfiche.pdf"] if lang == "nl"
                                                          else ["fiche_projet.pdf", "formulaire rempli.pdf"])))
    elif fmt in ("docx_form", "rtf", "doc", "odt"):
        if sub == "form":
            d, raw, meta = docs.docx_form(r, rng)
            rawf = raw_from_form(r, raw)
        else:
            d, raw, meta, parts = docs.docx_letter(r, rng)
            rawf = raw_from_letter(r, raw["subject"])
        side.update(meta)
        b = io.BytesIO()
        d.save(b)
        data = b.getvalue()
        base = rng.choice(["aanvraag", "projectidee", "Kandidatuur"] if lang == "nl" else ["candidature", "projet", "dossier"])
        mts = {"docx_form": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "rtf": "application/rtf", "doc": "application/msword", "odt": "application/vnd.oasis.opendocument.text"}
        ext = {"docx_form": "docx", "rtf": "rtf", "doc": "doc", "odt": "odt"}[fmt]
        if fmt != "docx_form":
            data = docs.soffice_convert(data, ext)
        atts.append((data, mts[fmt], f"{base}.{ext}"))
    elif fmt == "body_html":
        html, raw, meta, parts = docs.html_body(r, rng, sub)
        side.update(meta)
        rawf = raw_from_form(r, raw) if sub == "table" else raw_from_letter(r, raw["subject"])
    if rng.random() < 0.2:
        b = io.BytesIO()
        render.site_photo(rng).save(b, "JPEG", quality=60)
        atts.append((b.getvalue(), "image/jpeg", rng.choice(["foto_locatie.jpg", "terrein.jpg"] if lang == "nl"
                                                             else ["photo_site.jpg", "terrain.jpg"])))
        side["site_photo"] = True
    msg, mm = build_mail(r, rng, atts, html=html)
    rawf["email_source"] = "document" if rawf["email"] else "from"
    side["raw"] = rawf
    side["mail"] = mm
    side["attachments"] = [fn for _, _, fn in atts]
    return msg, truth_fields(r), side


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1911)
    ap.add_argument("--out", default=os.path.dirname(HERE))
    a = ap.parse_args()
    master = random.Random(a.seed)
    hands = list(render.HANDS)
    plan = {"dev": [], "test": []}
    hand_i = 0
    layout_i = {"scan_pdf": 0, "photo": 0}
    png_left = 1  # one PNG photo per half: placed on the first two photo copies
    for fmt, sub, lang, n in CELLS:
        for k in range(n):
            seeds = (master.randrange(1 << 30), master.randrange(1 << 30))
            halves = ["dev", "test"]
            master.shuffle(halves)
            for c in range(2):
                hand = None
                layout = None
                if fmt in ("scan_pdf", "photo"):
                    hand = hands[hand_i % len(hands)]
                    hand_i += 1
                    if sub == "form":
                        layout = FORM_LAYOUTS[(layout_i[fmt] + c) % 4]
                png = fmt == "photo" and sub == "typed" and lang == "fr" and k == 0
                plan[halves[c]].append((fmt, sub, lang, seeds[c], hand, layout, png))
            if fmt in ("scan_pdf", "photo") and sub == "form":
                layout_i[fmt] += 1
            master.shuffle(hands) if hand_i % len(hands) == 0 else None
    for half in ("dev", "test"):
        od = os.path.join(a.out, half)
        sd = os.path.join(a.out, "gen", "sidecar", half)
        shutil.rmtree(od, ignore_errors=True)
        shutil.rmtree(sd, ignore_errors=True)
        os.makedirs(od)
        os.makedirs(sd)
        items = plan[half]
        master.shuffle(items)
        truth = []
        for i, it in enumerate(items, 1):
            fn = f"c11-{half}-{i:03d}.eml"
            msg, fields, side = make_item(*it)
            with open(os.path.join(od, fn), "wb") as f:
                f.write(msg.as_bytes())
            side["file"] = fn
            json.dump(side, open(os.path.join(sd, fn[:-4] + ".json"), "w"), ensure_ascii=False, indent=1)
            truth.append({"file": fn, "format": it[0], "language": it[2], "fields": fields})
            print(half, fn, it[0], it[1], it[2], it[4] or "", flush=True)
        with open(os.path.join(od, "truth.jsonl"), "w") as f:
            for t in truth:
                f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
