"""Hostile and broken mail, built in code: each case is raw message bytes and what must become of it.

Every case must be stored (nothing is lost), end with a status and a reason where something was wrong,
and never crash or stall the worker. Expected outcomes are per message: the status the message must
reach, and for cases about one attachment, the parse status of that attachment's document.
"""

from __future__ import annotations

import base64
import io
import zipfile
import zlib
from dataclasses import dataclass

from tests.support.applications import filled_form, values
from tests.support.mail import make_email

CRLF = b"\r\n"


@dataclass(frozen=True)
class Case:
    name: str
    raw: bytes
    message_status: tuple[str, ...] = ("processed", "set_aside")  # acceptable end states
    document_status: str | None = None  # parse status expected of the (first) attachment
    message_error: str | None = None  # a phrase the stored message's error must contain
    note: str = ""


def _headers(subject: bytes = b"Hostile", extra: bytes = b"") -> bytes:
    return (b"From: Hostile Sender <hostile@example.org>\r\nTo: coordinator@example.org\r\n"
            b"Subject: " + subject + b"\r\nMessage-ID: <" + subject[:40].replace(b" ", b"-").replace(b"<", b"")
            .replace(b">", b"") + b"@example.org>\r\n" + extra)


def _multipart(parts: list[bytes], boundary: bytes = b"b0") -> bytes:
    body = b""
    for part in parts:
        body += b"--" + boundary + CRLF + part + CRLF
    return body + b"--" + boundary + b"--" + CRLF


def _attachment(filename: str, data: bytes, mime: str = "application/octet-stream") -> bytes:
    """A message with one attachment, its name in RFC 2231 form: any character a hostile client may send."""
    from urllib.parse import quote

    encoded = base64.encodebytes(data).replace(b"\n", CRLF)
    subject = b"Bijlage " + quote(filename[:30]).encode()
    return _headers(subject, b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n') + \
        _multipart([b"Content-Type: text/plain; charset=utf-8\r\n\r\nZie bijlage.",
                    b"Content-Type: " + mime.encode() + b"\r\nContent-Transfer-Encoding: base64\r\n"
                    b"Content-Disposition: attachment; filename*=utf-8''" + quote(filename, safe="").encode() +
                    b"\r\n\r\n" + encoded])


def _docx_with_document_xml(xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"><Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("_rels/.rels",
                         '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                         '</Relationships>')
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def zip_bomb_docx(expanded_bytes: int = 1 << 30) -> bytes:
    """A DOCX whose document.xml inflates to ``expanded_bytes`` (a gigabyte) from about a megabyte."""
    head = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body><w:p><w:r><w:t>')
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    return zip_bomb(_docx_with_document_xml(b"<x/>"), "word/document.xml", head, tail, expanded_bytes)


def _xlsx_base() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Totaal", 1000])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def zip_bomb_xlsx(expanded_bytes: int = 1 << 30) -> bytes:
    """An Excel workbook whose first sheet inflates to a gigabyte of one cell's text."""
    head = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
    tail = b"</t></is></c></row></sheetData></worksheet>"
    return zip_bomb(_xlsx_base(), "xl/worksheets/sheet1.xml", head, tail, expanded_bytes)


def billion_laughs_xlsx() -> bytes:
    xml = (_billion_laughs(b"worksheet") +
           b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
           b'<c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_xlsx_base())) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, xml if item.filename == "xl/worksheets/sheet1.xml" else source.read(item.filename))
    return out.getvalue()


def zip_bomb(base: bytes, member: str, head: bytes, tail: bytes, expanded_bytes: int) -> bytes:
    """``base`` (a zip) with ``member`` replaced by ``head``, spaces and ``tail`` inflating to ``expanded_bytes``."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b" " * (1 << 20)
    compressed = compressor.compress(head)
    crc = zlib.crc32(head)
    remaining = expanded_bytes - len(head) - len(tail)
    while remaining > 0:
        piece = chunk[: min(len(chunk), remaining)]
        compressed += compressor.compress(piece)
        crc = zlib.crc32(piece, crc)
        remaining -= len(piece)
    compressed += compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(tail, crc)
    # rebuild the archive with the bomb as the member, written raw (zipfile would inflate it first)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != member:
                target.writestr(item, source.read(item.filename))
        info = zipfile.ZipInfo(member)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.CRC = crc & 0xFFFFFFFF
        info.compress_size = len(compressed)
        info.file_size = expanded_bytes
        target.fp.write(info.FileHeader())  # type: ignore[union-attr]
        header_offset = target.fp.tell() - len(info.FileHeader())  # type: ignore[union-attr]
        target.fp.write(compressed)  # type: ignore[union-attr]
        info.header_offset = header_offset
        target.filelist.append(info)
        target.NameToInfo[info.filename] = info
        target.start_dir = target.fp.tell()  # type: ignore[union-attr]
    return out.getvalue()


def cyclic_pdf() -> bytes:
    """A PDF whose page tree points back at itself: naive readers walk it forever."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 /Parent 2 0 R >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(filled_form(values(1))))
    writer.encrypt(user_password="geheim", owner_password="geheim2")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def xxe_docx() -> bytes:
    xml = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           b'<w:p><w:r><w:t>Naam vereniging: &xxe;</w:t></w:r></w:p></w:body></w:document>')
    return _docx_with_document_xml(xml)


def _billion_laughs(root: bytes) -> bytes:
    """An XML head whose entity ``&lol9;`` expands to a billion "lol"s (the parsers refuse it)."""
    entities = b'<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    return b'<?xml version="1.0"?><!DOCTYPE ' + root + b" [" + entities + b"]>"


def billion_laughs_docx() -> bytes:
    xml = (_billion_laughs(b"w:document") +
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           b'<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    return _docx_with_document_xml(xml)


def build_cases(*, huge_attachment_bytes: int = 30 * 1024 * 1024) -> list[Case]:
    pdf = filled_form(values(1))
    nested = b"Content-Type: multipart/mixed; boundary=n0\r\n\r\n"
    for level in range(1, 2000):
        nested += b"--n%d\r\nContent-Type: multipart/mixed; boundary=n%d\r\n\r\n" % (level - 1, level)
    many_parts = _multipart([b"Content-Type: text/plain\r\n\r\ntekst"] + [
        b'Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="f%d.bin"\r\n\r\nx' % i
        for i in range(600)])
    deep_rfc822 = b"From: a@example.org\r\nSubject: in\r\n\r\nbinnenste\r\n"
    for _ in range(50):
        deep_rfc822 = b"From: a@example.org\r\nSubject: laag\r\nContent-Type: message/rfc822\r\n\r\n" + deep_rfc822
    scan = _scan_pdf()
    return [
        Case("missing closing boundary", _headers(b"no closing boundary",
             b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n') + b"--b0\r\nContent-Type: text/plain\r\n\r\n"
             b"Project zonder einde\r\n"),
        Case("boundary never declared", _headers(b"no boundary", b"Content-Type: multipart/mixed\r\n\r\n") +
             b"--x\r\nContent-Type: text/plain\r\n\r\nhallo\r\n--x--\r\n"),
        Case("bad base64", _headers(b"bad base64", b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n') +
             _multipart([b"Content-Type: text/plain\r\n\r\nzie bijlage",
                         b'Content-Type: application/pdf; name="a.pdf"\r\nContent-Transfer-Encoding: base64\r\n'
                         b'Content-Disposition: attachment; filename="a.pdf"\r\n\r\n@@@@not*base64!!!']),
             message_error="damaged base64"),
        Case("broken encoded-words", _headers(b"=?utf-8?B?!!!?= =?bogus?Q?=ZZ?= =?utf-8?Q?caf=C3?=") +
             b"\r\nProjectidee\r\n"),
        Case("NUL bytes", _headers(b"nul\x00bytes", b"X-Nul: a\x00b\r\n") + b"\r\nproject\x00idee\r\n"),
        Case("2,000 nested parts", _headers(b"nested", b"MIME-Version: 1.0\r\n") + nested,
             message_status=("failed",), message_error="too deeply"),
        Case("100,000-character header line", _headers(b"long header", b"X-Long: " + b"a" * 100_000 + b"\r\n") +
             b"\r\nProjectidee\r\n"),
        Case("100,000-character subject", _headers(b"Subject-" + b"x" * 100_000) + b"\r\nidee\r\n"),
        Case("garbage header lines", b"this is not a header\r\n: neither\r\nFrom hostile@example.org\r\n\r\nbody\r\n"),
        Case("no headers at all", b"\r\nJust a body, nothing else.\r\n"),
        Case("invalid UTF-8 in headers", _headers(b"\xff\xfe\xfd invalid \xc3\x28") + b"\r\nidee\r\n"),
        Case("unknown body charset", _headers(b"charset", b"Content-Type: text/plain; charset=x-klingon\r\n") +
             b"\r\nQapla\xff\r\n"),
        Case("broken quoted-printable", _headers(b"qp", b"Content-Transfer-Encoding: quoted-printable\r\n") +
             b"\r\n=ZZ=\r\n=3\r\nidee=\r\n"),
        Case("garbage message/rfc822 part", _headers(b"rfc822", b'Content-Type: multipart/mixed; boundary="b0"\r\n'
             b"\r\n") + _multipart([b"Content-Type: text/plain\r\n\r\nzie bijlage",
                                    b"Content-Type: message/rfc822\r\n\r\n\x00\x01\x02 not a message"])),
        Case("600 attachments", _headers(b"many parts", b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n') +
             many_parts, message_error="more than 500 attachments"),
        Case("two From and two Message-ID", b"From: a@example.org\r\nFrom: b@example.org\r\n"
             b"Message-ID: <one@example.org>\r\nMessage-ID: <two@example.org>\r\nSubject: twice\r\n\r\nidee\r\n"),
        Case("Message-ID of 5,000 characters", b"From: a@example.org\r\nMessage-ID: <" + b"m" * 5000 +
             b"@example.org>\r\nSubject: long id\r\n\r\nidee\r\n"),
        Case("From without an address", b"From: \"\" <>\r\nSubject: nobody\r\n\r\nidee\r\n"),
        Case("bare LF line endings", b"From: a@example.org\nSubject: lf\n\nidee\nmet regels\n"),
        Case("bare CR line endings", b"From: a@example.org\rSubject: cr\r\ridee\r"),
        Case("50 nested message/rfc822", _headers(b"deep rfc822", b"Content-Type: message/rfc822\r\n\r\n") +
             deep_rfc822),
        Case("HTML-only body with script", _headers(b"html", b"Content-Type: text/html; charset=utf-8\r\n\r\n") +
             b"<html><script>alert(1)</script><body><p>Gevraagd bedrag: 5.000 euro</p><img src=x onerror=a()>"
             b"</body></html>\r\n"),
        Case("5 MB HTML body", _headers(b"big html", b"Content-Type: text/html\r\n\r\n") +
             b"<p>" + b"<b>x</b>" * 700_000 + b"</p>\r\n"),
        Case("attachment without Content-Type", _headers(b"no type", b'Content-Type: multipart/mixed; boundary="b0"'
             b"\r\n\r\n") + _multipart([b"\r\ntekst",
                                        b'Content-Disposition: attachment; filename="x.pdf"\r\n\r\n' + pdf[:2000]])),
        Case("30 MB attachment", _attachment("groot.pdf", b"%PDF-1.4\n" + b"0" * huge_attachment_bytes,
                                             "application/pdf"), document_status="too_large"),
        Case("decompression bomb DOCX", _attachment("bom.docx", zip_bomb_docx()), document_status="failed"),
        Case("encrypted PDF", _attachment("versleuteld.pdf", encrypted_pdf(), "application/pdf"),
             document_status="encrypted"),
        Case("PDF with a cyclic page tree", _attachment("lus.pdf", cyclic_pdf(), "application/pdf"),
             document_status=None),
        Case("XML external entity in DOCX", _attachment("xxe.docx", xxe_docx())),
        Case("billion laughs in DOCX", _attachment("lol.docx", billion_laughs_docx())),
        Case("filename with ../", _attachment("../../../etc/cron.d/evil.pdf", pdf, "application/pdf"),
             document_status="parsed"),
        Case("absolute path filename", _attachment("/etc/passwd", pdf, "application/pdf"), document_status="parsed"),
        Case("control characters in filename", _attachment("aan\x01vraag\x1b[31m\r\n.pdf", pdf, "application/pdf"),
             document_status="parsed"),
        Case("500-character filename", _attachment("a" * 500 + ".pdf", pdf, "application/pdf"),
             document_status="parsed"),
        Case("right-to-left override in filename", _attachment("aanvraag\u202efdp.exe", pdf, "application/pdf"),
             document_status="parsed"),
        Case("DOCX named .pdf", _attachment("eigenlijk-word.pdf", filled_form(values(2), file_format="docx"),
                                            "application/pdf"), document_status="parsed"),
        Case(".doc renamed .docx", _attachment("oud.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048),
             document_status="unsupported"),
        Case("empty attachment", _attachment("leeg.pdf", b"", "application/pdf"), document_status="failed"),
        Case("0-page PDF", _attachment("nul.pdf", _zero_page_pdf(), "application/pdf"), document_status="no_text"),
        Case("truncated PDF", _attachment("half.pdf", pdf[: len(pdf) // 3], "application/pdf")),
        Case("scan without text layer", _attachment("scan.pdf", scan, "application/pdf"), document_status="no_text"),
        # images are read by OCR now: a PNG cut off after its signature is a damaged file
        Case("PNG named .pdf", _attachment("foto.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "application/pdf"),
             document_status="failed"),
        # a zip is opened: its text file is read; a bomb inside costs its cap; a hostile name is a label only
        Case("zip archive", _attachment("bijlagen.zip", _zip({"a.txt": b"hallo"})), document_status="parsed"),
        Case("decompression bomb in a zip", _attachment("bom.zip", zip_bomb(_zip({}), "budget.csv",
                                                                            b"Totaal;", b"1000", 1 << 30)),
             document_status="unsupported"),
        Case("zip of ../ and absolute names", _attachment("pad.zip", _zip({"../../etc/cron.d/x.txt": b"Projectidee",
                                                                           "/etc/passwd": b"root"})),
             document_status="parsed"),
        Case("zip holding a zip holding a zip", _attachment("diep.zip", _zip({"a.zip": _zip({"b.zip": _zip(
            {"c.txt": b"x"})})})), document_status="unsupported"),
        Case("decompression bomb XLSX", _attachment("bom.xlsx", zip_bomb_xlsx()), document_status="failed"),
        Case("billion laughs in XLSX", _attachment("lol.xlsx", billion_laughs_xlsx()), document_status="failed"),
        Case("random bytes named .docx", _attachment("ruis.docx", bytes(range(256)) * 40),
             document_status="unsupported"),
        Case("base64 attachment with line noise", make_email(subject="noise", body="zie bijlage\n") +
             b"\r\n" + base64.b64encode(b"\x00" * 100)),
    ]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _zero_page_pdf() -> bytes:
    body = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
    xref = len(body)
    return body + (b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
                   b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)


def _scan_pdf() -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (400, 200), 255)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(image), 50, 500, 400, 200)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
