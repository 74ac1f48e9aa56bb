"""Writing helpers: amounts, phones, dates, application texts, HTML, RTF."""
import html
import unicodedata
from decimal import Decimal

# ------------------------------------------------------------------ amounts


def _group(n, sep):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


NL_FAMILIES = [("€ {n}", "€ {n},{c}"), ("€ {n},-", "€ {n},{c}"), ("{n} euro", "{n},{c} euro"),
               ("€ {n},00", "€ {n},{c}"), ("{p} EUR", "{p},{c} EUR"), ("EUR {n}", "EUR {n},{c}"),
               ("{n} €", "{n},{c} €"), ("€{n}", "€{n},{c}")]
FR_FAMILIES = [("{n} €", "{n},{c} €"), ("{n},00 €", "{n},{c} €"), ("{p} euros", "{p},{c} euros"),
               ("{n} euros", "{n},{c} euros"), ("{p}€", "{p},{c}€"), ("{p} €", "{p},{c} €"),
               ("{n} EUR", "{n},{c} EUR"), ("{p},00 euros", "{p},{c} euros")]


def amount(rng, v, lang, style=None, family=None):
    """Write a Decimal amount the way people do.  `family` (an index into the
    language's families) keeps one writer consistent; `style` forces a form."""
    whole = v == v.to_integral_value()
    i = int(v)
    c = "%02d" % int((v - i) * 100)
    fams = NL_FAMILIES if lang == "nl" else FR_FAMILIES
    n = _group(i, "." if lang == "nl" else " ")
    if style is None:
        fam = fams[family if family is not None else rng.randrange(len(fams))]
        style = fam[0] if whole else fam[1]
    return style.format(n=n, p=str(i), c=c), style


def money(v):
    return "%.2f" % v


# ------------------------------------------------------------------ phones


def phone(rng, country, zone=None, mobile=None):
    """Returns (written, e164)."""
    if mobile is None:
        mobile = rng.random() < 0.6
    if country == "BE":
        if mobile:
            d = "04" + rng.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "84",
                                   "85", "86", "87", "88", "89", "92", "93", "94", "95", "96",
                                   "97", "98", "99"]) + "%06d" % rng.randint(100000, 999999)
            a, b = d[:4], d[4:]
            forms = [f"{a} {b[:2]} {b[2:4]} {b[4:]}", f"{a}/{b[:2]}.{b[2:4]}.{b[4:]}",
                     f"{a} {b[:3]} {b[3:]}", f"+32 (0){a[1:]} {b[:2]} {b[2:4]} {b[4:]}",
                     f"+32 {a[1:]} {b[:2]} {b[2:4]} {b[4:]}", f"{a}/{b}"]
        else:
            zone = zone or "057"
            d = zone + "%06d" % rng.randint(200000, 799999)
            a, b = d[:3], d[3:]
            forms = [f"{a} {b[:2]} {b[2:4]} {b[4:]}", f"{a}/{b[:2]}.{b[2:4]}.{b[4:]}",
                     f"+32 {a[1:]} {b[:2]} {b[2:4]} {b[4:]}", f"+32 (0){a[1:]} {b[:2]} {b[2:4]} {b[4:]}",
                     f"{a}/{b[:2]} {b[2:4]} {b[4:]}"]
        return rng.choice(forms), "+32" + d[1:]
    # France
    if mobile:
        d = rng.choice(["06", "07"]) + "%08d" % rng.randint(10000000, 99999999)
    else:
        d = "0328" + "%06d" % rng.randint(100000, 999999)
    p = [d[k:k + 2] for k in range(0, 10, 2)]
    forms = [" ".join(p), ".".join(p), d, "+33 (0)%s %s" % (p[0][1], " ".join(p[1:])),
             "+33 %s %s" % (p[0][1], " ".join(p[1:]))]
    return rng.choice(forms), "+33" + d[1:]


def e164_of(written, country):
    """Normalise a written phone: drop "(0)" and the trunk 0, add the country code."""
    s = written.replace("(0)", "")
    digits = "".join(ch for ch in s if ch.isdigit())
    if s.strip().startswith("+"):
        return "+" + digits
    assert digits.startswith("0")
    return ("+32" if country == "BE" else "+33") + digits[1:]


# ------------------------------------------------------------------ names / mail


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch in ".-")


def person_email(rng, first, last, domain=None):
    f, l = ascii_slug(first.replace(" ", "")), ascii_slug(last.replace(" ", "").replace("'", ""))
    dom = domain or rng.choice(["example.net", "example.com", "example.org"])
    pat = rng.choice(["{f}.{l}", "{f0}{l}", "{l}.{f}", "{f}{l}{n}", "{f}.{l}{n}", "{f0}.{l}"])
    return pat.format(f=f, l=l, f0=f[0], n=rng.randint(10, 99)) + "@" + dom


# ------------------------------------------------------------------ dates
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def long_date(dt, lang, weekday=True, time=True):
    if lang == "nl":
        s = "%s %d %s %d" % (NL_DAYS[dt.weekday()], dt.day, NL_MONTHS[dt.month - 1], dt.year)
    else:
        s = "%s %d %s %d" % (FR_DAYS[dt.weekday()], dt.day, FR_MONTHS[dt.month - 1], dt.year)
    if not weekday:
        s = s.split(" ", 1)[1]
    if time:
        s += " %d:%02d" % (dt.hour, dt.minute)
    return s


def quote_header(lang, frm, sent, to, subject, cc=None):
    """Outlook's header block above a forwarded/quoted message."""
    if lang == "nl":
        lines = ["Van: " + frm, "Verzonden: " + long_date(sent, "nl"), "Aan: " + to]
        if cc:
            lines.append("CC: " + cc)
        lines.append("Onderwerp: " + subject)
    else:
        lines = ["De : " + frm, "Envoyé : " + long_date(sent, "fr"), "À : " + to]
        if cc:
            lines.append("Cc : " + cc)
        lines.append("Objet : " + subject)
    return lines


# ------------------------------------------------------------------ application texts
NL_PARTICIPATION = [
    "Het idee groeide op de nieuwjaarsreceptie en intussen hebben al een 25-tal buren laten weten dat ze willen meewerken.",
    "We werken samen met de school, de seniorenvereniging en het lokaal bestuur; op een eerste infoavond waren er ruim 40 inwoners.",
    "Een kern van acht vrijwilligers trekt het project, maar we willen zoveel mogelijk dorpsgenoten betrekken via een bevraging huis aan huis.",
    "De jeugdbeweging, de KWB en de buurtbewoners hebben al toegezegd om mee te helpen bij de opstart.",
]
FR_PARTICIPATION = [
    "Une trentaine d'habitants ont déjà participé à une première réunion publique en mars.",
    "Le projet est porté avec la mairie, l'école et le club des aînés ; une dizaine de bénévoles se sont déjà inscrits.",
    "Nous voulons associer le plus d'habitants possible grâce à un questionnaire distribué dans toutes les boîtes aux lettres.",
    "Les jeunes du village et plusieurs commerçants ont promis de donner un coup de main.",
]


def budget_sentences(A, lang):
    m = A["budget_mode"]
    if lang == "nl":
        if m == "both":
            return ["De totale kostprijs ramen we op %s. Wij vragen een bijdrage van %s." % (A["total_w"], A["req_w"])]
        if m == "share":
            return ["Het hele project kost %s. Daarvan brengen we zelf %s in (opbrengst van ons eetfestijn en "
                    "een bijdrage van de leden); de rest vragen we aan jullie." % (A["total_w"], A["share_w"])]
        return ["Voor de aankoop van het materiaal en de begeleiding vragen we %s." % A["req_w"]]
    if m == "both":
        return ["Le budget total du projet s'élève à %s. Nous sollicitons une aide de %s." % (A["total_w"], A["req_w"])]
    if m == "share":
        return ["Le coût total est estimé à %s, dont %s d'autofinancement (fonds propres et buvette de la "
                "fête) ; nous sollicitons le reste auprès de Partons 2.0." % (A["total_w"], A["share_w"])]
    return ["Nous sollicitons une aide de %s pour l'achat du matériel et l'accompagnement." % A["req_w"]]


def budget_lines_fields(A, lang):
    m = A["budget_mode"]
    out = []
    if lang == "nl":
        if m in ("both", "share"):
            out.append("Totale kostprijs: " + A["total_w"])
        if m == "share":
            out.append("Eigen inbreng: " + A["share_w"])
        if m in ("both", "req_only"):
            out.append("Gevraagde steun: " + A["req_w"])
    else:
        if m in ("both", "share"):
            out.append("Budget total : " + A["total_w"])
        if m == "share":
            out.append("Autofinancement : " + A["share_w"])
        if m in ("both", "req_only"):
            out.append("Montant demandé : " + A["req_w"])
    return out


def app_fields(A, lang, greet=True):
    """Structured plain-text application (list of lines)."""
    L = []
    if lang == "nl":
        if greet:
            L += ["Beste,", "", 'Graag dienen wij ons projectidee in voor de projectoproep "Maak werk van je buurt!".', ""]
        if A.get("org"):
            L.append("Organisatie: " + A["org"])
        L.append("Contactpersoon: " + A["name"] + (" (%s)" % A["role"] if A.get("role") else ""))
        L.append("Adres: %s, %s %s" % (A["street"], A["pc"], A["town"]))
        L.append("Telefoon: " + A["phone_w"])
        L.append("E-mail: " + A["email"])
        L += ["", "Titel van het project: " + A["title"], "", "Omschrijving:", A["desc"], "", A["particip"], "",
              "Budget:"] + budget_lines_fields(A, lang)
        L += ["", "Met vriendelijke groeten,", "", A["name"]]
        if A.get("org"):
            L.append("%s %s" % (A["role"], A["org"]))
    else:
        if greet:
            L += ["Bonjour,", "", "Veuillez trouver ci-dessous notre candidature à l'appel à projets « Partons 2.0 ».", ""]
        if A.get("org"):
            L.append("Structure : " + A["org"])
        L.append("Personne de contact : " + A["name"] + (" (%s)" % A["role"] if A.get("role") else ""))
        L.append("Adresse : %s, %s %s" % (A["street"], A["pc"], A["town"]))
        if A["country"] == "BE":
            L[-1] += " (Belgique)"
        L.append("Téléphone : " + A["phone_w"])
        L.append("Courriel : " + A["email"])
        L += ["", "Intitulé du projet : " + A["title"], "", "Description :", A["desc"], "", A["particip"], "",
              "Budget :"] + budget_lines_fields(A, lang)
        L += ["", "Bien cordialement,", "", A["name"]]
        if A.get("org"):
            L.append("%s, %s" % (A["role"].capitalize(), A["org"]))
    return L


def app_story(A, lang, greet=True):
    """Narrative plain-text application (list of lines)."""
    L = []
    if lang == "nl":
        if greet:
            L += ["Beste,", ""]
        if A.get("org"):
            where = "" if A["town"] in A["org"] else " in " + A["town"]
            L.append('Ik ben %s, %s van %s%s. Met deze mail willen we graag ons idee "%s" indienen voor de '
                     "oproep Maak werk van je buurt." % (A["name"], A["role"], A["org"], where, A["title"]))
        else:
            L.append('Wij zijn een groep buren uit de %s in %s, en ik ben %s. We willen graag ons idee "%s" '
                     "indienen voor de oproep Maak werk van je buurt." % (A["street_name"], A["town"], A["name"], A["title"]))
        L += ["", A["desc"], "", A["particip"], ""] + budget_sentences(A, lang) + [""]
        L.append("U kunt mij altijd bereiken op %s of via %s." % (A["phone_w"], A["email"]))
        L.append("Mijn adres: %s, %s %s." % (A["street"], A["pc"], A["town"]))
        L += ["", "Vriendelijke groeten,", A["name"]]
    else:
        if greet:
            L += ["Madame, Monsieur,", ""]
        if A.get("org"):
            where = "" if A["town"] in A["org"] else " à " + A["town"]
            L.append("Je m'appelle %s, %s de l'association %s%s. Par ce courriel, nous souhaitons présenter "
                     "notre projet « %s » dans le cadre de l'appel à projets Partons 2.0."
                     % (A["name"], A["role"], A["org"], where, A["title"]))
        else:
            L.append("Nous sommes un groupe de voisins de la %s à %s ; je m'appelle %s. Nous souhaitons présenter "
                     "notre projet « %s » dans le cadre de l'appel à projets Partons 2.0."
                     % (A["street_name"], A["town"], A["name"], A["title"]))
        L += ["", A["desc"], "", A["particip"], ""] + budget_sentences(A, lang) + [""]
        L.append("Vous pouvez me joindre au %s ou par courriel à l'adresse %s." % (A["phone_w"], A["email"]))
        L.append("Mon adresse : %s, %s %s%s." % (A["street"], A["pc"], A["town"],
                                                  " (Belgique)" if A["country"] == "BE" else ""))
        L += ["", "Cordialement,", A["name"]]
    return L


def form_rows(A, lang):
    m = A["budget_mode"]
    if lang == "nl":
        rows = []
        if A.get("org"):
            rows.append(("Naam organisatie", A["org"]))
        rows += [("Contactpersoon", A["name"]), ("Functie", A.get("role") or "inwoner"),
                 ("Adres (straat en nummer)", A["street"]), ("Postcode", A["pc"]), ("Gemeente", A["town"]),
                 ("Telefoon / gsm", A["phone_w"]), ("E-mail", A["email"]), ("Titel van het project", A["title"])]
        if m in ("both", "share"):
            rows.append(("Totale kostprijs", A["total_w"]))
        if m == "share":
            rows.append(("Eigen inbreng", A["share_w"]))
        if m in ("both", "req_only"):
            rows.append(("Gevraagde bijdrage Partons 2.0", A["req_w"]))
        return rows
    rows = []
    if A.get("org"):
        rows.append(("Nom de la structure", A["org"]))
    rows += [("Personne de contact", A["name"]), ("Fonction", A.get("role") or "habitant(e)"),
             ("Adresse", A["street"]), ("Code postal", A["pc"]), ("Commune", A["town"]),
             ("Pays", "Belgique" if A["country"] == "BE" else "France"),
             ("Téléphone", A["phone_w"]), ("Courriel", A["email"]), ("Intitulé du projet", A["title"])]
    if m in ("both", "share"):
        rows.append(("Coût total du projet", A["total_w"]))
    if m == "share":
        rows.append(("Autofinancement", A["share_w"]))
    if m in ("both", "req_only"):
        rows.append(("Montant sollicité", A["req_w"]))
    return rows


PROVINCE_ADDR_NL = ["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0",
                    "Woumenweg 100", "8600 Diksmuide"]
PROVINCE_ADDR_FR = ["Province de Flandre-Occidentale", "Projet Partons 2.0 – coordination",
                    "Woumenweg 100", "8600 Diksmuide (Belgique)"]


def letter_parts(A, lang, place_date_dt):
    """(sender_lines, recipient_lines, place_date, subject, paragraphs, closing, signature_lines)"""
    if lang == "nl":
        snd = [A["name"]] + ([A["org"]] if A.get("org") else []) + [A["street"], "%s %s" % (A["pc"], A["town"]),
                                                                      "Tel. " + A["phone_w"], A["email"]]
        pd = "%s, %d %s %d" % (A["town"], place_date_dt.day, NL_MONTHS[place_date_dt.month - 1], place_date_dt.year)
        subj = "Betreft: projectoproep Maak werk van je buurt! – %s" % A["title"]
        paras = ["Geachte heer, mevrouw,",
                 "Namens %s dien ik graag ons projectidee \u201c%s\u201d in." % (A["org"] if A.get("org") else "een groep buren", A["title"]),
                 A["desc"], A["particip"]] + budget_sentences(A, lang) + [
                 "Wij hopen op een positieve beoordeling en geven graag meer uitleg ter plaatse."]
        closing = "Met vriendelijke groeten,"
        sig = [A["name"]] + (["%s %s" % (A["role"], A["org"])] if A.get("org") else [])
        return snd, PROVINCE_ADDR_NL, pd, subj, paras, closing, sig
    snd = [A["name"]] + ([A["org"]] if A.get("org") else []) + [A["street"], "%s %s" % (A["pc"], A["town"])]
    if A["country"] == "BE":
        snd.append("Belgique")
    snd += ["Tél. " + A["phone_w"], "Courriel : " + A["email"]]
    pd = "%s, le %d %s %d" % (A["town"], place_date_dt.day, FR_MONTHS[place_date_dt.month - 1], place_date_dt.year)
    subj = "Objet : candidature à l'appel à projets « Partons 2.0 » – %s" % A["title"]
    paras = ["Madame, Monsieur,",
             ("Au nom de notre association (%s), j'ai l'honneur de vous présenter notre projet « %s »." % (A["org"], A["title"])
              if A.get("org") else "Au nom de plusieurs voisins, j'ai l'honneur de vous présenter notre projet « %s »." % A["title"]),
             A["desc"], A["particip"]] + budget_sentences(A, lang) + [
             "Nous restons à votre disposition pour vous présenter le projet sur place."]
    closing = "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
    sig = [A["name"]] + (["%s, %s" % (A["role"].capitalize(), A["org"])] if A.get("org") else [])
    return snd, PROVINCE_ADDR_FR, pd, subj, paras, closing, sig


# ------------------------------------------------------------------ HTML (Outlook-like)
HTML_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             '<style><!--\n/* Style Definitions */\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
             'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;color:#0563C1;text-decoration:underline;}\n'
             '--></style>\n</head>\n')


def h(s):
    return html.escape(s, quote=False)


def html_p(text):
    return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (h(text) if text else "&nbsp;")


def html_mail(lang, blocks):
    """blocks: ('p', text) | ('table', rows) | ('raw', html)."""
    out = [HTML_HEAD, '<body lang="%s" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
           % ("NL-BE" if lang == "nl" else "FR")]
    for kind, val in blocks:
        if kind == "p":
            out.append(html_p(val))
        elif kind == "table":
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                       'style="border-collapse:collapse;border:none">\n')
            for a, b in val:
                cell_b = h(b)
                if "@" in b and " " not in b:
                    cell_b = '<a href="mailto:%s">%s</a>' % (b, h(b))
                out.append('<tr>\n<td width="200" valign="top" style="width:150pt;border:solid windowtext 1.0pt;'
                           'padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>%s<o:p></o:p></b></p></td>\n'
                           '<td width="380" valign="top" style="width:285pt;border:solid windowtext 1.0pt;'
                           'border-left:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">%s<o:p></o:p></p></td>\n'
                           '</tr>\n' % (h(a), cell_b))
            out.append('</table>\n')
        else:
            out.append(val)
    out.append('</div>\n</body>\n</html>\n')
    return "".join(out)


# ------------------------------------------------------------------ RTF (native rich text)


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf_document(lines, lang, bold_prefixes=()):
    """Native Outlook/RichEdit RTF for the given text lines."""
    lid = 1043 if lang == "nl" else 1036
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang%d{\\fonttbl{\\f0\\fswiss\\fprq2\\fcharset0 Calibri;}"
            "{\\f1\\fnil\\fcharset0 Calibri;}}\r\n{\\colortbl ;\\red5\\green99\\blue193;}\r\n"
            "{\\*\\generator Riched20 16.0.11601}\\viewkind4\\uc1 \r\n\\pard\\sa0\\sl240\\slmult1\\f0\\fs22\\lang%d "
            % (lid, lid))
    body = []
    for ln in lines:
        done = False
        for pre in bold_prefixes:
            if ln.startswith(pre):
                body.append("{\\b %s}%s\\par\r\n" % (rtf_escape(pre), rtf_escape(ln[len(pre):])))
                done = True
                break
        if not done:
            body.append(rtf_escape(ln) + "\\par\r\n")
    return (head + "".join(body) + "}\r\n").encode("ascii")
