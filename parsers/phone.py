"""Phone numbers to E.164 (``+3251519437``), trying Belgium then France unless the text says otherwise."""

from __future__ import annotations

import re

import phonenumbers

DEFAULT_REGIONS: tuple[str, ...] = ("BE", "FR")


def normalise_phone(text: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> str | None:
    """E.164 for a valid BE/FR (or explicitly international) number, else ``None``."""
    raw = text.strip()
    if not raw or sum(ch.isdigit() for ch in raw) < 8 or len(raw) > 40:
        return None
    # "0032 51..." and "0033 6..." are how people write the international prefix by hand
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return _french_mobile(raw) or _french_way(raw, regions)


# phonenumbers knows only the ranges allocated when its data was made: a French mobile (06/07) written with
# its country code, in a newer range, is still the number the applicant wrote (without the code: _french_way)
_FRENCH_MOBILE = re.compile(r"\+33\s*(?:\(0\)\s*)?([67](?:[\s.-]?\d){8})")


def _french_mobile(raw: str) -> str | None:
    match = _FRENCH_MOBILE.fullmatch(raw)
    if match is None:
        return None
    return "+33" + re.sub(r"\D", "", match.group(1))


def _french_way(raw: str, regions: tuple[str, ...]) -> str | None:
    # "07 11 52 38 66": a French number written the French way (ten digits, in pairs) whose range the
    # library does not know as allocated yet (07 mobiles are given out range by range); Belgium's own
    # ten-digit numbers are mobiles (04..), which the library knows
    if "FR" in regions and _FRENCH_WAY.fullmatch(raw):
        return "+33" + re.sub(r"\D", "", raw)[1:]
    return None


_FRENCH_WAY = re.compile(r"0[1-35-9](?:[ .]?\d\d){4}")


# Something shaped like a phone number: cheap to find, then checked by phonenumbers. Running
# phonenumbers' own matcher over the whole text once per region cost more than reading the DOCX.
_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d \t./()\u00a0-]{6,20}\d(?!\w)")


_DATE = re.compile(r"(?<!\d)\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:19|20)\d\d(?!\d)")


# the labels of the numbers a letterhead gives beside its phone: a company's, a tax's, a bank account's
_REGISTRATION_BEFORE = re.compile(
    r"(?i)(?:\bond(?:erneming\w*)?\.?\s*(?:nr|nummer|no)\b\.?|\bondernemingsnummer|\bkbo(?:\s*-?\s*(?:nummer|nr)\b\.?)?|"
    r"\bbtw(?:\s*-?\s*(?:nummer|nr)\b\.?)?|\bvat|\btva|\bbce|\bsiret|\bsiren|\b(?:rpr|rpm)(?:\s+[A-Z][\w-]+)?|"
    r"n°\s*d['’]entreprise|numéro\s+d['’]entreprise|n°\s*entreprise|\bn°\s*rna|\brna|\biban|\brekening\w*|"
    r"\bcompte|\bvzw\s*-?\s*(?:nr|nummer)\b\.?)[\s.:°]*(?:n(?:r|o|°)\.?\s*)?[\s.:]*(?:BE\s?)?$")
# ... or after it, in brackets: "0456.789.123 (ondernemingsnummer)"
_REGISTRATION_AFTER = re.compile(r"(?i)\s*\(\s*(?:ondernemingsn\w*|kbo|btw|bce|tva|siret|siren|n°\s*d['’]entreprise|"
                                 r"numéro\s+d['’]entreprise|rna)")
# a day and month run together before a year ("8106/2019" for 8/06/2019), maybe with what the reading put after
# it ("8106/2019 5"): no number is three to six digits, a slash and a year
_DATE_SLASH_LOST = re.compile(r"^[\d ]{3,6}/\s?(?:19|20)\d\d(?!\d)")


def find_phones(text: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> list[tuple[str, int]]:
    """Valid numbers in prose as ``(e164, offset)``, in order of appearance, each once.

    The first region wins: "0478 12 34 56" is Belgian, though it is also a valid French number.
    """
    found: dict[str, int] = {}
    # "0474 22 33 41<tab>0477 90 80 70": two signers' numbers side by side, one run of digits to the pattern;
    # read again with the columns apart (a tab inside one number, "057<tab>33 44 55", is read by the first pass)
    for written in (text, text.replace("\t", "\n")) if "\t" in text else (text,):
        for match in _CANDIDATE.finditer(written):
            candidate = match.group(0).strip(" .-/")
            if _DATE.search(candidate):
                continue  # "24/05/2019" is a date, though its digits make a valid number
            if _DATE_SLASH_LOST.search(candidate):
                continue  # "8106/2019", "08106/2019": a date whose first slash OCR read as a 1
            if _REGISTRATION_BEFORE.search(written[max(0, match.start() - 40):match.start()]) \
                    or _REGISTRATION_AFTER.match(written, match.end()):
                continue  # "ondernemingsnr. 0654.321.987": a company's number, ten digits like a French phone's
            e164 = normalise_phone(candidate, regions)
            if e164 is not None:
                found.setdefault(e164, match.start())
    return sorted(found.items(), key=lambda item: item[1])


def possible_phone(text: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> str | None:
    """E.164 for a number of the right length that the numbering plan does not (yet) know ("07 07 71 12
    22"): only for a box labelled as a phone, and to check."""
    raw = text.strip()
    if not raw or len(raw) > 25 or re.search(r"[^\d\s+./()-]", raw):
        return None
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 10 and digits[0] == "0" and digits[1] != "4" and "FR" in regions:
        regions = ("FR", *(region for region in regions if region != "FR"))  # ten digits, not a 04.. mobile
    for region in regions:
        try:
            number = phonenumbers.parse(raw if not raw.startswith("00") else "+" + raw[2:], region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number) and phonenumbers.region_code_for_number(number) in regions:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None
