# -*- coding: utf-8 -*-
"""Re-open every .eml, open every attachment with a standard library, and check that every
truth value can be found in the text that the generator drew on the pages (gen/drawn/*.json),
or, for e-mail addresses, in the cover mail.  Exit code 1 on any problem."""
import datetime
import email
import io
import json
import os
import re
import sys
from email import policy

import pymupdf
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]
AMOUNT_RE = re.compile(r"\d{1,3}(?:[ .]\d{3})+(?:,\d{2}|,-)?|\d+(?:,\d{2}|,-)?")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("’", "'")).strip().casefold()


def amounts_in(text):
    out = set()
    for m in AMOUNT_RE.finditer(text.replace("\u00a0", " ")):
        t = m.group(0)
        if t.endswith(",-"):
            t = t[:-2]
        if "," in t:
            ip, dp = t.rsplit(",", 1)
        else:
            ip, dp = t, "00"
        ip = ip.replace(" ", "").replace(".", "")
        try:
            out.add("%d.%s" % (int(ip), dp))
        except ValueError:
            pass
    return out


def main():
    problems = []
    n_files = n_att = n_checked = 0
    total_bytes = 0
    for half in ("dev", "test"):
        tpath = os.path.join(ROOT, half, "truth.jsonl")
        lines = [json.loads(l) for l in open(tpath, encoding="utf-8") if l.strip()]
        assert len(lines) == 20, tpath
        files = sorted(f for f in os.listdir(os.path.join(ROOT, half)) if f.endswith(".eml"))
        assert files == sorted(l["file"] for l in lines), "truth/eml mismatch in " + half
        for t in lines:
            n_files += 1
            fn = t["file"]
            raw = open(os.path.join(ROOT, half, fn), "rb").read()
            total_bytes += len(raw)
            if len(raw) > 512 * 1024:
                problems.append("%s: larger than 0.5 MB (%d)" % (fn, len(raw)))
            msg = email.message_from_bytes(raw, policy=policy.default)
            # headers
            if msg["To"] != "coordinator@example.org":
                problems.append(fn + ": To")
            dt = email.utils.parsedate_to_datetime(msg["Date"])
            if dt.utcoffset() != datetime.timedelta(hours=2):
                problems.append(fn + ": Date offset")
            if not (datetime.date(2019, 5, 1) <= dt.date() <= datetime.date(2019, 6, 15)):
                problems.append(fn + ": Date out of range")
            frm = email.utils.parseaddr(msg["From"])[1]
            if not msg["Message-ID"].rstrip(">").endswith("@" + frm.split("@")[1]):
                problems.append(fn + ": Message-ID domain")
            if set(t["fields"]) != set(FIELDS):
                problems.append(fn + ": truth field set")
            # attachments
            atts = list(msg.iter_attachments())
            if not atts:
                problems.append(fn + ": no attachment")
            for a in atts:
                n_att += 1
                b = a.get_content()
                name = a.get_filename()
                if name.lower().endswith(".pdf"):
                    doc = pymupdf.open(stream=b, filetype="pdf")
                    for pg in doc:
                        if pg.get_text().strip():
                            problems.append("%s: %s has a text layer" % (fn, name))
                        if not pg.get_images():
                            problems.append("%s: %s page without image" % (fn, name))
                        pg.get_pixmap(dpi=30)
                else:
                    im = Image.open(io.BytesIO(b))
                    im.load()
                    long_side = max(im.size)
                    if not 1500 <= long_side <= 2500:
                        problems.append("%s: %s long side %d" % (fn, name, long_side))
            # drawn text
            man = json.load(open(os.path.join(HERE, "drawn", half, fn.replace(".eml", ".json")), encoding="utf-8"))
            drawn = [s for att in man["attachments"] for page in att["pages"] for s in page]
            struck = [s for att in man["attachments"] for page in att["struck"] for s in page]
            dn = [norm(s) for s in drawn]
            alltext = " | ".join(dn)
            f = t["fields"]
            for k in ("organisation", "contact_name", "address", "postcode", "municipality", "project_title"):
                v = f[k]
                if v is None:
                    problems.append("%s: %s is null" % (fn, k))
                    continue
                n_checked += 1
                if norm(v) not in alltext:
                    problems.append("%s: %s %r not drawn" % (fn, k, v))
            if f["email"] is not None:
                n_checked += 1
                if norm(f["email"]) not in alltext and f["email"] != man["cover"]["from"]:
                    problems.append("%s: email %r not drawn nor sender" % (fn, f["email"]))
            if f["phone"] is not None:
                n_checked += 1
                cc = "32" if f["country"] == "BE" else "33"
                nat = "0" + f["phone"][len("+" + cc):]
                digit_strings = [re.sub(r"\D", "", s) for s in drawn]
                if not any(nat in d for d in digit_strings):
                    problems.append("%s: phone %s not drawn" % (fn, f["phone"]))
            for k in ("requested_amount", "total_budget"):
                v = f[k]
                if v is None:
                    continue
                n_checked += 1
                found = set()
                for s in drawn:
                    found |= amounts_in(s)
                if v not in found:
                    problems.append("%s: %s %s not drawn" % (fn, k, v))
            if f["country"] not in ("BE", "FR"):
                problems.append(fn + ": country")
            if f["country"] == "BE" and not re.fullmatch(r"8\d{3}", f["postcode"]):
                problems.append(fn + ": BE postcode")
            if f["country"] == "FR" and not re.fullmatch(r"59\d{3}", f["postcode"]):
                problems.append(fn + ": FR postcode")
            if f["requested_amount"] is not None and float(f["requested_amount"]) > 10000:
                problems.append(fn + ": request above 10000")
            # a struck-out value must never be the truth
            for s in struck:
                for k in ("address", "project_title", "requested_amount", "total_budget"):
                    v = f[k]
                    if v and norm(s) == norm(v):
                        problems.append("%s: truth %s equals a crossed-out text" % (fn, k))
    print("files: %d, attachments: %d, truth values checked against drawn text: %d, e-mail bytes: %d"
          % (n_files, n_att, n_checked, total_bytes))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
