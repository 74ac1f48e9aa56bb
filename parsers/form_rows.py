"""The rows of a form's tables, as people lay them out in Word, LibreOffice and Acrobat, to field candidates.

A row is a label and its value ("Gemeente | Poperinge"), two such pairs side by side ("Postcode | 8970 |
Gemeente | Poperinge"), a cell that holds both ("Naam: Jan Peeters"), a section heading on its own
("B. Contactpersoon", which says whose a bare "Naam" below it is), or a budget line ("Plantgoed | 2 550
euro"). Fields some forms ask in parts ("Naam" and "Voornaam", "Straat", "Nr" and "Bus") are put back
together by ``join_parts`` once the whole document has been read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from config.call import CallDefinition
from parsers.call_text import names_the_call_as_funder
from parsers.field_table import AMOUNT_FIELDS, EMAIL_RE
from parsers.fields import (
    CLOSINGS,
    CONFIDENCE,
    FUNDER_LINE,
    Harvest,
    add_value,
    hint_to_label,
    label_sureness,
    name_for_label,
    pairs_in_cell,
)
from parsers.given_names import given_name_last, is_given_name
from parsers.labels import (
    BOX_NUMBER,
    BUDGET_TABLE,
    FIRST_NAME,
    HOUSE_NUMBER,
    NUMBER_MARK,
    OWN_SHARE,
    REPRESENTATIVE,
    SURNAME_FIRST,
    PersonsRows,
    heading_length,
    heads_rows,
    is_bare_name,
    is_other_label,
    label_alone,
    label_at_start,
    match_label,
    of_person,
    question_and_part,
    role_label,
    section_of,
    under_heading,
    whose,
)
from parsers.merge import given_name_first
from parsers.model import BODY, TABLE, FieldValue
from parsers.money import parse_amount
from parsers.people_table import people_block, people_by_column, read_people
from parsers.places import FRENCH_STREET_KIND, fold
from parsers.prose import ROLE, looks_like_person
from parsers.value_kinds import fits

_HEADER_WORDS = frozenset({"bedrag", "bedrag eur", "bedrag in euro", "montant", "montant eur", "kost", "kostprijs",
                           "prijs", "prix", "cout", "eur", "euro", "omschrijving", "description", "post", "poste",
                           "waarde", "valeur", "depense", "depenses", "in euro", "en euros", "en euro",
                           "montant en euros",
                           # the income side's heading: where the money comes from
                           "financiering", "financement", "inkomsten", "ontvangsten", "recettes", "ressources",
                           "bron", "herkomst", "origine", "source", "uitgaven", "kosten"})
# "Naam vereniging: De Linde" in one cell; the label ends at the first colon
_INLINE = re.compile(r"^(?P<label>[^:\n]{2,60}?)\s*[:：]\s*(?P<value>\S.*)$")


# a budget's columns beside its amount: with and without VAT, quantity and unit price, a share in per cent
# ("Omschrijving | Excl. btw | Btw 21% | Incl. btw", "Poste | Quantité | Prix unitaire | Montant TTC")
_PRICE_COLUMN = re.compile(r"(?:(?:bedrag|montant|prijs|prix|kost|cout|totaal|total)\s+)?"
                           r"(?:(?:excl|incl|exclusief|inclusief|hors|hors taxes?|toutes taxes comprises)\s+)?"
                           r"(?:btw|tva|vat|ht|ttc)(?:\s*\d+(?:[.,]\d+)?\s*%)?|"
                           r"aantal|stuks|eenheidsprijs|prijs per stuk|quantite|qte|prix unitaire|pu|totaal|total|"
                           r"subtotaal|sous total|%|aandeel|part")


def _is_header_row(cells: Sequence[str]) -> bool:
    """A budget's header: a column heading ("Omschrijving", "Bedrag") and nothing but headings and price columns."""
    folded = [fold(re.sub(r"\(.*?\)|[€:*]", " ", cell)).strip() for cell in cells if cell.strip()]
    # "Omschrijving uitgave", "Description de la dépense", "Nature de la charge": a budget's description column
    headings = [text in _HEADER_WORDS or (match_label(text) or ("", ""))[0] == BUDGET_TABLE
                or text.split()[:1] in (["omschrijving"], ["beschrijving"], ["description"], ["libelle"], ["nature"],
                                        ["intitule"])
                for text in folded]
    return any(headings) and all(heading or _PRICE_COLUMN.fullmatch(text) is not None
                                 for heading, text in zip(headings, folded, strict=True))


def _is_label_cell(cell: str) -> bool:
    """A cell that is a whole label ("Gemeente", "Postcode :"): a value is seldom exactly a label, while
    "Association Les Amis" starts like one."""
    return "\n" not in cell and (label_alone(cell) is not None or is_other_label(cell) or (
        cell.rstrip().endswith((":", "…", "...")) and match_label(cell) is not None))


_NUMBERED_HEADING = re.compile(rf"\s*{NUMBER_MARK}\s+[^\W\d]")
_TAB_BEFORE_LABEL = re.compile(r"\t+(?=[^\W\d][^:\t\n]{1,40}:)")
_QUESTION_FIRST = re.compile(r"([A-ZÀ-Ý][^?:\n]{2,60}\?)\s*(.*)")
# a label of a box of no field of ours, as a form prints it: a capital, a few words ("Rechtsvorm", "Aantal leden")
_OTHER_LABEL = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:[ '’-][^\W\d_]+){0,3}\.?")
# a cell's own "Label : value" ("N° RNA : W593007766", "Lieu : Rexpoede")
_OWN_LABEL = re.compile(r"(?P<label>[^:\n]{2,40}?)\s*:\s*(?P<value>\S[^\n]*)")


def _inline_pairs(cell: str, *, whole: bool = False) -> list[tuple[str, list[str]]]:
    """The "Label: value" lines of a cell ("Naam: Jan Peeters" / "Tel.: 0477 12 34 56"); a line without a
    label continues the value above it. Empty when the cell does not start with such a line. ``whole``: a
    cell beside a label, whose label must be a whole one, since an answer may have a colon of its own
    ("Place du village : on s'y retrouve !" is a title, not a place)."""
    pairs: list[tuple[str, list[str]]] = []
    known = False
    # "Naam: Marleen Vandenbussche<tab>Datum: 12 juni 2019": two boxes on a line, parted by a tab
    lines = [piece for line in cell.strip().split("\n") for piece in _TAB_BEFORE_LABEL.split(line)]
    for line in lines:
        if (question := _QUESTION_FIRST.match(line.strip())) is not None and pairs:
            # "Wat willen jullie doen? De benedenverdieping ...": the next box, asked as a question
            pairs.append((question.group(1), [question.group(2)] if question.group(2) else []))
            continue
        match = _INLINE.match(line.strip())
        label, value = hint_to_label(*match.group("label", "value")) if match is not None else ("", "")
        if match is not None and (label_alone(label) if whole else match_label(label)) is not None:
            pairs.append((label, [value] if value else []))  # "Naam: (naam + voornaam)" | "Peeters Jan"
            known = True
        elif match is not None and _OTHER_LABEL.fullmatch(label) and (pairs or "\n" in cell.strip()):
            # "Rechtsvorm: feitelijke vereniging", "Voorzitter: Rik Dewitte" among the cell's labelled lines: a
            # box of the form's own that is none of ours, not more of the answer above it
            pairs.append((label, [value] if value else []))
        elif pairs and line.strip():
            pairs[-1][1].append(line.strip())
        elif not pairs:
            return []
    return pairs if known else []


def _pairs(cells: list[str]) -> list[tuple[str, list[str]]] | None:
    """A row holding more than one label: each label with the cells up to the next one; None for a row
    with one label at its start (the usual "label | value" or a budget line)."""
    if not any(_is_label_cell(cell) or _inline_pairs(cell, whole=True) for cell in cells[1:]) \
            and not _inline_pairs(cells[0]):
        return None
    pairs: list[tuple[str, list[str]]] = []
    after_inline = False  # the cell before held its own "Label: value"
    for index, cell in enumerate(cells):
        inline = _inline_pairs(cell, whole=index > 0)
        other = _OWN_LABEL.fullmatch(cell) if after_inline and not inline else None
        after_inline = bool(inline)
        if inline:
            pairs.extend(inline)
        elif other is not None and (_OTHER_LABEL.fullmatch(other.group("label")) or other.group("label")[:2] == "N°"):
            # "Nom de l'association : X | N° RNA : W59...": after a cell of "Label: value", a cell with a label of
            # its own that names none of our fields is no part of the answer before it
            after_inline = True
            pairs.append((other.group("label"), [other.group("value")]))
        elif _is_label_cell(cell) or not pairs:
            pairs.append((cell, []))
        else:
            pairs[-1][1].append(cell)
    return pairs


def _add(harvest: Harvest, label: str, values: list[str], section: str | None, call: CallDefinition) -> bool:
    field_name = name_for_label(label, harvest)
    if field_name is None or not values:
        return False
    if section in ("organisation", "project_title", REPRESENTATIVE) and is_bare_name(label):
        field_name = section  # "Naam" under "Gegevens organisatie", "Het project" or "Représentant légal"
    sureness = label_sureness(label, field_name, CONFIDENCE[TABLE])
    return add_value(harvest, field_name, "\n".join(values), TABLE, sureness, call)


def _label_unwrapped(cell: str) -> str:
    """A label the cell's width wrapped ("Organisme\ndemandeur", "Forme\njuridique") on one line again; any
    other cell as it is."""
    joined = " ".join(cell.split())
    return joined if "\n" in cell and (label_alone(joined) is not None or is_other_label(joined)) else cell


def _label_inside(cell: str) -> tuple[str, str] | None:
    """A box with its label printed at its top, the answer under it ("Indiener (organisatie)\nBewonersplatform
    Dranouter"): (label, answer); None for any other cell."""
    label, _, answer = cell.strip().partition("\n")
    if not answer.strip() or (label_alone(label) is None and not is_other_label(label)):
        return None
    return (label, answer.strip()) if label_alone(answer.split("\n")[0]) is None else None


LABELS_INSIDE = 3  # boxes with their label inside, at least, for a table to be read so


def _labels_inside(rows: list[list[str]]) -> list[list[str]]:
    """A table of boxes each holding its label over its answer, two or more to a row ("Naam\nRyckewaert |
    Voornaam\nJoris"), as rows of label and answer cells ("Naam | Ryckewaert | Voornaam | Joris"). Only a
    table laid out so: three such boxes at least, and two in three of its cells of several lines; there, a
    box whose label is none of ours ("Rol\ncoördinator") is read so too."""
    lined = [cell for row in rows for cell in row if cell and "\n" in cell.strip()]
    inside = [cell for cell in lined if _label_inside(cell) is not None]
    if len(inside) < LABELS_INSIDE or len(inside) * 3 < len(lined) * 2:
        return rows
    return [[part.strip() for cell in row
             for part in (cell.strip().partition("\n")[::2] if cell in lined else (cell,))] for row in rows]


def _labels_over_lines(cell: str) -> list[tuple[str, str]]:
    """A cell's lines as labels each over its answer ("Q1 – Organisme" / "Association Vélo pour tous" / "Q3 –
    Adresse (n°, rue)" / "4 rue du Quai"): every second line a whole label and the line under it no label;
    two pairs at least, none of the cell's lines left over but a last label left unanswered."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    labels = lines[0::2]
    answers = lines[1::2]
    if len(answers) < 2 or any(label_alone(label) is None and not is_other_label(label) for label in labels) \
            or any(label_alone(answer) is not None or answer.endswith(":") for answer in answers):
        return []
    return list(zip(labels, answers, strict=False))


def _distinct_cells(rows: Sequence[Sequence[str | None]]) -> list[list[str]]:
    """Each row's non-empty cells; merged cells repeat their text, so each distinct cell is kept once."""
    table: list[list[str]] = []
    for raw_cells in rows:
        distinct: list[str] = []
        for whole in (_label_unwrapped((cell or "").strip()) for cell in raw_cells):
            for cell in pairs_in_cell(whole) if whole else ():
                if cell and (not distinct or distinct[-1] != cell):
                    distinct.append(cell)
        table.append(distinct)
    return table


def _label_above_value(table: list[list[str]]) -> list[list[str]]:
    """A one-column table whose rows alternate label and value ("Postcode / Woonplaats", then "8660
    Adinkerke") as the label/value rows it stands for. Only a table laid out so throughout (one column,
    three such pairs at least, or the one pair that is the whole table): in a table of other rows, a
    one-cell row is a heading or a note."""
    if any(len(row) > 1 for row in table):
        return table
    if len(table) == 2 and all(len(row) == 1 for row in table) \
            and (match_label(table[0][0]) or ("",))[0] not in ("", BUDGET_TABLE) \
            and (section_of(table[0][0]) is None or _asks_a_name(table[0][0])) \
            and not _is_label_cell(table[1][0]) and not _inline_pairs(table[1][0]):
        # a table that is one box: its label over its answer ("Nom de l'association" / "Association X"); a
        # label that asks a name is no section's heading, though it names the section's noun
        return [[table[0][0], table[1][0]]]
    rows: list[list[str]] = []
    index = 0
    while index < len(table):
        row = table[index]
        following = table[index + 1] if index + 1 < len(table) else []
        if len(row) == 1 and len(following) == 1 and match_label(row[0]) is not None \
                and len(row[0].split()) <= 8 and not _is_label_cell(following[0]) \
                and not _inline_pairs(following[0]) and section_of(row[0]) is None:
            rows.append([row[0], following[0]])
            index += 2
            continue
        rows.append(row)
        index += 1
    return rows if len(table) - len(rows) >= 3 else table


LABELS_AFTER = 2  # rows of a value then its label, at least, for a document to be laid out so


def _value_then_label(row: Sequence[str]) -> bool:
    """A row whose last cell is a caption and no cell before it a label ("Dorpsraad Esen | 2.1 Naam van de
    vereniging", "8600 | 2.3 Postnummer")."""
    return len(row) >= 2 and _is_label_cell(row[-1]) and not any(_names_a_field(cell) for cell in row[:-1])


def _label_then_value(row: Sequence[str]) -> bool:
    return len(row) >= 2 and _names_a_field(row[0]) and not any(_names_a_field(cell) for cell in row[1:])


def values_first(tables: Sequence[Sequence[Sequence[str | None]]]) -> bool:
    """Whether a document's tables give each value first and its caption after it (a paper form's line to write
    on, its caption printed after it; often one small table per question): two such rows at least, and twice as
    many as rows of a label then its value (a budget's "Totaal kosten | 9400" is one)."""
    rows = [distinct for table in tables for distinct in _distinct_cells(table)]
    after = sum(_value_then_label(row) for row in rows)
    return after >= LABELS_AFTER and after >= 2 * sum(_label_then_value(row) for row in rows)


CAPTION_AFTER_AMOUNT = 0.75  # an amount read off a row whose caption stands after it: to check


def _captions_after_to_check(harvest: Harvest, first: int, rows: list[list[str]]) -> None:
    """The amounts this table gave off rows turned from "value | caption" (``_labels_after_values``), to check:
    which way a form's captions stand is inferred from the form, and an amount is never given as sure on an
    inference (a row may be a value and the next question's caption)."""
    turned = {amount for row in rows if getattr(row, "turned", False)
              for cell in row[1:] if (amount := parse_amount(cell)) is not None}
    if not turned:
        return
    harvest.candidates[first:] = [
        replace(c, confidence=min(c.confidence, CAPTION_AFTER_AMOUNT))
        if c.name in AMOUNT_FIELDS and c.source == TABLE and c.value in turned else c
        for c in harvest.candidates[first:]]


# a numbered caption ("2.1 Naam van de vereniging", "Q2. Adres"): a form's own words, never an answer
_NUMBERED_CAPTION = re.compile(rf"\s*{NUMBER_MARK}\s+[^\W\d]")


def _labels_after_values(table: list[list[str]], document_says: bool) -> list[list[str]]:
    """The rows of a value then its caption as the label/value rows they stand for, in a document laid out so
    (``values_first``) or a table that is (two such rows, none the other way round): a row's last cell that
    happens to read as a label is no caption in a table of labels first. A numbered caption after a value
    ("8690 | Q3. Postnummer") is one in any table: a form that mixes both ways numbers its questions."""
    whole = document_says or (sum(_value_then_label(row) for row in table) >= LABELS_AFTER
                               and not any(_label_then_value(row) for row in table))
    if _each_answers_the_label_above(table):
        return table
    return [_Turned([row[-1], *row[:-1]]) if _value_then_label(row) and (whole or _NUMBERED_CAPTION.match(row[-1]))
            else row for row in table]


def _each_answers_the_label_above(table: list[list[str]]) -> bool:
    """Whether a table's "value | label" rows are a staircase, each value the answer to the label on the row
    above ("1. Naam vereniging" / "Dorpsraad X | 2. Adres" / "Kerkstraat 5 | 3. Postcode"): its values fit the
    labels above them better than the labels beside them (parsers.value_kinds)."""
    beside = above = 0
    for previous, row in itertools.pairwise(table):
        if not _value_then_label(row) or not previous:
            continue
        value = " ".join(row[:-1])
        beside += fits((match_label(row[-1]) or ("",))[0], value)
        above += fits((match_label(previous[-1]) or ("",))[0], value)
    return above > beside


class _Turned(list[str]):
    """A row read caption first that stood value first."""

    turned = True


_NAME_WORDS = frozenset({"nom", "naam", "name", "titel", "titre", "intitule", "title", "benaming", "denomination"})


def _asks_a_name(label: str) -> bool:
    """A label that asks a name or a title ("Naam van de vereniging", "Intitulé du projet", "Personne à
    contacter – Nom et prénom")."""
    return bool(set(fold(re.sub(r"\(.*?\)", " ", label)).split()) & _NAME_WORDS)


def _names_a_field(cell: str) -> bool:
    """A cell that is a short label, of one of our fields or of another ("Totale kost project", "IBAN"); never an
    e-mail address ("association.vivre@example.net" starts with a label's word)."""
    if EMAIL_RE.search(cell):
        return False
    return _is_label_cell(cell) or (len(cell.split()) <= 6 and not re.search(r"\d", cell)
                                    and match_label(cell) is not None)


def _continued(rows: list[list[str]]) -> list[list[str]]:
    """A row with an empty label cell under a label/value row goes on with its value ("Adres | Kortewilde
    18A" then " | 8600 Vladslo"): a value a converter split over two rows."""
    joined: list[list[str]] = []
    for row in rows:
        previous = joined[-1] if joined else []
        # (not "Project | Titel | ..." over " | Omschrijving | ...": a section's name merged down its rows, each
        # row with a label of its own)
        if len(row) >= 2 and len(previous) == len(row) and not row[0] and previous[0] and any(row[1:]) \
                and all(previous[1:]) and match_label(previous[0]) is not None \
                and not (len(row) >= 3 and label_alone(row[1]) is not None):
            joined[-1] = [above if not below else f"{above}\n{below}"
                          for above, below in zip(previous, row, strict=True)]
            continue
        joined.append(row)
    return joined


def _answers_its_label(label: str, value: str) -> bool:
    """A cell under a label that starts with the label's own word ("rue Jean Jaurès" under "Rue"): the answer,
    not another label."""
    field = match_label(value)
    return bool(label) and label_alone(value) is None and field is not None \
        and field[0] == (match_label(label) or ("", None))[0]


def _labels_over_values(rows: Sequence[Sequence[str | None]]) -> list[list[str]]:
    """A row of labels with their values in the row below, column by column ("Naam en voornaam | Straat en
    huisnummer", then "Lieve Peeters | Kerkstraat 5 bus 6") as the label/value rows it stands for. Only
    when every filled cell above is a label and no cell below is one; an empty cell below is a box left
    blank, so columns are paired as they stand (merged cells repeat their text in both rows alike). A label
    and its own answer ("Nom de l'association | Club de pétanque de Bergues": a group's name starts like the
    label "Club") are a row of their own."""
    cells = _continued([[(cell or "").strip() for cell in row] for row in rows])
    paired: list[list[str]] = []
    index = 0
    while index < len(cells):
        row = cells[index]
        below = cells[index + 1] if index + 1 < len(cells) else []
        labels = [cell for cell in row if cell]
        if len(labels) >= 2 and len(below) == len(row) and any(below) \
                and all(_names_a_field(cell) for cell in labels) and not _is_header_row(labels) \
                and not (len(labels) == 2 and _answers_its_label(*labels)) \
                and not any(value and ((_names_a_field(value) and not _answers_its_label(label, value))
                                       or _inline_pairs(value)) for label, value in zip(row, below, strict=True)):
            paired.extend([label, value] for label, value in zip(row, below, strict=True) if label and value)
            index += 2
            continue
        if index + 2 == len(cells) and len(below) == len(row) and _answers_under_questions(labels, below):
            # an online form's export: its questions in a row, the one answer under each; only the questions that
            # ask one of our fields (the tool's own columns, "N° de série", "Adresse IP", are no budget's lines), a
            # question's part after its colon what it asks, no answer ("Responsable du projet : téléphone")
            asked = [_asked(label) for label in row]
            paired.extend([label, value] for label, value in zip(asked, below, strict=True)
                          if label and value and match_label(label) is not None and not is_other_label(label))
            index += 2
            continue
        paired.append(row)
        index += 1
    return paired


_COLON_PART = re.compile(r"(?P<question>[^:]+?)\s*:\s+(?P<part>[^:]+)")


def _asked(question: str) -> str:
    """An export's question as the label it stands for: "Adresse de la structure : code postal" asks a postcode,
    "Responsable du projet : téléphone" the contact's phone; any other question as it is."""
    found = _COLON_PART.fullmatch(question)
    return question if found is None else question_and_part(found.group("question"), found.group("part")) or question
_EXPORTED_QUESTIONS = 6  # an online form's export asks many questions in its header; a table's header a few
_EXPORTED_FIELDS = 4


def heading_over(rows: Sequence[Sequence[str | None]], text: str) -> str:
    """The line of ``text`` that heads a table: the nearest line above the table's first row with no cells
    of its own (a Word or Writer document's heading paragraph over each section's table); "" when the
    text does not hold the row as written."""
    first = next((row for row in rows if any(cell and cell.strip() for cell in row)), None)
    if first is None:
        return ""
    written = "\t".join(" ".join(cell.split()) for cell in first if cell and cell.strip())
    lines = text.split("\n")
    at = next((index for index, line in enumerate(lines) if " ".join(line.split()) == " ".join(written.split())
               and "\t" in line), None)
    if at is None:
        return ""
    above = next((line.strip() for line in reversed(lines[:at]) if line.strip() and "\t" not in line), "")
    return above if heading_length(above) else ""


def _answers_under_questions(labels: Sequence[str], below: Sequence[str]) -> bool:
    """A header of many questions, most not ours ("Horodateur", "Soumis le", "SID"), four at least ours, over
    the table's last row: one answer to each question, none of them a label."""
    return len(labels) >= _EXPORTED_QUESTIONS and sum(_names_a_field(cell) for cell in labels) >= _EXPORTED_FIELDS \
        and not any(value and _names_a_field(value) and label_alone(value) is not None for value in below)


# the heading of a budget's income side and of its expenses side ("Inkomsten", "Produits", "Recettes"; "Uitgaven",
# "Charges", "Dépenses")
_INCOME_SIDE = frozenset({"inkomsten", "ontvangsten", "financiering", "recettes", "ressources", "produits",
                          "financement", "income", "revenus",
                          # where the money comes from: "Bron | Bedrag", "Origine des fonds"
                          "bron", "bronnen", "herkomst", "source", "sources", "origine", "financieringsbron",
                          "financieringsbronnen", "inkomstenbron", "inkomstenbronnen", "financeur", "financeurs"})
_EXPENSES_SIDE = frozenset({"uitgaven", "kosten", "depenses", "charges", "expenses", "costs"})


_HINT_CELL = re.compile(r"(?i)\s*(?:\([^()]*\)|max(?:imum|\.)?\s.*|(?:voir|zie)\s.*|[*]|obligatoire|verplicht)\s*")


def _budget_side(cell: str) -> str | None:
    """"income" for a cell that heads a budget's income ("Produits", "Inkomsten (bron)"), "expenses" for one
    heading its costs, None for any other."""
    words = fold(re.sub(r"\(.*?\)", " ", cell)).split()
    # "Recettes prévisionnelles", "Geraamde uitgaven": the side and a word of when
    words = [word for word in words if word not in _FORESEEN]
    if len(words) != 1:
        return None
    return "income" if words[0] in _INCOME_SIDE else "expenses" if words[0] in _EXPENSES_SIDE else None


_FORESEEN = frozenset({"previsionnelles", "previsionnels", "previsionnel", "previsionnelle", "prevues", "prevus",
                       "geraamde", "verwachte", "voorziene", "geplande", "estimated", "expected", "planned"})


def from_table(harvest: Harvest, rows: Sequence[Sequence[str | None]], call: CallDefinition, *,
               heading: str = "", captions_after: bool = False) -> None:
    """Label/value rows, several pairs to a row, section headings and budget rows of one table. ``heading``:
    the document's heading over the table ("B. Le président ou représentant légal"), which may say whose its
    rows are (see ``heading_over``)."""
    cells = [[" ".join((cell or "").split()) for cell in row] for row in rows]
    if (turned := people_by_column(cells)) is not None:
        # one column per member of the board: read as the table of one row per person it stands for
        rows = cells = turned
    if (block := people_block(cells)) is not None:
        # a table of people (parsers.people_table); the rows above and below it are read as they stand
        if block[0]:
            from_table(harvest, rows[:block[0]], call)
        end = read_people(harvest, cells, block, call)
        if end < len(rows):
            from_table(harvest, rows[end:], call)
        return
    budget_like = False
    income = False  # the rows are a budget's income: where the money comes from, no line of what it costs
    section: str | None = None
    persons = PersonsRows()  # the "Telefoon" row under "Voorzitter – Naam | Jan Peeters" is the chair's
    # "B. Le président ou représentant légal": the "Téléphone" rows under it are the chair's
    heading = heading if heads_rows(heading) else ""

    def relabel(label: str) -> str:
        nonlocal heading
        if whose(label) == "contact_name":
            heading = ""  # "Contactpersoon: Fien Soenen" under "Secretaris - Feestcomité Lo": the contact's rows now
        return persons.label(under_heading(label, heading) if heading else label)

    label_above = False  # the row above is a label alone ("Functie:"): this one-cell row is its answer, no heading
    rows_read = _labels_after_values(_labels_inside(_distinct_cells(_labels_over_values(rows))), captions_after)
    first_candidate = len(harvest.candidates)
    read_rows = _label_above_value(rows_read)
    for number, distinct in enumerate(read_rows):
        if not distinct:
            continue
        answer, label_above = label_above, len(distinct) == 1 and (
            distinct[0].rstrip().endswith(":") or match_label(distinct[0]) is not None or is_other_label(distinct[0]))
        if (side := _budget_side(distinct[0])) is not None:
            income = side == "income"  # "Produits | Montant en euros", "Uitgaven": the side the rows below are on
        if len(distinct) == 1:
            inline = _inline_pairs(distinct[0])
            for label, values in inline:
                _add(harvest, relabel(label), values, section, call)
            if inline:
                continue
            if len(distinct[0].split()) <= 5:
                section = section_of(distinct[0])  # a heading row; another heading ends the section
                persons.end()
            heads = heads_rows(distinct[0])
            # (nor does another box's label left unanswered, "Ondernemingsnummer", a label of no field of ours)
            if heading_length(distinct[0]) and not answer \
                    and (heads or (match_label(distinct[0]) is None and not is_other_label(distinct[0]))):
                # a heading says whose the rows under it are, however long ("C. Le responsable du projet
                # (interlocuteur de la Fondation)"); another heading ends that, a box's label left unanswered
                # ("Adresse de correspondance (si différente)") does not
                heading = distinct[0] if heads else ""
            continue
        if _is_header_row(distinct):
            budget_like = True
            continue
        if len(distinct) == 2 and (inline := _inline_pairs(distinct[1])) and (
                ("\n" in distinct[1] and sum(match_label(label) is not None for label, _ in inline) >= 2)
                or (_NUMBERED_HEADING.match(distinct[0]) and match_label(inline[0][0]) is not None
                    # "2. Quel est le nom de votre projet ?" / "Place du village : on s'y retrouve !": the
                    # question asks another field than the words before the colon; that colon is the answer's
                    and (match_label(distinct[0]) or (None,))[0] in (None, (match_label(inline[0][0]) or ("",))[0]))):
            # "1. Aanvrager | Naam van de vereniging: Dorpsraad Proven / Contactpersoon: ... / Adres: ...": a
            # section's name beside its labelled lines, the whole form one layout table; a numbered question
            # answered by one labelled line ("1. Aanvrager" / "Naam vereniging / buurtcomité: Buurtcomité X")
            section = section_of(distinct[0])
            persons.end()
            for label, values in inline:
                _add(harvest, relabel(label), values, section, call)
            continue
        if len(distinct) == 3 and (match_label(distinct[0]) or ("",))[0] == (match_label(distinct[1]) or (None,))[0] \
                and match_label(distinct[2]) is None:
            # "Nom de l'idée de projet | Naam van het projectidee | 't Hof ...": a label in two languages, a cell
            # each ("Project | Titel | ..." over rows without a first cell is a section's name, below)
            distinct = [distinct[0], distinct[2]]
        if len(distinct) == 3 and section_of(distinct[0]) is not None and match_label(distinct[1]) is not None \
                and match_label(distinct[2]) is None and number + 1 < len(read_rows) \
                and len(read_rows[number + 1]) == 2:
            # "Project | Titel | Telewerkplek ...": the section's name in a cell merged down its rows (the next
            # row has none), then the row's label and its answer; not "Nom | Naam | DEWAELE", a label in two
            # languages
            section = section_of(distinct[0])
            persons.end()
            distinct = distinct[1:]
        if len(distinct) == 2 and (over := _labels_over_lines(distinct[1])):
            # "1. Coordonnées | Q1 – Organisme / Association Vélo pour tous / Q2 – ...": a section's name beside
            # its labels, each over its answer, in one cell
            section = section_of(distinct[0])
            persons.end()
            for label, value in over:
                if label_alone(label) is not None:  # (another box's, "Q11 – Nombre d'habitants": no cost line)
                    _add(harvest, relabel(label), [value], section, call)
            continue
        pairs = _pairs(distinct)
        if pairs is not None:
            owner = ""  # "Voorzitter | Hilde Beun | Gsm | 0478 ...": a bare role's row, its phone the chair's too
            for label, values in pairs:
                # "Voorzitter – Naam | Jan | Telefoon | 0477 ...": the phone on the chair's row is the chair's
                owner = label if role_label(label) is not None else owner
                _add(harvest, relabel(of_person(label, owner) if owner and label != owner else label), values,
                     section, call)
            continue
        if len(distinct) == 4 and parse_amount(distinct[1]) is not None \
                and parse_amount(distinct[3]) is not None and re.search(r"[^\W\d_]{3}", distinct[2]):
            # "Bacs potager | 1120 | Subvention PARTONS 2.0 demandée | 5500": expenses and income side by side;
            # the income side gives the request or the own share by its label, or as the line named after the
            # call ("Appel à projets Partons 2.0 (Interreg) | 7 450,50": the request, to check), and no line of
            # what it costs
            if not _add(harvest, distinct[2], distinct[3:], section, call) \
                    and names_the_call_as_funder(distinct[2], call):
                add_value(harvest, "requested_amount", distinct[3], TABLE, FUNDER_LINE, call)
            distinct = distinct[:2]
        label, values = relabel(distinct[0]), distinct[1:]
        if len(values) > 1:
            # "Montant demandé | max. 10 000 € | 3800", "Nom de la structure | (obligatoire) | ...": the form's
            # hint in a cell of its own between the label and the answer
            values = [value for value in values if not _HINT_CELL.fullmatch(value)] or values
        field_name = name_for_label(label, harvest)
        if budget_like and len(values) > 1 and field_name in (*AMOUNT_FIELDS, OWN_SHARE):
            # "Totaal | 6.500 | 1.365 | 7.865" under "Excl. btw | Btw | Incl. btw", "Gevraagd | 7.000 | 87,5%":
            # the row's last amount (what it costs all in), not a share in per cent
            amounts = [value for value in values if parse_amount(value) is not None and not value.endswith("%")]
            values = amounts[-1:] or values
        amount = parse_amount(values[-1])
        # "Interreg Partons 2.0 (montant sollicité) | sollicité | 7 419,58 € | 70 %": the row's last amount that is
        # no share in per cent
        money = [value for value in values if parse_amount(value) is not None and not value.rstrip().endswith("%")]
        if field_name is None and money and income and names_the_call_as_funder(label, call):
            # "Fonds européens (Interreg Partons 2.0) | 10 000" among the income: this call's grant, the request,
            # to check (no label asks it)
            add_value(harvest, "requested_amount", money[-1], TABLE, FUNDER_LINE, call)
            continue
        if field_name and not (budget_like and field_name not in AMOUNT_FIELDS and amount is not None):
            if section in ("organisation", "project_title", REPRESENTATIVE) and is_bare_name(label):
                field_name = section
            add_value(harvest, field_name, "\n".join(values), TABLE,
                      label_sureness(label, field_name, CONFIDENCE[TABLE]), call)
            continue
        if amount is not None and (budget_like or len(values) == 1) and not income:
            description = " - ".join(distinct[:-1])
            harvest.add_budget_line(" ".join(description.split()), amount, TABLE, CONFIDENCE[TABLE])
    _captions_after_to_check(harvest, first_candidate, rows_read)



# the heading of a person's column in a table of people side by side ("Contactpersoon | Tweede contactpersoon
# (secretaris)", "Porteur du projet | Second contact (trésorier)"); brackets say the role and are left out
_PERSON_HEADING = frozenset({"contactpersoon", "contact", "persoon", "personne", "porteur", "referent", "referente",
                             "responsable", "aanvrager", "demandeur", "applicant", "aanspreekpunt", "aanspreekpersoon",
                             "interlocuteur", "interlocutrice"})
# the words that say a column is another person's than the contact's
_OTHER_PERSON = frozenset({"tweede", "derde", "andere", "second", "seconde", "deuxieme", "troisieme", "autre", "other",
                           "additional", "2e", "2de", "2nd", "3e", "3de", "3rd", "secondaire", "bijkomende"})
TAB = "\t"  # the readers join a row's cells with tabs into the text's line
_ROLE_ALONE = re.compile(rf"(?i){ROLE}")
# the board's members other than the one who usually signs: their boxes are their own ("Naam penningmeester")
_OTHER_ROLE = re.compile(r"penningmeester|secretaris|tresori(?:er|ere)|secretaire|treasurer|secretary")


def _person_heading(cell: str) -> str | None:
    """"main" for the contact's column heading ("Contactpersoon", "Porteur du projet"), "other" for another
    person's ("Tweede contactpersoon", "Second contact", "Penningmeester"), None for any other cell."""
    words = fold(re.sub(r"\(.*?\)", " ", cell)).split()
    if not words or len(words) > 5:
        return None
    if set(words) & _PERSON_HEADING:  # "Second contact", "Contact secondaire", "Bijkomende contactpersoon"
        return "other" if set(words) & _OTHER_PERSON else "main"
    return "other" if _ROLE_ALONE.fullmatch(" ".join(words)) else None  # "Penningmeester", "Trésorier"


def _main_person_column(row: Sequence[str]) -> int | None:
    """The contact's column of a table of people side by side: a row of person headings over an empty label
    cell, the contact's heading among them once and another person's beside it."""
    if len(row) < 3 or row[0].strip() or not all(cell.strip() for cell in row[1:]):
        return None
    kinds = [_person_heading(cell) for cell in row[1:]]
    if None in kinds or kinds.count("main") != 1:
        return None
    return kinds.index("main") + 1


def one_person(rows: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """A table of the contact and a second person side by side (the treasurer, the secretary, each with a
    phone and an e-mail) as the contact's rows only: a label and the contact's cell. The second person is
    not the contact, and the contact's box left empty is not the second person's; the heading row goes."""
    kept = [tuple(row) for row in rows]
    for index, row in enumerate(kept):
        main = _main_person_column(row)
        if main is None:
            continue
        width = len(row)
        below = index + 1
        # the people's rows, as wide as their heading (LibreOffice leaves out a row's empty cells at its end)
        while below < len(kept) and 2 <= len(kept[below]) <= width:
            cells = kept[below]
            kept[below] = (cells[0], cells[main] if main < len(cells) else "")
            below += 1
        kept[index] = ()
    return kept


# the labels of a person's own boxes: a second person's are not the contact's
_PERSON_LABELS = frozenset({"contact_name", SURNAME_FIRST, FIRST_NAME, REPRESENTATIVE, "phone", "email"})
_NAME_LABELS = frozenset({"contact_name", SURNAME_FIRST, REPRESENTATIVE})


def _heading_row(row: Sequence[str]) -> str | None:
    """The text of a row that heads a section ("Tweede contactpersoon (penningmeester)" across the table):
    one cell's text, merged cells repeating it, that is not a label left unanswered ("E-mail")."""
    cells = {cell.strip() for cell in row if cell.strip()}
    if len(cells) != 1:
        return None
    cell = cells.pop()
    return cell if match_label(cell) is None or section_of(cell) is not None else None


def _second(label: str) -> bool:
    """A label or heading that names a second person ("Tweede contactpersoon", "E-mail second contact"); not
    "Autre téléphone", the contact's other number."""
    words = set(fold(re.sub(r"\(.*?\)", " ", label)).split())
    return bool(words & _OTHER_PERSON and words & _PERSON_HEADING)


def _others(label: str, contact_given: bool) -> bool:
    """A heading or a person's box that says it is another person's than the contact: a second one ("Tweede
    contactpersoon", "E-mail second contact"), or, once the contact was given, a board member who does not
    usually write ("Penningmeester", "Telefoon secretaris")."""
    if _second(label):
        return True
    words = fold(re.sub(r"\(.*?\)", " ", label)).split()
    return contact_given and (_person_heading(label) == "other" or any(_OTHER_ROLE.fullmatch(word) for word in words))


def one_contact_section(rows: Sequence[Sequence[str]], contact_given: bool, *,
                        heading: str = "") -> tuple[list[tuple[str, ...]], bool]:
    """A table's rows without a second person's boxes once the contact was given above them (``contact_given``,
    also returned for the next table): those in a section headed as another person's ("Tweede contactpersoon
    (penningmeester)" / "Naam" / "Telefoon"), and those labelled so ("Telefoon penningmeester"). The contact is
    the form's first person, and the contact's box left empty is not the second person's. A label over its
    answer (a one-column table) is one box. ``heading``: the line right above the table, which may head it."""
    kept = [tuple(row) for row in rows]
    other = _heading_row((heading,)) is not None and _person_heading(heading) is not None \
        and _others(heading, contact_given)
    one_column = all(len({cell.strip() for cell in row if cell.strip()}) <= 1 for row in kept)
    index = 0
    while index < len(kept):
        row = kept[index]
        filled = [cell for cell in row if cell.strip()]
        field = (match_label(row[0]) or ("", None))[0] if row and row[0].strip() else ""
        following = [cell for cell in kept[index + 1] if cell.strip()] if index + 1 < len(kept) else []
        # a label over its answer, of our fields or another ("Functie" / "Bestuurslid": a role, not a heading)
        answer_below = len(filled) == 1 and (field != "" or is_other_label(filled[0])) and len(following) == 1 \
            and match_label(following[0]) is None
        section = None if answer_below else _heading_row(row)
        if section is not None:
            # in a one-column table a role alone may be the answer to a label we do not know ("Functie in de
            # vereniging" / "Penningmeester"): only a heading that names a second person is one there
            other = _person_heading(section) is not None and (
                _second(section) if one_column else _others(section, contact_given))
            named_below = other and len(following) == 1 and _heading_row(kept[index + 1]) is not None
            if named_below:  # "Tweede contactpersoon (secretaris)" over "Stijn Pattyn": the person's name
                kept[index + 1] = ()
            index += 2 if named_below else 1
            continue
        width = 2 if answer_below else 1
        answered = answer_below or any(cell.strip() for cell in row[1:])
        if field in _PERSON_LABELS and (other or _others(row[0], contact_given)):
            kept[index:index + width] = [()] * width
        elif field in _NAME_LABELS and answered:
            contact_given = True
        index += width
    return kept, contact_given


_LABELLED_LINE = re.compile(r"(?m)^[ \t]*(?P<label>[^:\t\n]{2,60}?)[ \t]*[:\t][ \t]*\S")


def _gives_contact(text: str, issuer: frozenset[str] = frozenset()) -> bool:
    """The lines give the contact's name after its label ("Contactpersoon: Hendrik Vanhove"); not the call's
    own case officer in the box kept for the administration ("Dossierbeheerder: Jonas Polin – jonas.polin@..."),
    a line with one of the ``issuer``'s addresses."""
    return any((match_label(found.group("label")) or ("", None))[0] in _NAME_LABELS
               and not any(address in line.lower() for address in issuer)
               for line in text.split("\n") if (found := _LABELLED_LINE.match(line)) is not None)


def _line_of(row: Sequence[str]) -> re.Pattern[str]:
    """The text's line a table's row is (its cells joined with tabs)."""
    return re.compile(rf"(?m)^{re.escape(TAB.join(row))}$")


def without_other_persons(tables: Sequence[Sequence[Sequence[str | None]]], text: str, *,
                          issuer: frozenset[str] = frozenset()) -> tuple[list[list[tuple[str, ...]]], str]:
    """The tables, and the text their rows are lines of, with the contact's boxes only where a second person
    stands beside the contact (``one_person``) or in a section under the contact's (``one_contact_section``).
    ``issuer``: the call's own e-mail addresses, whose lines name no contact of the applicant's."""
    changed: list[list[tuple[str, ...]]] = []
    contact_given = False
    cursor = 0  # the rows are lines of the text in the same order: a row is looked for after the one before
    for table in tables:
        rows = [tuple(cell or "" for cell in row) for row in table]
        first = next((_line_of(row) for row in rows if "".join(row).strip()), None)
        start = first.search(text, cursor) if first is not None else None
        above = text[:start.start()].rstrip("\n").rsplit("\n", 1)[-1].strip() if start is not None else ""
        contact_given = contact_given or (start is not None and _gives_contact(text[cursor:start.start()], issuer))
        if (turned := people_by_column([list(row) for row in rows])) is not None:
            # a board with one column per person: its rows are no labelled lines ("Naam | Vanrobaeys | Schoonaert"
            # is three people's names, not one name), read as the table of one row per person only
            for row in rows:
                found = _line_of(row).search(text, cursor) if "".join(row).strip() else None
                if found is not None:
                    text, cursor = text[:found.start()] + text[found.end():], found.start()
            changed.append([tuple(row) for row in turned])
            continue
        kept, contact_given = one_contact_section(one_person(rows), contact_given, heading=above)
        for before, after in zip(rows, kept, strict=True):
            if not "".join(before).strip():
                continue
            line = _line_of(before)
            # a nested table's rows come before its table's: looked for from the start again
            found = line.search(text, cursor) or (line.search(text) if before != after else None)
            if found is None:
                continue  # a row drawn with tabs, its empty cells left out
            replacement = TAB.join(after)
            text = text[:found.start()] + replacement + text[found.end():]
            cursor = found.start() + len(replacement)
        changed.append(kept)
    return changed, text


# a street a French writer puts after its number: "12 rue de la Gare"
_FRENCH_STREET = re.compile(rf"(?i)^(?:{FRENCH_STREET_KIND}|av|bd)\b")


def join_parts(harvest: Harvest) -> None:
    """Put back fields a form asked in parts: "Voornaam" before a one-word "Naam", "Nr" and "Bus" after a
    street written without its number; a name written surname first in capitals ("DUPONT Marie") as a
    name is said. The parts themselves are not fields and are dropped."""
    parts = {name: [c for c in harvest.candidates if c.name == name] for name in (FIRST_NAME, HOUSE_NUMBER,
                                                                                  BOX_NUMBER)}
    harvest.candidates = [c for c in harvest.candidates if c.name not in parts]
    first = _best(parts[FIRST_NAME])
    number = _best(parts[HOUSE_NUMBER])
    box = _best(parts[BOX_NUMBER])
    surnames = [c for c in harvest.candidates if c.name in ("contact_name", SURNAME_FIRST)
                and isinstance(c.value, str) and " " not in c.value.strip()]
    if first is not None and isinstance(first.value, str) and len(first.value.split()) >= 2 \
            and looks_like_person(first.value) and not surnames \
            and is_given_name(first.value.split()[0]) and not is_given_name(first.value.split()[-1]):
        # "Voornaam contactpersoon: Griet Deleu": the whole name under a label that asks only part of it is
        # the contact's name (a chair named under their own label stays the chair; "Jan Peter" with a "Naam"
        # of one word, or "Marie Claire" alone, is a given name of two)
        harvest.candidates.append(FieldValue("contact_name", first.value, first.source, first.confidence))
        first = None
    for index, candidate in enumerate(harvest.candidates):
        value = candidate.value
        if not isinstance(value, str):
            continue
        if candidate.name in ("contact_name", SURNAME_FIRST) and first is not None and " " not in value.strip() \
                and fold(value) != fold(str(first.value)):
            surname = value.strip().title() if value.isupper() else value.strip()
            harvest.candidates[index] = FieldValue("contact_name", f"{first.value} {surname}", candidate.source,
                                                   min(candidate.confidence, first.confidence))
        elif candidate.name in ("contact_name", SURNAME_FIRST):
            name, sure = _name_order(value, surname_first=candidate.name == SURNAME_FIRST)
            harvest.candidates[index] = FieldValue("contact_name", name, candidate.source,
                                                   candidate.confidence if sure else min(candidate.confidence, 0.75))
        elif candidate.name == "address" and number is not None and not re.search(r"\d", value):
            street = value.strip(" ,")
            joined = f"{number.value} {street}" if _FRENCH_STREET.match(street) else f"{street} {number.value}"
            if box is not None:
                joined += f" bte {box.value}" if _FRENCH_STREET.match(street) else f" bus {box.value}"
            harvest.candidates[index] = FieldValue("address", joined, candidate.source,
                                                   min(candidate.confidence, number.confidence))


# where a person signs: "Handtekening: 22/05/2019 Frederik Peeters", "Fait à ..., le ...: Thierry Caron"
_SIGNING = re.compile(r"(?i)\b(?:handtekening|getekend|ondertekend|signature|sign[ée]e?|signed|fait [àa]|"
                      r"gedaan te|opgemaakt te)\b")


_SIGNING_ALONE = re.compile(r"(?i)(?:handtekening|signature|signed|getekend)\s*:?")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", fold(text))


_CAPITALS_WORD = re.compile(r"\b[A-ZÀ-Ý]{2,}\b")


def _signed_words(line: str) -> list[str] | None:
    """A signature line's words, or None when it writes a surname in capitals (it says nothing of the order)."""
    return None if _CAPITALS_WORD.search(line) else _words(line)


def signed_order(harvest: Harvest, text: str) -> None:
    """A contact written surname first in a box ("Contactpersoon: Peeters Jan") whom the same document
    signs given name first ("Handtekening: ... Jan Peeters", or the line under "Met vriendelijke groeten"):
    the name is written as its owner signs it. Without such a signature the order is left as written; a
    signature with the surname in capitals ("DEGRAVE Anne-Sophie") marks the surname, not the order people
    say it in."""
    lines = text.split("\n")
    signed: list[list[str] | None] = []
    for index, line in enumerate(lines):
        if _SIGNING.search(line):
            signed.append(_signed_words(line))
            if _SIGNING_ALONE.fullmatch(line.strip()):
                # "Signature:" / a scribble / "Philippe Vermersch": the name is typed under the signature
                signed.extend(_signed_words(after) for after in lines[index + 1:index + 4])
        elif CLOSINGS.match(line):
            # the signature is the name under the closing; a "Contactpersoon: VANDAMME Wim" line among the
            # details under it is the box itself, written surname first, no signature
            signed.extend(_signed_words(after) for after in lines[index + 1:index + 4] if label_at_start(after) is None)
    said = [words for words in signed if words is not None]
    if not said:
        return
    for index, candidate in enumerate(harvest.candidates):
        value = candidate.value
        if candidate.name != "contact_name" or candidate.source == BODY or not isinstance(value, str):
            continue
        turned = given_name_first(value)
        if turned is None or value.isupper():
            continue
        folded, folded_turned = _words(value), _words(turned)
        if any(_contains(line, folded_turned) and not _contains(line, folded) for line in said):
            harvest.candidates[index] = FieldValue("contact_name", turned, candidate.source, candidate.confidence)


def _contains(words: list[str], part: list[str]) -> bool:
    return bool(part) and any(words[start:start + len(part)] == part for start in range(len(words) - len(part) + 1))


# "Mme Céline Vanhove", "Dhr. Marnix Vanhee": the courtesy title is not part of the name
_COURTESY = re.compile(r"^(?:mevr(?:ouw)?|dhr|de heer|mw|mej(?:uffrouw)?|mme|mlle|madame|mademoiselle|monsieur|"
                       r"m|mr|mrs|ms|miss|dr)\.?\s+(?=[A-ZÀ-Ý])", re.IGNORECASE)


def _name_order(value: str, *, surname_first: bool) -> tuple[str, bool]:
    """A person's name given name first, and whether that order is sure. The surname is the word in
    capitals ("DUPONT Marie", "Jan PEETERS"). Under a "Naam en voornaam" label without capitals nothing
    tells: people write "Stijn Tanghe" there as often as "Tanghe Stijn" (and e-mail addresses go both
    ways too), so the name is kept as written, to check."""
    value = _COURTESY.sub("", value.strip())
    words = value.split()
    capitals = [word for word in words if len(word) > 1 and word.isupper()]
    if capitals and len(capitals) < len(words):
        given = [word for word in words if word not in capitals]
        return " ".join([*given, *(word.title() for word in capitals)]), True
    if capitals:
        value = value.title()
    # without capitals, a known given name at one end says the order ("Coene Jolien", "Dries Blondeel")
    written_last = given_name_last(value)
    if written_last is not None:
        return (given_name_first(value) or value) if written_last else value, True
    return value, not surname_first or len(words) < 2


def _best(candidates: list[FieldValue]) -> FieldValue | None:
    return max(candidates, key=lambda c: c.confidence) if candidates else None
