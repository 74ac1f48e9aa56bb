"""``intake extract FILE... [--format table|jsonl]``: parse PDF, DOCX or .eml files offline, no database."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from config import Settings
from config.errors import UsageError
from parsers import PARSED, FieldValue, field_to_json, language_of, merge_fields
from parsers.envelope import read_envelope
from parsers.field_table import FIELD_NAMES
from parsers.merge import as_one_message
from parsers.sniff import RFC822, sniff_content_type


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="parse PDF, DOCX or .eml files offline and print the fields found")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", dest="output_format", choices=("table", "jsonl"), default="table")
    p.set_defaults(handler=handle, needs_settings=False)


def extract_file(path: Path) -> dict[str, Any]:
    """One record per file; an .eml merges its body and every attachment, the strongest source winning."""
    # imported here: the document readers cost about a second, which every other command need not pay
    from parsers.documents import parse_document, parse_email

    data = path.read_bytes()
    if path.suffix.lower() == ".eml" or sniff_content_type(data) == RFC822:
        body, attachments = parse_email(data)
        # the coordinator's mailbox (To:) written on a form or a letter is never the applicant's address
        recipients = read_envelope(data).recipients
        body, *attachments = as_one_message([body, *attachments], recipients)
        documents = [body, *attachments]
        parsed = [document for document in documents if document.parse_status == PARSED]
        fields = merge_fields(documents)
        status = PARSED if parsed else body.parse_status
        language = language_of((d.language, d is body) for d in parsed)
        record: dict[str, Any] = {"file": path.name, "parse_status": status, "language": language,
                                  "fields": _fields_json(fields)}
        record["documents"] = [{"file": d.filename, "parse_status": d.parse_status, "error": d.error}
                               for d in documents]
        return record
    document = parse_document(data, path.name)
    record = {"file": path.name, "parse_status": document.parse_status, "language": document.language,
              "fields": _fields_json(dict(document.fields))}
    if document.error:
        record["error"] = document.error
    return record


def _fields_json(fields: dict[str, FieldValue]) -> dict[str, Any]:
    return {name: field_to_json(fields[name]) for name in FIELD_NAMES if name in fields}


def _table(record: dict[str, Any]) -> str:
    lines = [f"{record['file']}  [{record['parse_status']}]  language={record['language'] or '-'}"]
    if record.get("error"):
        lines.append(f"  error: {record['error']}")
    for name, field in record["fields"].items():
        value = field["value"]
        if isinstance(value, list):
            value = "; ".join(f"{line['description']} = {line['amount']}" for line in value)
        shown = str(value).replace("\n", " / ")
        lines.append(f"  {name:<17} {shown[:80]:<80}  {field['source']:<10} {field['confidence']:.2f}")
    for document in record.get("documents", []):
        lines.append(f"  - {document['file']}: {document['parse_status']}"
                     + (f" ({document['error']})" if document["error"] else ""))
    return "\n".join(lines)


def handle(args: argparse.Namespace, settings: Settings | None) -> int:
    if not getattr(args, "verbose", False):
        # pypdf and pdfminer warn about every damaged file; the record's status and error already say it
        for name in ("pypdf", "pdfminer"):
            logging.getLogger(name).setLevel(logging.ERROR)
    paths = [Path(name) for name in args.files]
    for path in paths:
        if not path.is_file():
            raise UsageError(f"file not found: {path}")
    for path in paths:
        record = extract_file(path)
        if args.output_format == "jsonl":
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(_table(record))
    sys.stdout.flush()
    return 0
