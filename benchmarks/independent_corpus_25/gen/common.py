"""Shared helpers: fonts, text wrapping, PDF metadata, e-mail assembly."""
import io
import os
import hashlib
import datetime as _dt
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from email import policy

import pikepdf
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab import rl_config

rl_config.invariant = 1  # deterministic reportlab output

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = os.path.join(HERE, "fonts")
# (kept in the repository without its fonts: Debian's fonts-dejavu-core and fonts-liberation hold the same files)
_FONT_DIRS = (FONTDIR, "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation")


def _font_path(fn):
    return next((os.path.join(d, fn) for d in _FONT_DIRS if os.path.isfile(os.path.join(d, fn))),
                os.path.join(FONTDIR, fn))

_FONTS = {
    # alias            file
    "Sans": "LiberationSans-Regular.ttf",          # Arial-like
    "Sans-Bold": "LiberationSans-Bold.ttf",
    "Sans-Italic": "LiberationSans-Italic.ttf",
    "Sans-BoldItalic": "LiberationSans-BoldItalic.ttf",
    "Serif": "LiberationSerif-Regular.ttf",        # Times-like
    "Serif-Bold": "LiberationSerif-Bold.ttf",
    "Serif-Italic": "LiberationSerif-Italic.ttf",
    "Narrow": "LiberationSansNarrow-Regular.ttf",
    "Narrow-Bold": "LiberationSansNarrow-Bold.ttf",
    "DV": "DejaVuSans.ttf",
    "DV-Bold": "DejaVuSans-Bold.ttf",
    "DV-Oblique": "DejaVuSans-Oblique.ttf",
    "DVC": "DejaVuSansCondensed.ttf",
    "DVC-Bold": "DejaVuSansCondensed-Bold.ttf",
    "DVSerif": "DejaVuSerif.ttf",
    "DVSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DVSerif-Italic": "DejaVuSerif-Italic.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    for alias, fn in _FONTS.items():
        pdfmetrics.registerFont(TTFont(alias, _font_path(fn)))
    from reportlab.lib.fonts import addMapping
    addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "Sans-Bold")
    addMapping("Sans", 0, 1, "Sans-Italic"); addMapping("Sans", 1, 1, "Sans-BoldItalic")
    addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-Bold")
    addMapping("Serif", 0, 1, "Serif-Italic"); addMapping("Serif", 1, 1, "Serif-Bold")
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-Bold")
    addMapping("DV", 0, 1, "DV-Oblique"); addMapping("DV", 1, 1, "DV-Bold")
    addMapping("DVC", 0, 0, "DVC"); addMapping("DVC", 1, 0, "DVC-Bold")
    addMapping("DVC", 0, 1, "DVC"); addMapping("DVC", 1, 1, "DVC-Bold")
    addMapping("DVSerif", 0, 0, "DVSerif"); addMapping("DVSerif", 1, 0, "DVSerif-Bold")
    addMapping("DVSerif", 0, 1, "DVSerif-Italic"); addMapping("DVSerif", 1, 1, "DVSerif-Bold")
    addMapping("Narrow", 0, 0, "Narrow"); addMapping("Narrow", 1, 0, "Narrow-Bold")
    addMapping("Narrow", 0, 1, "Narrow"); addMapping("Narrow", 1, 1, "Narrow-Bold")
    _registered = True


def wrap(text, font, size, width):
    """Greedy word wrap; keeps explicit newlines."""
    out = []
    for para in str(text).split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = (line + " " + w) if line else w
            if stringWidth(cand, font, size) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def set_metadata(pdf_bytes, info, created=None):
    """Replace the document info dictionary (Producer/Creator/Title/...) and
    save deterministically."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        pass
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    di = pikepdf.Dictionary()
    for k, v in info.items():
        di[pikepdf.Name("/" + k)] = pikepdf.String(v)
    if created:
        di[pikepdf.Name("/CreationDate")] = pikepdf.String(created)
        di[pikepdf.Name("/ModDate")] = pikepdf.String(created)
    pdf.trailer.Info = pdf.make_indirect(di)
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def pdfdate(dt_str):
    """'2019-06-12 21:47:13+02' -> PDF date string."""
    d, t = dt_str.split(" ")
    hh, mm, ss = t[:8].split(":")
    tz = t[8:] or "+02"
    return "D:%s%s%s%s%s%s%s'00'" % (d[0:4], d[5:7], d[8:10], hh, mm, ss, tz)


def make_eml(m, pdf_bytes, uid):
    """m: dict with from_name, from_addr, to, subject, date (datetime), body,
    html (bool), filename, mailer headers..."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = formataddr((m["from_name"], m["from_addr"])) if m.get("from_name") else m["from_addr"]
    msg["To"] = m.get("to", formataddr(("Partons 2.0 - Maak werk van je buurt", "projectoproep@example.org")))
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    dom = m["from_addr"].split("@")[1]
    h = hashlib.sha1(uid.encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16], h[16:28], m.get("msgid_domain", dom))
    for k, v in m.get("headers", []):
        msg[k] = v
    body = m.get("body", "")
    msg.set_content(body, charset="utf-8", cte=m.get("cte", "quoted-printable"))
    if m.get("html"):
        esc = (body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        paras = "".join("<p>%s</p>\n" % (p.replace("\n", "<br>\n") if p else "&nbsp;")
                        for p in esc.split("\n\n"))
        html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                "charset=utf-8\"></head><body><div style=\"font-family:%s;font-size:11pt\">\n%s</div></body></html>\n"
                % (m.get("html_font", "Calibri,sans-serif"), paras))
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf",
                       filename=m["filename"])
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%d" % (h[:12], i))
            i += 1
    return msg.as_bytes(policy=policy.SMTP)


def dt(s):
    """'2019-06-12 21:47' (+02:00 CEST) -> aware datetime"""
    tz = _dt.timezone(_dt.timedelta(hours=2))
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
