"""Dutch or French? Counted from stop words and the labels a form uses; no model, no download."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NL = _words(
    "het een en van ik wij we ons onze is zijn voor met op aan te in dat die niet ook om bij naar uit "
    "worden wordt graag vriendelijke groeten beste geachte buurt dorp gemeente bedrag"
)
_FR = _words(
    "le la les un une et des du je nous notre nos est sont pour avec sur au aux dans que qui ne pas "
    "aussi par cordialement bonjour madame monsieur quartier commune montant vous"
)
_WORD = re.compile(r"[a-zà-ÿ]+")


def detect_language(text: str, label_hints: dict[str, int] | None = None) -> str | None:
    """``nl``, ``fr`` or ``None`` when there is too little text to tell.

    "de" and "project(et)" are left out of both lists: both languages use them.
    """
    counts = {"nl": 0, "fr": 0}
    for word in _WORD.findall(text.lower()[:20000]):
        if word in _NL:
            counts["nl"] += 1
        if word in _FR:
            counts["fr"] += 1
    for language, hits in (label_hints or {}).items():
        if language in counts:
            counts[language] += 3 * hits
    if max(counts.values()) < 2 or counts["nl"] == counts["fr"]:
        return None
    return "nl" if counts["nl"] > counts["fr"] else "fr"
