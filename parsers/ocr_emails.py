"""An e-mail address OCR garbled past reading, put back together when its domain is still recognisable.

On a photo tesseract reads "vercoutre.herve@example.com" as "vercoutre hervedhexampie com": the dots
became spaces, the "@" two letters, the "l" an "i". No address pattern finds that. What is left to
recognise is the end: a common provider's name (or the reserved ``example`` domains) one letter off, then
its top-level domain. Before it stands the local part and the misread "@": the local part is taken as
the letters before the slip, the slip being a space, one or two characters, or none; where several splits
are possible, the one whose last piece is a word of the page (the person's name, read elsewhere) wins,
otherwise the one-character slip. The result is a guess: its confidence stays under the review threshold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from parsers.ocr_places import one_left_out, one_letter_off
from parsers.places import fold

# providers whose addresses applicants write on paper, and the reserved example domains; each with the
# top-level domains it is met with
DOMAINS: dict[str, tuple[str, ...]] = {
    "example": ("org", "com", "net", "be", "fr"),
    "gmail": ("com",), "hotmail": ("com", "fr", "be"), "outlook": ("com", "fr", "be"), "live": ("be", "fr", "com"),
    "yahoo": ("fr", "com"), "orange": ("fr",), "wanadoo": ("fr",), "free": ("fr",), "laposte": ("net",),
    "sfr": ("fr",), "skynet": ("be",), "telenet": ("be",), "proximus": ("be",), "icloud": ("com",),
}
REPAIRED = 0.5  # confidence of an address put back together: the coordinator checks it

# the top-level domain at the end of a run of address-like characters, after a space or a dot
_TAIL = re.compile(r"(?<![\w@])((?:[a-z0-9._-]+ ){0,2}[a-z0-9._&©®é-]+?)[ .,]{1,2}(" +
                   "|".join(sorted({tld for tlds in DOMAINS.values() for tld in tlds})) + r")\b(?![.@-]?\w)")
_LOCAL = re.compile(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?")
_LABEL_WORDS = ("mail", "courriel", "adres", "adresse", "tel", "gsm")


def _one_edit(first: str, second: str) -> bool:
    """The two strings differ by at most one letter changed, left out or added."""
    if first == second:
        return True
    if abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    shorter, longer = sorted((first, second), key=len)
    return one_left_out(shorter, longer)


def _candidates(before: str, domain: str) -> list[tuple[str, str]]:
    """(local part, the misread "@") for each split of ``before`` that ends in ``domain`` one letter off."""
    found: list[tuple[str, str]] = []
    for size in (len(domain) - 1, len(domain), len(domain) + 1):
        written = before[-size:] if size else ""
        if len(written) != size or written[:1] != domain[0] or not _one_edit(written, domain):
            continue
        rest = before[:-size]
        for slip in range(0, 3):
            local, at = (rest[:-slip], rest[-slip:]) if slip else (rest, "")
            glued = not at and not local.endswith(" ")  # the "@" left no trace at all ("deblockexample")
            if not at and not glued and not re.search(r"[._\d-]", local):
                continue  # "naar het example com": a sentence, unless what stands before it has an address's marks
            local = re.sub(r"[ .]*[ ][ .]*", ".", local.strip(" ."))  # "devos. jan", "agnes . dehaene": one dot
            if _LOCAL.fullmatch(local) and len(local) >= 2 and " " not in at:
                found.append((local, "" if glued else at or " "))
    return found


def repaired_email(text: str, *, passed_over: Callable[[str], bool] = lambda line: False) -> str | None:
    """The first address in ``text`` (an OCR'd page) read too garbled for an address pattern, put back
    together; None when there is none. Lines ``passed_over`` are not looked at (the call's own footer)."""
    page_words = set(re.findall(r"[a-z]{3,}", fold(text)))
    for line in text.splitlines():
        if "@" in line or passed_over(line):
            continue  # an address read whole, or nearly: the page's own rules read it
        line = line.lower()
        for match in _TAIL.finditer(line):
            before, tld = match.group(1), match.group(2)
            if any(label in before.split(" ")[0] for label in _LABEL_WORDS) and " " in before:
                before = before.split(" ", 1)[1]
            for domain, tlds in DOMAINS.items():
                if tld not in tlds:
                    continue
                splits = _candidates(before, domain)
                if not splits:
                    continue
                # the local part's last piece a word of the page (the name written elsewhere) is the surest;
                # else the "@" read as one character, or as a space; an "@" that left no trace at all only
                # when the name confirms where the local part ends
                named = [split for split in splits if re.split(r"[._-]", split[0])[-1] in page_words]
                traced = sorted((split for split in splits if split[1]), key=lambda split: abs(len(split[1]) - 1))
                if named or traced:
                    return f"{(named or traced)[0][0]}@{domain}.{tld}"
    return None


# a word of letters just before an address, with only a space between: "olivier an@example.net"
_SPLIT_ADDRESS = re.compile(r"(?<![\w.@+-])([a-z][a-z0-9]{2,})[ ]([a-z0-9][\w.+-]*@[\w-]+(?:\.[\w-]+)+)")


# two to four pieces of letters before an address, with only spaces between: "pascalle fe bvre@example.org"
_PIECES_ADDRESS = re.compile(r"(?<![\w.@+-])((?:[a-z]+[ ]){1,3})([a-z]+)@(?=[\w-]+(?:\.[\w-]+)+)")


def _as_named(found: re.Match[str], people: set[tuple[str, str]]) -> str:
    """The last pieces of an address's name as the one person of the page whose given and family name they
    spell, run together ("pascalle fe bvre@": Pascal Lefebvre, "pascal.lefebvre@"); as read otherwise."""
    pieces = found.group(1).split()
    for start in range(len(pieces)):
        letters = "".join(pieces[start:]) + found.group(2)
        fits = {f"{first}.{last}" if letters.startswith(first) else f"{last}.{first}"
                for first, last in people if letters in (first + last, last + first)}
        if len(fits) == 1:
            return " ".join([*pieces[:start], f"{fits.pop()}@"])
    return found.group(0)


def addresses_joined(text: str) -> str:
    """OCR'd ``text`` with an address whose local part's dot was read as a space joined again
    ("olivier an@example.net": "olivier.an@"), when the word before it is a name the page writes elsewhere
    with a capital (the person's "An Olivier"): a word of a sentence before an address is left alone.
    A handwritten address OCR cut in more pieces ("pascalle fe bvre@") is the page's person whose given
    and family names its letters spell, joined by a dot: the dot is a guess, as is all OCR (to check)."""
    people = {(fold(first), fold(last)) for first, last in
              re.findall(r"(?<![\w'-])([A-ZÀ-Ý][a-zà-ÿ'-]{1,})[ \n]([A-ZÀ-Ý][\w'-]{2,})", text)}
    text = _PIECES_ADDRESS.sub(lambda found: _as_named(found, people), text)
    names = {fold(word) for word in re.findall(r"(?<![\w'-])[A-ZÀ-Ý][\w'-]{2,}", text)}
    return _SPLIT_ADDRESS.sub(
        lambda found: f"{found.group(1)}.{found.group(2)}" if found.group(1) in names
        and not any(label in found.group(1) for label in _LABEL_WORDS) else found.group(0), text)


def spelled_as_named(address: str, person: str | None, group: str | None = None) -> str | None:
    """An OCR'd address whose part before the "@" is the contact's or the group's name one letter off
    ("vermeersch.jozel@" beside "Jozef Vermeersch", "jemmalangemark@" beside "Femma Langemark"), with the
    name's spelling; ``None`` when it is not, or is already right.

    People build their addresses from their names: first and last name in either order, joined by a dot,
    a dash, an underscore or nothing, or the first initial and the last name; a group its name's words run
    together. Only one such spelling one letter off is taken (two would be a guess between them)."""
    local, at, domain = address.partition("@")
    if not at or len(local) < 6:
        return None
    spellings: set[str] = set()
    words = [word for word in re.findall(r"[a-z]+", fold(person or "")) if len(word) >= 2]
    if len(words) >= 2:
        first, last = words[0], "".join(words[1:])
        spellings |= {joiner.join(pair) for joiner in (".", "", "-", "_") for pair in ((first, last), (last, first))}
        spellings |= {first[0] + last, first[0] + "." + last}
    if group:
        spellings.add("".join(re.findall(r"[a-z0-9]+", fold(group))))
    if local in spellings:
        return None
    close = {spelling for spelling in spellings if one_letter_off(spelling, local)}
    return f"{close.pop()}@{domain}" if len(close) == 1 else None


PROVIDER_LETTERS = 5  # a provider's name this long or longer read one letter off is that provider ("exampie")


def domain_mended(address: str) -> str | None:
    """An OCR'd address whose domain is a provider's (``DOMAINS``) read with a letter wrong or its dot lost
    ("@example.ory", "@example.or", "@exampie.org", "@exampleorg"), with the provider's spelling; ``None``
    when the domain is a provider's as written, or no provider's at all (a group's own domain is left as
    read). Only one spelling one letter off is taken (two would be a guess between them)."""
    local, at, domain = address.partition("@")
    if not at or not local:
        return None
    labels = domain.split(".")
    *above, name, tld = labels if len(labels) >= 2 else ["", *labels]
    if tld in DOMAINS.get(name, ()):
        return None
    if not name:  # "exampleorg": the dot before the top-level domain not read
        glued = {f"{provider}.{top}" for provider, tops in DOMAINS.items() for top in tops
                 if tld == provider + top}
        return f"{local}@{glued.pop()}" if len(glued) == 1 else None
    close = {f"{provider}.{top}" for provider, tops in DOMAINS.items() for top in tops
             if (provider == name and _one_edit(top, tld))
             or (len(provider) >= PROVIDER_LETTERS and top == tld
                 and (one_letter_off(provider, name) or one_left_out(name, provider)))}
    if len(close) > 1:  # "example.or": org with its last letter lost rather than fr with a letter changed
        close = {spelling for spelling in close if spelling.rsplit(".", 1)[1].startswith(tld)}
    if len(close) != 1:
        return None
    return f"{local}@{'.'.join([*above, close.pop()])}"


SAME_ADDRESS = 0.75  # difflib's ratio of two local parts that are one address, one of them misread


def misread_of(read: str, typed: str, page_text: str) -> bool:
    """Whether the address a page gave (``read``, "h@example.com") is the ``typed`` one (the mail's From:,
    "francis94@example.com") as recognition garbled it: the same domain, and the letters the page shows
    before its "@" ("FRANCIS H@EXAMPLE.COM": a handwritten 94 read as a space and an H) all but those of
    the typed local part. Another person's address on the page shares the domain at most."""
    read_local, _, read_domain = read.casefold().partition("@")
    typed_local, _, typed_domain = typed.casefold().partition("@")
    if not read_domain or read_domain != typed_domain or read_local == typed_local:
        return False
    shown = [read_local]
    for line in page_text.casefold().split("\n"):
        for cell in line.split("\t"):
            if f"@{read_domain}" in cell.replace(" ", ""):
                # the cell's letters before its "@", spaces and all: the part of the address left out
                shown.append(re.sub(r"\s+", "", cell.split("@")[0]).rsplit(":", 1)[-1])
    return any(len(local) >= 3 and SequenceMatcher(None, local, typed_local).ratio() >= SAME_ADDRESS
               for local in shown)
