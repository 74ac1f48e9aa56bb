"""Fuzzing the entry points that see applicant bytes: they return values, they never raise.

Bounded for CI: a fixed number of examples per property, no deadline per example.
"""

from __future__ import annotations

import dataclasses
import os
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.demo.samples import SAMPLES, build_email
from parsers import mime_lines, parse_body, parse_document
from parsers.classify import classify
from parsers.envelope import read_envelope
from parsers.mime import HeadSink, read_mime

SEEDS = [build_email(sample) for sample in SAMPLES]
# CI replays the same examples every run (a red CI must mean a change broke something); a developer's run
# explores new ones, and what it finds becomes a golden case.
FUZZ = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=os.environ.get("CI", "").lower() == "true")


@st.composite
def mutated_mail(draw) -> bytes:
    raw = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 20))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        position = draw(st.integers(0, max(0, len(raw) - 1)))
        if action == "flip" and raw:
            raw[position] = draw(st.integers(0, 255))
        elif action == "cut":
            del raw[position:position + draw(st.integers(1, 500))]
        elif action == "insert":
            raw[position:position] = draw(st.binary(min_size=1, max_size=64))
        else:
            raw[position:position] = raw[position:position + draw(st.integers(1, 300))]
    return bytes(raw)


@FUZZ
@given(mutated_mail())
def test_mail_entry_points_never_raise(raw):
    reading = read_mime(raw)
    envelope = reading.envelope
    # the walk's own header block says what the header block alone says; only the body's defects are added
    assert dataclasses.replace(envelope, defects=()) == dataclasses.replace(read_envelope(raw), defects=())
    assert isinstance(envelope.subject, str) and isinstance(reading.problems, tuple)
    assert all(p.filename and "/" not in p.filename for p in reading.attachments)
    assert [p.index for p in reading.attachments] == list(range(1, len(reading.attachments) + 1))
    for part in reading.attachments:
        with part.sink.read_back() as held:
            assert len(held.read()) == part.size
    # the body's reading counts the same attachments without keeping them
    counted = read_mime(raw, HeadSink)
    assert [(p.filename, p.size) for p in counted.attachments] == [(p.filename, p.size) for p in reading.attachments]
    kind = classify(envelope, content_type=reading.content_type, has_text=True,
                    attachment_count=len(reading.attachments))
    assert kind.kind
    body = parse_body(raw)
    assert body.parse_status in ("parsed", "no_text", "failed", "unsupported")


def _reading(raw: bytes) -> tuple:
    reading = read_mime(raw)
    held = []
    for part in reading.attachments:
        with part.sink.read_back() as handle:
            held.append(handle.read())
    return (reading.envelope, reading.content_type, reading.texts, reading.problems, held,
            [dataclasses.replace(part, sink=None) for part in reading.attachments])


@FUZZ
@given(mutated_mail(), st.integers(1, 400))
def test_the_reader_does_not_depend_on_where_the_stream_is_cut(raw, chunk_bytes):
    whole = _reading(raw)  # the sample mails fit in one read
    with mock.patch.object(mime_lines, "CHUNK_BYTES", chunk_bytes):
        assert _reading(raw) == whole


@FUZZ
@given(st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b""]),
       st.binary(max_size=4000))
def test_document_entry_point_never_raises(prefix, tail):
    document = parse_document(prefix + tail, "fuzz.bin")
    assert document.parse_status in ("parsed", "no_text", "unsupported", "encrypted", "too_large", "failed")
    assert document.parse_status == "parsed" or document.error
