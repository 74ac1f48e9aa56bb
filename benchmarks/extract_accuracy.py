"""Field accuracy of extraction over the golden corpus (tests/parsers/corpus.py).

    .venv/bin/python benchmarks/extract_accuracy.py [--verbose]

Prints, for the golden corpus and again for a small held-out set: accuracy for forms (named boxes,
tables, labelled lines; target >= 98%) and for free-form letters and mail bodies (target >= 90%), the
status accuracy of the broken files, and the number of wrong amounts reported with confidence >= 0.9
(target 0). A field counts as right only when its value equals the expected one exactly; a missing
field counts as wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parsers import FieldValue, field_to_json, merge_fields, parse_document, parse_email
from tests.parsers.corpus import Sample, build_corpus, holdout_samples

AMOUNT_FIELDS = ("requested_amount", "total_budget", "budget_lines")


def run(sample: Sample) -> tuple[str, dict[str, FieldValue]]:
    if sample.is_email:
        body, attachments = parse_email(sample.data)
        documents = [body, *attachments]
        parsed = any(d.parse_status == "parsed" for d in documents)
        return ("parsed" if parsed else body.parse_status), merge_fields(documents)
    document = parse_document(sample.data, sample.name)
    return document.parse_status, dict(document.fields)


def measure(samples: list[Sample] | tuple[Sample, ...], title: str, verbose: bool) -> None:
    totals: dict[str, list[int]] = {"form": [0, 0], "free": [0, 0]}
    status_right = status_all = 0
    confident_wrong_amounts: list[str] = []
    for sample in samples:
        status, fields = run(sample)
        if sample.kind == "special":
            status_all += 1
            status_right += status == sample.status
            continue
        values: dict[str, Any] = {name: field_to_json(value)["value"] for name, value in fields.items()}
        for name, expected in sample.expected.items():
            right = values.get(name) == expected
            totals[sample.kind][0] += right
            totals[sample.kind][1] += 1
            if verbose and not right:
                print(f"  wrong {sample.name} {name}: {values.get(name)!r} != {expected!r}")
        for name in AMOUNT_FIELDS:
            field = fields.get(name)
            if field is not None and field.confidence >= 0.9 and values[name] != sample.expected.get(name):
                confident_wrong_amounts.append(f"{sample.name}:{name}={values[name]!r}")
    print(f"{title} ({len(samples)} documents)")
    for kind, target in (("form", 98.0), ("free", 90.0)):
        right, count = totals[kind]
        if not count:
            continue
        share = 100.0 * right / count
        verdict = "ok" if share >= target else "BELOW TARGET"
        print(f"  {kind:<5} field accuracy: {share:6.2f}%  ({right}/{count} fields, "
              f"target >= {target:.0f}%)  {verdict}")
    if status_all:
        print(f"  broken files, right status: {status_right}/{status_all}")
    print(f"  wrong amounts with confidence >= 0.9: {len(confident_wrong_amounts)} (target 0)")
    for item in confident_wrong_amounts:
        print(f"    {item}")


def main(verbose: bool = False) -> int:
    measure(build_corpus(), "golden corpus (the rules were tuned on it)", verbose)
    measure(holdout_samples(), "held-out documents (never tuned on)", verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(verbose="--verbose" in sys.argv))
