"""A copy of the call file with the sessions' places filled in (or moved), as a coordinator edits it."""

from __future__ import annotations

import re
from pathlib import Path

from config.call import DEFAULT_CALL_FILE


def call_file(path: Path, *, places: dict[str, str] | None = None, times: dict[str, tuple[str, str]] | None = None,
              dates: dict[str, str] | None = None) -> Path:
    """Write the default call file to ``path`` with, per session id, a place line (TOML), times or a date."""
    text = DEFAULT_CALL_FILE.read_text(encoding="utf-8")
    for session_id, place in (places or {}).items():
        text = re.sub(rf'(id = "{session_id}"\n(?:.*\n){{3}})place = .*\n', rf"\g<1>{place}\n", text)
    for session_id, (start, end) in (times or {}).items():
        text = re.sub(rf'(id = "{session_id}"\ndate = .*\n)start = .*\nend = .*\n',
                      rf'\g<1>start = "{start}"\nend = "{end}"\n', text)
    for session_id, day in (dates or {}).items():
        text = re.sub(rf'(id = "{session_id}"\n)date = .*\n', rf"\g<1>date = {day}\n", text)
    path.write_text(text, encoding="utf-8")
    return path


OUTPUT = Path(__file__).resolve().parents[2] / "var" / "test-output" / "after"


def keep(name: str, data: bytes) -> Path:
    """Leave a file for a person to look at (a letter, an invitation, the jury pack, the digest's picture)."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / name
    path.write_bytes(data)
    return path
