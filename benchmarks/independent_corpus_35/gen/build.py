#!/usr/bin/env python3
"""Build the c35 corpus: 2 x 20 application e-mails with one filled-in form each.

usage: python gen/build.py [OUTDIR]     (default: the folder above gen/)
Deterministic: fixed seeds, fixed timestamps; reruns are byte-identical.
"""
import sys
import os
import json
import random
import datetime
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.utils import format_datetime, formataddr
from email import encoders
from email.header import Header

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (make_case, form_items, truth_of, A, phone_txt, other_phone_txt, COORD, COORD_NAME)
import pdfgen
import docxgen
import odfgen
import xlsxgen

# (format, technique, language, options) -- per half of 20
PLAN = {
    "dev": [
        ("pdf_form", "flat_freetext", "nl", []),
        ("pdf_form", "flat_typewriter", "fr", ["sender_other"]),
        ("pdf_form", "acro_mixed_freetext", "fr", ["phone_in_sig"]),
        ("pdf_form", "acro_mixed_sticky", "nl", []),
        ("pdf_form", "acro_full", "nl", ["no_total"]),
        ("pdf_form", "flat_sticky", "fr", []),
        ("pdf_letter", "wordprocessor", "nl", ["total_in_body"]),
        ("pdf_letter", "overlay", "fr", []),
        ("pdf_letter", "table", "fr", ["no_org"]),
        ("pdf_letter", "overlay_courier", "nl", ["fix_phone"]),
        ("docx_form", "formtext", "nl", ["letterhead"]),
        ("docx_form", "sdt", "fr", []),
        ("docx_form", "textbox_vml", "nl", ["sender_other"]),
        ("docx_form", "comments", "fr", ["req_eq_total"]),
        ("docx_form", "tracked", "nl", []),
        ("odt_form", "frames", "nl", []),
        ("odt_form", "fields", "fr", ["phone_in_sig"]),
        ("odt_form", "table_annot", "nl", ["letterhead"]),
        ("xlsx_form", "right_comment", "nl", []),
        ("ods_form", "below", "fr", ["no_phone"]),
    ],
    "test": [
        ("pdf_form", "flat_freetext", "fr", ["no_org"]),
        ("pdf_form", "flat_typewriter", "nl", []),
        ("pdf_form", "acro_mixed_freetext", "nl", ["sender_other"]),
        ("pdf_form", "acro_mixed_sticky", "fr", ["total_in_body"]),
        ("pdf_form", "acro_full", "fr", []),
        ("pdf_form", "flat_sticky", "nl", ["fix_phone"]),
        ("pdf_letter", "wordprocessor", "fr", ["phone_in_sig"]),
        ("pdf_letter", "overlay", "nl", ["no_total"]),
        ("pdf_letter", "table", "nl", []),
        ("pdf_letter", "overlay_courier", "fr", ["sender_other"]),
        ("docx_form", "formtext", "fr", []),
        ("docx_form", "sdt", "nl", ["letterhead"]),
        ("docx_form", "textbox_dml", "fr", ["req_eq_total"]),
        ("docx_form", "table_newcol", "nl", ["comment_one"]),
        ("docx_form", "below_table", "nl", ["tracked_one", "sender_other"]),
        ("odt_form", "frames", "fr", []),
        ("odt_form", "fields", "nl", ["letterhead"]),
        ("odt_form", "table_annot", "fr", ["no_phone"]),
        ("xlsx_form", "below_comment", "fr", []),
        ("ods_form", "right_annot", "nl", ["phone_in_sig"]),
    ],
}

EXT = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt",
       "xlsx_form": "xlsx", "ods_form": "ods"}
MIME = {"pdf": ("application", "pdf"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "odt": ("application", "vnd.oasis.opendocument.text"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "ods": ("application", "vnd.oasis.opendocument.spreadsheet")}


def blanks_for(c, rng):
    b = set()
    o = c["opts"]
    if "phone_in_sig" in o or "no_phone" in o:
        b.add("phone")
    if "total_in_body" in o:
        b.add("total")
    if "no_total" in o:
        b |= {"total", "own", "other"}
    if "letterhead" in o:
        b |= {"street", "pccity"}
        if rng.random() < 0.5 and c["org"]:
            b.add("org")
    return b


def attachment(c, items, rng):
    t = c["tech"]
    if t == "flat_freetext":
        return pdfgen.pdf_flat_freetext(c, items, rng)
    if t == "flat_typewriter":
        return pdfgen.pdf_flat_freetext(c, items, rng, typewriter=True)
    if t == "acro_mixed_freetext":
        return pdfgen.pdf_acro_mixed(c, items, rng, "freetext")
    if t == "acro_mixed_sticky":
        return pdfgen.pdf_acro_mixed(c, items, rng, "sticky")
    if t == "acro_full":
        return pdfgen.pdf_acro_full(c, items, rng)
    if t == "flat_sticky":
        return pdfgen.pdf_flat_sticky(c, items, rng)
    if t == "wordprocessor":
        return pdfgen.pdf_wordprocessor(c, items, rng)
    if t == "overlay":
        return pdfgen.pdf_overlay(c, items, rng)
    if t == "overlay_courier":
        return pdfgen.pdf_overlay(c, items, rng, courier=True)
    if t == "table":
        return pdfgen.pdf_table_letter(c, items, rng)
    if t == "formtext":
        return docxgen.docx_formtext(c, items, rng)
    if t == "sdt":
        return docxgen.docx_sdt(c, items, rng)
    if t == "textbox_vml":
        return docxgen.docx_textbox(c, items, rng, "vml")
    if t == "textbox_dml":
        return docxgen.docx_textbox(c, items, rng, "dml")
    if t == "comments":
        return docxgen.docx_comments(c, items, rng)
    if t == "tracked":
        return docxgen.docx_tracked(c, items, rng)
    if t == "table_newcol":
        return docxgen.docx_table_newcol(c, items, rng)
    if t == "below_table":
        return docxgen.docx_below_table(c, items, rng)
    if t == "frames":
        return odfgen.odt_frames(c, items, rng)
    if t == "fields":
        return odfgen.odt_fields(c, items, rng)
    if t == "table_annot":
        return odfgen.odt_table_annot(c, items, rng)
    if t == "right_comment":
        return xlsxgen.xlsx_form(c, items, rng, "right")
    if t == "below_comment":
        return xlsxgen.xlsx_form(c, items, rng, "below")
    if t == "below":
        return odfgen.ods_form(c, items, rng, "below")
    if t == "right_annot":
        return odfgen.ods_form(c, items, rng, "right")
    raise ValueError(t)


# ------------------------------------------------------------- bodies
TOOL_NOTE = {
    "nl": {
        "flat_freetext": "Het formulier was niet invulbaar, dus ik heb de antwoorden er met ‘Invullen en ondertekenen’ in Acrobat op gezet.",
        "flat_typewriter": "Ik heb alles met de tekstfunctie van Acrobat Reader op de stippellijnen getypt, hopelijk is het leesbaar.",
        "acro_mixed_freetext": "Sommige vakjes waren te klein, daar heb ik de tekst er gewoon over gezet.",
        "acro_mixed_sticky": "Een paar antwoorden pasten niet in de vakjes, die staan in de gele notities.",
        "acro_full": "",
        "flat_sticky": "De bedragen staan in een notitie bij het budget, want in de vakjes typen lukte niet.",
        "wordprocessor": "Ik heb het formulier overgetypt in Word en als pdf bewaard.",
        "overlay": "Ik heb de antwoorden in het blauw over het formulier getypt en opnieuw als pdf opgeslagen.",
        "overlay_courier": "De antwoorden zijn over het formulier heen getypt en daarna opnieuw naar pdf ‘afgedrukt’.",
        "table": "",
        "formtext": "",
        "sdt": "",
        "textbox_vml": "De regels waren vergrendeld, dus ik heb tekstvakken over de stippellijnen gezet.",
        "textbox_dml": "",
        "comments": "Het document was beveiligd, daarom staan de antwoorden als opmerking in de kantlijn.",
        "tracked": "Let op: ik had ‘wijzigingen bijhouden’ nog aan staan, de antwoorden zijn gewoon de ingevoegde tekst.",
        "table_newcol": "Ik heb een kolom toegevoegd aan de tabel voor onze antwoorden.",
        "below_table": "De vakjes waren te klein; de antwoorden staan onder de tabel, met het nummer van de vraag.",
        "frames": "Ik heb met LibreOffice kaders over de lijnen gezet.",
        "fields": "",
        "table_annot": "Een paar gegevens heb ik als opmerking toegevoegd.",
        "right_comment": "Het grijze vak wilde niet, dus de antwoorden staan er telkens rechts naast (en twee in een opmerking).",
        "right_annot": "De antwoorden staan rechts van de vragen, één staat in een opmerking.",
        "below": "", "below_comment": "",
    },
    "fr": {
        "flat_freetext": "Le formulaire n'était pas modifiable, j'ai donc rempli avec l'outil « Remplir et signer » d'Acrobat.",
        "flat_typewriter": "J'ai tapé les réponses sur les pointillés avec l'outil texte d'Acrobat Reader, j'espère que c'est lisible.",
        "acro_mixed_freetext": "Certains champs étaient trop courts, j'ai ajouté le texte par-dessus.",
        "acro_mixed_sticky": "Quelques réponses ne rentraient pas dans les cases : elles sont dans les notes jaunes.",
        "acro_full": "",
        "flat_sticky": "Les montants sont dans une note à côté du budget, je n'arrivais pas à écrire dans les cases.",
        "wordprocessor": "J'ai recopié la fiche dans Word et l'ai enregistrée en PDF.",
        "overlay": "J'ai tapé nos réponses en bleu par-dessus la fiche puis réimprimé en PDF.",
        "overlay_courier": "Les réponses ont été tapées par-dessus la fiche et le tout réenregistré en PDF.",
        "table": "",
        "formtext": "",
        "sdt": "",
        "textbox_vml": "",
        "textbox_dml": "Les lignes n'étaient pas modifiables, j'ai donc mis des zones de texte par-dessus.",
        "comments": "Le document était protégé, les réponses sont donc dans les commentaires.",
        "tracked": "Le suivi des modifications était activé, les réponses sont les insertions.",
        "table_newcol": "", "below_table": "",
        "frames": "J'ai placé les réponses dans des cadres au-dessus des lignes (LibreOffice).",
        "fields": "",
        "table_annot": "Deux informations sont en commentaire dans le tableau.",
        "right_comment": "",
        "below_comment": "Les réponses sont sous chaque question (et deux en commentaire), les cases grises ne marchaient pas.",
        "right_annot": "",
        "below": "J'ai mis les réponses en dessous de chaque question.",
    },
}


def body_text(c, rng):
    nl = c["lang"] == "nl"
    o = c["opts"]
    sender_other = "sender_other" in o
    sf, sl = (c["other_first"], c["other_last"]) if sender_other else (c["first"], c["last"])
    role = c["other_role"] if sender_other else c["role"]
    greet = rng.choice(["Beste Jonas,", "Dag meneer Polin,", "Beste,", "Geachte heer Polin,", "Hallo Jonas,"] if nl
                       else ["Bonjour Monsieur Polin,", "Bonjour,", "Cher Monsieur,", "Bonjour Jonas,", "Madame, Monsieur,"])
    L = [greet, ""]
    org = c["org"]
    if nl:
        if org:
            L.append(rng.choice([f"In bijlage het ingevulde formulier van {org} voor de projectenoproep ‘Maak werk van je buurt!’.",
                                 f"Hierbij dienen wij, {org}, ons projectidee in voor ‘Maak werk van je buurt!’.",
                                 f"Zoals beloofd stuur ik u het aanvraagformulier van {org}."]))
        else:
            L.append(f"Als bewoner van {c['municipality']} stuur ik u graag mijn projectidee; ik doe dit (nog) niet namens een vereniging, maar met een groep buren.")
    else:
        if org:
            L.append(rng.choice([f"Veuillez trouver ci-joint la fiche de candidature de « {org} » pour l'appel à projets Partons 2.0.",
                                 f"Je vous transmets la candidature « {org} » pour l'appel Partons 2.0.",
                                 f"Comme convenu, voici notre fiche projet ({org})."]))
        else:
            L.append(f"Habitante de {c['municipality']}, je vous envoie à titre personnel, avec quelques voisins, notre idée de projet pour l'appel Partons 2.0."
                     if c["female"] else
                     f"Habitant de {c['municipality']}, je vous envoie à titre personnel, avec quelques voisins, notre idée de projet pour l'appel Partons 2.0.")
    note = TOOL_NOTE[c["lang"]].get(c["tech"], "")
    if note:
        L.append(note)
    if sender_other:
        cw = f"{c['first']} {c['last']}"
        L.append("")
        L.append(f"Voor vragen over het project kunt u best {cw} contacteren, onze {c['role']}; de gegevens staan in het formulier. Ik stuur het door omdat {c['first']} deze week in het buitenland is."
                 if nl else
                 f"Pour toute question sur le projet, merci de vous adresser à {cw} ({c['role']}), dont les coordonnées figurent sur la fiche ; je fais l'envoi à sa place cette semaine.")
    if "total_in_body" in o:
        L.append("")
        L.append(f"Het totaalbedrag ontbreekt in het formulier: de totale kostprijs van het project ramen we op {A(c, c['total'])}."
                 if nl else f"J'ai oublié le coût total sur la fiche : il s'élève à {A(c, c['total'])} au total.")
    if "no_total" in o:
        L.append("")
        L.append("De totale begroting werken we nog uit samen met de gemeente." if nl
                 else "Le budget global est encore en cours d'élaboration avec la mairie.")
    if "fix_phone" in o:
        L.append("")
        L.append(f"PS: in het formulier staat een tikfout in mijn telefoonnummer, het juiste nummer is {phone_txt(c, (c['phone_style'] + 1) % 6)}."
                 if nl else f"PS : il y a une erreur dans mon numéro sur la fiche, le bon numéro est le {phone_txt(c, (c['phone_style'] + 1) % 6)}.")
    if c["other"] and rng.random() < 0.5 and "no_total" not in o:
        L.append("")
        L.append(f"We hebben ook {A(c, c['other'])} aangevraagd bij {c['funder']}, daar wachten we nog op antwoord." if nl
                 else f"Nous avons aussi sollicité {A(c, c['other'])} auprès de : {c['funder']} (réponse attendue en juillet).")
    if rng.random() < 0.4:
        L.append("")
        L.append(rng.choice(["Graag komen we het idee ook eens toelichten.", "Alvast bedankt voor het bekijken van ons dossier.",
                             "Laat gerust iets weten als er iets ontbreekt."] if nl else
                            ["Nous serions ravis de vous présenter le projet sur place.", "Merci d'avance pour votre attention.",
                             "N'hésitez pas à me dire s'il manque quelque chose."]))
    L += ["", rng.choice(["Met vriendelijke groeten,", "Vriendelijke groet,", "Groeten,", "Met dank en groeten,"] if nl
                         else ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Salutations distinguées,"])]
    L.append(f"{sf} {sl}")
    if org or sender_other:
        L.append(f"{role} – {org}" if org else role)
    if sender_other:
        if rng.random() < 0.8:
            L.append(other_phone_txt(c))
    elif "phone_in_sig" in o:
        L.append(("gsm " if nl else "tél. ") + phone_txt(c, (c["phone_style"] + 2) % 6))
    elif c["phone_nsn"] and rng.random() < 0.4 and "fix_phone" not in o:
        L.append(phone_txt(c, (c["phone_style"] + 3) % 6))
    return "\n".join(L) + "\n"


def subject(c, rng):
    nl = c["lang"] == "nl"
    who = c["org"] or c["municipality"]
    return rng.choice([f"Projectidee ‘Maak werk van je buurt’ – {c['title']}", f"Aanvraag Partons 2.0 {who}",
                       "projectoproep maak werk van je buurt", f"Formulier {who}"] if nl else
                      [f"Candidature Partons 2.0 – {c['title']}", f"Appel à projets Partons 2.0 : {who}",
                       "fiche projet", f"Dossier {who} – Partons 2.0"])


def attach_name(c, rng):
    nl = c["lang"] == "nl"
    ext = EXT[c["fmt"]]
    v = c["municipality"]
    return rng.choice([f"Aanvraagformulier_MWVJB_{v}.{ext}", f"formulier ingevuld {v}.{ext}",
                       f"Partons 2.0 projectidee ({v}).{ext}", f"projectfiche_{v.lower()}.{ext}"] if nl else
                      [f"Fiche_candidature_Partons2.0_{v}.{ext}", f"candidature {v}.{ext}",
                       f"fiche projet remplie – {v}.{ext}", f"partons2_{v.lower()}.{ext}"])


def make_mail(c, att, rng):
    nl = c["lang"] == "nl"
    y, m, d, hh, mm = c["date"]
    dt = datetime.datetime(y, m, d, hh, mm, rng.randrange(60), tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    sender_other = "sender_other" in c["opts"]
    if sender_other:
        fname, faddr = f"{c['other_first']} {c['other_last']}", c["other_email"]
    else:
        fname, faddr = f"{c['first']} {c['last']}", c["email"]
    msg = MIMEMultipart("mixed")
    msg["From"] = formataddr((str(Header(fname, "utf-8")) if not fname.isascii() else fname, faddr))
    msg["To"] = formataddr((COORD_NAME, COORD)) if rng.random() < 0.6 else COORD
    msg["Subject"] = Header(subject(c, rng), "utf-8") if True else None
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<c35.{c['half']}.{c['idx']:03d}.{y}{m:02d}{d:02d}{hh:02d}{mm:02d}@{faddr.split('@')[1]}>"
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = rng.choice(["Microsoft Outlook 16.0", "Mozilla Thunderbird 60.7.0", "Apple Mail (2.3445.104.11)",
                                  "Roundcube Webmail/1.3.8", "Gmail"])
    msg.set_boundary(f"----=_Part_{c['seed'] % 100000:05d}_{c['idx']:02d}.c35")
    text = body_text(c, rng)
    tp = MIMEText(text, "plain", "utf-8")
    if rng.random() < 0.35:
        alt = MIMEMultipart("alternative")
        alt.set_boundary(f"----=_Alt_{c['seed'] % 99991:05d}.c35")
        alt.attach(tp)
        import html
        hp = "<html><body>" + "".join(f"<p>{html.escape(l) if l else '&nbsp;'}</p>" for l in text.split("\n")) + "</body></html>"
        alt.attach(MIMEText(hp, "html", "utf-8"))
        msg.attach(alt)
    else:
        msg.attach(tp)
    ext = EXT[c["fmt"]]
    mt = MIME[ext] if rng.random() < 0.85 else ("application", "octet-stream")
    part = MIMEBase(*mt)
    part.set_payload(att)
    encoders.encode_base64(part)
    fn = attach_name(c, rng)
    if fn.isascii():
        part.add_header("Content-Disposition", "attachment", filename=fn)
    else:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
    msg.attach(part)
    return msg.as_bytes()


def main(out):
    used = {"village": set(), "person": set(), "org": set(), "project": set(), "last_in_case": set()}
    for half in ("dev", "test"):
        used["project"] = set()
        plan = PLAN[half]
        order = list(range(1, len(plan) + 1))
        random.Random(f"c35-shuffle-{half}").shuffle(order)
        rows = []
        os.makedirs(os.path.join(out, half), exist_ok=True)
        for k, (fmt, tech, lang, opts) in enumerate(plan):
            num = order[k]
            rng = random.Random(f"c35-{half}-{k}")
            c = make_case(num, half, lang, fmt, tech, opts, rng, used)
            c["blank"] = blanks_for(c, rng)
            items = form_items(c, rng)
            att = attachment(c, items, random.Random(f"c35-att-{half}-{k}"))
            eml = make_mail(c, att, random.Random(f"c35-mail-{half}-{k}"))
            name = f"c35-{half}-{num:03d}.eml"
            with open(os.path.join(out, half, name), "wb") as f:
                f.write(eml)
            rows.append((num, {"file": name, "format": fmt, "language": lang, "fields": truth_of(c)}))
        rows.sort()
        with open(os.path.join(out, half, "truth.jsonl"), "w", encoding="utf-8") as f:
            for _, r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
