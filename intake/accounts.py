"""The console's accounts: add, list, remove, and checking a password at sign-in.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106's second recommended profile). A
failed sign-in for an unknown address costs the same hashing work as one for a known address, so the
answer time does not tell which addresses have accounts.
"""

from __future__ import annotations

import functools
import hashlib
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.errors import UsageError
from parsers.fields import EMAIL_RE
from storage.audit import AuditEntry
from storage.users import Role, User

MIN_PASSWORD_LENGTH = 12
_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    # Made on first use, not at import: argon2 costs ~0.5 s and 64 MiB, and every command imports this module.
    return _hasher.hash("not a password of anyone")


def normalise_email(raw: str) -> str:
    email = raw.strip().lower()
    if not EMAIL_RE.fullmatch(email):
        raise UsageError(f"not an e-mail address: {raw!r}")
    return email


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UsageError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))


def add_user(session: Session, email: str, role: str, password: str, now: datetime, *, actor: str | None) -> User:
    """A new account, or a new password and role for an existing one (audited either way)."""
    email = normalise_email(email)
    if role not in Role.ALL:
        raise UsageError(f"role is one of {', '.join(Role.ALL)}, not {role!r}")
    check_password(password)
    user = find_user(session, email)
    action = "user_changed" if user is not None else "user_added"
    if user is None:
        user = User(email=email, role=role, password_hash=_hasher.hash(password), created_at=now)
        session.add(user)
    else:
        user.role, user.password_hash = role, _hasher.hash(password)
    session.add(AuditEntry(at=now, action=action, actor=actor, detail={"user": email, "role": role}))
    session.flush()
    return user


def remove_user(session: Session, email: str, now: datetime, *, actor: str | None) -> None:
    user = find_user(session, email)
    if user is None:
        raise UsageError(f"no account {email}")
    session.delete(user)
    session.add(AuditEntry(at=now, action="user_removed", actor=actor, detail={"user": user.email}))
    session.flush()


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.email)))


def authenticate(session: Session, email: str, password: str, now: datetime) -> User | None:
    """The account when the password is right, else None; a right password with an old hash is rehashed."""
    user = find_user(session, email)
    try:
        _hasher.verify(user.password_hash if user is not None else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = now
    return user


def session_stamp(user: User) -> str:
    """Changes when the password does: a session signed before a password change stops working."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]
