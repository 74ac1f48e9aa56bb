"""PDF attachments: flat forms filled with annotations, fillable forms filled
partly in widgets, forms typed over and re-exported, word-processor exports."""
import io
import random
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (DictionaryObject, NameObject, TextStringObject, ArrayObject,
                           FloatObject, NumberObject, DecodedStreamObject, BooleanObject)

from common import A, LABELS, doc_title

W, H = A4
PALETTE = [(0.05, 0.35, 0.55), (0.55, 0.1, 0.2), (0.1, 0.45, 0.25), (0.35, 0.2, 0.5),
           (0.8, 0.45, 0.05), (0.2, 0.2, 0.2), (0.0, 0.5, 0.5)]
FONTS = [("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"),
         ("Courier", "Courier-Bold"), ("Helvetica", "Helvetica-Oblique")]


def _canvas(buf, c, creator):
    cv = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    cv.setCreator(creator)
    cv.setTitle(doc_title_cache.get(c["idx"], "Formulier"))
    cv.setAuthor("Partons 2.0" if creator != "user" else f"{c['first']} {c['last']}")
    return cv


doc_title_cache = {}


# ------------------------------------------------------------ flat form
class FlatForm:
    """Draws an empty application form and records the answer slots.

    slot = (page, x, y_baseline, width, nlines, line_gap)
    """

    def __init__(self, c, rng, style):
        self.c, self.rng, self.style = c, rng, style
        self.col = rng.choice(PALETTE)
        self.font, self.bold = rng.choice(FONTS[:3] if style != "boxes" else FONTS[:2])
        self.lsize = rng.choice([9, 9.5, 10, 10.5])
        self.slots = {}
        self.title = doc_title(c, rng)
        doc_title_cache[c["idx"]] = self.title
        self.page = 0

    def header(self, cv):
        c, col = self.c, self.col
        band = self.rng.random() < 0.6 if self.page == 0 else True
        if self.page == 0:
            if band:
                cv.setFillColorRGB(*col)
                cv.rect(0, H - 70, W, 70, fill=1, stroke=0)
                cv.setFillColorRGB(1, 1, 1)
            else:
                cv.setFillColorRGB(*col)
            cv.setFont(self.bold, 15)
            cv.drawString(40, H - 40, self.title)
            cv.setFont(self.font, 8.5)
            sub = ("Projectenoproep voor leefbare dorpen en buurten – Westhoek & Noord-Frankrijk. "
                   "Indienen vóór 16 juni 2019 bij Jonas Polin, Woumenweg 100, 8600 Diksmuide."
                   if c["lang"] == "nl" else
                   "Appel à projets pour des villages et quartiers vivants – Westhoek & Nord. "
                   "À renvoyer avant le 16 juin 2019 à jonas.polin@west-vlaanderen.be")
            for j, ln in enumerate(wrap(sub, W - 80, self.font, 8.5)[:2]):
                cv.drawString(40, H - 54 - j * 10, ln)
            cv.setFillColorRGB(0, 0, 0)
            self.y = H - 100
        else:
            cv.setFillColorRGB(*col)
            cv.setFont(self.bold, 9)
            cv.drawString(40, H - 30, self.title + f"  ({self.page + 1})")
            cv.setFillColorRGB(0, 0, 0)
            self.y = H - 60
        cv.setFont(self.font, 7)
        cv.setFillColorRGB(0.4, 0.4, 0.4)
        cv.drawString(40, 25, "Interreg V France-Wallonie-Vlaanderen – Partons 2.0 – www.partons2-0.eu")
        cv.drawRightString(W - 40, 25, f"p. {self.page + 1}")
        cv.setFillColorRGB(0, 0, 0)

    def need(self, cv, h, fill_cb):
        if self.y - h < 60:
            fill_cb(cv, self.page, self)
            cv.showPage()
            self.page += 1
            self.header(cv)

    def section(self, cv, text, fill_cb):
        self.need(cv, 40, fill_cb)
        self.y -= 8
        cv.setFillColorRGB(*self.col)
        cv.setFont(self.bold, 11.5)
        cv.drawString(40, self.y, text)
        cv.setStrokeColorRGB(*self.col)
        cv.line(40, self.y - 3, W - 40, self.y - 3)
        cv.setFillColorRGB(0, 0, 0)
        cv.setStrokeColorRGB(0, 0, 0)
        self.y -= 22

    def dotted(self, cv, x1, y, x2):
        cv.setDash(1, 2)
        cv.setStrokeColorRGB(0.3, 0.3, 0.3)
        cv.line(x1, y - 2, x2, y - 2)
        cv.setDash()
        cv.setStrokeColorRGB(0, 0, 0)

    def field(self, cv, key, label, nlines, fill_cb, num=None):
        lab = f"{num}. {label}" if num else label
        st = self.style
        if st == "dotted":
            self.need(cv, 20 * nlines + 6, fill_cb)
            cv.setFont(self.font, self.lsize)
            x0 = 215
            if cv.stringWidth(lab + " :", self.font, self.lsize) > 170:
                cv.drawString(40, self.y + 9, lab)
                x0 = 40
                self.y -= 6
            else:
                cv.drawString(40, self.y, lab + (" :" if self.c["lang"] == "fr" else ":"))
            for i in range(nlines):
                xs = x0 if i == 0 else 40
                self.dotted(cv, xs, self.y - i * 20, W - 45)
            self.slots[key] = (self.page, x0 + 2, self.y, W - 50 - x0, nlines, 20)
            self.y -= 20 * nlines + 6
        elif st == "boxes":
            self.need(cv, 16 + 18 * nlines + 8, fill_cb)
            cv.setFont(self.bold, self.lsize - 0.5)
            cv.drawString(40, self.y, lab)
            bh = 18 * nlines
            cv.setStrokeColorRGB(*self.col)
            cv.rect(40, self.y - 6 - bh, W - 80, bh, stroke=1, fill=0)
            cv.setStrokeColorRGB(0, 0, 0)
            self.slots[key] = (self.page, 45, self.y - 19, W - 90, nlines, 18)
            self.y -= bh + 22
        else:  # numbered: question then full-width lines under it
            self.need(cv, 16 + 20 * nlines + 4, fill_cb)
            cv.setFont(self.font, self.lsize)
            cv.drawString(40, self.y, lab)
            for i in range(nlines):
                cv.setLineWidth(0.4)
                cv.line(55, self.y - 18 - i * 20 - 2, W - 45, self.y - 18 - i * 20 - 2)
            self.slots[key] = (self.page, 57, self.y - 18, W - 105, nlines, 20)
            self.y -= 18 + 20 * nlines + 2

    def budget_table(self, cv, label, nrows, fill_cb):
        lang = self.c["lang"]
        self.need(cv, 30 + 18 * (nrows + 1), fill_cb)
        cv.setFont(self.bold, self.lsize)
        cv.drawString(40, self.y, label)
        self.y -= 8
        x1, x2, x3 = 40, 390, W - 40
        top = self.y
        cv.setLineWidth(0.5)
        hdr = ("Kostenpost", "Bedrag") if lang == "nl" else ("Poste de dépense", "Montant")
        for r in range(nrows + 2):
            yy = top - r * 18
            cv.line(x1, yy, x3, yy)
        for xx in (x1, x2, x3):
            cv.line(xx, top, xx, top - 18 * (nrows + 1))
        cv.setFont(self.font, self.lsize - 1)
        cv.drawString(x1 + 4, top - 13, hdr[0])
        cv.drawString(x2 + 4, top - 13, hdr[1])
        for r in range(nrows):
            yy = top - 18 * (r + 1) - 13
            self.slots[f"b{r}l"] = (self.page, x1 + 4, yy, x2 - x1 - 8, 1, 18)
            self.slots[f"b{r}a"] = (self.page, x2 + 4, yy, x3 - x2 - 8, 1, 18)
        self.y = top - 18 * (nrows + 1) - 20


SECTIONS = {
    "nl": [("Gegevens aanvrager", "1"), ("Het project", "2"), ("Financiën", "3"), ("Ondertekening", "4")],
    "fr": [("Coordonnées du porteur", "1"), ("Le projet", "2"), ("Budget", "3"), ("Signature", "4")],
}
SEC_OF = {"org": 0, "contact": 0, "role": 0, "street": 0, "pccity": 0, "phone": 0, "email": 0,
          "chair": 0, "title": 1, "location": 1, "descr": 1, "requested": 2, "total": 2, "own": 2,
          "other": 2, "date": 3}


def build_flat(c, items, rng, style, fill_cb=None, show_budget=True, budget_rows=6):
    """Return (pdf_bytes, form) for the blank form; fill_cb(canvas, page) draws overlays."""
    fill_cb = fill_cb or (lambda cv, p, f: None)
    form = FlatForm(c, rng, style)
    buf = io.BytesIO()
    cv = _canvas(buf, c, "Microsoft® Word 2016" if rng.random() < 0.5 else "Adobe InDesign CC 14.0")
    form.header(cv)
    cur = None
    n = 0
    secno = 0
    numbered = style == "numbered" or rng.random() < 0.3
    numbered_secs = rng.random() < 0.5
    budget_done = False
    for key, label, val in items:
        sec = SEC_OF[key]
        if sec != cur:
            if cur == 2 or (sec == 3 and not budget_done):
                pass
            name, _ = SECTIONS[c["lang"]][sec]
            secno += 1
            form.section(cv, f"{secno}. {name}" if numbered_secs else name.upper(), fill_cb)
            cur = sec
        n += 1
        nl = 4 if key == "descr" else (2 if key in ("other", "chair") else 1)
        form.field(cv, key, label, nl, fill_cb, num=n if numbered else None)
        if key == "requested" and show_budget and not budget_done:
            form.budget_table(cv, c["budget_label"], budget_rows, fill_cb)
            budget_done = True
    if show_budget and not budget_done:
        form.budget_table(cv, c["budget_label"], budget_rows, fill_cb)
    form.need(cv, 50, fill_cb)
    cv.setFont(form.font, 8)
    cv.drawString(40, form.y - 10, "Handtekening:" if c["lang"] == "nl" else "Signature :")
    form.slots["sign"] = (form.page, 120, form.y - 10, 200, 1, 18)
    fill_cb(cv, form.page, form)
    cv.showPage()
    cv.save()
    return buf.getvalue(), form


def wrap(text, width_pt, font, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(), [], ""
    for w_ in words:
        t = (cur + " " + w_).strip()
        if stringWidth(t, font, size) > width_pt and cur:
            lines.append(cur)
            cur = w_
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def answers_for_slots(c, items):
    """key -> text for each slot that should be filled."""
    out = {k: v for k, _, v in items if v}
    if c["total"] is not None:
        for i, (bl, ba) in enumerate(c["budget"]):
            out[f"b{i}l"] = bl
            out[f"b{i}a"] = A(c, ba)
    out["sign"] = f"{c['first']} {c['last']}" if c.get("signer_is_contact", True) else f"{c['other_first']} {c['other_last']}"
    return out


# --------------------------------------------------------- annotations
def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _helv_res(font="Helvetica"):
    f = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                          NameObject("/BaseFont"): NameObject("/" + font),
                          NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    return DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): f})})


def freetext(writer, x, y, w, lines, author, mdate, nm, size=10, rgb=(0, 0, 0),
             typewriter=False, font="Helvetica"):
    lead = size * 1.25
    h = lead * len(lines) + 4
    rect = [x, y - 3 - lead * (len(lines) - 1), x + w, y - 3 - lead * (len(lines) - 1) + h]
    col = " ".join(f"{v:g}" for v in rgb)
    ops = [b"/Tx BMC q BT /Helv %g Tf %s rg %g TL 2 %g Td" % (size, col.encode(), lead, h - size - 1)]
    for i, ln in enumerate(lines):
        ops.append((b"(" + _pdfstr(ln) + b") Tj") if i == 0 else (b"T* (" + _pdfstr(ln) + b") Tj"))
    ops.append(b"ET Q EMC")
    ap = DecodedStreamObject()
    ap.set_data(b"\n".join(ops))
    ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
               NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)]),
               NameObject("/Resources"): _helv_res(font)})
    apref = writer._add_object(ap)
    d = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in rect]),
        NameObject("/Contents"): TextStringObject("\r".join(lines)),
        NameObject("/DA"): TextStringObject(f"/Helv {size:g} Tf {col} rg"),
        NameObject("/F"): NumberObject(4), NameObject("/T"): TextStringObject(author),
        NameObject("/M"): TextStringObject(mdate), NameObject("/NM"): TextStringObject(nm),
        NameObject("/BS"): DictionaryObject({NameObject("/W"): NumberObject(0)}),
        NameObject("/Q"): NumberObject(0),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): apref}),
    })
    if typewriter:
        d[NameObject("/IT")] = NameObject("/FreeTextTypewriter")
    return d


def sticky(x, y, text, author, mdate, nm, rgb=(1, 0.82, 0.2)):
    return DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
        NameObject("/Rect"): ArrayObject([FloatObject(x), FloatObject(y), FloatObject(x + 20), FloatObject(y + 20)]),
        NameObject("/Contents"): TextStringObject(text), NameObject("/T"): TextStringObject(author),
        NameObject("/M"): TextStringObject(mdate), NameObject("/NM"): TextStringObject(nm),
        NameObject("/Name"): NameObject("/Comment"), NameObject("/Open"): BooleanObject(False),
        NameObject("/F"): NumberObject(28),
        NameObject("/C"): ArrayObject([FloatObject(v) for v in rgb]),
    })


def _mdate(c):
    y, m, d, hh, mm_ = c["date"]
    hh2 = max(7, hh - 1)
    return f"D:{y}{m:02d}{d:02d}{hh2:02d}{mm_:02d}00+02'00'"


def annotate(pdf, adds, c, producer):
    """adds: list of (page, annot_dict_or_factory)."""
    w = PdfWriter(clone_from=io.BytesIO(pdf))
    for page_no, fac in adds:
        annot = fac(w) if callable(fac) else fac
        ref = w._add_object(annot)
        page = w.pages[page_no]
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        annot[NameObject("/P")] = page.indirect_reference
    w.add_metadata({"/Producer": producer, "/ModDate": _mdate(c)})
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


# ------------------------------------------------------------ techniques
def pdf_flat_freetext(c, items, rng, typewriter=False):
    """Flat form, answers added with a viewer's Fill & Sign / add-text tool."""
    style = rng.choice(["dotted", "numbered", "boxes"]) if not typewriter else rng.choice(["dotted", "numbered"])
    pdf, form = build_flat(c, items, rng, style, show_budget=c["total"] is not None,
                           budget_rows=max(5, len(c["budget"]) + rng.randrange(0, 3)))
    ans = answers_for_slots(c, items)
    author = c["first"] if rng.random() < 0.5 else f"{c['other_first']} {c['other_last']}"
    md = _mdate(c)
    adds = []
    size = rng.choice([9, 10, 11])
    rgb = (0, 0, 0) if rng.random() < 0.6 else (0.1, 0.1, 0.6)
    keys = [k for k in ans if k in form.slots]
    rng.shuffle(keys)  # annotations are created in the order the user clicked
    for i, k in enumerate(keys):
        page, x, y, w, nl, gap = form.slots[k]
        lines = wrap(ans[k], w, "Helvetica", size) if nl > 1 else [ans[k]]
        dx = rng.uniform(-3, 6)
        dy = rng.uniform(0, 3)
        adds.append((page, (lambda x=x + dx, y=y + dy, w=w, lines=lines, i=i:
                            (lambda wr: freetext(wr, x, y, w, lines, author, md, f"fs-{c['idx']}-{i}", size, rgb, typewriter)))()))
    return annotate(pdf, adds, c, rng.choice(["Adobe Acrobat Reader DC 19.12.20034", "Adobe Acrobat Reader DC 19.10.20069"]))


def pdf_flat_sticky(c, items, rng):
    """Flat form: most answers typed with add-text, the money part in sticky notes."""
    pdf, form = build_flat(c, items, rng, rng.choice(["dotted", "boxes"]), show_budget=c["total"] is not None)
    ans = answers_for_slots(c, items)
    lang = c["lang"]
    md = _mdate(c)
    author = f"{c['first']} {c['last']}"
    adds = []
    money = ["requested", "total", "own", "other"]
    note_keys = [k for k in money if k in ans]
    i = 0
    for k, v in ans.items():
        if k not in form.slots or k in note_keys or (k.startswith("b") and k[1:-1].isdigit()):
            continue
        page, x, y, w, nl, gap = form.slots[k]
        lines = wrap(v, w, "Helvetica", 10) if nl > 1 else [v]
        adds.append((page, (lambda x=x, y=y, w=w, lines=lines, i=i: (lambda wr: freetext(wr, x, y, w, lines, author, md, f"ft-{c['idx']}-{i}")))()))
        i += 1
    # one sticky with the money answers, placed next to the "requested" line
    lab = {k: l for k, l, _ in items}
    txt = "\n".join(f"{lab[k]}: {ans[k]}" for k in note_keys)
    if c["total"] is not None:
        txt += "\n\n" + ("Begroting:" if lang == "nl" else "Détail :") + "\n" + "\n".join(
            f"- {bl}: {A(c, ba)}" for bl, ba in c["budget"])
    txt += "\n" + ("(lukte niet om in de vakjes te typen)" if lang == "nl" else "(impossible d'écrire dans les cases)")
    page, x, y, w, nl, gap = form.slots["requested"]
    adds.append((page, sticky(W - 38, y - 4, txt, author, md, f"st-{c['idx']}")))
    return annotate(pdf, adds, c, "Foxit Reader 9.5")


def _acro_form(c, items, rng, filled_keys, style):
    """Fillable form: widgets for every field; only filled_keys get a value."""
    ans = answers_for_slots(c, items)
    done = set()

    def fill_cb(cv, page, form):
        for k, (p, x, y, w, nl, gap) in list(form.slots.items()):
            if p != page or k in done:
                continue
            done.add(k)
            h = gap * nl - 2
            kw = dict(name=k, tooltip=k, x=x - 2, y=y - 4 - gap * (nl - 1),
                      width=w, height=h if nl > 1 else 15, value="", fontName="Helvetica",
                      fontSize=9 if nl > 1 else 10, borderWidth=0, fillColor=colors.Color(0.9, 0.93, 1),
                      textColor=colors.black, forceBorder=False, maxlen=2000)
            if nl > 1:
                kw["fieldFlags"] = "multiline"
            cv.acroForm.textfield(**kw)

    pdf, form = build_flat(c, items, rng, style, fill_cb=fill_cb, show_budget=c["total"] is not None)
    # the viewer puts the typed values in the widgets (reportlab cannot encode € in appearances)
    w = PdfWriter(clone_from=io.BytesIO(pdf))
    for pno, page in enumerate(w.pages):
        vals = {k: ans[k] for k, s in form.slots.items() if s[0] == pno and k in filled_keys and k in ans}
        if vals:
            w.update_page_form_field_values(page, vals, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue(), form, ans


def pdf_acro_mixed(c, items, rng, extra="freetext"):
    """Fillable PDF: some answers in the widgets, the rest as added text or sticky notes."""
    ans_keys = [k for k, _, v in items if v]
    # the long/awkward answers did not fit in the widgets
    troublesome = {"descr", "other", "chair", "email", "pccity"}
    pick_out = [k for k in ans_keys if k in troublesome or rng.random() < 0.25]
    if "title" not in pick_out and rng.random() < 0.5:
        pick_out.append("title")
    filled = set(k for k in ans_keys if k not in pick_out)
    filled |= {f"b{i}l" for i in range(len(c["budget"]))} | {f"b{i}a" for i in range(len(c["budget"]))} | {"sign"}
    if extra == "sticky" and c["total"] is not None:
        filled -= {f"b{i}a" for i in range(len(c["budget"]))}
    style = rng.choice(["dotted", "boxes", "numbered"])
    pdf, form, ans = _acro_form(c, items, rng, filled, style)
    md = _mdate(c)
    author = f"{c['first']} {c['last']}" if rng.random() < 0.6 else "Gebruiker"
    adds = []
    lab = {k: l for k, l, _ in items}
    for i, k in enumerate(pick_out):
        page, x, y, w, nl, gap = form.slots[k]
        if extra == "freetext" or (extra == "sticky" and k in ("descr", "title")):
            lines = wrap(ans[k], w, "Helvetica", 9) if nl > 1 else [ans[k]]
            adds.append((page, (lambda x=x, y=y, w=w, lines=lines, i=i: (lambda wr: freetext(wr, x + 1, y + 1, w, lines, author, md, f"mx-{c['idx']}-{i}", 9, (0.0, 0.0, 0.55))))()))
        else:
            adds.append((page, sticky(W - 36, y - 6, f"{lab[k]}: {ans[k]}", author, md, f"sn-{c['idx']}-{i}")))
    if extra == "sticky" and c["total"] is not None:
        page, x, y, w, nl, gap = form.slots["b0a"]
        txt = ("Bedragen per post:\n" if c["lang"] == "nl" else "Montants par poste :\n") + "\n".join(
            f"{bl} = {A(c, ba)}" for bl, ba in c["budget"])
        adds.append((page, sticky(W - 36, y, txt, author, md, f"sb-{c['idx']}")))
    return annotate(pdf, adds, c, "Adobe Acrobat Reader DC 19.12.20034")


def pdf_acro_full(c, items, rng):
    """Fillable PDF with every answer in its widget; one remark as sticky note."""
    filled = set(k for k, _, v in items if v) | {f"b{i}{s}" for i in range(len(c["budget"])) for s in "la"} | {"sign"}
    pdf, form, ans = _acro_form(c, items, rng, filled, rng.choice(["boxes", "dotted"]))
    note = ("Opgelet: onze vereniging heeft nog geen ondernemingsnummer, dat volgt."
            if c["lang"] == "nl" else "NB : notre association est en cours de déclaration en préfecture.")
    page, x, y, w, nl, gap = form.slots["org"] if "org" in form.slots else form.slots["contact"]
    return annotate(pdf, [(page, sticky(W - 36, y, note, f"{c['first']} {c['last']}", _mdate(c), f"n-{c['idx']}"))],
                    c, "Nitro Pro 12")


# --------------------------------------------------------- pdf_letter
def pdf_overlay(c, items, rng, courier=False):
    """Form printed/re-exported with the answers typed over it in another colour:
    the answers are page text, written after the form on each page."""
    ans = answers_for_slots(c, items)
    font = "Courier" if courier else rng.choice(["Helvetica", "Times-Roman"])
    size = 10 if not courier else 9.5
    rgb = rng.choice([(0, 0, 0.75), (0.1, 0.3, 0.8), (0.6, 0, 0)])
    dy = rng.choice([0, 1, 2.5])

    def fill_cb(cv, page, form):
        cv.setFillColorRGB(*rgb)
        for k, (p, x, y, w, nl, gap) in form.slots.items():
            if p != page or k not in ans or k in drawn:
                continue
            drawn.add(k)
            lines = wrap(ans[k], w, font, size) if nl > 1 else [ans[k]]
            t = cv.beginText(x + 1, y + dy)
            t.setFont(font, size)
            t.setLeading(gap)
            for ln in lines[:nl + 1]:
                t.textLine(ln)
            cv.drawText(t)
        cv.setFillColorRGB(0, 0, 0)

    drawn = set()
    pdf, form = build_flat(c, items, rng, rng.choice(["dotted", "numbered"]) if not courier else "boxes",
                           fill_cb=fill_cb, show_budget=c["total"] is not None)
    return pdf


def pdf_wordprocessor(c, items, rng):
    """Form retyped in a word processor: label, then answer in the running text."""
    buf = io.BytesIO()
    font, bold = rng.choice(FONTS[:2])
    col = colors.Color(*rng.choice(PALETTE))
    title = doc_title(c, rng)
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=title, author=f"{c['first']} {c['last']}",
                            creator="Writer", producer="LibreOffice 6.0")
    st_t = ParagraphStyle("t", fontName=bold, fontSize=14, leading=18, textColor=col, spaceAfter=8)
    st_l = ParagraphStyle("l", fontName=bold, fontSize=10, leading=13, spaceBefore=6)
    st_v = ParagraphStyle("v", fontName=font, fontSize=10.5, leading=14, leftIndent=rng.choice([0, 12]))
    st_s = ParagraphStyle("s", fontName=font, fontSize=8.5, leading=11, textColor=colors.grey)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    story = [Paragraph(esc(title), st_t),
             Paragraph(esc("Deadline: 16 juni 2019 – jonas.polin@west-vlaanderen.be" if c["lang"] == "nl"
                           else "Date limite : 16 juin 2019 – jonas.polin@west-vlaanderen.be"), st_s), Spacer(1, 8)]
    inline = rng.random() < 0.5
    for i, (k, label, v) in enumerate(items):
        if inline and k != "descr":
            story.append(Paragraph(f"<font name='{bold}'>{esc(label)}:</font> {esc(v) if v else '……………………'}", st_v))
        else:
            story.append(Paragraph(esc(label), st_l))
            story.append(Paragraph(esc(v) if v else "……………………………………", st_v))
        if k == "requested" and c["total"] is not None:
            story.append(Paragraph(esc(c["budget_label"]), st_l))
            data = [[bl, A(c, ba)] for bl, ba in c["budget"]]
            t = Table(data, colWidths=[110 * mm, 40 * mm])
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
            story.append(t)
    story.append(Spacer(1, 14))
    story.append(Paragraph(esc(f"{c['first']} {c['last']}"), st_v))
    doc.build(story)
    return buf.getvalue()


def pdf_table_letter(c, items, rng):
    """Form as a two-column table (question | answer), exported from a word processor."""
    buf = io.BytesIO()
    font, bold = rng.choice(FONTS[:2])
    col = colors.Color(*rng.choice(PALETTE))
    title = doc_title(c, rng)
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title=title, creator="Microsoft® Word 2013",
                            producer="Microsoft® Word 2013")
    st_t = ParagraphStyle("t", fontName=bold, fontSize=13, leading=16, textColor=col, spaceAfter=10)
    st_c = ParagraphStyle("c", fontName=font, fontSize=9.5, leading=12)
    st_a = ParagraphStyle("a", fontName=rng.choice(["Helvetica", "Times-Roman", "Courier"]), fontSize=9.5, leading=12,
                          textColor=colors.Color(0, 0, 0.5) if rng.random() < 0.5 else colors.black)
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    story = [Paragraph(esc(title), st_t)]
    data = []
    for k, label, v in items:
        data.append([Paragraph(esc(label), st_c), Paragraph(esc(v), st_a)])
    if c["total"] is not None:
        data.append([Paragraph(esc(c["budget_label"]), st_c),
                     Paragraph("<br/>".join(esc(f"{bl}: {A(c, ba)}") for bl, ba in c["budget"]), st_a)])
    t = Table(data, colWidths=[62 * mm, 110 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.95, 0.97))]))
    story.append(t)
    doc.build(story)
    return buf.getvalue()
