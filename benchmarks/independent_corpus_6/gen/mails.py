"""Mail texts (bodies, signatures, quoted history, forwards) and .eml assembly (stdlib email)."""
import html
import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, formataddr
from docs import fr_de, budget_sentence, req_written, amt, place_line, datestr
from cases import BE_STREETS, FR_STREETS

COORD = "coordinator@example.org"
COORD_NAME = {"nl": "Projectcoördinator Partons 2.0", "fr": "Coordination Partons 2.0", "en": "Partons 2.0 coordinator"}
TZ = dt.timezone(dt.timedelta(hours=2))


def coord_sig(lang):
    return [COORD_NAME[lang], "Provincie West-Vlaanderen", "Woumenweg 100, 8600 Diksmuide", "tel. 051 00 00 00",
            COORD]


def helper_sig(c, rng):
    lines = [c["helper_name"]]
    if c["sender"] == "townhall":
        street = rng.choice(BE_STREETS if c["country"] == "BE" else FR_STREETS)
        addr = f"{street} 1, {c['postcode']} {c['municipality']}" if c["country"] == "BE" else \
            f"1 {street}, {c['postcode']} {c['municipality']}"
        lines += [{"BE": "dienst vrije tijd", "FR": "service vie associative"}[c["country"]] if c["lang"] != "en"
                  else "community services", c["helper_org"], addr, c["helper_phone"]]
    return lines


def attach_body(c, rng, kind):
    """Short covering text for mails with an attachment. kind: scan/photo/file."""
    lang, s = c["lang"], c["sender"]
    f = c["first"]
    if lang == "nl":
        if s == "self":
            extra = {"scan": "Ik heb het formulier op papier ingevuld en ingescand.",
                     "photo": "Excuses voor de foto's, ik heb thuis geen scanner. Ik hoop dat alles leesbaar is.",
                     "file": "Bij vragen mag u mij altijd contacteren."}[kind]
            return [rng.choice(["Beste,", "Beste projectcoördinator,", "Goeiedag,"]),
                    f"Hierbij onze aanvraag voor de projectoproep ‘Maak werk van je buurt!’. {extra}",
                    "Alvast bedankt!", f"Met vriendelijke groeten,\n{f}"]
        if s == "helper":
            return ["Beste,", f"Ik stuur u de aanvraag van {c['contact_name']} door; zelf heeft die geen computer. "
                              f"Ik heb het blad {'gefotografeerd' if kind == 'photo' else 'ingescand'}.",
                    f"Groeten,\n{c['helper_name']}"]
        return ["Beste,", f"Het aanvraagformulier werd op papier binnengebracht op het gemeentehuis. Ik bezorg het u "
                          f"namens de initiatiefnemers (contactpersoon: {c['contact_name']}).",
                "Met vriendelijke groet,\n" + "\n".join(helper_sig(c, rng))]
    if lang == "fr":
        if s == "self":
            extra = {"scan": "J'ai rempli le formulaire papier et je l'ai scanné.",
                     "photo": "Désolé pour les photos, je n'ai pas de scanner. J'espère que c'est lisible.",
                     "file": "Je reste à votre disposition pour toute question."}[kind]
            return [rng.choice(["Bonjour,", "Madame, Monsieur,", "Bonjour Monsieur,"]),
                    f"Veuillez trouver ci-joint notre candidature à l'appel à projets Partons 2.0. {extra}",
                    "Bien cordialement,", f]
        if s == "helper":
            return ["Bonjour,", f"Je vous transmets la candidature de {c['contact_name']}, qui n'a pas d'adresse mail. "
                                f"J'ai {'pris le document en photo' if kind == 'photo' else 'scanné le document'}.",
                    f"Cordialement,\n{c['helper_name']}"]
        return ["Bonjour,", f"Le dossier papier a été déposé en mairie. Je vous le transmets de la part des porteurs "
                            f"du projet (contact : {c['contact_name']}).",
                "Cordialement,\n" + "\n".join(helper_sig(c, rng))]
    if s == "self":
        extra = {"scan": "I filled in the form on paper and scanned it.",
                 "photo": "Sorry about the photos, I don't have a scanner.",
                 "file": "Do let me know if anything is missing."}[kind]
        return ["Dear Sir or Madam,", f"Please find attached our application for the call. {extra}", f"Best wishes,\n{f}"]
    return ["Hello,", f"I am forwarding the paper application of {c['contact_name']} on their behalf.",
            "Kind regards,\n" + "\n".join(helper_sig(c, rng))]


def contact_line(c, sep, include_org, include_mail):
    parts = [c["contact_name"]]
    if include_org and c["organisation"]:
        parts.append(c["organisation"])
    parts.append(f"{c['address']}, {place_line(c)}" if sep == " | " else c["address"])
    if sep != " | ":
        parts.append(place_line(c))
    if c.get("phone_in_doc", True):
        parts.append(c["phone_written"])
    if include_mail:
        parts.append(c["email_doc"])
    return sep.join(parts)


def application_body(c, rng, variant):
    """Returns dict(paras=[...], sig=[...] or None, quote=None|(header, paras), fwd=None|dict)."""
    lang = c["lang"]
    org, T = c["organisation"], c["title"]
    stated = c["email_mode"] == "stated"
    long = variant in ("long", "forward")
    bs = budget_sentence(c, rng.randint(0, 5))
    if not c.get("total_in_doc", True):
        R = req_written(c)
        bs = {"nl": f"We vragen een bijdrage van {R}.", "fr": f"Nous sollicitons une aide de {R}.",
              "en": f"We are asking for {R}."}[lang]
    paras = []
    if lang == "nl":
        paras.append(rng.choice(["Beste,", "Beste projectcoördinator,", "Geachte heer,"]))
        if c["sender"] == "townhall":
            paras.append(f"Namens {org or 'een inwoner van onze gemeente'} bezorg ik u hierbij hun projectidee voor "
                         f"‘Maak werk van je buurt!’. Zij hebben zelf geen e-mail, vandaar dat ik het doorstuur.")
        elif org:
            paras.append(f"Met {org} willen we graag deelnemen aan de projectoproep ‘Maak werk van je buurt!’.")
        else:
            paras.append(f"Ik woon in {c['municipality']} en wil graag met enkele buren een projectidee indienen.")
        paras.append(rng.choice([f"Projectnaam: {T}", f"Ons project heet „{T}”.", f"Titel van het project: {T}"]))
        if long:
            paras.append(c["desc"])
        paras.append(bs)
        if long and variant != "forward":
            lines = [f"Naam initiatiefnemer: {org or c['contact_name']}", f"Contactpersoon: {c['contact_name']}",
                     f"Adres: {c['address']}, {place_line(c)}"]
            if c.get("phone_in_doc", True):
                lines.append(f"Telefoon: {c['phone_written']}")
            if stated:
                lines.append(f"E-mail: {c['email_doc']}")
            paras.append("Onze gegevens:\n" + "\n".join(lines))
        else:
            paras.append("Contact: " + contact_line(c, rng.choice([", ", " | "]), False, stated and c["sender"] != "self"))
        paras.append(rng.choice(["Met vriendelijke groeten,", "Vriendelijke groeten,", "Groetjes,"]))
    elif lang == "fr":
        paras.append(rng.choice(["Bonjour,", "Madame, Monsieur,", "Bonjour Monsieur,"]))
        if c["sender"] == "townhall":
            paras.append(f"Je vous transmets le projet {fr_de(org) if org else 'd’une habitante de la commune'} pour l'appel à "
                         f"projets Partons 2.0, les porteurs n'ayant pas d'adresse électronique.")
        elif org:
            paras.append(f"Au nom {fr_de(org)}, je souhaite déposer un projet dans le cadre de l'appel Partons 2.0.")
        else:
            paras.append(f"J'habite à {c['municipality']} et je souhaite proposer un projet avec quelques voisins.")
        paras.append(rng.choice([f"Intitulé du projet : {T}", f"Notre projet s'appelle « {T} ».", f"Projet : {T}"]))
        if long:
            paras.append(c["desc"])
        paras.append(bs)
        if long and variant != "forward":
            lines = [f"Porteur de projet : {org or c['contact_name']}", f"Référent : {c['contact_name']}",
                     f"Adresse : {c['address']}, {place_line(c)}"]
            if c.get("phone_in_doc", True):
                lines.append(f"Téléphone : {c['phone_written']}")
            if stated:
                lines.append(f"Courriel : {c['email_doc']}")
            paras.append("Nos coordonnées :\n" + "\n".join(lines))
        else:
            paras.append("Contact : " + contact_line(c, rng.choice([", ", " | "]), False, stated and c["sender"] != "self"))
        paras.append(rng.choice(["Bien cordialement,", "Cordialement,", "Bien à vous,"]))
    else:
        paras.append("Dear Sir or Madam,")
        paras.append(f"On behalf of {org}, I would like to apply to the call." if org else
                     f"I live in {c['municipality']} and would like to submit a small project with my neighbours.")
        paras.append(f"Project title: {T}")
        if long:
            paras.append(c["desc"])
        paras.append(bs)
        paras.append("Contact: " + contact_line(c, " | ", False, stated and c["sender"] != "self"))
        paras.append("Kind regards,")
    # signature
    if c["sender"] == "townhall":
        sig = helper_sig(c, rng)
    else:
        sig = [c["contact_name"]]
        if org:
            sig.append(f"{c['func']} {org}" if lang == "nl" else f"{c['func']}, {org}")
        if variant in ("long", "reply", "forward") or rng.random() < 0.5:
            sig.append(f"{c['address']} – {place_line(c)}")
        if c.get("phone_in_doc", True) and rng.random() < 0.5:
            mob = c["e164"][3] in "467"
            sig.append({"nl": "gsm " if mob else "tel. ", "fr": "Tél. ", "en": "Mobile " if mob else "Tel. "}[lang]
                       + c["phone_written"])
        if stated:
            sig.append(c["email_doc"])
    out = {"paras": paras, "sig": sig, "quote": None, "fwd": None}
    if variant == "reply":
        qd = c["mail_date"] - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(1, 5))
        qd = qd.replace(tzinfo=TZ)
        if lang == "nl":
            head = f"Op {datestr(qd, 'nl')} om {qd:%H:%M} schreef {COORD_NAME['nl']} <{COORD}>:"
            q = [f"Beste {c['first']},", "Bedankt voor je telefoontje. Kan je me de gegevens van jullie projectidee nog "
                 "even doormailen: contactpersoon, adres, titel, totale kost en het gevraagde bedrag?",
                 "Met vriendelijke groeten,\n" + "\n".join(coord_sig("nl"))]
        elif lang == "fr":
            head = f"Le {datestr(qd, 'fr')} à {qd:%H:%M}, {COORD_NAME['fr']} <{COORD}> a écrit :"
            q = [f"Bonjour {c['first']},", "Merci pour votre appel. Pouvez-vous m'envoyer par mail les informations "
                 "sur votre projet : contact, adresse, intitulé, coût total et montant sollicité ?",
                 "Cordialement,\n" + "\n".join(coord_sig("fr"))]
        else:
            head = f"On {qd:%a, %d %b %Y at %H:%M}, {COORD_NAME['en']} <{COORD}> wrote:"
            q = [f"Dear {c['first']},", "Thanks for your call. Could you send me the details of your project by e-mail?",
                 "Best regards,\n" + "\n".join(coord_sig("en"))]
        out["quote"] = (head, q)
    if variant == "forward":
        od = c["mail_date"] - dt.timedelta(days=rng.randint(0, 2), hours=rng.randint(1, 4), minutes=rng.randint(0, 59))
        if od.hour < 8:
            od = od.replace(hour=od.hour + 9)
        out["fwd"] = {"from": f"{c['contact_name']} <{c['email_doc']}>", "date": od,
                      "subject": {"nl": "projectaanvraag", "fr": "candidature projet", "en": "project application"}[lang],
                      "to": c["helper_email"]}
    return out


def fwd_intro(c):
    return {"nl": ["Hallo,", f"Hieronder de aanvraag van {c['contact_name']}, die mij vroeg om ze aan jou door te sturen.",
                   f"Groeten,\n{c['helper_name']}"],
            "fr": ["Bonjour,", f"Je vous fais suivre ci-dessous la demande de {c['contact_name']}, qui m'a demandé de vous "
                               "la transmettre.", f"Bonne journée,\n{c['helper_name']}"],
            "en": ["Hi,", f"Forwarding the application from {c['contact_name']} below.", c["helper_name"]]}[c["lang"]]


def fwd_header_lines(c, f):
    lang = c["lang"]
    d = f["date"].replace(tzinfo=TZ)
    if lang == "nl":
        return ["---------- Doorgestuurd bericht ---------", f"Van: {f['from']}",
                f"Date: {datestr(d, 'nl')} {d:%H:%M}", f"Subject: {f['subject']}", f"To: <{f['to']}>"]
    if lang == "fr":
        return ["-------- Message transféré --------", f"De : {f['from']}", f"Date : {datestr(d, 'fr')} {d:%H:%M}",
                f"Objet : {f['subject']}", f"À : <{f['to']}>"]
    return ["---------- Forwarded message ---------", f"From: {f['from']}", f"Date: {d:%a, %d %b %Y at %H:%M}",
            f"Subject: {f['subject']}", f"To: <{f['to']}>"]


def to_plain(c, body):
    parts = []
    if body["fwd"]:
        parts += fwd_intro(c)
        parts.append("\n".join(fwd_header_lines(c, body["fwd"])))
    parts += body["paras"]
    txt = "\n\n".join(parts)
    if body["sig"]:
        txt += ("\n" if body["paras"][-1].endswith(",") else "\n\n") + ("-- \n" if len(body["sig"]) > 3 else "") + "\n".join(body["sig"])
    if body["quote"]:
        head, q = body["quote"]
        qt = "\n\n".join(q)
        txt += "\n\n" + head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in qt.split("\n"))
    return txt + "\n"


def _h(s):
    return html.escape(s, quote=False).replace("\n", "<br>")


def to_html(c, body, style, rng):
    ent = rng.random() < 0.4
    def H(s):
        e = _h(s)
        if ent:
            e = e.encode("ascii", "xmlcharrefreplace").decode()
            e = e.replace("&#233;", "&eacute;").replace("&#232;", "&egrave;").replace("&#8364;", "&euro;")
        return e
    if style == "gmail":
        out = ['<div dir="ltr">']
        if body["fwd"]:
            for p in fwd_intro(c):
                out.append(f"<div>{H(p)}</div><div><br></div>")
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
                       "<br>".join(H(x) for x in fwd_header_lines(c, body["fwd"])) + "<br></div><br><br>")
        for p in body["paras"]:
            out.append(f"<div>{H(p)}</div><div><br></div>")
        if body["sig"]:
            cells = "".join(f'<tr><td style="font-size:12px;color:#555;padding:0 4px">{H(x)}</td></tr>'
                            for x in body["sig"][1:])
            out.append('<div>-- <br><div dir="ltr" class="gmail_signature"><table cellpadding="0" cellspacing="0" '
                       'style="font-family:Arial,sans-serif"><tbody>'
                       f'<tr><td style="font-weight:bold;padding:0 4px"><span style="color:#1a5e20">{H(body["sig"][0])}'
                       f'</span></td></tr>{cells}</tbody></table></div></div>')
        if body["fwd"]:
            out.append("</div>")
        out.append("</div>")
        if body["quote"]:
            head, q = body["quote"]
            out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + H(head) + '<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex"><div dir="ltr">' +
                       "".join(f"<div>{H(p)}</div><div><br></div>" for p in q) + "</div></blockquote></div>")
        return "<html><head></head><body>" + "".join(out) + "</body></html>"
    # outlook
    P = lambda s: (f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                   f'{H(s)}<o:p></o:p></span></p>')
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
           'content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
           'font-family:"Calibri",sans-serif;} --></style></head><body lang="' + {"nl": "NL-BE", "fr": "FR", "en": "EN-GB"}[c["lang"]] + '" link="#0563C1"><div class="WordSection1">']
    if body["fwd"]:
        for p in fwd_intro(c):
            out.append(P(p) + P(""))
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
                   "".join(P(x) for x in fwd_header_lines(c, body["fwd"])[1:]) + "</div>" + P(""))
    for p in body["paras"]:
        out.append(P(p) + P(""))
    if body["sig"]:
        rows = "".join(f'<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><span style="font-size:9.0pt;'
                       f'color:#404040">{H(x)}</span></p></td></tr>' for x in body["sig"])
        out.append(f'<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0"><tbody>{rows}</tbody></table>')
    if body["quote"]:
        head, q = body["quote"]
        out.append(P("") + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
                   P(head) + "</div>" + "".join(P(p) for p in q))
    out.append("</div></body></html>")
    return "".join(out)


def build_eml(c, subject, body_text, body_html, attachments, from_addr, from_name):
    m = EmailMessage()
    m["From"] = formataddr((from_name, from_addr))
    m["To"] = formataddr((COORD_NAME[c["lang"]], COORD)) if c["idx"] % 3 else COORD
    m["Subject"] = subject
    d = c["mail_date"].replace(tzinfo=TZ)
    m["Date"] = format_datetime(d)
    import hashlib
    h = hashlib.sha1(f"{c['idx']}{subject}{from_addr}".encode()).hexdigest()
    m["Message-ID"] = f"<{h[:24]}.{c['mail_date']:%Y%m%d%H%M%S}@{from_addr.split('@')[1]}>"
    if body_html is not None:
        m.set_content(body_html, subtype="html")
    else:
        m.set_content(body_text)
    for data, mt, st, fn in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if m.is_multipart():
        m.set_boundary("----=_Part_" + h[24:40])
    return m.as_bytes()
