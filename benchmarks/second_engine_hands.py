"""The second engine on handwritten lines in hands its tuning never saw: the corpora's.

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/second_engine_hands.py [--tuned FILE.npz] [--lines 40]

Every handwriting font a corpus under ``benchmarks/`` wrote with (its ``gen/fonts``) writes ``--lines``
invented lines (``scripts/tune_hands/lines.py``: names, streets, places, phones, addresses, amounts, words;
tilted, scaled down, blurred, JPEG), each read by the recogniser as the wheel ships it and as a tuning made by
``scripts/tune_hands`` has it (``--tuned``, by default where ``parsers/second_opinion.py`` would take it).
Printed per hand and in all: the share of letters wrong (edit distance over the line's length), the share of
lines read exactly, how many lines each scored high enough for the rules to trust (and of those, wrong), and
CPU ms per line. The tuning wrote in none of these hands (``fetch_fonts.py`` refuses them); the corpora's own
scans are the measure that counts (``extract_independent.py`` with the file in place), this one says what the
recogniser alone does.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "scripts" / "tune_hands")]

import lines  # noqa: E402  (scripts/tune_hands/lines.py)

from parsers import second_opinion  # noqa: E402

PRINTED = ("dejavu", "liberation", "caladea", "carlito")  # the corpora's typed pages, not hands


def corpus_hands() -> dict[str, Path]:
    hands: dict[str, Path] = {}
    for path in sorted(HERE.glob("independent_corpus*/gen/fonts/*")):
        if path.suffix.lower() in (".ttf", ".otf", ".woff") and not path.stem.lower().startswith(PRINTED):
            hands.setdefault(path.stem.lower().replace("-latin-400-normal", ""), path)
    return hands


def read_all(crops: list, tuned: bool) -> tuple[list[str], list[float], float]:
    second_opinion.HANDS = TUNED if tuned else HERE / "no-such-file"
    second_opinion._engine = None
    second_opinion.recognise(crops[:2])  # loaded before timing
    start = time.process_time()
    readings = second_opinion.recognise(crops)
    spent = (time.process_time() - start) / max(1, len(crops)) * 1000
    return [text for text, _ in readings], [score for _, score in readings], spent


TUNED = second_opinion.HANDS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tuned", type=Path, default=second_opinion.HANDS)
    parser.add_argument("--lines", type=int, default=40)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    global TUNED
    TUNED = args.tuned
    if not TUNED.is_file():
        raise SystemExit(f"{TUNED} is missing: make one with scripts/tune_hands (its README)")
    random.seed(args.seed)
    np.random.seed(args.seed)
    rows = []
    for name, font in corpus_hands().items():
        lines.HAND_FONTS[:] = [str(font)]
        rows.append((name, [lines.sample(hand_share=1.0) for _ in range(args.lines)]))
    crops = [crop for _, written in rows for crop, _ in written]
    truths = [truth for _, written in rows for _, truth in written]
    plain, plain_scores, plain_ms = read_all(crops, tuned=False)
    tuned, tuned_scores, tuned_ms = read_all(crops, tuned=True)
    print(f"{len(rows)} hands of the corpora, {args.lines} lines each (seed {args.seed})")
    print(f"{'hand':30} {'letters wrong: wheel':>21} {'tuned':>7} {'lines right: wheel':>19} {'tuned':>7}")
    at = 0
    totals = [0, 0, 0, 0, 0]
    for name, written in rows:
        n = len(written)
        part = slice(at, at + n)
        at += n
        letters = sum(len(truth) for truth in truths[part])
        wrong = [sum(lines.wrong_letters(r, t) for r, t in zip(reads[part], truths[part], strict=True))
                 for reads in (plain, tuned)]
        right = [sum(r == t for r, t in zip(reads[part], truths[part], strict=True)) for reads in (plain, tuned)]
        for index, value in enumerate((letters, *wrong, *right)):
            totals[index] += value
        print(f"{name:30} {wrong[0] / letters:>20.1%} {wrong[1] / letters:>7.1%} {right[0] / n:>18.0%} "
              f"{right[1] / n:>7.0%}")
    letters, wrong_plain, wrong_tuned, right_plain, right_tuned = totals
    print(f"{'all':30} {wrong_plain / letters:>20.1%} {wrong_tuned / letters:>7.1%} "
          f"{right_plain / len(truths):>18.1%} {right_tuned / len(truths):>7.1%}")
    # what the rules trust: a reading scored SURE may replace tesseract's, DIGITS_SURE its digits
    for bar in (second_opinion.SURE, second_opinion.DIGITS_SURE):
        trusted = [[(r == t) for r, t, score in zip(reads, truths, scores, strict=True) if score >= bar]
                   for reads, scores in ((plain, plain_scores), (tuned, tuned_scores))]
        print(f"lines scored >= {bar}: wheel {len(trusted[0])} ({trusted[0].count(False)} of them wrong), "
              f"tuned {len(trusted[1])} ({trusted[1].count(False)} of them wrong)")
    print(f"CPU per line: wheel {plain_ms:.1f} ms, tuned {tuned_ms:.1f} ms ({tuned_ms / plain_ms:.2f}x)")


if __name__ == "__main__":
    main()
