"""Forms made in LibreOffice Writer: tab-aligned paragraphs, text boxes, form controls in the text."""

from __future__ import annotations

import io

from parsers import field_to_json, parse_document
from parsers.odt import read_odt
from tests.parsers.format_samples import odt_of_body

_odt = odt_of_body


def _p(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def _values(data: bytes) -> dict[str, object]:
    document = parse_document(data, "aanvraag.odt")
    assert document.parse_status == "parsed"
    return {name: field_to_json(field)["value"] for name, field in document.fields.items()}


def test_paragraphs_aligned_with_tabs_are_rows_of_a_table() -> None:
    values = _values(_odt(
        _p("Naam vereniging<text:tab/>Buurtcomité De Linde") + _p("Contactpersoon<text:tab/>Jan Peeters")
        + _p("Postcode<text:tab/>8970<text:tab/>Gemeente<text:tab/>Poperinge")
        + _p("Gevraagd bedrag<text:tab/><text:tab/>4.000 euro")))
    assert values["organisation"] == "Buurtcomité De Linde" and values["contact_name"] == "Jan Peeters"
    assert values["postcode"] == "8970" and values["municipality"] == "Poperinge"
    assert values["requested_amount"] == "4000.00"


def test_a_text_box_is_read_as_its_own_lines_not_glued_to_its_anchor() -> None:
    content = read_odt(io.BytesIO(_odt(
        _p("Aanvraag<draw:frame><draw:text-box>" + _p("Organisatie: De Linde vzw")
           + _p("Contactpersoon: Jan Peeters") + "</draw:text-box></draw:frame>"))))
    assert content.text.split("\n") == ["Aanvraag", "Organisatie: De Linde vzw", "Contactpersoon: Jan Peeters"]


def test_form_controls_named_tekstveld_are_labelled_by_the_words_before_them() -> None:
    boxes = "".join(f'<form:text form:name="Tekstveld {number}" xml:id="control{number}" form:id="control{number}" '
                    f'form:current-value="{value}"/>'
                    for number, value in ((1, "De Linde vzw"), (2, "Jan Peeters"), (3, "4 000")))
    forms = f'<office:forms><form:form form:name="Formulier">{boxes}</form:form></office:forms>'
    values = _values(_odt(
        forms + _p('Naam vereniging: <draw:control draw:control="control1"/>') + _p("Contactpersoon")
        + _p('<draw:control draw:control="control2"/>')
        + "<table:table><table:table-row><table:table-cell>" + _p("Gevraagd bedrag") + "</table:table-cell>"
        + "<table:table-cell>" + _p('<draw:control draw:control="control3"/>') + "</table:table-cell>"
        + "</table:table-row></table:table>"))
    assert values["organisation"] == "De Linde vzw" and values["contact_name"] == "Jan Peeters"
    assert values["requested_amount"] == "4000.00"
