"""Golden tests for the one MIME reader (parsers/mime.py): literal messages in, a reading out, no I/O.

Where the message is well-formed, the standard library's full parser is the oracle: the reader must find
the same attachments with the same decoded bytes. Where it is not, the expected reading is spelled out.
"""

from __future__ import annotations

import base64
import email
import email.policy
import io
from email.message import EmailMessage

import pytest

from parsers.mime import MAX_PARTS, HeadSink, MemorySink, MimeReading, read_mime
from parsers.sniff import DOCX, PDF, sniff_content_type
from tests.parsers.test_envelope import MULTIPART


def _bytes(reading: MimeReading) -> list[bytes]:
    held = []
    for part in reading.attachments:
        with part.sink.read_back() as handle:
            held.append(handle.read())
    return held


def _stdlib_attachments(raw: bytes) -> list[tuple[str | None, str, bytes]]:
    """What the email package's full parse finds: leaf parts that are named, disposed as attachments, or of
    a type that is not text, multipart or a delivery report; decoded."""
    found = []
    for part in email.message_from_bytes(raw, policy=email.policy.compat32).walk():
        if part.is_multipart():
            continue
        disposition = str(part.get("Content-Disposition", "")).split(";")[0].strip().lower()
        if disposition == "attachment" or part.get_filename() or (part.get_content_maintype() not in (
                "text", "multipart") and part.get_content_type() != "message/delivery-status"):
            found.append((part.get_filename(), part.get_content_type(), part.get_payload(decode=True)))
    return found


def _docx() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("padding.bin", bytes(range(256)) * 40)
    return buffer.getvalue()


def _nested_mail() -> bytes:
    message = EmailMessage()
    message["From"] = "Zoë <zoe@example.org>"
    message["Subject"] = "Aanvraag"
    message.set_content("Beste,\n\nIn bijlage.\n")
    message.add_alternative("<p>Beste,</p><p>In bijlage.</p>", subtype="html")
    message.add_attachment(b"%PDF-1.4\n" + bytes(range(256)) * 40, maintype="application", subtype="pdf",
                           filename="aanvraag één.pdf")
    message.add_attachment("Café à Hondschoote\nregel twee\n" * 30, subtype="plain", filename="notes.txt",
                           cte="quoted-printable")
    message.add_attachment(b"PK\x03\x04" + b"\x00" * 30, maintype="application", subtype="octet-stream",
                           filename="broken.docx")
    message.add_attachment(_docx(), maintype="application", subtype="octet-stream", filename="form.docx")
    return message.as_bytes(policy=email.policy.SMTP)


SINGLE = (b"From: a@example.org\r\nContent-Type: application/pdf; name=\"los.pdf\"\r\n"
          b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKdGVzdA==\r\n")
SEVEN_BIT = (b"From: a@example.org\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\npreamble\r\n"
             b"--x\r\nContent-Type: text/plain\r\n\r\nhallo\r\n"
             b"--x\r\nContent-Type: text/csv; name=\"budget.csv\"\r\n\r\npost;bedrag\r\nzaal;100\r\n"
             b"--x--\r\nepilogue\r\n")
PLAIN = b"From: a@example.org\r\nSubject: geen bijlage\r\n\r\nAlleen tekst.\r\n"


@pytest.mark.parametrize("raw", [_nested_mail(), SINGLE, SEVEN_BIT, PLAIN, b"",
                                 b"Content-Type: multipart/mixed\r\n\r\n--"], ids=range(6))
def test_the_reader_finds_what_the_email_package_finds(raw):
    reading = read_mime(raw)
    expected = _stdlib_attachments(raw)
    assert [(p.original_filename, p.declared_type) for p in reading.attachments] == \
        [(name, content_type) for name, content_type, _ in expected]
    assert _bytes(reading) == [data for _, _, data in expected]
    assert [p.size for p in reading.attachments] == [len(data) for _, _, data in expected]


def test_attachments_are_decoded_sniffed_and_safely_named():
    reading = read_mime(_nested_mail())
    assert [(p.index, p.filename, p.sniffed_type) for p in reading.attachments] == [
        (1, "aanvraag één.pdf", PDF), (2, "notes.txt", "text/plain"), (3, "broken.docx", "application/zip"),
        (4, "form.docx", DOCX)]
    reading = read_mime(MULTIPART)
    assert [(p.index, p.filename, p.original_filename) for p in reading.attachments] == [
        (1, "aanvraag één.pdf", "aanvraag één.pdf"), (2, "evil.pdf", "..\\..\\windows\\evil.pdf")]
    assert _bytes(reading)[0] == b"%PDF-1.4\ntest"
    assert reading.envelope.subject == "Projectidee Ésen" and reading.content_type == "multipart/mixed"
    # the second part's base64 is junk: what was skipped is named, and the part is kept for a human
    assert reading.problems == ("part 2: damaged base64 (InvalidBase64CharactersDefect, "
                                "InvalidBase64LengthDefect); the decoded file may be incomplete",)


@pytest.mark.parametrize(("encoded", "decoded", "damage"), [
    (b"JVBERi0xLjQKdGVzdA==", b"%PDF-1.4\ntest", None),
    (b"JVBERi0x LjQK\tdGVzdA==  ", b"%PDF-1.4\ntest", None),  # spaces are not damage
    (b"JVBERi0xLjQKdGVzdA", b"%PDF-1.4\ntest", "InvalidBase64PaddingDefect"),
    (b"JVBE*Ri0xLjQK!dGVzdA==", b"%PDF-1.4\ntest", "InvalidBase64CharactersDefect"),
    (b"JVBERi0xLjQKdGVzdA==X", b"%PDF-1.4\ntest", "InvalidBase64LengthDefect"),
])
def test_damaged_base64_is_decoded_as_far_as_it_goes_and_named(encoded, decoded, damage):
    raw = (b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/pdf\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n" + encoded + b"\r\n--b--\r\n")
    reading = read_mime(raw)
    assert _bytes(reading) == [decoded]
    assert reading.problems == ((f"part 1: damaged base64 ({damage}); the decoded file may be incomplete",)
                                if damage else ())


def test_a_large_base64_attachment_comes_out_whole():
    data = bytes(range(256)) * 3000  # 768 KB: decoded in several pieces
    message = EmailMessage()
    message["Subject"] = "groot"
    message.set_content("zie bijlage")
    message.add_attachment(data, maintype="application", subtype="octet-stream", filename="groot.bin")
    reading = read_mime(message.as_bytes())
    assert _bytes(reading) == [data] and reading.problems == ()


def test_text_parts_are_collected_as_they_came_with_their_content_headers():
    reading = read_mime(_nested_mail())
    assert [(t.content_type, t.body, t.truncated) for t in reading.texts] == [
        ("text/plain", b"Beste,\r\n\r\nIn bijlage.\r\n", False),
        ("text/html", b"<p>Beste,</p><p>In bijlage.</p>\r\n", False)]
    assert reading.texts[0].headers == b'Content-Type: text/plain; charset="utf-8"\r\n' \
                                       b"Content-Transfer-Encoding: 7bit\r\n"
    # the top-level part of a single-part message hands over its Content-* headers only
    raw = (b"From: a@example.org\r\nX-Long: " + b"a" * 1000 + b"\r\nContent-Type: text/plain; charset=latin-1\r\n"
           b"Content-Transfer-Encoding: quoted-printable\r\n\r\nCaf=E9\r\n")
    [text] = read_mime(raw).texts
    assert text.headers == (b"Content-Type: text/plain; charset=latin-1\r\n"
                            b"Content-Transfer-Encoding: quoted-printable\r\n")
    assert text.decoded() == b"Caf\xe9\r\n"


def test_text_is_collected_up_to_the_limit_and_not_at_all_at_fetch_time():
    raw = b"Subject: lang\r\nContent-Type: text/html\r\n\r\n" + b"<p>" + b"x" * 5000 + b"</p>\r\n"
    [text] = read_mime(raw, text_limit=1000).texts
    assert len(text.body) == 1000 and text.truncated
    assert read_mime(raw, text_limit=0).texts == ()


def test_a_forwarded_message_is_an_attachment_as_it_came_and_its_parts_are_split_out_too():
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "Griet <griet@example.org>", "Aanvraag"
    inner.set_content("De tekst van het doorgestuurde bericht.\n")
    inner.add_attachment(b"%PDF-1.4 binnen", maintype="application", subtype="pdf", filename="binnen.pdf")
    inner_bytes = inner.as_bytes(policy=email.policy.SMTP)
    raw = (b"From: jan@example.org\r\nSubject: Fwd: Aanvraag\r\nContent-Type: multipart/mixed; boundary=out\r\n"
           b"\r\n--out\r\nContent-Type: text/plain\r\n\r\nZie doorgestuurd.\r\n"
           b"--out\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=fwd.eml\r\n\r\n"
           + inner_bytes + b"\r\n--out\r\nContent-Type: application/pdf; name=na.pdf\r\n\r\n%PDF-1.4 na\r\n--out--\r\n")
    reading = read_mime(raw)
    assert [(p.index, p.filename, p.declared_type) for p in reading.attachments] == [
        (1, "fwd.eml", "message/rfc822"), (2, "binnen.pdf", "application/pdf"), (3, "na.pdf", "application/pdf")]
    assert _bytes(reading) == [inner_bytes, b"%PDF-1.4 binnen", b"%PDF-1.4 na"]
    assert reading.attachments[0].sniffed_type == "message/rfc822"
    # the forwarded message's own text is its document's, not this message's body
    assert [t.body for t in reading.texts] == [b"Zie doorgestuurd."]  # the line break is the boundary's


def test_forwarded_messages_nested_fifty_deep_are_read_without_blowing_up():
    deep = b"From: a@example.org\r\nSubject: in\r\n\r\nbinnenste\r\n"
    for _ in range(50):
        deep = b"From: a@example.org\r\nSubject: laag\r\nContent-Type: message/rfc822\r\n\r\n" + deep
    reading = read_mime(deep)
    # three levels are split out (each a copy of what it holds), deeper ones stay inside the third
    assert [p.declared_type for p in reading.attachments] == ["message/rfc822"] * 4
    held = _bytes(reading)
    assert held[0] == deep.split(b"\r\n\r\n", 1)[1] and all(later in held[0] for later in held[1:])


def test_absurd_nesting_is_reported_not_raised():
    raw = b"Subject: diep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
    for level in range(1, 2000):
        raw += b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (level - 1, level)
    reading = read_mime(raw)
    assert reading.attachments == () and reading.texts == ()
    assert reading.problems and "too deeply" in reading.problems[0]
    assert reading.envelope.subject == "diep"


def test_more_than_max_parts_stay_in_the_raw_message():
    parts = b"".join(b'--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; '
                     b'filename="f%d.bin"\r\n\r\nx\r\n' % i for i in range(MAX_PARTS + 100))
    reading = read_mime(b"Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + b"--b--\r\n")
    assert len(reading.attachments) == MAX_PARTS
    assert reading.attachments[-1].filename == f"f{MAX_PARTS - 1}.bin"
    assert reading.problems == (f"more than {MAX_PARTS} attachments; the rest stay in the raw message only",)


def test_broken_structure_is_named_and_what_can_be_read_is_read():
    no_close = (b"Subject: x\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
                b"--b0\r\nContent-Type: text/plain\r\n\r\nProject zonder einde\r\n")
    reading = read_mime(no_close)
    assert [t.body for t in reading.texts] == [b"Project zonder einde\r\n"]
    assert "CloseBoundaryNotFoundDefect" in reading.envelope.defects and reading.problems == ()
    undeclared = b"Content-Type: multipart/mixed\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nhallo\r\n--x--\r\n"
    reading = read_mime(undeclared)
    assert "NoBoundaryInMultipartDefect" in reading.envelope.defects
    assert (reading.attachments, reading.texts) == ((), ())
    no_separator = b"From: a@example.org\r\nthis is the body already\r\nsecond line\r\n"
    reading = read_mime(no_separator)
    assert reading.envelope.sender == "a@example.org"
    assert [t.body for t in reading.texts] == [b"this is the body already\r\nsecond line\r\n"]
    assert "MissingHeaderBodySeparatorDefect" in reading.envelope.defects


def test_odd_line_endings_and_long_lines():
    reading = read_mime(b"From: a@example.org\rSubject: cr\r\ridee\rmet regels\r")
    assert reading.envelope.subject == "cr" and [t.body for t in reading.texts] == [b"idee\rmet regels\r"]
    reading = read_mime(b"From: a@example.org\nSubject: lf\n\nidee\n")
    assert reading.envelope.subject == "lf" and [t.body for t in reading.texts] == [b"idee\n"]
    long_header = b"Subject: lang\r\nX-Long: " + b"a" * 200_000 + b"\r\nFrom: b@example.org\r\n\r\nidee\r\n"
    reading = read_mime(long_header)
    assert reading.envelope.sender == "b@example.org" and len(reading.envelope.header("x-long")) == 10_000
    assert [t.body for t in reading.texts] == [b"idee\r\n"]


def test_eight_bit_filenames_and_headers():
    raw = ("Subject: Caf\u00e9\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
           'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="aanvraag één.pdf"\r\n\r\n'
           "%PDF-1.4\r\n--b--\r\n").encode()
    reading = read_mime(raw)
    assert reading.envelope.subject == "Café"
    assert [p.filename for p in reading.attachments] == ["aanvraag één.pdf"]


def test_a_digest_holds_messages_by_default():
    raw = (b"Content-Type: multipart/digest; boundary=d\r\n\r\n--d\r\n\r\nFrom: a@example.org\r\nSubject: een\r\n\r\n"
           b"tekst\r\n--d--\r\n")
    [part] = read_mime(raw).attachments
    assert part.declared_type == "message/rfc822" and part.filename == "attachment-1.eml"


def test_the_sinks_decide_what_is_kept():
    docx = _docx()
    message = EmailMessage()
    message.set_content("tekst")
    message.add_attachment(docx, maintype="application", subtype="octet-stream", filename="form.docx")
    raw = message.as_bytes()
    kept, counted = read_mime(raw, MemorySink), read_mime(raw, HeadSink)
    assert _bytes(kept) == [docx] and kept.attachments[0].sniffed_type == DOCX
    # the counting sink keeps the first bytes only: the size is right, a zip is not opened
    assert counted.attachments[0].size == len(docx) and len(_bytes(counted)[0]) < len(docx)
    assert counted.attachments[0].sniffed_type == "application/zip"
    assert counted.texts == kept.texts


@pytest.mark.parametrize(("declared", "name"), [
    ("vnd.openxmlformats-officedocument.wordprocessingml.document", "attachment-1.docx"),
    ("octet-stream", "attachment-1.bin"),  # a zip, what kind the first bytes do not tell
])
def test_a_nameless_attachment_is_named_alike_by_every_sink(declared: str, name: str) -> None:
    # found by the fuzzer: a mail whose attachment lost its name, a Word file declared as one; the stored
    # reading opened the zip and named it .docx, the body's reading kept the first bytes only and named it .bin
    docx = _docx()
    assert len(docx) > 4096  # its members listed beyond the first bytes
    message = EmailMessage()
    message.set_content("tekst")
    message.add_attachment(docx, maintype="application", subtype=declared)
    del message.get_payload()[1]["Content-Disposition"]
    message.get_payload()[1]["Content-Disposition"] = "attachment"
    raw = message.as_bytes()
    kept, counted = read_mime(raw, MemorySink), read_mime(raw, HeadSink)
    assert [p.filename for p in kept.attachments] == [p.filename for p in counted.attachments] == [name]


def test_a_stream_reads_as_the_bytes_do(tmp_path):
    raw = _nested_mail()
    path = tmp_path / "mail.eml"
    path.write_bytes(raw)
    with open(path, "rb") as stream:
        from_file = read_mime(stream)
    from_bytes = read_mime(raw)
    assert _bytes(from_file) == _bytes(from_bytes) and from_file.texts == from_bytes.texts
    assert from_file.envelope == from_bytes.envelope


def test_sniffing_the_head_agrees_with_sniffing_everything():
    for data in (b"%PDF-1.7\n" + b"x" * 5000, "Gewoon tekst, één regel.\n".encode() * 400, b"", _docx()):
        message = EmailMessage()
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename="f")
        [part] = read_mime(message.as_bytes()).attachments
        assert part.sniffed_type == sniff_content_type(data)


def test_uuencoded_and_unknown_encodings_are_kept_as_they_came():
    body = b"begin 644 a.txt\r\n#86)C\r\n`\r\nend\r\n"
    raw = (b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/octet-stream\r\n"
           b"Content-Transfer-Encoding: x-uuencode\r\n\r\n" + body + b"--b--\r\n")
    assert _bytes(read_mime(raw)) == [body[:-2]]


def test_base64_text_attachment_round_trips():
    text = "Café à Hondschoote\n".encode("cp1252") * 200
    raw = (b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=cp1252\r\n"
           b"Content-Disposition: attachment; filename=notes.txt\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(text).replace(b"\n", b"\r\n") + b"--b--\r\n")
    reading = read_mime(raw)
    assert _bytes(reading) == [text] and reading.texts == ()
