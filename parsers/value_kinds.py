"""Whether a value is of the kind its label asks: a postcode four or five digits, a phone a number, an e-mail an @.
Where a form's labels stand (over, under, before or after their answers) is told by which reading makes the
answers fit their labels best (parsers.pdf_boxes, parsers.fields)."""

from __future__ import annotations

import re

from parsers.labels import label_alone
from parsers.money import parse_amount
from parsers.phone import normalise_phone


def fits(field: str, value: str) -> int:
    """+1 where ``value`` is of the kind ``field`` asks, -1 where it is not, 0 where its kind says nothing."""
    text = value.strip()
    digits = sum(ch.isdigit() for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    if field == "postcode":
        fit = re.match(r"\d{4,5}\b", text) is not None
    elif field == "phone":
        fit = normalise_phone(text) is not None
    elif field == "email":
        fit = "@" in text
    elif field in ("requested_amount", "total_budget"):
        fit = parse_amount(text) is not None
    elif field == "address":
        fit = digits > 0 and letters > 2
    elif field in ("municipality", "contact_name", "organisation", "project_title"):
        fit = letters > 2 and digits <= 2 and "@" not in text
    else:
        return 0
    return 1 if fit else -1


# the fields whose answers have a shape of their own: a heading over a label has letters too, as a name has
TELLING = frozenset({"postcode", "phone", "email", "address", "requested_amount", "total_budget"})
CAPTIONS = 2  # answers that fit the caption under them, at least, for a text's labels to be read as captions


def captions_under(lines: list[str]) -> bool:
    """Whether a text's labels alone on their lines are captions under their answers ("Amicale laïque de
    Gravelines" / "Nom de la structure" / "2 bis rue du Château" / "Adresse postale", a paper form's line to
    write on and its caption) rather than labels over them. The lines alone cannot tell; what they hold can:
    read both ways, captions are taken where the answers fit them better (a postcode's line holding a postcode,
    an address's a number and a street: ``fits``)."""
    over = under = 0
    for index, line in enumerate(lines):
        whole = label_alone(line)
        if whole is None or line.endswith("?"):
            continue
        if whole not in TELLING:
            continue
        if index + 1 < len(lines) and label_alone(lines[index + 1]) is None:
            over += fits(whole, lines[index + 1])
        if index and label_alone(lines[index - 1]) is None:
            under += fits(whole, lines[index - 1])
    return under >= CAPTIONS and under > over
