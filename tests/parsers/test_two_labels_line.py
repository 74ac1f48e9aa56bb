"""A line of two labels side by side ("Organisatie: Initiatiefnemer:") gives neither as the other's answer."""

from __future__ import annotations

from parsers.documents import default_call
from parsers.fields import Harvest, from_label_lines


def test_a_label_is_not_the_answer_of_the_label_before_it_on_its_line() -> None:
    harvest = Harvest()
    from_label_lines(harvest, "Organisatie: Initiatiefnemer:\nChiro Zarren Koen Beun\nAdres: Tel.:\n",
                     default_call())
    assert not [c for c in harvest.candidates if str(c.value).endswith(":")]


def test_two_labelled_boxes_of_a_row_read_as_one_line_are_two_answers() -> None:
    harvest = Harvest()
    from_label_lines(harvest, "Code postal : 59299\tCommune : Boeschepe\n"
                              "Titel van het project\tBuurtfeest en enquête: wat wil ons dorp?\n", default_call())
    values = {c.name: c.value for c in harvest.candidates}
    assert values["postcode"] == "59299" and values["municipality"] == "Boeschèpe"  # its official name
    assert values["project_title"] == "Buurtfeest en enquête: wat wil ons dorp?"  # no label after its tab
