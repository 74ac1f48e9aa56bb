#!/usr/bin/env python3
"""Build the c24 corpus: <root>/dev and <root>/test, each 20 .eml files + truth.jsonl.

Deterministic: same inputs give the same bytes (fixed seeds, fixed dates, fixed MIME boundaries,
zip members with fixed timestamps, reportlab invariant mode).
Usage: venv/bin/python gen/build.py [output_root]
"""
import datetime
import hashlib
import html
import json
import os
import random
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases_half1  # noqa: E402
import cases_half2  # noqa: E402
import render_docx  # noqa: E402
import render_odt  # noqa: E402
import render_pdf  # noqa: E402
import render_xlsx  # noqa: E402
from common import dec, e164  # noqa: E402

MIME = {
    "pdf_form": ("application", "pdf"),
    "pdf_letter": ("application", "pdf"),
    "docx_form": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt_form": ("application", "vnd.oasis.opendocument.text"),
    "xlsx_form": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}

SEEDS = {"dev": 2419, "test": 7731}
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]


def render(case):
    fmt = case["fmt"]
    case = dict(case)
    style = dict(case["style"])
    # the applicant saved the file shortly before sending it
    style["_when"] = datetime.datetime(*case["mail"]["date"]) - datetime.timedelta(minutes=37)
    style["_editor"] = case["mail"]["from_name"]
    case["style"] = style
    if fmt == "pdf_form":
        return render_pdf.render(case["blocks"], case["style"], "form")
    if fmt == "pdf_letter":
        return render_pdf.render(case["blocks"], case["style"], "letter")
    if fmt == "docx_form":
        return render_docx.render(case["blocks"], case["style"])
    if fmt == "odt_form":
        return render_odt.render(case["blocks"], case["style"])
    if fmt == "xlsx_form":
        return render_xlsx.render(case["blocks"], case["style"])
    raise ValueError(fmt)


def truth_fields(t):
    return {
        "organisation": t["organisation"],
        "contact_name": t["contact_name"],
        "email": t["email"],
        "phone": e164(t["phone"], t["country"]),
        "address": t["address"],
        "postcode": t["postcode"],
        "municipality": t["municipality"],
        "country": t["country"],
        "project_title": t["project_title"],
        "requested_amount": dec(t["requested"]) if t["requested"] is not None else None,
        "total_budget": dec(t["total"]) if t["total"] is not None else None,
    }


def body_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p class=\"MsoNormal\">" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body lang=\"NL-BE\" style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def build_mail(case, name, data):
    mm = case["mail"]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr((mm["from_name"], mm["from_addr"]))
    msg["To"] = "coordinator@example.org"
    if mm.get("cc"):
        msg["Cc"] = mm["cc"]
    msg["Subject"] = mm["subject"]
    tz = datetime.timezone(datetime.timedelta(hours=2))
    when = datetime.datetime(*mm["date"], tzinfo=tz)
    assert datetime.datetime(2019, 5, 1, tzinfo=tz) <= when <= datetime.datetime(2019, 6, 15, 23, 59, tzinfo=tz)
    msg["Date"] = format_datetime(when)
    domain = mm["from_addr"].split("@")[1]
    h = hashlib.sha1((name + mm["from_addr"]).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), h[:16].upper(), domain)
    mailer = mm.get("mailer")
    if mailer:
        if "Thunderbird" in mailer:
            msg["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/" + \
                                mailer.split()[-1]
        else:
            msg["X-Mailer"] = mailer
    msg.set_content(mm["body"])
    if mailer and "Outlook" in mailer:
        msg.add_alternative(body_html(mm["body"]), subtype="html")
    maintype, subtype = MIME[case["fmt"]]
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=mm["att"])
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary("----=_Part_%d_%s" % (k, h[16:32]))
    return msg.as_bytes(policy=policy.SMTP)


def build(root):
    halves = {"dev": cases_half1.CASES, "test": cases_half2.CASES}
    for half, cases in halves.items():
        assert len(cases) == 20, (half, len(cases))
        out = os.path.join(root, half)
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            if f.endswith(".eml") or f == "truth.jsonl":
                os.remove(os.path.join(out, f))
        numbers = list(range(1, 21))
        random.Random(SEEDS[half]).shuffle(numbers)
        lines = []
        for case, num in zip(cases, numbers):
            name = "c24-%s-%03d.eml" % (half, num)
            data = render(case)
            eml = build_mail(case, name, data)
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(eml)
            lines.append((name, {"file": name, "format": case["fmt"], "language": case["lang"],
                                 "fields": truth_fields(case["truth"])}))
        lines.sort()
        with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
            for _, obj in lines:
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return halves


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    build(root)
    print("built in", root)
