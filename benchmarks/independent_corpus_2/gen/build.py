# -*- coding: utf-8 -*-
"""Build the corpus: python build.py  -> /work/corpus/fresh/out/*.eml + truth_all.jsonl + meta_all.jsonl"""
import os, sys, json, random, datetime, io
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, formataddr
from email import policy
from html import escape as hesc

sys.path.insert(0, os.path.dirname(__file__))
from cases import make_case, finalize_display, truth, checks, slug
from content import fr_de, form_items, letter, letter_text, pcplace, honor, budget_sentences, date_str, PARTICIPATION
import render_docs as RD
import render_img as RI

OUT = "/work/corpus/fresh/out"
COORD = "buurt@provincie.example.org"
FORMATS = ["pdf_form", "docx_form", "odt", "docx_letter", "pdf_letter", "rtf", "body_plain", "body_html", "scan_pdf", "photo"]
TZ = datetime.timezone(datetime.timedelta(hours=2))

MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3445.104.11)", "Mozilla Thunderbird 60.7.0", "Roundcube Webmail/1.3.8",
           "iPhone Mail (16F203)", "Orange Mail", "Telenet Webmail", "Android Gmail", None, None]


def subject_for(c, rng):
    T = c["title"] if c["show_title"] else None
    lang = c["lang"]
    if lang == "nl":
        opts = ["Projectidee Maak werk van je buurt", "projectoproep maak werk van je buurt", "Kandidatuur projectoproep Partons 2.0",
                f"Maak werk van je buurt: {c['place']}", "aanvraag", "Ons projectidee", "Inzending projectoproep"]
        if T: opts += [f"Projectidee: {T}", f"Kandidatuur - {T}"]
    elif lang == "fr":
        opts = ["Candidature appel à projets Partons 2.0", "Appel à projets « Maak werk van je buurt »", "dossier de candidature",
                f"Projet pour {c['place']}", "Candidature", "appel a projet villages"]
        if T: opts += [f"Projet : {T}", f"Candidature - {T}"]
    else:
        opts = ["Project idea - Maak werk van je buurt", "Application call for projects", "Our project idea"]
        if T: opts += [f"Project idea: {T}"]
    return rng.choice(opts)


def cover_note(c, rng, attach_desc):
    """Short covering body for mails with an attachment. Returns (text, extra_check_text)."""
    lang, name = c["lang"], c["name"]
    sigs = [name]
    if c["org"] and rng.random() < 0.6:
        sigs.append(c["org"])
    if c["show_phone"] and rng.random() < 0.4:
        sigs.append(c["phone_disp"])
    if lang == "nl":
        greet = rng.choice(["Beste,", "Beste Jonas,", "Geachte,", "Dag,", "Goedemiddag,", "Geachte heer Polin,"])
        body = rng.choice([f"In bijlage vindt u ons projectidee voor de oproep 'Maak werk van je buurt!'.",
                           f"Hierbij bezorg ik u {attach_desc} voor de projectoproep.",
                           "zie bijlage voor onze kandidatuur. Bij vragen mag u mij altijd contacteren.",
                           "Graag dienen wij ons project in voor de projectoproep. Het ingevulde document zit in bijlage.",
                           "Ik stuur u in bijlage ons voorstel. Hopelijk is alles duidelijk, anders hoor ik het graag."])
        close = rng.choice(["Met vriendelijke groeten,", "Vriendelijke groeten,", "Groetjes,", "mvg", "Alvast bedankt!"])
    elif lang == "fr":
        greet = rng.choice(["Bonjour,", "Madame, Monsieur,", "Bonjour Monsieur Polin,", "Bonsoir,"])
        body = rng.choice(["Veuillez trouver ci-joint notre dossier de candidature pour l'appel à projets Partons 2.0.",
                           f"Je vous adresse ci-joint {attach_desc}.",
                           "Vous trouverez en pièce jointe la présentation de notre projet. Je reste à votre disposition.",
                           "ci-joint notre projet, bonne réception"])
        close = rng.choice(["Bien cordialement,", "Cordialement,", "Bien à vous,", "Salutations distinguées,"])
    else:
        greet = rng.choice(["Dear Sir or Madam,", "Hello,", "Dear Jonas,"])
        body = rng.choice(["Please find attached our project idea for the 'Maak werk van je buurt' call.", f"Attached is {attach_desc}."])
        close = rng.choice(["Kind regards,", "Best wishes,", "Regards,"])
    if c.get("delegate"):
        dn = c["delegate"][0]
        body = {"nl": f"Namens {name} stuur ik u het projectidee door ({'zij' if c['female'] else 'hij'} heeft zelf geen computer thuis). Contactgegevens staan in de bijlage.",
                "fr": f"Je vous transmets de la part de {name} son dossier ({'elle' if c['female'] else 'il'} n'a pas d'ordinateur). Ses coordonnées sont dans la pièce jointe.",
                "en": f"I am sending this on behalf of {name}. The contact details are in the attachment."}[lang]
        sigs = [dn]
    if lang == "nl" and rng.random() < 0.12:
        body += ("\n\nBonjour, en pièce jointe notre projet (en néerlandais, nous sommes une association transfrontalière). "
                 "N'hésitez pas à nous contacter en français.")
    if rng.random() < 0.2:
        greet = greet.lower()
    if rng.random() < 0.15:
        body = body.replace("bijlage", "bijlagen", 1).replace("ci-joint", "ci joint", 1).replace("vindt u", "vind u", 1)
    text = f"{greet}\n\n{body}\n\n{close}\n" + "\n".join(sigs) + "\n"
    if rng.random() < 0.3:
        text += {"nl": "\nVerzonden vanaf mijn iPhone\n", "fr": "\nEnvoyé de mon iPhone\n", "en": "\nSent from my phone\n"}[lang] if rng.random() < 0.4 else ""
    return text


def oneline_contact(c):
    parts = [honor(c) + c["name"]]
    if c["show_address"]:
        parts += [c["address"], pcplace(c)]
    if c["show_phone"]:
        parts.append(c["phone_disp"])
    parts.append(c["email_disp"])
    return ", ".join(parts)


def body_plain(c, rng):
    lang = c["lang"]
    variant = ["short", "long", "reply", "forward", "labels", "long"][c["k"] % 6]
    info = "body_plain " + variant
    sig_extra = ""
    if variant == "short":
        T = c["title"] if c["show_title"] else None
        if lang == "nl":
            s = rng.choice(["Beste,", "Hallo,", "Dag Jonas,"]) + "\n\n"
            s += (f"Namens {c['org']} willen we graag deelnemen aan de projectoproep" if c["org"] else "Ik wil graag deelnemen aan de projectoproep")
            s += (f" met ons project '{T}'." if T else ".") + " " + c["desc"][1] + "\n"
            s += "\n".join(budget_sentences(c, rng)) + "\n\n"
            s += "Contact: " + oneline_contact(c) + "\n\nGroeten\n" + c["first"] + "\n"
        elif lang == "fr":
            s = rng.choice(["Bonjour,", "Bonjour à vous,"]) + "\n\n"
            s += (f"L'association {c['org']} souhaite" if c["org"] and not c["org"].lower().startswith(("association", "comité", "amicale", "club", "ape")) else
                  (f"Au nom {fr_de(c['org'])}, nous souhaitons".replace("Au nom de de ", "Au nom de ") if c["org"] else "Je souhaite"))
            s += " participer à l'appel à projets" + (f" avec le projet « {T} »." if T else ".") + " " + c["desc"][1] + "\n"
            s += "\n".join(budget_sentences(c, rng)) + "\n\n"
            s += "Contact : " + oneline_contact(c) + "\n\nCordialement\n" + c["first"] + "\n"
        else:
            s = "Hello,\n\n" + (f"{c['org']} would like to apply" if c["org"] else "I would like to apply") + (f" with our project '{T}'." if T else ".") + " " + c["desc"][1] + "\n"
            s += "\n".join(budget_sentences(c, rng)) + "\n\nContact: " + oneline_contact(c) + "\n\nCheers,\n" + c["first"] + "\n"
        return s, s, variant
    if variant == "labels":
        L, items = form_items(c, rng)
        s = {"nl": "Beste,\n\nHieronder onze gegevens voor de projectoproep:\n\n", "fr": "Bonjour,\n\nVoici les informations pour notre candidature :\n\n",
             "en": "Hello,\n\nBelow our details for the call:\n\n"}[lang]
        for key, label, value, k in items:
            if k == "budget":
                s += f"{label}:\n" + "\n".join(f"  * {a} ... {b}" for a, b in value) + "\n"
            elif k == "multi":
                s += f"{label}:\n{value}\n"
            else:
                s += f"{label}: {value}\n"
        s += "\n" + {"nl": "Met vriendelijke groeten,", "fr": "Bien cordialement,", "en": "Kind regards,"}[lang] + "\n" + c["name"] + "\n"
        return s, s, variant
    L = letter(c, rng, contact_mode=rng.choice(["signature", "sentence", "signature"]), in_body=True)
    main = letter_text(L, c, with_head=False)
    if variant == "long":
        return main, main, variant
    if variant == "reply":
        qdate = c["date"] - datetime.timedelta(days=rng.randint(3, 30))
        if lang == "nl":
            hdr = f"Op {date_str(qdate, 'nl')} om {qdate.strftime('%H:%M')} schreef Projectcoördinator Partons 2.0 <{COORD}>:"
            q = ["Beste,", "", "Bedankt voor uw interesse in de projectoproep 'Maak werk van je buurt!'.",
                 "U kunt uw projectidee tot 16 juni 2019 mailen naar dit adres. De maximale bijdrage is 10.000 euro per project.",
                 "Vermeld zeker een contactpersoon, een korte omschrijving en een raming van de kosten.", "", "Met vriendelijke groeten,",
                 "Projectcoördinator Partons 2.0", "Provincie West-Vlaanderen", "Woumenweg 100, 8600 Diksmuide", COORD]
        elif lang == "fr":
            hdr = f"Le {date_str(qdate, 'fr')} à {qdate.strftime('%H:%M')}, Coordination Partons 2.0 <{COORD}> a écrit :"
            q = ["Bonjour,", "", "Merci pour votre intérêt pour l'appel à projets.", "Vous pouvez envoyer votre idée de projet jusqu'au 16 juin 2019.",
                 "L'aide maximale est de 10 000 euros par projet.", "", "Cordialement,", "Coordination Partons 2.0", COORD]
        else:
            hdr = f"On {date_str(qdate, 'en')}, Partons 2.0 <{COORD}> wrote:"
            q = ["Dear applicant,", "", "Thank you for your interest. Please send your idea before 16 June 2019 (max. 10,000 euro).", "", "Kind regards,", COORD]
        s = main + "\n\n" + hdr + "\n" + "\n".join("> " + x if x else ">" for x in q) + "\n"
        return s, main, variant
    # forward: someone else forwards; the applicant's mail is embedded
    fwd_first = rng.choice(["Karel", "Sarah", "Nele", "Yves", "Delphine", "Marc"])
    fwd_last = rng.choice(["Vanderhaeghe", "Lambrecht", "Moreel", "Dumont", "Vasseur"])
    fwd_mail = f"{slug(fwd_first)}.{slug(fwd_last)}@example.net"
    c["forwarder"] = (f"{fwd_first} {fwd_last}", fwd_mail)
    odate = c["date"] - datetime.timedelta(days=rng.randint(1, 6))
    if lang == "nl":
        note = (f"Dag,\n\nIk stuur u het projectidee door van {c['name']}" + (f" ({c['org']})" if c["org"] else "") +
                f", dat bij ons op de dienst vrije tijd binnenkwam. De gemeente steunt dit initiatief.\n\nMvg\n{fwd_first} {fwd_last}\n"
                f"Dienst Vrije Tijd\nGemeentehuis {c['place']}\nTel. 057 33 {rng.randint(10, 99)} {rng.randint(10, 99)}\n\n")
        fh = f"---------- Doorgestuurd bericht ---------\nVan: {c['name']} <{c['email_disp']}>\nDate: {odate.strftime('%d-%m-%Y %H:%M')}\nOnderwerp: projectidee\nAan: {fwd_mail}\n\n"
        c["fwd_phone"] = None
    elif lang == "fr":
        note = (f"Bonjour,\n\nJe vous transfère le projet de {c['name']}" + (f" ({c['org']})" if c["org"] else "") +
                f", reçu en mairie. La commune soutient cette initiative.\n\nCordialement,\n{fwd_first} {fwd_last}\nSecrétariat de mairie de {c['place']}\n"
                f"Tél. 03 28 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}\n\n")
        fh = f"-------- Message transféré --------\nDe : {c['name']} <{c['email_disp']}>\nDate : {odate.strftime('%d/%m/%Y %H:%M')}\nObjet : projet\nÀ : {fwd_mail}\n\n"
    else:
        note = f"Hi,\n\nForwarding the idea from {c['name']}, received at the town hall.\n\n{fwd_first} {fwd_last}\n\n"
        fh = f"---------- Forwarded message ---------\nFrom: {c['name']} <{c['email_disp']}>\nDate: {odate.strftime('%d/%m/%Y')}\nSubject: project idea\nTo: {fwd_mail}\n\n"
    s = note + fh + main
    return s, fh + main, variant


def body_html(c, rng):
    lang = c["lang"]
    variant = ["table", "divs", "bold"][c["k"] % 3]
    font = rng.choice(["Arial, sans-serif", "Calibri, sans-serif", "Verdana", "Times New Roman"])
    hi = {"nl": "Beste,", "fr": "Bonjour,", "en": "Hello,"}[lang]
    if variant in ("table", "bold"):
        L, items = form_items(c, rng)
        intro = {"nl": "Hieronder vindt u ons projectvoorstel voor de oproep <i>Maak werk van je buurt!</i>",
                 "fr": "Voici notre proposition de projet pour l'appel <i>Partons 2.0</i> :", "en": "Below our project proposal:"}[lang]
        rows = []
        for key, label, value, k in items:
            if k == "budget":
                v = "<br>".join(f"{hesc(a)}: {hesc(b)}" for a, b in value)
            else:
                v = hesc(value).replace("\n", "<br>")
            if variant == "table":
                rows.append(f'<tr><td style="background:#eef3f8;padding:4px;width:35%"><b>{hesc(label)}</b></td><td style="padding:4px">{v}</td></tr>')
            else:
                rows.append(f"<div><b>{hesc(label)}:</b> {v}</div>")
        core = (f'<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">{"".join(rows)}</table>'
                if variant == "table" else "".join(rows))
        sig = f'<div><br>{ {"nl": "Met vriendelijke groeten", "fr": "Bien cordialement", "en": "Kind regards"}[lang]},<br><b>{hesc(c["name"])}</b></div>'
        html = f'<div style="font-family:{font};font-size:11pt">{hi}<br><br>{intro}<br><br>{core}{sig}</div>'
        text = "\n".join(f"{l}: {v}" for _, l, v, _ in items)
    else:
        L = letter(c, rng, contact_mode=rng.choice(["signature", "sentence"]), in_body=True)
        ps = [f"<div>{hesc(L['salutation'])}</div><div><br></div>"]
        for p in L["paras"]:
            ps.append(f"<div>{hesc(p).replace(chr(10), '<br>')}</div><div><br></div>")
        ps.append(f"<div>{hesc(L['closing'])}</div><div><br></div>")
        ps.append('<div style="color:#555">' + "<br>".join(("<b>%s</b>" % hesc(x)) if i == 0 else hesc(x) for i, x in enumerate(L["signature"])) + "</div>")
        html = f'<div dir="ltr" style="font-family:{font}">' + "".join(ps) + "</div>"
        text = letter_text(L, c, with_head=False)
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>{html}</body></html>'
    return html, text, "body_html " + variant


ATT_NAMES = {
    "pdf_form": ["Aanvraagformulier ingevuld.pdf", "formulier_projectidee.pdf", "Projectfiche {org}.pdf", "fiche_projet.pdf", "Formulaire candidature.pdf"],
    "docx_form": ["Aanvraag {org}.docx", "projectfiche.docx", "Formulier Maak werk van je buurt.docx", "dossier candidature.docx", "fiche projet {place}.docx"],
    "odt": ["projectidee.odt", "Aanvraag projectoproep.odt", "candidature.odt", "Projet {place}.odt"],
    "docx_letter": ["brief provincie.docx", "Projectidee {place}.docx", "Lettre de candidature.docx", "courrier Partons.docx", "kandidatuur.docx"],
    "pdf_letter": ["Brief Maak werk van je buurt.pdf", "projectvoorstel.pdf", "Lettre candidature {place}.pdf", "kandidatuur_{place}.pdf"],
    "rtf": ["brief.rtf", "projectidee.rtf", "candidature.rtf", "Document.rtf"],
    "scan_pdf": ["scan0001.pdf", "Scan_{date}.pdf", "SKM_C25819060312340.pdf", "doc00123420190603.pdf", "numérisation.pdf"],
    "photo": ["IMG_{date}_1415.jpg", "20190603_101522.jpg", "photo.jpg", "image1.jpg", "WhatsApp Image 2019-06-03.jpg"],
}
MIME = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "odt": ("application", "vnd.oasis.opendocument.text"), "rtf": ("application", "rtf"), "jpg": ("image", "jpeg"), "png": ("image", "png")}


def att_name(c, fmt, rng, ext=None):
    n = rng.choice(ATT_NAMES[fmt]).format(org=(c["org"] or c["last"])[:30], place=c["place"], date=c["date"].strftime("%Y%m%d"))
    if ext and not n.endswith(ext):
        n = n.rsplit(".", 1)[0] + "." + ext
    return n


def build_case(c, rng):
    fmt = c["format"]
    # delegate: mail sent by somebody else for a few attachment cases
    if fmt in ("pdf_form", "docx_form", "scan_pdf", "photo", "docx_letter", "odt") and rng.random() < 0.1:
        dn = rng.choice(["Lieve Maes", "Sam Vercruysse", "Julie Decroos", "Hugo Lenoir", "Claire Vanhille"])
        c["delegate"] = (dn, f"{slug(dn.split()[0])}.{slug(dn.split()[1])}@example.com")
    msg = EmailMessage(policy=policy.default)
    sender_name, sender_mail = c["name"], c["email"]
    if c.get("delegate"):
        sender_name, sender_mail = c["delegate"]
    attach = None
    info = ""
    if fmt == "body_plain":
        text, chk, variant = body_plain(c, rng)
        if c.get("forwarder"):
            sender_name, sender_mail = c["forwarder"]
        msg.set_content(text, cte=rng.choice(["quoted-printable", "8bit", "base64"]) if any(ord(ch) > 127 for ch in text) else "7bit")
        info = "body_plain " + variant
        chk_text = chk
    elif fmt == "body_html":
        html, chk_text, info = body_html(c, rng)
        msg.set_content(html, subtype="html", cte=rng.choice(["quoted-printable", "base64"]))
    else:
        if fmt == "pdf_form": data, chk_text, info = RD.pdf_form(c, rng); ext = "pdf"
        elif fmt == "docx_form": data, chk_text, info = RD.docx_form(c, rng); ext = "docx"
        elif fmt == "odt": data, chk_text, info = RD.odt(c, rng); ext = "odt"
        elif fmt == "docx_letter": data, chk_text, info = RD.docx_letter(c, rng); ext = "docx"
        elif fmt == "pdf_letter": data, chk_text, info = RD.pdf_letter(c, rng); ext = "pdf"
        elif fmt == "rtf": data, chk_text, info = RD.rtf(c, rng); ext = "rtf"
        elif fmt == "scan_pdf": data, chk_text, info = RI.scan_pdf(c, rng); ext = "pdf"
        elif fmt == "photo": data, chk_text, ext, info = RI.photo(c, rng)
        desc = {"nl": "ons ingevulde formulier" if "form" in fmt else "onze brief", "fr": "notre dossier", "en": "our application"}[c["lang"]]
        note = cover_note(c, rng, desc)
        msg.set_content(note, cte="quoted-printable" if any(ord(ch) > 127 for ch in note) else "7bit")
        name = att_name(c, fmt, rng, ext)
        mt, st = MIME[ext]
        if ext == "rtf" and rng.random() < 0.5: mt, st = "text", "rtf"
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
        if rng.random() < 0.07 and fmt not in ("photo",):
            # an unrelated picture of the site
            from PIL import Image
            import numpy as np
            arr = (np.random.default_rng(rng.randint(0, 999)).random((300, 400, 3)) * 60 + np.linspace(80, 200, 400)[None, :, None]).astype("uint8")
            b = io.BytesIO(); Image.fromarray(arr).save(b, "JPEG", quality=60)
            msg.add_attachment(b.getvalue(), maintype="image", subtype="jpeg", filename=rng.choice(["plein.jpg", "terrain.jpg", "foto zaal.jpg"]))
            info += " +site photo"
        attach = (name, ext)
        chk_text = chk_text + "\n" + note
    msg["From"] = formataddr((sender_name, sender_mail))
    msg["To"] = rng.choice([COORD, formataddr(("Partons 2.0", COORD)), formataddr(("Buurt Provincie", COORD))])
    if c.get("delegate") and rng.random() < 0.5:
        msg["Cc"] = c["email"]
    msg["Subject"] = ({"nl": "Re: ", "fr": "RE: ", "en": "Re: "}[c["lang"]] if "reply" in info else
                      ({"nl": "Fwd: ", "fr": "TR: ", "en": "Fwd: "}[c["lang"]] if "forward" in info else "")) + subject_for(c, rng)
    msg["Date"] = format_datetime(c["date"].replace(tzinfo=TZ))
    msg["Message-ID"] = make_msgid(domain=sender_mail.split("@")[1])
    m = rng.choice(MAILERS)
    if m: msg["X-Mailer"] = m
    return msg, chk_text + "\nFROM: " + sender_mail, info


def main():
    rng = random.Random(20190616)
    os.makedirs(OUT, exist_ok=True)
    pairs = []
    for i, f in enumerate(FORMATS):
        ls = ["nl"] * 7 + (["fr"] * 5 if i % 2 == 0 else ["fr"] * 4 + ["en"])
        rng.shuffle(ls)
        pairs += [(f, l, k) for k, l in enumerate(ls)]
    rng.shuffle(pairs)
    counters = {"nl": 0, "fr": 0, "en": 0}
    truth_lines, meta = [], []
    for fmt, lang, k in pairs:
        counters[lang] += 1
        name = f"{lang}-{counters[lang]:03d}.eml"
        crng = random.Random(f"{name}-{fmt}")
        c = make_case(name, lang, fmt, crng)
        c["k"] = k
        finalize_display(c, crng)
        msg, chk_text, info = build_case(c, crng)
        if fmt == "body_plain" and "reply" in chk_text[:0]:
            pass
        data = msg.as_bytes()
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        t = truth(c)
        truth_lines.append({"file": name, "format": fmt, "language": lang, "fields": t})
        meta.append({"file": name, "format": fmt, "info": info, "checks": checks(c), "check_text": chk_text,
                     "size": len(data)})
        print(name, fmt, len(data), info, flush=True)
    with open(os.path.join(OUT, "truth_all.jsonl"), "w", encoding="utf-8") as f:
        for t in truth_lines: f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "meta_all.jsonl"), "w", encoding="utf-8") as f:
        for t in meta: f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
