"""Shared helpers: deterministic zips, e-mail assembly."""
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP, default as default_policy
from email.utils import format_datetime
import datetime

FIXED_ZIP_DATE = (2019, 6, 3, 10, 0, 0)


def normalize_zip(data, date=FIXED_ZIP_DATE, odf=False):
    """Rewrite a zip with fixed timestamps and order so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    if odf and "mimetype" in names:
        names.remove("mimetype")
        names.insert(0, "mimetype")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=date)
            info.external_attr = 0o644 << 16
            if odf and n == "mimetype":
                info.compress_type = zipfile.ZIP_STORED
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(n))
    return out.getvalue()


MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}


def build_eml(*, sender, to, subject, date, msgid, body, attachment, filename,
              ext, html=None, octet=False, cc=None, mailer=None, lang=None,
              qp=False):
    """Return bytes of an RFC 5322 message with one office attachment."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    if mailer:
        msg["X-Mailer"] = mailer
    if lang:
        msg["Content-Language"] = lang
    cte = "quoted-printable" if qp else "8bit"
    msg.set_content(body, subtype="plain", charset="utf-8", cte=cte)
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    maintype, subtype = ("application", "octet-stream") if octet else MIME[ext].split("/")
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype,
                       filename=filename)
    # deterministic boundaries; sub-parts carry no MIME-Version header of their own
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%s_%d" % (msgid.strip("<>").split("@")[0][-12:], n))
    return msg.as_bytes(policy=SMTP)


def dt(y, mo, d, h, mi, tz_hours=2):
    return datetime.datetime(y, mo, d, h, mi, 0,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=tz_hours)))
