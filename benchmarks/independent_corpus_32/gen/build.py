# -*- coding: utf-8 -*-
"""Build corpus c32: volunteer-filled application forms sent by e-mail.

Usage:  python gen/build.py [OUTDIR]     (default: the folder above gen/)
Deterministic: same input -> same files (fixed seeds, fixed dates).
"""
import json
import os
import random
import sys
import html
from email.message import EmailMessage
from email.utils import parsedate_to_datetime, make_msgid, formataddr
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases_dev  # noqa: E402
import cases_test  # noqa: E402
from render_pdf import pdf_form, pdf_letter  # noqa: E402
from render_docx import docx_form  # noqa: E402
from render_odf import odt_form, ods_form  # noqa: E402
from render_xlsx import xlsx_form  # noqa: E402

TO = formataddr(("Partons 2.0 - Maak werk van je buurt", "projectoproep.westhoek@example.org"))

RENDER = {
    "pdf_form": (pdf_form, "application", "pdf"),
    "pdf_letter": (pdf_letter, "application", "pdf"),
    "docx_form": (docx_form, "application",
                  "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt_form": (odt_form, "application", "vnd.oasis.opendocument.text"),
    "xlsx_form": (xlsx_form, "application",
                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods_form": (ods_form, "application", "vnd.oasis.opendocument.spreadsheet"),
}

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 60.7.0", "Apple Mail (2.3445.104.11)",
           "Roundcube Webmail/1.3.8", None, None, "Android Gmail", "Microsoft Outlook 14.0"]

FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode",
          "municipality", "country", "project_title", "requested_amount", "total_budget"]


def fixed_zip(data, when):
    """Rewrite an Office/ODF zip with fixed entry timestamps (keeps order and compression)."""
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=when)
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                stamp = "%04d-%02d-%02dT%02d:%02d:00Z" % when[:5]
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(), body)
            dst.writestr(ni, body)
    return out.getvalue()


def build_mail(case, data, idx):
    fn, maintype, subtype = RENDER[case["fmt"]]
    msg = EmailMessage(policy=policy.default)
    msg["From"] = formataddr(case["sender"])
    msg["To"] = TO
    msg["Subject"] = case["subject"]
    msg["Date"] = case["date"]
    dom = case["sender"][1].split("@")[1]
    rnd = random.Random("mid-" + case["key"])
    msg["Message-ID"] = "<%08x.%04x@%s>" % (rnd.getrandbits(32), rnd.getrandbits(16), dom)
    mailer = MAILERS[idx % len(MAILERS)]
    if mailer:
        msg["X-Mailer"] = mailer
    msg.set_content(case["body"])
    if mailer and "Outlook" in mailer:
        paras = case["body"].strip().split("\n\n")
        htm = "<html><body>" + "".join(
            "<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in paras) + "</body></html>"
        msg.add_alternative(htm, subtype="html")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=case["attachment"])
    msg["Content-Language"] = "nl-BE" if case["lang"] == "nl" else "fr-FR"
    # fixed MIME boundaries so that a rebuild gives the same mail text
    msg.set_boundary("----=_Part_%s_%06d" % (case["key"], rnd.getrandbits(20)))
    for part in msg.walk():
        if part is not msg and part.is_multipart():
            part.set_boundary("----=_Alt_%s_%06d" % (case["key"], rnd.getrandbits(20)))
    return msg


def main(outdir):
    for split, mod in (("dev", cases_dev), ("test", cases_test)):
        cases = list(mod.CASES)
        assert len(cases) == 20, (split, len(cases))
        order = list(range(20))
        random.Random("c32-" + split).shuffle(order)
        os.makedirs(os.path.join(outdir, split), exist_ok=True)
        truth_lines = []
        numbered = []
        for num, ci in enumerate(order, start=1):
            numbered.append((num, cases[ci]))
        for num, case in numbered:
            dt = parsedate_to_datetime(case["date"])
            case["date_short"] = dt.strftime("%d/%m/%Y")
            fn = RENDER[case["fmt"]][0]
            data = fn(case)
            if not case["fmt"].startswith("pdf"):
                data = fixed_zip(data, (dt.year, dt.month, dt.day, dt.hour, dt.minute, 0))
            msg = build_mail(case, data, num)
            name = "c32-%s-%03d.eml" % (split, num)
            with open(os.path.join(outdir, split, name), "wb") as f:
                f.write(msg.as_bytes())
            fields = {k: case["truth"].get(k) for k in FIELDS}
            truth_lines.append(json.dumps({"file": name, "format": case["fmt"],
                                           "language": case["lang"], "fields": fields},
                                          ensure_ascii=False))
        with open(os.path.join(outdir, split, "truth.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(truth_lines) + "\n")
        print(split, "written:", len(truth_lines))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE))
