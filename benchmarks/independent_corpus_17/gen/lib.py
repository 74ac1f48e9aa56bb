"""Rendering helpers for corpus c17: description blocks, quoting, e-mail
assembly, DOCX and PDF documents. Everything here is deterministic: no
wall-clock time, no random boundaries, fixed ZIP timestamps, invariant PDFs.
"""
import datetime as _dt
import email.policy
import email.utils
import hashlib
import html
import io
import re
import textwrap
import zipfile
from email.message import EmailMessage

# ---------------------------------------------------------------------------
# description blocks
#   P(text)                 a paragraph; a "\n" inside is a soft line break
#   UL(items, marker="- ")  a bulleted list, rendered tight under the block
#                           before it
# ---------------------------------------------------------------------------


def P(text):
    return ("p", text)


def UL(items, marker="- "):
    return ("ul", list(items), marker)


def norm_ws(s):
    return " ".join(s.split())


def summary_of(desc):
    """The truth summary: every paragraph and every bullet text, in order,
    joined with single spaces (bullet markers dropped, line breaks become
    spaces)."""
    parts = []
    for b in desc:
        if b[0] == "p":
            parts.append(b[1])
        else:
            parts.extend(b[1])
    return norm_ws(" ".join(parts))


def desc_plain(desc):
    out = []
    for b in desc:
        if b[0] == "p":
            out.append(b[1])
        else:
            lst = "\n".join(b[2] + it for it in b[1])
            if out:
                out[-1] = out[-1] + "\n" + lst
            else:
                out.append(lst)
    return "\n\n".join(out)


def desc_html(desc):
    out = []
    for b in desc:
        if b[0] == "p":
            out.append("<p>" + html.escape(b[1], quote=False).replace("\n", "<br>\n") + "</p>")
        else:
            out.append("<ul>\n" + "\n".join("<li>" + html.escape(it, quote=False) + "</li>" for it in b[1]) + "\n</ul>")
    return "\n".join(out)


def fill(template, desc, renderer):
    if "{DESC}" in template:
        return template.replace("{DESC}", renderer(desc) if desc else "")
    return template


# ---------------------------------------------------------------------------
# quoting
# ---------------------------------------------------------------------------


def quote(text, width=76):
    """Quote a plain-text message the way mail clients do: "> " before new
    lines (re-wrapped), ">" before lines that are already quoted."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line.strip() == "":
            out.append(">")
        else:
            wrapped = textwrap.wrap(line, width - 2, break_on_hyphens=False,
                                    break_long_words=False) or [""]
            out.extend("> " + w for w in wrapped)
    return "\n".join(out)


def unquote(text):
    """For verification only: drop quote markers and join."""
    out = []
    for line in text.split("\n"):
        out.append(re.sub(r"^(>\s?)+", "", line))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# e-mail
# ---------------------------------------------------------------------------

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
             "augustus", "september", "oktober", "november", "december"]


def parse_date(s):
    return _dt.datetime.fromisoformat(s)


def addr(pair):
    if isinstance(pair, str):
        return pair
    return email.utils.formataddr(pair)


def msgid(key, domain):
    h = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def build_eml(spec, key, body_text, body_subtype="plain", attachments=()):
    """spec: dict with date, from, to, subject, and optional cc, charset,
    agent, in_reply_to, references. attachments: (filename, maintype,
    subtype, bytes)."""
    policy = email.policy.SMTP
    msg = EmailMessage(policy=policy)
    d = parse_date(spec["date"])
    msg["Date"] = email.utils.format_datetime(d)
    msg["From"] = addr(spec["from"])
    msg["To"] = addr(spec.get("to", "coordinator@example.org"))
    if spec.get("cc"):
        msg["Cc"] = addr(spec["cc"])
    msg["Subject"] = spec["subject"]
    domain = spec["from"][1].split("@")[1]
    msg["Message-ID"] = msgid(key, domain)
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec.get("references", spec["in_reply_to"])
    if spec.get("agent"):
        name, value = spec["agent"]
        msg[name] = value
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    msg.set_content(body_text, subtype=body_subtype, charset=charset, cte=cte)
    for i, (fname, maintype, subtype, data) in enumerate(attachments):
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    # deterministic boundaries; MIME-Version only on the top-level message
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary("=_c17_%s_%d" % (hashlib.sha1(key.encode()).hexdigest()[:12], n))
            n += 1
    return msg.as_bytes(policy=policy)


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------

FIXED_ZIP_TIME = (2019, 6, 1, 12, 0, 0)


def _normalise_zip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _docx_base(author, when):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    return d


def _docx_save(d, when):
    bio = io.BytesIO()
    d.save(bio)
    return _normalise_zip(bio.getvalue(), (when.year, when.month, when.day, when.hour, when.minute, 0))


def docx_letter(spec, desc):
    """spec: author, when (datetime), letterhead [lines], blocks: list of
    items; an item is a string (paragraph, "\n" = line break), "{DESC}",
    ("right", text), ("bold", text)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    when = spec["when"]
    d = _docx_base(spec["author"], when)
    for i, line in enumerate(spec["letterhead"]):
        p = d.add_paragraph()
        r = p.add_run(line)
        if i == 0:
            r.bold = True
            r.font.size = Pt(14)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    for item in spec["blocks"]:
        if item == "{DESC}":
            for b in desc:
                if b[0] == "p":
                    d.add_paragraph(b[1])
                else:
                    for it in b[1]:
                        d.add_paragraph(it, style="List Bullet")
            continue
        if isinstance(item, tuple):
            kind, text = item
            p = d.add_paragraph()
            r = p.add_run(text)
            if kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif kind == "bold":
                r.bold = True
            continue
        lines = item.split("\n")
        p = d.add_paragraph()
        for j, ln in enumerate(lines):
            r = p.add_run(ln)
            if j < len(lines) - 1:
                r.add_break()
    return _docx_save(d, when)


def docx_form(spec, desc):
    """spec: author, when, title, intro [paragraphs], rows [(label, value)]
    where value may be "{DESC}" or "" (empty box), footer [paragraphs]."""
    from docx.shared import Pt, Cm
    when = spec["when"]
    d = _docx_base(spec["author"], when)
    h = d.add_paragraph()
    r = h.add_run(spec["title"])
    r.bold = True
    r.font.size = Pt(15)
    for t in spec.get("intro", []):
        d.add_paragraph(t)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in spec["rows"]:
        cells = table.add_row().cells
        cells[0].width = Cm(5)
        cells[1].width = Cm(11)
        lp = cells[0].paragraphs[0]
        lr = lp.add_run(label)
        lr.bold = True
        if value == "{DESC}":
            first = True
            for b in desc:
                texts = [b[1]] if b[0] == "p" else [b[2] + it for it in b[1]]
                for t in texts:
                    if first:
                        cells[1].paragraphs[0].add_run(t)
                        first = False
                    else:
                        cells[1].add_paragraph(t)
        elif value == "{EMPTY}":
            for _ in range(5):
                cells[1].add_paragraph("")
        else:
            lines = value.split("\n")
            cells[1].paragraphs[0].add_run(lines[0])
            for ln in lines[1:]:
                cells[1].add_paragraph(ln)
    for t in spec.get("footer", []):
        d.add_paragraph(t)
    return _docx_save(d, when)


def docx_table_only(spec):
    """A budget sheet: title, optional subtitle lines, a table with a header
    row and data rows, optional notes."""
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    when = spec["when"]
    d = _docx_base(spec["author"], when)
    h = d.add_paragraph()
    r = h.add_run(spec["title"])
    r.bold = True
    r.font.size = Pt(14)
    for t in spec.get("subtitle", []):
        d.add_paragraph(t)
    table = d.add_table(rows=0, cols=len(spec["header"]))
    table.style = "Table Grid"
    cells = table.add_row().cells
    for c, t in zip(cells, spec["header"]):
        c.paragraphs[0].add_run(t).bold = True
    for row in spec["rows"]:
        bold = row[0].startswith("*")
        cells = table.add_row().cells
        for k, (c, t) in enumerate(zip(cells, row)):
            t = t.lstrip("*") if k == 0 else t
            run = c.paragraphs[0].add_run(t)
            run.bold = bold
            if k > 0:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t in spec.get("notes", []):
        d.add_paragraph(t)
    return _docx_save(d, when)


# ---------------------------------------------------------------------------
# PDF letter (reportlab platypus, invariant)
# ---------------------------------------------------------------------------


def pdf_letter(spec, desc):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, ListFlowable, ListItem
    from reportlab.lib.enums import TA_RIGHT
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title=spec.get("title", ""), author=spec["author"], creator="", producer="")
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=13, spaceAfter=2)
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold")
    esc = lambda s: html.escape(s, quote=False).replace("\n", "<br/>")
    story = []
    for i, line in enumerate(spec["letterhead"]):
        story.append(Paragraph(esc(line), head if i == 0 else small))
    story.append(Spacer(1, 18))
    for item in spec["blocks"]:
        if item == "{DESC}":
            for b in desc:
                if b[0] == "p":
                    story.append(Paragraph(esc(b[1]), body))
                else:
                    story.append(ListFlowable([ListItem(Paragraph(esc(it), body)) for it in b[1]],
                                              bulletType="bullet", start="\u2022"))
            continue
        if isinstance(item, tuple):
            kind, text = item
            story.append(Paragraph(esc(text), right if kind == "right" else bold))
            continue
        story.append(Paragraph(esc(item), body))
    doc.build(story)
    return bio.getvalue()


# ---------------------------------------------------------------------------
# fillable PDF form: a small hand-written PDF writer (AcroForm text fields
# with their own appearance streams, values stored as UTF-16 strings)
# ---------------------------------------------------------------------------


def _pdf_str(s):
    """Literal string in WinAnsi for content streams."""
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _pdf_ustr(s):
    return b"<" + ("feff" + s.encode("utf-16-be").hex()).upper().encode() + b">"


def _wrap(text, font, size, width):
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


def pdf_form(spec):
    """spec: title, subtitle [lines], author, rows: list of dicts
    {label, name, value, lines (box height in text lines, default 1)},
    footer [lines]. Returns PDF bytes."""
    W, H = 595, 842
    objs = {}   # num -> bytes

    def stream_obj(dict_entries, data):
        return b"<< " + dict_entries + b" /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"

    FONT, FONTB = 5, 6
    objs[FONT] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /Name /Helv >>"
    objs[FONTB] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding /Name /HeBo >>"
    content = []
    y = H - 60
    content.append(b"BT /HeBo 15 Tf 50 %d Td " % y + _pdf_str(spec["title"]) + b" Tj ET")
    y -= 20
    for line in spec.get("subtitle", []):
        content.append(b"BT /Helv 9.5 Tf 50 %d Td " % y + _pdf_str(line) + b" Tj ET")
        y -= 13
    y -= 12
    next_num = 7
    annots = []
    fsize = 10
    lead = 12.5
    label_w = 150
    box_x = 50 + label_w
    box_w = W - 50 - box_x
    for row in spec["rows"]:
        nlines = row.get("lines", 1)
        box_h = nlines * lead + 8
        top = y
        # label (may wrap on two lines)
        ly = top - 13
        for ln in _wrap(row["label"], "Helvetica-Bold", 9.5, label_w - 8):
            content.append(b"BT /HeBo 9.5 Tf 50 %.1f Td " % ly + _pdf_str(ln) + b" Tj ET")
            ly -= 11.5
        rect = (box_x, top - box_h, box_x + box_w, top)
        content.append(b"0.6 G 0.5 w %.1f %.1f %.1f %.1f re S 0 G" % (rect[0], rect[1], box_w, box_h))
        # appearance stream
        value = row.get("value", "")
        ap = [b"/Tx BMC q 1 1 %.1f %.1f re W n" % (box_w - 2, box_h - 2)]
        if value:
            lines = _wrap(value, "Helvetica", fsize, box_w - 8)
            ap.append(b"BT /Helv %d Tf 0 g %.1f TL 4 %.1f Td" % (fsize, lead, box_h - 4 - fsize))
            for i, ln in enumerate(lines):
                ap.append((b"" if i == 0 else b"T* ") + _pdf_str(ln) + b" Tj")
            ap.append(b"ET")
        ap.append(b"Q EMC")
        ap_data = b"\n".join(ap)
        ap_num = next_num
        next_num += 1
        objs[ap_num] = stream_obj(b"/Type /XObject /Subtype /Form /BBox [0 0 %.1f %.1f] /Resources << /Font << /Helv %d 0 R >> >>" % (box_w, box_h, FONT), ap_data)
        f_num = next_num
        next_num += 1
        ff = 4096 if nlines > 1 else 0
        objs[f_num] = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /P 3 0 R"
                       + b" /T " + _pdf_str(row["name"]) + b" /TU " + _pdf_ustr(row["label"])
                       + b" /V " + _pdf_ustr(value)
                       + b" /Ff %d" % ff
                       + b" /Rect [%.1f %.1f %.1f %.1f]" % rect
                       + b" /DA (/Helv %d Tf 0 g) /MK << /BC [0.6 0.6 0.6] >>" % fsize
                       + b" /AP << /N %d 0 R >> >>" % ap_num)
        annots.append(f_num)
        y = top - box_h - 8
    y -= 10
    for line in spec.get("footer", []):
        content.append(b"BT /Helv 9 Tf 50 %.1f Td " % y + _pdf_str(line) + b" Tj ET")
        y -= 12
    cdata = b"\n".join(content)
    objs[4] = stream_obj(b"", cdata)
    refs = b" ".join(b"%d 0 R" % n for n in annots)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [" + refs + b"] /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv %d 0 R >> >> >> >>" % FONT
    objs[2] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    objs[3] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R" % (W, H)
               + b" /Resources << /Font << /Helv %d 0 R /HeBo %d 0 R >> >> /Annots [" % (FONT, FONTB) + refs + b"] >>")
    info_num = next_num
    objs[info_num] = b"<< /Title " + _pdf_ustr(spec["title"]) + b" /Author " + _pdf_ustr(spec["author"]) + b" >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in range(1, info_num + 1):
        offsets[n] = out.tell()
        out.write(b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (info_num + 1))
    out.write(b"0000000000 65535 f \n")
    for n in range(1, info_num + 1):
        out.write(b"%010d 00000 n \n" % offsets[n])
    fid = hashlib.md5(objs[4]).hexdigest().encode()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (info_num + 1, info_num, fid, fid, xref))
    return out.getvalue()
