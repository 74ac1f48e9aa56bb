"""Compose the RFC 5322 messages (multipart/mixed, one attachment)."""
import datetime as dt
import email.policy
import email.utils
from email.message import EmailMessage

from data import COORD, D, fmt_amt, fmt_phone, slug

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
}
AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0",
          "Microsoft Outlook 16.0", "iPhone Mail (16F203)", None, None, "Roundcube Webmail/1.3.8",
          "Microsoft Outlook 14.0", "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.6.1"]


def approx(v, lang):
    v = D(v)
    r = (v / 500).to_integral() * 500
    if lang == "nl":
        return fmt_amt(r, "be_int")
    return fmt_amt(r, "fr_int").replace(" €", "")


def body_text(case, rng):
    lang = case["lang"]
    ct = case["contact"]
    snd = case["sender"]
    other = snd is not ct
    full = f"{ct['first']} {ct['last']}"
    org = case["org"]
    b = case["budget"]
    ph = fmt_phone(case["phone"], rng.choice(["local", "slash", "intl"])) if case["phone"] else None
    req_round = b.request == b.request.to_integral() and int(b.request) % 250 == 0
    if lang == "nl":
        if other:
            return (f"Beste,\n\nNamens {org or 'onze buurtgroep'} stuur ik u ons projectidee voor ‘Maak werk van je buurt!’ door. "
                    f"Contactpersoon voor het project is {full}; ik beheer enkel de mailbox van de vereniging.\n\n"
                    f"Vriendelijke groet,\n{snd['first']} {snd['last']}\n{snd['role']}")
        opts = [
            f"Dag Jonas,\n\nIn bijlage vind je ons projectidee voor ‘Maak werk van je buurt!’. We hopen dat het in aanmerking komt!\n\n"
            f"Groetjes,\n{ct['first']}" + (f"\n{org}" if org else ""),
            f"Beste meneer Polin,\n\nHierbij bezorgen wij u het ingevulde formulier" + (f" van {org}" if org else "") +
            f" voor de projectenoproep. Mocht er nog iets ontbreken, laat het gerust weten.\n\nMet vriendelijke groeten,\n{full}"
            + (f"\n{ct['role']} {org}" if org else "") + (f"\n{ph}" if ph else ""),
            f"Hallo Jonas,\n\nZoals beloofd na de infoavond: hier ons voorstel voor ‘{case['title']}’. "
            + (f"We vragen {fmt_amt(b.request, 'euro_word')}, " if req_round else f"We vragen ongeveer {approx(b.request, 'nl')} euro, ")
            + "de details staan in de bijlage.\n\nmvg\n" + full,
            f"Goeiedag,\n\nIn bijlage onze kandidatuur voor de oproep van Partons 2.0. De begroting zit mee in het document.\n\n"
            f"Met vriendelijke groeten\n{full}" + (f"\ntel. {ph}" if ph else ""),
            f"Beste Jonas,\n\nHet heeft wat voeten in de aarde gehad, maar hier is ons projectidee. We kijken uit naar je reactie.\n\n"
            f"Vele groeten,\n{full}" + (f" – {org}" if org else ""),
            f"Dag meneer Polin,\n\nExcuses, in mijn vorige mail zat de bijlage er niet bij. Hierbij alsnog ons formulier voor "
            f"‘{case['title']}’.\n\nGroeten,\n{full}" + (f"\n{ph}" if ph else ""),
            f"Beste,\n\nHierbij het aanvraagformulier" + (f" van {org}" if org else "") + ". De totale kost bedraagt "
            f"{fmt_amt(b.total, 'be_eur')}; het gevraagde bedrag vindt u in de begroting.\n\nMvg,\n{ct['first']} {ct['last'][0]}.",
            f"Dag Jonas,\n\nVoilà, ons projectvoorstel is klaar! Mag ik vragen om even te bevestigen dat je het goed ontvangen hebt?\n\n"
            f"Groetjes,\n{full}",
        ]
    else:
        if other:
            return (f"Bonjour,\n\nJe vous transmets au nom de notre structure ({org or 'collectif d’habitants'}) notre dossier de candidature Partons 2.0. "
                    f"La personne référente du projet est {full}, qui reste votre interlocuteur.\n\n"
                    f"Bonne journée,\n{snd['first']} {snd['last']}, {snd['role']}")
        opts = [
            f"Bonjour Monsieur Polin,\n\nVeuillez trouver ci-joint notre dossier de candidature pour l'appel à projets Partons 2.0. "
            f"Nous restons à votre disposition pour tout complément.\n\nBien cordialement,\n{full}" + (f"\n{ct['role']} – {org}" if org else ""),
            f"Bonjour,\n\nComme convenu par téléphone, je vous envoie notre fiche projet" + (f" ({org})" if org else "") +
            f" (« {case['title']} »). Le budget est détaillé dans le document joint.\n\nCordialement,\n{full}" + (f"\n{ph}" if ph else ""),
            f"Madame, Monsieur,\n\nJe vous prie de trouver en pièce jointe notre candidature. Merci d'avance pour votre lecture.\n\n"
            f"Salutations distinguées,\n{full}",
            f"Bonsoir Monsieur Polin,\n\nVoici notre candidature pour le projet « {case['title']} ». "
            + (f"Nous sollicitons {fmt_amt(b.request, 'fr_int')}, " if req_round else f"Nous sollicitons environ {approx(b.request, 'fr')} €, ")
            + f"tout est détaillé dans le budget joint.\n\nBien à vous,\n{ct['first']}",
            f"Bonjour Jonas,\n\nSuite à la réunion d'information, voici notre idée de projet. N'hésitez pas à venir nous rencontrer !\n\n"
            f"À bientôt,\n{full}" + (f"\n{org}" if org else ""),
            f"Bonjour,\n\nDésolée/désolé, la pièce jointe manquait dans mon précédent message. La voici : notre dossier pour "
            f"« {case['title']} ».\n\nCordialement,\n{full}" + (f"\n{ph}" if ph else ""),
            f"Monsieur Polin,\n\nNous avons le plaisir de vous adresser notre candidature. Le coût total du projet s'élève à "
            f"{fmt_amt(b.total, 'fr')} ; le détail du financement figure dans le document.\n\nBien cordialement,\n{full}",
            f"Bonjour,\n\nVoici notre projet pour l'appel Partons 2.0. Pourriez-vous nous confirmer la bonne réception ? Merci !\n\n"
            f"{ct['first']} {ct['last'].upper()}",
        ]
    return rng.choice(opts)


def subject(case, rng):
    lang, org, t = case["lang"], case["org"], case["title"]
    if lang == "nl":
        return rng.choice([f"Projectidee Maak werk van je buurt – {org or t}", f"Aanvraag Partons 2.0: {t}",
                           "projectoproep Maak werk van je buurt", f"Kandidatuur {org or t}", f"Ons projectidee ‘{t}’"])
    return rng.choice([f"Candidature Partons 2.0 – {org or t}", f"Appel à projets Partons 2.0 : {t}",
                       "dossier de candidature", f"Fiche projet {org or t}", f"Candidature « {t} »"])


def filename(case, ext, rng):
    lang = case["lang"]
    s = "_".join(slug(case["org"] or case["title"]))[:30]
    if lang == "nl":
        opts = [f"Aanvraagformulier Partons 2.0 - {case['org'] or case['title']}.{ext}", f"projectidee_{s}.{ext}",
                f"Formulier projectidee ingevuld.{ext}", f"aanvraag_{s}_def.{ext}", f"Projectidee {case['title']}.{ext}"]
        if ext in ("xlsx", "ods"):
            opts.append(f"begroting en aanvraag.{ext}")
        if case["spec"]["fmt"] == "pdf_letter":
            opts = [f"Brief Partons {s}.{ext}", f"brief projectidee.{ext}", f"Kandidatuur_{s}.{ext}"]
    else:
        opts = [f"Dossier candidature Partons 2.0.{ext}", f"fiche_projet_{s}.{ext}", f"Candidature {case['title']}.{ext}",
                f"candidature_{s}_v2.{ext}"]
        if ext in ("xlsx", "ods"):
            opts.append(f"budget previsionnel et fiche.{ext}")
        if case["spec"]["fmt"] == "pdf_letter":
            opts = [f"Courrier candidature {s}.{ext}", f"lettre_partons.{ext}", f"Candidature_{s}.{ext}"]
    fn = rng.choice(opts)
    for ch in ':/\\?*"<>|«»':
        fn = fn.replace(ch, "")
    return " ".join(fn.split()).replace(" .", ".")


def compose(case, attachment_bytes, ext, rng):
    snd = case["sender"]
    sender_email = case["email"] if snd is case["contact"] else snd["email"]
    if snd is case["contact"] and case["org_email"] and rng.random() < 0.35:
        sender_email = case["org_email"]      # sent from the group's shared mailbox
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = email.utils.formataddr((f"{snd['first']} {snd['last']}", sender_email))
    msg["To"] = rng.choice([COORD["email"], email.utils.formataddr((COORD["name"], COORD["email"]))])
    msg["Subject"] = subject(case, rng)
    tz = dt.timezone(dt.timedelta(hours=2))
    msg["Date"] = email.utils.format_datetime(case["date"].replace(tzinfo=tz, second=rng.randint(0, 59)))
    dom = sender_email.split("@")[1]
    msg["Message-ID"] = f"<{case['date'].strftime('%Y%m%d%H%M%S')}.{rng.randint(10**7, 10**8 - 1)}@{dom}>"
    ua = rng.choice(AGENTS)
    if ua:
        msg["User-Agent" if "Mozilla" in ua or "Roundcube" in ua else "X-Mailer"] = ua
    msg["Content-Language"] = "nl-BE" if case["lang"] == "nl" else ("fr-FR" if case["country"] == "FR" else "fr-BE")
    body = body_text(case, rng)
    msg.set_content(body, charset="utf-8")
    if rng.random() < 0.4:
        html = "<html><body>" + "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in
                                         body.replace("&", "&amp;").replace("<", "&lt;").split("\n")) + "</body></html>"
        msg.add_alternative(html, subtype="html", charset="utf-8")
    maintype, subtype = MIME[ext]
    if rng.random() < 0.12:
        maintype, subtype = "application", "octet-stream"
    fn = filename(case, ext, rng)
    msg.add_attachment(attachment_bytes, maintype=maintype, subtype=subtype, filename=fn)
    # deterministic MIME boundaries (so a rebuild gives the same files)
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{case['seed']}_{i}_{rng.randint(10**9, 10**10 - 1)}")
    return msg, body, fn
