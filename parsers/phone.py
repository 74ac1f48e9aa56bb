"""Phone numbers to E.164 (``+3251519437``), trying Belgium then France unless the text says otherwise."""

from __future__ import annotations

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
    return None


def find_phones(text: str, regions: tuple[str, ...] = DEFAULT_REGIONS) -> list[tuple[str, int]]:
    """Valid numbers in prose as ``(e164, offset)``, in order of appearance."""
    # the first region wins per position: "0478 12 34 56" is Belgian, though also a valid French number
    by_offset: dict[int, str] = {}
    for region in regions:
        try:
            matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
            for match in matcher:
                e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                by_offset.setdefault(match.start, e164)
        except Exception:  # noqa: BLE001 - the matcher is third-party code fed untrusted text
            continue
    found: dict[str, int] = {}
    for offset in sorted(by_offset):
        found.setdefault(by_offset[offset], offset)
    return list(found.items())
