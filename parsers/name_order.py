"""Whether a form's contact is written surname first, from what the rest of the application says of them.

A box labelled only "Contactpersoon" holding "Ryckewaert Lien" does not say which word is the given name;
the person's own mail does: it is signed "Lien", or comes from lryckewaert@. A whole "lien.ryckewaert@"
says nothing: people pick "surname.given" addresses about as often (the independent corpora hold many).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.fields import CLOSINGS
from parsers.places import fold


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


def signed_given_names(texts: Iterable[str]) -> set[str]:
    """The single words mails are signed with under their closing formula ("Met vriendelijke groeten, /
    Lien"): a given name, as people sign to someone they write to."""
    names: set[str] = set()
    for text in texts:
        closings = list(CLOSINGS.finditer(text))
        if not closings:
            continue
        closing = closings[-1]
        following = [line.strip(" ,.") for line in text[closing.end():].split("\n") if line.strip()]
        if following and re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", following[0]):
            names.add(_letters(following[0]))
    return names


def surname_first(name: str, *, email: str = "", signed: set[str] | None = None) -> bool:
    """True when the application says ``name`` is written surname first (its last word the given name:
    "Van den Broeck Jan"); False when it says nothing or says the name is given name first."""
    words = name.split()
    if not 2 <= len(words) <= 4 or any(len(word) > 1 and word.isupper() for word in words):
        return False  # a surname in capitals says its order itself (parsers.form_rows)
    given, surname = _letters(words[-1]), _letters("".join(words[:-1]))
    as_written_given, as_written_rest = _letters(words[0]), _letters("".join(words[1:]))
    if not given or not surname or given == as_written_given:
        return False
    if signed and given in signed and as_written_given not in signed:
        return True
    local = _letters(email.split("@", 1)[0]) if "@" in email else ""
    # lryckewaert@ for "Ryckewaert Lien"; jpeeters@ for "Jan Peeters" says it is written as said
    return bool(local) and local == given[:1] + surname and local != as_written_given[:1] + as_written_rest
