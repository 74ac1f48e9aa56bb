"""The contact a form names by a tick among the board's roles: "Wie is de contactpersoon voor dit dossier? ☐ Voorzitter
☐ Secretaris ☒ Penningmeester", then a block of boxes for each role ("Penningmeester" / "Naam: Bram Soete" /
"Telefoon: 0471/40.72.28"). Read label by label, the chair's block came first and its name won; the tick says whose
block is the contact's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.labels import label_alone, match_label
from parsers.places import fold
from parsers.prose import is_role

# the words that name the contact for the file: a question asking who it is, a check box's caption that says
# its frame's person is (``parsers.pdf``)
NAMES_CONTACT = re.compile(r"(?i)contactpersoon|personne\s+(?:de|à|a)\s+contact(?:er)?|aanspreekpunt|"
                           r"contact\s+(?:pour|voor)\s+(?:ce|dit)\s+dossier|interlocut(?:eur|rice)")
# an option and its box, ticked or not: "☒ Penningmeester", "[X] Trésorier", "☐ Voorzitter"
_OPTION = re.compile(r"(?P<box>[☐☒☑□■✔✓]|\[\s*[xX]?\s*\]|\(\s*[xX]?\s*\))\s*(?P<role>[^☐☒☑□■✔✓\[\]()\n]{3,60})")
_TICKS = re.compile(r"[☒☑■✔✓]|\[\s*[xX]\s*\]|\(\s*[xX]\s*\)")
# the option of someone not on the board: "Autre personne", "Andere persoon", "Other person"
_ANOTHER = re.compile(r"(?i)(?:une?\s+)?(?:autre|andere|other)\b")
_OPTIONS_WITHIN = 8  # lines after the question its options stand on
_BLOCK_LINES = 8  # lines of a role's block: name, address, place, phone, e-mail, and a few more


@dataclass(frozen=True)
class TickedContact:
    role: str
    details: dict[str, str]  # field ("contact_name", "phone", "email") -> the value as written


def ticked_contact(text: str) -> TickedContact | None:
    """The role ticked as the contact's and what its block of boxes gives; None when no such question is
    ticked for exactly one role, or its block names no one."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not NAMES_CONTACT.search(line):
            continue
        options = [found for near in lines[index:index + _OPTIONS_WITHIN] for found in _OPTION.finditer(near)]
        ticked = [re.sub(r"\(.*", "", found.group("role")).strip(" :.") for found in options
                  if _TICKS.fullmatch(found.group("box"))]
        if len(options) < 2 or len(ticked) != 1 or not (is_role(ticked[0]) or _ANOTHER.match(ticked[0])):
            continue
        details = _block(lines, ticked[0], index + 1)
        if details.get("contact_name"):
            return TickedContact(ticked[0], details)
    return None


def _block(lines: list[str], role: str, after: int) -> dict[str, str]:
    """The boxes under the role's heading line ("Penningmeester" alone on its line), or labelled with the role
    before a dash ("Penningmeester - Naam: Bram Soete")."""
    wanted = fold(role)
    another = _ANOTHER.match(role) is not None
    details: dict[str, str] = {}
    for index in range(after, len(lines)):
        heading = lines[index].strip(" :")
        # "☒ Autre personne (compléter le cadre « Autre personne de contact »)": that frame's heading
        if fold(heading) != wanted and not (another and _ANOTHER.match(heading) and ":" not in heading
                                            and len(heading.split()) <= 5):
            continue
        for line in lines[index + 1:index + 1 + _BLOCK_LINES]:
            label, colon, value = line.partition(":")
            if not colon:
                if line.strip() and (is_role(line.strip(" :")) or label_alone(line.strip()) is None):
                    break  # the next role's block, or the form's next part
                continue
            field = (match_label(label.strip()) or ("",))[0]
            if field in ("contact_name", "surname_first") and value.strip():
                details.setdefault("contact_name", value.strip())
            elif field in ("phone", "email") and value.strip():
                details.setdefault(field, value.strip())
        break
    return details
