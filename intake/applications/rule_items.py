"""The attention items that the call's rules raise, kept in step with the application they are about.

An over-the-maximum amount, a municipality outside the region, a late arrival, values read with low
confidence and unreadable documents are listed for the coordinator while they hold. When a correction,
a reprocess or the coordinator's decision makes one moot, its open item is closed (resolved ``moot`` by
``rules``, in the application's history), so that the list never offers to reject a project that was
corrected or decided already; when the decision is undone or the correction taken back, the rules raise it
again and the same item opens again (``attention_reopened``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.applications import attention
from intake.applications import linking as apps
from parsers import sniff
from parsers.confidence import REVIEW_THRESHOLD
from parsers.model import ParseStatus
from parsers.shared_links import service_of
from storage.applications import BY_COORDINATOR, Application, Document, DocumentKind
from storage.attention import FILES_BEHIND_LINK, AttentionItem, AttentionState

RULES = "rules"  # who closed an item that the rules no longer raise
MOOT = "moot"
PROBLEM_KINDS = ("over_max_amount", "outside_region", "late")
RULE_KINDS = (*PROBLEM_KINDS, "to_check", "unreadable_document", "sent_on", FILES_BEHIND_LINK)
PROBLEM_WORDS = {
    "over_max_amount": "asks more than the call's maximum",
    "outside_region": "is not in the call's region",
    "late": "arrived after the deadline",
}


def is_decided(application: Application) -> bool:
    return application.effective_status in BY_COORDINATOR


def raised(application: Application) -> dict[str, tuple[str, str, dict]]:
    """What the rules raise now: {item key: (kind, summary, detail)}."""
    found: dict[str, tuple[str, str, dict]] = {}
    unsure = sorted(name for name, field in application.current_fields().items()
                    if field.set_by != apps.COORDINATOR and field.confidence < REVIEW_THRESHOLD)
    if unsure:
        key = attention.item_key("to_check", application=application, extra=",".join(unsure))
        found[key] = ("to_check", f"{application.reference}: check {', '.join(unsure)} (read with confidence "
                      f"below {REVIEW_THRESHOLD})", {"fields": unsure})
    if not is_decided(application):
        # once decided, the coordinator has weighed the problems: no item, and no reject to offer
        for problem in application.problems:
            if problem in PROBLEM_KINDS:
                found[attention.item_key(problem, application=application)] = (
                    problem, f"{application.reference}: {PROBLEM_WORDS[problem]}", {})
    if (sent_on := _sent_on_for(application)) is not None:
        # a town hall or a secretary sends the applicant's own mail on as a file: our receipt answers them, and
        # the applicant the saved mail names hears nothing unless the coordinator writes (never guessed for them)
        found[attention.item_key("sent_on", application=application)] = (
            "sent_on", f"{application.reference}: sent on by {application.sender} for {sent_on}: the receipt went "
            f"to {application.sender}", {"sender": application.sender, "applicant": sent_on})
    for document in ([] if is_decided(application) else _behind_link(application)):
        # the files are behind a link: intake never fetches it (it may expire, ask for a sign-in, hold anything);
        # the coordinator downloads them and adds them, and then the item is moot
        services = sorted({service_of(url) or "" for url in document.links or ()})
        found[attention.item_key(FILES_BEHIND_LINK, application=application, extra=str(document.id))] = (
            FILES_BEHIND_LINK, f"{application.reference}: the files are behind a link ({', '.join(services)}: "
            f"{' '.join(list(document.links or ())[:3])}): download them and add them with "
            f"`intake add-files {application.reference} FILE...`",
            {"links": list(document.links or ()), "services": services, "document": document.id})
    attached = [d for d in application.documents if d.kind != DocumentKind.BODY]
    if any(d.parse_status != ParseStatus.PARSED and not d.content_type.startswith("image/") for d in attached):
        found[attention.item_key("unreadable_document", application=application)] = (
            "unreadable_document", f"{application.reference}: a document could not be read (a scan, an unknown "
            "format, too large or broken)", {})
    elif partly := [d for d in attached if d.content_type in sniff.BUNDLES and d.parse_status == ParseStatus.PARSED
                    and d.error]:
        # a .zip or a winmail.dat whose other files were read: what it left unread is said, or the coordinator
        # never learns of it
        found[attention.item_key("unreadable_document", application=application)] = (
            "unreadable_document", f"{application.reference}: a file packed inside an attachment could not "
            f"be read ({'; '.join(str(d.error) for d in partly)[:300]})", {})
    return found


def _behind_link(application: Application) -> list[Document]:
    """The mails' bodies that give links to shared files and that no file the coordinator added since answers
    (a file added after a mail answers its links; a link in a later mail waits again). Only a file that could
    be read answers: an empty or broken download leaves the link waiting."""
    added = max((d.id for d in application.documents if d.kind == DocumentKind.ADDED and d.id is not None
                 and d.parse_status == ParseStatus.PARSED), default=0)
    # a mail that brings a readable document of its own is read from it: its link is photos, a website, a
    # second copy (what is missing is asked as for any mail); only one that brings none waits on its link
    readable = {d.message_pk for d in application.documents
                if d.kind == DocumentKind.ATTACHMENT and d.parse_status == ParseStatus.PARSED}
    return [d for d in application.documents
            if d.kind == DocumentKind.BODY and d.links and (d.id is None or d.id > added)
            and d.message_pk not in readable]


def _sent_on_for(application: Application) -> str | None:
    """The applicant's address, when the mail that brought the application carries their own mail saved or
    forwarded as a file and they are not the one who sent it to us."""
    email = application.current_fields().get("email")
    sender = (application.sender or "").strip().lower()
    if not sender or email is None or not str(email.value or "").strip():
        return None
    applicant = str(email.value).strip().lower()
    carries = any(d.content_type in sniff.SAVED_MAILS and d.parse_status == ParseStatus.PARSED
                  for d in application.documents if d.kind != DocumentKind.BODY)
    return applicant if carries and applicant != sender else None


def sync_rule_items(session: Session, application: Application, now: datetime, *, open_new: bool = True) -> None:
    """Open what the rules raise (``open_new``) and close the open rule items they no longer raise."""
    current = raised(application)
    if open_new:
        for key, (kind, summary, detail) in current.items():
            attention.open_item(session, kind, summary, now, application=application, key=key, detail=detail)
    if current:
        # what the rules closed as moot and raise again (a decision undone, a correction taken back) is open
        # again; what the coordinator settled stays settled
        for item in session.scalars(select(AttentionItem).where(
                AttentionItem.key.in_(current), AttentionItem.state == AttentionState.RESOLVED,
                AttentionItem.resolved_action == MOOT, AttentionItem.resolved_by == RULES)):
            item.state = AttentionState.OPEN
            item.resolved_action = item.resolved_at = item.resolved_by = None
            apps.record_event(application, "attention_reopened", now, item=item.id, item_kind=item.kind, by=RULES)
    for item in session.scalars(select(AttentionItem).where(
            AttentionItem.application_id == application.id, AttentionItem.kind.in_(RULE_KINDS),
            AttentionItem.state == AttentionState.OPEN)):
        if item.key not in current:
            attention.mark_resolved(item, MOOT, now, by=RULES)
            apps.record_event(application, "attention_resolved", now, item=item.id, item_kind=item.kind,
                              action=MOOT, by=RULES)
