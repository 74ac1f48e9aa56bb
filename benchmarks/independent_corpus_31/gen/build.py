# -*- coding: utf-8 -*-
"""Build corpus c31: 40 e-mails, each with one filled-in application form made with other software.

Usage:  python gen/build.py            (writes dev/ and test/ beside gen/)
"""
import datetime
import email.policy
import email.utils
import json
import os
import random
import sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import data  # noqa: E402
import render_pdf as P  # noqa: E402
import render_docx as DX  # noqa: E402
import render_odf as OD  # noqa: E402
import render_xlsx as XL  # noqa: E402
from common import rng_for  # noqa: E402

DESIGNS = {
    "PF1_acrobat": (P.pf1_acrobat, "pdf_form"),
    "PF2_wordacro": (P.pf2_wordacro, "pdf_form"),
    "PF3_lo": (P.pf3_lo, "pdf_form"),
    "PF4_viewer": (P.pf4_viewer, "pdf_form"),
    "PF5_budget": (P.pf5_budget, "pdf_form"),
    "PF6_bilingual": (P.pf6_bilingual, "pdf_form"),
    "PL1_gforms": (P.pl1_gforms, "pdf_letter"),
    "PL2_msforms": (P.pl2_msforms, "pdf_letter"),
    "PL3_jotform": (P.pl3_jotform, "pdf_letter"),
    "PL3_limesurvey": (P.pl3_limesurvey, "pdf_letter"),
    "PL4_gdocs": (P.pl4_gdocs, "pdf_letter"),
    "PL5_pages": (P.pl5_pages, "pdf_letter"),
    "D1_gdocs": (DX.d1_gdocs, "docx_form"),
    "D2_wordlh": (DX.d2_wordlh, "docx_form"),
    "D3_pages": (DX.d3_pages, "docx_form"),
    "D4_wps": (DX.d4_wps, "docx_form"),
    "D5_wordcc": (DX.d5_wordcc, "docx_form"),
    "O1_lo_controls": (OD.o1_lo_controls, "odt_form"),
    "O2_lo_table": (OD.o2_lo_table, "odt_form"),
    "S1_calc": (OD.s1_calc, "ods_form"),
    "S2_framaforms": (OD.s2_framaforms, "ods_form"),
    "X1_excel": (XL.x1_excel, "xlsx_form"),
    "X2_msforms_xlsx": (XL.x2_msforms_xlsx, "xlsx_form"),
}

MIME = {
    "pdf_form": ("application", "pdf"), "pdf_letter": ("application", "pdf"),
    "docx_form": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt_form": ("application", "vnd.oasis.opendocument.text"),
    "ods_form": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "xlsx_form": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 60.7.0", "Apple Mail (2.3445.104.11)", None,
           "Microsoft Outlook 15.0", "Roundcube Webmail/1.3.8", None, "iPhone Mail (16F203)"]

SUBJ_NL = ["Projectidee Maak werk van je buurt – {org}", "aanvraag Partons 2.0", "Projectoproep: {title}",
           "Indiening projectfiche {org}", "Maak werk van je buurt! - ons projectidee", "Fwd: projectfiche {org}",
           "Aanvraagformulier {title}", "Partons 2.0 projectidee {muni}"]
SUBJ_FR = ["Dépôt de projet Partons 2.0 – {org}", "candidature Partons 2.0", "Appel à projets : {title}",
           "Fiche projet {org}", "Partons 2.0 - notre idée de projet", "TR: fiche projet {muni}",
           "Candidature « {title} »", "Projet {muni} - Partons 2.0"]


def body_nl(r, rnd):
    f = r["f"]
    sname, smail = r["sender"]
    first = sname.split()[0]
    greet = rnd.choice(["Beste Jonas,", "Beste meneer Polin,", "Dag Jonas,", "Geachte heer Polin,", "Hallo,"])
    d = r["design"]
    if d == "PF4_viewer":
        core = ("Namens het bestuur van %s stuur ik u in bijlage ons aanvraagformulier voor de projectenoproep. "
                "Ik heb het ingevuld in de pdf-lezer op mijn computer, hopelijk komt alles goed door.\n\n"
                "Contactpersoon voor het project is onze voorzitter %s, hij volgt het dossier verder op." % (f["organisation"], f["contact_name"].split()[0]))
        sig = "%s\nsecretaris %s\n0486 21 70 93" % (sname, f["organisation"])
    elif d == "PL1_gforms":
        core = ("Ik heb ons projectidee ingevuld via het Google-formulier dat we intern gebruiken en de "
                "antwoorden als pdf opgeslagen. U vindt het in bijlage.")
        sig = "Groetjes,\n%s\nnamens %s" % (f["contact_name"], f["organisation"])
    elif d == "PL2_msforms":
        core = ("Katrien van ons bestuur heeft de vragen van de projectfiche in Microsoft Forms gegoten en voor ons "
                "ingevuld. Hierbij de afdruk van het antwoord. Ik ben de contactpersoon voor het project.")
        sig = "Met vriendelijke groet,\n%s" % sname
    elif d == "D3_pages":
        core = ("Hierbij ons projectidee voor de oproep. Ik heb het formulier op mijn Mac in Pages ingevuld en als "
                "Word-bestand bewaard, ik hoop dat het goed opent.")
        sig = "%s\n%s" % (sname, f["organisation"])
    else:
        core = rnd.choice([
            "In bijlage vindt u de ingevulde projectfiche van %s voor de oproep ‘Maak werk van je buurt!’." % f["organisation"],
            "Hierbij bezorgen wij u ons projectidee “%s”. Het formulier zit in bijlage." % f["project_title"],
            "Zoals besproken op de infoavond stuur ik u ons aanvraagformulier door. Alle info staat in de bijlage.",
            "Graag dienen wij ons project in voor de grensoverschrijdende oproep van Partons 2.0. U vindt het ingevulde formulier in bijlage.",
        ])
        core += "\n\n" + rnd.choice(["Laat gerust iets weten als er nog iets ontbreekt.",
                                     "Bij vragen mag u mij altijd contacteren.",
                                     "Alvast bedankt voor de ontvangst.",
                                     "We kijken uit naar uw reactie."])
        sig = rnd.choice(["Met vriendelijke groeten,\n%s", "Vriendelijke groet,\n%s", "Groeten,\n%s", "mvg\n%s"]) % sname
        if rnd.random() < 0.5:
            sig += "\n" + f["organisation"]
    return "%s\n\n%s\n\n%s\n" % (greet, core, sig)


def body_fr(r, rnd):
    f = r["f"]
    sname, smail = r["sender"]
    greet = rnd.choice(["Bonjour Monsieur Polin,", "Bonjour,", "Monsieur,", "Bonjour Jonas,", "Madame, Monsieur,"])
    d = r["design"]
    if d == "PL1_gforms":
        core = ("Nous avons rempli la fiche via un formulaire Google de notre association ; vous trouverez en pièce "
                "jointe l'impression des réponses en PDF.")
        sig = "Cordialement,\n%s\npour %s" % (f["contact_name"], f["organisation"])
    elif d == "S2_framaforms":
        core = ("Notre association a collecté les éléments du projet via un questionnaire Framaforms. Je vous "
                "transmets l'export de notre réponse (fichier tableur). Le responsable du projet est %s, "
                "n'hésitez pas à le contacter directement." % f["contact_name"])
        sig = "Bien à vous,\n%s\nsecrétaire" % sname
    elif d == "PL2_msforms":
        core = ("J'ai rempli le formulaire de dépôt en ligne depuis mon compte pour l'association ; je vous transfère "
                "le PDF de la réponse. La référente du projet est ma femme, %s." % f["contact_name"].split()[0])
        sig = "Cordialement,\n%s\n06 11 52 40 87" % sname
    elif d == "X2_msforms_xlsx":
        core = ("Veuillez trouver ci-joint notre candidature. Isabelle l'a saisie dans le formulaire Microsoft Forms "
                "de la commune et nous avons exporté la réponse en Excel.")
        sig = "Cordialement,\n%s" % sname
    else:
        core = rnd.choice([
            "Veuillez trouver ci-joint la fiche projet de %s pour l'appel à projets Partons 2.0." % f["organisation"],
            "Je vous prie de trouver en pièce jointe notre dossier « %s »." % f["project_title"],
            "Suite à la réunion d'information, je vous adresse notre fiche de candidature complétée.",
            "Nous souhaitons déposer notre idée de projet dans le cadre de l'appel transfrontalier. Le formulaire rempli est en pièce jointe.",
        ])
        core += "\n\n" + rnd.choice(["Je reste à votre disposition pour tout complément.",
                                     "N'hésitez pas à revenir vers moi si besoin.",
                                     "Merci de bien vouloir accuser réception.",
                                     "Dans l'attente de votre retour,"])
        sig = rnd.choice(["Cordialement,\n%s", "Bien cordialement,\n%s", "Bonne journée,\n%s",
                          "Salutations distinguées,\n%s"]) % sname
        if rnd.random() < 0.5:
            sig += "\n" + f["organisation"]
    return "%s\n\n%s\n\n%s\n" % (greet, core, sig)


def make_mail(r, attachment, fmt):
    rnd = rng_for(r)
    f = r["f"]
    nl = r["lang"] == "nl"
    msg = EmailMessage(policy=email.policy.SMTP)
    sname, smail = r["sender"]
    msg["From"] = email.utils.formataddr((sname, smail))
    msg["To"] = email.utils.formataddr(data.COORDINATOR)
    subj = rnd.choice(SUBJ_NL if nl else SUBJ_FR)
    msg["Subject"] = subj.format(org=f["organisation"], title=f["project_title"], muni=f["municipality"])
    dt = datetime.datetime.strptime(r["date"], "%Y-%m-%d %H:%M").replace(
        second=rnd.randint(0, 59), tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    msg["Date"] = email.utils.format_datetime(dt)
    msg["Message-ID"] = "<%s.%d@%s>" % (dt.strftime("%Y%m%d%H%M%S"), rnd.randint(10 ** 6, 10 ** 7), smail.split("@")[1])
    mailer = rnd.choice(MAILERS)
    if mailer:
        msg["X-Mailer"] = mailer
    msg["Content-Language"] = "nl-BE" if nl else "fr-FR"
    body = body_nl(r, rnd) if nl else body_fr(r, rnd)
    msg.set_content(body, subtype="plain", charset="utf-8")
    maintype, subtype = MIME[fmt]
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=r["fname"])
    for part in msg.iter_parts():
        del part["MIME-Version"]      # mail clients only put it on the top level
    return msg.as_bytes()


def main():
    out = {"dev": [], "test": []}
    for r in data.R:
        fn, fmt = DESIGNS[r["design"]]
        att = fn(r)
        assert len(att) < 300 * 1024, (r["slot"], len(att))
        out[r["split"]].append((r, fmt, att))
    for split, items in out.items():
        d = os.path.join(ROOT, split)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            if old.endswith(".eml") or old == "truth.jsonl":
                os.remove(os.path.join(d, old))
        order = list(range(len(items)))
        random.Random("c31-" + split).shuffle(order)
        truth = []
        for num, idx in enumerate(order, start=1):
            r, fmt, att = items[idx]
            name = "c31-%s-%03d.eml" % (split, num)
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(make_mail(r, att, fmt))
            truth.append({"file": name, "format": fmt, "language": r["lang"], "fields": r["f"]})
        with open(os.path.join(d, "truth.jsonl"), "w", encoding="utf-8") as fh:
            for t in truth:
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")
        print(split, len(truth))


if __name__ == "__main__":
    main()
