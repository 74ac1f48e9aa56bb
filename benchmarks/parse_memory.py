"""Whether a handwritten page is read whole by the second engine within the parser child's memory cap.

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/parse_memory.py [MB ...]

The worker parses each document in a child process whose address space is capped at what its imports take
plus ``[parsing] memory_mb`` (``intake.worker.sandbox.prepared``). The second engine's whole-page reading
(``parsers.second_page``) reserves much of it: where it does not fit, the page keeps tesseract's reading
alone (and the fields the second engine would have found are missing). For each cap (default: 512, 768,
1024, 1280, 1536 and the settings' default), a fresh child capped as the worker's is asks ``read_page`` for
the handwritten page of ``benchmarks/ocr_cost.py`` and reports whether the second engine's reading came
through, and the child's peak address space and resident set (VmPeak, VmHWM).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from config.settings import PARSE_MEMORY_MB
from tests.support.capped_child import read_under_cap

CAPS = (512, 768, 1024, 1280, 1536, PARSE_MEMORY_MB)


def main() -> None:
    from benchmarks.ocr_cost import handwritten_page

    caps = [int(arg) for arg in sys.argv[1:]] or list(dict.fromkeys(CAPS))
    page = handwritten_page()
    print(f"handwritten A4 page at 300 dpi; the settings' default cap: {PARSE_MEMORY_MB} MB")
    print(f"  {'memory_mb':>9}  {'the page':<22} {'VmPeak MB':>9} {'VmHWM MB':>9}")
    for cap in caps:
        outcome, peak, resident = read_under_cap(cap, page)
        print(f"  {cap:>9}  {outcome:<22} {peak:>9} {resident:>9}")


if __name__ == "__main__":
    main()
