"""Build deterministic RFC 5322 multipart/mixed messages with one attachment."""
import hashlib
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from email import policy
import datetime

from common import COORD_EMAIL, COORD_NAME

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
}


def build_mail(fname, m, attach_name, data):
    """m: dict(from_name, from_addr, date (y,mo,d,h,mi,s), tz_hours, subject, body, cc=[(name, addr)], to_name)."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr((m["from_name"], m["from_addr"]))
    msg["To"] = formataddr((m.get("to_name", COORD_NAME), COORD_EMAIL))
    if m.get("cc"):
        msg["Cc"] = ", ".join(formataddr(x) for x in m["cc"])
    tz = datetime.timezone(datetime.timedelta(hours=m.get("tz_hours", 2)))
    dt = datetime.datetime(*m["date"], tzinfo=tz)
    msg["Date"] = format_datetime(dt)
    msg["Subject"] = m["subject"]
    h = hashlib.sha1(fname.encode()).hexdigest()
    dom = m["from_addr"].split("@")[1]
    msg["Message-ID"] = "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), h[:16], dom)
    msg["MIME-Version"] = "1.0"
    if m.get("agent"):
        msg["User-Agent"] = m["agent"]
    msg.set_content(m["body"], subtype="plain", charset="utf-8", cte="quoted-printable")
    ext = attach_name.rsplit(".", 1)[1].lower()
    maintype, subtype = MIME[ext]
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=attach_name)
    for part in msg.iter_parts():
        del part["MIME-Version"]
    msg.set_boundary("----=_Part_%s_%s" % (h[16:26], h[26:36]))
    return msg.as_bytes(policy=policy.SMTP)
