# -*- coding: utf-8 -*-
"""RFC 5322 messages: short volunteer-style bodies, exactly one attachment, fixed boundaries and ids."""
import datetime
import hashlib
import random
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from common import COORD_EMAIL, COORD_NAME, fmt_phone
from texts import role

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
}

AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0",
          "Microsoft Outlook 16.0", "Apple Mail (2.3445.104.8)", None, None,
          "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.6.1",
          "Roundcube Webmail/1.3.8"]

BODIES = {
    ("dev", "nl"): [
        ("Aanvraag Maak werk van je buurt - {org}",
         "Beste heer Polin,\n\nIn bijlage vindt u het ingevulde aanvraagformulier van {org} voor de oproep "
         "'Maak werk van je buurt!'.\nAlvast bedankt om het te bekijken.\n\nMet vriendelijke groeten,\n{sname}\n"
         "{srole} {org}\n"),
        ("projectidee {org}",
         "Dag Jonas,\n\nHierbij ons projectidee, zoals beloofd na de infoavond. Wie het dossier opvolgt staat "
         "in het formulier.\n\nGroetjes,\n{sfirst}\n{sphone}\n"),
        ("Projectenoproep Maak werk van je buurt!",
         "Goedemiddag,\n\nWij dienen graag een project in voor Maak werk van je buurt. Het formulier zit in "
         "bijlage.\n\nVriendelijke groet\n{sname}\n"),
    ],
    ("dev", "nl", "self"): [
        ("Aanvraagformulier {org}",
         "Beste Jonas,\n\nHet aanvraagformulier voor ons project zit in bijlage. Bij vragen mag je mij altijd "
         "bellen.\n\n{sname}\n{sphone}\n"),
    ],
    ("dev", "fr"): [
        ("Candidature Partons 2.0 - {org}",
         "Bonjour Monsieur Polin,\n\nVeuillez trouver ci-joint notre dossier de candidature pour l'appel à "
         "projets Partons 2.0.\n\nBien cordialement,\n{sname}\n{srole} - {org}\n"),
        ("Appel à projets Partons 2.0",
         "Bonjour,\n\nJe vous transmets la fiche projet de notre association. Pour le suivi, merci de vous "
         "adresser à la personne indiquée dans le document.\n\nCordialement,\n{sname}\n"),
        ("Dossier de candidature",
         "Monsieur,\n\nSuite à la réunion d'information à Bailleul, voici notre candidature (document joint)."
         "\n\nSalutations,\n{sname}\n{sphone}\n"),
    ],
    ("dev", "fr", "self"): [
        ("Candidature {org}",
         "Bonjour,\n\nVous trouverez en pièce jointe notre candidature. Je reste à votre disposition pour tout "
         "complément.\n\nBien à vous,\n{sname}\n"),
    ],
    ("dev", "fr", "private"): [
        ("Idée de projet pour le square",
         "Bonjour Monsieur Polin,\n\nJe vous envoie en pièce jointe mon idée de projet, préparée avec quelques "
         "voisins.\n\nBien à vous,\n{sname}\n"),
    ],
    ("test", "nl"): [
        ("Dossier Maak werk van je buurt",
         "Hallo,\n\nIn de bijlage ons dossier voor de projectoproep. Laat maar weten als er iets "
         "ontbreekt.\n\nGroeten,\n{sname} ({srole})\n"),
        ("Projectvoorstel Partons 2.0",
         "Geachte,\n\nNamens {org} bezorg ik u ons projectvoorstel voor Partons 2.0 / Maak werk van je "
         "buurt.\n\nHoogachtend,\n{sname}\n{semail}\n"),
        ("aanvraag {org}",
         "Beste Jonas\n\nzie bijlage :-)\nNog een fijne dag!\n\n{sfirst}\n"),
    ],
    ("test", "nl", "self"): [
        ("Aanvraag {org}",
         "Dag meneer Polin,\n\nBijgevoegd vindt u onze aanvraag. Ik volg dit dossier zelf op.\n\nMvg\n{sname}\n"
         "GSM {sphone}\n"),
    ],
    ("test", "nl", "private"): [
        ("idee voor onze buurt",
         "Beste meneer Polin,\n\nIn bijlage mijn brief met een idee voor de buurt aan het Hoornwerk.\n\n"
         "Vriendelijke groeten,\n{sname}\n"),
    ],
    ("test", "fr"): [
        ("Partons 2.0 : notre projet",
         "Bonjour,\n\nCi-joint notre candidature. Bonne réception.\n\n{sname}\n{srole} de {org}\n"),
        ("Candidature appel à projets",
         "Madame, Monsieur,\n\nNous avons l'honneur de vous adresser notre projet dans le cadre de l'appel "
         "Partons 2.0.\n\nRespectueusement,\n{sname}\n"),
        ("Fiche projet {org}",
         "Bonjour Jonas,\n\ncomme convenu au téléphone, voici le dossier.\n\nÀ bientôt,\n{sfirst}\n{sphone}\n"),
    ],
    ("test", "fr", "self"): [
        ("Dossier {org}",
         "Bonjour Monsieur Polin,\n\nJe vous adresse notre dossier. N'hésitez pas à me contacter pour toute "
         "question.\n\nCordialement\n{sname}\n{sphone}\n"),
    ],
}


def short_org(o):
    return o["org"] if o["org"] else ""


def build_eml(rec, payload, ext, filename):
    r = random.Random(rec.extra["rng_seed"] + 7)
    s = rec.sender
    kind = "private" if rec.org["org"] is None else ("self" if rec.sender_role == rec.contact_role else None)
    key = (rec.half, rec.lang) + ((kind,) if kind else ())
    choices = BODIES[key]
    subj_t, body_t = choices[rec.idx % len(choices)]
    pst = r.choice(["nat", "intl"]) if rec.country == "BE" else r.choice(["nat", "dots"])
    vals = dict(org=short_org(rec.org), sname=s.name, sfirst=s.first,
                srole=role(rec.sender_role, rec.lang, s.gender, cap=True) if rec.sender_role != "contact"
                else ("Bestuurslid" if rec.lang == "nl" else "Membre du bureau"),
                sphone=fmt_phone(s.phone, pst), semail=s.email)
    subj = subj_t.format(**vals).strip(" -")
    body = body_t.format(**vals)
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = Address(s.name, addr_spec=s.email)
    msg["To"] = Address(COORD_NAME, addr_spec=COORD_EMAIL) if r.random() < 0.7 else COORD_EMAIL
    if rec.idx % 6 == 2 and rec.sender_role != "chair" and "chair" in rec.people:
        ch = rec.people["chair"]
        msg["Cc"] = Address(ch.name, addr_spec=ch.email)
    msg["Subject"] = subj
    y, mo, d, hh, mi, ss = rec.date
    dt = datetime.datetime(y, mo, d, hh, mi, ss, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    msg["Date"] = format_datetime(dt)
    h = hashlib.sha1(("c43/%s/%d" % (rec.half, rec.idx)).encode()).hexdigest()
    dom = s.email.split("@")[1]
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16], h[16:24], dom)
    msg["MIME-Version"] = "1.0"
    ua = AGENTS[rec.idx % len(AGENTS)]
    if ua:
        msg["User-Agent" if "Mozilla" in ua or "Roundcube" in ua else "X-Mailer"] = ua
    msg["Content-Language"] = "nl-BE" if rec.lang == "nl" else ("fr-FR" if rec.country == "FR" else "fr-BE")
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    maintype, subtype = MIME[ext]
    msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    for part in msg.iter_attachments():
        del part["MIME-Version"]
    msg.set_boundary("------------c43%s%03d%s" % (rec.half, rec.idx, h[:12]))
    return msg.as_bytes(policy=policy.SMTP)
