"""A form's table of people, one row each ("Fonction | Nom | Téléphone | Courriel": the chair, the secretary, the
treasurer, the contact): whose row is the contact's is said by its role, a cross in a "Contact ?" column, a row
under it pointing to one ("idem voorzitter"), or a label elsewhere naming one of them (fields.Harvest.people)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from config.call import CallDefinition
from parsers.fields import CONFIDENCE, Harvest, add_value, name_for_label
from parsers.labels import (
    FIRST_NAME,
    FULL_ADDRESS,
    POSTCODE_AND_MUNICIPALITY,
    REPRESENTATIVE,
    SURNAME_FIRST,
    match_label,
    names_a_second_person,
)
from parsers.model import TABLE
from parsers.places import fold
from parsers.prose import is_role

# the column of a table of people that says each one's role ("Fonction | Nom | Téléphone | Courriel")
_ROLE_COLUMN = frozenset({"fonction", "functie", "rol", "role", "qualite", "hoedanigheid", "mandaat", "mandat",
                          "functie in de vereniging", "fonction dans l association", "taak"})
# the column where a cross says which row is the contact's ("Contact ?", "Contactpersoon")
_MARK_COLUMN = re.compile(r"(?:contact(?:persoon| person| personne)?|personne de contact|personne a contacter|"
                          r"aanspreekpunt)(?:\s+(?:dossier|voor dit dossier|pour ce dossier|du dossier|project|"
                          r"projet))?\s*\??")
_MARKS = frozenset({"x", "v", "✓", "✔", "☒", "☑", "oui", "ja", "yes"})
# a name marked as the contact's in brackets, as a form asks ("indiquez (contact) à côté de la personne à joindre")
_MARKED_CONTACT = re.compile(r"(?i)\s*\((?:contact(?:persoon| person)?|personne (?:de |à )contact(?:er)?|"
                             r"r[ée]f[ée]rente?|aanspreekpunt)\)")
# a role that says the person is the contact ("Référent projet", "Contactpersoon project", "Aanspreekpunt")
_CONTACT_ROLE = re.compile(r"(?i)contact|aanspreek|r[ée]f[ée]rent")


def _people_columns(header: Sequence[str]) -> dict[str, int] | None:
    """Which column of a table of people holds the role, the name, the phone and the e-mail, read from its
    header row; None when the row is no such header (a role column, a name column and a phone or e-mail)."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        folded = fold(re.sub(r"\(.*?\)|[:*]", " ", cell)).strip()
        field = (match_label(cell) or ("",))[0]
        if folded in _ROLE_COLUMN:
            columns.setdefault("role", index)
        elif _MARK_COLUMN.fullmatch(folded) and "name" in columns:
            columns.setdefault("mark", index)  # "Contact ?": a cross on the contact's row
        elif field in ("contact_name", SURNAME_FIRST, REPRESENTATIVE) or folded in ("nom", "naam", "name"):
            columns.setdefault("name", index)
        elif field in ("phone", "email"):
            columns.setdefault(field, index)
    return columns if {"role", "name"} <= columns.keys() and ({"phone", "email"} & columns.keys()) else None


def _a_person_row(row: Sequence[str], columns: dict[str, int]) -> bool:
    """A row of a table of people: a name, and a phone or an e-mail in their columns."""
    def cell(key: str) -> str:
        return row[columns[key]] if key in columns and columns[key] < len(row) else ""
    return bool(cell("name").strip()) and bool(re.search(r"\d{2}|@", cell("phone") + cell("email")))


# "idem voorzitter", "zelfde als de voorzitter", "voir président", "= président": the row of that role
_SAME_AS = re.compile(r"(?i)\s*(?:idem|zelfde(?:\s+als)?|zie|cf\.?|voir|même\s+que|=)\s+"
                      r"(?:de\s+|het\s+|le\s+|la\s+|l['’])?(?P<role>[^\W\d]+(?:\s+[^\W\d]+)?)\s*")


def _same_as_row(row: Sequence[str], people: Sequence[Sequence[str]], columns: dict[str, int]) -> Sequence[str] | None:
    """The row of a table of people that the contact's row under it points to ("Contactpersoon | idem
    voorzitter"); None for any other row."""
    filled = [cell for cell in row if cell.strip()]
    if len(filled) != 2 or not _CONTACT_ROLE.search(filled[0]) or (same := _SAME_AS.fullmatch(filled[1])) is None:
        return None
    role = fold(same.group("role"))
    return next((person for person in people if columns["role"] < len(person)
                 and fold(person[columns["role"]]).startswith(role[:6])), None)


def people_block(cells: list[list[str]]) -> tuple[int, int, dict[str, int]] | None:
    """Where a table of people stands among a table's rows (a sheet holds the whole form): its header's index,
    the index after its last person, and its columns; None when there is none (two people at least)."""
    for start, row in enumerate(cells):
        columns = _people_columns(row)
        # a header whose first cell is left empty over the roles ("| Nom Prénom | Téléphone | Courriel" over
        # "Président(e) | ..."): its rows say it is the roles' column, each with a role
        unnamed = columns is None and bool(row) and not row[0].strip()
        if unnamed:
            columns = _people_columns(["Fonction", *row[1:]])
        if columns is None:
            continue
        end = start + 1
        while end < len(cells) and _a_person_row(cells[end], columns) and (
                not unnamed or is_role(re.sub(r"\(.*?\)", "", cells[end][0]))):
            end += 1
        if end - start > 2:
            return start, end, columns
    return None


def _from_people(harvest: Harvest, rows: list[list[str]], columns: dict[str, int], call: CallDefinition) -> None:
    """A table of the board's members, one row each: a row whose role is the contact's gives the contact;
    the chair's is who signs (standing in for a contact named nowhere), the others' are other persons'. Each
    row is kept (Harvest.people): a label elsewhere may name one of them as the contact."""
    header = rows[0]

    cells = [{key: row[index] if index < len(row) else "" for key, index in columns.items()} for row in rows[1:]]

    def crossed(cell: dict[str, str]) -> bool:
        return fold(cell.get("mark", "")).strip(" .") in _MARKS

    # a cross on one row says who; crosses on several say nothing (a column misread, or a form filled wrongly)
    one_crossed = sum(crossed(cell) for cell in cells if cell["name"].strip()) == 1

    def the_contact(cell: dict[str, str]) -> bool:
        # "Référent projet", the row crossed in the "Contact ?" column, or "Lootvoet Thomas (contact)"; not the
        # "Tweede contactpersoon", "Second contact" row
        if names_a_second_person(cell["role"]):
            return False
        if one_crossed:
            # the cross says who, whatever the roles: "Voorzitter ... X" over a "Projectverantwoordelijke" row
            return crossed(cell)
        return bool(_CONTACT_ROLE.search(cell["role"])) or cell.get("said", "") == "contact"

    for cell in cells:
        if (marked := _MARKED_CONTACT.search(cell["name"])) is not None:
            cell["name"] = (cell["name"][:marked.start()] + cell["name"][marked.end():]).strip()
            cell["said"] = "contact"
    # a table that says which row is the contact's has said it: a name elsewhere (who signs) takes no row's details
    said = any(the_contact(cell) for cell in cells if cell["name"].strip())
    contacts = {fold(cell["name"]).strip() for cell in cells if cell["name"].strip() and the_contact(cell)}
    for cell in cells:
        if not cell["name"].strip():
            continue
        if not the_contact(cell) and fold(cell["name"]).strip() in contacts:
            continue  # the secretary is the contact too ("contactpersoon | Koen Cardoen" under his own column)
        role = " ".join(cell["role"].split()) or "Ander lid"
        if the_contact(cell):
            role = "Contactpersoon"
        for key in ("name", "phone", "email"):
            # "Secrétaire – Courriel" is another person's e-mail, "Président – Nom" who signs (name_for_label)
            asked = name_for_label(f"{role} – {header[columns[key]]}", harvest) if key in columns else None
            if asked is not None and cell[key].strip():
                add_value(harvest, asked, cell[key], TABLE, CONFIDENCE[TABLE], call)
        if not said:
            harvest.people.append((cell["name"], cell.get("phone", ""), cell.get("email", "")))


def read_people(harvest: Harvest, cells: list[list[str]], block: tuple[int, int, dict[str, int]],
                call: CallDefinition) -> int:
    """The table of people ``block`` found, and a contact's row under it that points to one of them
    ("Contactpersoon | idem voorzitter": said so by the form, the chair's details are the contact's); the index
    of the first row after what was read."""
    start, end, columns = block
    _from_people(harvest, cells[start:end], columns, call)
    if end < len(cells) and (same := _same_as_row(cells[end], cells[start + 1:end], columns)) is not None:
        for key, asked in (("name", "contact_name"), ("phone", "phone"), ("email", "email")):
            if key in columns and (value := same[columns[key]] if columns[key] < len(same) else ""):
                add_value(harvest, asked, value, TABLE, CONFIDENCE[TABLE] - 0.05, call)
        end += 1
    return end


def _role_cell(cell: str) -> bool:
    """A table's header cell that names a member of the board or the contact ("président(e)", "Penningmeester",
    "Contactpersoon", "Personne à contacter")."""
    plain = re.sub(r"\(.*?\)", "", cell).strip(" :")
    return bool(plain) and (is_role(plain) or _PROJECT_ROLE.fullmatch(plain) is not None or (
        (match_label(plain) or ("",))[0] == "contact_name" and len(plain.split()) <= 3))


# who leads the project, beside the board: "Chef de projet", "Cheffe de projet", "Projectleider"
_PROJECT_ROLE = re.compile(r"(?i)chef(?:fe)?\s+de\s+projet|project\s*leid(?:er|ster)|project\s*leader")


def _detail(label: str) -> str | None:
    """What a row of a table of people by column gives: "name", "first", "phone" or "email"; None for another."""
    field = (match_label(label) or ("",))[0]
    if field == FIRST_NAME:
        return "first"
    if field in ("contact_name", SURNAME_FIRST, REPRESENTATIVE):
        return "name"
    return field if field in ("phone", "email") else None


# a row that answers "is this the contact?" for each person: one yes (``_MARKS``), the others no or blank
_NO = frozenset({"nee", "neen", "non", "no", "n", "-", "/", "–"})
_WHERE_THEY_LIVE = frozenset({"address", "postcode", "municipality", POSTCODE_AND_MUNICIPALITY, FULL_ADDRESS})
BOARD = 3  # columns of people at least: a contact and a second person side by side are read by form_rows.one_person


def people_by_column(cells: list[list[str]]) -> list[list[str]] | None:
    """A table of the board with one column per person ("| président(e) | secrétaire | trésorier(ère)" over
    "Nom | ...", "Prénom | ...", "Tél. | ...", "Personne à contacter (cocher) | | X |") turned into the table
    of one row per person that ``people_block`` reads: the surname and first name rows make one name, a row
    with a single cross says whose column is the contact's. None when ``cells`` holds no such table."""
    for start, header in enumerate(cells):
        roles = [index for index, cell in enumerate(header) if index and _role_cell(cell)]
        if len(roles) < BOARD or any(cell.strip() and index not in roles for index, cell in enumerate(header) if index):
            continue
        details: dict[str, int] = {}
        mark: int | None = None
        end = start + 1
        while end < len(cells) and cells[end] and cells[end][0].strip():
            row = cells[end]
            values = [row[index].strip() if index < len(row) else "" for index in roles]
            crosses = [fold(value).strip(" .") in _MARKS for value in values]
            if sum(crosses) == 1 and all(crossed or not value or fold(value).strip(" .") in _NO
                                         for crossed, value in zip(crosses, values, strict=True)):
                # "Personne à contacter (cocher) | | X |", "Contactpersoon voor dit dossier? | nee | ja | nee"
                mark = end
            elif (kind := _detail(row[0])) is not None:
                details.setdefault(kind, end)
            elif (match_label(row[0]) or ("",))[0] not in _WHERE_THEY_LIVE:
                break  # the form's next row ("Financieel plan"): the table of people ends above it
            # (each person's address and place: no detail of the contact's this table is read for)
            end += 1
        if "name" not in details or not ({"phone", "email"} & details.keys()):
            continue

        def value(row: int | None, column: int) -> str:
            return cells[row][column].strip() if row is not None and column < len(cells[row]) else ""

        turned = [["Fonction", "Nom", "Téléphone", "E-mail", "Contact ?"]]
        for column in roles:
            name = " ".join(part for part in (value(details.get("first"), column),
                                              value(details["name"], column)) if part)
            marked = fold(value(mark, column)).strip(" .") in _MARKS
            turned.append([header[column], name, value(details.get("phone"), column),
                           value(details.get("email"), column), "X" if marked else ""])
        return [*cells[:start], *turned, *cells[end:]]
    return None
