"""Generate corpus 7: python gen/make.py  (seeded, reproducible)."""
import os, sys, json, random, shutil
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email.headerregistry import Address


def formataddr(pair):
    return Address(display_name=pair[0], addr_spec=pair[1])
import datetime
sys.path.insert(0, os.path.dirname(__file__))
from data import make_record, truth_fields, slug
import r_odt, r_docx, r_pdf, r_photo

SEED = 20190507
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# per half: format -> {lang: n}
MIX = {"odt": {"nl": 7, "fr": 5}, "docx_form": {"nl": 5, "fr": 4, "en": 1}, "pdf_form": {"nl": 5, "fr": 4, "en": 1},
       "docx_letter": {"nl": 3, "fr": 2, "en": 1}, "pdf_letter": {"nl": 4, "fr": 2}, "photo": {"nl": 3, "fr": 3}}
MIME = {"odt": ("application", "vnd.oasis.opendocument.text", "odt"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        "pdf": ("application", "pdf", "pdf"), "jpg": ("image", "jpeg", "jpg")}


def attach_name(r, rng, ext):
    org = r["org"] or f"{r['last']}"
    base = {"nl": ["aanvraag {o}", "Projectaanvraag Maak werk van je buurt", "aanvraagformulier_{s}", "Partons 2.0 - {o}",
                   "brief projectoproep"],
            "fr": ["candidature {o}", "Dossier Partons 2.0", "formulaire_candidature_{s}", "courrier appel a projets"],
            "en": ["application {o}", "Partons application form"]}[r["lang"]]
    n = rng.choice(base).format(o=org, s=slug(org)[:20])
    n = "".join(ch for ch in n if ch not in "/\\«»'\"():")
    if ext == "jpg":
        d = r["date"] - datetime.timedelta(minutes=rng.randint(5, 300))
        n = rng.choice([f"IMG_{d:%Y%m%d_%H%M%S}", f"IMG-{d:%Y%m%d}-WA00{rng.randint(10, 99)}", f"DSC_{rng.randint(1000, 9999)}"])
    return f"{n.strip()}.{ext}"


def body_text(r, rng, fname):
    lang = r["lang"]; nm = f"{r['first']} {r['last']}"; org = r["org"]
    if r["sender_other"]:
        sf, sl, se = r["sender"]
        if lang == "nl":
            b = (f"Goedemiddag,\n\nIk stuur u in bijlage de projectaanvraag door van {nm}"
                 + (f" ({org})" if org else "") + f". {r['first']} heeft zelf geen e-mail; voor vragen kan u ook mij "
                 f"bereiken.\n\nVriendelijke groeten,\n{sf} {sl}\n{r['sender_phone_w']}\n")
        elif lang == "fr":
            b = (f"Bonjour,\n\nVeuillez trouver ci-joint le dossier de candidature de {nm}"
                 + (f" ({org})" if org else "") + ", que je transmets à sa demande.\n\nCordialement,\n"
                 f"{sf} {sl}\nTél. {r['sender_phone_w']}\n")
        else:
            b = (f"Hello,\n\nPlease find attached the application of {nm}" + (f" ({org})" if org else "")
                 + f". I am sending it on their behalf.\n\nBest wishes,\n{sf} {sl}\n")
        return b
    if lang == "nl":
        b = rng.choice(["Beste,\n\nIn bijlage vindt u onze aanvraag voor de projectenoproep 'Maak werk van je buurt!'.\n"
                        "Alvast bedankt voor het bekijken.\n",
                        "Geachte,\n\nHierbij bezorg ik u het ingevulde formulier. Mocht er iets ontbreken, laat het gerust weten.\n",
                        "Dag,\n\nZie bijlage.\n"])
        b += f"\nMet vriendelijke groet,\n{r['first']}\n" if rng.random() < 0.5 else f"\nGroeten,\n{nm}\n"
    elif lang == "fr":
        b = rng.choice(["Bonjour,\n\nVous trouverez ci-joint notre dossier de candidature pour l'appel à projets Partons 2.0.\n",
                        "Madame, Monsieur,\n\nJe vous prie de trouver en pièce jointe notre projet.\nRestant à votre disposition,\n",
                        "Bonjour,\n\nci-joint notre candidature. Bonne réception.\n"])
        b += f"\nBien cordialement,\n{nm}\n"
    else:
        b = "Dear coordinator,\n\nPlease find our application attached.\n\nKind regards,\n" + nm + "\n"
    if rng.random() < 0.3:
        b += {"nl": "\nVerzonden vanaf mijn iPhone\n", "fr": "\nEnvoyé de mon iPhone\n", "en": "\nSent from my phone\n"}[lang]
    return b


def subject(r, rng):
    lang = r["lang"]
    return rng.choice({"nl": ["Aanvraag Maak werk van je buurt", f"projectaanvraag {r['municipality']}",
                              f"Maak werk van je buurt! - {r['title']}", "aanvraag projectoproep", "RE: projectenoproep"],
                       "fr": ["Candidature Partons 2.0", f"Appel à projets - {r['municipality']}", "dossier de candidature",
                              f"Candidature : {r['title']}"],
                       "en": ["Application Partons 2.0", "Maak werk van je buurt - application"]}[lang])


def fix_zip(data, when):
    """Rewrite an OOXML/ODF zip with fixed entry times and document dates (reproducible output)."""
    import zipfile, io, re
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w")
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S")
    for info in zin.infolist():
        blob = zin.read(info.filename)
        if info.filename in ("meta.xml", "docProps/core.xml"):
            blob = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", stamp.encode() + (b"Z" if info.filename.startswith("docProps") else b""), blob)
        zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
        zout.writestr(zi, blob)
    zout.close()
    return out.getvalue()


def render(r, rng):
    f = r["fmt"]
    if f == "odt":
        if r["variant"] == "form":
            data, W = r_odt.odt_form(r, rng)
        else:
            data, W = r_odt.odt_letter_full(r, rng)
        return data, W, "odt"
    if f == "docx_form":
        d, W = r_docx.docx_form(r, rng); return d, W, "docx"
    if f == "docx_letter":
        d, W = r_docx.docx_letter(r, rng); return d, W, "docx"
    if f == "pdf_form":
        d, W = r_pdf.pdf_form(r, rng); return d, W, "pdf"
    if f == "pdf_letter":
        d, W = r_pdf.pdf_letter(r, rng); return d, W, "pdf"
    if f == "photo":
        d, W = r_photo.photo(r, rng); return d, W, "jpg"


def main():
    rng = random.Random(SEED)
    for h in ("dev", "test"):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, h))
    truth = {"dev": [], "test": []}; meta = []
    idx = 0
    perm = list(range(1, 201)); random.Random(SEED + 1).shuffle(perm)
    for fmt, langs in MIX.items():
        for lang, n in langs.items():
            recs = []
            for k in range(2 * n):
                idx += 1
                r = make_record(rng, idx, fmt, lang, twin=recs[-1] if k % 2 == 1 else None)
                pair = k // 2  # records come in pairs with the same sub-variant: one per half
                r["variant"] = ("form" if (pair + (lang == "fr")) % 2 == 0 else "letter") if fmt == "odt" else None
                r["flat"] = (pair % 3 == 1)
                recs.append(r)
            for pair in range(n):
                first = rng.random() < 0.5
                recs[2 * pair]["half"] = "dev" if first else "test"
                recs[2 * pair + 1]["half"] = "test" if first else "dev"
            for r in recs:
                data, W, ext = render(r, rng)
                if ext in ("odt", "docx"):
                    data = fix_zip(data, r["date"] - datetime.timedelta(minutes=rng.randint(10, 2000)))
                fn_att = attach_name(r, rng, ext)
                msg = EmailMessage()
                if r["sender_other"]:
                    sf, sl, se = r["sender"]
                    msg["From"] = formataddr((f"{sf} {sl}", se)); from_addr = se
                else:
                    disp = rng.choice([f"{r['first']} {r['last']}", f"{r['last']} {r['first']}", r["org"] or f"{r['first']} {r['last']}"])
                    msg["From"] = formataddr((disp, r["from_personal"])); from_addr = r["from_personal"]
                msg["To"] = rng.choice(["coordinator@example.org", formataddr(("Partons 2.0", "coordinator@example.org"))])
                msg["Subject"] = subject(r, rng)
                msg["Date"] = format_datetime(r["date"].replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
                msg["Message-ID"] = f"<{rng.getrandbits(64):016x}.{r['date']:%Y%m%d%H%M}@{from_addr.split('@')[1]}>"
                btxt = body_text(r, rng, fn_att)
                msg.set_content(btxt)
                if rng.random() < 0.35:  # Outlook / webmail style: HTML alternative
                    import html as _h
                    hb = "".join(f"<p>{_h.escape(par).replace(chr(10), '<br>')}</p>" for par in btxt.split("\n\n"))
                    msg.add_alternative(f"<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">{hb}</div></body></html>", subtype="html")
                mt, st, _ = MIME[ext]
                msg.add_attachment(data, maintype=mt, subtype=st, filename=fn_att)
                name = f"c7_{r['half']}_{perm[r['id']]:03d}.eml"
                for bi, part in enumerate(p for p in msg.walk() if p.is_multipart()):
                    part.set_boundary(f"=_c7_{rng.getrandbits(48):012x}_{bi}")
                with open(os.path.join(ROOT, r["half"], name), "wb") as fh:
                    fh.write(bytes(msg))
                fields = truth_fields(r)
                tformat = "odt" if fmt == "odt" else fmt
                truth[r["half"]].append({"file": name, "format": tformat, "language": lang, "fields": fields})
                Wc = {k: v for k, v in W.items()}
                meta.append({"file": name, "half": r["half"], "format": tformat, "variant": r.get("variant"),
                             "lang": lang, "attachment": fn_att, "from": from_addr, "sender_other": r["sender_other"],
                             "written": Wc, "fields": fields})
    for h in ("dev", "test"):
        with open(os.path.join(ROOT, h, "truth.jsonl"), "w", encoding="utf-8") as fh:
            for t in sorted(truth[h], key=lambda x: x["file"]):
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "gen", "meta.jsonl"), "w", encoding="utf-8") as fh:
        for m in meta:
            fh.write(json.dumps(m, ensure_ascii=False, default=str) + "\n")
    print("written", sum(len(v) for v in truth.values()))


if __name__ == "__main__":
    main()
