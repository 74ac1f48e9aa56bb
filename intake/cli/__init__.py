"""The command line: one thin module per command over the functions the worker also calls."""

from intake.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
