#!/usr/bin/env python3
"""Build corpus c28: python gen/make.py  (writes dev/ and test/ next to gen/)."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import build_eml  # noqa: E402
from registry import CASES  # noqa: E402
import cases_dev_nl, cases_dev_fr, cases_test_nl, cases_test_fr  # noqa: E402,F401

OUT = HERE.parent
SEED = {"dev": 2819, "test": 2820}


def main():
    only = sys.argv[1:]  # optional case keys, for debugging
    for half in ("dev", "test"):
        cases = [c for c in CASES if c["half"] == half]
        if not only:
            assert len(cases) == 20, (half, len(cases))
        nums = list(range(1, len(cases) + 1))
        random.Random(SEED[half]).shuffle(nums)
        d = OUT / half
        d.mkdir(parents=True, exist_ok=True)
        rows = []
        for c, n in sorted(zip(cases, nums), key=lambda t: t[1]):
            if only and c["key"] not in only:
                continue
            r = c["fn"]()
            fname = f"c28-{half}-{n:03d}.eml"
            eml = build_eml(key=f"{half}-{c['key']}", sender_name=r["sender"][0], sender_addr=r["sender"][1],
                            subject=r["subject"], body=r["body"], when=r["when"], filename=r["filename"],
                            data=r["data"], cc=r.get("cc"), mailer=r.get("mailer"), html=r.get("html"),
                            to_name=r.get("to_name"), generic_mime=r.get("generic_mime", False))
            (d / fname).write_bytes(eml)
            rows.append({"file": fname, "format": c["fmt"], "language": c["lang"], "fields": r["truth"]})
        if not only:
            with open(d / "truth.jsonl", "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{half}: {len(rows)} mails")


if __name__ == "__main__":
    main()
