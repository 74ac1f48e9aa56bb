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


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on bad usage, as the contract says
        self.print_usage(sys.stderr)
        self.exit(2, f"intake: {message}\n")


# Which module registers each command, so that a start imports one module and not all of them (the modules
# pull in SQLAlchemy, the parsers, OCR...: a second or more). tests/intake/test_cli_start.py checks it against
# what each module registers. Order is the order of `intake --help`.
COMMANDS = {
    "demo": "demo", "run": "run", "poll": "poll", "messages": "messages", "extract": "extract",
    "list": "applications", "show": "applications", "set": "applications", "status": "applications",
    "attention": "attention", "split": "attention", "merge": "attention", "register-postal": "postal",
    "add-files": "add_files",
    "export": "export", "jury-pack": "jury_pack", "digest": "digest", "remind": "remind", "letters": "letters",
    "sessions": "sessions", "brainstorm": "brainstorm", "outbox": "outbox", "reprocess": "reprocess",
    "form": "form", "forget": "forget", "purge": "purge", "check": "check", "auth": "auth", "db": "db",
    "users": "users", "web": "web",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="PATH", help="config file (default: $INTAKE_CONFIG, ./intake.toml, "
                        "else the embedded default under ./var)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")


def invoked_command(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` when it names a known command, else None (help, a typo, nothing)."""
    pre = argparse.ArgumentParser(add_help=False)
    _global_options(pre)
    try:
        _, rest = pre.parse_known_args(argv)
    except SystemExit:  # e.g. `--config` without a path: the full parser reports it
        return None
    return rest[0] if rest and rest[0] in COMMANDS else None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or (given ``command``) only the module that registers that command."""
    parser = _ArgumentParser(prog="intake", description="E-mail intake for small public grant calls.")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_ArgumentParser)
    sub.required = True
    for name in (COMMANDS[command],) if command else COMMAND_MODULES:
        importlib.import_module(f"intake.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(invoked_command(arguments))
    args = parser.parse_args(arguments)
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
