"""Plain words for the templates, in Dutch and French: problems, document states, dates, money (a field's
name in words is the field table's: ``parsers.field_table.field_word``).

Templates get finished strings from here, so a coordinator overriding a template never has to know a
rule code or format a date.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from parsers import sniff
from parsers.field_table import field_word
from parsers.model import ParseStatus

LANGUAGES = ("nl", "fr")

PROBLEMS = {
    "nl": {
        "late": "Je idee kwam binnen na de deadline.",
        "over_max_amount": "Het gevraagde bedrag is hoger dan het maximum van {max_amount} per project.",
        "outside_region": "De gemeente ligt niet in het gebied van de oproep ({region}).",
        "region_unknown": "We konden niet uitmaken in welke gemeente het project plaatsvindt.",
        "unreadable_document": "Een van de bestanden konden we niet lezen (zie hierboven).",
        "requested_over_total": "Het gevraagde bedrag is hoger dan de totale begroting.",
    },
    "fr": {
        "late": "Votre idée est arrivée après la date limite.",
        "over_max_amount": "Le montant demandé dépasse le maximum de {max_amount} par projet.",
        "outside_region": "La commune ne se trouve pas dans le territoire de l'appel ({region}).",
        "region_unknown": "Nous n'avons pas pu déterminer dans quelle commune le projet aura lieu.",
        "unreadable_document": "Nous n'avons pas pu lire un des fichiers (voir ci-dessus).",
        "requested_over_total": "Le montant demandé dépasse le budget total.",
    },
}

# What an applicant reads about one of their files: from its parse_status and, for a type we do not read,
# its type; a colleague looks at every file we could not read (the attention list), and the receipt says so.
PARSE_STATUS = {
    "nl": {"parsed": "gelezen", "no_text": "geen tekst gevonden (een scan?); een medewerker bekijkt het",
           "unsupported": "dit bestandstype lezen we niet automatisch; stuur het formulier liefst als PDF of DOCX",
           "encrypted": "beveiligd met een wachtwoord: stuur het zonder wachtwoord",
           "too_large": "te groot om automatisch te lezen; een medewerker bekijkt het",
           "failed": "kon niet gelezen worden; een medewerker bekijkt het"},
    "fr": {"parsed": "lu", "no_text": "aucun texte trouvé (un scan ?) ; un collaborateur va le vérifier",
           "unsupported": "ce type de fichier n'est pas lu automatiquement ; envoyez de préférence le formulaire "
                          "en PDF ou DOCX",
           "encrypted": "protégé par un mot de passe : merci de l'envoyer sans mot de passe",
           "too_large": "trop volumineux pour être lu automatiquement ; un collaborateur va le vérifier",
           "failed": "illisible ; un collaborateur va le vérifier"},
}
_TYPE_WORDS = {
    "nl": {"application/x-ole-storage": "een oud Word-bestand (.doc)",
           "application/vnd.oasis.opendocument.text": "een OpenDocument-bestand (.odt)",
           "application/rtf": "een RTF-bestand", "image": "een foto of scan", "archive": "een gecomprimeerd bestand"},
    "fr": {"application/x-ole-storage": "un ancien fichier Word (.doc)",
           "application/vnd.oasis.opendocument.text": "un fichier OpenDocument (.odt)",
           "application/rtf": "un fichier RTF", "image": "une photo ou un scan", "archive": "une archive"},
}


STATUS = {
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

COMPONENT = {  # what an incident is about (storage/incidents.py): a part that was down, or a stage that failed
    "nl": {"mailbox": "de mailbox (IMAP)", "smtp": "de uitgaande mailserver (SMTP)",
           "fetch": "het ophalen van nieuwe mail", "process": "het verwerken van opgeslagen mail",
           "send": "het versturen van uitgaande mail", "reminders": "de dagelijkse herinneringen",
           "digest": "het dagoverzicht", "purge": "het wissen na de bewaartermijn"},
    "fr": {"mailbox": "la boîte aux lettres (IMAP)", "smtp": "le serveur d'envoi (SMTP)",
           "fetch": "la relève du courrier", "process": "le traitement du courrier reçu",
           "send": "l'envoi du courrier", "reminders": "les rappels quotidiens",
           "digest": "le résumé quotidien", "purge": "l'effacement après le délai de conservation"},
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

MAIL_STATE = {  # an outgoing mail's state (storage/outbox.py OutboxState), for the coordinator
    "nl": {"queued": "in de wachtrij", "sending": "wordt verstuurd", "sent": "verstuurd", "failed": "mislukt",
           "unknown": "onzeker (worker onderbroken)", "bounced": "teruggekomen",
           "suppressed": "niet verstuurd (beveiliging)"},
    "fr": {"queued": "en file d'attente", "sending": "en cours d'envoi", "sent": "envoyé", "failed": "échec",
           "unknown": "incertain (worker interrompu)", "bounced": "revenu", "suppressed": "non envoyé (sécurité)"},
}

CHANNEL = {"nl": {"email": "e-mail", "post": "post"}, "fr": {"email": "e-mail", "post": "courrier"}}
YES_NO = {"nl": ("ja", "nee"), "fr": ("oui", "non")}

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


UNKNOWN_AMOUNT = {"nl": "onbekend", "fr": "inconnu"}


def money_or_unknown(value: object, language: str, currency: str = "EUR") -> str:
    """An amount in words, or 'onbekend'/'inconnu' when there is none: never '0,00 EUR' for a missing amount."""
    return UNKNOWN_AMOUNT[language] if value in (None, "") else money(value, language, currency)


def money(value: object, language: str, currency: str = "EUR") -> str:
    """'9.500,00 EUR' (nl) or '9 500,00 EUR' (fr); the value as given when it is not an amount."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    grouped = f"{amount:,.2f}"  # 9,500.00
    thousands = "." if language == "nl" else "\u202f"
    return grouped.replace(",", "\x00").replace(".", ",").replace("\x00", thousands) + f" {currency}"


def problem_sentence(code: str, language: str, *, max_amount: str, region: str) -> str:
    template = PROBLEMS[language].get(code)
    if template is None:
        return code
    return template.format(max_amount=max_amount, region=region)


def document_state(parse_status: str, content_type: str, language: str) -> str:
    """What the applicant reads about one of their files, from its status and type (never the stored reason,
    which is for the coordinator)."""
    words = PARSE_STATUS[language].get(parse_status, parse_status)
    if parse_status == ParseStatus.UNSUPPORTED:
        family = ("image" if content_type.startswith("image/") else "archive" if content_type in sniff.ARCHIVES
                  else content_type)
        kind = _TYPE_WORDS[language].get(family)
        if kind:
            words = f"{kind}: {words}"
    return words


def column_label(name: str, language: str) -> str:
    """A column header in words, capitalised: 'Gevraagd bedrag', 'Montant demandé'."""
    label = COLUMN_LABELS[language].get(name) or field_word(name, language)
    return label[:1].upper() + label[1:]


def problem_label(code: str, language: str) -> str:
    return PROBLEM_LABELS[language].get(code, code.replace("_", " "))


def status_label(status: str, language: str) -> str:
    return STATUS[language].get(status, status)
