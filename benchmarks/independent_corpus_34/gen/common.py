"""Shared helpers: amount / phone formatting, multilingual labels."""
from decimal import Decimal
import re

NBSP = "\u00a0"
NNBSP = "\u202f"


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"))


def _group(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fa(d, style):
    """Format a Decimal amount in one of the conventions seen on both sides of the border."""
    d = D(d)
    i = int(d)
    c = int((d - i) * 100)
    cc = "%02d" % c
    if style == "be":
        return "%s,%s €" % (_group(i, "."), cc)
    if style == "be_pre":
        return "€ %s,%s" % (_group(i, "."), cc)
    if style == "be_nodec":
        return "%s €" % _group(i, ".")
    if style == "be_pre_nodec":
        return "€ %s" % _group(i, ".")
    if style == "be_euro":
        return "%s euro" % _group(i, ".")
    if style == "be_eur":
        return "%s,%s EUR" % (_group(i, "."), cc)
    if style == "fr":
        return "%s,%s%s€" % (_group(i, NBSP), cc, NBSP)
    if style == "fr_sp":
        return "%s,%s €" % (_group(i, " "), cc)
    if style == "fr_nodec":
        return "%s €" % _group(i, " ")
    if style == "fr_nnbsp":
        return "%s%s€" % (_group(i, NNBSP), NNBSP)
    if style == "en":
        return "EUR %s.%s" % (_group(i, ","), cc)
    if style == "en_nodec":
        return "EUR %s" % _group(i, ",")
    if style == "raw":
        return "%d€" % i
    if style == "raw_euro":
        return "%d euro" % i
    if style == "raw_dec":
        return "%d,%s EUR" % (i, cc)
    raise ValueError(style)


def phone_digits_ok(display, e164):
    """Check that a displayed phone number denotes the E.164 number."""
    s = display.replace("(0)", "")
    s = re.sub(r"[\s./\-()\u00a0]", "", s)
    if s.startswith("00"):
        s = "+" + s[2:]
    if s.startswith("0"):
        cc = "+32" if e164.startswith("+32") else "+33"
        s = cc + s[1:]
    return s == e164


# label variants: key -> list of (nl, fr, en)
LABELS = {
    "org": [("Naam van de vereniging / organisatie", "Nom de l'association / structure", "Name of the organisation"),
            ("Aanvrager (organisatie)", "Porteur de projet (structure)", "Applicant organisation"),
            ("Organisatie", "Organisme", "Organisation"),
            ("Naam groep of vereniging", "Nom du groupe ou de l'association", "Group / association")],
    "contact": [("Contactpersoon", "Personne de contact", "Contact person"),
                ("Naam en voornaam contactpersoon", "Nom et prénom du référent", "Contact name"),
                ("Aanspreekpunt voor dit project", "Interlocuteur pour ce projet", "Person in charge"),
                ("Verantwoordelijke", "Responsable", "Responsible person")],
    "role": [("Functie", "Fonction", "Position"), ("Rol in de vereniging", "Rôle dans l'association", "Role")],
    "street": [("Straat en nr.", "Rue et n°", "Street and number"),
               ("Adres (straat, nummer, bus)", "Adresse (n°, rue)", "Address (street, no.)"),
               ("Straat + huisnummer", "Numéro et voie", "Street / No.")],
    "pc": [("Postcode", "Code postal", "Postcode")],
    "town": [("Gemeente", "Commune", "Town / municipality"), ("Woonplaats", "Localité", "Town")],
    "pctown": [("Postcode en gemeente", "Code postal et commune", "Postcode and town"),
               ("Postnummer + plaats", "CP + ville", "Postal code / town")],
    "country": [("Land", "Pays", "Country")],
    "phone": [("Telefoon / gsm", "Téléphone / portable", "Telephone"),
              ("Tel.", "Tél.", "Phone"), ("Telefoonnummer", "Numéro de téléphone", "Phone number")],
    "email": [("E-mail", "Courriel", "E-mail"), ("E-mailadres", "Adresse électronique", "E-mail address"),
              ("Mail", "Mél", "Email")],
    "title": [("Titel van het project", "Intitulé du projet", "Project title"),
              ("Naam van het projectidee", "Nom de l'idée de projet", "Name of the project idea"),
              ("Projecttitel", "Titre du projet", "Title")],
    "desc": [("Korte omschrijving van het project", "Description succincte du projet", "Short description"),
             ("Wat willen jullie doen?", "Que voulez-vous faire ?", "What do you want to do?")],
    "loc": [("Waar vindt het project plaats?", "Lieu de réalisation", "Project location"),
            ("Locatie", "Lieu", "Location")],
    "requested": [("Gevraagde bijdrage Partons 2.0", "Montant demandé à Partons 2.0", "Amount requested from Partons 2.0"),
                  ("Gevraagd bedrag (max. 10 000 euro)", "Aide sollicitée (max. 10 000 euros)", "Grant requested (max. EUR 10,000)"),
                  ("Bedrag gevraagd aan deze oproep", "Montant sollicité dans cet appel", "Requested from this call")],
    "total": [("Totale kostprijs van het project", "Coût total du projet", "Total project cost"),
              ("Totaal budget", "Budget total", "Total budget")],
    "partner": [("Partner aan de andere kant van de grens", "Partenaire de l'autre côté de la frontière", "Cross-border partner"),
                ("Grensoverschrijdende partner", "Partenaire transfrontalier", "Partner organisation (other side of the border)")],
    "p_org": [("Naam partner", "Nom du partenaire", "Partner name")],
    "p_contact": [("Contactpersoon partner", "Contact chez le partenaire", "Partner contact")],
    "p_addr": [("Adres partner", "Adresse du partenaire", "Partner address")],
    "p_phone": [("Telefoon partner", "Tél. partenaire", "Partner phone")],
    "p_email": [("E-mail partner", "Courriel partenaire", "Partner e-mail")],
    "costs": [("Kosten (raming)", "Dépenses prévues", "Estimated costs"),
              ("Begroting - uitgaven", "Budget - dépenses", "Budget - expenditure")],
    "funding": [("Financiering", "Plan de financement", "Funding plan"),
                ("Inkomsten", "Recettes", "Income / sources")],
    "date": [("Datum", "Date", "Date")],
    "sign": [("Handtekening", "Signature", "Signature")],
    "applicant": [("1. Gegevens aanvrager", "1. Coordonnées du porteur", "1. Applicant"),
                  ("Aanvrager", "Demandeur", "Applicant details")],
    "project": [("2. Het project", "2. Le projet", "2. The project"), ("Projectidee", "Idée de projet", "Project idea")],
    "budget": [("4. Budget", "4. Budget", "4. Budget"), ("Begroting", "Budget", "Budget")],
    "sec_partner": [("3. Partner", "3. Partenaire", "3. Partner")],
}


def label(key, ls, v=0):
    vs = LABELS[key]
    nl, fr, en = vs[v % len(vs)]
    if ls == "nl":
        return (nl, None)
    if ls == "fr":
        return (fr, None)
    if ls == "en":
        return (en, None)
    if ls == "nl/fr":
        return ("%s / %s" % (nl, fr), None)
    if ls == "fr/nl":
        return ("%s / %s" % (fr, nl), None)
    if ls == "nl+fr":   # Dutch, French in italics below
        return (nl, fr)
    if ls == "fr+nl":
        return (fr, nl)
    if ls == "en+nl":
        return (en, nl)
    if ls == "en+fr":
        return (en, fr)
    if ls in ("cols_nl_fr",):
        return (nl, fr)
    if ls in ("cols_fr_nl",):
        return (fr, nl)
    raise ValueError(ls)
