"""The console as an ASGI application: what every request goes through before its page.

Order for each request: the security headers (outermost), the signed session cookie, then ``page``:
choose the language, make sure the session has a CSRF token, find the signed-in account, send an
anonymous visitor to ``/login``, refuse a POST without the session's token, refuse a role that may not,
and only then run the page's function. Page functions are synchronous (SQLAlchemy is) and run in a
worker thread, so one slow page never stalls the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from sqlalchemy.orm import Session
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from config import Settings
from config.errors import ConfigError
from intake.accounts import session_stamp
from intake.web import i18n
from intake.web.security import LoginLimiter, SecurityHeaders, new_token, token_matches
from storage.blobs import BlobStore
from storage.db import Database
from storage.users import Role, User

HERE = Path(__file__).parent
SESSION_COOKIE = "intake_session"
ANYONE = "anyone"  # /login, /healthz
SIGNED_IN = "signed_in"


@dataclass(frozen=True)
class Account:
    id: int
    email: str
    role: str

    @property
    def may_change(self) -> bool:
        return self.role == Role.COORDINATOR


@dataclass
class Console:
    """What the console works with, built once at start-up from the settings."""

    settings: Settings
    db: Database
    blobs: BlobStore
    templates: jinja2.Environment
    limiter: LoginLimiter = field(default_factory=LoginLimiter)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


@dataclass
class Ctx:
    """One request as a page sees it."""

    request: Request
    console: Console
    lang: str
    account: Account | None
    form: FormData | None

    @property
    def words(self) -> dict[str, str]:
        return i18n.WORDS[self.lang]

    @property
    def session_data(self) -> dict[str, Any]:
        return self.request.session

    def db(self) -> Any:
        return self.console.db.session()

    def render(self, template: str, status_code: int = 200, **data: Any) -> HTMLResponse:
        page = self.console.templates.get_template(template)
        html = page.render(
            t=self.words, lang=self.lang, account=self.account, csrf=self.session_data.get("csrf", ""),
            path=self.request.url.path, query=self.request.query_params, call=self.console.settings.call,
            code=lambda prefix, value: i18n.code_word(self.lang, prefix, value), **data)
        return HTMLResponse(html, status_code=status_code)

    def refuse(self, status_code: int, word: str) -> HTMLResponse:
        return self.render("message.html.j2", status_code=status_code, text=self.words[word])


def _account(session: Session, data: dict[str, Any]) -> Account | None:
    user_id = data.get("uid")
    if not isinstance(user_id, int):
        return None
    user = session.get(User, user_id)
    if user is None or data.get("stamp") != session_stamp(user):
        return None  # removed, or the password changed since this session signed in
    return Account(user.id, user.email, user.role)


def page(access: str = SIGNED_IN) -> Callable[[Callable[[Ctx], Response]], Callable]:
    """Wrap a page function (``access``: ANYONE, SIGNED_IN, or a role) with the checks every request gets."""

    def wrap(function: Callable[[Ctx], Response]) -> Callable:
        async def endpoint(request: Request) -> Response:
            form = await request.form(max_files=0, max_fields=200) if request.method == "POST" else None
            return await run_in_threadpool(_run, request, form, function, access)

        endpoint.__name__ = function.__name__
        return endpoint

    return wrap


def _run(request: Request, form: FormData | None, function: Callable[[Ctx], Response], access: str) -> Response:
    console: Console = request.app.state.console
    session_data = request.session
    lang = i18n.choose_language(request.query_params.get("lang"), session_data.get("lang"),
                                request.headers.get("accept-language", ""))
    if request.query_params.get("lang") in i18n.LANGUAGES and session_data.get("lang") != lang:
        session_data["lang"] = lang
    if not session_data.get("csrf"):
        session_data["csrf"] = new_token()
    with console.db.session() as session:
        account = _account(session, session_data)
    ctx = Ctx(request, console, lang, account, form)
    if access != ANYONE and account is None:
        if request.method == "GET":
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)
        return ctx.refuse(401, "forbidden")
    given_token = form.get("csrf_token") if form is not None else None
    if request.method == "POST" and not token_matches(session_data.get("csrf"), given_token):
        return ctx.refuse(403, "csrf")
    if access in Role.ALL and account is not None and account.role != access:
        return ctx.refuse(403, "forbidden")
    return function(ctx)


def _quote(text: str) -> str:
    return quote(text, safe="/")


def _templates() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every value is escaped; nothing here is ever marked safe
        # history entries of an anonymised application lack keys: a missing key shows as nothing
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from intake.web import formatting

    environment.filters.update(formatting.FILTERS)
    environment.globals.update(formatting.GLOBALS)
    return environment


def build_app(settings: Settings, *, check_schema: bool = True,
              clock: Callable[[], datetime] | None = None) -> Starlette:
    """The console for these settings; refuses to start without a session key."""
    if not settings.web.secret_key:
        raise ConfigError(f"the console signs sessions with a secret key; set {settings.web.secret_key_source} "
                          "(e.g. to the output of `python3 -c 'import secrets; print(secrets.token_urlsafe(48))'`)",
                          key="web.secret_key_env", path=settings.source)
    if len(settings.web.secret_key) < 32:
        raise ConfigError("the session key must be at least 32 characters", key="web.secret_key_env",
                          path=settings.source)
    db = Database(settings.database_url)
    if check_schema:
        db.ensure_schema()
    console = Console(settings=settings, db=db, blobs=BlobStore(settings.data_dir), templates=_templates())
    if clock is not None:
        console.clock = clock
    from intake.web import pages

    routes = [
        Route("/healthz", pages.healthz),
        Route("/login", pages.login, methods=["GET", "POST"]),
        Route("/logout", pages.logout, methods=["POST"]),
        Route("/", pages.desk),
        Route("/attention/{item_id:int}", pages.attention_resolve, methods=["POST"]),
        Route("/applications", pages.applications),
        Route("/applications/{reference}", pages.application, methods=["GET", "POST"]),
        Route("/applications/{reference}/letter", pages.letter, methods=["POST"]),
        Route("/applications/{reference}/documents/{document_id:int}", pages.document),
        Route("/applications/{reference}/documents/{document_id:int}/files/{index:int}", pages.packed_file),
        Route("/messages", pages.messages),
        Route("/outbox", pages.outbox),
        Route("/outbox/retry", pages.outbox_retry, methods=["POST"]),
        Route("/export/{kind}", pages.export),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(SessionMiddleware, secret_key=settings.web.secret_key, session_cookie=SESSION_COOKIE,
                   max_age=settings.web.session_hours * 3600, same_site="lax",
                   https_only=settings.web.secure_cookies),
    ]
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={404: _not_found})
    app.state.console = console
    return app


async def _not_found(_request: Request, _exc: Exception) -> Response:
    return HTMLResponse("<!doctype html><title>404</title><p>Niet gevonden. / Introuvable.</p>", status_code=404)
