"""Helpers for the judgement2 mailbox corpus generator (independent test material)."""
import io, datetime as dt
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

COORD = "Partons 2.0 <coordinator@partons.example.org>"
COORD_ADDR = "coordinator@partons.example.org"
POL = policy.SMTP  # CRLF line ends
BRU_OPEN = dt.datetime(2019, 3, 31, 22, 0, tzinfo=dt.timezone.utc)      # 2019-04-01T00:00+02:00
DEADLINE = dt.datetime(2019, 6, 16, 21, 59, 59, tzinfo=dt.timezone.utc)  # 2019-06-16T23:59:59+02:00


def D(s, off="+0200"):
    """'2019-04-23 21:05' + '+0200' -> aware datetime."""
    sign = 1 if off[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


class M:
    def __init__(self, date, frm, subj, body, kind, lang, proj=None, changed=None, note="",
                 to=COORD, cc=None, irt=None, att=(), hdr=None, amb=False, title=None,
                 html=False, bounce=None, reply_to=None, refs_extra=None):
        self.date = date; self.frm = frm; self.subj = subj; self.body = body
        self.kind = kind; self.lang = lang; self.proj = proj; self.changed = changed
        self.note = note; self.to = to; self.cc = cc; self.irt = irt; self.att = list(att)
        self.hdr = hdr or {}; self.amb = amb; self.title = title; self.html = html
        self.bounce = bounce; self.reply_to = reply_to; self.refs_extra = refs_extra


def make_pdf(lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for ln in lines:
        c.setFont("Helvetica-Bold" if ln.startswith("#") else "Helvetica", 11)
        c.drawString(50, y, ln.lstrip("# "))
        y -= 18
    c.showPage(); c.save()
    return buf.getvalue()


def make_docx(lines):
    import docx
    d = docx.Document()
    for ln in lines:
        if ln.startswith("#"):
            d.add_heading(ln.lstrip("# "), level=1)
        else:
            d.add_paragraph(ln)
    buf = io.BytesIO(); d.save(buf)
    return buf.getvalue()


def make_jpg(color, size=(320, 200), text=None):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", size, color)
    dr = ImageDraw.Draw(im)
    dr.rectangle([20, 120, size[0] - 20, size[1] - 10], fill=(90, 140, 60))
    dr.rectangle([60, 50, 160, 120], fill=(150, 80, 60))
    if text:
        dr.text((10, 10), text, fill=(0, 0, 0))
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=60)
    return buf.getvalue()


def build(m, mid, irt_id, refs):
    """Return bytes of the message m."""
    if m.bounce is not None:
        return build_bounce(m, mid)
    e = EmailMessage(policy=POL)
    e["From"] = m.frm
    e["To"] = m.to
    if m.cc:
        e["Cc"] = m.cc
    if m.reply_to:
        e["Reply-To"] = m.reply_to
    e["Subject"] = m.subj
    e["Date"] = format_datetime(m.date)
    e["Message-ID"] = mid
    if irt_id:
        e["In-Reply-To"] = irt_id
        e["References"] = " ".join(refs)
    for k, v in m.hdr.items():
        e[k] = v
    e.set_content(m.body, charset="utf-8")
    if m.html:
        h = "<html><body>" + "".join(
            "<p>%s</p>" % (p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>"))
            for p in m.body.split("\n\n")) + "</body></html>"
        e.add_alternative(h, subtype="html", charset="utf-8")
    for a in m.att:
        typ, fname, spec = a
        if typ == "pdf":
            e.add_attachment(make_pdf(spec), maintype="application", subtype="pdf", filename=fname)
        elif typ == "docx":
            e.add_attachment(make_docx(spec), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
        elif typ == "jpg":
            e.add_attachment(make_jpg(*spec), maintype="image", subtype="jpeg", filename=fname)
        elif typ == "eml":
            e.add_attachment(spec, maintype="message", subtype="rfc822") if False else None
    return e.as_bytes(policy=POL)


def build_bounce(m, mid):
    b = m.bounce  # dict: rcpt, status, diag, receipt_mid, receipt_subj, receipt_date, mta
    bd = "=_bounce_%s" % abs(hash(mid)) if False else "----=_NextPart_bounce_" + mid.strip("<>").split("@")[0]
    lines = [
        "From: " + m.frm,
        "To: " + m.to,
        "Subject: " + m.subj,
        "Date: " + format_datetime(m.date),
        "Message-ID: " + mid,
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % bd,
        "",
        "This is a MIME-encapsulated message.",
        "",
        "--" + bd,
        "Content-Type: text/plain; charset=us-ascii",
        "",
    ] + m.body.split("\n") + [
        "",
        "--" + bd,
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; " + b["mta"],
        "Arrival-Date: " + b["receipt_date"],
        "",
        "Final-Recipient: rfc822; " + b["rcpt"],
        "Original-Recipient: rfc822; " + b["rcpt"],
        "Action: failed",
        "Status: " + b["status"],
        "Diagnostic-Code: smtp; " + b["diag"],
        "",
        "--" + bd,
        "Content-Type: text/rfc822-headers",
        "",
        "From: " + COORD,
        "To: " + b["rcpt"],
        "Subject: " + b["receipt_subj"],
        "Date: " + b["receipt_date"],
        "Message-ID: " + b["receipt_mid"],
        "",
        "--" + bd + "--",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")
