"""Realistic load for the intake benchmark: application e-mails, ordinary mail, one huge attachment.

Applications are the golden corpus's invented applicants (Dutch and French) with every mail's values made
unique, so no two attachments share bytes (a store that de-duplicates by sha256 gets no free ride): the
call's own form filled in (PDF with fields, or DOCX with content controls), the applicant's own table or
"Label: value" PDF, and for a third of them a 1-3 page annex PDF. Ordinary mail is plain or HTML text of
1-12 KB, one in ten with a 40-400 KB binary attachment, as a coordinator's inbox holds over the years.
"""

from __future__ import annotations

import base64
import dataclasses
import email.policy
import io
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from tests.parsers import corpus
from tests.support.dovecot import PASSWORD, Dovecot

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class Document:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Application:
    raw: bytes
    documents: tuple[Document, ...]  # what a parser has to read (PDF and DOCX), in attachment order


def _annex_pdf(person: corpus.Applicant, pages: int, serial: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    heading = "Bijlage: toelichting bij het budget" if person.language == "nl" else \
        "Annexe : explication du budget"
    for page in range(pages):
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(50, 800, f"{heading} ({serial}) - {page + 1}/{pages}")
        pdf.setFont("Helvetica", 10)
        y = 780
        for line_number in range(50):
            text, amount = person.lines[line_number % len(person.lines)]
            pdf.drawString(50, y, f"{line_number + 1}. {text}: {person.money(amount)} - {person.summary[:60]}")
            y -= 14
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _applicant(serial: int) -> corpus.Applicant:
    person = corpus.APPLICANTS[serial % len(corpus.APPLICANTS)]
    local, domain = person.email.split("@")
    # each serial is its own applicant: one sender with many ideas would (rightly) be set aside for the
    # coordinator as second ideas, and the full cycle would no longer make applications
    return dataclasses.replace(person, key=f"{person.key}{serial}", email=f"{local}.{serial}@{domain}",
                               project_title=f"{person.project_title} ({serial})",
                               contact_name=f"{person.contact_name} {serial}")


def build_applications(count: int, seed: int = 7) -> list[Application]:
    """``count`` application e-mails with 1-2 PDF/DOCX documents each, Dutch and French alternating."""
    rng = random.Random(seed)
    builders = (corpus.acroform_pdf, corpus.content_control_docx, corpus.table_pdf, corpus.table_docx,
                corpus.label_lines_pdf)
    out: list[Application] = []
    for serial in range(count):
        person = _applicant(serial)
        sample = builders[serial % len(builders)](person)
        content_type = DOCX if sample.name.endswith(".docx") else PDF
        documents = [Document(sample.name, content_type, sample.data)]
        if rng.random() < 1 / 3:
            documents.append(Document("bijlage.pdf" if person.language == "nl" else "annexe.pdf", PDF,
                                      _annex_pdf(person, rng.randint(1, 3), serial)))
        message = EmailMessage()
        message["From"] = f"{person.contact_name} <{person.email}>"
        message["To"] = corpus.COORDINATOR
        message["Subject"] = (f"Projectaanvraag: {person.project_title}" if person.language == "nl"
                              else f"Candidature : {person.project_title}")
        message["Date"] = format_datetime(datetime(2019, 6, 16, 9, tzinfo=UTC) + timedelta(minutes=serial))
        message["Message-ID"] = f"<app-{serial}-{seed}@bench.example.org>"
        greeting = "Beste,\n\nIn bijlage onze aanvraag.\n\nMet vriendelijke groeten,\n" if person.language == "nl" \
            else "Bonjour,\n\nVeuillez trouver ci-joint notre candidature.\n\nCordialement,\n"
        message.set_content(f"{greeting}{person.contact_name}\n{person.organisation}\n")
        for document in documents:
            maintype, subtype = document.content_type.split("/", 1)
            message.add_attachment(document.data, maintype=maintype, subtype=subtype, filename=document.filename)
        out.append(Application(message.as_bytes(policy=email.policy.SMTP), tuple(documents)))
    return out


_WORD_TEXT = ("buurt vergadering verslag agenda uitnodiging subsidie gemeente project vrijwilligers planning "
          "quartier réunion compte-rendu invitation commune bénévoles calendrier budget facture merci "
          "rappel dossier formulaire bijlage annexe samenwerking partenaires")
_WORDS = tuple(_WORD_TEXT.split())


def ordinary_mail(serial: int, rng: random.Random, tag: str) -> bytes:
    """One ordinary message, built as raw bytes (fast: 10,000 of them take seconds)."""
    words = rng.randint(150, 2000)
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    lines = "\r\n".join(text[i:i + 72] for i in range(0, len(text), 72))
    headers = (f"From: Buur {serial} <buur{serial}@example.net>\r\nTo: {corpus.COORDINATOR}\r\n"
               f"Subject: {rng.choice(_WORDS)} {serial}\r\n"
               f"Date: {format_datetime(datetime(2016, 1, 1, tzinfo=UTC) + timedelta(hours=serial))}\r\n"
               f"Message-ID: <{tag}-{serial}@bench.example.net>\r\nMIME-Version: 1.0\r\n")
    if rng.random() >= 0.1:
        return (headers + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + lines + "\r\n").encode()
    blob = rng.randbytes(rng.randint(40_000, 400_000))
    encoded = base64.encodebytes(blob).replace(b"\n", b"\r\n")
    boundary = f"=_b{serial}"
    return (headers + f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{lines}\r\n"
            f'--{boundary}\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename="foto{serial}.jpg"'
            f"\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode() + encoded + f"--{boundary}--\r\n".encode()


def big_attachment_mail(size: int, seed: int = 3) -> bytes:
    """One message with an attachment of ``size`` bytes (incompressible), base64 as mail carries it."""
    message = EmailMessage()
    message["From"] = "Grote Bijlage <groot@example.org>"
    message["To"] = corpus.COORDINATOR
    message["Subject"] = "Alle bijlagen in een archief"
    message["Message-ID"] = "<big@bench.example.org>"
    message.set_content("In bijlage het archief met alle stukken.\n")
    message.add_attachment(random.Random(seed).randbytes(size), maintype="application", subtype="zip",
                           filename="stukken.zip")
    return message.as_bytes(policy=email.policy.SMTP)


def append_all(server: Dovecot, user: str, messages, folder: str = "INBOX", chunk_bytes: int = 8_000_000) -> int:
    """Put messages into a real Dovecot folder with MULTIAPPEND, in chunks of about ``chunk_bytes``."""
    import imapclient

    client = imapclient.IMAPClient(server.host, port=server.port, ssl=False, timeout=120)
    client.login(user, PASSWORD)
    count = 0
    try:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        chunk: list[bytes] = []
        size = 0
        for raw in messages:
            chunk.append(raw)
            size += len(raw)
            count += 1
            if size >= chunk_bytes:
                client.multiappend(folder, chunk)
                chunk, size = [], 0
        if chunk:
            client.multiappend(folder, chunk)
    finally:
        client.logout()
    return count
