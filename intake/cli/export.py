"""`intake export --format csv|csv-be|xlsx|jsonl [--lang nl|fr] [-o FILE]`: all applications."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from config import Settings
from config.errors import UsageError
from intake.applications.export import BINARY_FORMATS, FORMATS, export_bytes
from intake.runtime import Runtime
from storage.records import application_record, load_applications


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="all applications as csv, csv-be (Excel in Belgium), xlsx or jsonl")
    parser.add_argument("--format", choices=FORMATS, required=True,
                        help="csv: for scripts; csv-be: for Excel (';', decimal comma, words); xlsx; jsonl")
    parser.add_argument("--lang", choices=("nl", "fr"), default="nl", help="headers and words of xlsx and csv-be")
    parser.add_argument("-o", "--output", help="file to write (default: stdout; required for xlsx on a terminal)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    if not args.output and args.format in BINARY_FORMATS and sys.stdout.isatty():
        raise UsageError(f"{args.format} is binary and would garble the terminal: give -o FILE")
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        records = [application_record(a) for a in load_applications(session)]
    data = export_bytes(args.format, records, settings.call, args.lang)
    if not args.output:
        sys.stdout.buffer.write(data)
        return 0
    target = Path(args.output)
    fd, temp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=".export-")
    with os.fdopen(fd, "wb") as handle_out:
        handle_out.write(data)
    os.replace(temp, target)
    print(f"{len(records)} applications written to {target}", file=sys.stderr)
    return 0
