"""A start of `intake` imports only the module of the command it runs, and the table saying which is right."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from intake.cli.app import COMMAND_MODULES, COMMANDS, build_parser, invoked_command


def test_the_command_table_is_what_each_module_registers() -> None:
    registered: dict[str, str] = {}
    for module in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"intake.cli.{module}").register(sub)
        registered.update({command: module for command in sub.choices})
    assert registered == COMMANDS


@pytest.mark.parametrize(("argv", "command"), [
    (["list"], "list"),
    (["--config", "x.toml", "-v", "show", "--ref", "list"], "show"),
    (["--config=x.toml", "register-postal", "--help"], "register-postal"),
    (["-v", "--help"], None),
    (["lst"], None),
    ([], None),
    (["--config"], None),
])
def test_the_invoked_command_is_found_after_the_global_options(argv: list[str], command: str | None) -> None:
    assert invoked_command(argv) == command


def test_help_without_a_command_still_lists_every_command() -> None:
    text = build_parser().format_help()
    for command in COMMANDS:
        assert command in text


def test_a_command_that_reads_no_document_does_not_load_the_document_readers() -> None:
    probe = (
        "import sys\n"
        "from intake.cli import main\n"
        "try:\n    main(['list', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pdfplumber', 'docx', 'parsers.documents', 'parsers.ocr') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
