"""Plain words for the templates, in Dutch and French: field names, problems, document states, dates, money.

Templates get finished strings from here, so a coordinator overriding a template never has to know a
rule code or format a date.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

LANGUAGES = ("nl", "fr")

FIELD_LABELS = {
    "nl": {
        "organisation": "organisatie", "contact_name": "naam van de contactpersoon", "email": "e-mailadres",
        "phone": "telefoonnummer", "address": "adres", "postcode": "postcode", "municipality": "gemeente",
        "country": "land", "project_title": "titel van het project", "summary": "korte beschrijving van het project",
        "requested_amount": "gevraagd bedrag", "total_budget": "totale begroting", "budget_lines": "begroting",
    },
    "fr": {
        "organisation": "organisation", "contact_name": "nom de la personne de contact", "email": "adresse e-mail",
        "phone": "numéro de téléphone", "address": "adresse", "postcode": "code postal", "municipality": "commune",
        "country": "pays", "project_title": "titre du projet", "summary": "brève description du projet",
        "requested_amount": "montant demandé", "total_budget": "budget total", "budget_lines": "budget détaillé",
    },
}

PROBLEMS = {
    "nl": {
        "late": "Je idee kwam binnen na de deadline.",
        "over_max_amount": "Het gevraagde bedrag is hoger dan het maximum van {max_amount} per project.",
        "outside_region": "De gemeente ligt niet in het gebied van de oproep (de Westhoek en de Franse partnerregio).",
        "region_unknown": "We konden niet uitmaken in welke gemeente het project plaatsvindt.",
        "unreadable_document": "Een van de bestanden konden we niet lezen (zie hierboven).",
        "requested_over_total": "Het gevraagde bedrag is hoger dan de totale begroting.",
    },
    "fr": {
        "late": "Votre idée est arrivée après la date limite.",
        "over_max_amount": "Le montant demandé dépasse le maximum de {max_amount} par projet.",
        "outside_region": "La commune ne se trouve pas dans le territoire de l'appel (Westhoek et Flandre française).",
        "region_unknown": "Nous n'avons pas pu déterminer dans quelle commune le projet aura lieu.",
        "unreadable_document": "Nous n'avons pas pu lire un des fichiers (voir ci-dessus).",
        "requested_over_total": "Le montant demandé dépasse le budget total.",
    },
}

PARSE_STATUS = {
    "nl": {"parsed": "gelezen", "no_text": "geen tekst gevonden (een scan?)", "unsupported": "bestandstype niet gekend",
           "encrypted": "beveiligd met een wachtwoord", "too_large": "te groot", "failed": "kon niet gelezen worden"},
    "fr": {"parsed": "lu", "no_text": "aucun texte trouvé (un scan ?)", "unsupported": "type de fichier inconnu",
           "encrypted": "protégé par un mot de passe", "too_large": "trop volumineux", "failed": "illisible"},
}

STATUS = {
    "nl": {"received": "ontvangen", "incomplete": "onvolledig", "complete": "volledig", "late": "te laat",
           "selected": "geselecteerd", "rejected": "niet geselecteerd", "withdrawn": "ingetrokken"},
    "fr": {"received": "reçu", "incomplete": "incomplet", "complete": "complet", "late": "en retard",
           "selected": "sélectionné", "rejected": "non retenu", "withdrawn": "retiré"},
}

# The other columns of an export, and rule codes in a few words (the coordinator's, not the applicant's)
COLUMN_LABELS = {
    "nl": {"reference": "referentie", "status": "status", "channel": "kanaal", "received_at": "ontvangen",
           "on_time": "op tijd", "language": "taal", "sender": "afzender", "missing": "ontbreekt",
           "problems": "problemen", "documents": "bestanden"},
    "fr": {"reference": "référence", "status": "statut", "channel": "canal", "received_at": "reçu le",
           "on_time": "dans les délais", "language": "langue", "sender": "expéditeur", "missing": "manquant",
           "problems": "problèmes", "documents": "fichiers"},
}

PROBLEM_LABELS = {
    "nl": {"late": "te laat", "over_max_amount": "meer dan het maximumbedrag", "outside_region": "buiten het gebied",
           "region_unknown": "gemeente onbekend", "unreadable_document": "onleesbaar bestand",
           "requested_over_total": "gevraagd bedrag hoger dan de begroting"},
    "fr": {"late": "en retard", "over_max_amount": "au-delà du montant maximum", "outside_region": "hors territoire",
           "region_unknown": "commune inconnue", "unreadable_document": "fichier illisible",
           "requested_over_total": "montant demandé supérieur au budget"},
}

CHANNEL = {"nl": {"email": "e-mail", "post": "post"}, "fr": {"email": "e-mail", "post": "courrier"}}
YES_NO = {"nl": ("ja", "nee"), "fr": ("oui", "non")}

COMPONENT = {
    "nl": {"mailbox": "de mailbox (IMAP)", "smtp": "de uitgaande mailserver (SMTP)"},
    "fr": {"mailbox": "la boîte aux lettres (IMAP)", "smtp": "le serveur d'envoi (SMTP)"},
}

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}
_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}


def long_date(day: date, language: str) -> str:
    """'zondag 16 juni 2019' / 'dimanche 16 juin 2019'."""
    return f"{_WEEKDAYS[language][day.weekday()]} {day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def clock(moment: time, language: str) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}" if language == "nl" else f"{moment.hour}h{moment.minute:02d}"


def long_datetime(moment: datetime, language: str) -> str:
    """A local date and time in words: 'zondag 16 juni 2019 om 23:59' / 'dimanche 16 juin 2019 à 23h59'."""
    joiner = "om" if language == "nl" else "à"
    return f"{long_date(moment.date(), language)} {joiner} {clock(moment.time(), language)}"


def money(value: object, language: str, currency: str = "EUR") -> str:
    """'9.500,00 EUR' (nl) or '9 500,00 EUR' (fr); the value as given when it is not an amount."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    grouped = f"{amount:,.2f}"  # 9,500.00
    thousands = "." if language == "nl" else "\u202f"
    return grouped.replace(",", "\x00").replace(".", ",").replace("\x00", thousands) + f" {currency}"


def field_label(name: str, language: str) -> str:
    return FIELD_LABELS[language].get(name, name.replace("_", " "))


def problem_sentence(code: str, language: str, *, max_amount: str) -> str:
    template = PROBLEMS[language].get(code)
    if template is None:
        return code
    return template.format(max_amount=max_amount)


def document_state(parse_status: str, error: str | None, language: str) -> str:
    if parse_status != "parsed" and error:
        return error  # already a plain, bilingual sentence
    return PARSE_STATUS[language].get(parse_status, parse_status)


def column_label(name: str, language: str) -> str:
    """A column header in words, capitalised: 'Gevraagd bedrag', 'Montant demandé'."""
    label = COLUMN_LABELS[language].get(name) or field_label(name, language)
    return label[:1].upper() + label[1:]


def problem_label(code: str, language: str) -> str:
    return PROBLEM_LABELS[language].get(code, code.replace("_", " "))


def status_label(status: str, language: str) -> str:
    return STATUS[language].get(status, status)
