"""The console's list reads its records as plain rows (``storage.records.load_records``): they must be the
very records `intake list` builds from the ORM objects, with the same ``to_check``."""

from __future__ import annotations

import mailbox

from sqlalchemy import select

from intake.applications.decisions import correct_fields, decide_status
from intake.applications.overview import LIST_FIELDS, list_records, overview_records
from intake.mailbox.maildir import ensure_maildir
from intake.worker.cycle import run_cycle
from parsers.field_table import FIELD_NAMES
from storage.applications import Application
from storage.records import application_record, load_applications, load_records
from tests.support.applications import application_mail, values
from tests.support.mail import make_email


def test_plain_rows_give_the_orm_records(make_runtime, tmp_path):
    maildir = tmp_path / "mailbox"
    ensure_maildir(maildir)
    box = mailbox.Maildir(maildir, create=False)
    box.add(application_mail(values(1), sender="a@example.org"))
    box.add(application_mail(values(2, language="fr", municipality="Hondschoote", postcode="59122",
                                    amount="8 000"), sender="b@example.org", language="fr", file_format="docx"))
    # replies asked elsewhere (Reply-To): the From address is doubted, so there is a field to check
    box.add(make_email(sender="c@example.org", subject="Idee", headers={"Reply-To": "d@example.org"},
                       body="Organisatie: Buurt\nGevraagd bedrag: 4.500 euro\n"))
    runtime = make_runtime()
    run_cycle(runtime)
    call = runtime.settings.call
    with runtime.db.session() as session:
        first = session.scalars(select(Application).order_by(Application.sequence)).first()
        assert first is not None
        # a superseded field and a coordinator's value, a coordinator's status
        correct_fields(session, first, {"project_title": "Een andere titel", "requested_amount": "7.000"}, call,
                       runtime.clock(), actor="coordinator@example.org")
        decide_status(session, first, "selected", runtime.clock(), actor="coordinator@example.org")
    with runtime.db.session() as session:
        expected = [application_record(a) for a in load_applications(session, call.call_id)]
        assert len(expected) == 3
        assert overview_records(session, call) == expected
        assert any(record["to_check"] for record in expected)  # uncertain fields are there to be found
        assert load_records(session) == [application_record(a) for a in load_applications(session)]
        # the console's list reads only the fields it shows: the same values, the same to_check, no documents
        listed = list_records(session, call)
        assert listed == [{key: value for key, value in record.items()
                           if key not in (*FIELD_NAMES, "documents") or key in LIST_FIELDS} for record in expected]
