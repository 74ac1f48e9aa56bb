"""What the DOCX and ODT readers share while they walk a document: its lines, and its tables, including
the ones drawn with tabs instead of lines and the ones written as numbered questions, each answered in the
paragraphs under it."""

from __future__ import annotations

import re

from parsers.labels import NUMBER_MARK, is_other_label, label_alone
from parsers.value_kinds import captions_under

# "3. Wie is de contactpersoon?", "9. Quel est le nom de votre projet ?", "3.2 Wie is de contactpersoon?": a
# question on a line of its own
_QUESTION = re.compile(rf"^\s*{NUMBER_MARK}\s+\S.{{0,150}}$")
# "Contactpersoon: Jan Peeters" under a question: the question heads a block of labelled lines
_LABELLED = re.compile(r"^\s*(?P<label>[^:\n]{2,60}?)\s*:")
MIN_QUESTIONS = 3  # a form asks several; one or two numbered lines are a letter's list
# a part of the form by its letter or number: "Deel B - Contact", "Partie 2 : le projet", "Section C"
_PART = re.compile(r"(?i)^\s*(?:deel|onderdeel|partie|section|part|rubriek|rubrique)\s+(?:[A-H]|\d{1,2}|[IVX]{1,4})\b"
                   r"\s*(?:[-–—:.]\s*\S.{0,60})?$")


def _number(question: str) -> str:
    return question.split()[0].rstrip(".)")


def _sub_question(section: str, question: str) -> bool:
    """"3.1 Wie dient de aanvraag in?" under "3. Contact"."""
    return _number(question).startswith(_number(section) + ".")


def _labels_above_answers(answer: list[str]) -> bool:
    """The lines under a numbered heading that hold whole labels on lines of their own, two or more
    ("1. Gegevens van de aanvrager" / "Naam organisatie" / "Buurtcomité Kapelhoek" / "Postcode" / "8980"):
    a section of labels above their answers (read as lines), not one question's answer."""
    return sum(label_alone(line) is not None for line in answer) >= 2

def blank_after_label(line: str) -> bool:
    """A label's line with nothing after its colon but dots or a blank ("Adres: ……………"): the line to write
    on, where an answer typed in a text box or a frame over it belongs."""
    label, colon, rest = line.rpartition(":")
    return bool(colon) and bool(label.strip()) and not any(letter.isalnum() for letter in rest)


COMB = 3  # boxes of one character each in a row at least, for a row to be a comb ("5 | 9 | 8 | 2 | 0")


def comb_joined(cells: list[str]) -> list[str]:
    """A row's run of cells of one character each, a comb a paper form prints for a postcode, a phone or an
    amount ("Un chiffre par case": 5 | 9 | 8 | 2 | 0), as the one value it spells (59820); any other cell as
    it is. Empty boxes inside the run are spaces the hand left ("0 | 4 | 7 | | 1 | 2"), dropped."""
    if sum(len(cell.strip()) == 1 for cell in cells) < COMB:
        return cells
    joined: list[str] = []
    run: list[str] = []  # the boxes of the comb being read

    def close_run() -> None:
        spelled = "".join(run)
        joined.extend([spelled] if len(spelled) >= COMB else run)
        run.clear()

    for cell in cells:
        if len(cell.strip()) == 1 or (run and not cell.strip()):
            run.append(cell.strip())
        else:
            close_run()
            joined.append(cell)
    close_run()
    return joined


class LinesAndTables:
    """The lines and tables found so far; paragraphs laid out with tabs ("Naam vereniging<tab>De Linde"),
    two or more in a row, are a table drawn without lines; numbered questions with their answers below
    them ("3. Wie is de contactpersoon?" / "Jolien Coene"), three or more, are a table of two columns."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tables: list[tuple[tuple[str, ...], ...]] = []
        self._tab_rows: list[tuple[str, ...]] = []
        self._questions: list[tuple[str, list[str]]] = []
        self._answering = False  # the lines that follow answer the last question

    def tab_row(self, line: str) -> None:
        self._question_line(line)
        cells = tuple(cell.strip() for cell in line.split("\t") if cell.strip())
        if len(cells) >= 2:
            self._tab_rows.append(cells)
        elif line.strip():
            self._close_tab_rows()

    def _question_line(self, line: str) -> None:
        if not line.strip():
            return
        if _QUESTION.match(line) and len(line.split()) <= 20 and "\t" not in line.strip():
            if self._questions and _sub_question(self._questions[-1][0], line):
                # "3. Contact" / "Let op: de contactpersoon ontvangt ..." / "3.1 Wie dient de aanvraag in?": the
                # lines between a section's number and its first sub-question introduce it; they answer nothing
                self._questions[-1] = (self._questions[-1][0], [])
            self._questions.append((line.strip(), []))
            self._answering = True
        elif self._answering and _PART.match(line):
            self._answering = False  # "Deel B - Contact": the next part of the form, no answer's line
        elif self._answering:
            labelled = _LABELLED.match(line)
            if labelled is not None and (label_alone(labelled.group("label")) is not None
                                         or is_other_label(labelled.group("label"))):
                # "Label: value" lines under a question: a heading's block (read as lines), or the form's
                # next part after the answer ("Datum: 16.05.2019"); a whole label only, since an answer
                # may have a colon of its own ("Place du village : on s'y retrouve !")
                self._answering = False
                return
            self._questions[-1][1].append(line.strip())

    def _close_tab_rows(self) -> None:
        if len(self._tab_rows) >= 2:
            self.tables.append(tuple(self._tab_rows))
        self._tab_rows = []

    def end_tab_rows(self) -> None:
        """The tab rows end here (a table starts, or the document or cell ends)."""
        self._close_tab_rows()
        self._answering = False  # a table under a question is its answer; the lines after it are not

    def end_document(self) -> None:
        """The tables still open at the document's end: tab rows, and the numbered questions answered."""
        self.end_tab_rows()
        # a paper form's numbered captions under the lines to write on ("Zuidstraat 122" / "2.2 Straat en
        # nummer"): the line under a caption is the next question's answer, no answer of its own
        if len(self._questions) >= MIN_QUESTIONS and not captions_under([line.strip() for line in self.lines
                                                                         if line.strip()]):
            # the last answer is its first paragraph: the form's closing words follow it ("Formulier
            # terugsturen naar ...")
            last, answer = self._questions[-1]
            self._questions[-1] = (last, answer[:1])
            rows = tuple((question, "\n".join(answer)) for question, answer in self._questions
                         if answer and not _labels_above_answers(answer))
            if rows:
                self.tables.append(rows)
        self._questions = []
