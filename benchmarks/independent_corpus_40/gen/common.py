"""Shared helpers for the corpus-40 generator (deterministic output)."""
import io
import re
import zipfile
from email.message import EmailMessage
from email.utils import formataddr
from email import policy

COORD_NAME = "Jonas Polin"
COORD_EMAIL = "jonas.polin@west-vlaanderen.be"
COORD_POST = ["Provincie West-Vlaanderen", "t.a.v. Jonas Polin", "Woumenweg 100", "8600 Diksmuide"]
COORD_PHONE_FIX = "+32 51 51 94 37"
COORD_PHONE_GSM = "+32 489 309 839"
SESSIONS = ["26/09/2019", "7/11/2019", "28/11/2019", "19/12/2019", "30/01/2020"]

MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}

FIXED_ZIP_TIME = (2019, 5, 1, 12, 0, 0)


def latin1_safe(s):
    """Field values of fillable PDFs are written in PDFDocEncoding by reportlab:
    keep them inside Latin-1 (a user typing '\u20ac' in such a field is rare)."""
    rep = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"',
           "\u201d": '"', "\u20ac": "EUR", "\u2026": "...", "\u202f": " ", "\u0153": "oe",
           "\u0152": "OE"}
    out = "".join(rep.get(ch, ch) for ch in s)
    out.encode("latin-1")
    return out


def wrap(text, width, font, size):
    """Greedy word wrap using reportlab metrics; keeps explicit newlines."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if stringWidth(cand, font, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def rezip(data, fixed=FIXED_ZIP_TIME, stored_first=None, fix_xml=None):
    """Rewrite a zip container with fixed timestamps (deterministic output).
    stored_first: member name to write first and uncompressed (ODF 'mimetype').
    fix_xml: dict member -> function(str)->str applied before writing."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = zin.namelist()
    if stored_first and stored_first in names:
        names.remove(stored_first)
        names.insert(0, stored_first)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for n in names:
            blob = zin.read(n)
            if fix_xml and n in fix_xml:
                blob = fix_xml[n](blob.decode("utf-8")).encode("utf-8")
            zi = zipfile.ZipInfo(n, fixed)
            zi.external_attr = 0o644 << 16
            if n == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, blob)
    return buf.getvalue()


def build_eml(rec, attachment_bytes, half):
    m = rec["mail"]
    msg = EmailMessage()
    msg["From"] = formataddr((m["from"][0], m["from"][1]))
    msg["To"] = m.get("to", formataddr((COORD_NAME, COORD_EMAIL)))
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = "<c40-%s-%03d.%s@%s>" % (half, rec["n"], m.get("mid", "a7f3"), m["from"][1].split("@")[1])
    msg["MIME-Version"] = "1.0"
    if m.get("agent"):
        msg["User-Agent"] = m["agent"]
    msg.set_content(m["body"], charset="utf-8")
    ext = rec["filename"].rsplit(".", 1)[1].lower()
    maintype, subtype = MIME[ext].split("/")
    msg.add_attachment(attachment_bytes, maintype=maintype, subtype=subtype, filename=rec["filename"])
    for part in msg.iter_parts():
        del part["MIME-Version"]
    msg.set_boundary("=_c40%s%03d_%s" % (half, rec["n"], "Part_0123456789abcdef"))
    return msg.as_bytes(policy=policy.SMTP)
