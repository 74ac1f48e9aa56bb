"""From what a document holds (form fields, table rows, "Label: value" lines, prose) to field candidates.

Every candidate is a ``FieldValue`` with its source and a confidence; the caller keeps the best per
field. Confidence is a promise: 0.9 and above means "read from a place that names the field"; prose
guesses stay below it, so a wrong amount can only be confident if a labelled box said so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from config.call import CallDefinition
from parsers.field_table import AMOUNT_FIELDS, EMAIL_RE, FIELD_NAMES, normalise
from parsers.labels import (
    BUDGET_TABLE,
    FULL_ADDRESS,
    POSTCODE_AND_MUNICIPALITY,
    SUBJECT,
    label_alone,
    label_at_start,
    match_label,
)
from parsers.model import BODY, LABEL, TABLE, BudgetLine, FieldValue
from parsers.money import find_amounts, parse_amount
from parsers.phone import find_phones
from parsers.places import Place, find_places, fold, match_municipality, resolve
from parsers.prose import (
    looks_like_organisation,
    looks_like_person,
    organisation_under_name,
    organisations_in_sentences,
    split_contact_line,
)

CONFIDENCE = {"form_field": 0.98, TABLE: 0.95, LABEL: 0.9, BODY: 0.75}

_PLACEHOLDERS = frozenset({
    "", "-", "--", "...", "…", "n.v.t.", "nvt", "n/a", "/", "x",
    "klik of tik om tekst in te voeren.", "klik hier als u tekst wilt invoeren.",
    "cliquez ou appuyez ici pour entrer du texte.", "cliquez ici pour taper du texte.",
})
_BUDGET_LINE_NAME = re.compile(r"budget_line_(\d+)_(description|amount)")
_HEADER_WORDS = frozenset({"bedrag", "bedrag eur", "bedrag in euro", "montant", "montant eur", "kost", "kostprijs",
                           "prijs", "prix", "cout", "eur", "euro", "omschrijving", "description", "post", "poste",
                           "waarde", "valeur", "depense", "depenses", "in euro", "en euros", "en euro",
                           "montant en euros"})


@dataclass
class Harvest:
    """What one document yielded: candidates in the order found, and the labels' languages."""

    candidates: list[FieldValue] = field(default_factory=list)
    label_languages: Counter[str] = field(default_factory=Counter)
    budget_lines: list[tuple[BudgetLine, str, float]] = field(default_factory=list)

    def add(self, name: str, value: str | Decimal | tuple[BudgetLine, ...], source: str,
            confidence: float) -> None:
        self.candidates.append(FieldValue(name, value, source, round(confidence, 3)))

    def add_budget_line(self, description: str, amount: Decimal, source: str, confidence: float) -> None:
        self.budget_lines.append((BudgetLine(description, amount), source, confidence))


def _clean_line(value: str) -> str:
    return " ".join(value.split())


def _clean_block(value: str) -> str:
    lines = [" ".join(line.split()) for line in value.replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def is_placeholder(value: str) -> bool:
    return value.strip().lower() in _PLACEHOLDERS or set(value.strip()) <= set("._…-_ ")


def add_value(harvest: Harvest, name: str, raw: str, source: str, confidence: float,
              call: CallDefinition) -> bool:
    """Normalise one raw value for ``name`` (a contract field or a pseudo-field) into candidates."""
    if is_placeholder(raw):
        return False
    if name in ("email", "phone", "country"):
        value = normalise(name, raw, call)
        if value is None:
            return False
        harvest.add(name, value, source, confidence)
    elif name in AMOUNT_FIELDS:
        amount = normalise(name, raw, call)
        if amount is None:
            mentions = find_amounts(raw, require_mark=False)
            if len(mentions) != 1:
                return False  # "tienduizend euro", or two numbers: we do not pick one
            amount, confidence = mentions[0].amount, min(confidence, 0.85)
        harvest.add(name, amount, source, confidence)
    elif name == "postcode":
        postcode = normalise(name, raw, call)
        if not isinstance(postcode, str):
            return add_value(harvest, POSTCODE_AND_MUNICIPALITY, raw, source, confidence, call)
        harvest.add("postcode", postcode, source, confidence)
        _add_place(harvest, resolve(postcode, None, call), source, confidence, derived_only=True)
    elif name == "municipality":
        place = resolve(None, _clean_line(raw), call)
        if place.municipality is None:
            return False
        harvest.add("municipality", place.municipality, source, confidence)
        if place.country:
            harvest.add("country", place.country, source, confidence - 0.05)
    elif name in (POSTCODE_AND_MUNICIPALITY, FULL_ADDRESS, "address"):
        return _add_address(harvest, name, raw, source, confidence, call)
    elif name == "contact_name" and looks_like_organisation(raw) and not looks_like_person(raw):
        # "Naam: Gezinsbond Kortemark" under an organisation's heading: the value says it is a group
        harvest.add("organisation", _clean_line(raw), source, confidence - 0.05)
    elif name == "contact_name" and (role := _ROLE_AFTER_NAME.fullmatch(_clean_line(raw))) is not None:
        harvest.add("contact_name", role.group("name"), source, confidence)  # "Jan Dewulf, voorzitter"
    elif name in ("contact_name", "organisation") and (parts := split_contact_line(raw)) is not None:
        # "Jan Peeters, Kerkstraat 5, 8970 Poperinge, 0477 12 34 56": one line, several fields
        if parts.get("name"):
            add_value(harvest, name, parts["name"], source, confidence, call)
        for kind, field_name in (("email", "email"), ("phone", "phone"), ("address", "address"),
                                 ("place", POSTCODE_AND_MUNICIPALITY)):
            if kind in parts:
                add_value(harvest, field_name, parts[kind], source, confidence - 0.05, call)
    elif name == "organisation" and looks_like_person(raw):
        # "Porteur de projet: Jean Dupont": a person under a label that usually names a group; a contact
        # label elsewhere on the form (stronger) still wins, and the organisation stays a doubt
        harvest.add("contact_name", _clean_line(raw), source, confidence - 0.1)
        harvest.add("organisation", _clean_line(raw), source, min(confidence, 0.6))
    elif name == SUBJECT:
        title = title_from_subject(raw)
        if title is None or _is_call_name(title, call):
            return False
        harvest.add("project_title", title, source, confidence - 0.15)
    elif name in FIELD_NAMES and name != "budget_lines":
        harvest.add(name, normalise(name, raw, call) or "", source, confidence)
    else:
        return False
    return True


def _add_place(harvest: Harvest, place: Place, source: str, confidence: float, *, derived_only: bool = False) -> None:
    # A municipality named by a postcode alone is derived, so it ranks below one written out.
    weight = 0.1 if derived_only else 0.0
    if place.municipality and (not derived_only or place.country == "BE"):
        harvest.add("municipality", place.municipality, source, confidence - weight)
    if place.country:
        harvest.add("country", place.country, source, confidence - weight - 0.05)


_ROLE_AFTER_NAME = re.compile(
    r"(?P<name>[^,()]{3,60}?)\s*(?:,|\(|-|–)\s*(?:voorzitter|secretaris|penningmeester|bestuurslid|trekker|"
    r"co[öo]rdinator|verantwoordelijke|président|présidente|vice-présidente?|secrétaire|trésorière?|"
    r"responsable|coordinat(?:eur|rice)|membre|directeur|directrice|animat(?:eur|rice))\)?\.?")
_ADDRESS_SPLIT = re.compile(r"(?:^|[,\n]\s*|\s)(?:(?:B|F|BE|FR)\s*-\s*)?(\d{4,5})\s+(\S.*)$")


def _add_address(harvest: Harvest, name: str, raw: str, source: str, confidence: float,
                 call: CallDefinition) -> bool:
    """"Dorpstraat 12, 8647 Lo" -> address, postcode, municipality; "8647 Lo-Reninge" -> the latter two."""
    text = _clean_block(raw).replace("\n", ", ")
    if name == FULL_ADDRESS:
        # "Contactgegevens": street, place, phone and e-mail in one box
        for found in EMAIL_RE.finditer(text):
            harvest.add("email", found.group(0).lower(), source, confidence - 0.05)
            text = text.replace(found.group(0), "")
        for phone, _ in find_phones(text)[:1]:
            harvest.add("phone", phone, source, confidence - 0.05)
        text = re.sub(r"(?i)(?:,\s*)?(?:tel|tél|gsm|t)\.?\s*:?\s*[+\d][\d ./()-]{6,}", "", text).strip(" ,")
    match = _ADDRESS_SPLIT.search(text)
    if match is None:
        if name != "address":
            return False
        harvest.add("address", text.strip(" ,"), source, confidence)
        return True
    street = text[:match.start()].strip(" ,–-")
    postcode, rest = match.group(1), match.group(2).strip(" ,")
    rest = re.sub(r",?\s*(België|Belgie|Belgique|Belgium|France|Frankrijk)$", "", rest, flags=re.I).strip(" ,")
    place = resolve(postcode, rest or None, call)
    if street and re.search(r"\d", street):
        harvest.add("address", street, source, confidence)
    harvest.add("postcode", postcode, source, confidence)
    if place.municipality:
        harvest.add("municipality", place.municipality, source, confidence)
    if place.country:
        harvest.add("country", place.country, source, confidence - 0.05)
    return True


def name_for_label(label: str, harvest: Harvest) -> str | None:
    """The field a label names, counting its language; budget-table headers are not fields."""
    matched = match_label(label)
    if matched is None:
        return None
    name, language = matched
    if language:
        harvest.label_languages[language] += 1
    return None if name == BUDGET_TABLE else name


def from_named_values(harvest: Harvest, values: Iterable[tuple[str, str, str]], source: str,
                      call: CallDefinition) -> None:
    """Form fields / content controls: ``(name, label, value)``; a contract name beats a label."""
    lines: dict[int, dict[str, str]] = {}
    for name, label, value in values:
        key = name.strip()
        budget = _BUDGET_LINE_NAME.fullmatch(key)
        if budget:
            lines.setdefault(int(budget.group(1)), {})[budget.group(2)] = value
            continue
        if key in FIELD_NAMES or key in (POSTCODE_AND_MUNICIPALITY, FULL_ADDRESS):
            add_value(harvest, key, value, source, CONFIDENCE["form_field"] + 0.01, call)
            continue
        # a human label (printed beside the box, or its tooltip) says more than a box's name ("Text1")
        field_name = (name_for_label(label, harvest) if label else None) or name_for_label(key, harvest)
        if field_name:
            add_value(harvest, field_name, value, source, CONFIDENCE["form_field"], call)
    for number in sorted(lines):
        description = _clean_line(lines[number].get("description", ""))
        amount = parse_amount(lines[number].get("amount", ""))
        if description and amount is not None:
            harvest.add_budget_line(description, amount, source, CONFIDENCE["form_field"])


def _is_header_row(cells: Sequence[str]) -> bool:
    folded = [fold(re.sub(r"\(.*?\)|[€:*]", " ", cell)) for cell in cells if cell.strip()]
    return bool(folded) and all(
        text in _HEADER_WORDS or (match_label(text) or ("", ""))[0] == BUDGET_TABLE for text in folded)


def from_table(harvest: Harvest, rows: Sequence[Sequence[str | None]], call: CallDefinition) -> None:
    """Label/value rows and budget rows (description ... amount) of one table."""
    budget_like = False
    for raw_cells in rows:
        cells = [(cell or "").strip() for cell in raw_cells]
        # merged cells repeat their text; keep each distinct cell once, in order
        distinct: list[str] = []
        for cell in cells:
            if cell and (not distinct or distinct[-1] != cell):
                distinct.append(cell)
        if len(distinct) < 2:
            continue
        if _is_header_row(distinct):
            budget_like = True
            continue
        label, values = distinct[0], distinct[1:]
        field_name = name_for_label(label, harvest)
        amount = parse_amount(values[-1])
        if field_name and not (budget_like and field_name not in AMOUNT_FIELDS and amount is not None):
            add_value(harvest, field_name, "\n".join(values), TABLE, CONFIDENCE[TABLE], call)
            continue
        if amount is not None and (budget_like or len(values) == 1):
            description = " - ".join(distinct[:-1])
            harvest.add_budget_line(_clean_line(description), amount, TABLE, CONFIDENCE[TABLE])


_LABEL_LINE = re.compile(r"^[ \t>*•-]*(?P<label>[^:\n]{2,60}?)[ \t]*[:：][ \t]*(?P<value>.*)$")


_TWO_LABELS = re.compile(r"(?:(?<=\d)|(?<=€)|(?<=eur)|(?<=euro)|(?<=euros)|(?<=EUR))\s*[,;]\s+"
                         r"(?=[^\W\d][^,:;\n]{2,40}:\s*\S)")


def from_label_lines(harvest: Harvest, text: str, call: CallDefinition) -> None:
    """"Gevraagd bedrag: € 9.500" lines; a value may sit on the next line, a summary may run on."""
    # "Montant total du projet : 7.000 €, montant demandé : 2.500 €": two labelled values on one line
    lines = [piece for line in text.split("\n") for piece in _TWO_LABELS.split(line)]
    index = 0
    while index < len(lines):
        match = _LABEL_LINE.match(lines[index])
        index += 1
        if not match or (index > 1 and _mid_sentence(lines[index - 2]) and label_alone(match.group("label")) is None):
            # "... Iedereen uit het / dorp kan mee nadenken: we hangen ...": a hard-wrapped sentence (a page
            # read by OCR, a mail wrapped at 72 columns) whose next line starts with a word that is a label
            continue
        field_name = name_for_label(match.group("label"), harvest)
        if field_name is None:
            continue
        value = match.group("value").strip()
        if field_name == "summary" or (not value and index < len(lines)):
            # continuation lines until a blank line or the next label
            extra: list[str] = []
            while index < len(lines) and lines[index].strip() and not _is_label_line(lines[index]):
                extra.append(lines[index])
                index += 1
                if field_name != "summary":
                    break
            value = "\n".join([value, *extra]).strip()
        add_value(harvest, field_name, value, LABEL, CONFIDENCE[LABEL], call)


def _mid_sentence(line: str) -> bool:
    """A long line of prose that stops mid-sentence: the next line goes on with it."""
    stripped = line.rstrip()
    return len(stripped) >= 50 and "\t" not in stripped and stripped[-1:].isalpha() and ":" not in stripped


def from_unmarked_label_lines(harvest: Harvest, text: str, call: CallDefinition, *, prefix: bool = True) -> None:
    """"Commune Bergues": a whole label at a line's start, then its value, with no colon between; or a
    label alone on its line and the value on the next ("Commune" / "Bergues": OCR read the columns apart).

    Only for text whose tables lost their columns (OCR): in typed prose a line may start with a word
    that is also a label ("Project ..."), so these rank just below a "Label:" line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    prefixed: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        if _LABEL_LINE.match(line):
            continue  # a "Label: value" line is read by from_label_lines
        whole = label_alone(line)
        found = label_at_start(line) if whole is None else None
        if found is not None and found[1] and label_alone(_WHOSE.sub("", found[1])) is not None:
            # "Adres contactpersoon": a label naming the field and whose it is, not a label and its value
            whole, found = found[0], None
        if whole is not None:
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if whole not in (BUDGET_TABLE, "summary") and following and label_alone(following) is None \
                    and label_at_start(following) is None and not _LABEL_LINE.match(following):
                add_value(harvest, whole, following, LABEL, CONFIDENCE[LABEL] - 0.1, call)
            continue
        if found is None or found[0] in (BUDGET_TABLE, "summary") or not found[1]:
            continue
        prefixed.append((found[0], _unmarked_value(found[0], line, found[1])))
    # typed text: only a block of such lines is a form whose columns were lost (an HTML table in a mail);
    # one line that starts with a label's word is more likely a sentence ("Projet de jardin ...")
    if prefix or len(prefixed) >= 3:
        for name, value in prefixed:
            add_value(harvest, name, value, LABEL, CONFIDENCE[LABEL] - (0.05 if prefix else 0.1), call)


# "Adresse du contact", "Adres van de contactpersoon": the words that say whose field a label asks for
_WHOSE = re.compile(r"(?i)^(?:du|de la|de l['’]|des|de|van de|van het|van|of the|of)\s+")


def _unmarked_value(name: str, line: str, value: str) -> str:
    """The value of a "Label value" line, where the label's word may belong to the value: "Association
    Bray-Dunes Plage pour tous" is an organisation's whole name, "projet intitulé « La plage »" a title
    in quotes."""
    if name == "organisation" and looks_like_organisation(line) and not looks_like_organisation(value):
        return line
    if name == "project_title" and (quoted := _GUILLEMETS.search(value) or _QUOTED.search(value)) is not None:
        return quoted.group("title").strip()
    return value


# a title between guillemets or double quotes may hold an apostrophe ("Le chemin vert d'Uxem")
_GUILLEMETS = re.compile(r"[«“\"]\s*(?P<title>[^«»“”\"\n]{3,90}?)\s*[»”\"]")


def _is_label_line(line: str) -> bool:
    match = _LABEL_LINE.match(line)
    return bool(match and match_label(match.group("label")))


_QUOTED = re.compile(r"[\"“„«‘'‚]\s*(?P<title>[^\"“”„«»‘’'‚\n]{3,90}?)\s*[\"”“»’']")


def title_from_subject(subject: str) -> str | None:
    """The project's name in a subject line: the quoted part, or what follows "projectidee:"."""
    quoted = _QUOTED.search(subject)
    if quoted:
        return quoted.group("title").strip()
    match = re.search(r"(?i)\b(?:projectidee|projet|project|idee|idée)\s*[:–-]\s*(.{3,90})$", subject.strip())
    return match.group(1).strip(" .") if match else None


_REQUEST_WORDS = re.compile(
    r"(?i)\b(vragen|vraag|gevraagd|gevraagde|aanvragen|aanvraag|steun|subsidie|bijdrage|sollicit\w*|"
    r"demand\w*|subvention|aide|financement|soutien|manque|manquent|reste|restent|blijft|resterende|saldo|solde)\b")
_TOTAL_WORDS = re.compile(
    r"(?i)\b(totaal|totale|total|totaalbudget|in totaal|kost\w*|co[uû]t\w*|begroting|budget|s'élève|bedraagt)\b")
# what the applicants bring in themselves is neither the request nor the total
_OWN_WORDS = re.compile(
    r"(?i)\b(eigen inbreng|eigen bijdrage|eigen middelen|zelf|zelfs|inbreng|brengen\s+\w+\s+in|"
    r"andere (?:steun|subsidies?|sponsors?)|sponsor\w*|gemeente|autofinancement|apport\w*|fonds propres|"
    r"nous[- ]m[êe]mes|nous apportons|contribution propre|participation|autres? (?:aides?|financements?)|"
    r"recettes|inkomsten|reeds|d[ée]j[àa])\b")
_SENTENCE_START = re.compile(r"(?:[!?]|\.(?!\d))\s|\n")


def from_prose(harvest: Harvest, text: str, call: CallDefinition, *, exclude_emails: Sequence[str] = ()) -> None:
    """Guesses from free text: addresses, phones, e-mails, amounts by the words around them, names."""
    confidence = CONFIDENCE[BODY]
    excluded = {address.lower() for address in exclude_emails}
    emails = [match.group(0).lower() for match in EMAIL_RE.finditer(text)]
    emails = [email for email in dict.fromkeys(emails) if email not in excluded]
    if emails:
        harvest.add("email", emails[0], BODY, confidence + 0.05 if len(emails) == 1 else confidence - 0.15)
    phones = find_phones(text)
    if phones:
        harvest.add("phone", phones[0][0], BODY, confidence + 0.05 if len(phones) == 1 else confidence - 0.1)
    _places_from_prose(harvest, text, call)
    _amounts_from_prose(harvest, text)
    _names_from_prose(harvest, text, call)


# "Dorpstraat 12", "Kerkstraat 3 bus 2" (BE) or "12 rue de la Mairie", "5bis place du Marché" (FR)
_STREET = re.compile(r"[^\W\d][\w'’. -]{2,60}?\s(?:nr\.?\s?)?\d+\s?[a-zA-Z]?(?:\s?(?:bus|bte)\s?\d+)?"
                     r"|\d+\s?(?:bis|ter|[a-zA-Z])?,?\s+[^\W\d][\w'’. -]{2,60}")


def _same_street(street: str, postal_letters: str) -> bool:
    """The street's name (six letters or more, its number left out) is in the call's postal address."""
    name = re.sub(r"[\d ]+", "", fold(street))
    return len(name) >= 6 and name in postal_letters


def _places_from_prose(harvest: Harvest, text: str, call: CallDefinition) -> None:
    postal = fold(call.postal_address)
    postal_letters = re.sub(r"[\d ]+", "", postal)
    mentions = find_places(text, call)
    # the call's own address (a letter is addressed to it) is in the region, but says nothing of the
    # applicant's: a place outside the region is not passed over because of it
    any_in_region = any(mention.in_region for mention in mentions
                        if not (mention.place.postcode and mention.place.postcode in call.postal_address))
    # such a place, taken beside the call's address, is less sure than one the text gives alone: to check
    doubt = 0.1 if any(mention.in_region for mention in mentions) and not any_in_region else 0.0
    for mention in mentions:
        line_start = text.rfind("\n", 0, mention.start) + 1
        # "Mijn adres: Kerkstraat 3, 8978 Watou": the street is what follows the label
        before = text[line_start:mention.start].rsplit(":", 1)[-1].strip(" ,\t–-")
        if not before:
            # the street is on the nearest non-blank line above (HTML mails put blank lines between)
            above = [line.strip(" ,\t") for line in text[:line_start].split("\n") if line.strip()]
            before = above[-1].rsplit(":", 1)[-1].strip(" ,\t–-") if above else ""
        street = before if _STREET.fullmatch(before) else ""
        # the call's own postal address (letters are addressed to it) is not the applicant's, even with its
        # house number misread ("Woumenweg 190" in a photographed letter)
        if mention.place.postcode and mention.place.postcode in call.postal_address and (
                not street or fold(street) in postal or _same_street(street, postal_letters)):
            continue
        if not mention.in_region and any_in_region:
            continue
        place = mention.place
        sure = CONFIDENCE[BODY] - (doubt if not mention.in_region else 0.0)
        if street:
            harvest.add("address", street, BODY, sure)
        harvest.add("postcode", place.postcode or "", BODY, sure + 0.05)
        if place.municipality:
            harvest.add("municipality", place.municipality, BODY, sure + 0.05)
        if place.country:
            harvest.add("country", place.country, BODY, sure)
        return
    # no postcode: a known municipality named after "in", "te", "à" ...
    for match in re.finditer(r"\b(?:in|te|uit|à|a|de|sur)\s+([A-ZÀ-Ý][\w'’À-ÿ-]+(?:[ -][A-ZÀ-Ý][\w'’À-ÿ-]+)?)", text):
        municipality = match_municipality(match.group(1), call)
        if municipality is not None:
            harvest.add("municipality", municipality.name, BODY, 0.6)
            harvest.add("country", municipality.country, BODY, 0.55)
            return


_REQUESTED_AFTER = re.compile(
    r"[\s,]*(?:\w+[\s,]+){0,3}?(?:gevraagd|aangevraagd|vragen|aanvragen|demandée?s?|sollicitée?s?|demandons|"
    r"sollicitons|que nous (?:vous )?demandons)\b", re.IGNORECASE)
_ASKED_PARTICIPLE = re.compile(
    r"[\s,]*(?:\w+[\s,]+){0,3}?(?:gevraagd|aangevraagd|demandée?s?|sollicitée?s?|que nous (?:vous )?demandons|"
    r"die we vragen|dat we vragen)\b", re.IGNORECASE)
_OWN_AFTER = re.compile(r"[\s,]*(?:nous[- ]m[êe]mes|zelf|eigen inbreng|en fonds propres|d['’]autofinancement)\b",
                        re.IGNORECASE)
_WHOLE_ASKED = re.compile(
    r"(?i)\b(?:vragen|vraag)\w*\s+(?:\w+\s+){0,2}(?:(?:het|dit|dat)\s+(?:volledige|hele|gehele|ganse)|dit|dat)\s+"
    r"bedrag|"
    r"\b(?:demandons|sollicitons)\s+(?:\w+\s+){0,2}(?:la totalité|l['’]intégralité|le montant total|ce montant)")


def _amounts_from_prose(harvest: Harvest, text: str) -> None:
    """Requested amount and total from sentences: the words between the previous amount and this one say
    what it is ("the total is X, we bring in Y ourselves, so we ask Z"); words right after it may too
    ("X que nous vous demandons")."""
    requested: list[Decimal] = []
    totals: list[Decimal] = []
    mentions = find_amounts(text)
    for index, mention in enumerate(mentions):
        sentence_start = 0
        for boundary in _SENTENCE_START.finditer(text, 0, mention.start):
            sentence_start = boundary.end()
        previous_end = mentions[index - 1].end if index else 0
        window = text[max(sentence_start, previous_end, mention.start - 90):mention.start]
        before = window if re.search(r"[^\W\d]{3}", window) else text[max(sentence_start,
                                                                            mention.start - 90):mention.start]
        line_start = text.rfind("\n", 0, mention.start) + 1
        line = text[line_start:mention.start]
        sentence_end = _SENTENCE_START.search(text, mention.end)
        next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        after = text[mention.end:min(next_start, sentence_end.start() if sentence_end else len(text),
                                     mention.end + 60)]
        last_request = max((m.end() for m in _REQUEST_WORDS.finditer(before)), default=-1)
        last_total = max((m.end() for m in _TOTAL_WORDS.finditer(before)), default=-1)
        last_own = max((m.end() for m in _OWN_WORDS.finditer(before)), default=-1)
        if _OWN_AFTER.match(after) or last_own > max(last_request, last_total):
            continue  # "we brengen zelf € 1.500 in", "nous pouvons financer 800 € nous-mêmes": the own share
        requested_after = _REQUESTED_AFTER.match(after)
        if requested_after and next_start < (sentence_end.start() if sentence_end else len(text)) \
                and not _ASKED_PARTICIPLE.match(after):
            # "X en vragen daarvoor Y": the verb before the next amount is that amount's
            requested_after = None
        if last_request == -1 and last_total == -1 and not requested_after:
            bullet = re.fullmatch(r"\s*(?:[-•*–]|\d+[.)])\s*(?P<what>[^\d€:]{3,80}?)\s*[:=–-]?\s*", line)
            if bullet:
                harvest.add_budget_line(_clean_line(bullet.group("what")), mention.amount, BODY, 0.7)
            continue
        # "Le coût total est estimé à 4 400 €. Nous sollicitons la totalité de ce montant.": the next sentence
        if last_total > last_request and _WHOLE_ASKED.search(text, mention.end, min(next_start, mention.end + 160)):
            totals.append(mention.amount)  # "de totale kost is 9750 EUR en we vragen het volledige bedrag"
            requested.append(mention.amount)
        elif requested_after or last_request > last_total:
            requested.append(mention.amount)
        else:
            totals.append(mention.amount)
    if requested:
        # the same request repeated is still one request; two different ones is a doubt
        harvest.add("requested_amount", requested[0], BODY, 0.8 if len(set(requested)) == 1 else 0.5)
    if totals:
        harvest.add("total_budget", max(totals), BODY, 0.75 if len(set(totals)) == 1 else 0.5)


_NAME = (r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
         r"(?:\s+(?:van|de|der|den|le|la|du|Van|De|Le|Vanden|Van der)?\s*[A-ZÀ-Ý][\wà-ÿ'’-]+){1,3}")
_CLOSINGS = re.compile(
    r"(?im)^\s*(?:met\s+)?(?:vriendelijke|hartelijke|beste)\s+groet(?:en|jes)?,?|^\s*groet(?:en|jes)?,?\s*$|"
    r"^\s*(?:bien\s+)?cordialement,?|^\s*bien\s+à\s+vous,?|^\s*salutations\s+distinguées,?|"
    r"^\s*veuillez\s+agréer.*$|^\s*(?:mes\s+)?sincères\s+salutations,?|"
    r"^\s*hoogachtend,?|^\s*met\s+(?:de\s+meeste\s+)?hoogachting,?|^.*\b(?:meilleures|respectueuses)\s+salutations\.?\s*$")
_SELF_NAMED = re.compile(
    rf"(?:\b[Mm]ijn naam is|\b[Ii]k ben|\b[Jj]e m'appelle|\b[Jj]e suis|\b[Jj]e m’appelle)\s+(?P<name>{_NAME})")
_TITLE_INTRO = re.compile(
    r"(?:project|projet|idee|idée)\w*\s+(?:heet|noemt|genaamd|intitulé|appelé|s['’]intitule|s['’]appelle|:)?\s*"
    + _QUOTED.pattern, re.IGNORECASE)


_UNDERSIGNED = re.compile(rf"(?:\b[Jj]e soussignée?|\b[Oo]ndergetekende|\b[Ii]k,?)\s+(?P<name>{_NAME})")
# "Het project met als titel Kinderopvang op woensdag gaat ...", "le projet intitulé Parcours santé."
_TITLE_UNQUOTED = re.compile(
    r"(?:met als titel|met de titel|getiteld|onder de titel|intitulé|qui s['’]intitule|s['’]intitule|"
    r"que nous appelons|dat we|noemen we het)\s*:?\s+(?P<title>[A-ZÀ-Ý][^.,;:!?\n«»\"“”]{2,70}?)"
    r"(?=\s+(?:gaat|is|wil|zal|heeft|en|bestaat|vise|consiste|a pour|est|sera)\b|\s*[.,;:!?\n]|$)")
# "Les mercredis de Bierne – Des après-midis ...": a short name, a dash, then the sentence that explains it
_TITLE_DASH = re.compile(r"(?m)^(?P<title>[A-ZÀ-Ý][^\n–:.!?]{2,60}?)\s+[–—-]\s+[A-ZÀ-Ý][^\n]{20,}$")


def _is_call_name(title: str, call: CallDefinition) -> bool:
    folded = fold(title).strip(" !")
    return any(folded and folded == fold(name).strip(" !") for name in call.name.values())


def _letterhead(harvest: Harvest, text: str) -> None:
    """A letter's sender block on its first lines: the group's name, the person, their street and place."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:6]
    for index, line in enumerate(lines):
        if len(line) > 70 or EMAIL_RE.search(line) or ":" in line:
            break
        if index == 0 and looks_like_organisation(line) and not re.search(r"\d", line) \
                and len(line.split()) <= 8 and not _CLOSINGS.match(line):
            harvest.add("organisation", line, BODY, 0.7)
            continue
        if index <= 1 and looks_like_person(line):
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if _STREET.fullmatch(following.strip(" ,")) or re.match(r"\d{4,5}\s", following):
                harvest.add("contact_name", line, BODY, 0.72)
        break


def _names_from_prose(harvest: Harvest, text: str, call: CallDefinition) -> None:
    # the last closing formula is the applicant's; earlier ones may be quoted
    closing = None
    for match in _CLOSINGS.finditer(text):
        closing = match
    if closing is not None:
        following = [line.strip() for line in text[closing.end():].split("\n") if line.strip()][:4]
        parts = split_contact_line(following[0]) if following else None
        if parts is not None and parts.get("name") and re.fullmatch(_NAME, parts["name"]):
            # "Amandine Degrave, 20 chemin du Kruysabeele, 59380 Bierne, +33 7 34 15 79 58, a@example.com"
            harvest.add("contact_name", parts["name"], BODY, 0.75)
            if "address" in parts:
                harvest.add("address", parts["address"].strip(" ,–-"), BODY, 0.72)
        elif following and re.fullmatch(_NAME, following[0]):
            harvest.add("contact_name", following[0], BODY, 0.75)
        if following:
            under = organisation_under_name(following[1:])
            if under:
                harvest.add("organisation", under, BODY, 0.72)
    self_named = _SELF_NAMED.search(text) or _UNDERSIGNED.search(text)
    if self_named:
        harvest.add("contact_name", self_named.group("name"), BODY, 0.7)
    _letterhead(harvest, text)
    named = organisations_in_sentences(text)
    if named:
        # said twice the same way is surer than once; two different names is a doubt
        harvest.add("organisation", named[0], BODY, 0.74 if len(set(named)) == 1 else 0.6)
    titles = [match.group("title").strip() for match in _TITLE_INTRO.finditer(text)]
    titles += [match.group("title").strip() for match in _TITLE_UNQUOTED.finditer(text)]
    titles = [title for title in titles if not _is_call_name(title, call)]
    if titles:
        harvest.add("project_title", titles[0], BODY, 0.7)
    else:
        dashed = [match.group("title").strip() for match in _TITLE_DASH.finditer(text)]
        dashed = [title for title in dashed if not _is_call_name(title, call) and not looks_like_person(title)]
        if dashed:
            harvest.add("project_title", dashed[0], BODY, 0.6)


def finish(harvest: Harvest) -> dict[str, FieldValue]:
    """The best candidate per field, budget lines gathered from their strongest source."""
    from parsers.model import SOURCE_RANK, best_by_field

    chosen = best_by_field(harvest.candidates)
    if harvest.budget_lines:
        best_source = max(harvest.budget_lines, key=lambda item: SOURCE_RANK.get(item[1], 0))[1]
        lines = tuple(line for line, source, _ in harvest.budget_lines if source == best_source)
        confidence = min(conf for _, source, conf in harvest.budget_lines if source == best_source)
        chosen["budget_lines"] = FieldValue("budget_lines", lines, best_source, confidence)
    return chosen
