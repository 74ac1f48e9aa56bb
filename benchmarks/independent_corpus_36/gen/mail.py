"""Composes the RFC 5322 message: a short volunteer-written body (nl/fr) and
exactly one attached application document."""
import datetime
import email.utils
import html
from email.message import EmailMessage
from email import policy
from common import COORD, slug
from spec import A

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
}

FEM = {"Annelies", "Marie", "Marleen", "Nadia", "Brigitte", "Claire", "Els", "Sandrine", "Hilde", "Odile", "Monique",
       "Greet", "Fatima", "Sofie", "Aurélie", "Katrien", "Chloé", "Hélène", "An", "Lieve", "Isabelle", "Lies", "Sylvie",
       "Rita", "Camille"}


def body_text(r, fin, rng):
    lang = r["lang"]
    contact = "%s %s" % (r["first"], r["last"])
    snd = r["sender"]
    sender_name = "%s %s" % (snd["first"], snd["last"]) if snd else contact
    title = r["title"]
    org = r["org"]
    repeat_amount = rng.random() < 0.35
    req_s = A(r, fin["req"]) if repeat_amount else None
    if req_s and not any(c in req_s for c in ("€", "EUR", "euro")):
        req_s += " euro" if lang == "nl" else " €"
    lines = []
    if lang == "nl":
        lines.append(rng.choice(["Beste Jonas,", "Dag Jonas,", "Geachte heer Polin,", "Beste meneer Polin,", "Hallo Jonas,",
                                 "Goeiedag,", "Beste,"]))
        lines.append("")
        if snd:
            hij = "haar" if r["first"] in FEM else "hem"
            lines.append(rng.choice([
                "Namens %s stuur ik u in bijlage het aanvraagformulier voor ons project \u2018%s\u2019. %s is de "
                "contactpersoon voor het project, u kan best rechtstreeks met %s contact opnemen." % (contact, title, r["first"], hij),
                "Ik stuur u dit door namens %s, die het project trekt. In bijlage het ingevulde formulier." % contact,
            ]))
        else:
            s1 = rng.choice([
                "In bijlage vindt u het ingevulde aanvraagformulier voor ons project \u2018%s\u2019." % title,
                "Hierbij ons projectidee voor de oproep \u2018Maak werk van je buurt!\u2019.",
                "Zoals afgesproken stuur ik je ons aanvraagformulier door.",
                ("Namens %s bezorg ik u graag onze kandidatuur voor de projectoproep." % org) if org else
                "Met enkele buren hebben we een idee uitgewerkt voor de projectoproep, zie bijlage.",
                "Met deze mail dienen we ons project in voor Maak werk van je buurt.",
            ])
            lines.append(s1)
        s2 = []
        if req_s:
            s2.append(rng.choice(["We vragen %s steun." % req_s, "Het gevraagde bedrag is %s." % req_s]))
        s2.append(rng.choice(["Mocht er iets ontbreken, laat het gerust weten.", "Hopelijk is alles duidelijk, anders hoor ik het graag.",
                              "We kijken alvast uit naar jullie reactie.",
                              "Ik was niet zeker of ik het formulier helemaal juist heb ingevuld, laat maar weten als er iets moet aangepast worden.",
                              "Alvast bedankt!", ""]))
        lines.append(" ".join(x for x in s2 if x))
        lines.append("")
        lines.append(rng.choice(["Met vriendelijke groeten,", "Vriendelijke groeten,", "Groetjes,", "Mvg,", "Met vriendelijke groet"]))
    else:
        lines.append(rng.choice(["Bonjour Monsieur Polin,", "Monsieur,", "Bonjour,", "Cher Monsieur Polin,", "Madame, Monsieur,"]))
        lines.append("")
        if snd:
            lines.append(rng.choice([
                "Je vous transmets, de la part de %s, le dossier de candidature pour le projet « %s ». C'est %s qui suit "
                "le projet, n'hésitez pas à %s contacter directement." % (contact, title,
                                                                      "elle" if r["first"] in FEM else "lui",
                                                                      "la" if r["first"] in FEM else "le"),
                "Veuillez trouver ci-joint notre candidature à l'appel à projets Partons 2.0, préparée par %s." % contact,
            ]))
        else:
            lines.append(rng.choice([
                "Veuillez trouver ci-joint notre dossier de candidature pour le projet « %s »." % title,
                "Suite à la réunion d'information, je vous envoie notre fiche projet pour l'appel Partons 2.0.",
                "Je vous adresse en pièce jointe le formulaire de candidature complété.",
                ("Au nom de « %s », je vous transmets notre candidature." % org) if org else
                "Avec quelques voisins, nous avons préparé un petit projet pour notre lotissement ; vous trouverez le formulaire en pièce jointe.",
            ]))
        s2 = []
        if req_s:
            s2.append(rng.choice(["Nous sollicitons %s." % req_s, "Le montant demandé est de %s." % req_s]))
        s2.append(rng.choice(["Je reste à votre disposition pour tout complément d'information.",
                              "N'hésitez pas à me contacter si quelque chose manque.",
                              "Dans l'attente de votre retour,", "Merci d'avance !", ""]))
        lines.append(" ".join(x for x in s2 if x))
        lines.append("")
        lines.append(rng.choice(["Cordialement,", "Bien cordialement,", "Bien à vous,", "Salutations distinguées,", "Cdlt"]))
    # signature
    lines.append(sender_name)
    if snd:
        if snd.get("role"):
            lines.append("%s%s" % (snd["role"], (" \u2013 " + org) if org else ""))
        if snd.get("phone"):
            lines.append(("Tél. " if lang == "fr" else "Tel. ") + snd["phone"])
    else:
        if r["role"] and org and rng.random() < 0.7:
            shared = set(r["role"].lower().split()) & set(org.lower().split())
            lines.append("%s %s" % (r["role"], org) if lang == "nl" and not shared and rng.random() < 0.5
                         else "%s, %s" % (r["role"], org))
        elif org and rng.random() < 0.5:
            lines.append(org)
        if r["phone"] and rng.random() < 0.4:
            lines.append(r["phone"])
    if rng.random() < 0.25:
        lines.append("")
        lines.append(rng.choice(["Verzonden vanaf mijn iPad", "Verstuurd vanaf mijn Samsung Galaxy-smartphone"]) if lang == "nl"
                     else rng.choice(["Envoyé de mon iPhone", "Garanti sans virus. www.avast.com"]))
    return "\n".join(lines) + "\n"


SUBJ = {
    "nl": ["Projectidee Maak werk van je buurt \u2013 {short}", "Kandidatuur projectoproep Partons 2.0", "aanvraag {title}",
           "Maak werk van je buurt!", "Projectoproep: {title}", "Aanvraagformulier {short}", "projectidee"],
    "fr": ["Candidature appel à projets Partons 2.0", "Dossier de candidature \u2013 {title}", "Partons 2.0 : notre projet",
           "Appel à projets \u2013 {short}", "candidature {short}", "Fiche projet Partons 2.0"],
}


def attachment_name(r, ext, rng):
    lang = r["lang"]
    short = r["org"] or r["title"]
    if r["fmt"] == "pdf_letter":
        return rng.choice({"nl": ["brief kandidatuur %s.pdf" % short, "Kandidatuur Partons 2.0.pdf",
                                  "projectoproep_brief_%s.pdf" % slug(r["muni"]).replace(".", "_")],
                           "fr": ["Lettre de candidature.pdf", "courrier candidature %s.pdf" % short,
                                  "Candidature_Partons_%s.pdf" % slug(r["muni"]).replace(".", "_")]}[lang])
    opts = {
        "nl": ["Aanvraagformulier_Partons_ingevuld.%s", "projectfiche %s.%%s" % short, "Maak werk van je buurt - %s.%%s" % short,
               "aanvraag_maak_werk_van_je_buurt_2019.%s", "Formulier projectoproep %s.%%s" % r["muni"], "projectidee.%s"],
        "fr": ["Formulaire_candidature_Partons2.0.%s", "Candidature %s.%%s" % short, "fiche projet - %s.%%s" % r["muni"],
               "dossier_candidature_%s.%%s" % slug(short).replace(".", "_"), "Candidature Partons 2.0 %s.%%s" % r["muni"]],
    }
    return rng.choice(opts[lang]) % ext


def make_eml(r, fin, data, ext, rng):
    lang = r["lang"]
    msg = EmailMessage(policy=policy.SMTP)
    snd = r["sender"]
    if snd:
        from_name, from_addr = "%s %s" % (snd["first"], snd["last"]), snd["email"]
    else:
        from_name, from_addr = "%s %s" % (r["first"], r["last"]), r["email"]
    msg["From"] = email.utils.formataddr((from_name, from_addr)) if rng.random() < 0.85 else from_addr
    msg["To"] = rng.choice(["Jonas Polin <%s>" % COORD["email"], COORD["email"], "\"Polin Jonas\" <%s>" % COORD["email"]])
    if snd and rng.random() < 0.7:
        msg["Cc"] = email.utils.formataddr(("%s %s" % (r["first"], r["last"]), r["email"]))
    short = r["org"] or r["title"]
    msg["Subject"] = rng.choice(SUBJ[lang]).format(short=short, title=r["title"])
    dt = datetime.datetime.combine(r["date"], datetime.time(rng.randint(7, 23), rng.randint(0, 59), rng.randint(0, 59)))
    dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    msg["Date"] = email.utils.format_datetime(dt)
    dom = from_addr.split("@")[1]
    msg["Message-ID"] = "<%016x.%06x@%s>" % (rng.getrandbits(64), rng.getrandbits(24), dom)
    ua = rng.choice([None, ("X-Mailer", "Microsoft Outlook 16.0"), ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; "
                                                                                 "rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
                     ("X-Mailer", "iPhone Mail (16E227)"), ("User-Agent", "Roundcube Webmail/1.3.8")])
    if ua:
        msg[ua[0]] = ua[1]
    body = body_text(r, fin, rng)
    msg.set_content(body)
    if rng.random() < 0.4:
        h = "<html><body>%s</body></html>" % "".join(
            "<p>%s</p>" % html.escape(par).replace("\n", "<br>") for par in body.split("\n\n"))
        msg.add_alternative(h, subtype="html")
    maintype, subtype = MIME[ext]
    if rng.random() < 0.1:
        maintype, subtype = "application", "octet-stream"
    fname = attachment_name(r, ext, rng)
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    # deterministic MIME boundaries so that a rebuild is byte-identical
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(10 ** 8, 10 ** 9 - 1),
                                                       rng.randint(10 ** 12, 10 ** 13 - 1)))
    return msg, fname
