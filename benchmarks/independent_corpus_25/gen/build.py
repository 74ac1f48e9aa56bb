#!/usr/bin/env python3
"""Build the c25 corpus deterministically.

    python gen/build.py            # writes dev/ and test/ next to gen/
    python gen/build.py --preview d01 t05   # only write PDFs of some cases to preview/
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from common import set_metadata, make_eml, pdfdate  # noqa: E402


def load_cases():
    import importlib
    out = []
    for half in ("dev", "test"):
        cs = []
        for part in ("a", "b"):
            try:
                mod = importlib.import_module("cases_%s_%s" % (half, part))
            except ModuleNotFoundError:
                continue
            cs += [f() for f in mod.CASES]
        out.append(cs)
    return out[0], out[1]


def make_pdf(case):
    raw = case["pdf"]()
    return set_metadata(raw, case.get("meta", {}), pdfdate(case["created"]) if case.get("created") else None)


def write_half(cases, half, seed):
    outdir = os.path.join(ROOT, half)
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):
        if fn.endswith(".eml") or fn == "truth.jsonl":
            os.remove(os.path.join(outdir, fn))
    order = list(range(len(cases)))
    random.Random(seed).shuffle(order)
    rows = []
    mapping = []
    for num, idx in enumerate(order, start=1):
        case = cases[idx]
        name = "c25-%s-%03d.eml" % (half, num)
        pdf = make_pdf(case)
        eml = make_eml(case["mail"], pdf, uid="c25-%s-%s" % (half, case["key"]))
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(eml)
        rows.append({"file": name, "format": case["fmt"], "language": case["lang"], "fields": case["truth"]})
        mapping.append((name, case["key"], case["fmt"], case["lang"], case["family"], len(eml)))
    rows.sort(key=lambda r: r["file"])
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return sorted(mapping)


def main():
    args = sys.argv[1:]
    dev, test = load_cases()
    if args and args[0] == "--preview":
        want = set(args[1:])
        os.makedirs(os.path.join(ROOT, "preview"), exist_ok=True)
        for c in dev + test:
            if not want or c["key"] in want:
                with open(os.path.join(ROOT, "preview", c["key"] + ".pdf"), "wb") as fh:
                    fh.write(make_pdf(c))
        return
    assert len(dev) == 20 and len(test) == 20
    m_dev = write_half(dev, "dev", seed=2519)
    m_test = write_half(test, "test", seed=2520)
    with open(os.path.join(HERE, "dev_families.tsv"), "w", encoding="utf-8") as fh:
        for name, key, fmt, lang, fam, size in m_dev:
            fh.write("%s\t%s\t%s\t%s\t%s\n" % (name, fmt, lang, fam, size))
    for name, key, fmt, lang, fam, size in m_dev:
        print("%-20s %-10s %-2s %7d  %s" % (name, fmt, lang, size, fam[:70]))
    print("test: %d files written (%d bytes)" % (len(m_test), sum(m[5] for m in m_test)))


if __name__ == "__main__":
    main()
