"""Which words on a form, in a table or before a colon name which field (the field table's labels, plus
the pseudo-fields that hold two fields in one box).

Labels are compared folded (lower case, no accents, no punctuation). The longest matching label wins,
so "Naam vereniging" is the organisation and not the contact's "Naam".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from functools import lru_cache

from parsers.field_table import FIELDS
from parsers.places import fold

# Pseudo-fields that hold two contract fields in one box; fields.py splits them.
POSTCODE_AND_MUNICIPALITY = "postcode_municipality"
FULL_ADDRESS = "full_address"
BUDGET_TABLE = "budget_table"
SUBJECT = "subject"
# Parts of a field a form asks in boxes of their own ("Voornaam", "Huisnummer", "Bus"); form_rows joins them.
FIRST_NAME = "first_name"
HOUSE_NUMBER = "house_number"
BOX_NUMBER = "box_number"
PARTS = frozenset({FIRST_NAME, HOUSE_NUMBER, BOX_NUMBER})
# An organisation label that says it names a group ("Naam vereniging", "Indiener (vereniging)"): its value is
# the group's name even when it reads like a person's ("Hoeve Ter Linde")
ORGANISATION_NAMED = "organisation_named"
INSTITUTION = "institution"  # the school (or other institution) a form names beside the group that applies
# An address label that says it is the group's registered seat ("Maatschappelijke zetel", "Siège social"): the
# address when the document gives no other, but the contact's "Adres" on the same document is where to write
SEAT_ADDRESS = "seat_address"
# An address label that asks where a person lives ("Domicile"): the contact's home, which may not be where the
# group is written to; the address, to check
HOME_ADDRESS = "home_address"
# The group's own phone or e-mail ("Telefoon school", "Courriel de l'association"): the contact's own, in a
# box of its own on the same form, is where to call; the group's when the form gives no other
GROUP_PHONE = "group_phone"
GROUP_EMAIL = "group_email"
# Who signs for the group ("Représentant légal", "Voorzitter"): the contact when the form names no other, but
# a "Personne à contacter" elsewhere on it is the one to write to
REPRESENTATIVE = "representative"
# The representative's phone and e-mail, asked beside their name ("Président(e) – Nom et prénom | Téléphone"):
# the contact's only when the form gives no other (parsers.documents)
REPRESENTATIVE_PHONE = "representative_phone"
REPRESENTATIVE_EMAIL = "representative_email"
# The representative's and another person's address ("Adres voorzitter", "Adresse du trésorier"): the group's or
# the contact's only to check, and only where no address of the group or of the contact is given
REPRESENTATIVE_ADDRESS = "representative_address"
OTHER_ADDRESS = "other_address"
# Another person's phone and e-mail (a treasurer's, a second contact's beside their name): never the contact's,
# whichever rule reads the number (parsers.documents)
OTHER_PHONE = "other_phone"
OTHER_EMAIL = "other_email"
# "Naam en voornaam", "Nom, prénom": the contact, whose value may be written surname first ("DUPONT Marie")
SURNAME_FIRST = "surname_first"
# "Bedrag", "Montant": an amount that does not say whose; on an application most often the one asked, so
# read as the request, to check
BARE_AMOUNT = "bare_amount"
# "Eigen inbreng", "Autofinancement": what the group brings in itself. Not a field of ours: with the total it
# gives the request when a form leaves "Gevraagde steun" empty (parsers.documents._request_from_own_share)
OWN_SHARE = "own_share"
# "Présentez votre association", "Stel uw vereniging voor": answered in sentences that name the group
GROUP_PRESENTED = "group_presented"

# Labels of the pseudo-fields; the contract fields' own labels live in the field table.
_PSEUDO: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        # the bare roles ("Voorzitter") start signature lines too ("Voorzitter, Dorpsraad Hoogstade")
        REPRESENTATIVE: ("wettelijke vertegenwoordiger", "naam voorzitter", "naam van de voorzitter",
                         "naam voorzitster", "ondertekenaar", "naam ondertekenaar"),
        POSTCODE_AND_MUNICIPALITY: ("postcode en gemeente", "postcode gemeente", "postcode en plaats",
                                    "postcode en woonplaats", "postcode plaats", "postcode woonplaats",
                                    "postnummer gemeente", "postnummer en gemeente", "postcode + gemeente",
                                    "postnummer + gemeente"),
        FULL_ADDRESS: ("volledig adres", "contactgegevens", "gegevens", "adresgegevens"),
        BUDGET_TABLE: ("begroting", "budget", "kosten", "uitgaven", "kostenraming", "omschrijving kost",
                       "uitgavenpost", "post"),
        SUBJECT: ("betreft", "onderwerp"),
        FIRST_NAME: ("voornaam", "voornaam contactpersoon", "voornaam van de contactpersoon",
                     "voornaam verantwoordelijke", "voornaam aanvrager"),
        SURNAME_FIRST: ("naam en voornaam", "naam voornaam", "familienaam en voornaam", "achternaam en voornaam",
                        "familienaam voornaam", "naam voornaam functie", "naam voornaam en functie"),
        # "Nr. / Bus": one box for both, "4 / 2" (fields.add_value splits it)
        HOUSE_NUMBER: ("huisnummer", "nr", "nummer", "huisnr", "nr bus", "nr en bus", "nummer bus", "nummer en bus",
                       "huisnummer bus", "huisnummer en bus", "huisnr bus"),
        BOX_NUMBER: ("bus", "busnummer"),
        BARE_AMOUNT: ("bedrag",),
        OWN_SHARE: ("eigen inbreng", "eigen bijdrage", "eigen middelen", "eigen financiering", "eigen aandeel",
                    "inbreng vereniging", "inbreng van de vereniging"),
        GROUP_PRESENTED: ("stel uw vereniging voor", "stel jullie vereniging voor", "stel uw groep voor",
                          "stel jullie groep voor", "stel uw vereniging of groep voor", "stel uw organisatie voor",
                          "wie bent u", "wie zijn jullie", "voorstelling van de vereniging",
                          "voorstelling van uw vereniging", "voorstelling van de groep"),
    },
    "fr": {
        REPRESENTATIVE: ("representant legal", "nom du representant legal", "representant legal de l association",
                         "nom du president", "nom de la presidente", "nom du president e", "signataire"),
        POSTCODE_AND_MUNICIPALITY: ("code postal et commune", "code postal commune", "code postal et ville",
                                    "cp et commune", "cp commune", "cp ville", "code postal ville", "cp et ville"),
        FULL_ADDRESS: ("adresse complete", "coordonnees", "coordonnees completes"),
        BUDGET_TABLE: ("budget previsionnel", "depenses", "poste de depense", "postes de depenses", "poste",
                       "nature de la depense", "budget"),
        SUBJECT: ("objet", "concerne"),
        FIRST_NAME: ("prenom", "prenom du contact", "prenom du referent", "prenom de la referente",
                     "prenom du responsable", "prenom de la personne a contacter", "prenom du porteur de projet"),
        # (whole labels, so that an OCR'd label is not taken for "Prénom du référent", one word shorter)
        SURNAME_FIRST: ("nom et prenom", "nom prenom", "nom et prenom du referent", "nom et prenom de la referente",
                        "nom et prenom du responsable", "nom et prenom du contact",
                        # "Nom, prénom, fonction": the role after the name, in brackets or after a comma
                        "nom prenom fonction", "nom prenom et fonction", "nom et prenom fonction",
                        "nom prenom qualite"),
        HOUSE_NUMBER: ("numero", "n", "no", "n de rue", "n bte", "n boite", "numero boite", "numero bte",
                       "n et boite", "numero et boite"),
        BOX_NUMBER: ("boite", "bte"),
        BARE_AMOUNT: ("montant",),
        OWN_SHARE: ("autofinancement", "fonds propres", "apport propre", "apports propres", "apport personnel",
                    "part propre", "contribution propre", "apport de l association", "participation propre"),
        GROUP_PRESENTED: ("presentez votre association", "presentez votre association ou votre groupe d habitants",
                          "presentez votre association ou votre groupe", "presentez votre groupe",
                          "presentez votre structure", "presentation de l association",
                          "presentation de votre association", "presentation de la structure", "qui etes vous",
                          "qui sommes nous"),
    },
}

# English labels, for the residents and associations who write in English (the call is bilingual, its
# public is not). They name a field but not the document's language: the call answers in Dutch or French.
ENGLISH: dict[str, tuple[str, ...]] = {
    "organisation": ("organisation", "organization", "name of organisation", "name of organization",
                     "organisation name", "organization name", "name of the association", "club", "group",
                     "initiator", "name of initiator", "name of the initiator", "applicant organisation",
                     "applicant organization"),
    "contact_name": ("contact", "contact person", "name", "your name", "full name", "applicant",
                     "name of applicant", "name of contact person", "surname", "last name", "family name"),
    FIRST_NAME: ("first name", "given name", "forename"),
    "email": ("email", "e-mail", "email address", "e-mail address"),
    "phone": ("phone", "telephone", "phone number", "telephone number", "mobile", "mobile phone", "tel"),
    "address": ("address", "street", "street and number", "street address"),
    "postcode": ("postcode", "post code", "postal code", "zip", "zip code"),
    POSTCODE_AND_MUNICIPALITY: ("postcode and town", "postcode and place", "postal code and town",
                                "postcode and municipality", "zip code and city"),
    FULL_ADDRESS: ("full address", "full postal address", "complete address"),
    BUDGET_TABLE: ("cost item", "cost items", "expenses", "expenditure"),
    "municipality": ("municipality", "town", "village", "city", "town/village", "place"),
    "country": ("country",),
    "project_title": ("title", "project title", "name of the project", "project name", "title of the project"),
    "summary": ("summary", "project description", "description of the project", "the idea", "short description"),
    "requested_amount": ("amount requested", "requested amount", "grant requested", "amount asked",
                         "funding requested", "subsidy requested", "requested grant", "requested funding"),
    "total_budget": ("total budget", "total cost", "total costs", "total project cost", "estimated total cost"),
    OWN_SHARE: ("own contribution", "own funds", "own share"),
    SUBJECT: ("subject", "re", "regarding"),  # a letter's "Re: Call for projects ... – <title>"
}
EN = "en"

LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    language: {**{spec.name: spec.labels[language] for spec in FIELDS if spec.labels.get(language)},
               **pseudo}
    for language, pseudo in _PSEUDO.items()
}


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str, str], ...]:
    """(folded label, field, language), longest label first."""
    rows = {(fold(label), name, language)
            for language, table in LABELS.items() for name, labels in table.items() for label in labels}
    known = {row[0] for row in rows}  # a label Dutch or French already has keeps its meaning there
    rows |= {(fold(label), name, EN) for name, labels in ENGLISH.items() for label in labels
             if fold(label) not in known}
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


# a question's or section's number: "3.", "7)", and a sub-question's "3.2" or "3.2." (a bare number would be a
# house's)
# "3.", "3.2", a part's "B2", a survey's question "Q10."
NUMBER_MARK = r"(?:\d{1,2}(?:[.)]|\.\d{1,2}[.)]?)|[A-H]\d{1,2}[.)]?|Q\d{1,2}[.)]?)"
# brackets, marks, "max. ..." and a question's or section's number ("3.", "B)", "3.2"); "/", "+", "&" and ","
# join two words ("Naam + voornaam", "Nom, prénom"), and so does a dash between spaces ("Code postal – Ville");
# "N°" is a number's sign; a question's number may stand before a dash ("Q1 – Organisme")
_DECORATION = re.compile(rf"\(.*?\)|\[.*?\]|[*:?/+&,°…]|\s[–—-]\s|\bmax\b.*$|"
                         rf"^\s*(?:{NUMBER_MARK}|[A-Ha-h][.)])(?:\s*[–-])?\s+")
# words that add nothing after a known label: "Montant sollicité auprès de Partons 2.0"
_FILLER = frozenset({"aan", "bij", "van", "de", "het", "den", "der", "voor", "in", "en", "a", "aupres", "du", "des",
                     "la", "le", "l", "d", "pour", "par", "au", "aux", "to", "from", "of", "the", "for", "2", "0",
                     "eur", "euro", "euros"})
# a possessive before a label ("Son téléphone", "Zijn of haar gsm")
_WHOSE_WORD = re.compile(r"^(?:son|sa|ses|leur|zijn(?: of haar)?|haar|hun)\s+(?=\S)")
# "Naam ...", "Nom de l'...": a generic "name" label; the noun after it says whose name it is
# (asked as a question too: "Wat is de naam van jullie groep?", "Quel est le nom de votre association ?")
_NAME_OF = re.compile(r"^(?:(?:wat is|hoe luidt) (?:de|het) |quel est le |what is the )?"
                      r"(?:naam|nom|name|benaming|denomination|volledige naam)"
                      r"(?: (?:van|of|de|du|des|d|l|la|het|the|uw|your|jullie|onze|votre))* (?P<rest>.+)$")
# who carries a project: "porteur de projet", "projectindiener", "aanvrager"
_CARRIER = frozenset({"porteur", "porteuse", "projectdrager", "projectindiener", "indiener", "aanvrager", "demandeur",
                      "beneficiaire", "begunstigde"})
_HEAD_NOUNS: tuple[tuple[str, frozenset[str]], ...] = (
    ("organisation", frozenset({"organisatie", "vereniging", "vzw", "asbl", "comite", "buurtcomite", "groep",
                                "collectief", "collectif", "organisme", "association", "structure", "club",
                                "organisation", "organization", "group", "groupe", "groupement", "wijkcomite",
                                "dorpsraad", "raad",
                                # a parents' council's form ("Naam ouderraad / oudercomité"), a circle, a foundation
                                "oudercomite", "ouderraad", "oudervereniging", "kring", "cercle", "amicale",
                                "stichting", "fondation", "jeugdhuis", "jeugdbeweging"})),
    ("project_title", frozenset({"project", "projet", "initiatief", "initiative", "action", "actie", "idee",
                                 "projectidee", "activiteit", "activite",
                                 # another body's event form ("Naam van het evenement", "Nom de la manifestation")
                                 "evenement", "manifestation"})),
    # "Naam school", "Nom de l'école": a school's name, the group's only where the form names no other group (a
    # parents' council's form asks the school and the council apart)
    (INSTITUTION, frozenset({"school", "ecole", "etablissement"})),
)
# a label followed by these is another row of a budget: "Totaal eigen inbreng", "Total des recettes"
_OTHER_MONEY = frozenset({"eigen", "inbreng", "inkomsten", "ontvangsten", "middelen", "andere", "recettes",
                          "apport", "apports", "autofinancement", "propres", "autres", "income", "own"})
_ORGANISATION_NOUNS = frozenset({"organisatie", "vereniging", "vzw", "asbl", "comite", "buurtcomite", "collectief",
                                 "collectif", "organisme", "association", "structure", "club", "organisation",
                                 "organization", "wijkcomite"})
_ASKING = frozenset({"gevraagd", "gevraagde", "aangevraagd", "aangevraagde", "vragen", "vraagt", "vraag", "vraagje",
                     "gewenst", "gewenste", "demande", "demandee", "demandez", "demandons", "sollicite", "sollicitee",
                     "sollicitez", "sollicitons", "souhaite", "souhaitee", "souhaitez", "requested", "request",
                     "asked", "asking",
                     # what is needed: "De quel montant avez-vous besoin ?", "Hoeveel geld hebben jullie nodig?"
                     "besoin", "nodig", "need", "needed"})
_MONEY_WORDS = frozenset({"bedrag", "bedragen", "montant", "subsidie", "subvention", "subside", "steun", "aide",
                          "bijdrage", "contribution", "participation", "financement", "financiering", "euro", "eur",
                          "hoeveel", "combien", "partons", "budget", "tussenkomst", "soutien", "amount", "grant",
                          "funding", "much", "financiele", "financiere"})
# a total that is asked for is the request: "Montant total demandé", "Totaal gevraagd bedrag"
_MONEY_FIELDS = frozenset({"requested_amount", "total_budget", BARE_AMOUNT})
_REQUEST_WORDS = frozenset({"gevraagd", "gevraagde", "aangevraagd", "aangevraagde", "demande", "demandee",
                            "sollicite", "sollicitee", "requested"})


@lru_cache(maxsize=1)
def _shared() -> frozenset[str]:
    """Labels both languages use ("e-mail", "project"): they tell nothing about the language."""
    folded = {language: {fold(label) for labels in table.values() for label in labels}
              for language, table in LABELS.items()}
    return frozenset(folded["nl"] & folded["fr"])


def match_label(label: str) -> tuple[str, str | None] | None:
    """``(field, language)`` for a label such as ``"Gevraagd bedrag (max. 10.000 EUR) *"``, else ``None``.

    The language is ``None`` for a label both languages use. A bilingual form's label, a language each side of
    a slash ("Association ou groupe d'habitants / Naam vereniging"), is a label where each side is one, of one
    field.
    """
    matched = _match_label(label)
    if matched is None and " / " in label:
        fields = [found[0] if (found := _match_label(side)) is not None else None for side in label.split(" / ")]
        # (not a budget's column, "Bedrag / Montant", "Kosten / Dépenses": a table's header in two languages)
        if None not in fields and len(set(fields)) == 1 and fields[0] is not None \
                and fields[0] not in (BARE_AMOUNT, BUDGET_TABLE):
            return fields[0], None  # (two languages: neither is the form's)
    return matched


def names_a_group(label: str) -> bool:
    """An organisation label that says it names a group ("Naam vereniging", "Indiener (vereniging)"), not
    one that may name a person or a group ("Aanvrager", "Porteur de projet")."""
    return bool(set(re.findall(r"[a-z]+", fold(label))) & _ORGANISATION_NOUNS)  # brackets too


_GROUPS_OWN = frozenset({"school", "ecole", "siege", "zetel", "secretariaat", "secretariat"})


def names_the_groups_own(label: str) -> bool:
    """A phone or e-mail label that says it is the group's ("Telefoon school", "Tél. de l'association", "E-mail
    vereniging"), not a person's."""
    return bool(set(re.findall(r"[a-z]+", fold(label))) & (_ORGANISATION_NOUNS | _GROUPS_OWN))


def names_a_home(label: str) -> bool:
    """An address label that asks where a person lives ("Domicile", "Adresse du domicile")."""
    return bool(re.search(r"\bdomicile\b", fold(label)))


def names_a_seat(label: str) -> bool:
    """An address label that names the group's registered seat ("Maatschappelijke zetel", "Adresse du siège")."""
    return bool(re.search(r"\b(?:zetel|siege|registered office|head office)\b", fold(label)))


# a form that asks questions ("Wie is de contactpersoon?", "Quel est le nom de votre projet ?"): the
# question's words before the noun are not the label's
_QUESTION = re.compile(r"^(?:wie|wat|welk|welke|hoe|quel|quelle|quels|quelles|qui|what|who|which)"
                       r" (?:is|zijn|heet|heten|est|sont|are)(?: (?:de|het|le|la|les|l|uw|jullie|votre|vos|the|your))?"
                       # (not "Wie zijn jullie?": the question is the whole label)
                       r" (?=\w)(?!(?:jullie|wij|we|u|vous|nous)$)")
# the hint in brackets that says a name is written surname first: "Contactpersoon (naam + voornaam)"
_HINTS = re.compile(r"\((.*?)\)")


_QUOTED = re.compile(r"\s'[^']{3,60}'|\s‘[^’]{3,60}’|«[^»]{3,60}»|\s\"[^\"]{3,60}\"|“[^”]{3,60}”")
_TO_BE_CONTACTED = re.compile(r"(?i)\s[–—-]\s*(?:[àa] contacter|te contacteren)\s*$")


# an online survey's sub-question: the question, then the part asked in square brackets, then the tool's code
# ("Référent du projet [Prénom] (G01Q02[SQ002])", "Coordonnées [Téléphone]")
_SUB_QUESTION = re.compile(r"(?P<question>[^\[\]()]*?\w[^\[\]()]*?)\s*\[(?P<part>[^\[\]]+)\]"
                           r"\s*(?:\([^()]*\))?\s*[*:?]?\s*")


def _sub_question(label: str) -> str:
    """A survey's "Question [Part]" as the label it stands for: "Référent du projet – Prénom" when the question
    names a person (whose box it is, then what it asks), the part alone when it does not ("Coordonnées
    [Téléphone]" asks a phone); any other label as it is (a hint in square brackets says no more)."""
    found = _SUB_QUESTION.fullmatch(label)
    return label if found is None else question_and_part(found.group("question"), found.group("part")) or label


def question_and_part(question: str, part: str) -> str | None:
    """The label a question and the part of it a box asks stand for ("Référent du projet" and "Prénom": the
    person's first name, "Référent du projet – Prénom"; "Coordonnées" and "Téléphone": a phone); None when
    the part is no label."""
    question, part = question.strip(), part.strip()
    if _alone(part) is None:
        return None
    return f"{question} – {part}" if whose(question) is not None else part


@lru_cache(maxsize=8192)  # pure; forms and letters ask the same few hundred labels again and again
def _match_label(label: str) -> tuple[str, str | None] | None:
    # "Adulte référent (parent) – à contacter": who, and that this one is the contact; no part after a dash
    label = _sub_question(_TO_BE_CONTACTED.sub("", label))
    if _whose_dash(label) is not None:
        # before the words: "Naam voorzitter – Telefoon" is the chair's phone, not a name with words after it
        return _persons_label(label, _match_label)
    folded = _QUESTION.sub("", fold(_DECORATION.sub(" ", label)))
    matched = _match_words(folded)
    if matched is None and (unquoted := _QUOTED.sub(" ", label)) != label:
        # "Gevraagd aan de oproep 'Maak werk van je buurt'": an amount's label naming the call or a fund in quotes
        # (only an amount's: a name in quotes after "Nom de l'association" is the answer)
        again = _match_words(_QUESTION.sub("", fold(_DECORATION.sub(" ", unquoted))))
        matched = again if again is not None and again[0] in _MONEY_FIELDS else None
    if matched is None and (plain := _WHICH_NAME.sub("", folded)) != folded:
        matched = _match_words(plain)  # "Officiële naam van de groep": which name, the label is the rest
    if matched is not None and set(folded.split()) & _PARTNER:
        # "Adres partner", "Courriel partenaire", "Contact chez le partenaire": the partner's, another group's
        # (a cross-border project's partner across the border); its name and amounts are none of ours
        theirs = _FOR_OTHER_PERSON.get(matched[0], matched[0])
        return (theirs, matched[1]) if theirs in _FOR_OTHER_PERSON.values() else None
    if matched is not None and matched[0] == "contact_name" and whose(label) == REPRESENTATIVE:
        # "Responsable légal (nom, qualité)": who signs for the group, the contact only where the form names no
        # other (a name asked surname first keeps its order to read: "Nom et prénom du représentant ...")
        return REPRESENTATIVE, matched[1]
    return (_as_hinted(label, matched[0]), matched[1]) if matched is not None else None


_WHICH_NAME = re.compile(r"^(?:officiele|juiste|officiel|officielle)\s+|(?<=^nom)\s+(?:officiel|complet)(?=\s)")


def _as_hinted(label: str, name: str) -> str:
    """A person's label whose hint says more: "Contactpersoon (naam + voornaam)" is written surname first,
    "Applicant (group or association)" names a group."""
    if name != "contact_name":
        return name
    for hint in _HINTS.findall(label):
        if _exact().get(fold(_DECORATION.sub(" ", hint))) == SURNAME_FIRST:
            return SURNAME_FIRST
        if set(fold(hint).split()) & _HEAD_NOUNS[0][1]:
            return "organisation"
    return name


def _match_words(folded: str) -> tuple[str, str | None] | None:
    if not folded or len(folded) > 60:
        return None
    for text, name, language in _table():
        if folded == text:
            return name, (None if text in _shared() or language == EN else language)
    if (bare := _WHOSE_WORD.sub("", folded, count=1)) != folded:
        # "Son téléphone", "Son adresse mail", "Uw e-mailadres": the label, said of the person asked about above
        return _match_words(bare)
    named = _NAME_OF.match(folded)
    if named is not None:
        # "Naam aanvragende organisatie", "Nom de l'organisme", "Naam van het initiatief": not a person's name
        rest = set(named.group("rest").split())
        if rest & _CARRIER and not rest & (_SECTION_CONTACT | _PERSON_WORDS):
            # "Nom et statut du porteur de projet", "Naam van de projectindiener": who carries the project, not
            # the project's name (the group, as "Nom du porteur de projet" is)
            return "organisation", ("nl" if named.group(0).startswith(("naam", "benaming")) else "fr")
        # "Nom et prénom du représentant de l'association" is still a person's name
        for name, nouns in () if rest & (_SECTION_CONTACT | _PERSON_WORDS) else _HEAD_NOUNS:
            # "Naam van het proje": the noun cut short at the box's edge or by OCR (four letters at least)
            if rest & nouns or any(len(word) >= 4 and any(noun.startswith(word) for noun in nouns)
                                   for word in rest):
                first = folded.split()[0]
                return name, ("nl" if first in ("naam", "benaming", "volledige") else
                              "fr" if first in ("nom", "denomination") else None)
    for text, name, language in _table():
        # "Gevraagd bedrag in euro", "Titre du projet envisagé": a known label followed by a few words
        # (a part's label is too short for that: "Numéro SIRET" is no house number)
        if folded.startswith(text + " ") and name not in PARTS | {BARE_AMOUNT}:
            extra = [word for word in folded[len(text):].split() if word not in _FILLER]
            if name == "contact_name" and (detail := _exact().get(" ".join(extra))) in _CONTACTS_DETAILS:
                # "Contact mail", "Contact tél.", "Contactpersoon telefoon": the contact's e-mail or phone
                return detail, (None if text in _shared() or language == EN else language)
            if name in ("phone", "email", "address") and extra and (person := whose(" ".join(extra))) is not None \
                    and person != "contact_name":
                # "Tél. président", "E-mail voorzitter", "GSM penningmeester", "Adres secretaris": that person's
                language_or_none = None if text in _shared() or language == EN else language
                if person == REPRESENTATIVE:
                    return _FOR_REPRESENTATIVE[name], language_or_none
                return _FOR_OTHER_PERSON[name], language_or_none
            if len(extra) <= 3 and not (name in _MONEY_FIELDS and _OTHER_MONEY & set(extra)):
                if name in ("total_budget", BUDGET_TABLE) and _REQUEST_WORDS & set(extra):
                    name = "requested_amount"  # "Montant total demandé", "Budget demandé"
                return name, (None if text in _shared() or language == EN else language)
    # "Quel montant sollicitez-vous dans le cadre de cet appel ?": the small words do not make it longer
    words = set(folded.split()) - _FILLER
    if len(words) <= 8 and words & _ASKING and words & _MONEY_WORDS and not words & _OTHER_MONEY:
        # "Welk bedrag vraagt u?", "Montant souhaité", "Quel montant demandez-vous ?": asking, about money
        return "requested_amount", None
    if len(words) <= 8 and words & _COSTING and words & (_HOW_MUCH | {"totaal", "total"}) and not words & _OTHER_MONEY:
        return "total_budget", None  # "Hoeveel kost het in totaal?", "Combien coûte votre projet ?"
    if len(words) <= 8 and words & _NAMING and words & _HEAD_NOUNS[1][1] and words & _ASKING_HOW:
        return "project_title", None  # "Hoe noemt jullie project?", "Comment s'appelle votre projet ?"
    return _estimated_total(folded)


# a question's words: what something costs, how it is called
_COSTING = frozenset({"kost", "kosten", "coute", "coutera", "couteront", "cost", "costs"})
_HOW_MUCH = frozenset({"hoeveel", "wat", "combien", "quel", "how", "what"})
# a question's word: "Hoe noemt ...?", "Comment s'appelle ...?" (not "Ons project noemen we 'X': ...", a sentence)
_ASKING_HOW = frozenset({"hoe", "wat", "welke", "welk", "comment", "quel", "quelle", "how", "what"})
_NAMING = frozenset({"noemt", "noemen", "heet", "heten", "appelle", "appellera", "called", "named"})


_CONTACTS_DETAILS = frozenset({"phone", "email", "address"})


def _estimated_total(folded: str) -> tuple[str, str | None] | None:
    """``("total_budget", language)`` for a total's whole label with an estimate word ("Geraamde totale
    kostprijs", "Coût total estimé"): the estimate is the total the form asks for. Only a total's whole label
    ("Geschatte bijdrage" is no request's, "Geraamde totale kostprijs per jaar" or "Verwacht totaal aantal
    deelnemers" no total's)."""
    if not _ESTIMATED.search(folded):
        return None
    stripped = " ".join(_ESTIMATED.sub(" ", folded).split())
    return next(((name, None if text in _shared() or language == EN else language)
                 for text, name, language in _table() if text == stripped and name == "total_budget"), None)


@lru_cache(maxsize=1)
def _exact() -> dict[str, str]:
    """Folded label -> field, for lines that must be a whole label."""
    return {text: name for text, name, _ in _table()}


_FOR_THIS = re.compile(r"\s+(?:voor|pour|for)\s+(?:dit|deze|ce|cet|cette|this)\s+\w+$")
# "Personne à contacter pour le dossier": the label, and for what (a form's own words, in any article)
_FOR_THE = re.compile(r"\s+(?:voor|pour|for)\s+(?:dit|deze|het|de|ce|cet|cette|le|la|l|this|the)\s+\w+$")
# "Contactpersoon voor dit dossier - Naam en voornaam": a person's label, a dash, then which part of them
_THEN_PART = re.compile(r"\s+[-–—]\s+")
_NAME_PARTS = frozenset({"contact_name", SURNAME_FIRST, FIRST_NAME})
# a cost said to be estimated: "Geraamde totale kostprijs", "Coût total estimé", "Budget total prévisionnel"
_ESTIMATED = re.compile(r"\b(?:geraamde?|geschatte?|vermoedelijke?|estimee?s?|previsionnel(?:le)?s?|"
                        r"estimated|approximate)\b")


def label_alone(line: str) -> str | None:
    """The field a line names when the line is a whole known label and nothing else ("Code postal").

    Two labels of one field offered as alternatives are one label ("Association / collectif", "Vereniging /
    groep", "Town / village"); two fields' labels so joined ("Postcode / Woonplaats") only when the pair is
    itself a known label. A question asking for a label is one ("Qui est la personne de contact ?"), and a
    known label of a person's detail followed by whose it is ("E-mail du référent", "GSM contactpersoon")."""
    line = _sub_question(line)
    if (told := _TOLD_AFTER.search(line)) is not None and line[:told.start() + 1].strip() != line.strip():
        # "2. Wie is de contactpersoon? Geef naam, adres, telefoonnummer en e-mailadres.": the question, then
        # how to answer it
        line = line[:told.start() + 1]
    if _whose_dash(line) is not None:
        persons = _persons_label(line, _alone)
        return persons[0] if persons is not None else None
    known = _known_alone(line)
    if known is None and _of_whom(line) is not None:
        # only where the whole line is no known label: "Nom et prénom du référent" is one as it stands
        persons = _persons_label(line, _alone)
        return persons[0] if persons is not None else None
    return known


# a question's instruction after it, a sentence of its own: "? Geef naam, adres ...", "? Précisez le nom ..."
_TOLD_AFTER = re.compile(r"\?\s+(?i:geef|vermeld|noteer|gelieve|schrijf|vul|graag|indiquez|précisez|donnez|merci|"
                         r"veuillez|mentionnez|écrivez|please|give)\b[^?]*$|"
                         # "? Naam, adres, telefoon en e-mail graag.": what the answer should hold, listed
                         r"\?\s+(?i:(?:naam|voornaam|adres|telefoon(?:nummer)?|gsm|e-?mail(?:adres)?|functie|nom|"
                         r"prénom|adresse|téléphone|courriel|mail|fonction|name|address|phone)\b[\s,/+]*"
                         r"(?:en|et|of|ou|and)?\s*)+(?i:graag|svp|s\.v\.p\.|please|merci)?[.!]?\s*$")


def _known_alone(line: str) -> str | None:
    folded = _QUESTION.sub("", fold(_DECORATION.sub(" ", line)))
    if folded and len(folded.split()) <= 12 and "\t" not in line.strip() \
            and (_ASKED.search(line) or _numbered_question(line)) and (asked := _match_label(line)) is not None:
        # "Welk bedrag vraag je aan? (max. 10 000 euro) *", "Naam van de vereniging, groep of organisatie *",
        # "1. Nom de votre structure": a question, a box marked as required or a numbered question is a label by
        # its mark, however many words it has
        return asked[0]
    if not folded or len(folded.split()) > 6:
        return None
    exact = _exact().get(folded)
    if exact is None:
        # "Contactpersoon voor dit dossier", "Personne de contact pour ce projet": the label, and for what
        exact = _exact().get(_FOR_THIS.sub("", folded))
    if exact is None and (estimated := _estimated_total(folded)) is not None:
        exact = estimated[0]  # "Geraamde totale kostprijs"
    if exact is None and "/" in line:
        parts = [part for part in line.split("/") if part.strip()]
        named = {label_alone(part) for part in parts}
        if len(named) == 2 and None in named:
            # "Nom de l'association / du groupe": the second alternative is only the field's noun
            field = next(name for name in named if name is not None)
            nouns = dict(_HEAD_NOUNS).get(field, frozenset())
            if "\t" not in line and all(label_alone(part) is not None or _article_and_noun(part, nouns)
                                        for part in parts):
                named = {field}
        if len(named) == 1 and None not in named:
            return named.pop()
    return _as_hinted(line, exact) if exact is not None else None


_NUMBERED_QUESTION = re.compile(rf"\s*{NUMBER_MARK}\s+(?P<words>[^\W\d].*)")


def _numbered_question(line: str) -> bool:
    """"1. Nom de votre structure": a numbered question in words alone, none written with a capital after its
    first ("2. Nom BECK" is a label and its answer)."""
    found = _NUMBERED_QUESTION.fullmatch(line.strip())
    # (the funder a question names keeps its capital: "9. Montant demandé à la Province")
    return found is not None and not re.search(r"\d|\s(?!(?:Province|Provincie|Partons|Interreg|Europe)\b)[A-ZÀ-Ý]",
                                               found.group("words"))
# a line that ends as a question or with a required box's star ("... ? (max. 10 000 euro) *")
_ASKED = re.compile(r"(?:\?|\*)(?:\s*\([^()]*\))?(?:\s*\*)?\s*$")


def _article_and_noun(part: str, nouns: frozenset[str]) -> bool:
    """"du groupe", "de la structure": an article and one of the field's nouns, nothing else (a name after the
    slash, "/ Dorpsraad Zarren", is an answer, not a label's alternative)."""
    words = fold(part).split()
    return len(words) >= 2 and set(words[:-1]) <= _FILLER and words[-1] in nouns


def _alone(line: str) -> tuple[str, str | None] | None:
    field = label_alone(line)
    return (field, None) if field is not None else None


# "Contactpersoon voor dit dossier – Naam en voornaam", "Président(e) / représentant légal – Téléphone": whose box
# it is, a dash, then what the box asks
_DASH_BETWEEN = re.compile(r"\s[–—-]\s")
_WHOSE_DASH = re.compile(r"^(?P<whose>.*?\w.*?)\s+[–—-]\s+(?P<asked>[^–—]*?\w[^–—]*)$")
# a representative's words that a contact's heading may share ("Responsable légal" is the representative); a
# Belgian "verantwoordelijke uitgever" (éditeur responsable) answers for the group's printed matter in law
_LEGAL = frozenset({"legal", "legale", "wettelijk", "wettelijke", "vertegenwoordiger", "representant",
                    "representante", "statutaire", "uitgever", "editeur"})
_CHAIR = frozenset({"voorzitter", "voorzitster", "president", "presidente", "chair", "chairman", "chairwoman",
                    "chairperson", "ondertekenaar", "signataire", "signatory"})
_BOARD = frozenset({"penningmeester", "secretaris", "tresorier", "tresoriere", "secretaire", "treasurer",
                    "secretary", "ondervoorzitter", "vice", "bestuurslid", "membre"})
# a second person's heading, with a person's word: "Tweede contactpersoon", "Second contact", "Autre personne"
_SECOND = frozenset({"tweede", "derde", "andere", "second", "seconde", "deuxieme", "troisieme", "autre", "other",
                     "additional", "bijkomende", "2e", "2de", "2nd"})
OTHER_PERSON = "other_person"  # whose: a board member or second person who is not the contact
# a partner of the project: another group, its contact, its address and its share
_PARTNER = frozenset({"partner", "partners", "partenaire", "partenaires", "partnerorganisatie", "partnervereniging",
                      "projectpartner", "partnership"})
# what a person's box asks, and what it becomes when the person is the representative
_FOR_REPRESENTATIVE = {"contact_name": REPRESENTATIVE, SURNAME_FIRST: REPRESENTATIVE, REPRESENTATIVE: REPRESENTATIVE,
                       "phone": REPRESENTATIVE_PHONE, "email": REPRESENTATIVE_EMAIL, "address": REPRESENTATIVE_ADDRESS}
_FOR_OTHER_PERSON = {"phone": OTHER_PHONE, "email": OTHER_EMAIL, "address": OTHER_ADDRESS}


def names_a_second_person(words: str) -> bool:
    """"Tweede contactpersoon", "Second contact", "Autre personne": a person besides the contact."""
    folded = set(fold(_DECORATION.sub(" ", words)).split())
    return bool(folded & _SECOND) and bool(folded & (_SECTION_CONTACT | {"persoon", "person", "personne"}))


_UNLESS_CONTACT = re.compile(r"(?i)[\s(–—-]*\b(?:indien|als|wanneer|si|if)\s+(?:niet|pas|not|diff[ée]rent|verschillend)"
                             r"[^()]*?\b(?:contact\w*|r[ée]f[ée]rent\w*|aanspreekpunt)\b[^()]*\)?")


def not_the_contact(label: str) -> bool:
    """The label says its boxes are someone other than the contact's ("Voorzitter (...) - indien niet de
    contactpersoon", "Président (...) – si différent du contact")."""
    return _UNLESS_CONTACT.search(label) is not None


def whose(words: str) -> str | None:
    """Whose boxes a heading or a label's first part names: the contact's ("contact_name"), the legal
    representative's (REPRESENTATIVE), another board member's or a second person's (OTHER_PERSON), or None."""
    # "Voorzitter (naam, tel.) - indien niet de contactpersoon", "Président (...) – si différent du contact": the
    # chair's boxes, the contact named only to say this is someone else
    words = _UNLESS_CONTACT.sub(" ", words)
    folded = set(fold(_DECORATION.sub(" ", words)).split())
    if names_a_second_person(words) or folded & _PARTNER:
        return OTHER_PERSON
    if folded & _LEGAL:
        return REPRESENTATIVE
    if folded & _SECTION_CONTACT:
        return "contact_name"
    if folded & _BOARD:  # before the chair's words: "Vice-président(e)" is not the president
        return OTHER_PERSON
    return REPRESENTATIVE if folded & _CHAIR else None


# "E-mail du référent", "GSM van de contactpersoon", "E-mail contactpersoon (als die verschilt ...)": what the box
# asks, then whose it is
_OF_WHOM = re.compile(r"(?P<asked>[^\W\d][\w.'’ -]{0,30}?)"
                      r"(?:(?:[ ]+(?:du|de[ ]+la|des|van[ ]+de|van[ ]+het|van|of[ ]+the))?[ ]+|[ ]+de[ ]+l['’])"
                      r"(?P<whose>[^\W\d][^\W\d]+(?:[ '’][^\W\d]+){0,2}?)\s*(?:\([^()]*\))?\s*[*:?]?\s*")


def _of_whom(label: str) -> tuple[str, str] | None:
    """``(whose, what is asked)`` of a label that asks a person's detail by the person's role ("E-mail du
    référent"); None when the words after "du" / "van de" name no person ("Nom de l'association")."""
    found = _OF_WHOM.fullmatch(label.strip())
    if found is None or _alone(found.group("asked")) is None:
        return None
    person = whose(found.group("whose"))
    return (person, found.group("asked")) if person is not None else None


def _whose_dash(label: str) -> tuple[str, str] | None:
    """``(whose, what is asked)`` of a label that names a person before a dash ("Contactpersoon – Naam")."""
    if _DASH_BETWEEN.search(label) is None:  # most labels: the lazy match below backtracks over a long line
        return None
    found = _WHOSE_DASH.match(label.strip())
    if found is None:
        return None
    person = whose(found.group("whose")) or _filer(found.group("whose"))
    return (person, found.group("asked")) if person is not None else None


def _filer(words: str) -> str | None:
    """"contact_name" for who files the application ("Indiener – telefoon", "Demandeur – courriel"): whom the
    coordinator writes to, as the box asks it of them; not the group that carries it ("Organisme porteur")."""
    folded = set(fold(_DECORATION.sub(" ", words)).split())
    return "contact_name" if folded & _CARRIER and not folded & _ORGANISATION_NOUNS else None


def _persons_label(label: str, match: Callable[[str], tuple[str, str | None] | None]) -> tuple[str, str | None] | None:
    """A label that says whose box it is before a dash and what it asks after it ("Contactpersoon voor dit dossier
    – Naam", "Président(e) / représentant légal – Téléphone"): the contact's asks its field, the representative's
    name and numbers are theirs (the contact's only when the form names no other), another person's asks none
    of ours. ``match`` reads what is asked. "E-mail du référent" says it the other way round (_of_whom)."""
    found = _whose_dash(label) or (_of_whom(label) if _known_alone(label) is None else None)
    if found is None:
        return None
    person, asked = found[0], match(found[1])
    if asked is None:
        return None
    if person == "contact_name":
        return asked
    if person == REPRESENTATIVE and asked[0] in _FOR_REPRESENTATIVE:
        return _FOR_REPRESENTATIVE[asked[0]], asked[1]
    if person == OTHER_PERSON and asked[0] in _FOR_OTHER_PERSON:
        return _FOR_OTHER_PERSON[asked[0]], asked[1]
    return None


def persons_name(label: str) -> str | None:
    """Whose name a box labelled so holds, when it is not the contact's: REPRESENTATIVE ("Président(e) /
    représentant légal – Nom et prénom", "Naam voorzitter") or OTHER_PERSON ("Penningmeester – Naam"); else None.
    Not a bare "Président" over "Téléphone" and "Courriel": on a form that names no one else, the chair's rows are
    the contact's."""
    found = _whose_dash(label)
    if found is not None:
        asked = _match_label(found[1])
        if found[0] != "contact_name" and asked is not None and asked[0] in ("contact_name", SURNAME_FIRST,
                                                                              REPRESENTATIVE):
            return found[0]
        return None
    matched = _match_label(label)
    return REPRESENTATIVE if matched is not None and matched[0] == REPRESENTATIVE else None


def role_label(label: str) -> str | None:
    """A box's or a row's label that is a board role alone ("Voorzitter", "Président(e)", "Secretaris"): the
    box holds that person's name, REPRESENTATIVE for the chair, OTHER_PERSON for another member; None for any
    other label. Not for a line of text: a signature's role starts its line too ("Voorzitter, Dorpsraad X")."""
    words = fold(_DECORATION.sub(" ", label)).split()
    if not 1 <= len(words) <= 2 or not set(words) & (_CHAIR | _BOARD):
        return None
    person = whose(label)
    return person if person in (REPRESENTATIVE, OTHER_PERSON) else None


class PersonsRows:
    """Whose the phone and e-mail rows under a person's name are, row after row: under a representative's or
    another person's name ("Voorzitter – Naam en voornaam: Jan Peeters"), theirs, up to the next label of
    anything else (the contact's name, the group's, a heading), and one of each: a second phone is someone
    else's (the treasurer's phone beside their name, the contact's on the row under it)."""

    def __init__(self) -> None:
        self.person: str | None = None
        self.given: set[str] = set()

    def label(self, label: str) -> str:
        """The row's label, as the person's above it when it asks their phone or e-mail."""
        if persons_name(label) is not None:
            self.person, self.given = label, set()
            return label
        dashed = _whose_dash(label)
        if dashed is not None and dashed[0] != "contact_name":
            self.given.add((_match_label(dashed[1]) or ("",))[0])  # theirs already: "Voorzitter – Telefoon"
            return label
        field = (_match_label(label) or ("",))[0]
        if self.person is not None and field in ("phone", "email") and field not in self.given:
            self.given.add(field)
            return of_person(label, self.person)
        if field and field != FIRST_NAME:
            self.person = None
        return label

    def end(self) -> None:
        """A heading: the rows below are nobody's yet."""
        self.person = None


def of_person(label: str, person_label: str) -> str:
    """A phone's or e-mail's label on the row of a person's name (``person_label``) as that person's: "Téléphone"
    beside "Président(e) / représentant légal – Nom et prénom" is "Président(e) / représentant légal – Téléphone".
    Any other label, or one that says whose it is already, as it is."""
    matched = _match_label(label)
    if matched is None or matched[0] not in ("phone", "email") or _whose_dash(label) is not None:
        return label
    found = _WHOSE_DASH.match(person_label.strip())
    return f"{found.group('whose') if found is not None else person_label.strip()} – {label.strip()}"


def person_part(line: str) -> str | None:
    """"Contactpersoon voor dit dossier - Naam en voornaam", "Personne à contacter - Prénom": the contact's
    label, a dash, and which part of the name the box asks; "Voorzitter - Naam" is who signs for the group
    (REPRESENTATIVE), "Penningmeester - Naam" another person (``OTHER_PERSON``), as ``whose`` tells. For a
    picture of a form read by OCR, whose boxes are lines: in a typed form the same words head a table's row,
    read by its cells."""
    parts = _THEN_PART.split(line.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    who, part = parts
    asked = label_alone(part)
    if asked is None and (misread := misread_label(part)) is not None:
        asked = _exact().get(misread)  # "Naam en voomaam": the part's label misread
    if asked not in _NAME_PARTS:
        return None
    if _names_board(who):
        return whose(who)
    if whose(who) == "contact_name" or label_alone(who) == "contact_name" \
            or label_alone(_FOR_THE.sub("", fold(who))) == "contact_name":
        return asked
    return None


def _names_board(cell: str) -> bool:
    """The words name a member of the group's board ("Président(e) / représentant légal", "Penningmeester")."""
    return whose(cell) in (REPRESENTATIVE, OTHER_PERSON) and len(fold(cell).split()) <= 6


def label_row(line: str) -> list[str] | None:
    """The field each cell of a row of labels side by side names ("Telefoon / GSM<tab>E-mail", "Penningmeester
    <tab>Telefoon / GSM"), ``OTHER_PERSON`` for a board member's cell; None unless every cell is a label.
    A form read by OCR keeps its columns as tabs; the answers stand on the next line, in the same order."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    if len(cells) < 2:
        return None
    named: list[str] = []
    for cell in cells:
        field = label_alone(cell) or person_part(cell)
        if field is None and _names_board(_THEN_PART.split(cell)[0]):
            field = OTHER_PERSON
        if field is None:
            return None
        named.append(field)
    return named


def label_at_start(line: str, *, max_words: int = 6) -> tuple[str, str] | None:
    """``(field, rest of the line)`` when the line starts with a whole known label and a value follows it.

    For text whose table lost its columns (OCR of a printed form: "Commune Bergues"); the longest label
    wins ("Naam vereniging" before "Naam"). Only exact labels count here, never a label plus some words,
    or two labels of one field offered as alternatives ("Vereniging / organisatie De Linde": the second
    label is no part of the name).
    """
    words = line.split()
    exact = _exact()
    for count in range(min(max_words, len(words) - 1), 0, -1):
        folded = fold(_DECORATION.sub(" ", " ".join(words[:count])))
        name = exact.get(folded)
        if name is None and "/" in words[1:count - 1] and _whose_dash(" ".join(words[:count])) is None:
            # (a label that says whose box before a dash is read whole, never cut after a few words)
            name = label_alone(" ".join(words[:count]))
        if name == "address" and folded == "rue" and ":" not in words[0] and re.search(r"\d", line):
            return None  # "rue de la Lys 53": a French street starts with the word, it is no label
        if name is not None:
            return name, " ".join(words[count:]).lstrip(":：-– ")
    return None


_PERSON_WORDS = frozenset({"voornaam", "prenom", "voorzitter", "secretaris", "penningmeester", "president",
                           "presidente", "secretaire", "tresorier", "tresoriere", "aanvrager", "demandeur",
                           "trekker", "ondertekenaar", "signataire", "persoon"})
_NUMBERED_MEANINGFUL_WORDS = 8  # a numbered heading's words besides the small ones
_SECTION_CONTACT = frozenset({"contactpersoon", "contact", "contactgegevens", "verantwoordelijke", "responsable",
                              "referent", "interlocuteur", "personne", "aanspreekpunt",
                              "aanspreekpersoon", "contactpersonen"})


# the words that name the contact as such, not someone responsible who may be the chair
_CONTACT_ITSELF = frozenset({"contactpersoon", "contact", "contactgegevens", "referent", "interlocuteur",
                             "aanspreekpunt", "aanspreekpersoon", "contactpersonen"})
_HEADING_WORDS = 6  # a section's heading is short ("3. Personne chargée du dossier")
# ... but a numbered one may be long: "3. Identification de la personne chargée du présent dossier de subvention"
_LONG_NUMBERED_HEADING_WORDS = 16


def heading_length(line: str) -> bool:
    """Whether a line is short enough to head a form's section: a few words, or a numbered heading of more."""
    words = len(line.split())
    # "3. ...", "C. Le responsable du projet (...)", "III. Personne à contacter pour ce dossier", "Rubriek 2 –
    # Verantwoordelijke van de vereniging (voorzitter)", "Cadre 3 : Personne chargée du dossier"
    return words <= _HEADING_WORDS or ((re.match(r"\s*(?:\d{1,2}|[A-H]|[IVX]{1,4})[.)]\s", line) is not None
                                        or _PART_NAMED.match(line) is not None)
                                       and words <= _LONG_NUMBERED_HEADING_WORDS)


# a form's part named with its number: "Rubriek 2 –", "Cadre 3 :", "Deel B.", "Section II -"
_PART_NAMED = re.compile(r"(?i)\s*(?:rubriek|rubrique|cadre|kader|deel|partie|section|sectie|volet|hoofdstuk|onderdeel|"
                         r"luik|bloc)\s+(?:\d{1,2}|[A-H]|[IVX]{1,4})\s*[–—:.)-]\s")


def section_of(heading: str) -> str | None:
    """The field a form's section heading is about ("B. Contactpersoon", "Gegevens organisatie", "Het
    project"), so that a bare "Naam" under it names that; None for any other heading."""
    words = set(fold(_DECORATION.sub(" ", heading)).split())
    if re.match(r"(?i)\s*(?:functie|fonction|qualit[ée]|rol|r[ôo]le|position)\b", heading):
        return None  # "Functie in de vereniging": a person's box (their role in the group), no section's heading
    # "3. Identification de la personne chargée du présent dossier de subvention": a numbered heading may say more
    numbered = re.match(r"\s*(?:\d{1,2}|[A-Ha-h])[.)]\s", heading) is not None or _PART_NAMED.match(heading) is not None
    if not words or len(words - _FILLER) > (_NUMBERED_MEANINGFUL_WORDS if numbered else 5):
        return None
    chair = {"vertegenwoordiger", "voorzitter", "voorzitster", "president", "presidente", "legal"}
    bracketed = set(re.findall(r"[a-z]+", " ".join(fold(inside) for inside in re.findall(r"\((.*?)\)", heading))))
    if words & _SECTION_CONTACT and not ((words | bracketed) & chair and not words & _CONTACT_ITSELF):
        return "contact_name"
    if (words | bracketed) & chair:
        # "Rubriek 2 – Verantwoordelijke van de vereniging (voorzitter)": who answers for the group, the chair
        return REPRESENTATIVE
    for name, nouns in _HEAD_NOUNS:
        if words & nouns:
            return name
    return None


# a section heading's mark: "B.", "3)", "III.", "Deel 2", "Partie B"
SECTION_MARK = re.compile(r"\s*(?:[A-H]|\d{1,2}|[IVX]{1,4})[.)]\s|\s*(?:deel|partie|section|rubriek|volet)\b", re.I)
_PERSONS_DETAILS = frozenset({"contact_name", SURNAME_FIRST, "phone", "email", "address"})
# what a heading may name as a label does: whose rows follow ("Contactpersoon", "Voorzitter"), what about ("Vereniging")
_HEADING_FIELDS = frozenset({"", "contact_name", SURNAME_FIRST, REPRESENTATIVE, "organisation", ORGANISATION_NAMED,
                             "project_title"})


def heads_rows(text: str) -> bool:
    """A line that may head a form's section and say whose its rows are ("B. Le président ou représentant légal",
    "Vereniging", "Contactpersoon"): it names a person or a section, and asks no detail itself (a bilingual
    box's second label line "Président(e) Tél." under its box asks the chair's phone, it heads nothing)."""
    if whose(text) is None and section_of(text) is None:
        return False
    words = text.split()
    # "Président(e) Tél.": a role and the detail asked of them, its last words a label of their own
    tail = any((label_alone(" ".join(words[start:])) or "") in _PERSONS_DETAILS - {"contact_name", SURNAME_FIRST}
               for start in range(1, len(words)))
    return not tail and (match_label(text) or ("",))[0] in _HEADING_FIELDS


def under_heading(label: str, heading: str) -> str:
    """A label as the section heading above it says whose its box is, when the label itself does not: "Nom et
    prénom" and "Téléphone" under "B. Le président ou représentant légal" are the representative's ("B. Le
    président ou représentant légal – Téléphone"), "Téléphone" under "A. L'organisme porteur" the group's own,
    "Naam" under "Vereniging" the group's name; under the contact's heading ("C. Le responsable du projet"), or
    any other, as it is."""
    field = (_match_label(label) or ("",))[0]
    if field not in _PERSONS_DETAILS or _whose_dash(label) is not None or whose(label) is not None:
        return label
    person = whose(heading)
    if person in (REPRESENTATIVE, OTHER_PERSON):
        return f"{_DASHES.sub(' ', heading).strip()} – {label.strip()}"
    groups = person is None and section_of(heading) == "organisation"
    if groups and (field in ("phone", "email") or is_bare_name(label)):
        # its heading's noun ("organisme", "vereniging") in brackets says it is the group's: a bare "Naam" under
        # "Vereniging" names the group
        return f"{label.strip()} ({heading.strip()})"
    return label


_DASHES = re.compile(r"\s*[–—-]\s*")


def is_bare_name(label: str) -> bool:
    """A label that says "name" and not whose ("Naam", "Nom", "Name")."""
    return fold(_DECORATION.sub(" ", label)) in ("naam", "nom", "name", "benaming", "denomination")


# Labels of what a form asks besides our fields: in a row of several label/value pairs they end the value
# before them ("Naam vereniging | De Linde | Ondernemingsnummer | 0123.456.789").
_OTHER_LABELS = frozenset({
    "functie", "fonction", "qualite", "hoedanigheid", "juridische vorm", "rechtsvorm", "statuut", "statut",
    "statut juridique", "forme juridique", "ondernemingsnummer", "kbo nummer", "btw nummer", "numero d entreprise",
    "siret", "n siret", "rna", "n rna", "rna siret", "n rna siret", "rekeningnummer", "iban", "bankrekening",
    "bic", "website", "site internet", "site web", "datum", "date", "handtekening", "signature",
    "aantal deelnemers", "nombre de participants", "aantal vrijwilligers", "nombre de benevoles", "startdatum",
    "einddatum", "periode", "calendrier", "planning", "timing", "locatie", "lieu", "doelgroep", "public cible",
    "partners", "partenaires", "eigen inbreng", "autofinancement", "fonds propres", "eigen middelen",
    "andere subsidies", "autres financements", "fax", "gsm 2", "rijksregisternummer", "geboortedatum",
    "date de naissance", "facebook", "instagram", "job title", "role", "date of birth", "fonction du contact",
    "soort aanvrager", "type aanvrager", "type of applicant", "type de demandeur", "type de structure",
    # an online form's own columns in its export: the respondent's account and machine, not the applicant's
    "adresse ip", "ip adres", "ip address", "nom d utilisateur", "gebruikersnaam", "username", "user name",
    # a website's address is no postal one
    "adresse site internet", "adresse du site internet", "adresse internet", "adresse web", "webadres",
})


def is_other_label(cell: str) -> bool:
    """A whole label of something that is not one of our fields ("Functie", "N° SIRET", "IBAN"), or of a
    budget's other money: what the group brings in or gets elsewhere ("Inbreng vereniging", "Apport de
    l'association"), never the request nor the total."""
    folded = fold(_DECORATION.sub(" ", cell))
    words = folded.split()
    if set(words) & _PARTNER and len(words) <= 8 and _match_label(cell) is None \
            and _match_words(_QUESTION.sub("", folded)) is not None:
        return True  # "Nom du partenaire", "Contactpersoon partner": a label, of no field of ours
    return folded in _OTHER_LABELS or (
        0 < len(words) <= 4 and not re.search(r"\d", folded) and bool(set(words) & _OTHER_MONEY)
        and not set(words) & _REQUEST_WORDS)


FUZZY_CUTOFF = 0.8  # difflib's ratio from which a misread word is taken for the label it resembles
FUZZY_MIN = 6  # letters: shorter words ("Tél", "Nom") are too alike to tell a slip from another word


@lru_cache(maxsize=1)
def _known() -> tuple[str, ...]:
    return tuple(text for text, _, _ in _table() if len(text) >= FUZZY_MIN)


def misread_label(text: str) -> str | None:
    """The known label that an OCR'd ``text`` nearly is ("ini iatiefnemer", "Uitieg"), else ``None``.

    Only for a label's place (a line alone, a form's left column): the label must never become a value."""
    folded = fold(_DECORATION.sub(" ", text))
    if len(folded) < FUZZY_MIN or len(folded.split()) > 5 or folded in _exact() or any(ch.isdigit() for ch in folded):
        return None
    if folded in _OTHER_LABELS:
        return None  # "Signature" read right is no "Signataire" misread: the scribble under it is nobody's name
    close = difflib.get_close_matches(folded, _known(), n=1, cutoff=FUZZY_CUTOFF)
    if not close:
        return None
    words, label_words = folded.split(), close[0].split()
    if close[0] in _SECTION_NOUNS and _HEADING.match(text) and close[0] in words and all(
            word in _FILLER or len(word) == 1 for word in words if word not in label_words):
        # the bare noun "projet" read right with an article, in a section's heading ("2. LE PROJET"): not a
        # slip, and the description under it is no project's title. Any other label with its article ("3. Le
        # titre du projet", "1. De aanvrager", "DE PROJECTTITEL") is one
        return None
    return close[0]


# a label that is also a form's section ("2. Le projet", "2. Het project")
_SECTION_NOUNS = frozenset({"projet", "project"})
# a section's heading: numbered ("2. Le projet"; OCR reads a "1." as "L") or in capitals
_HEADING = re.compile(r"\s*(?:(?:\d{1,2}|[IVLl])[.)]?\s+\S|[^a-zà-ÿ]+$)")
