#!/usr/bin/env python
"""Build judgement_corpus_4 (coordinator inbox for the call "Maak werk van je buurt!" /
"Partons 2.0").

Run:  /work/main/.venv/bin/python gen/make_corpus.py
Output (next to gen/): dev/, test/, README.md.  Deterministic (fixed SEED, no clock,
no global random state; attachments are built with fixed metadata).

The message data lives in gen/scenarios.py; this file only renders it.
"""
import hashlib
import html
import io
import json
import os
import random
import re
import shutil
import sys
import zipfile
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email import policy
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import scenarios as SC  # noqa: E402

SEED = 20190616
BRU = ZoneInfo("Europe/Brussels")
CALL_OPEN = datetime(2019, 4, 1, 0, 0, 0, tzinfo=BRU)
DEADLINE = datetime(2019, 6, 16, 23, 59, 59, tzinfo=BRU)
COORD_ADDR = "coordinator@partons.example.org"
COORD_NAME = "Partons 2.0 - Maak werk van je buurt"
NUMBERED = ("application", "new_idea")


def rng_for(*parts):
    h = hashlib.sha256(("%s|" % SEED + "|".join(str(p) for p in parts)).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def parse_date(s):
    s = s.strip()
    if re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d [+-]\d{4}$", s):
        s = s[:16] + ":00" + s[16:]
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def iso(d):
    return d.isoformat()


# --------------------------------------------------------------------------- names
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_DAYS_S = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
NL_MONTHS_S = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_S = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_S = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
               "oct.", "nov.", "déc."]
EN_DAYS_S = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS_S = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def receipt_text(lang, nnn, title):
    if lang == "fr":
        return (
            "Bonjour,\n\n"
            "Nous vous remercions pour votre idée de projet « %s » dans le cadre de "
            "l'appel à projets Partons 2.0.\n"
            "Votre dossier a été enregistré sous le numéro %s. Merci de rappeler ce "
            "numéro dans toute correspondance.\n\n"
            "La sélection des projets aura lieu fin juin 2019. Nous reviendrons vers vous "
            "dès que possible.\n\n"
            "Bien cordialement,\n"
            "L'équipe Partons 2.0\n" % (title, nnn))
    return (
        "Beste,\n\n"
        "Hartelijk dank voor uw projectidee \"%s\" voor de projectenoproep "
        "\"Maak werk van je buurt!\".\n"
        "Uw inzending werd geregistreerd onder het nummer %s. Gelieve dit nummer te "
        "vermelden in verdere correspondentie.\n\n"
        "De selectie van de projecten gebeurt eind juni 2019. U hoort zo snel mogelijk "
        "van ons.\n\n"
        "Met vriendelijke groeten,\n"
        "Projectteam Partons 2.0 - Maak werk van je buurt!\n" % (title, nnn))


def receipt_subject(lang, nnn, title):
    if lang == "fr":
        return "Accusé de réception %s : %s" % (nnn, title)
    return "Ontvangstbevestiging %s: %s" % (nnn, title)


def quote_block(style, lang, when, who_name, who_addr, text, to=None, subject=None):
    """Render a quoted earlier mail as mail clients do."""
    w = when.astimezone(BRU)
    hm = w.strftime("%H:%M")
    wd = w.weekday()
    if style == "outlook":
        if lang == "fr":
            head = ("De : %s <%s>\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n"
                    % (who_name, who_addr, FR_DAYS[wd], w.day, FR_MONTHS[w.month - 1], w.year,
                       hm, to or "", subject or ""))
        elif lang == "en":
            head = ("From: %s <%s>\nSent: %s, %d %s %d %s\nTo: %s\nSubject: %s\n"
                    % (who_name, who_addr, w.strftime("%A"), w.day, w.strftime("%B"),
                       w.year, hm, to or "", subject or ""))
        else:
            head = ("Van: %s <%s>\nVerzonden: %s %d %s %d %s\nAan: %s\nOnderwerp: %s\n"
                    % (who_name, who_addr, NL_DAYS[wd], w.day, NL_MONTHS[w.month - 1], w.year,
                       hm, to or "", subject or ""))
        return "\n" + "_" * 32 + "\n" + head + "\n" + text
    if style == "gmail":
        if lang == "fr":
            intro = "Le %s %d %s %d à %s, %s <%s> a écrit :" % (
                FR_DAYS_S[wd], w.day, FR_MONTHS_S[w.month - 1], w.year, hm, who_name, who_addr)
        elif lang == "en":
            intro = "On %s, %d %s %d at %s, %s <%s> wrote:" % (
                EN_DAYS_S[wd], w.day, EN_MONTHS_S[w.month - 1], w.year, hm, who_name, who_addr)
        else:
            intro = "Op %s %d %s %d om %s schreef %s <%s>:" % (
                NL_DAYS_S[wd], w.day, NL_MONTHS_S[w.month - 1], w.year, hm, who_name, who_addr)
    elif style == "apple":
        if lang == "fr":
            intro = "Le %d %s %d à %s, %s <%s> a écrit :" % (
                w.day, FR_MONTHS_S[w.month - 1], w.year, hm, who_name, who_addr)
        elif lang == "en":
            intro = "On %d %s %d, at %s, %s <%s> wrote:" % (
                w.day, EN_MONTHS_S[w.month - 1], w.year, hm, who_name, who_addr)
        else:
            intro = "Op %d %s %d om %s heeft %s <%s> het volgende geschreven:" % (
                w.day, NL_MONTHS_S[w.month - 1], w.year, hm, who_name, who_addr)
        intro = intro + "\n"
    else:  # thunderbird
        if lang == "fr":
            intro = "Le %s à %s, %s a écrit :" % (w.strftime("%d/%m/%Y"), hm, who_name)
        elif lang == "en":
            intro = "On %s %s, %s wrote:" % (w.strftime("%d/%m/%Y"), hm, who_name)
        else:
            intro = "Op %s om %s schreef %s:" % (w.strftime("%d-%m-%Y"), hm, who_name)
    lines = ["> " + ln if ln else ">" for ln in text.rstrip("\n").split("\n")]
    return "\n" + intro + "\n" + "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- attachments
def _pdf_reportlab(title, lines, author, when=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    width, height = A4
    y = height - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title)
    y -= 30
    for ln in lines:
        bold = ln.startswith("**")
        txt = ln[2:] if bold else ln
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        chunks = _wrap(txt, 95) or [""]
        for ch in chunks:
            if y < 60:
                c.showPage()
                y = height - 60
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, ch)
            y -= 14
    c.showPage()
    c.save()
    data = buf.getvalue()
    if when is not None:
        # invariant mode stamps 2000-01-01; put a plausible date of the same length back
        u = when.astimezone(timezone.utc)
        stamp = u.strftime("D:%Y%m%d%H%M%S") + "+00'00'"
        data = data.replace(b"D:20000101000000+00'00'", stamp.encode("ascii"))
    return data


def _pdf_minimal(title, lines, author):
    """Fallback PDF writer (one font, latin-1), used if reportlab is missing."""
    def esc(s):
        s = s.replace("€", "EUR")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    all_lines = [title, ""] + [ln.lstrip("*") for ln in lines]
    wrapped = []
    for ln in all_lines:
        wrapped.extend(_wrap(ln, 95) or [""])
    pages = [wrapped[i:i + 50] for i in range(0, len(wrapped), 50)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "50 780 Td", "14 TL"]
        for ln in pg:
            ops.append("(%s) '" % esc(ln))
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1", "replace")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                     % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            if len(cur) + len(w) + 1 > width and cur:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return out


def make_pdf(title, lines, author="", when=None):
    lines = [("%s: %s" % tuple(ln[1:].split("|", 1))) if ln.startswith("|") else ln
             for ln in lines]
    try:
        import reportlab  # noqa: F401
    except ImportError:
        return _pdf_minimal(title, lines, author)
    return _pdf_reportlab(title, lines, author, when)


def make_docx(title, lines, author="", when=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author or "Gebruiker"
    cp.last_modified_by = author or "Gebruiker"
    cp.title = title
    w = (when or datetime(2019, 3, 20, 9, 0, 0, tzinfo=timezone.utc)).astimezone(timezone.utc)
    cp.created = (w - timedelta(days=3)).replace(tzinfo=None)
    cp.modified = w.replace(tzinfo=None)
    cp.revision = 3
    d.add_heading(title, level=1)
    table_rows = []
    for ln in lines:
        if ln.startswith("|"):
            k, _, v = ln[1:].partition("|")
            table_rows.append((k, v))
            continue
        if table_rows:
            _docx_table(d, table_rows)
            table_rows = []
        if ln.startswith("**"):
            p = d.add_paragraph()
            r = p.add_run(ln[2:])
            r.bold = True
        else:
            p = d.add_paragraph(ln)
        for r in p.runs:
            r.font.size = Pt(10.5)
    if table_rows:
        _docx_table(d, table_rows)
    buf = io.BytesIO()
    d.save(buf)
    # normalise zip timestamps so that the output is byte-identical on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(w.year, w.month, w.day, w.hour, w.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _docx_table(d, rows):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v


def make_jpeg(seed, label, size=(480, 360)):
    from PIL import Image, ImageDraw
    r = rng_for("jpeg", seed)
    w, h = size
    img = Image.new("RGB", size, (r.randrange(90, 140), r.randrange(120, 170), r.randrange(80, 120)))
    dr = ImageDraw.Draw(img)
    # sky / ground
    dr.rectangle([0, 0, w, h // 3], fill=(170 + r.randrange(40), 200 + r.randrange(40), 230))
    for _ in range(14):
        x, y = r.randrange(w), r.randrange(h // 3, h)
        rw, rh = r.randrange(20, 120), r.randrange(10, 70)
        col = (r.randrange(60, 220), r.randrange(60, 200), r.randrange(40, 160))
        if r.random() < 0.5:
            dr.rectangle([x, y, x + rw, y + rh], fill=col)
        else:
            dr.ellipse([x, y, x + rw, y + rh], fill=col)
    dr.text((10, h - 20), label, fill=(255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    return buf.getvalue()


def render_attachment(a, when=None):
    t = a["type"]
    if t == "pdf":
        data = make_pdf(a["title"], a["lines"], a.get("author", ""), when)
        return data, "application", "pdf"
    if t == "docx":
        data = make_docx(a["title"], a["lines"], a.get("author", ""), when)
        return data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"
    if t == "jpeg":
        return make_jpeg(a["seed"], a.get("label", "")), "image", "jpeg"
    raise ValueError(t)


# --------------------------------------------------------------------------- message ids
def make_mid(style, domain, key, d):
    r = rng_for("mid", key)
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    hexd = "0123456789ABCDEF"
    if style == "gmail":
        body = "CA" + "".join(r.choice(alnum + "+_-") for _ in range(44))
        return "<%s@mail.gmail.example.com>" % body
    if style == "outlook":
        host = "%s%dPR0%dMB%04d" % (r.choice(["AM", "DB", "VI", "HE"]), r.randrange(3, 7),
                                   r.randrange(1, 9), r.randrange(1000, 9999))
        return "<%s%s@%s.eurprd0%d.prod.outlook.example.com>" % (
            host, "".join(r.choice(hexd) for _ in range(28)), host, r.randrange(1, 9))
    if style == "apple":
        u = "".join(r.choice(hexd) for _ in range(32))
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)
    if style == "tb":
        u = "".join(r.choice("0123456789abcdef") for _ in range(32))
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)
    # generic MTA style
    u = d.astimezone(timezone.utc)
    return "<%s.%d.%s@%s>" % (u.strftime("%Y%m%d%H%M%S"), r.randrange(1000, 99999),
                              "".join(r.choice(alnum) for _ in range(8)), domain)


def guess_style(addr):
    dom = addr.split("@", 1)[1]
    if dom.startswith("gmail."):
        return "gmail"
    if dom.startswith(("hotmail.", "outlook.")):
        return "outlook"
    if dom.startswith("icloud."):
        return "apple"
    return "generic"


# --------------------------------------------------------------------------- model
class Ctx:
    def __init__(self):
        self.scen = OrderedDict()  # key -> scenario dict
        self.all = []

    def load(self):
        for s in SC.SCENARIOS:
            if s["key"] in self.scen:
                raise SystemExit("duplicate scenario key %s" % s["key"])
            self.scen[s["key"]] = s
            seen = set()
            for m in s["msgs"]:
                if m["id"] in seen:
                    raise SystemExit("duplicate msg id %s/%s" % (s["key"], m["id"]))
                seen.add(m["id"])
                m["scen"] = s["key"]
                m["dt"] = parse_date(m["date"])
                m["before_call"] = m["dt"] < CALL_OPEN
                m["late"] = m["kind"] in NUMBERED and m["dt"] > DEADLINE
                m["from_addr"] = m["frm"][1]
                style = m.get("mid_style") or guess_style(m["from_addr"])
                dom = m["from_addr"].split("@", 1)[1]
                m["message_id"] = m.get("message_id") or make_mid(
                    style, dom, "%s/%s" % (s["key"], m["id"]), m["dt"])
                self.all.append(m)
                for flag in ("expect_before_call", "expect_late"):
                    if flag in m and bool(m[flag]) != m[flag[7:]]:
                        raise SystemExit("flag %s mismatch in %s/%s" % (flag, s["key"], m["id"]))
        # attachment time stamps: a few hours before the first mail carrying that file name
        first = {}
        for m in sorted(self.all, key=lambda m: m["dt"].astimezone(timezone.utc)):
            for a in m.get("att", []):
                key = (m["scen"], a["name"])
                if key not in first:
                    r = rng_for("attdate", *key)
                    first[key] = m["dt"] - timedelta(minutes=r.randrange(20, 60 * 30))
                a["_when"] = first[key]
        # numbering over the whole corpus, in date order
        self.all.sort(key=lambda m: (m["dt"].astimezone(timezone.utc), m["scen"], m["id"]))
        n = 0
        self.receipt = {}  # (scen, project) -> msg
        for m in self.all:
            if m["kind"] in NUMBERED and not m["before_call"] and not m["late"]:
                n += 1
                m["nnn"] = "MWB-2019-%03d" % n
                k = (m["scen"], m["project"])
                if k in self.receipt:
                    raise SystemExit("project %s has two numbered messages" % (k,))
                if not m.get("title"):
                    raise SystemExit("numbered message without title %s/%s" % (m["scen"], m["id"]))
                self.receipt[k] = m
        self.n_numbered = n

    # receipt helpers
    def rec(self, scen, p):
        try:
            return self.receipt[(scen, p)]
        except KeyError:
            raise SystemExit("no receipt for project %s in %s" % (p, scen))

    def receipt_info(self, scen, p):
        app = self.rec(scen, p)
        lang = "fr" if app["lang"] == "fr" else "nl"
        when = app["dt"] + timedelta(minutes=2)
        to = app.get("reply_to") or app["frm"]
        return dict(
            nnn=app["nnn"], title=app["title"], lang=lang, when=when, to=to,
            subject=receipt_subject(lang, app["nnn"], app["title"]),
            text=receipt_text(lang, app["nnn"], app["title"]),
            mid="<receipt-%s@partons.example.org>" % app["nnn"],
            app_mid=app["message_id"], app=app)

    def resolve(self, text, m):
        scen = m["scen"]

        def rep(mo):
            kind, arg = mo.group(1), mo.group(2)
            if kind == "N":
                return self.rec(scen, arg)["nnn"]
            if kind == "T":
                return self.rec(scen, arg)["title"]
            if kind == "Q":
                p, _, style = arg.partition(":")
                ri = self.receipt_info(scen, p)
                if ri["when"] >= m["dt"]:
                    raise SystemExit("reply before receipt in %s/%s" % (scen, m["id"]))
                to_disp = formataddr(ri["to"]) if ri["to"][0] else ri["to"][1]
                qlang = m.get("quote_lang") or (m["lang"] if m["lang"] in ("nl", "fr", "en") else "nl")
                return quote_block(style or "gmail", qlang, ri["when"], "Partons 2.0",
                                   COORD_ADDR, ri["text"], to=to_disp, subject=ri["subject"])
            if kind == "D":  # quoted own earlier message
                other = self.msg(scen, arg)
                return other["_plain"]
            raise SystemExit("bad marker %s" % mo.group(0))
        return re.sub(r"\[\[([NTQD]):([^\]]+)\]\]", rep, text)

    def msg(self, scen, mid):
        for m in self.scen[scen]["msgs"]:
            if m["id"] == mid:
                return m
        raise SystemExit("no message %s/%s" % (scen, mid))

    def ref_to_mid(self, m, ref):
        if ref.startswith("R:"):
            ri = self.receipt_info(m["scen"], ref[2:])
            if ri["when"] >= m["dt"]:
                raise SystemExit("reply before receipt in %s/%s" % (m["scen"], m["id"]))
            return ri["mid"]
        if ref.startswith("A:"):
            return self.rec(m["scen"], ref[2:])["message_id"]
        if ref.startswith("M:"):
            return self.msg(m["scen"], ref[2:])["message_id"]
        return ref


# --------------------------------------------------------------------------- building
def addr(pair):
    name, a = pair
    return formataddr((name, a)) if name else a


def received_header(m, r):
    dom = m["from_addr"].split("@", 1)[1]
    host = m.get("relay") or ("smtp." + dom if not dom.startswith("mail.") else dom)
    ip = "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), r.randrange(2, 250))
    qid = "".join(r.choice("0123456789ABCDEF") for _ in range(10))
    arrive = m["dt"] + timedelta(seconds=r.randrange(2, 40))
    return ("from %s (%s [%s]) by mx1.partons.example.org (Postfix) with ESMTPS id %s "
            "for <%s>; %s" % (host, host, ip, qid, COORD_ADDR,
                              format_datetime(arrive.astimezone(BRU))))


def set_boundaries(msg, key, m=None):
    mailer = " ".join(str(v) for k, v in (m or {}).get("headers", []))
    frm = (m or {}).get("from_addr", "")
    if m and (m.get("bounce") or m.get("mdn")):
        style = "%s.1557/mail.example"
    elif "Apple" in mailer or "iPhone" in mailer:
        style = "Apple-Mail=_%s"
    elif "Outlook" in mailer or (m and m.get("mid_style") == "outlook"):
        style = "_000_%s_"
    elif frm.split("@")[-1].startswith("gmail.") or (m and m.get("mid_style") == "gmail"):
        style = "000000000000%s"
    elif "Thunderbird" in mailer:
        style = "------------%s"
    else:
        style = "=_Part_%s"
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            r = rng_for("boundary", key, i)
            b = "".join(r.choice("0123456789abcdef") for _ in range(24))
            part.set_boundary(style % b)
            i += 1


def to_html(text):
    paras = []
    for block in text.split("\n\n"):
        lines = [html.escape(x) for x in block.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            paras.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
                         "padding-left:1ex\">%s</blockquote>" %
                         "<br>\n".join(x[4:].lstrip() for x in lines))
        else:
            paras.append("<p>%s</p>" % "<br>\n".join(lines))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"></head><body>\n<div style=\"font-family:Calibri,Arial,sans-serif;"
            "font-size:11pt\">\n%s\n</div></body></html>\n" % "\n".join(paras))


_PH = {}


def ph(value):
    """Message-id lists are inserted after serialisation: the email package would
    RFC 2047-encode an id longer than the line length, which real mailers never do."""
    tok = "@@PH%04d@@" % len(_PH)
    _PH[tok] = value
    return tok


def idlist(ids):
    return "\r\n ".join(ids)


def fold_subject(text):
    """Fold a Subject the way mail clients do (word-wise; RFC 2047 encoded words when it
    is not ASCII), and hand it to the serialiser as a placeholder."""
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        enc = Header(text, "utf-8", header_name="Subject").encode(linesep="\r\n", maxlinelen=76)
        return ph(enc)
    lines, cur, width = [], "", 78 - len("Subject: ")
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur, width = w, 77
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return ph("\r\n ".join(lines))


def common_headers(msg, m, ctx, r):
    msg["Received"] = received_header(m, r)
    msg["Date"] = format_datetime(m["dt"])
    msg["From"] = addr(m["frm"])
    to = m.get("to", [(COORD_NAME, COORD_ADDR)])
    msg["To"] = ", ".join(addr(x) for x in to)
    if m.get("cc"):
        msg["Cc"] = ", ".join(addr(x) for x in m["cc"])
    if m.get("reply_to"):
        msg["Reply-To"] = addr(m["reply_to"])
    msg["Subject"] = fold_subject(ctx.resolve(m["subject"], m))
    msg["Message-ID"] = ph(m["message_id"])
    if m.get("irt"):
        irt = ctx.ref_to_mid(m, m["irt"])
        msg["In-Reply-To"] = ph(irt)
        refs = m.get("refs")
        if refs is None:
            refs = []
            if m["irt"].startswith("R:"):
                refs.append("A:" + m["irt"][2:])
            refs.append(m["irt"])
        msg["References"] = ph(idlist([ctx.ref_to_mid(m, x) for x in refs]))
    for k, v in m.get("headers", []):
        msg[k] = v


def cte_for(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return "quoted-printable"
    return "7bit" if max((len(x) for x in text.split("\n")), default=0) <= 76 else "quoted-printable"


def build_plain(m, ctx):
    r = rng_for("hdr", m["scen"], m["id"])
    msg = EmailMessage()
    common_headers(msg, m, ctx, r)
    body = ctx.resolve(m["body"], m)
    if not body.endswith("\n"):
        body += "\n"
    m["_plain"] = body
    cs = m.get("charset", "utf-8")
    if m.get("html_only"):
        msg.set_content(m["html_only"], subtype="html", charset="utf-8",
                        cte=cte_for(m["html_only"]))
    else:
        msg.set_content(body, charset=cs, cte=cte_for(body))
        if m.get("html") or m.get("html_body"):
            h = m.get("html_body") or to_html(body)
            msg.add_alternative(h, subtype="html", charset="utf-8", cte=cte_for(h))
    for a in m.get("att", []):
        data, mt, st = render_attachment(a, a.get("_when"))
        if len(data) >= 60 * 1024:
            raise SystemExit("attachment too large %s/%s %s" % (m["scen"], m["id"], a["name"]))
        msg.add_attachment(data, maintype=mt, subtype=st, filename=a["name"])
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    set_boundaries(msg, "%s/%s" % (m["scen"], m["id"]), m)
    return msg


def receipt_message(ctx, scen, p):
    ri = ctx.receipt_info(scen, p)
    rm = EmailMessage()
    rm["Date"] = format_datetime(ri["when"].astimezone(BRU))
    rm["From"] = formataddr((COORD_NAME, COORD_ADDR))
    rm["To"] = addr(ri["to"])
    rm["Subject"] = fold_subject(ri["subject"])
    rm["Message-ID"] = ph(ri["mid"])
    rm["In-Reply-To"] = ph(ri["app_mid"])
    rm["References"] = ph(ri["app_mid"])
    rm["Auto-Submitted"] = "auto-generated"
    rm.set_content(ri["text"], charset="utf-8", cte=cte_for(ri["text"]))
    return rm, ri


def other_message(spec):
    om = EmailMessage()
    om["Date"] = format_datetime(parse_date(spec["date"]))
    om["From"] = addr(spec.get("frm", (COORD_NAME, COORD_ADDR)))
    om["To"] = spec["to"]
    om["Subject"] = fold_subject(spec["subject"])
    om["Message-ID"] = ph(spec["mid"])
    om.set_content(spec["body"], charset="utf-8", cte=cte_for(spec["body"]))
    return om


def build_bounce(m, ctx):
    b = m["bounce"]
    r = rng_for("hdr", m["scen"], m["id"])
    if "receipt" in b:
        orig, ri = receipt_message(ctx, m["scen"], b["receipt"])
        if ri["when"] >= m["dt"]:
            raise SystemExit("bounce before receipt %s/%s" % (m["scen"], m["id"]))
        orig_date = ri["when"]
    else:
        orig = other_message(b["orig"])
        orig_date = parse_date(b["orig"]["date"])
    rcpt = b["rcpt"]
    msg = EmailMessage()
    common_headers(msg, m, ctx, r)
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/report; report-type=delivery-status"
    qid = "".join(r.choice("0123456789ABCDEF") for _ in range(10))
    text = ("This is the mail system at host mail.partons.example.org.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<%s>: %s\n" % (rcpt, b["human"]))
    p1 = MIMEPart()
    p1.set_content(text, charset="us-ascii", cte="7bit")
    p1["Content-Description"] = "Notification"
    p2 = Message()
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    per = Message()
    per["Reporting-MTA"] = "dns; mail.partons.example.org"
    per["X-Postfix-Queue-ID"] = qid
    per["X-Postfix-Sender"] = "rfc822; " + COORD_ADDR
    per["Arrival-Date"] = format_datetime(orig_date.astimezone(BRU))
    rc = Message()
    rc["Final-Recipient"] = "rfc822; " + rcpt
    rc["Original-Recipient"] = "rfc822;" + rcpt
    rc["Action"] = "failed"
    rc["Status"] = b["status"]
    if b.get("remote"):
        rc["Remote-MTA"] = "dns; " + b["remote"]
    rc["Diagnostic-Code"] = b["diag"]
    p2.set_payload([per, rc])
    p3 = Message()
    p3["Content-Description"] = "Undelivered Message"
    p3["Content-Type"] = "message/rfc822"
    p3.set_payload([orig])
    msg.set_payload([p1, p2, p3])
    set_boundaries(msg, "%s/%s" % (m["scen"], m["id"]), m)
    m["_plain"] = text
    return msg


def build_mdn(m, ctx):
    d = m["mdn"]
    r = rng_for("hdr", m["scen"], m["id"])
    if "receipt" in d:
        ri = ctx.receipt_info(m["scen"], d["receipt"])
        orig_mid, orig_subj, orig_to, orig_when = ri["mid"], ri["subject"], ri["to"][1], ri["when"]
    else:
        orig_mid, orig_subj, orig_to = d["orig_mid"], ctx.resolve(d["orig_subject"], m), m["from_addr"]
        orig_when = parse_date(d["orig_date"])
    msg = EmailMessage()
    m = dict(m)
    m["subject"] = d["prefix"] + orig_subj
    common_headers(msg, m, ctx, r)
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/report; report-type=disposition-notification"
    w = m["dt"].astimezone(BRU)
    ow = orig_when.astimezone(BRU)
    text = d["text"].format(to=orig_to, subject=orig_subj,
                            sent=ow.strftime("%d/%m/%Y %H:%M"), read=w.strftime("%d/%m/%Y %H:%M"))
    p1 = MIMEPart()
    p1.set_content(text, charset="utf-8", cte=cte_for(text))
    p2 = Message()
    p2["Content-Type"] = "message/disposition-notification"
    inner = Message()
    inner["Reporting-UA"] = d.get("ua", "%s; Microsoft Outlook 16.0" % m["from_addr"].split("@")[1])
    inner["Final-Recipient"] = "rfc822;" + orig_to
    inner["Original-Message-ID"] = orig_mid
    inner["Disposition"] = "manual-action/MDN-sent-manually; displayed"
    p2.set_payload([inner])
    msg.set_payload([p1, p2])
    set_boundaries(msg, "%s/%s" % (m["scen"], m["id"]), m)
    return msg


def build(m, ctx):
    if m.get("bounce"):
        return build_bounce(m, ctx)
    if m.get("mdn"):
        return build_mdn(m, ctx)
    return build_plain(m, ctx)


def serialise(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP.clone(max_line_length=78)).flatten(msg)
    data = buf.getvalue()
    # normalise: CRLF everywhere
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    for tok in re.findall(rb"@@PH\d{4}@@", data):
        data = data.replace(tok, _PH[tok.decode()].encode("ascii"))
    return data


# --------------------------------------------------------------------------- split & output
def assign_ids(ctx):
    keys = list(ctx.scen)
    r = random.Random(SEED)
    r.shuffle(keys)
    sid = {k: "s%02d" % (i + 1) for i, k in enumerate(keys)}
    # split: seeded shuffle of the scenarios, stratified by the kind of trap. Among the
    # split seeds SEED+1 .. SEED+400 the one whose halves are most alike (messages per kind,
    # language and flag) is used, so both halves exercise the same decisions.
    bycat = OrderedDict()
    for k in sorted(keys, key=lambda k: sid[k]):
        bycat.setdefault(ctx.scen[k]["cat"], []).append(k)

    def split(seed):
        r2 = random.Random(seed)
        half = {}
        flip = 0
        for cat, ks in bycat.items():
            ks = list(ks)
            r2.shuffle(ks)
            for k in ks:
                half[k] = "dev" if flip % 2 == 0 else "test"
                flip += 1
        return half

    def features(m):
        f = ["k:" + m["kind"], "l:" + m["lang"], "all"]
        if m.get("amb"):
            f.append("amb")
        if m["before_call"]:
            f.append("bc")
        if m["late"]:
            f.append("late")
        return f

    def score(half):
        c = Counter()
        for m in ctx.all:
            sign = 1 if half[m["scen"]] == "dev" else -1
            for f in features(m):
                c[f] += sign
        return sum(v * v for v in c.values())

    best = min(range(SEED + 1, SEED + 401), key=lambda sd: (score(split(sd)), sd))
    half = split(best)
    return sid, half


def truth_row(m, sid):
    row = OrderedDict()
    row["scenario"] = sid[m["scen"]]
    row["file"] = m["file"]
    row["date"] = iso(m["dt"])
    row["kind"] = m["kind"]
    row["language"] = m["lang"]
    row["project"] = ("%s-%s" % (sid[m["scen"]], m["project"])) if m.get("project") else None
    if m.get("amb"):
        row["ambiguous"] = True
    if m["before_call"]:
        row["before_call"] = True
    if m["late"]:
        row["late"] = True
    row["note"] = m["note"]
    return row


def main():
    ctx = Ctx()
    ctx.load()
    sid, half = assign_ids(ctx)
    n_scen = len(ctx.scen)
    n_msg = len(ctx.all)
    if not (60 <= n_scen <= 70) or not (130 <= n_msg <= 160):
        print("WARNING: size out of range: %d scenarios, %d messages" % (n_scen, n_msg))
    # file names per scenario (date order)
    for k, s in ctx.scen.items():
        ms = sorted(s["msgs"], key=lambda m: m["dt"].astimezone(timezone.utc))
        for i, m in enumerate(ms):
            m["file"] = "%s/%02d.eml" % (sid[k], i + 1)
    # build in global date order so that [[D:..]] markers can see earlier bodies
    built = {}
    for m in ctx.all:
        built[id(m)] = serialise(build(m, ctx))
    for h in ("dev", "test"):
        d = os.path.join(ROOT, h)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    rows = {"dev": [], "test": []}
    for m in ctx.all:
        h = half[m["scen"]]
        path = os.path.join(ROOT, h, m["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(built[id(m)])
        rows[h].append(truth_row(m, sid))
    for h in ("dev", "test"):
        with open(os.path.join(ROOT, h, "truth.jsonl"), "w", encoding="utf-8") as f:
            for row in rows[h]:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        open(os.path.join(ROOT, h, "READY"), "w").close()
    write_readme(ctx, sid, half, rows)
    print("scenarios: %d (dev %d, test %d); messages: %d (dev %d, test %d); numbered: %d" % (
        n_scen, sum(1 for k in half if half[k] == "dev"), sum(1 for k in half if half[k] == "test"),
        n_msg, len(rows["dev"]), len(rows["test"]), ctx.n_numbered))


KINDS = ["application", "follow_up", "new_idea", "changed_values", "inquiry", "auto_reply",
         "bounce", "out_of_scope", "withdrawal"]


def write_readme(ctx, sid, half, rows):
    def counts(h):
        rs = rows[h]
        c = OrderedDict()
        c["scenarios"] = len({r["scenario"] for r in rs})
        c["messages"] = len(rs)
        kc = Counter(r["kind"] for r in rs)
        for k in KINDS:
            c["kind: " + k] = kc.get(k, 0)
        for fl in ("before_call", "late", "ambiguous"):
            c["flag: " + fl] = sum(1 for r in rs if r.get(fl))
        lc = Counter(r["language"] for r in rs)
        for lg in ("nl", "fr", "en"):
            c["language: " + lg] = lc.get(lg, 0)
        c["with attachment(s)"] = sum(1 for r in rs if _has_att(ctx, r))
        return c
    cd, ct = counts("dev"), counts("test")
    lines = []
    lines.append("# judgement_corpus_4 - coordinator inbox, \"Maak werk van je buurt!\" / Partons 2.0\n")
    lines.append(
        "A synthetic but realistic mailbox of coordinator@partons.example.org for the 2019 call\n"
        "\"Maak werk van je buurt!\" (Westhoek, BE) / \"Partons 2.0\" (Nord, FR): project ideas up\n"
        "to 10 000 EUR, by e-mail before 16 June 2019 23:59 Europe/Brussels, call open from\n"
        "2019-04-01. Each .eml is one incoming mail; `truth.jsonl` says what it is. About 70% of\n"
        "the scenarios are built around a hard decision (resends from other addresses, look-alike\n"
        "titles, follow-ups that look like applications and the reverse, loosely phrased changes,\n"
        "inquiries that read like applications, auto-replies that look human, out-of-scope mail\n"
        "that quotes the call); the rest are ordinary.\n")
    lines.append("## Layout\n")
    lines.append(
        "- `gen/make_corpus.py` - generator (`/work/main/.venv/bin/python gen/make_corpus.py`),\n"
        "  deterministic; message data in `gen/scenarios.py`.\n"
        "- `gen/check.py` - parses every file with Python's `email` package, checks CRLF, headers,\n"
        "  attachment sizes, example domains, flags against dates, and receipt numbering.\n"
        "- `dev/`, `test/` - `truth.jsonl` (one row per message, date order over the half), an\n"
        "  empty `READY`, and `sNN/MM.eml` (MM = message number in date order in the scenario).\n"
        "  Scenarios (not messages) were split into halves by a seeded shuffle, stratified by the\n"
        "  kind of trap; of 400 split seeds the generator deterministically uses the one whose\n"
        "  halves have the most similar counts per kind, language and flag.\n")
    lines.append("## Truth conventions\n")
    lines.append(
        "- `kind`: application, follow_up, new_idea, changed_values, inquiry, auto_reply, bounce,\n"
        "  out_of_scope, withdrawal. Flags `before_call`, `late`, `ambiguous` appear only when true.\n"
        "- `before_call`: Date before 2019-04-01 00:00 Europe/Brussels (any kind).\n"
        "  `late`: application/new_idea dated after 2019-06-16 23:59:59 Europe/Brussels.\n"
        "  Both are computed from the Date header converted to Brussels time (some mails carry\n"
        "  +0000, +0100 or -0500 offsets on purpose).\n"
        "- `ambiguous`: a careful human could reasonably pick another kind; the truth gives the\n"
        "  reading we think is best and the note says what the alternative is.\n"
        "- `project`: `sNN-x`; the same label for every message about one project, a new label for\n"
        "  a new_idea. An inquiry that describes a concrete idea carries that idea's label (also\n"
        "  when the application follows later); general questions carry null. Auto-replies and\n"
        "  bounces caused by a receipt about a project carry that project's label; fallout of a\n"
        "  mass mailing carries null.\n"
        "- Receipt numbers: MWB-2019-NNN is given in date order over BOTH halves to every message\n"
        "  of kind application/new_idea that is neither before_call nor late (001 is the first).\n"
        "  Receipts themselves are not in the corpus; replies carry In-Reply-To/References\n"
        "  `<receipt-MWB-2019-NNN@partons.example.org>` and usually quote the receipt, whose\n"
        "  subject is \"Ontvangstbevestiging MWB-2019-NNN: <title>\" / \"Accusé de réception\n"
        "  MWB-2019-NNN : <title>\" (French for French applications, Dutch otherwise). %d numbers\n"
        "  are used in all.\n" % ctx.n_numbered)
    lines.append("## Counts\n")
    lines.append("| | dev | test | all |")
    lines.append("|---|---:|---:|---:|")
    for k in cd:
        lines.append("| %s | %d | %d | %d |" % (k, cd[k], ct[k], cd[k] + ct[k]))
    lines.append("")
    lines.append("## Dev scenarios\n")
    lines.append("(Test scenarios are described only in `test/truth.jsonl`.)\n")
    by_s = OrderedDict()
    for r in rows["dev"]:
        by_s.setdefault(r["scenario"], []).append(r)
    for s in sorted(by_s):
        rs = by_s[s]
        key = next((k for k in ctx.scen if sid[k] == s))
        sc = ctx.scen[key]
        langs = "/".join(sorted({r["language"] for r in rs}, key=["nl", "fr", "en"].index))
        chain = ", ".join(r["kind"] for r in sorted(rs, key=lambda r: r["file"]))
        keym = next((m for m in sc["msgs"] if m.get("key")), sc["msgs"][0])
        lines.append("- **%s** (%s; %s) - %s" % (s, langs, chain, keym["note"]))
    lines.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def _has_att(ctx, row):
    for m in ctx.all:
        if m["file"] == row["file"] and m.get("att"):
            return True
    return False


if __name__ == "__main__":
    main()
