"""Settings of one intake installation, read once from TOML into frozen dataclasses.

Where the file comes from: ``--config PATH``, else ``$INTAKE_CONFIG``, else ``./intake.toml``, else the
embedded default (a local Maildir, SQLite and an outbox folder under ``./var``). Relative paths in a
file are taken relative to that file, so a config can be moved with its data.
Secrets never live in the file: ``password_env`` names an environment variable, ``password_file`` a file.
A mailbox that takes no password (Microsoft 365, Google Workspace) says ``auth = "oauth2"`` and gets its
sign-in from the ``[oauth2]`` table: a provider preset fills in the URLs and scopes.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from config.call import DEFAULT_CALL_FILE, CallDefinition, load_call
from config.errors import ConfigError

SECURITY_CHOICES = ("ssl", "starttls", "none")
AFTER_CHOICES = ("move", "keep")
AUTH_CHOICES = ("password", "oauth2")
PROVIDER_CHOICES = ("microsoft", "google", "custom")
FLOW_CHOICES = ("device", "loopback")
EMBEDDED = "<embedded default>"

_MICROSOFT = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0"
# What each preset means. Google refuses the device flow for mail scopes, hence the loopback redirect there.
OAUTH2_PRESETS: dict[str, dict[str, Any]] = {
    "microsoft": {
        "token_url": _MICROSOFT + "/token",
        "device_authorization_url": _MICROSOFT + "/devicecode",
        "authorization_url": _MICROSOFT + "/authorize",
        "scopes": ("https://outlook.office365.com/IMAP.AccessAsUser.All",
                   "https://outlook.office365.com/SMTP.Send", "offline_access"),
        "flow": "device",
    },
    "google": {
        "token_url": "https://oauth2.googleapis.com/token",
        "device_authorization_url": None,
        "authorization_url": "https://accounts.google.com/o/oauth2/v2/auth",
        "scopes": ("https://mail.google.com/",),
        "flow": "loopback",
    },
}


@dataclass(frozen=True)
class OAuth2Settings:
    """The sign-in shared by the mailbox and SMTP (``auth = "oauth2"``); URLs resolved from the preset."""

    provider: str
    client_id: str
    token_url: str
    scopes: tuple[str, ...]
    token_file: Path
    flow: str  # "device" (RFC 8628) or "loopback" (redirect to 127.0.0.1 with PKCE)
    device_authorization_url: str | None = None
    authorization_url: str | None = None
    tenant: str | None = None
    client_secret: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class MailboxSettings:
    kind: str  # "imap" or "maildir"
    url: str
    host: str = ""
    port: int = 0
    username: str = ""
    folder: str = "INBOX"
    maildir_path: Path | None = None
    security: str = "ssl"
    password: str | None = field(default=None, repr=False)
    auth: str = "password"  # "password" or "oauth2" (SASL XOAUTH2 with an access token)
    oauth2: OAuth2Settings | None = None  # set when auth = "oauth2"
    after: str = "move"
    processed_folder: str = "Intake/Processed"
    poll_minutes: int = 5
    timeout_seconds: float = 60.0
    fetch_batch: int = 50
    max_attempts: int = 5
    since: datetime | None = None  # naive local: mail that arrived earlier is kept, not answered (narrows `opens`)

    @property
    def account(self) -> str:
        """A stable name of the mailbox, part of every stored message's key."""
        if self.kind == "maildir":
            return f"maildir:{self.maildir_path}"
        return f"imap://{self.username}@{self.host}:{self.port}"


@dataclass(frozen=True)
class SmtpSettings:
    kind: str  # "smtp" or "outbox"
    url: str
    host: str = ""
    port: int = 0
    outbox_path: Path | None = None
    security: str = "starttls"
    username: str = ""
    password: str | None = field(default=None, repr=False)
    auth: str = "password"
    oauth2: OAuth2Settings | None = None
    from_address: str = "Maak werk van je buurt <coordinator@example.org>"
    coordinator: str = "coordinator@example.org"
    timeout_seconds: float = 30.0
    max_receipts_per_sender_per_day: int = 5
    max_attempts: int = 8


@dataclass(frozen=True)
class WebSettings:
    """The coordinator's console (`intake web`)."""

    base_url: str = ""  # links in the digest point here; "" means no links
    secret_key: str | None = field(default=None, repr=False)  # signs sessions; required to run the console
    secret_key_source: str = ""  # where the key is read from, named in the error when it is missing
    session_hours: int = 12  # a login lasts this long

    @property
    def secure_cookies(self) -> bool:
        return self.base_url.startswith("https://")

    def application_url(self, reference: str) -> str | None:
        return f"{self.base_url.rstrip('/')}/applications/{reference}" if self.base_url else None


# the parser child's address space over what its imports take, in MB. A handwritten page read whole by the
# second engine too (``parsers.second_page``: onnxruntime's sessions and buffers) peaks at 1.4 GB of address
# space, 0.9 GB resident; under a cap of 1280 MB that reading does not fit and the page keeps tesseract's
# reading alone (``benchmarks/parse_memory.py``, round 31: the default of 1024 MB had never let it run)
PARSE_MEMORY_MB = 2048
SECOND_ENGINE_MB = 1280  # the least cap under which that page was read whole by the second engine (round 31)


@dataclass(frozen=True)
class Settings:
    source: str  # the config file's path, or EMBEDDED
    mailbox: MailboxSettings
    database_url: str
    data_dir: Path
    max_attachment_bytes: int
    smtp: SmtpSettings
    call: CallDefinition
    templates_dir: Path | None = None
    parse_timeout_seconds: float = 60.0
    parse_memory_mb: int = PARSE_MEMORY_MB
    oauth2: OAuth2Settings | None = None
    web: WebSettings = field(default_factory=WebSettings)
    # the receipt's language for mail in neither nl nor fr (English...): "bilingual" (NL and FR with a line in
    # English), "nl" or "fr"
    fallback_language: str = "bilingual"


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    if host == "localhost":
        return True
    try:
        return all(ipaddress.ip_address(info[4][0]).is_loopback for info in socket.getaddrinfo(host, None))
    except OSError:
        return False


class _Reader:
    """Reads typed values from one TOML table and names key and file in every error."""

    def __init__(self, data: dict[str, Any], section: str, source: str, base: Path) -> None:
        value = data.get(section, {})
        if not isinstance(value, dict):
            raise ConfigError("must be a table", key=section, path=source)
        self.table = value
        self.section = section
        self.source = source
        self.base = base

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(message, key=f"{self.section}.{key}", path=self.source)

    def string(self, key: str, default: str | None = None) -> str:
        value = self.table.get(key, default)
        if value is None:
            raise self.error(key, "missing required setting")
        if not isinstance(value, str):
            raise self.error(key, f"must be a string, not {type(value).__name__}")
        return value

    def choice(self, key: str, default: str, choices: tuple[str, ...]) -> str:
        value = self.string(key, default)
        if value not in choices:
            raise self.error(key, f"must be one of {', '.join(choices)}, not {value!r}")
        return value

    def optional_str(self, key: str) -> str | None:
        return self.string(key) if key in self.table else None

    def str_list(self, key: str) -> tuple[str, ...] | None:
        if key not in self.table:
            return None
        value = self.table[key]
        if not isinstance(value, list) or not value or not all(isinstance(item, str) and item for item in value):
            raise self.error(key, "must be a non-empty list of strings")
        return tuple(value)

    def number(self, key: str, default: float, minimum: float = 0) -> float:
        value = self.table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
            raise self.error(key, f"must be a number >= {minimum}")
        return value

    def path(self, raw: str) -> Path:
        path = Path(raw).expanduser()
        return path if path.is_absolute() else (self.base / path)

    def secret(self, prefix: str = "password") -> str | None:
        if prefix in self.table:
            raise self.error(prefix, f"secrets may not be written in the config file; use {prefix}_env or "
                                     f"{prefix}_file")
        env_name = self.table.get(f"{prefix}_env")
        file_name = self.table.get(f"{prefix}_file")
        if file_name:
            try:
                return self.path(str(file_name)).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise self.error(f"{prefix}_file", f"cannot read the secret file: {exc.strerror}") from None
        if env_name:
            return os.environ.get(str(env_name))
        return None


def _since(reader: _Reader) -> datetime | None:
    value = reader.table.get("since")
    if value is None:
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime.combine(value, time(0))
    if isinstance(value, datetime) and value.tzinfo is None:
        return value
    raise reader.error("since", "must be a local date (2019-05-01) or date and time without offset")


def _mailbox(reader: _Reader) -> MailboxSettings:
    url = reader.string("url", "maildir:./var/mailbox")
    common: dict[str, Any] = dict(
        url=url,
        after=reader.choice("after", "move", AFTER_CHOICES),
        processed_folder=reader.string("processed_folder", "Intake/Processed"),
        poll_minutes=int(reader.number("poll_minutes", 5, minimum=1)),
        timeout_seconds=float(reader.number("timeout_seconds", 60, minimum=1)),
        fetch_batch=int(reader.number("fetch_batch", 50, minimum=1)),
        max_attempts=int(reader.number("max_attempts", 5, minimum=1)),
        since=_since(reader),
    )
    if url.startswith("maildir:"):
        return MailboxSettings(kind="maildir", maildir_path=reader.path(url[len("maildir:"):]), **common)
    parts = urlsplit(url)
    if parts.scheme not in ("imap", "imaps") or not parts.hostname:
        raise reader.error("url", f"must be imap://user@host:port/FOLDER or maildir:PATH, not {url!r}")
    security = reader.choice("security", "ssl", SECURITY_CHOICES)
    if security == "none" and not _is_loopback(parts.hostname):
        raise reader.error("security", "'none' sends the password in clear text and is allowed for loopback only")
    default_port = 993 if security == "ssl" else 143
    return MailboxSettings(
        kind="imap",
        host=parts.hostname,
        port=parts.port or default_port,
        username=unquote(parts.username or ""),
        folder=unquote(parts.path.lstrip("/")) or "INBOX",
        security=security,
        password=reader.secret(),
        auth=reader.choice("auth", "password", AUTH_CHOICES),
        **common,
    )


def _smtp(reader: _Reader) -> SmtpSettings:
    url = reader.string("url", "outbox:./var/outbox")
    common: dict[str, Any] = dict(
        url=url,
        from_address=reader.string("from", "Maak werk van je buurt <coordinator@example.org>"),
        coordinator=reader.string("coordinator", "coordinator@example.org"),
        timeout_seconds=float(reader.number("timeout_seconds", 30, minimum=1)),
        max_receipts_per_sender_per_day=int(reader.number("max_receipts_per_sender_per_day", 5, minimum=1)),
        max_attempts=int(reader.number("max_attempts", 8, minimum=1)),
    )
    if url.startswith("outbox:"):
        return SmtpSettings(kind="outbox", outbox_path=reader.path(url[len("outbox:"):]), **common)
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise reader.error("url", f"must be smtp://host:port or outbox:PATH, not {url!r}")
    security = reader.choice("security", "starttls", SECURITY_CHOICES)
    if security == "none" and not _is_loopback(parts.hostname):
        raise reader.error("security", "'none' is allowed for loopback only")
    return SmtpSettings(
        kind="smtp",
        host=parts.hostname,
        port=parts.port or (465 if security == "ssl" else 587),
        security=security,
        username=reader.string("username", ""),
        password=reader.secret(),
        auth=reader.choice("auth", "password", AUTH_CHOICES),
        **common,
    )


def _oauth2(reader: _Reader) -> OAuth2Settings:
    """The [oauth2] table: a preset's URLs and scopes, each overridable; custom needs them written out."""
    provider = reader.choice("provider", "custom" if "token_url" in reader.table else "microsoft",
                             PROVIDER_CHOICES)
    preset = OAUTH2_PRESETS.get(provider, {})
    tenant = reader.optional_str("tenant")
    if provider != "microsoft" and tenant is not None:
        raise reader.error("tenant", "is for provider = \"microsoft\" only")
    if provider == "microsoft":
        # "organizations": any work or school account; a tenant (domain or id) pins the province's own
        tenant = tenant or "organizations"

    def url(key: str) -> str | None:
        value = reader.optional_str(key) or preset.get(key)
        if value is None:
            return None
        value = value.format(tenant=tenant) if tenant else value
        parts = urlsplit(value)
        if parts.scheme != "https" and not (parts.scheme == "http" and _is_loopback(parts.hostname or "")):
            raise reader.error(key, f"must be an https:// URL (http:// for loopback only), not {value!r}")
        return value

    token_url = url("token_url")
    if token_url is None:
        raise reader.error("token_url", "missing required setting (provider = \"custom\" has no preset)")
    device_url = url("device_authorization_url")
    authorization_url = url("authorization_url")
    default_flow = preset.get("flow") or ("device" if device_url else "loopback")
    flow = reader.choice("flow", default_flow, FLOW_CHOICES)
    if flow == "device" and device_url is None:
        raise reader.error("device_authorization_url", "missing required setting for flow = \"device\"")
    if flow == "loopback" and authorization_url is None:
        raise reader.error("authorization_url", "missing required setting for flow = \"loopback\"")
    scopes = reader.str_list("scopes") or preset.get("scopes")
    if not scopes:
        raise reader.error("scopes", "missing required setting (provider = \"custom\" has no preset)")
    client_id = reader.string("client_id")
    if not client_id.strip():
        raise reader.error("client_id", "must not be empty")
    return OAuth2Settings(
        provider=provider, client_id=client_id, token_url=token_url, scopes=tuple(scopes),
        token_file=reader.path(reader.string("token_file", "./var/oauth2-token.json")),
        flow=flow, device_authorization_url=device_url, authorization_url=authorization_url,
        tenant=tenant,
        client_secret=reader.secret("client_secret"),
    )


def _database_url(reader: _Reader) -> str:
    url = reader.string("url", "sqlite:///./var/intake.db")
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = url[len("sqlite:///"):]
        if not Path(path).is_absolute():
            return "sqlite:///" + str(reader.path(path))
    elif not url.startswith(("sqlite:", "postgresql")):
        raise reader.error("url", "must be a sqlite:/// or postgresql+psycopg:// URL")
    return url


def _web(reader: _Reader) -> WebSettings:
    base_url = reader.string("base_url", "").rstrip("/")
    if base_url and not base_url.startswith(("http://", "https://")):
        raise reader.error("base_url", f"must start with https:// (or http:// behind no proxy), not {base_url!r}")
    env_name = reader.table.get("secret_key_env", "INTAKE_WEB_SECRET")
    source = (f"the file {reader.table['secret_key_file']}" if reader.table.get("secret_key_file")
              else f"the environment variable {env_name}")
    if "secret_key_env" not in reader.table and "secret_key_file" not in reader.table:
        reader.table = {**reader.table, "secret_key_env": env_name}
    return WebSettings(base_url=base_url, secret_key=reader.secret("secret_key") or None, secret_key_source=source,
                       session_hours=int(reader.number("session_hours", 12, minimum=1)))


# every key each section knows: a typo ("poll_minute") is an error naming it, never a silent default
KNOWN_KEYS: dict[str, frozenset[str]] = {
    "mailbox": frozenset({"url", "security", "password", "password_env", "password_file", "auth", "after",
                          "processed_folder", "poll_minutes", "timeout_seconds", "fetch_batch", "max_attempts",
                          "since"}),
    "database": frozenset({"url"}),
    "storage": frozenset({"data_dir", "max_attachment_mb"}),
    "smtp": frozenset({"url", "security", "username", "password", "password_env", "password_file", "auth", "from",
                       "coordinator", "timeout_seconds", "max_receipts_per_sender_per_day", "max_attempts"}),
    "call": frozenset({"file"}),
    "notifications": frozenset({"templates_dir", "fallback_language"}),
    "parsing": frozenset({"timeout_seconds", "memory_mb"}),
    "oauth2": frozenset({"provider", "tenant", "client_id", "client_secret", "client_secret_env",
                         "client_secret_file", "token_url", "device_authorization_url", "authorization_url", "flow",
                         "scopes", "token_file"}),
    "web": frozenset({"base_url", "secret_key", "secret_key_env", "secret_key_file", "session_hours"}),
}


def parse_settings(data: dict[str, Any], source: str, base: Path) -> Settings:
    """Turn a parsed TOML document into Settings; raises ConfigError naming key and file."""
    known = set(KNOWN_KEYS)
    for key in data:
        if key not in known:
            raise ConfigError(f"unknown section (known: {', '.join(sorted(known))})", key=key, path=source)
        table = data[key]
        if isinstance(table, dict):
            for name in table:
                if name not in KNOWN_KEYS[key]:
                    raise ConfigError(f"unknown setting (known in [{key}]: {', '.join(sorted(KNOWN_KEYS[key]))})",
                                      key=f"{key}.{name}", path=source)
    storage = _Reader(data, "storage", source, base)
    call_reader = _Reader(data, "call", source, base)
    call_file = call_reader.table.get("file")
    call = load_call(call_reader.path(call_file) if call_file else DEFAULT_CALL_FILE)
    notifications = _Reader(data, "notifications", source, base)
    templates = notifications.table.get("templates_dir")
    parsing = _Reader(data, "parsing", source, base)
    mailbox, smtp, oauth2 = _signed_in(_mailbox(_Reader(data, "mailbox", source, base)),
                                       _smtp(_Reader(data, "smtp", source, base)),
                                       _Reader(data, "oauth2", source, base))
    return Settings(
        source=source,
        mailbox=mailbox,
        database_url=_database_url(_Reader(data, "database", source, base)),
        data_dir=storage.path(storage.string("data_dir", "./var/data")),
        max_attachment_bytes=int(storage.number("max_attachment_mb", 25, minimum=1) * 1024 * 1024),
        smtp=smtp,
        call=call,
        templates_dir=notifications.path(templates) if templates else None,
        parse_timeout_seconds=float(parsing.number("timeout_seconds", 60, minimum=1)),
        parse_memory_mb=int(parsing.number("memory_mb", PARSE_MEMORY_MB, minimum=64)),
        oauth2=oauth2,
        web=_web(_Reader(data, "web", source, base)),
        fallback_language=notifications.choice("fallback_language", "bilingual", ("bilingual", "nl", "fr")),
    )


def _signed_in(mailbox: MailboxSettings, smtp: SmtpSettings, reader: _Reader
               ) -> tuple[MailboxSettings, SmtpSettings, OAuth2Settings | None]:
    """Hand the one [oauth2] sign-in to whichever of mailbox and SMTP says auth = "oauth2"."""
    wanted = [name for name, auth in (("mailbox", mailbox.auth), ("smtp", smtp.auth)) if auth == "oauth2"]
    if not wanted:
        return mailbox, smtp, (_oauth2(reader) if reader.table else None)
    if not reader.table:
        raise ConfigError("auth = \"oauth2\" needs an [oauth2] table (provider, client_id, ...)",
                          key=f"{wanted[0]}.auth", path=reader.source)
    oauth2 = _oauth2(reader)
    if mailbox.auth == "oauth2":
        if mailbox.kind != "imap":
            raise ConfigError("auth = \"oauth2\" is for an imap:// mailbox", key="mailbox.auth", path=reader.source)
        mailbox = replace(mailbox, oauth2=oauth2)
    if smtp.auth == "oauth2":
        if smtp.kind != "smtp":
            raise ConfigError("auth = \"oauth2\" is for an smtp:// server", key="smtp.auth", path=reader.source)
        # the same sign-in serves SMTP: its user is the mailbox's unless [smtp] username says otherwise
        smtp = replace(smtp, oauth2=oauth2, username=smtp.username or mailbox.username)
        if not smtp.username:
            raise ConfigError("XOAUTH2 needs the account's address", key="smtp.username", path=reader.source)
    return mailbox, smtp, oauth2


def resolve_config_path(explicit: str | None) -> Path | None:
    """The file to read, by the contract's order; None means the embedded default."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("INTAKE_CONFIG")
    if env:
        return Path(env)
    local = Path("intake.toml")
    return local if local.exists() else None


def load_settings(explicit: str | None = None) -> Settings:
    """Load the settings once, at the edge (the CLI or the scheduler)."""
    path = resolve_config_path(explicit)
    if path is None:
        return parse_settings({}, EMBEDDED, Path.cwd())
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("config file not found", path=str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror}", path=str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from None
    return parse_settings(data, str(path), path.resolve().parent)
