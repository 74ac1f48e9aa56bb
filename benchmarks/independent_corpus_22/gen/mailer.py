"""Serialise one application mail (RFC 5322, email.policy.SMTP), deterministically."""
import datetime
import hashlib
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, format_datetime

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "png": ("image", "png"),
}

TZ = datetime.timezone(datetime.timedelta(hours=2))


def build_eml(m):
    """m: dict with from=(name, addr), date='2019-05-21 20:14:05', subject, body,
    optional html, cc, reply_to, agent (X-Mailer/User-Agent tuple), attachments=[(fname, bytes)]."""
    name, addr = m["from"]
    domain = addr.split("@", 1)[1]
    dt = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)
    seed = hashlib.sha1((m["date"] + addr + m["subject"]).encode("utf-8")).hexdigest()
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = m.get("to", "coordinator@example.org")
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(dt)
    style = m.get("msgid_style", 0)
    if style == 0:
        local = "%s.%s" % (dt.strftime("%Y%m%d%H%M%S"), seed[:10])
    elif style == 1:
        local = "%s-%s-%s" % (seed[:8].upper(), seed[8:12].upper(), seed[12:20].upper())
    else:
        local = "CA+%s%s" % (seed[:14], seed[14:24])
    msg["Message-ID"] = "<%s@%s>" % (local, domain)
    if m.get("agent"):
        msg[m["agent"][0]] = m["agent"][1]
    msg.set_content(m["body"])
    if m.get("html"):
        msg.add_alternative(m["html"], subtype="html")
    for fname, data in m.get("attachments", []):
        ext = fname.rsplit(".", 1)[1].lower()
        mt, st = MIME[ext]
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary("----=_Part_%d_%s" % (k, seed[20 + k:32 + k]))
    return msg.as_bytes(policy=SMTP)
