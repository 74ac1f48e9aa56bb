"""The console's pages: each reads what it shows through the functions the CLI uses, and renders a template.

No rule, format or table lives here: corrections and decisions are ``intake.applications.decisions``,
the list and the desk ``intake.applications.overview``, an application ``intake.applications.details``,
exports ``intake.applications.export``, accounts ``intake.accounts``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from config.errors import UsageError
from intake.accounts import authenticate, session_stamp
from intake.applications import linking
from intake.applications.attention import item_record, list_items
from intake.applications.decisions import (
    AUTO,
    STATUS_CHOICES,
    CorrectionRefused,
    SelectionDoubted,
    correct_fields,
    decide_status,
)
from intake.applications.details import CONTACT_FIELDS, LOW_CONFIDENCE, application_details, field_text
from intake.applications.export import CONTENT_TYPES, FORMATS, export_bytes, export_filename
from intake.applications.letters import letter_action, letter_view
from intake.applications.overview import ListQuery, desk_summary, list_records, page_of, select_records
from intake.mailbox import open_source
from intake.runtime import Runtime
from intake.web import i18n
from intake.web.app import ANYONE, Ctx, page
from intake.web.documents import document_response, packed_file_response, preview_of
from intake.web.security import content_disposition, new_token, safe_next
from intake.worker.settle import resolve
from notifications.retry import requeue
from parsers.field_table import FIELD_NAMES
from storage.applications import BY_COORDINATOR, BY_RULES, Application, Document
from storage.attention import AttentionItem
from storage.models import Message
from storage.outbox import RETRYABLE, OutgoingMail
from storage.records import application_record, load_applications, to_check
from storage.users import Role

STATUSES = (*BY_RULES, *BY_COORDINATOR)
PROBLEM_CODES = ("late", "over_max_amount", "outside_region", "region_unknown", "unreadable_document",
                 "requested_over_total")


@page(ANYONE)
def healthz(ctx: Ctx) -> Response:
    with ctx.db() as session:
        session.execute(text("SELECT 1"))
    return PlainTextResponse("ok")


@page(ANYONE)
def login(ctx: Ctx) -> Response:
    next_path = safe_next(ctx.request.query_params.get("next") or (ctx.form.get("next") if ctx.form else None))
    if ctx.request.method == "GET":
        if ctx.account is not None:
            return RedirectResponse(next_path, status_code=303)
        return ctx.render("login.html.j2", next_path=next_path, error=None, email="")
    assert ctx.form is not None
    email = str(ctx.form.get("email", "")).strip().lower()
    password = str(ctx.form.get("password", ""))
    client = ctx.request.client.host if ctx.request.client else "?"
    keys = (f"address:{email}", f"client:{client}")
    limiter = ctx.console.limiter
    if limiter.blocked(*keys):
        return ctx.render("login.html.j2", status_code=429, next_path=next_path, error=ctx.words["too_many"],
                          email=email)
    with ctx.db() as session:
        user = authenticate(session, email, password, ctx.console.clock()) if email and password else None
        stamp = session_stamp(user) if user is not None else ""
        user_id = user.id if user is not None else None
    if user_id is None:
        limiter.failed(*keys)
        # the form again, with the reason: a page, not an HTTP error (as for any form with a mistake in it)
        return ctx.render("login.html.j2", next_path=next_path, error=ctx.words["login_failed"],
                          email=email)
    limiter.succeeded(*keys)
    lang = ctx.session_data.get("lang")
    ctx.session_data.clear()  # a new session on sign-in: nothing from before carries over (fixation)
    ctx.session_data.update({"uid": user_id, "stamp": stamp, "csrf": new_token()})
    if lang:
        ctx.session_data["lang"] = lang
    return RedirectResponse(next_path, status_code=303)


@page()
def logout(ctx: Ctx) -> Response:
    lang = ctx.session_data.get("lang")
    ctx.session_data.clear()
    if lang:
        ctx.session_data["lang"] = lang
    return RedirectResponse("/login", status_code=303)


@page()
def desk(ctx: Ctx) -> Response:
    with ctx.db() as session:
        summary = desk_summary(session, ctx.console.settings.call, ctx.console.clock())
        # the detail says the item in words (the stored summary is the CLI's English)
        decide = [{**item_record(session, item), "detail": item.detail} for item in list_items(session)]
    return ctx.render("desk.html.j2", summary=summary, statuses=STATUSES, decide=decide,
                      outcome=ctx.request.query_params.get("outcome", ""))


@page(Role.COORDINATOR)
def attention_resolve(ctx: Ctx) -> Response:
    """One action of an attention item, as `intake attention resolve ID ACTION` does it."""
    assert ctx.form is not None
    item_id = ctx.request.path_params["item_id"]
    action = str(ctx.form.get("action", ""))
    console = ctx.console
    runtime = Runtime(settings=console.settings, db=console.db, blobs=console.blobs,
                      source=open_source(console.settings.mailbox), clock=console.clock)
    try:
        resolve(runtime, item_id, action, actor=ctx.account.email if ctx.account else None)
    except UsageError:
        return ctx.refuse(409, "forbidden")
    finally:
        if runtime._parser is not None:
            runtime._parser.close()
    return RedirectResponse(f"/?outcome=settled-{item_id}", status_code=303)


def _list_query(ctx: Ctx) -> ListQuery:
    params = ctx.request.query_params
    return ListQuery(status=params.get("status", ""), municipality=params.get("municipality", ""),
                     language=params.get("language", ""), problem=params.get("problem", ""),
                     only_to_check=params.get("to_check") == "1", search=params.get("q", ""),
                     sort=params.get("sort", "reference"), descending=params.get("dir") == "desc",
                     page=_page_number(params.get("page", "1")))


def _page_number(text: str) -> int:
    return int(text) if text.isdigit() and len(text) < 7 else 1


@page()
def applications(ctx: Ctx) -> Response:
    query = _list_query(ctx)
    with ctx.db() as session:
        records = list_records(session, ctx.console.settings.call)
    shown = select_records(records, query)
    municipalities = sorted({r["municipality"] for r in records if r["municipality"]})
    return ctx.render("applications.html.j2", records=page_of(shown, query.page), matching=len(shown),
                      total=len(records), q=query, statuses=STATUSES, municipalities=municipalities,
                      problems=PROBLEM_CODES)


def _form_values(ctx: Ctx) -> dict[str, str]:
    assert ctx.form is not None
    return {name: str(ctx.form[name]) for name in FIELD_NAMES if name in ctx.form}


@page()
def application(ctx: Ctx) -> Response:
    reference = ctx.request.path_params["reference"]
    call = ctx.console.settings.call
    errors: dict[str, str] = {}
    submitted: dict[str, str] = {}
    doubts: dict[str, list[str]] = {}
    status = ""
    if ctx.request.method == "POST":
        if ctx.account is None or not ctx.account.may_change:
            return ctx.refuse(403, "forbidden")
        submitted = _form_values(ctx)
        status = str(ctx.form.get("status", "")) if ctx.form else ""
        note = str(ctx.form.get("note", "")) if ctx.form else ""
        force = bool(ctx.form and ctx.form.get("force") == "1")
        try:
            with ctx.db() as session:
                found = linking.find_by_reference(session, reference)
                if found is None:
                    return ctx.refuse(404, "not_found")
                now = ctx.console.clock()
                changed = correct_fields(session, found, submitted, call, now, actor=ctx.account.email)
                # as `intake status REF selected` without --force: what speaks against a selection is said in
                # words and confirmed with a checkbox (nothing of this submission is saved until then)
                decided = bool(status) and decide_status(session, found, status, now, actor=ctx.account.email,
                                                         note=note, force=force)
                canonical = found.reference
        except CorrectionRefused as exc:
            errors = exc.errors
        except SelectionDoubted as exc:
            errors = {"status": ""}
            doubts = {"missing": exc.missing, "problems": exc.problems}
        except UsageError as exc:
            errors = {"status": str(exc)}
        if not errors:
            outcome = "saved" if (changed or decided) else "unchanged"
            return RedirectResponse(f"/applications/{canonical}?outcome={outcome}", status_code=303)
    with ctx.db() as session:
        found = linking.find_by_reference(session, reference)
        if found is None:
            return ctx.refuse(404, "not_found")
        details = application_details(session, found)
        letter = None if reviewer_view(ctx) else letter_view(session, ctx.console.settings, found)
        uncertain = to_check(found)
        documents = list(found.documents)
        chosen = _chosen_document(ctx, documents)
        preview = preview_of(ctx.console.blobs, chosen) if chosen is not None else None
        chosen_data = _document_data(chosen) if chosen is not None else None
    reviewer = ctx.account is not None and ctx.account.role == Role.REVIEWER
    fields = [
        {"name": name, "text": submitted.get(name, field_text(name, details["fields"].get(name, {}).get("value"))),
         "info": details["fields"].get(name), "low": name in uncertain, "error": errors.get(name)}
        for name in FIELD_NAMES if not (reviewer and name in CONTACT_FIELDS)
    ]
    current_choice = status if errors and status else found.coordinator_status or AUTO
    return ctx.render(
        "application.html.j2", app=details, fields=fields, errors=errors,
        documents=[_document_data(d) for d in documents], chosen=chosen_data, preview=preview,
        status_choices=STATUS_CHOICES, current_choice=current_choice, rule_status=found.status,
        reviewer=reviewer, low_confidence=LOW_CONFIDENCE, outcome=ctx.request.query_params.get("outcome"),
        note=str(ctx.form.get("note", "")) if ctx.form and errors else "", letter=letter, doubts=doubts)


def reviewer_view(ctx: Ctx) -> bool:
    return ctx.account is None or ctx.account.role == Role.REVIEWER


@page(Role.COORDINATOR)
def letter(ctx: Ctx) -> Response:
    """The application's decision letter: draft it, save an edit, approve it, or hand it to the outbox."""
    assert ctx.form is not None
    reference = ctx.request.path_params["reference"]
    action = str(ctx.form.get("action", ""))
    now = ctx.console.clock()
    settings = ctx.console.settings
    with ctx.db() as session:
        found = linking.find_by_reference(session, reference)
        if found is None:
            return ctx.refuse(404, "not_found")
        canonical = found.reference
        try:
            outcome = letter_action(session, settings, found, action, now, actor=ctx.account.email if ctx.account
                                    else None, subject=ctx.form.get("letter_subject"),
                                    text=ctx.form.get("letter_text"))
        except UsageError as exc:
            session.rollback()
            return ctx.render("message.html.j2", status_code=409, text=str(exc))
    return RedirectResponse(f"/applications/{canonical}?outcome={outcome}#letter", status_code=303)


def _chosen_document(ctx: Ctx, documents: list[Document]) -> Document | None:
    wanted = ctx.request.query_params.get("doc", "")
    if wanted.isdigit():
        for document in documents:
            if document.id == int(wanted):
                return document
    # the form first: a PDF, then any other file, then the e-mail's own text
    for test in (lambda d: d.kind != "body" and d.content_type == "application/pdf",
                 lambda d: d.kind != "body", lambda d: True):
        for document in documents:
            if test(document):
                return document
    return None


def _document_data(document: Document) -> dict:
    return {"id": document.id, "kind": document.kind, "filename": document.filename,
            "content_type": document.content_type, "parse_status": document.parse_status,
            "error": document.error, "message": document.message_pk, "size": document.size,
            "links": list(document.links or ())}


def _document_of(ctx: Ctx, session: Session) -> Document | None:
    """The document the path names, when it belongs to the application the path names (never another's)."""
    found = linking.find_by_reference(session, ctx.request.path_params["reference"])
    row = session.get(Document, ctx.request.path_params["document_id"])
    return row if found is not None and row is not None and row.application_id == found.id else None


@page()
def document(ctx: Ctx) -> Response:
    with ctx.db() as session:
        row = _document_of(ctx, session)
        if row is None:
            return ctx.refuse(404, "not_found")
        return document_response(ctx.console.blobs, row, download=ctx.request.query_params.get("download") == "1")


@page()
def packed_file(ctx: Ctx) -> Response:
    """A file packed in a .zip or a winmail.dat of the application, as a download."""
    with ctx.db() as session:
        row = _document_of(ctx, session)
        if row is None:
            return ctx.refuse(404, "not_found")
        return packed_file_response(ctx.console.blobs, row, ctx.request.path_params["index"])


@page(Role.COORDINATOR)
def messages(ctx: Ctx) -> Response:
    with ctx.db() as session:
        rows = list(session.scalars(select(Message).options(selectinload(Message.attachments))
                                    .order_by(Message.received_at.desc(), Message.id.desc())))
        references = dict(session.execute(select(Application.id, Application.reference)).all())
        # a held message's stored reason is the CLI's English: say it from its attention item instead
        held = {item.message_pk: {"kind": item.kind, "detail": item.detail, "summary": item.summary}
                for item in session.scalars(select(AttentionItem).where(AttentionItem.message_pk.is_not(None))
                                            .order_by(AttentionItem.id))}
        items = [{"id": m.id, "received_at": m.received_at, "sender": m.sender, "subject": m.subject,
                  "classification": m.classification, "status": m.status, "error": m.error,
                  "held": held.get(m.id),
                  "reference": references.get(m.application_id), "attachments": len(m.attachments)}
                 for m in rows]
    return ctx.render("messages.html.j2", items=items)


@page(Role.COORDINATOR)
def outbox(ctx: Ctx) -> Response:
    with ctx.db() as session:
        rows = list(session.scalars(select(OutgoingMail).order_by(OutgoingMail.id.desc())))
        references = dict(session.execute(select(Application.id, Application.reference)).all())
        items = [{"id": r.id, "created_at": r.created_at, "sent_at": r.sent_at, "kind": r.kind,
                  "recipient": r.recipient, "subject": r.subject, "state": r.state, "attempts": r.attempts,
                  "error": r.last_error, "reference": references.get(r.application_id),
                  "retryable": r.state in RETRYABLE} for r in rows]
    return ctx.render("outbox.html.j2", items=items, outcome=ctx.request.query_params.get("outcome"))


@page(Role.COORDINATOR)
def outbox_retry(ctx: Ctx) -> Response:
    assert ctx.form is not None
    ids = [int(value) for value in ctx.form.getlist("id") if str(value).isdigit()]
    if not ids:
        return RedirectResponse("/outbox", status_code=303)
    try:
        with ctx.db() as session:
            requeue(session, ids)
    except UsageError:
        return ctx.refuse(409, "forbidden")
    return RedirectResponse("/outbox?outcome=queued", status_code=303)


@page(Role.COORDINATOR)
def export(ctx: Ctx) -> Response:
    kind = ctx.request.path_params["kind"]
    if kind not in FORMATS:
        return ctx.refuse(404, "not_found")
    call = ctx.console.settings.call
    lang = ctx.request.query_params.get("lang") if ctx.request.query_params.get("lang") in i18n.LANGUAGES \
        else ctx.lang
    with ctx.db() as session:
        records = [application_record(a) for a in load_applications(session, call.call_id)]
    data = export_bytes(kind, records, call, lang)
    today = ctx.console.clock().astimezone(call.timezone).date()
    name = export_filename(kind, call, lang, date.isoformat(today))
    return Response(data, media_type=CONTENT_TYPES[kind],
                    headers={"Content-Disposition": content_disposition("attachment", name)})


