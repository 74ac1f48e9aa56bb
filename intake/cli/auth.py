"""`intake auth login` and `intake auth status`: the OAuth2 sign-in of the mailbox and SMTP; never a token."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime

from config import Settings
from config.errors import UsageError
from config.settings import OAuth2Settings
from credentials.sign_in import sign_in
from credentials.tokens import provider_name, read_record


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("auth", help="OAuth2 sign-in for the mailbox and SMTP (`login`, `status`)")
    actions = parser.add_subparsers(dest="auth_action", metavar="ACTION", required=True)
    login = actions.add_parser("login", help="sign in (device code, or the browser on this machine) and keep "
                               "the refresh token in token_file")
    login.add_argument("--port", type=int, default=0, help="loopback flow: listen on this port (default: any "
                       "free one), e.g. to forward it over SSH")
    login.add_argument("--browser", action="store_true", help="loopback flow: open the browser here")
    login.set_defaults(handler=handle_login)
    status = actions.add_parser("status", help="who is signed in, which scopes, when the access token expires")
    status.set_defaults(handler=handle_status)


def _oauth2(settings: Settings) -> OAuth2Settings:
    if settings.oauth2 is None:
        raise UsageError(f"no [oauth2] table in {settings.source}: this installation signs in with a password")
    return settings.oauth2


def _uses(settings: Settings) -> str:
    users = [name for name, auth in (("mailbox", settings.mailbox.auth), ("SMTP", settings.smtp.auth))
             if auth == "oauth2"]
    return " and ".join(users) or "nothing yet (set auth = \"oauth2\" in [mailbox] and [smtp])"


def handle_login(args: argparse.Namespace, settings: Settings) -> int:
    oauth2 = _oauth2(settings)
    signed_in = sign_in(oauth2, sys.stdout, port=args.port, open_browser=args.browser)
    record = signed_in.record
    who = record.account or f"the account you chose (intake will use it as {settings.mailbox.username or '?'})"
    print(f"signed in at {provider_name(oauth2)} as {who}; scopes: {' '.join(record.scopes)}")
    print(f"the refresh token is in {oauth2.token_file} (0600); used by {_uses(settings)}. "
          "Next: `intake check`.")
    return 0


def handle_status(args: argparse.Namespace, settings: Settings) -> int:
    oauth2 = _oauth2(settings)
    record = read_record(oauth2)  # SignInRequired (exit 1, naming `intake auth login`) when there is none
    mode = oct(os.stat(oauth2.token_file).st_mode & 0o777)
    tenant = f", tenant {oauth2.tenant}" if oauth2.tenant else ""
    print(f"provider    {oauth2.provider} ({provider_name(oauth2)}), client {oauth2.client_id}{tenant}")
    print(f"signed in   {_when(record.signed_in_at)} as {record.account or 'an account the provider did not name'}; "
          f"mailbox user {settings.mailbox.username or '-'}, SMTP user {settings.smtp.username or '-'}")
    print(f"scopes      {' '.join(record.scopes)}")
    if record.access_expires_at is not None:
        state = "expired" if record.access_expires_at <= datetime.now(UTC) else "valid"
        print(f"access      last issued {_when(record.refreshed_at)}, expires {_when(record.access_expires_at)} "
              f"({state}; a new one is fetched when needed and never stored)")
    print(f"token file  {oauth2.token_file} ({mode}); used by {_uses(settings)}")
    missing = [scope for scope in oauth2.scopes if scope not in record.scopes and scope != "offline_access"]
    if missing:
        print(f"note        the provider did not grant {' '.join(missing)}: `intake auth login` asks again")
    return 0


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if moment else "-"
