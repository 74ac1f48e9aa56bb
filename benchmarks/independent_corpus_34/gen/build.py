"""Build the c34 corpus: python gen/build.py  (from /tmp/c34build, with the venv's python).

Deterministic: fixed seeds, fixed MIME boundaries, pinned document timestamps.
"""
import json
import os
import random
import re
import sys
import unicodedata
from email import charset as _charset
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import format_datetime, formataddr
from datetime import timezone, timedelta
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES            # noqa: E402
from common import D, phone_digits_ok  # noqa: E402
from model import model, body, subject, COORD  # noqa: E402
from render_pdf import pdf_form, pdf_letter   # noqa: E402
from render_office import docx_form, odt_form, xlsx_form, ods_form  # noqa: E402

ROOT = os.path.dirname(HERE)
RENDER = {"pdf_form": pdf_form, "pdf_letter": pdf_letter, "docx_form": docx_form, "odt_form": odt_form,
          "xlsx_form": xlsx_form, "ods_form": ods_form}
EXT = {"pdf_form": ("pdf", "application", "pdf"), "pdf_letter": ("pdf", "application", "pdf"),
       "docx_form": ("docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
       "odt_form": ("odt", "application", "vnd.oasis.opendocument.text"),
       "xlsx_form": ("xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
       "ods_form": ("ods", "application", "vnd.oasis.opendocument.spreadsheet")}
TZ = timezone(timedelta(hours=2))


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")


def att_name(c):
    v = c["v"]
    ext = EXT[c["fmt"]][0]
    who = c["org"] or "%s %s" % (c["cf"], c["cl"])
    pats = ["Aanvraagformulier_Partons2.0_%s", "fiche-projet-%s", "Projectidee %s", "Partons2_%s_formulaire",
            "%s - Maak werk van je buurt", "candidature_%s", "formulier_%s_ingevuld", "Fiche_idee_de_projet_%s",
            "%s_aanvraag", "Partons 2.0 - %s", "projet_%s_signé", "MWVJB_%s"]
    p = pats[(v + (3 if c["half"] == "test" else 0)) % len(pats)]
    base = p % (slug(who) if v % 2 == 0 else who)
    return "%s.%s" % (base, ext)


def truth_fields(c):
    return {
        "organisation": c["org"],
        "contact_name": "%s %s" % (c["cf"], c["cl"]),
        "email": c["email"].lower(),
        "phone": c["phone"],
        "address": c["street"],
        "postcode": c["pc"],
        "municipality": c["town"],
        "country": c["country"],
        "project_title": c["title"],
        "requested_amount": "%.2f" % D(c["req"]),
        "total_budget": None if c.get("total") is None else "%.2f" % D(c["total"]),
    }


def make_eml(c, fname, att_bytes, att_filename):
    v = c["v"]
    qp = _charset.Charset("utf-8")
    qp.body_encoding = _charset.QP if v % 3 != 2 else _charset.BASE64
    msg = MIMEMultipart("mixed", boundary="==c34_%s_mixed_%04d==" % (c["id"], v * 37 + 11))
    sender = c.get("sender") or ("%s %s" % (c["cf"], c["cl"]), c["email"])
    msg["From"] = formataddr((str(Header(sender[0], "utf-8")) if not sender[0].isascii() else sender[0], sender[1]))
    msg["To"] = formataddr(("Jonas Polin", COORD)) if v % 3 else COORD
    p = c.get("partner")
    if p and v % 4 == 2:
        msg["Cc"] = formataddr((p["name"] if p["name"].isascii() else str(Header(p["name"], "utf-8")), p["email"]))
    if c.get("sender"):
        msg["Cc"] = c["email"]
    subj = subject(c)
    msg["Subject"] = subj if subj.isascii() else Header(subj, "utf-8")
    d = c["date"].replace(tzinfo=TZ)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), c["id"], sender[1].split("@")[1])
    msg["X-Mailer"] = ["Microsoft Outlook 16.0", "Thunderbird 60.7.0", "Apple Mail (2.3445.104.11)", "Roundcube Webmail/1.3.8"][v % 4]
    txt = body(c)
    tpart = MIMEText(txt, "plain", qp)
    if v % 5 == 3:
        alt = MIMEMultipart("alternative", boundary="==c34_%s_alt==" % c["id"])
        alt.attach(tpart)
        html = "<html><body>" + "".join("<p>%s</p>" % (l.replace("&", "&amp;").replace("<", "&lt;") or "&nbsp;") for l in txt.split("\n")) + "</body></html>"
        alt.attach(MIMEText(html, "html", qp))
        msg.attach(alt)
    else:
        msg.attach(tpart)
    _, maintype, subtype = EXT[c["fmt"]]
    ap = MIMEApplication(att_bytes, subtype)
    if att_filename.isascii():
        ap.add_header("Content-Disposition", "attachment", filename=att_filename)
        ap.set_param("name", att_filename)
    else:
        ap.add_header("Content-Disposition", "attachment", filename=("utf-8", "", att_filename))
        ap.set_param("name", str(Header(att_filename, "utf-8")))
    msg.attach(ap)
    return msg.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n"))


def main():
    for half in ("dev", "test"):
        cs = [c for c in CASES if c["half"] == half]
        assert len(cs) == 20
        rnd = random.Random(3400 + (0 if half == "dev" else 1))
        nums = list(range(1, 21))
        rnd.shuffle(nums)
        outdir = os.path.join(ROOT, half)
        os.makedirs(outdir, exist_ok=True)
        for f in os.listdir(outdir):
            if f.endswith(".eml") or f == "truth.jsonl":
                os.remove(os.path.join(outdir, f))
        recs = []
        for c, n in zip(cs, nums):
            assert phone_digits_ok(c["phone_form"], c["phone"]) if c.get("phone_form") else True, c["id"]
            fname = "c34-%s-%03d.eml" % (half, n)
            blocks = model(c)
            data = RENDER[c["fmt"]](c, blocks)
            eml = make_eml(c, fname, data, att_name(c))
            assert len(eml) < 300_000, (fname, len(eml))
            with open(os.path.join(outdir, fname), "wb") as fh:
                fh.write(eml)
            recs.append((n, {"file": fname, "format": c["fmt"], "language": c["lang"], "fields": truth_fields(c)}))
        recs.sort()
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
            for _, r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(half, "written", len(recs))


if __name__ == "__main__":
    main()
