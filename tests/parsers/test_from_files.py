"""The sandbox hands the parsers the stored file, not its bytes: the answers must be the same.

A document is read from the file as its type needs (a PDF by seeking, a type we do not read from its
head only) and a message's body in one pass with its attachments only counted; whatever the route, every
sample of the golden corpus must give the same document as its bytes do.
"""

from __future__ import annotations

import pytest

from parsers import parse_body, parse_document, parse_email
from parsers.sniff import sniff_content_type, sniff_stream
from tests.parsers.corpus import Sample, build_corpus

CORPUS = build_corpus()


@pytest.mark.parametrize("sample", CORPUS, ids=[sample.name for sample in CORPUS])
def test_a_stored_file_reads_as_its_bytes(sample: Sample, tmp_path) -> None:
    path = tmp_path / sample.name
    path.write_bytes(sample.data)
    with open(path, "rb") as stream:
        assert sniff_stream(stream) == sniff_content_type(sample.data)
        if sample.is_email:
            assert parse_body(stream) == parse_email(sample.data)[0] == parse_body(sample.data)
        else:
            assert parse_document(stream, sample.name) == parse_document(sample.data, sample.name)


def test_limits_hold_for_files_too(tmp_path) -> None:
    path = tmp_path / "groot.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * 5000)
    with open(path, "rb") as stream:
        document = parse_document(stream, "groot.pdf", max_bytes=1000)
    assert (document.parse_status, document.content_type) == ("too_large", "application/pdf")
    assert document.error == "5009 bytes, over the limit of 1000 bytes"
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    with open(empty, "rb") as stream:
        assert parse_document(stream, "leeg.pdf").parse_status == "failed"
