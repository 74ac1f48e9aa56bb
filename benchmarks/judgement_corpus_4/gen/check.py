#!/usr/bin/env python
"""Check judgement_corpus_4.

  /work/main/.venv/bin/python gen/check.py

- every sNN/MM.eml parses with Python's email package (policy.default and compat32),
  uses CRLF line ends only, has Message-ID/Date/From/To/Subject, a Date equal to the
  truth row, unique Message-IDs, attachments < 60 KB, only example.org/.net/.com
  addresses and links;
- truth.jsonl rows are well-formed, in date order, files are numbered in date order per
  scenario, READY exists and is empty;
- before_call / late flags agree with the Date converted to Europe/Brussels;
- receipt numbering: MWB-2019-NNN is recomputed from the truth of BOTH halves (date
  order, kinds application/new_idea, neither before_call nor late); every receipt number
  that a message quotes or references (In-Reply-To/References, subject, body, attached
  message) must exist, belong to a project of the same scenario, be older than the
  message, and be the message's own project (for new_idea: another project of the same
  scenario); one title per receipt number across the corpus.
Exit status 1 on any error.
"""
import json
import os
import re
import sys
from collections import defaultdict
from datetime import datetime, timezone
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BRU = ZoneInfo("Europe/Brussels")
CALL_OPEN = datetime(2019, 4, 1, tzinfo=BRU)
DEADLINE = datetime(2019, 6, 16, 23, 59, 59, tzinfo=BRU)
KINDS = {"application", "follow_up", "new_idea", "changed_values", "inquiry", "auto_reply",
         "bounce", "out_of_scope", "withdrawal"}
LANGS = {"nl", "fr", "en"}
KEYS_REQ = ["scenario", "file", "date", "kind", "language", "project", "note"]
KEYS_OPT = {"ambiguous", "before_call", "late"}
OK_DOMAIN = re.compile(r"(^|\.)example\.(org|net|com)$", re.I)
NNN_RE = re.compile(r"MWB-2019-(\d{3})")
RCPT_RE = re.compile(r"<receipt-MWB-2019-(\d{3})@partons\.example\.org>")
RCPT_SUBJ_RE = re.compile(r"(?:Ontvangstbevestiging MWB-2019-(\d{3}): |Accusé de réception "
                          r"MWB-2019-(\d{3}) : )(.+)$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.I)

errors = []


def err(msg):
    errors.append(msg)


def texts_of(msg):
    """All decoded text of a message: text parts, nested messages, report parts."""
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as e:  # pragma: no cover
                err("cannot decode text part: %s" % e)
    for part in msg.walk():
        if part.get_content_type() in ("message/rfc822",):
            for inner in part.iter_parts() if hasattr(part, "iter_parts") else []:
                out.append(str(inner.get("Subject", "")))
                out.append(str(inner.get("Message-ID", "")))
    return out


def nested_messages(msg):
    res = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            p = part.get_payload()
            if isinstance(p, list):
                res.extend(p)
    return res


def check_addresses(where, msg):
    for h in ("From", "To", "Cc", "Reply-To", "Bcc"):
        for v in msg.get_all(h, []) or []:
            for _name, a in getaddresses([str(v)]):
                if not a:
                    continue
                if "@" not in a:
                    err("%s: %s without domain: %r" % (where, h, a))
                    continue
                if not OK_DOMAIN.search(a.rsplit("@", 1)[1]):
                    err("%s: %s address outside example domains: %s" % (where, h, a))


def main():
    halves = {}
    for h in ("dev", "test"):
        d = os.path.join(ROOT, h)
        if not os.path.isdir(d):
            err("missing half %s" % h)
            continue
        ready = os.path.join(d, "READY")
        if not os.path.isfile(ready) or os.path.getsize(ready) != 0:
            err("%s/READY missing or not empty" % h)
        rows = []
        with open(os.path.join(d, "truth.jsonl"), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err("%s/truth.jsonl:%d bad json: %s" % (h, i, e))
        halves[h] = rows
    all_rows = []
    scen_half = {}
    for h, rows in halves.items():
        prev = None
        listed = set()
        for r in rows:
            where = "%s/%s" % (h, r.get("file"))
            for k in KEYS_REQ:
                if k not in r:
                    err("%s: truth key %s missing" % (where, k))
            for k in r:
                if k not in KEYS_REQ and k not in KEYS_OPT:
                    err("%s: unknown truth key %s" % (where, k))
            for k in KEYS_OPT:
                if k in r and r[k] is not True:
                    err("%s: flag %s present but not true" % (where, k))
            if r.get("kind") not in KINDS:
                err("%s: bad kind %r" % (where, r.get("kind")))
            if r.get("language") not in LANGS:
                err("%s: bad language %r" % (where, r.get("language")))
            s = r["scenario"]
            if not r["file"].startswith(s + "/"):
                err("%s: file not in scenario folder" % where)
            if r["project"] is not None and not re.match(r"^%s-[a-z]$" % re.escape(s), r["project"]):
                err("%s: bad project label %r" % (where, r["project"]))
            if scen_half.setdefault(s, h) != h:
                err("scenario %s appears in both halves" % s)
            r["_dt"] = datetime.fromisoformat(r["date"])
            r["_half"] = h
            if prev and r["_dt"] < prev:
                err("%s: truth not in date order" % where)
            prev = r["_dt"]
            listed.add(r["file"])
            all_rows.append(r)
        # no stray files
        d = os.path.join(ROOT, h)
        for s in sorted(os.listdir(d)):
            sd = os.path.join(d, s)
            if os.path.isdir(sd):
                for fn in sorted(os.listdir(sd)):
                    if "%s/%s" % (s, fn) not in listed:
                        err("%s/%s/%s not in truth" % (h, s, fn))
    # per scenario file numbering in date order
    by_s = defaultdict(list)
    for r in all_rows:
        by_s[r["scenario"]].append(r)
    for s, rs in by_s.items():
        rs_sorted = sorted(rs, key=lambda r: r["file"])
        for i, r in enumerate(rs_sorted, 1):
            if r["file"] != "%s/%02d.eml" % (s, i):
                err("%s: files not numbered 01.. (%s)" % (s, r["file"]))
        for a, b in zip(rs_sorted, rs_sorted[1:]):
            if not a["_dt"] < b["_dt"]:
                err("%s: %s is not older than %s" % (s, a["file"], b["file"]))
    # flags
    for r in all_rows:
        where = "%s/%s" % (r["_half"], r["file"])
        bc = r["_dt"] < CALL_OPEN
        late = r["kind"] in ("application", "new_idea") and r["_dt"] > DEADLINE
        if bool(r.get("before_call")) != bc:
            err("%s: before_call flag disagrees with date" % where)
        if bool(r.get("late")) != late:
            err("%s: late flag disagrees with date/kind" % where)
        if not (datetime(2019, 2, 1, tzinfo=BRU) <= r["_dt"] <= datetime(2019, 7, 15, tzinfo=BRU)):
            err("%s: date outside Feb - early July 2019" % where)
    # numbering
    numbered = {}
    order = sorted(all_rows, key=lambda r: r["_dt"].astimezone(timezone.utc))
    n = 0
    for r in order:
        if r["kind"] in ("application", "new_idea") and not r.get("before_call") and not r.get("late"):
            n += 1
            if r["project"] is None:
                err("%s: numbered message without project" % r["file"])
            if any(v["project"] == r["project"] for v in numbered.values()):
                err("%s: project %s numbered twice" % (r["file"], r["project"]))
            numbered["%03d" % n] = r
    titles = defaultdict(set)
    mids = {}
    n_files = 0
    for r in all_rows:
        where = "%s/%s" % (r["_half"], r["file"])
        path = os.path.join(ROOT, r["_half"], r["file"])
        if not os.path.isfile(path):
            err("%s: file missing" % where)
            continue
        raw = open(path, "rb").read()
        n_files += 1
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err("%s: bare LF or CR" % where)
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            BytesParser(policy=policy.compat32).parsebytes(raw)
        except Exception as e:
            err("%s: does not parse: %s" % (where, e))
            continue
        for part in msg.walk():
            for dfc in part.defects:
                err("%s: MIME defect %s" % (where, type(dfc).__name__))
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if msg.get(h) is None:
                err("%s: header %s missing" % (where, h))
        mid = str(msg.get("Message-ID", "")).strip()
        if mid in mids:
            err("%s: duplicate Message-ID with %s" % (where, mids[mid]))
        mids[mid] = where
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
            if d != r["_dt"] or d.utcoffset() != r["_dt"].utcoffset():
                err("%s: Date header %s != truth %s" % (where, msg["Date"], r["date"]))
        except Exception as e:
            err("%s: bad Date: %s" % (where, e))
        check_addresses(where, msg)
        for inner in nested_messages(msg):
            check_addresses(where + " (attached message)", inner)
        for part in msg.walk():
            if part.get_filename():
                size = len(part.get_payload(decode=True) or b"")
                if size >= 60 * 1024:
                    err("%s: attachment %s is %d bytes" % (where, part.get_filename(), size))
                if size == 0:
                    err("%s: empty attachment %s" % (where, part.get_filename()))
        # domains mentioned in text
        texts = texts_of(msg)
        alltext = "\n".join(texts)
        for dom in EMAIL_RE.findall(alltext):
            if not OK_DOMAIN.search(dom.rstrip(".")):
                err("%s: e-mail address at %s in text" % (where, dom))
        for dom in URL_RE.findall(alltext):
            if not OK_DOMAIN.search(dom.rstrip(".")):
                err("%s: link to %s in text" % (where, dom))
        # receipt references
        refs = set()
        for h in ("In-Reply-To", "References"):
            for v in msg.get_all(h, []) or []:
                refs.update(RCPT_RE.findall(str(v)))
        subj_all = [str(msg.get("Subject", ""))]
        for inner in nested_messages(msg):
            subj_all.append(str(inner.get("Subject", "")))
            refs.update(RCPT_RE.findall(str(inner.get("Message-ID", ""))))
        mentioned = set(NNN_RE.findall(alltext)) | set(NNN_RE.findall(" ".join(subj_all)))
        for sj in subj_all + alltext.split("\n"):
            sj = sj.strip().lstrip("> ").strip()
            for pre in ("RE: ", "Re: ", "RE : ", "Lu : ", "Uw bericht: ", "Onderwerp: ", "Objet : ",
                        "Subject: ", "Accusé de réception automatique : "):
                while sj.startswith(pre):
                    sj = sj[len(pre):]
            mo = RCPT_SUBJ_RE.match(sj)
            if mo:
                titles[mo.group(1) or mo.group(2)].add(mo.group(3).strip())
        for nnn in sorted(refs | mentioned):
            tgt = numbered.get(nnn)
            if tgt is None:
                err("%s: refers to MWB-2019-%s which is not assigned" % (where, nnn))
                continue
            if tgt["scenario"] != r["scenario"]:
                err("%s: MWB-2019-%s belongs to scenario %s" % (where, nnn, tgt["scenario"]))
            if not tgt["_dt"] < r["_dt"]:
                err("%s: MWB-2019-%s is not older than the message" % (where, nnn))
            if r["kind"] == "new_idea":
                if tgt["project"] == r["project"]:
                    err("%s: new_idea refers to its own receipt" % where)
            elif tgt["project"] != r["project"]:
                err("%s: MWB-2019-%s is project %s, message is %s" % (
                    where, nnn, tgt["project"], r["project"]))
    for nnn, ts in titles.items():
        if len(ts) > 1:
            err("MWB-2019-%s quoted with different titles: %s" % (nnn, sorted(ts)))
    print("checked %d files, %d truth rows, %d receipt numbers (%d quoted)" % (
        n_files, len(all_rows), len(numbered), len(titles)))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
