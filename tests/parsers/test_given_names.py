"""Which end of a name is the given name, when the words alone must tell."""

from __future__ import annotations

import pytest

from parsers.given_names import given_name_last, is_given_name


@pytest.mark.parametrize(("name", "expected"), [
    ("Coene Jolien", True), ("Jolien Coene", False), ("Leclercq Jean-Marc", True), ("Decool Hélène", True),
    ("Van den Broeck Jan", True), ("Dries Blondeel", False),
    ("Martin Dupont", None),  # "Martin" is a surname as often as a given name: not in the list
    ("Peeters Wannes", None),  # a given name the list does not know
    ("Jan Sofie", None),  # both ends are given names
    ("Jolien", None),
])
def test_the_given_name_s_end(name: str, expected: bool | None) -> None:
    assert given_name_last(name) is expected


def test_hyphenated_given_names_and_accents() -> None:
    assert is_given_name("Jean-Marc") and is_given_name("Marie-Claire") and is_given_name("HÉLÈNE")
    assert not is_given_name("Vandewalle") and not is_given_name("")
