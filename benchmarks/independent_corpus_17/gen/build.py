#!/usr/bin/env python3
"""Build corpus c17 ("does the mail describe the project?").

    python3 gen/build.py            # writes dev/, test/, gen/manifest_*.json, README.md
    python3 gen/build.py --check    # rebuild into a temp dir and compare byte for byte

Needs python-docx and reportlab (to write), pypdf (to verify; pdftotext is
used too when it is on PATH). Deterministic: fixed shuffle seeds, fixed
dates, fixed MIME boundaries and Message-IDs, fixed ZIP timestamps in the
DOCX files, invariant PDFs.
"""
import email
import email.policy
import hashlib
import html.parser
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
from slots import SLOTS, SLOT_BY_ID  # noqa: E402

ROOT = os.path.dirname(HERE)
SEEDS = {"dev": 170001, "test": 170002}
FIELD_ORDER = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
               "country", "project_title", "summary", "requested_amount", "total_budget"]
DOCX_MIME = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF_MIME = ("application", "pdf")
MAX_EML = 200 * 1024


def load_half(half):
    if half == "dev":
        import content_dev as m
    else:
        import content_test as m
    return m.MAILS


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------


def render(mail, key):
    desc = mail.get("desc")
    body = mail["body"]
    if callable(body):
        body = body(desc)
    elif mail.get("html"):
        body = lib.fill(body, desc, lib.desc_html)
    else:
        body = lib.fill(body, desc, lib.desc_plain)
    attachments = []
    doc = mail.get("doc")
    if doc:
        kind, spec = doc["kind"], dict(doc["spec"])
        if kind == "docx_letter":
            data = lib.docx_letter(spec, desc)
            attachments.append((doc["filename"],) + DOCX_MIME + (data,))
        elif kind == "docx_form":
            data = lib.docx_form(spec, desc)
            attachments.append((doc["filename"],) + DOCX_MIME + (data,))
        elif kind == "docx_table":
            data = lib.docx_table_only(spec)
            attachments.append((doc["filename"],) + DOCX_MIME + (data,))
        elif kind == "pdf_letter":
            data = lib.pdf_letter(spec, desc)
            attachments.append((doc["filename"],) + PDF_MIME + (data,))
        elif kind == "pdf_form":
            rows = []
            for r in spec["rows"]:
                r = dict(r)
                if r.get("value") == "{DESC}":
                    r["value"] = lib.summary_of(desc)
                rows.append(r)
            spec["rows"] = rows
            data = lib.pdf_form(spec)
            attachments.append((doc["filename"],) + PDF_MIME + (data,))
        else:
            raise ValueError(kind)
    m = mail["mail"]
    spec = dict(date=m["date"], subject=m["subject"], agent=m.get("agent"),
                in_reply_to=m.get("in_reply_to"), charset=mail.get("charset", "utf-8"))
    spec["from"] = m["from_"]
    spec["to"] = m.get("to", ("Partons 2.0", "coordinator@example.org"))
    return lib.build_eml(spec, key, body, "html" if mail.get("html") else "plain", attachments)


def truth_line(fname, mail):
    slot = SLOT_BY_ID[mail["slot"]]
    fields = dict(mail["fields"])
    if mail.get("desc"):
        fields["summary"] = lib.summary_of(mail["desc"])
    ordered = {k: fields[k] for k in FIELD_ORDER if k in fields}
    extra = set(fields) - set(FIELD_ORDER)
    assert not extra, extra
    return {"file": fname, "format": slot["format"], "language": slot["language"],
            "has_description": slot["has_description"], "where": slot["where"], "fields": ordered}


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------


class _H2T(html.parser.HTMLParser):
    BREAK = {"br", "p", "div", "tr", "li", "ul", "table", "hr", "h1", "h2", "h3"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BREAK:
            self.out.append("\n")
        if tag == "td":
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.BREAK:
            self.out.append("\n")

    def handle_data(self, data):
        self.out.append(data)


def html_text(s):
    p = _H2T()
    p.feed(s)
    return "".join(p.out)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def pdf_text(data):
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    parts = [pg.extract_text() or "" for pg in r.pages]
    layer = "".join(parts)
    fields = r.get_fields() or {}
    for k, v in fields.items():
        val = v.get("/V")
        if val:
            parts.append(str(val))
    if shutil.which("pdftotext"):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(data)
            f.flush()
            parts.append(subprocess.run(["pdftotext", "-q", f.name, "-"], capture_output=True, text=True).stdout)
    return layer, "\n".join(parts), fields


QUOTE_START = re.compile(r"^(>|-----.*Message d'origine-----|-----Original Message-----|Van: |De : |Op .* schreef .*:$|Le .* a écrit :$)")


def new_part(text):
    """The new text of a reply: everything before the first quote marker,
    attribution line or forwarded-header block."""
    out = []
    for line in text.split("\n"):
        if QUOTE_START.match(line):
            break
        out.append(line)
    return "\n".join(out)


def strip_bullets(text):
    return "\n".join(re.sub(r"^(\s*)([-*\u2022]|\d+\.) ", r"\1", l) for l in text.split("\n"))


def digits_pattern(local):
    ds = re.sub(r"\D", "", local)
    return re.compile(r"\D{0,3}".join(ds))


def amount_variants(v):
    n = float(v)
    i = int(round(n))
    s = str(i)
    out = {s}
    if i >= 1000:
        head, tail = s[:-3], s[-3:]
        out |= {head + "." + tail, head + " " + tail, head + "\u00a0" + tail, head + "\u202f" + tail}
    return out


def verify(path, truth, mail):
    problems = []
    raw = open(path, "rb").read()
    if len(raw) >= MAX_EML:
        problems.append("size %d" % len(raw))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if not msg[h]:
            problems.append("missing header " + h)
    body_txt, doc_txt = "", ""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_filename():
            data = part.get_content()
            if ctype == "application/pdf":
                layer, txt, fields = pdf_text(data)
                if len(lib.norm_ws(layer)) < 40:
                    problems.append("pdf without a text layer")
                doc_txt += "\n" + txt
            else:
                doc_txt += "\n" + docx_text(data)
        elif ctype == "text/plain":
            body_txt += part.get_content()
        elif ctype == "text/html":
            body_txt += html_text(part.get_content())
    allt = lib.norm_ws(strip_bullets(lib.unquote(body_txt)) + "\n" + doc_txt)
    f = truth["fields"]
    if truth["has_description"]:
        s = f.get("summary")
        if not s:
            problems.append("no summary")
        elif s not in allt:
            problems.append("summary not found in text")
        else:
            where = truth["where"]
            new_text = lib.norm_ws(strip_bullets(new_part(body_txt)))
            if where == "body" and s not in new_text:
                problems.append("summary not in the unquoted body")
            if where == "quoted" and s in new_text:
                problems.append("summary found outside the quote")
            if where in ("document", "form") and s not in lib.norm_ws(doc_txt):
                problems.append("summary not in the document")
            if where in ("document", "form") and s in lib.norm_ws(body_txt):
                problems.append("summary also in the body")
    else:
        if "summary" in f:
            problems.append("summary on a mail without description")
    low = allt.lower()
    for k in ("organisation", "contact_name", "address", "postcode", "municipality", "project_title"):
        if k in f and lib.norm_ws(f[k]).lower() not in low:
            problems.append("%s %r not found" % (k, f[k]))
    if "email" in f and f["email"] not in allt and f["email"] not in str(msg["From"]):
        problems.append("email not found")
    if "phone" in f:
        local = "0" + f["phone"][3:]
        if not digits_pattern(local).search(allt):
            problems.append("phone %s not found" % f["phone"])
    for k in ("requested_amount", "total_budget"):
        if k in f and not any(v in allt for v in amount_variants(f[k])):
            problems.append("%s %s not found" % (k, f[k]))
    if "country" in f and "municipality" not in f:
        problems.append("country without municipality")
    if f.get("country") == "BE" and not (f.get("phone", "+32").startswith("+32") and len(f.get("postcode", "0000")) == 4):
        problems.append("BE field mismatch")
    if f.get("country") == "FR" and not (f.get("phone", "+33").startswith("+33") and len(f.get("postcode", "00000")) == 5):
        problems.append("FR field mismatch")
    for k in ("requested_amount", "total_budget"):
        if k in f and not re.fullmatch(r"\d+\.\d\d", f[k]):
            problems.append("bad amount format " + k)
    if "requested_amount" in f and "total_budget" in f:
        if float(f["requested_amount"]) > float(f["total_budget"]) or float(f["requested_amount"]) > 10000:
            problems.append("amounts inconsistent")
    d = msg["Date"].datetime
    if not ("2019-05-20" <= d.strftime("%Y-%m-%d") <= "2019-06-15"):
        problems.append("date out of range")
    return problems


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------


def readme(counts):
    rows = []
    for s in SLOTS:
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            s["id"], s["format"], s["language"], "yes" if s["has_description"] else "no", s["where"], s["what"]))
    table = "\n".join(rows)
    traps = []
    for s in SLOTS:
        traps.append("- **%s**: %s" % (s["id"], "; ".join(s["traps"])))
    fmt_counts = {}
    for s in SLOTS:
        fmt_counts[s["format"]] = fmt_counts.get(s["format"], 0) + 1
    fmt_line = ", ".join("%s %d" % (k, v) for k, v in sorted(fmt_counts.items()))
    return README_TEMPLATE.format(table=table, traps="\n".join(traps), fmt_line=fmt_line, **counts)


README_TEMPLATE = """# corpus_17 — "does the mail describe the project?"

Test material for the e-mail intake of the grant call *Maak werk van je buurt! /
Partons 2.0* (villages and neighbourhoods of the Westhoek, Belgium, and of the
Nord, France; up to 10 000 EUR per project; project ideas by e-mail to the
coordinator, coordinator@example.org, before 16 June 2019).

The call asks for a short description of the project idea. This corpus varies
how, where and whether an application e-mail gives that description, while
every mail still carries the usual application facts where its writer gives
them (organisation, contact person, e-mail, phone, address, postcode,
municipality, country, project title, requested amount, total budget).

40 invented application e-mails (RFC 5322 `.eml`, dated 20 May – 15 June
2019), in two halves with the same make-up:

| half | mails | with description | without |
| --- | --- | --- | --- |
| dev | {dev_total} | {dev_with} | {dev_without} |
| test | {test_total} | {test_with} | {test_without} |

Each half: 10 Dutch, 10 French (some French mails from Comines-Warneton,
Belgium); formats per half: {fmt_line}.

## Layout

    corpus_17/
      README.md
      dev/   c17-dev-001.eml … c17-dev-020.eml, truth.jsonl
      test/  c17-test-001.eml … c17-test-020.eml, truth.jsonl
      gen/   build.py (entry point), lib.py, slots.py, content_dev.py,
             content_test.py, manifest_dev.json, manifest_test.json

File numbers are shuffled inside each half with a fixed seed; the manifests map
every file to its slot, format, language and traps.

## Make-up (the same 20 slots in each half)

| slot | format | lang | description | where | what the mail looks like |
| --- | --- | --- | --- | --- | --- |
{table}

## Traps, per slot

{traps}

## Truth (`truth.jsonl`, one line per mail)

    {{"file": "c17-dev-001.eml", "format": "...", "language": "nl|fr",
     "has_description": true|false, "where": "body|quoted|document|form|none",
     "fields": {{"organisation": ..., "contact_name": ..., "email": ..., "phone": "+32...",
                "address": ..., "postcode": ..., "municipality": ..., "country": "BE|FR",
                "project_title": ..., "summary": ..., "requested_amount": "9500.00",
                "total_budget": "12000.00"}}}}

Conventions:

- `format` is the carrier of the application itself: the attached document
  when there is one (`docx_letter`, `pdf_letter`, `docx_form`, `pdf_form`),
  else the body (`body_plain`, `body_html`). A DOCX that is only a budget table
  (slot N05) counts as `docx_form`. Replies and re-sends are `body_plain`.
- `where`: `body` = in the new (unquoted) text of the body; `quoted` = only in
  the quoted history of the applicant's own earlier mail (with `>` markers in
  dev, as an unmarked "-----Message d'origine-----" block in test; quoted
  history also counts as quoted when, as in test D07, it is an unmarked
  Outlook "Van: / Verzonden: / Aan:" block); `document`
  = in an attached letter; `form` = in a description box of an attached form;
  `none` = the mail gives no description.
- `summary` is the description exactly as written, with paragraphs joined by a
  single space, soft line breaks (`<br>`, re-wrapped quote lines) read as a
  space, quote markers dropped, and bullets given as their text (marker
  dropped) joined by a space; an intro sentence that leads into the bullets
  ("Concreet willen we:", "Au programme :") is part of it. It covers what the
  project will do (what, where, for whom, how), including a first sentence that
  also says who the writers are. It never includes the greeting, the
  association's history or presentation, the budget sentence, the contact
  lines, the signature, a disclaimer or the closing. The key is left out when
  the mail has no description.
- Fields are left out when the mail does not state them. `email` is the
  applicant's address: the sender's address, which is also the one any body
  or document of the mail writes (no mail gives a different contact address).
  `phone` is written in international form without spaces (`+32…`, `+33…`).
  `address` is the street and number as written; `municipality` is the place
  written next to the postcode (a few Belgian mails write a sub-municipality
  such as Krombeke or Elverdinge, and the truth keeps that). `country` is
  given whenever the mail gives a postcode and place, since every place in the
  call's area is unambiguously Belgian or French. Amounts are decimal strings
  with two decimals, whatever way the mail writes them ("€ 9.500,-",
  "7 250 euros", "zevenduizend euro (7.000 €)").
- The coordinator's own text (quoted answers, its phone number, the examples it
  cites from the call) never contributes to the fields.

## How it was made

Everything is generated by `gen/build.py` from hand-written content in
`gen/content_dev.py` and `gen/content_test.py` (one entry per slot per half),
rendered by `gen/lib.py`:

- e-mails are assembled with Python's `email` package (CRLF line ends,
  quoted-printable bodies in UTF-8, windows-1252 or ISO-8859-1), with fixed
  Message-IDs and MIME boundaries;
- DOCX letters, forms and the budget sheets are written with python-docx and
  re-zipped with fixed timestamps;
- PDF letters are written with reportlab (invariant mode) and have a text layer;
- fillable PDF forms are written by a small PDF writer in `lib.py`: labels are
  page text, values are AcroForm text fields (UTF-16 `/V` plus an appearance
  stream), the description box is a multi-line field (left empty in N06).

The description in each entry is kept as structured blocks (paragraphs and
bullet lists); the same blocks are rendered into the mail or document and
joined into the truth summary, so the two cannot drift apart.

`python3 gen/build.py` rebuilds everything and then verifies every file: it
parses each `.eml` with Python's `email` package, checks its size (< 200 KB)
and date, opens each DOCX with python-docx, extracts each PDF's text (pypdf,
and pdftotext when present, plus the form field values), and checks that the
summary and every truth field can be found in the mail's text, that a `body`
summary sits outside the quoted part, that a `document`/`form` summary is not
in the body, and that mails without a description have no summary.
`python3 gen/build.py --check` rebuilds into a temporary folder and compares
byte for byte.

All people, organisations, street addresses, phone numbers and e-mail
addresses (example.org / example.net / example.com) are invented; places and
postcodes are real places of the call's area. The coordinator appears as an
invented "Bram Verhelst".
"""


# ---------------------------------------------------------------------------


def build(root):
    counts = {}
    all_problems = []
    for half in ("dev", "test"):
        mails = load_half(half)
        ids = sorted(m["slot"] for m in mails)
        assert ids == sorted(s["id"] for s in SLOTS), (half, ids)
        order = list(range(len(mails)))
        random.Random(SEEDS[half]).shuffle(order)
        outdir = os.path.join(root, half)
        os.makedirs(outdir, exist_ok=True)
        for f in os.listdir(outdir):
            os.remove(os.path.join(outdir, f))
        truths, manifest = [], []
        for num, idx in enumerate(order, 1):
            mail = mails[idx]
            fname = "c17-%s-%03d.eml" % (half, num)
            raw = render(mail, "c17/%s/%s" % (half, mail["slot"]))
            with open(os.path.join(outdir, fname), "wb") as fh:
                fh.write(raw)
            t = truth_line(fname, mail)
            truths.append(t)
            slot = SLOT_BY_ID[mail["slot"]]
            manifest.append({"file": fname, "slot": slot["id"], "format": slot["format"],
                             "language": slot["language"], "has_description": slot["has_description"],
                             "where": slot["where"], "country": mail["fields"].get("country"),
                             "what": slot["what"], "traps": slot["traps"],
                             "attachment": mail["doc"]["filename"] if mail.get("doc") else None})
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
            for t in truths:
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")
        with open(os.path.join(root, "gen", "manifest_%s.json" % half), "w", encoding="utf-8") as fh:
            json.dump({"half": half, "seed": SEEDS[half], "files": manifest}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        n_with = sum(1 for t in truths if t["has_description"])
        counts[half + "_total"] = len(truths)
        counts[half + "_with"] = n_with
        counts[half + "_without"] = len(truths) - n_with
        by_slot = {m["slot"]: m for m in mails}
        for t, man in zip(truths, manifest):
            probs = verify(os.path.join(outdir, t["file"]), t, by_slot[man["slot"]])
            for p in probs:
                all_problems.append("%s/%s (%s): %s" % (half, t["file"], man["slot"], p))
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(counts))
    return counts, all_problems


def main():
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "gen"))
            build(tmp)
            diffs = []
            for sub in ("dev", "test", "gen", "."):
                d = os.path.join(tmp, sub)
                for f in sorted(os.listdir(d)):
                    p = os.path.join(d, f)
                    if os.path.isdir(p):
                        continue
                    q = os.path.join(ROOT, sub, f)
                    if not os.path.exists(q) or open(p, "rb").read() != open(q, "rb").read():
                        diffs.append(os.path.join(sub, f))
            print("differences:", diffs or "none")
            sys.exit(1 if diffs else 0)
    counts, problems = build(ROOT)
    print(json.dumps(counts))
    for p in problems:
        print("PROBLEM", p)
    print("%d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
