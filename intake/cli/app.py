"""The ``intake`` command line: thin handlers over the same functions the scheduler calls.

Exit codes (contract): 0 success, 1 a handled failure with a one-line reason on stderr, 2 bad usage or
bad configuration (naming the key and the file).
Each command lives in ``intake/cli/<name>.py`` with ``register(subparsers)``; the handler it sets
receives the parsed arguments and the settings (loaded once, here, unless the command needs none).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from config import ConfigError, IntakeError, load_settings

# Order is the order of `intake --help`.
COMMAND_MODULES = (
    "demo",
    "run",
    "poll",
    "messages",
    "extract",
    "applications",
    "attention",
    "postal",
    "export",
    "jury_pack",
    "digest",
    "remind",
    "letters",
    "sessions",
    "brainstorm",
    "outbox",
    "reprocess",
    "form",
    "forget",
    "purge",
    "check",
    "auth",
    "db",
    "users",
    "web",
)


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on bad usage, as the contract says
        self.print_usage(sys.stderr)
        self.exit(2, f"intake: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(prog="intake", description="E-mail intake for small public grant calls.")
    parser.add_argument("--config", metavar="PATH", help="config file (default: $INTAKE_CONFIG, ./intake.toml, "
                        "else the embedded default under ./var)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_ArgumentParser)
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"intake.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = load_settings(args.config) if getattr(args, "needs_settings", True) else None
        return int(args.handler(args, settings) or 0)
    except ConfigError as exc:
        print(f"intake: configuration error: {exc}", file=sys.stderr)
        return 2
    except IntakeError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `intake messages | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
