"""Fetch the hands of fonts.txt from npm (@fontsource, latin subset, weight 400) as TrueType files in DIR.

    python scripts/tune_hands/fetch_fonts.py DIR

Refuses a font that any corpus under benchmarks/ names (its README, its generator, its fonts folder): the
corpora's hands are what the tuning is measured on, so it must never have seen them."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tarfile
from pathlib import Path

from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
BENCHMARKS = HERE.parents[1] / "benchmarks"


def hands() -> list[tuple[str, bool]]:
    out = []
    for line in (HERE / "fonts.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, *mark = line.split()
            out.append((name, mark == ["held"]))
    return out


def corpus_fonts() -> set[str]:
    """Every font name a corpus mentions, folded to letters only ("Homemade Apple", "homemade-apple.ttf")."""
    names: set[str] = set()
    for corpus in BENCHMARKS.glob("independent_corpus*"):
        for path in corpus.rglob("*"):
            if path.suffix.lower() in (".ttf", ".otf", ".woff", ".woff2"):
                names.add(re.sub(r"[^a-z]", "", path.stem.lower().replace("-latin-400-normal", "")))
            elif path.suffix in (".md", ".py", ".txt", ".json") and path.stat().st_size < 2_000_000:
                for found in re.findall(r"@fontsource/([a-z0-9-]+)", path.read_text(errors="ignore")):
                    names.add(re.sub(r"[^a-z]", "", found))
    return names


def main() -> None:
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    used = corpus_fonts()
    for name, _ in hands():
        if re.sub(r"[^a-z]", "", name) in used:
            raise SystemExit(f"{name} is a corpus's hand: it may not be trained on")
        if (target / f"{name}.ttf").is_file():
            continue
        packed = subprocess.run(["npm", "pack", "--silent", f"@fontsource/{name}"], cwd=target, check=True,
                                capture_output=True, text=True).stdout.split()[-1]
        with tarfile.open(target / packed) as archive:
            member = next(m for m in archive.getmembers() if m.name.endswith("-latin-400-normal.woff"))
            data = archive.extractfile(member).read()  # type: ignore[union-attr]
        font = TTFont(io.BytesIO(data))
        font.flavor = None
        font.save(target / f"{name}.ttf")
        (target / packed).unlink()
        print(name)


if __name__ == "__main__":
    main()
