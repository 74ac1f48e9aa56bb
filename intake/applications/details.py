"""One application in full (`intake show --format json`, the console's application page): fields with their
source, documents, messages, mails sent and history.

A value is shown and edited as one line of text (``field_text``), the same text `intake set` takes back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from parsers.confidence import REVIEW_THRESHOLD
from storage.applications import Application
from storage.models import Message
from storage.outbox import OutgoingMail
from storage.records import application_record

# Below this an extracted value is shown as "to check" (the console highlights it).
LOW_CONFIDENCE = REVIEW_THRESHOLD

# What a reviewer (the jury) does not see: the contact person. The jury judges the project; the form
# itself, as a document, still carries its contact block. To read the field table's `personal` flag
# once that table lands in parsers/.
CONTACT_FIELDS = ("contact_name", "email", "phone", "address")


def field_text(name: str, value: Any) -> str:
    """A value as one line of text: budget lines as 'description: amount; ...' (what `intake set` reads)."""
    if value is None:
        return ""
    if name == "budget_lines" and isinstance(value, list):
        return "; ".join(f"{line['description']}: {line['amount']}" for line in value)
    return str(value)


def application_details(session: Session, application: Application) -> dict[str, Any]:
    record = application_record(application)
    messages = list(session.scalars(select(Message).where(Message.application_id == application.id)
                                    .order_by(Message.id)))
    data = {
        **record,
        "fields": {
            f.name: {"value": f.value, "source": f.source, "confidence": f.confidence, "set_by": f.set_by,
                     "document_id": f.document_id, "to_check": f.name in record["to_check"]}
            for f in application.fields if f.superseded_at is None
        },
        "field_history": [
            {"field": f.name, "value": f.value, "source": f.source, "set_by": f.set_by,
             "at": f.created_at, "superseded_at": f.superseded_at}
            for f in application.fields
        ],
        "documents": [
            {"id": d.id, "kind": d.kind, "filename": d.filename, "sha256": d.sha256, "content_type": d.content_type,
             "parse_status": d.parse_status, "error": d.error, "language": d.language, "message": d.message_pk,
             "links": list(d.links or ())}
            for d in application.documents
        ],
        "messages": [
            {"id": m.id, "received_at": m.received_at, "date_header": m.date_header, "sender": m.sender,
             "subject": m.subject,
             "classification": m.classification, "status": m.status}
            for m in messages
        ],
        "history": [{"at": e.at, "kind": e.kind, **e.detail} for e in application.events],
    }
    data["notifications"] = [
        {"id": row.id, "kind": row.kind, "to": row.recipient, "state": row.state, "subject": row.subject,
         "sent_at": row.sent_at, "error": row.last_error}
        for row in session.scalars(select(OutgoingMail).where(OutgoingMail.application_id == application.id)
                                   .order_by(OutgoingMail.id))
    ]
    return data
