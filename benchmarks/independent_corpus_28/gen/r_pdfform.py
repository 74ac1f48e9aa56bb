"""Fillable PDF (AcroForm) forms: reportlab draws the blank form, pypdf fills it in."""
import io
import re

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DictionaryObject, NameObject, TextStringObject,
                           NumberObject)


# ------------------------------------------------------------ naming schemes
class Namer:
    """Widget names as real authoring tools leave them."""

    def __init__(self, scheme, start=1):
        self.scheme = scheme
        self.n = start - 1
        self.nc = start - 1
        self.seen = {}
        self.page = 1

    def _acro(self, label):
        base = re.sub(r"[^\w ]", "", (label or "").replace("\n", " "), flags=re.U).strip()
        base = " ".join(base.split()[:4]) or "undefined"
        k = self.seen.get(base, 0) + 1
        self.seen[base] = k
        return base if k == 1 else f"{base}_{k}"

    def text(self, label=None):
        self.n += 1
        s, n = self.scheme, self.n
        if s == "Text":
            return f"Text{n}"
        if s == "Champ":
            return f"Champ{n}"
        if s == "fill":
            return f"fill_{n}"
        if s == "Tekstvak":
            return f"Tekstvak {n}"
        if s == "Zone":
            return f"Zone de texte {n}"
        if s == "ChampTexte":
            return f"Champ de texte {n}"
        if s == "acrobat":
            return self._acro(label)
        if s == "xfa":
            return f"topmostSubform[0].Page{self.page}[0].Field{n}[0]"
        if s == "xfa2":
            return f"form1[0].#subform[{self.page - 1}].TextField{n}[0]"
        raise ValueError(s)

    def check(self, label=None):
        self.nc += 1
        s, n = self.scheme, self.nc
        return {
            "Text": f"Check Box{n}", "Champ": f"Case{n}", "fill": f"check_{n}",
            "Tekstvak": f"Selectievakje {n}", "Zone": f"Case à cocher {n}",
            "ChampTexte": f"Case à cocher {n}",
            "acrobat": None, "xfa": f"topmostSubform[0].Page{self.page}[0].CheckBox{n}[0]",
            "xfa2": f"form1[0].#subform[{self.page - 1}].CheckBox{n}[0]",
        }[s] or self._acro("Check Box")


# ------------------------------------------------------------ the form
class PdfForm:
    def __init__(self, *, naming="Text", font="Helvetica", bold="Helvetica-Bold", size=9,
                 label_w=150, ml=48, mr=48, top=60, bottom=50, border="solid",
                 fill=None, border_color="#000000", head="bar", head_color="#1F4E79",
                 row_h=17, gap=6, header=None, footer=None, title=None, author=None,
                 subject=None, creator=None, field_font="Helvetica", field_size=9,
                 label_pos="left", tooltips=True, start=1):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4)
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        if subject:
            self.c.setSubject(subject)
        if creator:
            self.c.setCreator(creator)
        self.W, self.H = A4
        self.ml, self.mr, self.top, self.bottom = ml, mr, top, bottom
        self.font, self.bold, self.size = font, bold, size
        self.label_w = label_w
        self.names = Namer(naming, start)
        self.values = {}
        self.border = border
        self.fill = HexColor(fill) if fill else None
        self.bcolor = HexColor(border_color)
        self.head = head
        self.hcolor = HexColor(head_color)
        self.row_h = row_h
        self.gap = gap
        self.header = header
        self.footer = footer
        self.ffont, self.fsize = field_font, field_size
        self.label_pos = label_pos
        self.tooltips = tooltips
        self.page = 1
        self.secno = 0
        self.y = self.H - top
        if header:
            header(self, True)

    # -------------------------------------------------- page handling
    @property
    def x1(self):
        return self.W - self.mr

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def newpage(self):
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.page += 1
        self.names.page = self.page
        self.y = self.H - self.top
        if self.header:
            self.header(self, False)

    def space(self, h=8):
        self.y -= h

    # -------------------------------------------------- printed text
    def text(self, x, y, s, font=None, size=None, color=black):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.font, size or self.size)
        c.drawString(x, y, s)
        c.setFillColor(black)

    def wrap(self, s, width, font=None, size=None):
        return simpleSplit(s, font or self.font, size or self.size, width)

    def para(self, s, size=None, font=None, indent=0, color=black, lead=1.3):
        size = size or self.size - 0.5
        font = font or self.font
        lines = []
        for chunk in s.split("\n"):
            lines += self.wrap(chunk, self.x1 - self.ml - indent, font, size) or [""]
        for ln in lines:
            self.need(size * lead + 2)
            self.y -= size * lead
            self.text(self.ml + indent, self.y, ln, font, size, color)
        self.y -= 3

    def heading(self, s, numbered=False):
        self.secno += 1
        if numbered:
            s = numbered.format(n=self.secno) + s
        self.need(40)
        self.y -= 8
        c = self.c
        if self.head == "bar":
            c.setFillColor(self.hcolor)
            c.rect(self.ml, self.y - 16, self.x1 - self.ml, 16, stroke=0, fill=1)
            self.text(self.ml + 5, self.y - 12, s, self.bold, self.size + 1.5, white)
            self.y -= 24
        elif self.head == "underline":
            self.text(self.ml, self.y - 12, s, self.bold, self.size + 2, self.hcolor)
            c.setStrokeColor(self.hcolor)
            c.setLineWidth(1)
            c.line(self.ml, self.y - 15, self.x1, self.y - 15)
            c.setStrokeColor(black)
            self.y -= 24
        elif self.head == "box":
            c.setStrokeColor(black)
            c.setFillColor(HexColor("#E7E6E6"))
            c.rect(self.ml, self.y - 17, self.x1 - self.ml, 17, stroke=1, fill=1)
            self.text(self.ml + 4, self.y - 12, s.upper(), self.bold, self.size, black)
            self.y -= 25
        elif self.head == "left":
            c.setFillColor(self.hcolor)
            c.rect(self.ml, self.y - 16, 4, 16, stroke=0, fill=1)
            self.text(self.ml + 10, self.y - 12, s, self.bold, self.size + 2, self.hcolor)
            self.y -= 24
        else:  # plain bold
            self.text(self.ml, self.y - 12, s, self.bold, self.size + 1)
            self.y -= 20

    # -------------------------------------------------- widgets
    def _tf(self, name, x, y, w, h, value, tip=None, multiline=False, comb=None):
        kw = dict(name=name, x=x, y=y, width=w, height=h, value="",
                  fontName=self.ffont, fontSize=self.fsize, borderColor=self.bcolor,
                  borderWidth=1, textColor=black, forceBorder=True)
        if self.fill is not None:
            kw["fillColor"] = self.fill
        else:
            kw["fillColor"] = None
        kw["borderStyle"] = self.border
        if tip and self.tooltips:
            kw["tooltip"] = tip
        flags = []
        if multiline:
            flags.append("multiline")
        if comb:
            flags.append("comb")
            kw["maxlen"] = comb
        if flags:
            kw["fieldFlags"] = " ".join(flags)
        self.c.acroForm.textfield(**kw)
        if value not in (None, ""):
            self.values[name] = value

    def _cb(self, name, x, y, size, checked, tip=None, style="check"):
        kw = dict(name=name, x=x, y=y, size=size, checked=False, buttonStyle=style,
                  borderColor=self.bcolor, fillColor=white, borderWidth=1, forceBorder=True)
        if tip and self.tooltips:
            kw["tooltip"] = tip
        self.c.acroForm.checkbox(**kw)
        if checked:
            self.values[name] = "/Yes"

    def field(self, label, value, lines=1, pos=None, width=None, tip=None, name=None,
              comb=None, label_w=None, note=None, x=None):
        """One label + one box. pos: left | above | below | tooltip | dots."""
        pos = pos or self.label_pos
        lw = label_w or self.label_w
        x0 = self.ml if x is None else x
        h = self.row_h if lines == 1 else lines * (self.fsize + 2.5) + 4
        name = name or self.names.text(label)
        tip = tip if tip is not None else label
        if pos in ("left", "dots"):
            llines = self.wrap(label, lw - 6)
            hh = max(h, len(llines) * (self.size + 2))
            self.need(hh + self.gap)
            ty = self.y - (self.size + 2)
            for ln in llines:
                self.text(x0, ty - 2, ln)
                ty -= self.size + 2
            if pos == "dots":
                lastw = self.c.stringWidth(llines[-1], self.font, self.size)
                self.c.setDash(1, 2)
                self.c.line(x0 + lastw + 3, ty + self.size, x0 + lw - 4, ty + self.size)
                self.c.setDash()
            w = width or (self.x1 - x0 - lw)
            self._tf(name, x0 + lw, self.y - h, w, h, value, tip, lines > 1, comb)
            self.y -= hh + self.gap
        elif pos == "above":
            llines = self.wrap(label, (width or self.x1 - x0))
            self.need(h + self.gap + len(llines) * (self.size + 2) + 2)
            for ln in llines:
                self.y -= self.size + 2
                self.text(x0, self.y, ln)
            self.y -= 3
            w = width or (self.x1 - x0)
            self._tf(name, x0, self.y - h, w, h, value, tip, lines > 1, comb)
            self.y -= h + self.gap
        elif pos == "below":
            self.need(h + self.gap + self.size + 6)
            w = width or (self.x1 - x0)
            self._tf(name, x0, self.y - h, w, h, value, tip, lines > 1, comb)
            self.y -= h + self.size
            self.text(x0 + 1, self.y, label, self.font, self.size - 1.5, HexColor("#444444"))
            self.y -= self.gap + 2
        elif pos == "tooltip":
            self.need(h + self.gap)
            w = width or (self.x1 - x0)
            self._tf(name, x0, self.y - h, w, h, value, tip, lines > 1, comb)
            self.y -= h + self.gap
        if note:
            self.para(note, size=self.size - 2, color=HexColor("#555555"))
        return name

    def row(self, specs, pos=None, h=None):
        """Several fields side by side. specs: (label, value, frac[, kw])."""
        pos = pos or self.label_pos
        h = h or self.row_h
        total = self.x1 - self.ml
        gap = 8
        x = self.ml
        if pos == "above":
            self.need(h + self.gap + self.size + 6)
            ly = self.y - self.size - 2
            for sp in specs:
                label, value, frac = sp[:3]
                kw = sp[3] if len(sp) > 3 else {}
                w = total * frac - gap
                self.text(x, ly, label)
                name = kw.get("name") or self.names.text(label)
                self._tf(name, x, ly - 4 - h, w, h, value, kw.get("tip", label), comb=kw.get("comb"))
                x += total * frac
            self.y = ly - 4 - h - self.gap
        elif pos == "below":
            self.need(h + self.gap + self.size + 6)
            for sp in specs:
                label, value, frac = sp[:3]
                kw = sp[3] if len(sp) > 3 else {}
                w = total * frac - gap
                name = kw.get("name") or self.names.text(label)
                self._tf(name, x, self.y - h, w, h, value, kw.get("tip", label), comb=kw.get("comb"))
                self.text(x + 1, self.y - h - self.size, label, self.font, self.size - 1.5,
                          HexColor("#444444"))
                x += total * frac
            self.y -= h + self.size + self.gap + 2
        elif pos == "tooltip":
            self.need(h + self.gap)
            for sp in specs:
                label, value, frac = sp[:3]
                kw = sp[3] if len(sp) > 3 else {}
                w = total * frac - gap
                name = kw.get("name") or self.names.text(label)
                self._tf(name, x, self.y - h, w, h, value, kw.get("tip", label), comb=kw.get("comb"))
                x += total * frac
            self.y -= h + self.gap
        else:  # left: label then box inside each slot
            self.need(h + self.gap)
            for sp in specs:
                label, value, frac = sp[:3]
                kw = sp[3] if len(sp) > 3 else {}
                slot = total * frac
                lw = self.c.stringWidth(label, self.font, self.size) + 6
                self.text(x, self.y - h + 5, label)
                name = kw.get("name") or self.names.text(label)
                self._tf(name, x + lw, self.y - h, slot - lw - gap, h, value, kw.get("tip", label),
                         comb=kw.get("comb"))
                x += slot
            self.y -= h + self.gap

    def checks(self, label, options, selected, inline=True, radio=None, style="check",
               label_w=None, tips=None):
        """Printed label + one checkbox per option (or one radio group)."""
        lw = label_w if label_w is not None else (self.label_w if label else 0)
        size = 10
        self.need(20)
        y = self.y - 13
        if label:
            for i, ln in enumerate(self.wrap(label, lw - 6 if inline and lw else self.x1 - self.ml)):
                self.text(self.ml, y - i * (self.size + 2), ln)
            if not (inline and lw):
                y -= self.size + 6
        x = self.ml + (lw if inline and label else 0)
        for i, opt in enumerate(options):
            ow = self.c.stringWidth(opt, self.font, self.size) + size + 18
            if x + ow > self.x1:
                x = self.ml + (lw if inline and label else 0)
                y -= 16
                self.need(self.y - y + 16)
            tip = tips[i] if tips else opt
            if radio:
                val = re.sub(r"\W", "", opt.split()[0]) or f"opt{i}"
                self.c.acroForm.radio(name=radio, value=val, selected=False, x=x, y=y - 2,
                                      size=size, buttonStyle="circle", shape="circle",
                                      borderColor=self.bcolor, fillColor=white, borderWidth=1,
                                      forceBorder=True, tooltip=label or tip)
                if i in selected:
                    self.values[radio] = "/" + val
            else:
                self._cb(self.names.check(opt), x, y - 2, size, i in selected, tip, style)
            self.text(x + size + 4, y, opt)
            x += ow
        self.y = y - 12

    def choice(self, label, options, value, width=200, name=None):
        self.need(self.row_h + self.gap)
        self.text(self.ml, self.y - self.row_h + 5, label)
        name = name or self.names.text(label)
        self.c.acroForm.choice(name=name, value=options[0], options=options, x=self.ml + self.label_w,
                               y=self.y - self.row_h, width=width, height=self.row_h,
                               fontName=self.ffont, fontSize=self.fsize, borderColor=self.bcolor,
                               fillColor=self.fill or white, tooltip=label, forceBorder=True)
        self.values[name] = value
        self.y -= self.row_h + self.gap

    def table(self, headers, rows, widths, check_cols=(), head_fill="#D9D9D9", row_h=None,
              names=None, tips=None, label_col=None):
        """Grid of boxes. rows: list of lists. A column in label_col is printed, not a widget."""
        row_h = row_h or self.row_h
        total = self.x1 - self.ml
        ws = [total * w for w in widths]
        self.need(row_h * (len(rows) + 1) + 6)
        c = self.c
        y = self.y
        if headers:
            c.setFillColor(HexColor(head_fill))
            c.rect(self.ml, y - row_h, total, row_h, stroke=1, fill=1)
            c.setFillColor(black)
            x = self.ml
            for h, w in zip(headers, ws):
                self.text(x + 3, y - row_h + 5, h, self.bold, self.size - 0.5)
                x += w
            y -= row_h
        for r, row in enumerate(rows):
            if y - row_h < self.bottom:
                self.y = y
                self.newpage()
                y = self.y
            x = self.ml
            for ci, (val, w) in enumerate(zip(row, ws)):
                if label_col is not None and ci == label_col:
                    c.rect(x, y - row_h, w, row_h, stroke=1, fill=0)
                    self.text(x + 3, y - row_h + 5, val, self.font, self.size - 0.5)
                elif ci in check_cols:
                    c.rect(x, y - row_h, w, row_h, stroke=1, fill=0)
                    hdr = headers[ci] if headers else "x"
                    nm = (names[r][ci] if names else None) or self.names.check(f"{hdr} {r + 1}")
                    self._cb(nm, x + w / 2 - 5, y - row_h + 3, 10, bool(val),
                             tip=(tips[r][ci] if tips else f"{hdr} {r + 1}"))
                else:
                    hdr = headers[ci] if headers else f"col{ci}"
                    lab = f"{hdr}Row{r + 1}"
                    nm = (names[r][ci] if names else None) or self.names.text(lab)
                    tip = tips[r][ci] if tips else None
                    self._tf(nm, x, y - row_h, w, row_h, val, tip)
                x += w
            y -= row_h
        self.y = y - self.gap - 4

    # -------------------------------------------------- output
    def finish(self, hierarchical=False):
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.c.save()
        reader = PdfReader(io.BytesIO(self.buf.getvalue()))
        w = PdfWriter(clone_from=reader)
        for page in w.pages:
            present = {}
            for a in page.get("/Annots", []):
                a = a.get_object()
                t = a.get("/T")
                if t is None and "/Parent" in a:
                    t = a["/Parent"].get_object().get("/T")
                if t in self.values:
                    present[t] = self.values[t]
            if present:
                w.update_page_form_field_values(page, present, auto_regenerate=False)
        w.set_need_appearances_writer(True)
        if hierarchical:
            _make_hierarchy(w)
        out = io.BytesIO()
        w.write(out)
        return out.getvalue()


def _make_hierarchy(w):
    """Turn flat names like 'a[0].b[0].c[0]' into a real field tree (LiveCycle-like)."""
    acro = w._root_object["/AcroForm"]
    fields = acro["/Fields"]
    roots = ArrayObject()
    nodes = {}

    def node(path):
        if path in nodes:
            return nodes[path]
        d = DictionaryObject()
        d[NameObject("/T")] = TextStringObject(path.split(".")[-1])
        d[NameObject("/Kids")] = ArrayObject()
        ref = w._add_object(d)
        nodes[path] = ref
        if "." in path:
            parent = node(path.rsplit(".", 1)[0])
            d[NameObject("/Parent")] = parent
            parent.get_object()["/Kids"].append(ref)
        else:
            roots.append(ref)
        return ref

    for f in list(fields):
        fo = f.get_object()
        t = str(fo.get("/T", ""))
        if "." not in t:
            roots.append(f)
            continue
        parent_path, last = t.rsplit(".", 1)
        p = node(parent_path)
        fo[NameObject("/T")] = TextStringObject(last)
        fo[NameObject("/Parent")] = p
        p.get_object()["/Kids"].append(f)
    acro[NameObject("/Fields")] = roots
