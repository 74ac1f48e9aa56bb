"""`intake export --format csv|xlsx|jsonl [-o FILE]`: all applications."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from config import Settings
from config.errors import UsageError
from intake.applications.export import to_csv, to_jsonl, to_xlsx
from intake.runtime import Runtime
from storage.records import application_record, load_applications


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="all applications as csv, xlsx or jsonl")
    parser.add_argument("--format", choices=("csv", "xlsx", "jsonl"), required=True)
    parser.add_argument("-o", "--output", help="file to write (default: stdout; required for xlsx on a terminal)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        records = [application_record(a) for a in load_applications(session)]
    if args.format == "jsonl":
        data = to_jsonl(records)
    elif args.format == "csv":
        data = to_csv(records)
    else:
        data = to_xlsx(records, settings.call)
    if not args.output:
        if args.format == "xlsx" and sys.stdout.isatty():
            raise UsageError("xlsx is binary: give -o FILE")
        sys.stdout.buffer.write(data)
        return 0
    target = Path(args.output)
    fd, temp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=".export-")
    with os.fdopen(fd, "wb") as handle_out:
        handle_out.write(data)
    os.replace(temp, target)
    print(f"{len(records)} applications written to {target}", file=sys.stderr)
    return 0
