"""Build corpus 14 ("what else people attach"): 2 x 20 application e-mails.

    python gen/build.py            # rebuilds /tmp/c14/dev and /tmp/c14/test

Deterministic: fixed seeds everywhere, fixed timestamps inside every zip-based
attachment, fixed MIME boundaries and Message-IDs.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mail  # noqa: E402
import specs_dev  # noqa: E402
import specs_test  # noqa: E402
from common import ROOT  # noqa: E402

SEEDS = {"dev": 1401, "test": 1402}
FIELD_ORDER = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
               "country", "project_title", "requested_amount", "total_budget"]


def build_half(half, funcs):
    out = os.path.join(ROOT, half)
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".eml") or f == "truth.jsonl":
            os.remove(os.path.join(out, f))
    specs = [f() for f in funcs]
    order = list(range(len(specs)))
    random.Random(SEEDS[half]).shuffle(order)
    manifest = []
    truth_lines = []
    for num, idx in enumerate(order, start=1):
        s = specs[idx]
        fname = f"c14-{half}-{num:03d}.eml"
        data = mail.build(s["mail"])
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(data)
        fields = {k: s["truth"][k] for k in FIELD_ORDER if k in s["truth"]}
        truth_lines.append((fname, json.dumps({"file": fname, "format": s["format"], "language": s["language"],
                                               "fields": fields}, ensure_ascii=False)))
        manifest.append({"file": fname, "key": s["key"], "format": s["format"], "language": s["language"],
                         "image_text": s.get("image_text")})
    truth_lines.sort()
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for _, line in truth_lines:
            fh.write(line + "\n")
    manifest.sort(key=lambda m: m["file"])
    return manifest


def main():
    man = {"dev": build_half("dev", specs_dev.ALL), "test": build_half("test", specs_test.ALL)}
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(man, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    work = os.path.join(HERE, "_work")
    if os.path.isdir(work) and not os.listdir(work):
        os.rmdir(work)
    total = 0
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        for f in sorted(os.listdir(d)):
            total += os.path.getsize(os.path.join(d, f))
    print(f"built 40 mails, corpus size {total} bytes ({total / 1024 / 1024:.2f} MB)")


if __name__ == "__main__":
    main()
