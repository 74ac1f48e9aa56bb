"""The deployment lock files still match pyproject.toml: every dependency pinned, each pin inside its range.

A dependency added or a range moved without `make lock` fails here, not on the admin's server.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
EXTRAS = PROJECT["optional-dependencies"]


def _pins(lock: str) -> dict[str, str]:
    text = (REPO / lock).read_text()
    return {canonicalize_name(name): version
            for name, version in re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+)", text, re.MULTILINE)}


def _hashed(lock: str) -> bool:
    blocks = re.split(r"\n(?=[A-Za-z0-9])", (REPO / lock).read_text().split("\n\n", 1)[-1])
    return all("--hash=sha256:" in block for block in blocks if "==" in block)


@pytest.mark.parametrize(("lock", "requirements"), [
    ("requirements.lock", PROJECT["dependencies"] + EXTRAS["postgres"]),
    ("requirements-test.lock", PROJECT["dependencies"] + EXTRAS["postgres"] + EXTRAS["test"]),
])
def test_the_lock_pins_every_dependency_inside_its_range(lock, requirements):
    pins = _pins(lock)
    wrong = []
    for line in requirements:
        requirement = Requirement(line)
        pinned = pins.get(canonicalize_name(requirement.name))
        if pinned is None or not requirement.specifier.contains(pinned, prereleases=True):
            wrong.append(f"{requirement} (locked: {pinned})")
    assert not wrong, f"{lock} is out of date, run `make lock`: {', '.join(wrong)}"
    assert _hashed(lock), f"{lock}: every pin needs its hashes (`make lock` writes them)"


def test_the_two_locks_agree_on_the_runtime_packages():
    runtime, test = _pins("requirements.lock"), _pins("requirements-test.lock")
    assert {name: test.get(name) for name in runtime} == runtime
