"""A label's brackets that say the answer is a group: "Applicant (group or association)"."""

from __future__ import annotations

from parsers.fields import Harvest, name_for_label
from parsers.labels import ORGANISATION_NAMED


def test_brackets_naming_a_group_make_an_applicant_label_the_organisation_s() -> None:
    harvest = Harvest()
    assert name_for_label("Applicant (group or association)", harvest) == ORGANISATION_NAMED
    assert name_for_label("Aanvrager (vereniging)", harvest) == ORGANISATION_NAMED


def test_a_label_that_asks_for_a_person_stays_the_contact_s_whatever_its_brackets_say() -> None:
    harvest = Harvest()
    for label in ("Applicant (person or association)", "Nom du responsable (association)",
                  "Contactpersoon (vereniging)", "Applicant"):
        assert name_for_label(label, harvest) == "contact_name", label
