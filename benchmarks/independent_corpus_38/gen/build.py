# -*- coding: utf-8 -*-
"""Build the c38 corpus: 2 x 20 e-mails (.eml) with one application document
each, plus truth.jsonl per half.

    python gen/build.py            # writes ../dev and ../test next to gen/
    python gen/build.py --out DIR  # writes DIR/dev and DIR/test

The build is deterministic: fixed dates, fixed MIME boundaries, fixed zip
timestamps, reportlab in invariant mode.
"""
import argparse
import hashlib
import json
import os
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data  # noqa: E402
from common import check_record  # noqa: E402
import pdf_forms, pdf_letters, docx_forms, odt_forms, sheet_forms  # noqa: E402,E401

BUILDERS = {}
for mod in (pdf_forms, pdf_letters, docx_forms, odt_forms, sheet_forms):
    BUILDERS.update(mod.BUILDERS)

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
}
EXT = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt",
       "xlsx_form": "xlsx", "ods_form": "ods"}

# a few mail clients, as real senders use different ones
AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0",
          None, "Microsoft Outlook 16.0", None, "Roundcube Webmail/1.3.8", None,
          "Apple Mail (2.3445.104.11)", None]
HTML_EVERY = 3  # every third mail also carries an HTML alternative of the body

FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
          "country", "project_title", "requested_amount", "total_budget"]


def truth_fields(r):
    return {
        "organisation": r["org"],
        "contact_name": r["contact"],
        "email": r["email"],
        "phone": r["phone"],
        "address": r["address"],
        "postcode": r["postcode"],
        "municipality": r["municipality"],
        "country": r["country"],
        "project_title": r["title"],
        "requested_amount": "%.2f" % float(r["req"]),
        "total_budget": ("%.2f" % float(r["total"])) if r.get("total") else None,
    }


def html_body(text):
    import html
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family: Calibri, Arial, sans-serif; font-size: 11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def make_eml(r, attachment, index):
    m = r["mail"]
    msg = EmailMessage()
    msg["From"] = formataddr((m["from_name"], m["from_addr"]))
    msg["To"] = formataddr((data.COORD["name"], data.COORD["email"]))
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    dom = m["from_addr"].split("@", 1)[1]
    h = hashlib.sha1((r["id"] + m["date"]).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16], h[16:24], dom)
    agent = AGENTS[index % len(AGENTS)]
    if agent:
        msg["X-Mailer" if "Outlook" in agent else "User-Agent"] = agent
    msg.set_content(m["body"], charset="utf-8", cte="quoted-printable")
    if index % HTML_EVERY == 1:
        msg.add_alternative(html_body(m["body"]), subtype="html", charset="utf-8", cte="quoted-printable")
    ext = EXT[r["fmt"]]
    fn = m["filename"]
    assert fn.lower().endswith("." + ext), (r["id"], fn)
    maintype, subtype = MIME[ext]
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=fn)
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary("=_c38_%s_%d_%s" % (r["id"].replace("-", ""), n, h[:10]))
    return msg.as_bytes(policy=SMTP)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(HERE))
    a = ap.parse_args(argv)
    counts = {}
    for half in ("dev", "test"):
        outdir = os.path.join(a.out, half)
        os.makedirs(outdir, exist_ok=True)
        for f in os.listdir(outdir):
            if f.endswith(".eml") or f == "truth.jsonl":
                os.remove(os.path.join(outdir, f))
        recs = sorted([r for r in data.R if r["id"].startswith(half + "-")], key=lambda r: r["id"])
        lines = []
        for i, r in enumerate(recs):
            check_record(r)
            # documents are dated an hour before the mail that carries them (reportlab reads this)
            os.environ["SOURCE_DATE_EPOCH"] = str(int(parsedate_to_datetime(r["mail"]["date"]).timestamp()) - 3600)
            att = BUILDERS[r["id"]](r)
            fname = "c38-%s.eml" % r["id"]
            with open(os.path.join(outdir, fname), "wb") as fh:
                fh.write(make_eml(r, att, i))
            lines.append(json.dumps({"file": fname, "format": r["fmt"], "language": r["lang"],
                                     "fields": truth_fields(r)}, ensure_ascii=False))
            counts[(half, r["fmt"], r["lang"])] = counts.get((half, r["fmt"], r["lang"]), 0) + 1
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        print("%s: %d mails written to %s" % (half, len(recs), outdir))
    for k in sorted(counts):
        print("  %-5s %-11s %s  %d" % (k[0], k[1], k[2], counts[k]))


if __name__ == "__main__":
    main()
