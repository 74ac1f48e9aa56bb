"""Build the c22 corpus: python gen/build.py  (writes dev/ and test/ next to gen/)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from mailer import build_eml  # noqa: E402
import mails_dev  # noqa: E402
import mails_test  # noqa: E402

PREFIX = "c22"
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
          "country", "project_title", "requested_amount", "total_budget"]


def build_half(half, funcs, seed):
    outdir = os.path.join(ROOT, half)
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".eml") or f == "truth.jsonl":
            os.remove(os.path.join(outdir, f))
    order = list(range(len(funcs)))
    random.Random(seed).shuffle(order)
    records = []
    manifest = []
    for pos, idx in enumerate(order, start=1):
        fn = funcs[idx]
        spec = fn()
        name = "%s-%s-%03d.eml" % (PREFIX, half, pos)
        data = build_eml(spec["mail"])
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(data)
        truth = spec["truth"]
        assert list(truth) == FIELDS, fn.__name__
        records.append({"file": name, "format": spec["fmt"], "language": spec["lang"],
                        "fields": {k: truth[k] for k in FIELDS}})
        atts = [a[0] for a in spec["mail"].get("attachments", [])]
        manifest.append({"file": name, "builder": fn.__name__, "format": spec["fmt"], "language": spec["lang"],
                         "attachments": atts, "size": len(data), "notes": spec["notes"]})
    with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return manifest


def main():
    man = {}
    man["dev"] = build_half("dev", mails_dev.MAILS, 2207)
    man["test"] = build_half("test", mails_test.MAILS, 2213)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(man, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for half in ("dev", "test"):
        print(half, len(man[half]), "mails", sum(m["size"] for m in man[half]), "bytes")


if __name__ == "__main__":
    main()
