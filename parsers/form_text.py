"""What a questionnaire prints around its questions, read as the form means it: its examples are no answers, and
a question's number written out ("Question 1 :", "Vraag 2 –") is a number, not a label with an answer."""

from __future__ import annotations

import re

# "Exemple : « Jean Dupont, 06 00 00 00 00, jean.dupont@example.com »", "Voorbeeld: “Wij vragen 5.000 euro ...”",
# "(bijv. Buurtcomité De Linde)", a cell "bv. 0470 12 34 56": the form maker's example, up to its closing quote or
# bracket or its cell's end. Not an example without either: "bijvoorbeeld de school helpt mee" is an applicant's
# sentence
_EXAMPLE_WORD = (r"(?:exemples?(?:\s+de\s+r[ée]ponse(?:\s+attendue)?)?|par\s+exemple|p\.\s?ex\.|ex\.|voorbeeld(?:en)?|"
                 r"bijvoorbeeld|bijv\.|bv\.|vb\.|e\.g\.|for\s+example)")
_EXAMPLE = re.compile(
    rf"(?i)\b{_EXAMPLE_WORD}\s*:?\s*(?:«[^»]*»|“[^”]*”|\"[^\"\n]*\"|„[^“”]*[“”]|‘[^’]*’)"
    rf"|(?<=\()\s*{_EXAMPLE_WORD}\s*:?\s*[^()\n]*(?=\))"
    # a cell of its own that starts with the example's word ("0475 90 26 11<tab>bv. 0470 12 34 56")
    rf"|(?<=\t)\s*{_EXAMPLE_WORD}\s*:?\s*[^\t\n]*")


def without_examples(text: str) -> str:
    """The text with the form's examples blanked out (spaces of the same length: places stay where they are)."""
    return _EXAMPLE.sub(lambda found: " " * len(found.group(0)), text)


# "Question 1 : Présentez votre association", "Vraag 3 - Hoe heet uw project?", "Q 4 :": the question's number
_QUESTION_NUMBER = re.compile(r"(?im)^(?P<indent>[ \t]*)(?:question|vraag|q)\s*(?P<number>\d{1,2})\s*[:.)–—-]\s+(?=\S)")


# "Antwoord: Werkgroep Dorpskern Zarren", "Réponse : 4 600 €": the answer to the question on the line above
_ANSWER_MARK = re.compile(r"(?im)^(?P<indent>[ \t]*)(?:antwoord|réponse|reponse|rép\.|answer|uw antwoord|votre réponse)"
                          r"\s*:\s*(?=\S)")


def questions_numbered(text: str) -> str:
    """The text with each question's number written out turned into a number's mark ("1. Présentez ..."): the
    colon after "Question 1" is no label's, and the question after it is the label; and without the "Antwoord:"
    before an answer, which then stands under its question as any answer does."""
    numbered = _QUESTION_NUMBER.sub(lambda found: f"{found.group('indent')}{found.group('number')}. ", text)
    return _ANSWER_MARK.sub(lambda found: found.group("indent"), numbered)
