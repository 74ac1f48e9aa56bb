"""Golden tests for reading headers and attachment parts from raw bytes (no I/O)."""

from __future__ import annotations

import dataclasses
import email.policy
import io

from parsers.envelope import read_envelope, read_header_block, split_attachments, split_attachments_stream
from parsers.filenames import safe_filename
from parsers.sniff import DOCX, OLE, PDF, sniff_content_type

MULTIPART = (
    b"From: =?utf-8?q?Zo=C3=AB_Vanh=C3=A9e?= <Zoe.Vanhee@Example.org>\r\n"
    b"To: coordinator@example.org\r\n"
    b"Subject: =?utf-8?b?UHJvamVjdGlkZWUgw4lzZW4=?=\r\n"
    b"Message-ID: <abc@example.org>\r\n"
    b"In-Reply-To: <receipt-1@intake.example.org>\r\n"
    b"References: <x@example.org> <receipt-1@intake.example.org>\r\n"
    b"Date: Sun, 16 Jun 2019 23:10:00 +0200\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
    b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nZie bijlage.\r\n"
    b"--b1\r\nContent-Type: application/octet-stream\r\n"
    b"Content-Disposition: attachment; filename*=utf-8''aanvraag%20%C3%A9%C3%A9n.pdf\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKdGVzdA==\r\n"
    b"--b1\r\nContent-Type: application/pdf; name=\"..\\\\..\\\\windows\\\\evil.pdf\"\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n"
    b"--b1--\r\n"
)


def test_envelope_reads_decoded_headers():
    envelope = read_envelope(MULTIPART)
    assert envelope.sender == "zoe.vanhee@example.org"
    assert envelope.sender_name == "Zoë Vanhée"
    assert envelope.subject == "Projectidee Ésen"
    assert envelope.message_id == "<abc@example.org>"
    assert envelope.in_reply_to == "<receipt-1@intake.example.org>"
    assert envelope.references == ("<x@example.org>", "<receipt-1@intake.example.org>")
    assert envelope.date_header == "Sun, 16 Jun 2019 23:10:00 +0200"
    assert envelope.header("to") == "coordinator@example.org"


def test_attachments_are_decoded_sniffed_and_safely_named():
    parts, problems = split_attachments(MULTIPART)
    assert [(p.index, p.filename, p.sniffed_type) for p in parts] == [
        (1, "aanvraag één.pdf", PDF),
        (2, "evil.pdf", sniff_content_type(parts[1].data)),
    ]
    assert parts[0].data == b"%PDF-1.4\ntest"
    assert parts[1].original_filename == "..\\..\\windows\\evil.pdf"
    # the second part's base64 is junk: the lenient decoder's complaint becomes a recorded problem
    assert problems == ["part 2: damaged base64 (InvalidBase64LengthDefect); the decoded file may be incomplete"]


def test_garbage_never_raises():
    for raw in (b"", b"\x00\x01\x02", b"Subject: =?bogus?Q?=ZZ?=\r\n\r\n", b"Content-Type: multipart/mixed\r\n\r\n--",
                # found by the fuzzer: a non-ASCII charset name in an encoded-word (CharsetError)
                b"Subject: =?\x80tf-8?q?=C3=A0_projets?=\r\n\r\n"):
        envelope = read_envelope(raw)
        parts, _ = split_attachments(raw)
        assert isinstance(envelope.subject, str) and isinstance(parts, list)


def test_deeply_nested_parts_are_reported_not_raised():
    depth = 2000
    raw = b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n"
    for level in range(1, depth):
        raw += b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (level - 1, level)
    parts, problems = split_attachments(raw)
    assert parts == []
    assert problems and "too deeply" in problems[0]
    assert read_envelope(raw).subject == ""


def test_safe_filename_cases():
    assert safe_filename("../../etc/passwd", 1) == "passwd"
    assert safe_filename("C:\\Users\\x\\aanvraag.docx", 1) == "aanvraag.docx"
    assert safe_filename("/abs/path.pdf", 1) == "path.pdf"
    assert safe_filename("a\x00b\x1fc.pdf", 1) == "a_b_c.pdf"
    assert safe_filename(".hidden.pdf", 1) == "hidden.pdf"
    assert safe_filename("..", 3, "application/pdf") == "attachment-3.pdf"
    assert safe_filename(None, 2, DOCX) == "attachment-2.docx"
    long_name = safe_filename("x" * 500 + ".pdf", 1)
    assert len(long_name) == 150 and long_name.endswith(".pdf")


def test_sniffing_by_magic_bytes():
    assert sniff_content_type(b"%PDF-1.7\n") == PDF
    assert sniff_content_type(b"\xef\xbb\xbf  %PDF-1.4") == PDF
    assert sniff_content_type(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100) == OLE
    assert sniff_content_type(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert sniff_content_type(b"") == "application/x-empty"
    assert sniff_content_type(b"PK\x03\x04broken") == "application/zip"
    assert sniff_content_type("Gewoon tekst, één regel.".encode()) == "text/plain"
    assert sniff_content_type(b"From: a@example.org\nSubject: x\n\nbody") == "message/rfc822"


# --- the streaming reader for messages too large to hold: the same answers as split_attachments ---------------

class _MemorySink:
    def __init__(self) -> None:
        self.buffer = io.BytesIO()

    def write(self, data: bytes) -> None:
        self.buffer.write(data)

    def read_back(self) -> io.BytesIO:
        return io.BytesIO(self.buffer.getvalue())


def _streamed(raw: bytes) -> tuple[list[tuple], list[str]]:
    parts, problems = split_attachments_stream(io.BytesIO(raw), _MemorySink)
    return [(p.index, p.filename, p.original_filename, p.declared_type, p.sniffed_type, p.sink.buffer.getvalue())
            for p in parts], problems


def _in_memory(raw: bytes) -> tuple[list[tuple], list[str]]:
    parts, problems = split_attachments(raw)
    return [(p.index, p.filename, p.original_filename, p.declared_type, p.sniffed_type, p.data)
            for p in parts], problems


def _nested_mail() -> bytes:
    from email.message import EmailMessage

    docx = b"PK\x03\x04" + b"\x00" * 30  # a broken zip: sniffed as a zip
    message = EmailMessage()
    message["From"] = "Zoë <zoe@example.org>"
    message["Subject"] = "Aanvraag"
    message.set_content("Beste,\n\nIn bijlage.\n")
    message.add_alternative("<p>Beste,</p><p>In bijlage.</p>", subtype="html")
    message.add_attachment(b"%PDF-1.4\n" + bytes(range(256)) * 40, maintype="application", subtype="pdf",
                           filename="aanvraag één.pdf")
    message.add_attachment("Café à Hondschoote\nregel twee\n" * 30, subtype="plain", filename="notes.txt",
                           cte="quoted-printable")
    message.add_attachment(docx, maintype="application", subtype="octet-stream", filename="form.docx")
    return message.as_bytes(policy=email.policy.SMTP)


def test_streaming_split_reads_what_split_attachments_reads():
    single = (b"From: a@example.org\r\nContent-Type: application/pdf; name=\"los.pdf\"\r\n"
              b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKdGVzdA==\r\n")
    seven_bit = (b"From: a@example.org\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\npreamble\r\n"
                 b"--x\r\nContent-Type: text/plain\r\n\r\nhallo\r\n"
                 b"--x\r\nContent-Type: text/csv; name=\"budget.csv\"\r\n\r\npost;bedrag\r\nzaal;100\r\n"
                 b"--x--\r\nepilogue\r\n")
    plain = b"From: a@example.org\r\nSubject: geen bijlage\r\n\r\nAlleen tekst.\r\n"
    for raw in (_nested_mail(), single, seven_bit, plain, b"", b"Content-Type: multipart/mixed\r\n\r\n--"):
        assert _streamed(raw) == _in_memory(raw), raw[:200]
    parts, _ = _streamed(_nested_mail())
    assert [p[1] for p in parts] == ["aanvraag één.pdf", "notes.txt", "form.docx"]
    assert [p[4] for p in parts] == [PDF, "text/plain", "application/zip"]


def test_streaming_split_survives_absurd_nesting_and_reads_headers_alone():
    raw = b"Subject: diep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
    for level in range(1, 500):
        raw += b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (level - 1, level)
    parts, problems = split_attachments_stream(io.BytesIO(raw), _MemorySink)
    assert parts == [] and "too deeply" in problems[0]
    assert read_header_block(io.BytesIO(MULTIPART)).endswith(b"MIME-Version: 1.0\r\n"
                                                            b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n')
    # the same envelope; only the body's structural defects cannot be known from the headers
    from_headers = read_envelope(read_header_block(io.BytesIO(MULTIPART)))
    assert dataclasses.replace(from_headers, defects=()) == read_envelope(MULTIPART)
