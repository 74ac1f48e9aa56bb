"""Extraction on a corpus written by someone who never saw parsers/: the honest figure (issue 11).

    OMP_THREAD_LIMIT=1 .venv/bin/python benchmarks/extract_independent.py [--half dev|test|both]
        [--code DIR] [--matrix] [--verbose] [--formats odt,rtf,...]

Each ``benchmarks/independent_corpus/<half>/*.eml`` is read exactly as ``intake extract FILE.eml`` reads it
(``intake.cli.extract.extract_file``: the body and every attachment, merged), and compared with the
author's ``truth.jsonl`` field by field. A field of the truth is, for us, one of:

- right: our value equals the truth (both normalised the contract's way, see ``normalise``);
- wrong, confident: a different value with confidence >= the review threshold (0.8): the coordinator is
  not told to look. This is the figure that must be ~0;
- wrong, to check: a different value below the threshold: shown to the coordinator to check;
- missing: no value at all (where the truth has one; a truth of null is right when we give none too, and wrong
  when we give one).
"right, to check" counts the right values that were still flagged (the coordinator looks, and confirms).
Fields we give that the truth does not have are not counted. Printed per format, per field, per group
(forms, free documents and bodies, scans and photos), and the wrong amounts at confidence >= 0.9.

``--code DIR`` measures another checkout's parsers (e.g. main before a change) with this same script.
``--verbose`` prints each wrong field, for the development half only: the test half is scored, never read.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "independent_corpus"
REVIEW_THRESHOLD = 0.8  # parsers/confidence.py; repeated so --code can measure a checkout without it
FORMATS = ("pdf_form", "docx_form", "odt", "odt_form", "xlsx_form", "ods_form", "docx_letter", "pdf_letter", "rtf",
           "doc", "body_plain", "body_html", "body_with_sheet", "zip_bundle", "scan_pdf", "photo")
GROUPS = {
    # corpus 10 names its ODT forms apart; corpus 14 has forms made in Excel and Calc
    "forms": ("pdf_form", "docx_form", "odt", "odt_form", "xlsx_form", "ods_form"),
    # corpus 14: a mail whose budget is an attached spreadsheet, a .zip holding a letter or form and a budget
    "free documents and bodies": ("docx_letter", "pdf_letter", "rtf", "doc", "body_plain", "body_html",
                                  "body_with_sheet", "zip_bundle"),
    "scans and photos": ("scan_pdf", "photo"),
}
GOALS = {"forms": 98.0, "free documents and bodies": 90.0, "scans and photos": 85.0}
FIELDS = ("organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "summary", "requested_amount", "total_budget")
AMOUNTS = ("requested_amount", "total_budget")
KINDS = ("right", "right_to_check", "wrong_confident", "wrong_to_check", "missing")


def normalise(name: str, value: Any) -> str:
    """The contract's form of a value, for comparing: amounts with two decimals, e-mail lower case, text
    with single spaces and straight apostrophes (a typographic quote is not a different name)."""
    if value is None:
        return ""
    text = " ".join(str(value).split()).replace("’", "'").replace("‘", "'")
    if name in AMOUNTS:
        try:
            from decimal import Decimal

            return f"{Decimal(text).quantize(Decimal('0.01')):f}"
        except ArithmeticError:
            return text
    if name == "email":
        return text.lower()
    if name in ("phone", "postcode", "country"):
        return text.replace(" ", "").upper()
    return text.strip(" \"“”«».")


_LEGAL_FORM = re.compile(r"(?i)\s*\((?:[^()]*\b(?:association|vereniging|vzw|asbl|loi|1901)\b[^()]*)\)\s*|"
                         r"(?:^|\s+)(?:vzw|v\.z\.w\.?|asbl|a\.s\.b\.l\.?)(?=\s|$)")


def _without_legal_form(name: str) -> str:
    """A group's name without its legal form ("(association loi 1901)", "(feitelijke vereniging)", "vzw"), for
    counting apart the wrong names that differ from the truth only by it (an author's convention: which one a
    coordinator types is theirs to choose)."""
    return " ".join(_LEGAL_FORM.sub(" ", normalise("organisation", name)).split()).casefold()


def _official(place: str) -> str:
    """The municipality a village belongs to (``Loker`` -> ``Heuvelland``), by the call file's aliases.

    The contract's municipality is the official one; an author may have written the village of the address
    line as the truth: either is right."""
    import tomllib

    call = HERE.parent / "config" / "calls" / "maak-werk-van-je-buurt-2019.toml"
    data = tomllib.loads(call.read_text(encoding="utf-8"))
    for municipality in data.get("region", {}).get("municipalities", []):
        if place.casefold() in (alias.casefold() for alias in municipality.get("aliases", ())):
            return str(municipality["name"])
    return place


@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    def add(self, kind: str) -> None:
        self.counts[kind] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, *kinds: str) -> float:
        return 100.0 * sum(self.counts[kind] for kind in kinds) / self.total if self.total else 0.0


DESCRIPTION_OVERLAP = 0.6  # the share of words two descriptions must have in common, each way


def same_description(ours: Any, truth: Any) -> bool:
    """A description is free text: ours is right when at least ``DESCRIPTION_OVERLAP`` of the truth's words
    are in it and as much of its words are the truth's (it may keep a sentence the author left out, or leave
    one out, not be another paragraph). Words compared case-insensitively, without punctuation."""
    our_words = set(re.findall(r"\w+", str(ours).casefold()))
    true_words = set(re.findall(r"\w+", str(truth).casefold()))
    if not our_words or not true_words:
        return False
    common = len(our_words & true_words)
    return common / len(true_words) >= DESCRIPTION_OVERLAP and common / len(our_words) >= DESCRIPTION_OVERLAP


def judge(truth: dict[str, Any], fields: dict[str, dict[str, Any]]) -> dict[str, tuple[str, Any]]:
    """Field name -> (kind, our value) for every field of the truth (a summary by ``same_description``)."""
    verdicts: dict[str, tuple[str, Any]] = {}
    for name, expected in truth.items():
        ours = fields.get(name)
        given = ours is not None and ours.get("value") not in (None, "", [])
        if expected is None and not given:
            verdicts[name] = ("right", None)  # the mail gives no such value, and we give none
            continue
        if ours is None or not given:
            verdicts[name] = ("missing", None)
            continue
        unsure = float(ours.get("confidence", 0)) < REVIEW_THRESHOLD
        if (name == "summary" and same_description(ours["value"], expected)) or (
                name != "summary" and normalise(name, ours["value"]) == normalise(name, expected)) or (
                name == "municipality" and normalise(name, ours["value"]) == _official(normalise(name, expected))):
            verdicts[name] = ("right_to_check" if unsure else "right", ours["value"])
        else:
            verdicts[name] = ("wrong_to_check" if unsure else "wrong_confident", ours["value"])
    return verdicts


def _print_table(title: str, rows: Iterable[tuple[str, Tally]]) -> None:
    print(f"  {title:<26} {'fields':>6} {'right':>7} {'(to chk)':>8} {'wrong!':>7} {'wrong?':>7} {'missing':>8}")
    for label, tally in rows:
        if not tally.total:
            continue
        c = tally.counts
        print(f"  {label:<26} {tally.total:>6} {tally.share('right', 'right_to_check'):>6.1f}% "
              f"{c['right_to_check']:>8} {c['wrong_confident']:>7} {c['wrong_to_check']:>7} {c['missing']:>8}")


def measure(corpus: Path, half: str, *, matrix: bool, verbose: bool, formats: frozenset[str] | None = None) -> None:
    from intake.cli.extract import extract_file

    folder = corpus / half
    truth_path = folder / "truth.jsonl"
    if not truth_path.is_file():
        print(f"{half}: no truth.jsonl in {folder}")
        return
    cases = [json.loads(line) for line in truth_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # an author's own name for a format ("pdf-acroform" for pdf_form): groups.json's "aliases" says which it is
    aliases = _format_aliases(corpus)
    cases = [{**case, "format": aliases.get(case["format"], case["format"])} for case in cases]
    unknown = sorted({case["format"] for case in cases} - set(FORMATS))
    if unknown:
        # a case no group holds would be read and never counted: a figure that looks whole and is not
        raise SystemExit(f"{half}: formats {', '.join(unknown)} are in no group; name them in {corpus}/groups.json "
                         "under \"aliases\"")
    if formats is not None:  # a quick loop on some formats (no OCR): the figures are then for those only
        cases = [case for case in cases if case["format"] in formats]
    by_format: dict[str, Tally] = defaultdict(Tally)
    # corpus 15 says how each application came: inside a winmail.dat, as an iPhone's HEIC, forwarded as an
    # attachment, a scanner app's PDF, a picture pasted in a Word file...
    by_carrier: dict[str, Tally] = defaultdict(Tally)
    by_field: dict[str, Tally] = defaultdict(Tally)
    cell: dict[tuple[str, str], Tally] = defaultdict(Tally)
    confident_wrong_amounts = 0
    case_only = 0  # wrong only in capitals ("KEMMEL" for "Kemmel"): still wrong here, but named apart
    legal_only = 0  # a group's name wrong only by its legal form ("X" for "X (association loi 1901)", "X vzw")
    failures = 0
    # corpus 17 says whether its author wrote a description at all: one we give where none was written would
    # keep an application from being asked for it (counted apart: the truth has no summary to score it by)
    described_none = given_none = 0
    started = time.perf_counter()
    for case in cases:
        path = folder / case["file"]
        try:
            record = extract_file(path)
        except Exception as exc:  # noqa: BLE001 - a crash is counted and named, the run goes on
            failures += 1
            print(f"  {half}: extraction raised on one case: {type(exc).__name__}")
            record = {"fields": {}}
        fields = record.get("fields", {})
        if case.get("has_description") is False:
            described_none += 1
            if fields.get("summary", {}).get("value"):
                given_none += 1
                if verbose and half != "test":
                    print(f"    {case['file']} [{case['format']}] summary given, none written: "
                          f"{str(fields['summary']['value'])[:120]!r}")
        for name, (kind, ours) in judge(case["fields"], fields).items():
            by_format[case["format"]].add(kind)
            if "carrier" in case:
                by_carrier[case["carrier"]].add(kind)
            by_field[name].add(kind)
            cell[(case["format"], name)].add(kind)
            if name in AMOUNTS and kind.startswith("wrong") and float(fields[name]["confidence"]) >= 0.9:
                confident_wrong_amounts += 1
            if kind.startswith("wrong") and (
                    normalise(name, ours).casefold() == normalise(name, case["fields"][name]).casefold()):
                case_only += 1
            elif kind.startswith("wrong") and name == "organisation" and (
                    _without_legal_form(str(ours)) == _without_legal_form(str(case["fields"][name]))):
                legal_only += 1
            if verbose and kind != "right" and half != "test":
                print(f"    {case['file']} [{case['format']}] {name}: {kind}: ours {ours!r}, "
                      f"truth {case['fields'][name]!r}")
    elapsed = time.perf_counter() - started
    print(f"\n{half}: {len(cases)} mails, {sum(t.total for t in by_format.values())} fields, {elapsed:.0f} s"
          + (f", {failures} crashed" if failures else ""))
    print("  right = right share; (to chk) = right but flagged; wrong! = wrong with confidence >= 0.8; "
          "wrong? = wrong, flagged to check")
    groups = corpus_groups(corpus)
    _print_table("group", [(group, _sum(by_format, formats)) for group, formats in groups.items()])
    for group, formats in groups.items():
        tally = _sum(by_format, formats)
        if tally.total:
            print(f"    {group}: {tally.share('right', 'right_to_check'):.1f}% right (goal >= {GOALS[group]:g}%)")
    _print_table("format", [(name, by_format[name]) for name in FORMATS])
    if by_carrier:
        _print_table("carrier", sorted(by_carrier.items()))
    _print_table("field", [(name, by_field[name]) for name in FIELDS])
    everything = _sum(by_format, FORMATS)
    print(f"  all: {everything.share('right', 'right_to_check'):.1f}% right, "
          f"{everything.counts['wrong_confident']} wrong with confidence >= 0.8, "
          f"{confident_wrong_amounts} wrong amounts with confidence >= 0.9 (goal 0)"
          + (f"; {case_only} of the wrong differ from the truth only in capitals" if case_only else "")
          + (f"; {legal_only} only by the group's legal form" if legal_only else ""))
    if described_none:
        print(f"  mails with no description: {described_none}; a description given for {given_none} (goal 0)")
    if matrix:
        print("  right % by format (rows) and field (columns):")
        print("  " + " " * 12 + "".join(f"{name[:7]:>8}" for name in FIELDS if by_field[name].total))
        for fmt in FORMATS:
            shares = [f"{cell[(fmt, name)].share('right', 'right_to_check'):>7.0f}%" if cell[(fmt, name)].total
                      else f"{'-':>8}" for name in FIELDS if by_field[name].total]
            print(f"  {fmt:<12}" + "".join(shares))


def _format_aliases(corpus: Path) -> dict[str, str]:
    path = corpus / "groups.json"
    aliases: dict[str, str] = json.loads(path.read_text(encoding="utf-8")).get("aliases", {}) if path.is_file() else {}
    return aliases


def corpus_groups(corpus: Path) -> dict[str, tuple[str, ...]]:
    """The groups, with a corpus's own placing of a format where its README says what the format holds.

    ``groups.json`` in the corpus folder moves a format to another group, e.g. corpus 4's ``odt`` files are all
    letters: free documents by the issue's definition (forms are fillable PDFs, Word and ODT tables)."""
    path = corpus / "groups.json"
    moved: dict[str, str] = json.loads(path.read_text(encoding="utf-8")).get("formats", {}) if path.is_file() else {}
    return {group: tuple(name for name in FORMATS if moved.get(name, group if name in formats else None) == group)
            for group, formats in GROUPS.items()}


def _sum(by_format: dict[str, Tally], formats: Iterable[str]) -> Tally:
    total = Tally()
    for name in formats:
        for kind, count in by_format[name].counts.items():
            total.counts[kind] += count
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--code", type=Path, default=HERE.parent, help="the checkout whose parsers to measure")
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="the corpus (its dev/ and test/ halves): independent_corpus, independent_corpus_2, "
                             "independent_corpus_3")
    parser.add_argument("--matrix", action="store_true", help="right share per format and field")
    parser.add_argument("--verbose", action="store_true", help="each wrong field (development half only)")
    parser.add_argument("--formats", help="only these formats, comma-separated (e.g. odt,rtf): a partial figure")
    args = parser.parse_args()
    formats = frozenset(args.formats.split(",")) if args.formats else None
    if formats is not None and not formats <= set(FORMATS):
        parser.error(f"unknown format in --formats; known: {', '.join(FORMATS)}")
    sys.path.insert(0, str(args.code.resolve()))
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    for name in ("pypdf", "pdfminer"):
        logging.getLogger(name).setLevel(logging.ERROR)
    print(f"code: {args.code.resolve()}\ncorpus: {args.corpus.resolve()}")
    for half in (("dev", "test") if args.half == "both" else (args.half,)):
        measure(args.corpus.resolve(), half, matrix=args.matrix, verbose=args.verbose, formats=formats)


if __name__ == "__main__":
    main()
