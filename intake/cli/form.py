"""``intake form --lang nl|fr --format pdf|docx -o FILE``: the call's own fillable application form."""

from __future__ import annotations

import argparse
import sys
from email.utils import parseaddr
from pathlib import Path

from config import Settings
from config.errors import UsageError
from intake.applications.form import write_form


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("form", help="write the call's fillable application form (PDF or DOCX)")
    p.add_argument("--lang", choices=("nl", "fr"), required=True, help="language of the labels")
    p.add_argument("--format", dest="file_format", choices=("pdf", "docx"), required=True)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the form")
    p.set_defaults(handler=handle, needs_settings=True)


def handle(args: argparse.Namespace, settings: Settings | None) -> int:
    assert settings is not None  # needs_settings=True: the call and the address to send to come from it
    path = Path(args.output)
    if not path.parent.exists():
        raise UsageError(f"folder does not exist: {path.parent}")
    send_to = parseaddr(settings.smtp.coordinator)[1] or settings.smtp.coordinator
    size = write_form(path, settings.call, args.lang, args.file_format, send_to)
    print(f"{path}: {args.file_format} form ({args.lang}), {size} bytes", file=sys.stderr)
    return 0
