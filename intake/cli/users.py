"""`intake users add EMAIL --role coordinator|reviewer [--password-stdin]`, `users list`, `users remove EMAIL`.

A password is read from standard input (one line), never from an argument: arguments show in `ps` and in
the shell's history. On a terminal it is asked twice without echo.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from config import Settings
from config.errors import UsageError
from intake.accounts import add_user, list_users, remove_user
from intake.output import iso_utc, write_table
from intake.runtime import Runtime
from intake.worker.jobs import os_user
from storage.users import Role


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("users", help="the web console's accounts: add, list, remove")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    add = actions.add_parser("add", help="add an account (or set a new password and role)")
    add.add_argument("email")
    add.add_argument("--role", choices=Role.ALL, required=True)
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input (one line) instead of asking for it")
    add.set_defaults(handler=handle_add)
    listing = actions.add_parser("list", help="the accounts")
    listing.set_defaults(handler=handle_list)
    remove = actions.add_parser("remove", help="remove an account; its sessions end at once")
    remove.add_argument("email")
    remove.set_defaults(handler=handle_remove)


def _read_password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise UsageError("the two passwords differ")
    return first


def handle_add(args: argparse.Namespace, settings: Settings) -> int:
    password = _read_password(args.password_stdin)
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        user = add_user(session, args.email, args.role, password, runtime.clock(), actor=os_user())
        print(f"{user.email}: {user.role}")
    return 0


def handle_list(_args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        users = list_users(session)
        write_table(["EMAIL", "ROLE", "CREATED (UTC)", "LAST LOGIN (UTC)"],
                    [(u.email, u.role, (iso_utc(u.created_at) or "")[:16].replace("T", " "),
                      (iso_utc(u.last_login_at) or "")[:16].replace("T", " ")) for u in users])
    return 0


def handle_remove(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        remove_user(session, args.email, runtime.clock(), actor=os_user())
        print(f"{args.email.strip().lower()}: removed")
    return 0
