"""The second engine's cost per line read, with and without the strings it finds nearly as likely.

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/second_engine_cost.py [ROUNDS]

Writes 48 lines in a handwriting-like font (Debian's fonts-rufscript, as the OCR tests do), and times, in CPU
seconds of this process (the engine runs in it, on one thread), the recogniser's own call
(``rapidocr``'s ``TextRecognizer``) against ``parsers.second_opinion.recognise_with_alternatives``, which
repeats its steps and searches its scores for other strings (``parsers.ctc_beams``). Best of ROUNDS (3).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parsers import second_opinion

HAND = "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf"
LINES = ("Dorpsmoestuin aan de pastorij", "Aire de jeux nature", "Vandewalle", "47 rue des Tilleuls",
         "Oudercomité VBS Sint-Jozef", "Buurtkeuken in het parochiezaaltje", "8600 Lampernisse", "Hennebelle")


def _crops() -> list[Image.Image]:
    font = ImageFont.truetype(HAND, 60)
    out = []
    for text in LINES * 6:
        page = Image.new("L", (1400, 120), 255)
        draw = ImageDraw.Draw(page)
        draw.text((20, 20), text, font=font, fill=0)
        left, top, right, bottom = draw.textbbox((20, 20), text, font=font)
        out.append(page.crop((left - 10, top - 10, right + 10, bottom + 10)))
    return out


def _best(run: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    from rapidocr.ch_ppocr_rec.typings import TextRecInput

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    crops = _crops()
    recogniser = second_opinion._recogniser()  # loaded once, as in a parser child
    images = [np.ascontiguousarray(np.asarray(crop.convert("RGB"))[:, :, ::-1]) for crop in crops]
    own = _best(lambda: recogniser(TextRecInput(img=images)), rounds)
    # the other strings are searched when asked (for the surer of a run's two crops): asked here for every line
    ours = _best(lambda: [list(others) for _, _, others in second_opinion.recognise_with_alternatives(crops)],
                 rounds)
    print(f"{len(crops)} handwritten lines, best of {rounds}, CPU per line:")
    print(f"  the recogniser's own call        {own / len(crops) * 1000:6.1f} ms")
    print(f"  with the strings nearly as likely {ours / len(crops) * 1000:6.1f} ms  ({ours / own:.2f}x)")


if __name__ == "__main__":
    main()
