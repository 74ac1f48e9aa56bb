"""Golden tests for reading a message's headers from raw bytes (no I/O)."""

from __future__ import annotations

import io

from parsers.envelope import read_envelope, read_envelope_stream, read_header_block
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


def test_envelope_reads_the_header_block_alone():
    # thousands of nested parts behind the headers cost nothing: only the header block is parsed
    raw = b"Subject: diep\r\nFrom: a@example.org\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
    for level in range(1, 2000):
        raw += b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (level - 1, level)
    envelope = read_envelope(raw)
    assert (envelope.subject, envelope.sender, envelope.defects) == ("diep", "a@example.org", ())
    envelope, content_type = read_envelope_stream(io.BytesIO(raw))
    assert (envelope.subject, content_type) == ("diep", "multipart/mixed")


def test_header_block_ends_at_the_blank_line():
    assert read_header_block(io.BytesIO(MULTIPART)).endswith(b"MIME-Version: 1.0\r\n"
                                                            b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n')
    assert read_envelope(read_header_block(io.BytesIO(MULTIPART))) == read_envelope(MULTIPART)


def test_garbage_never_raises():
    for raw in (b"", b"\x00\x01\x02", b"Subject: =?bogus?Q?=ZZ?=\r\n\r\n", b"Content-Type: multipart/mixed\r\n\r\n--",
                # found by the fuzzer: a non-ASCII charset name in an encoded-word (CharsetError)
                b"Subject: =?\x80tf-8?q?=C3=A0_projets?=\r\n\r\n"):
        envelope = read_envelope(raw)
        assert isinstance(envelope.subject, str)


def test_eight_bit_headers_are_utf8_else_cp1252():
    raw = "From: Zoë <zoe@example.org>\r\nSubject: Caf\u00e9 in Ieper\r\n\r\n".encode()
    assert (read_envelope(raw).sender_name, read_envelope(raw).subject) == ("Zoë", "Café in Ieper")
    raw = "Subject: Caf\u00e9 à Lille\r\n\r\n".encode("cp1252")
    assert read_envelope(raw).subject == "Café à Lille"


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
