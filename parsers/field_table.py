"""The one table of an application's fields: name, kind, words for people, labels on forms, and flags.

Every layer reads this table instead of keeping its own list: extraction (which labels name which field,
how a value is normalised), corrections (the same normaliser, so a coordinator's value is stored the way
extraction would have stored it), the rules (which fields the call requires), GDPR (which fields are
personal, which the anonymous totals keep), receipts and reminders (the field's name in the applicant's
words), the call's own form (the label printed beside each box), and exports.

A field's *kind* decides its normaliser and its stored form (CONTRACT.md, "Field names and value formats").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from config.call import CallDefinition
from parsers.money import format_amount, parse_amount
from parsers.phone import normalise_phone
from parsers.places import COUNTRY_NAMES, fold, match_municipality, normalise_postcode


class FieldKind(StrEnum):
    TEXT = "text"  # one line
    BLOCK = "block"  # several lines (a summary)
    EMAIL = "email"
    PHONE = "phone"
    POSTCODE = "postcode"
    MUNICIPALITY = "municipality"
    COUNTRY = "country"
    AMOUNT = "amount"
    BUDGET_LINES = "budget_lines"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: FieldKind
    words: Mapping[str, str]  # the field named for a person: receipts, reminders, the digest, exports
    form_label: Mapping[str, str]  # the label beside its box on the call's own form
    labels: Mapping[str, tuple[str, ...]]  # labels that name it on other people's forms (compared folded)
    required: bool = False  # the call needs it to judge an idea (see rules: organisation or contact name)
    personal: bool = False  # names or reaches a person: used to find mentions when someone is forgotten
    kept_when_anonymised: bool = False  # the call's public accounting: survives `intake forget`
    on_receipt: bool = False  # the receipt says what we understood of it
    contact: bool = False  # who and where: what a signature under a mail may tell
    expected: str = ""  # the format, for a coordinator whose correction was refused

    def word(self, language: str) -> str:
        return self.words.get(language) or self.words["nl"]


def _spec(name: str, kind: FieldKind, *, nl: str, fr: str, form_nl: str, form_fr: str,
          labels_nl: tuple[str, ...] = (), labels_fr: tuple[str, ...] = (), **flags: object) -> FieldSpec:
    return FieldSpec(name, kind, MappingProxyType({"nl": nl, "fr": fr}),
                     MappingProxyType({"nl": form_nl, "fr": form_fr}),
                     MappingProxyType({"nl": labels_nl, "fr": labels_fr}), **flags)  # type: ignore[arg-type]


FIELDS: tuple[FieldSpec, ...] = (
    _spec("organisation", FieldKind.TEXT, nl="organisatie", fr="organisation",
          form_nl="Naam organisatie of vereniging", form_fr="Nom de l'organisation ou association",
          labels_nl=("organisatie", "naam organisatie", "naam van de organisatie", "naam vereniging",
                     "naam van de vereniging", "vereniging", "projectdrager", "projectindiener", "indiener",
                     "aanvrager", "naam aanvrager", "initiatiefnemer", "groep", "naam groep",
                     "naam initiatiefnemer", "naam van de initiatiefnemer", "wie dient het project in",
                     "wie dient in", "wie dient de aanvraag in",
                     "naam van de organisatie of vereniging", "naam organisatie of vereniging", "juridische naam",
                     "namens", "namens vereniging", "aanvragende organisatie", "aanvragende vereniging",
                     "indienende organisatie", "indienende vereniging", "organisator", "organiserende vereniging"),
          labels_fr=("organisation", "nom de l organisation", "nom de l association", "association",
                     "structure", "nom de la structure", "porteur de projet", "porteur du projet",
                     "structure porteuse", "collectif", "nom du collectif", "demandeur", "denomination",
                     "nom du porteur de projet", "nom de la structure porteuse", "raison sociale",
                     "denomination de la structure", "nom de l organisation ou association", "organisme",
                     "organisme porteur", "structure demandeuse", "association porteuse",
                     "nom du groupe", "collectif d habitants", "groupe d habitants", "qui depose le projet",
                     "qui porte le projet", "organisateur", "organisatrice", "structure organisatrice",
                     "comment s appelle votre association", "comment s appelle votre association ou votre collectif",
                     "comment s appelle votre collectif", "porte par", "projet porte par"),
          required=True, on_receipt=True, contact=True, expected="text"),
    _spec("contact_name", FieldKind.TEXT, nl="naam van de contactpersoon", fr="nom de la personne de contact",
          form_nl="Contactpersoon", form_fr="Personne de contact",
          labels_nl=("contactpersoon", "naam contactpersoon", "naam", "voornaam en naam",
                     "voor en achternaam", "verantwoordelijke", "aanspreekpunt",
                     "naam en functie van de contactpersoon", "trekker", "voornaam naam",
                     "voor en familienaam", "familienaam", "achternaam",
                     "projectverantwoordelijke", "aanspreekpersoon", "contact persoon",
                     "wie mogen we contacteren", "wie kunnen we contacteren",
                     "wie mogen we contacteren over dit voorstel", "wie mogen we contacteren over dit project",
                     "dossierbeheerder", "dossierverantwoordelijke", "verantwoordelijke voor het dossier"),
          labels_fr=("personne de contact", "contact", "nom", "prenom et nom", "nom du contact",
                     "responsable", "referent", "nom du referent", "interlocuteur", "personne a contacter",
                     "representant", "nom du representant", "representant contact", "prenom nom",
                     "personne referente", "votre nom", "responsable du projet", "responsable de projet",
                     "personne responsable", "nom du responsable", "qui pouvons nous contacter",
                     "qui contacter", "qui pouvons nous contacter pour ce projet", "referente",
                     "personne ressource",
                     # not "Chargé(e) du dossier" alone: a signature's role line under the name says it too
                     "personne chargee du dossier", "personne en charge du dossier", "personne chargee du projet",
                     "personne en charge du projet", "adulte referent", "adulte referent a contacter",
                     "referent du projet", "referente du projet", "nom de famille",
                     "personne chargee du suivi du dossier", "personne chargee du suivi", "charge du suivi du dossier",
                     "chargee du suivi du dossier"),
          personal=True, contact=True, expected="text"),
    _spec("email", FieldKind.EMAIL, nl="e-mailadres", fr="adresse e-mail", form_nl="E-mail", form_fr="Courriel",
          labels_nl=("e mail", "email", "e mailadres", "emailadres", "mail", "mailadres"),
          labels_fr=("courriel", "adresse e mail", "adresse mail", "adresse electronique", "mel", "e mail",
                     "adresse de messagerie", "messagerie"),
          required=True, personal=True, contact=True, expected="an e-mail address"),
    _spec("phone", FieldKind.PHONE, nl="telefoonnummer", fr="numéro de téléphone",
          form_nl="Telefoon", form_fr="Téléphone",
          labels_nl=("telefoon", "tel", "telefoonnummer", "gsm", "gsm nummer", "telefoon gsm", "mobiel", "tel gsm",
                     "gsm tel", "telefoon of gsm", "telefoon vast", "tel vast", "vaste telefoon"),
          labels_fr=("telephone", "tel", "portable", "numero de telephone", "telephone portable", "mobile",
                     "n de telephone", "numero de tel", "telephone fixe", "tel fixe"),
          personal=True, contact=True, expected="a Belgian, French or international phone number"),
    _spec("address", FieldKind.TEXT, nl="adres", fr="adresse",
          form_nl="Adres (straat en nummer)", form_fr="Adresse (rue et numéro)",
          labels_nl=("adres", "straat en nummer", "straat en huisnummer", "straat", "adres straat en nummer",
                     "straatnaam en huisnummer", "straat en nr", "straat nr", "maatschappelijke zetel",
                     "correspondentieadres", "postadres", "zetel", "op welk adres kunnen we jullie bereiken",
                     "op welk adres kunnen we je bereiken", "op welk adres kunnen we u bereiken"),
          labels_fr=("adresse", "rue", "rue et numero", "numero et rue", "adresse postale", "siege social",
                     "n et rue", "rue et n", "adresse du siege", "adresse de correspondance",
                     "adresse postale de l association", "domicile", "adresse du domicile", "siege",
                     # a French administration's "N°, voie" (the road: rue, chemin, route...)
                     "n voie", "n et voie", "numero et voie", "numero voie", "n rue", "numero rue"),
          personal=True, contact=True, expected="street and number"),
    _spec("postcode", FieldKind.POSTCODE, nl="postcode", fr="code postal", form_nl="Postcode", form_fr="Code postal",
          labels_nl=("postcode", "postnummer", "postnr", "pc"), labels_fr=("code postal", "cp"),
          contact=True, expected="4 digits (BE) or 5 digits (FR)"),
    _spec("municipality", FieldKind.MUNICIPALITY, nl="gemeente", fr="commune", form_nl="Gemeente", form_fr="Commune",
          labels_nl=("gemeente", "woonplaats", "plaats", "deelgemeente", "dorp", "gemeente deelgemeente"),
          labels_fr=("commune", "ville", "localite", "village"),
          required=True, kept_when_anonymised=True, on_receipt=True, contact=True, expected="a municipality"),
    _spec("country", FieldKind.COUNTRY, nl="land", fr="pays", form_nl="Land", form_fr="Pays",
          labels_nl=("land",), labels_fr=("pays",),
          kept_when_anonymised=True, contact=True, expected="BE or FR (België/Belgique, France/Frankrijk)"),
    _spec("project_title", FieldKind.TEXT, nl="titel van het project", fr="titre du projet",
          form_nl="Titel van het project", form_fr="Titre du projet",
          labels_nl=("titel project", "projecttitel", "titel van het project", "naam project",
                     "naam van het project", "projectnaam", "titel", "project", "projectidee", "titel van uw project",
                     "naam van uw project", "titel van jullie project", "werktitel", "titel van je project",
                     "naam van je project", "geef je project een naam", "geef jullie project een naam",
                     "geef uw project een naam", "hoe heet je project", "hoe heet jullie project", "korte titel",
                     "voorlopige titel", "titel van het initiatief", "naam van het initiatief"),
          labels_fr=("titre du projet", "intitule du projet", "titre", "nom du projet", "projet", "intitule",
                     "titre de votre projet", "nom de votre projet", "donnez un nom a votre projet",
                     "donnez un titre a votre projet", "intitule de votre projet", "titre court",
                     "comment s appelle le projet", "comment s appelle votre projet",
                     "le nom de votre projet en une phrase",
                     "titre provisoire", "titre de l initiative", "intitule de l initiative", "nom de l initiative"),
          required=True, on_receipt=True, expected="text"),
    _spec("summary", FieldKind.BLOCK, nl="korte beschrijving van het project", fr="brève description du projet",
          form_nl="Korte omschrijving", form_fr="Description courte",
          labels_nl=("samenvatting", "korte omschrijving", "omschrijving", "beschrijving", "projectomschrijving",
                     "beschrijving van het project", "korte beschrijving", "omschrijving van het project",
                     "korte samenvatting", "wat willen jullie doen", "beschrijf uw idee in enkele zinnen",
                     "beschrijf uw idee", "uitleg", "omschrijving van het idee", "doel van het project",
                     "je project in het kort", "uw project in het kort", "het project in het kort",
                     "jullie project in het kort", "uw project in een paar woorden", "je project in een paar woorden"),
          labels_fr=("resume", "description", "description du projet", "description courte", "resume du projet",
                     "presentation du projet", "breve description", "descriptif", "descriptif du projet",
                     "en quelques mots", "description et objectifs", "votre idee en quelques lignes",
                     "votre idee en quelques mots", "votre projet en quelques mots", "le projet en quelques mots",
                     "votre projet en bref", "le projet en bref", "presentation de l action"),
          required=True, on_receipt=True, expected="text"),
    _spec("requested_amount", FieldKind.AMOUNT, nl="gevraagd bedrag", fr="montant demandé",
          form_nl="Gevraagd bedrag (EUR)", form_fr="Montant demandé (EUR)",
          labels_nl=("gevraagd bedrag", "gevraagde steun", "bedrag subsidie", "gevraagde subsidie",
                     "gevraagde bijdrage", "subsidiebedrag", "gevraagd subsidiebedrag", "bedrag gevraagde steun",
                     "gevraagde financiering", "aangevraagd bedrag", "gevraagde financiele bijdrage", "gevraagd",
                     "welk bedrag vraagt u aan", "gevraagde steun partons", "bedrag dat u vraagt",
                     "gevraagd aan partons", "gevraagd bij partons", "gevraagde tussenkomst",
                     "bijdrage partons", "steun partons", "gevraagde ondersteuning", "bedrag aangevraagd",
                     "bedrag gevraagd", "bijdrage provincie", "gevraagd budget", "steunbedrag",
                     "financiele steun", "bijdrage van partons", "bedrag van de aanvraag", "gevraagde toelage",
                     "gevraagde toelage in eur", "toelage gevraagd", "gevraagde subsidie in eur",
                     "gevraagde premie"),
          labels_fr=("montant demande", "montant sollicite", "subvention demandee", "aide demandee",
                     "montant de la subvention", "montant de l aide", "subvention sollicitee", "aide sollicitee",
                     "montant de l aide demandee", "financement demande", "montant de la subvention demandee",
                     "subside demande", "aide sollicitee", "aide demandee partons", "montant sollicite partons",
                     "aide partons", "participation demandee", "participation partons", "financement partons",
                     "subvention partons", "demande de subvention", "soutien demande", "contribution demandee",
                     "contribution partons", "aide financiere",
                     "montant de la demande"),
          required=True, kept_when_anonymised=True, on_receipt=True,
          expected="an amount in EUR, e.g. 9500 or 9.500,00"),
    _spec("total_budget", FieldKind.AMOUNT, nl="totale begroting", fr="budget total",
          form_nl="Totaal budget (EUR)", form_fr="Budget total (EUR)",
          labels_nl=("totaal budget", "totaalbudget", "totale kostprijs", "totaal", "totale kost", "budget totaal",
                     "totale begroting", "totale projectkost", "totale kosten", "totaal projectbudget",
                     "totale budget", "kostprijs project", "totaal begroting",
                     "hoeveel kost het project in totaal", "totale kostprijs project",
                     "totale kostprijs van het project", "totale uitgaven", "totaalbedrag",
                     "geraamde kost", "geraamde totale kost", "raming totale kost",
                     "wat kost het project in totaal", "wat kost het project", "wat kost uw project",
                     "wat kost jullie project", "hoeveel kost het project", "hoeveel kost uw project"),
          labels_fr=("budget total", "cout total", "total", "montant total", "total du projet",
                     "cout total du projet", "budget global", "total des depenses", "budget total du projet",
                     "cout global", "cout du projet", "montant global", "combien coute le projet",
                     "combien coute le projet au total", "combien coute votre projet", "combien va couter le projet"),
          expected="an amount in EUR, e.g. 12000 or 12.000,00"),
    _spec("budget_lines", FieldKind.BUDGET_LINES, nl="begroting", fr="budget détaillé",
          form_nl="Begroting", form_fr="Budget prévisionnel",
          expected="'description: amount; description: amount'"),
)

BY_NAME: Mapping[str, FieldSpec] = MappingProxyType({spec.name: spec for spec in FIELDS})
FIELD_NAMES: tuple[str, ...] = tuple(spec.name for spec in FIELDS)
AMOUNT_FIELDS: frozenset[str] = frozenset(spec.name for spec in FIELDS if spec.kind is FieldKind.AMOUNT)
REQUIRED_FIELDS: tuple[str, ...] = tuple(spec.name for spec in FIELDS if spec.required)
CONTACT_FIELDS: tuple[str, ...] = tuple(spec.name for spec in FIELDS if spec.contact)
PERSONAL_FIELDS: tuple[str, ...] = tuple(spec.name for spec in FIELDS if spec.personal)
KEPT_WHEN_ANONYMISED: tuple[str, ...] = tuple(spec.name for spec in FIELDS if spec.kept_when_anonymised)
ON_RECEIPT: tuple[str, ...] = ("project_title", "summary", "organisation", "municipality", "requested_amount")
assert set(ON_RECEIPT) == {spec.name for spec in FIELDS if spec.on_receipt}  # the order is the receipt's

EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def field_word(name: str, language: str) -> str:
    """The field's name in a person's words; an unknown name is shown as it is, readably."""
    spec = BY_NAME.get(name)
    return spec.word(language) if spec is not None else name.replace("_", " ")


def normalise_country(text: str) -> str | None:
    return COUNTRY_NAMES.get(fold(text))


def without_closing_mark(text: str) -> str:
    """"VERGER COMMUNAL," -> "VERGER COMMUNAL": a comma or semicolon that ends a box's answer is the
    sentence's, not the value's."""
    return text.rstrip(" ,;")


def normalise(name: str, raw: str, call: CallDefinition) -> str | Decimal | None:
    """A field's value in its stored form, or None when ``raw`` is not a value of that kind.

    Amounts come back as Decimal (stored as "9500.00", see ``to_stored``); a municipality of the call's
    region as its official name, any other place as written (the rules then call it outside the region).
    Budget lines have their own reader (``parse_budget_lines``).
    """
    spec = BY_NAME[name]
    text = " ".join(raw.split()) if spec.kind is not FieldKind.BLOCK else raw.strip()
    if not text:
        return None
    match spec.kind:
        case FieldKind.EMAIL:
            found = EMAIL_RE.search(text)
            return found.group(0).lower() if found else None
        case FieldKind.PHONE:
            return normalise_phone(text)
        case FieldKind.POSTCODE:
            return normalise_postcode(text)
        case FieldKind.MUNICIPALITY:
            municipality = match_municipality(text, call)
            if municipality is not None:
                return municipality.name
            return text.title() if text.isupper() else text  # "FLÊTRE" is written Flêtre
        case FieldKind.COUNTRY:
            return normalise_country(text)
        case FieldKind.AMOUNT:
            return parse_amount(text)
        case FieldKind.BLOCK:
            lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
            return "\n".join(line for line in lines if line)
        case _:
            return without_closing_mark(text) or None


def parse_budget_lines(text: str) -> list[dict[str, str]] | None:
    """'description: amount; description: amount' as stored budget lines, or None when a line is unreadable."""
    lines = []
    for item in text.split(";"):
        description, _, amount_text = item.rpartition(":")
        amount = parse_amount(amount_text)
        if not description.strip() or amount is None:
            return None
        lines.append({"description": description.strip(), "amount": format_amount(amount)})
    return lines


def to_stored(value: object) -> object:
    """The JSON form a value is stored and shown in: amounts as "9500.00", everything else as it is."""
    return format_amount(value) if isinstance(value, Decimal) else value
