"""Build deterministic RFC 5322 multipart/mixed messages with one attachment."""
import io
import html
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr
from email import encoders
from email.generator import BytesGenerator
from email import policy

COORDINATOR = "jonas.polin@west-vlaanderen.be"

CTYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
}

TO_FORMS = [
    "Jonas Polin <%s>" % COORDINATOR,
    COORDINATOR,
    "\"Polin Jonas\" <%s>" % COORDINATOR,
    "\"jonas.polin@west-vlaanderen.be\" <%s>" % COORDINATOR,
]


def _addr(name, email):
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def _text_part(body, enc, subtype="plain"):
    cs = Charset("utf-8")
    cs.body_encoding = enc
    part = MIMEText(body, subtype, cs)
    del part["MIME-Version"]
    return part


def build(rec, half, attachment, ext):
    n = rec["n"]
    tag = "%s%03d" % (half, n)
    msg = MIMEMultipart("mixed", boundary="----=_NextPart_c42_%s_mixed" % tag)
    sname, semail = rec["sender"]
    msg["From"] = _addr(sname, semail)
    msg["To"] = TO_FORMS[(n * 7 + (3 if half == "test" else 0)) % len(TO_FORMS)]
    if rec.get("cc"):
        msg["Cc"] = _addr(*rec["cc"])
    subj = rec["subject"]
    try:
        subj.encode("ascii")
        msg["Subject"] = subj
    except UnicodeEncodeError:
        msg["Subject"] = Header(subj, "utf-8").encode()
    msg["Date"] = rec["date"]
    dom = semail.split("@")[1]
    msg["Message-ID"] = "<c42.%s.%s@%s>" % (tag, rec["date"][5:25].replace(" ", "").replace(":", ""), dom)
    agent = rec.get("agent", "")
    if "Outlook" in agent:
        msg["X-Mailer"] = agent
    elif agent:
        msg["User-Agent"] = agent
    msg["Content-Language"] = "nl-BE" if rec["lang"] == "nl" else ("fr-BE" if rec["country"] == "BE" else "fr-FR")
    msg.preamble = "This is a multi-part message in MIME format."
    body = rec["body"]
    if "Outlook" in agent:
        alt = MIMEMultipart("alternative", boundary="----=_NextPart_c42_%s_alt" % tag)
        alt.attach(_text_part(body, QP))
        h = "<html><body>" + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>")
                                     for p in body.strip().split("\n\n")) + "</body></html>"
        alt.attach(_text_part(h, QP, "html"))
        del alt["MIME-Version"]
        msg.attach(alt)
    else:
        msg.attach(_text_part(body, QP if n % 2 else BASE64))
    maintype, subtype = CTYPES[ext]
    att = MIMEBase(maintype, subtype)
    del att["MIME-Version"]
    att.set_payload(attachment)
    encoders.encode_base64(att)
    fname = rec["filename"]
    try:
        fname.encode("ascii")
        att.set_param("name", fname)
        att.add_header("Content-Disposition", "attachment", filename=fname)
    except UnicodeEncodeError:
        att.set_param("name", ("utf-8", "", fname))
        att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
    msg.attach(att)
    # put MIME-Version / Content-Type after the address headers, as mail clients do
    for h in ("MIME-Version", "Content-Type"):
        v = msg[h]
        del msg[h]
        msg[h] = v
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP.clone(max_line_length=998), mangle_from_=False).flatten(msg)
    return buf.getvalue()
