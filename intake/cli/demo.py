"""`intake demo`: a local installation with sample applications, one full cycle, and what happened."""

from __future__ import annotations

import argparse
import os
import secrets
import shlex
import shutil
import string
import sys
from pathlib import Path

from config import Settings, load_settings
from config.errors import UsageError
from intake.accounts import add_user
from intake.demo.samples import SAMPLES
from intake.demo.setup import DEMO_ACCOUNT, create_demo
from intake.runtime import Runtime
from intake.worker.cycle import run_cycle


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="set up ./demo/ with sample applications and run one full cycle")
    parser.add_argument("--dir", default="demo", help="where to set it up (default: ./demo)")
    parser.set_defaults(handler=handle, needs_settings=False)


def command_name(argv0: str | None = None, executable: str | None = None, path: str | None = None) -> str:
    """How to run intake again from where the coordinator is: ``intake`` when that name on PATH is the program
    running now, else the running program's absolute path (a hint like `.venv/bin/intake` works only from the
    repository folder)."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    program = Path(argv0)
    if program.name == "intake" and program.is_file():
        running: Path | None = program.absolute()
    else:  # `python -m intake.cli`: the console script installed beside this interpreter, if there is one
        beside = Path(executable).parent / "intake"
        running = beside.absolute() if beside.is_file() else None
    on_path = shutil.which("intake", path=path)
    if running is not None and on_path is not None and Path(on_path).resolve() == running.resolve():
        return "intake"
    if running is not None:
        return shlex.quote(str(running))
    return f"{shlex.quote(str(Path(executable).absolute()))} -m intake.cli"


def handle(args: argparse.Namespace, _settings: Settings | None) -> int:
    directory = Path(args.dir)
    try:
        config_path = create_demo(directory)
    except FileExistsError as exc:
        raise UsageError(str(exc)) from None
    settings = load_settings(str(config_path))
    with Runtime.from_settings(settings) as runtime:  # a new database: the schema is created on the way
        print(f"Demo set up in {directory.resolve()}")
        print(f"  mailbox  {settings.mailbox.maildir_path} ({len(os.listdir(settings.mailbox.maildir_path / 'new'))}"
              " messages waiting)")
        print(f"  database {runtime.db.safe_url}")
        print(f"  outbox   {settings.smtp.outbox_path}")
        print()
        # letters and digits only: easy to copy from a terminal, nothing a shell or a form would mangle
        demo_password = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(16))
        with runtime.db.session() as session:
            add_user(session, DEMO_ACCOUNT, "coordinator", demo_password, runtime.clock(), actor="intake demo")
        summary = run_cycle(runtime)
        print(f"One cycle: {summary.line()}")
        print()
        from intake.cli.applications import handle_list
        from intake.cli.digest import handle as show_digest
        from intake.cli.messages import handle as show_messages
        from intake.cli.outbox import handle as show_outbox

        print("Stored messages:")
        show_messages(argparse.Namespace(raw=[], format="table", status=None), settings)
        print("\nApplications:")
        handle_list(argparse.Namespace(status=None, late=False, incomplete=False, municipality=None, format="table"),
                    settings)
        print("\nOutgoing mail (receipts as .eml files in the outbox folder):")
        show_outbox(argparse.Namespace(action="list", ids=[], format="table", state=None), settings)
        day_after = max(sample.received_local for sample in SAMPLES).date()
        print(f"\nThe coordinator's digest for {day_after:%d/%m/%Y}:\n")
        show_digest(argparse.Namespace(mode="print", date=day_after.isoformat()), settings)
        program = command_name()
        print(f"\nTry: {program} --config {config_path} show MWB-2019-001")
        print(f"\nThe console: {program} --config {config_path} web")
        print(f"  then open {settings.web.base_url}/ and sign in as {DEMO_ACCOUNT} with the password {demo_password}")
    return 0
