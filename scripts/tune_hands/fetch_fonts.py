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
    """Every font a corpus holds or names (an @fontsource package, a font file such as Debian's Breip.ttf), folded
    to letters only ("homemade-apple.ttf": "homemadeapple")."""
    names: set[str] = set()
    for corpus in BENCHMARKS.glob("independent_corpus*"):
        for path in corpus.rglob("*"):
            if path.suffix.lower() in (".ttf", ".otf", ".woff", ".woff2"):
                names.add(re.sub(r"[^a-z]", "", path.stem.lower().replace("-latin-400-normal", "")))
            elif path.suffix in (".md", ".py", ".txt", ".json") and path.stat().st_size < 2_000_000:
                text = path.read_text(errors="ignore")
                for found in re.findall(r"@fontsource/([a-z0-9-]+)", text):
                    names.add(re.sub(r"[^a-z]", "", found))
                for found in re.findall(r"([A-Za-z0-9_-]+)\.(?:ttf|otf|woff2?)\b", text):  # a system font by its file
                    names.add(re.sub(r"[^a-z]", "", found.lower().replace("-latin-400-normal", "")))
    return names


def main() -> None:
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    used = corpus_fonts()
    for name, _ in hands():
        folded = re.sub(r"[^a-z]", "", name)
        # the same family under another cut counts too ("caveat-brush", "shadows-into-light-two")
        if any(folded.startswith(other) or other.startswith(folded) for other in used if len(other) >= 5):
            raise SystemExit(f"{name} is a corpus's hand, or of its family: it may not be trained on")
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
