"""Real-looking mail for the application tests: filled forms of the call, replies, auto-replies, bounces."""

from __future__ import annotations

from email.utils import make_msgid

from config import load_call
from intake.applications.form import build_form, fill_docx_form, fill_pdf_form
from tests.support.mail import make_email

CALL = load_call()
PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def filled_form(values: dict[str, str], *, language: str = "nl", file_format: str = "pdf") -> bytes:
    blank = build_form(CALL, language, file_format, send_to="coordinator@example.org")
    return fill_pdf_form(blank, values) if file_format == "pdf" else fill_docx_form(blank, values)


def application_mail(values: dict[str, str], *, sender: str, language: str = "nl", file_format: str = "pdf",
                     subject: str = "Projectidee", **kwargs) -> bytes:
    form = filled_form(values, language=language, file_format=file_format)
    mime = PDF_MIME if file_format == "pdf" else DOCX_MIME
    body = ("Beste,\n\nIn bijlage ons projectidee.\n\nGroeten\n" if language == "nl"
            else "Bonjour,\n\nVeuillez trouver notre projet en pièce jointe.\n\nCordialement\n")
    return make_email(sender=sender, subject=subject, body=body,
                      attachments=[(f"aanvraag.{file_format}", form, mime)], **kwargs)


def auto_reply(to_subject: str = "Projectidee") -> bytes:
    return make_email(sender="Piet Afwezig <piet@example.org>", subject=f"Automatisch antwoord: {to_subject}",
                      body="Ik ben afwezig tot 20 juni.\n", headers={"Auto-Submitted": "auto-replied"})


def dsn_bounce(original_message_id: str = "<receipt-1@example.org>",
               failed_recipient: str = "nobody@example.net") -> bytes:
    """A real delivery status notification (RFC 3464), as Postfix writes them."""
    return (
        "Return-Path: <>\r\n"
        "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\r\n"
        "To: coordinator@example.org\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: {make_msgid(domain='mail.example.org')}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="DSN-1"\r\n\r\n'
        "--DSN-1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mail.example.org.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
        f"<{failed_recipient}>: host mx.example.net said: 550 5.1.1 user unknown\r\n\r\n"
        "--DSN-1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.example.org\r\n\r\n"
        f"Final-Recipient: rfc822; {failed_recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
        "--DSN-1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: coordinator@example.org\r\nTo: {failed_recipient}\r\nMessage-ID: {original_message_id}\r\n"
        "Subject: Re: Projectidee\r\n\r\n"
        "--DSN-1--\r\n"
    ).encode("ascii")


def values(n: int, *, municipality: str = "Lo-Reninge", postcode: str = "8647", amount: str = "9.500",
           language: str = "nl", **overrides: str) -> dict[str, str]:
    base = {
        "organisation": f"Dorpsraad {n}" if language == "nl" else f"Association {n}",
        "contact_name": f"Griet Voorbeeld{n}" if language == "nl" else f"Camille Exemple{n}",
        "email": f"aanvrager{n}@example.org",
        "phone": "051 70 12 34" if language == "nl" else "03 28 68 31 55",
        "address": "Markt 12" if language == "nl" else "4 rue du Moulin",
        "postcode": postcode,
        "municipality": municipality,
        "project_title": f"Samen tuinieren {n}" if language == "nl" else f"Jardin partagé {n}",
        "summary": "Een moestuin voor de hele buurt." if language == "nl" else "Un jardin pour tout le quartier.",
        "requested_amount": amount,
        "total_budget": "12.000" if language == "nl" else "12 000",
    }
    base.update(overrides)
    return base
