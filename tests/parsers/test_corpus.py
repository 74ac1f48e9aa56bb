"""Golden tests: every document of the corpus gives exactly its expected status, language and fields."""

from __future__ import annotations

from typing import Any

import pytest

from parsers import field_to_json, merge_fields, parse_document, parse_email
from tests.parsers.corpus import Sample, build_corpus

CORPUS = build_corpus()


def extracted(sample: Sample) -> tuple[str, str | None, dict[str, Any]]:
    """(status, language, fields as contract JSON values) the way `intake extract` reports them."""
    if sample.is_email:
        body, attachments = parse_email(sample.data)
        documents = [body, *attachments]
        fields = merge_fields(documents)
        parsed = [d for d in documents if d.parse_status == "parsed"]
        language = parsed[0].language if parsed else None
        status = "parsed" if parsed else body.parse_status
    else:
        document = parse_document(sample.data, sample.name)
        fields, language, status = dict(document.fields), document.language, document.parse_status
    return status, language, {name: field_to_json(value)["value"] for name, value in fields.items()}


def test_corpus_is_big_and_varied() -> None:
    kinds = {sample.kind for sample in CORPUS}
    assert len(CORPUS) >= 40
    assert kinds == {"form", "free", "special"}
    assert {sample.language for sample in CORPUS if sample.kind != "special"} == {"nl", "fr"}


@pytest.mark.parametrize("sample", CORPUS, ids=[sample.name for sample in CORPUS])
def test_golden(sample: Sample) -> None:
    status, language, fields = extracted(sample)
    assert status == sample.status
    if sample.status != "parsed":
        assert fields == {}
        return
    assert language == sample.language
    wrong = {name: (fields.get(name), expected) for name, expected in sample.expected.items()
             if fields.get(name) != expected}
    assert wrong == {}
