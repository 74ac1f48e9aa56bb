"""`intake jury-pack -o FILE.pdf [--all]`: one PDF for the jury."""

from __future__ import annotations

import argparse
from pathlib import Path

from config import Settings
from config.errors import UsageError
from intake.applications.jury_pack import build_jury_pack
from intake.runtime import Runtime
from storage.records import load_applications


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("jury-pack", help="one PDF for the jury: a cover table, then each application's summary "
                            "page and documents")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    parser.add_argument("--all", action="store_true", help="late and withdrawn applications too")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"the jury pack is a PDF: name the file .pdf, not {out.name!r}")
    with Runtime.from_settings(settings) as runtime, runtime.db.session() as session:
        applications = load_applications(session, settings.call.call_id)
        report = build_jury_pack(applications, settings.call, runtime.blobs, out, now=runtime.clock(),
                                 include_all=args.all)
    print(f"{out}: {report.pages} pages, {len(report.applications)} application(s)"
          + (f"; left out (late or withdrawn; --all includes them): {', '.join(report.left_out)}"
             if report.left_out else ""))
    for line in report.not_included:
        print(f"not included: {line}")
    return 0
