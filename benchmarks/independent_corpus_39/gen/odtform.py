"""Render a model.Doc as a filled-in Writer (ODT) form made of tables."""
import io
import re

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableProperties, TableCellProperties, MasterPage, Header, Footer,
                       PageLayout, PageLayoutProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P as TP, H as TH, Span, LineBreak, Tab
from odf import meta as odfmeta
from odf import dc

from common import normalise_zip
from model import H, F, R, C, T, P, Box, Space, PageBreak

LO_GEN = "LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3"


def fix_meta(generator, created, author):
    def fix(name, blob):
        if name == "meta.xml":
            s = blob.decode("utf-8")
            s = re.sub(r"<meta:generator>.*?</meta:generator>",
                       "<meta:generator>%s</meta:generator>"
                       "<meta:initial-creator>%s</meta:initial-creator>"
                       "<meta:creation-date>%s</meta:creation-date>"
                       "<dc:date>%s</dc:date><dc:creator>%s</dc:creator>" % (
                           generator, author, created, created, author), s)
            if "xmlns:dc=" not in s:
                s = s.replace("<office:document-meta ", '<office:document-meta xmlns:dc="http://purl.org/dc/elements/1.1/" ', 1)
            return s.encode("utf-8")
        return blob
    return fix


class OdtForm:
    def __init__(self, doc, style=None):
        self.m = doc
        self.st = dict(font="Liberation Sans", size="10pt", head="row", head_fill="#dddddd",
                       lab_w="6cm", val_w="11cm", check="glyph", label_fill=None)
        self.st.update(style or {})
        self.d = OpenDocumentText()
        self.tcount = 0
        self.table = None
        self._styles()

    def _styles(self):
        st = self.st
        d = self.d
        pl = PageLayout(name="pm1")
        pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                           marginbottom="1.5cm", marginleft="2cm", marginright="2cm"))
        d.automaticstyles.addElement(pl)
        self.s_hdr = Style(name="HeaderP", family="paragraph")
        self.s_hdr.addElement(TextProperties(fontsize="8pt", fontname=st["font"]))
        d.styles.addElement(self.s_hdr)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        self.header_el = Header()
        self.footer_el = Footer()
        mp.addElement(self.header_el)
        mp.addElement(self.footer_el)
        d.masterstyles.addElement(mp)
        std = Style(name="Standard", family="paragraph")
        std.addElement(TextProperties(fontsize=st["size"], fontfamily=st["font"]))
        d.styles.addElement(std)
        self.s_p = Style(name="Body", family="paragraph", parentstylename=std)
        self.s_p.addElement(TextProperties(fontsize=st["size"]))
        self.s_p.addElement(ParagraphProperties(marginbottom="0.08cm"))
        d.automaticstyles.addElement(self.s_p)
        self.s_small = Style(name="Small", family="paragraph")
        self.s_small.addElement(TextProperties(fontsize="8pt"))
        d.automaticstyles.addElement(self.s_small)
        self.s_ital = Style(name="Ital", family="paragraph")
        self.s_ital.addElement(TextProperties(fontsize="8.5pt", fontstyle="italic"))
        d.automaticstyles.addElement(self.s_ital)
        self.s_bold = Style(name="BoldP", family="paragraph")
        self.s_bold.addElement(TextProperties(fontweight="bold"))
        d.automaticstyles.addElement(self.s_bold)
        self.s_title = Style(name="TitleP", family="paragraph")
        self.s_title.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
        self.s_title.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
        d.automaticstyles.addElement(self.s_title)
        self.s_sub = Style(name="SubP", family="paragraph")
        self.s_sub.addElement(TextProperties(fontsize="10pt", fontstyle="italic"))
        d.automaticstyles.addElement(self.s_sub)
        self.s_head = Style(name="HeadP", family="paragraph")
        self.s_head.addElement(TextProperties(fontsize="11pt", fontweight="bold"))
        self.s_head.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
        d.automaticstyles.addElement(self.s_head)
        self.s_right = Style(name="RightP", family="paragraph")
        self.s_right.addElement(ParagraphProperties(textalign="end"))
        d.automaticstyles.addElement(self.s_right)
        self.s_cell = Style(name="CellB", family="table-cell")
        self.s_cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        d.automaticstyles.addElement(self.s_cell)
        self.s_cellh = Style(name="CellH", family="table-cell")
        self.s_cellh.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                                    backgroundcolor=st["head_fill"]))
        d.automaticstyles.addElement(self.s_cellh)
        self.s_celll = Style(name="CellL", family="table-cell")
        self.s_celll.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                                    backgroundcolor=st["label_fill"] or "transparent"))
        d.automaticstyles.addElement(self.s_celll)
        self.s_cellnb = Style(name="CellN", family="table-cell")
        self.s_cellnb.addElement(TableCellProperties(border="none", padding="0.05cm"))
        d.automaticstyles.addElement(self.s_cellnb)
        self.s_tab = Style(name="Tab", family="table")
        self.s_tab.addElement(TableProperties(width="17cm", align="left"))
        d.automaticstyles.addElement(self.s_tab)
        self.s_colL = Style(name="ColL", family="table-column")
        self.s_colL.addElement(TableColumnProperties(columnwidth=st["lab_w"]))
        d.automaticstyles.addElement(self.s_colL)
        self.s_colV = Style(name="ColV", family="table-column")
        self.s_colV.addElement(TableColumnProperties(columnwidth=st["val_w"]))
        d.automaticstyles.addElement(self.s_colV)
        self.colstyles = {}

    def _colstyle(self, w):
        key = "%.2f" % w
        if key not in self.colstyles:
            s = Style(name="ColW%d" % len(self.colstyles), family="table-column")
            s.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.d.automaticstyles.addElement(s)
            self.colstyles[key] = s
        return self.colstyles[key]

    def _p(self, text, style=None):
        p = TP(stylename=style or self.s_p)
        lines = (text or "").split("\n")
        for k, ln in enumerate(lines):
            if k:
                p.addElement(LineBreak())
            p.addText(ln)
        return p

    def _new_table(self):
        self.tcount += 1
        t = Table(name="Tabel%d" % self.tcount, stylename=self.s_tab)
        t.addElement(TableColumn(stylename=self.s_colL))
        t.addElement(TableColumn(stylename=self.s_colV))
        self.d.text.addElement(t)
        self.table = t
        return t

    def _ensure(self):
        return self.table if self.table is not None else self._new_table()

    def _close(self):
        if self.table is not None:
            self.table = None
            self.d.text.addElement(TP(stylename=self.s_small))

    def _pair(self, label, value_el_or_text, hint=None):
        t = self._ensure()
        tr = TableRow()
        c0 = TableCell(stylename=self.s_celll, valuetype="string")
        c0.addElement(self._p(label))
        if hint:
            c0.addElement(self._p(hint, self.s_ital))
        c1 = TableCell(stylename=self.s_cell, valuetype="string")
        if isinstance(value_el_or_text, str) or value_el_or_text is None:
            c1.addElement(self._p(value_el_or_text or ""))
        else:
            c1.addElement(value_el_or_text)
        tr.addElement(c0)
        tr.addElement(c1)
        t.addElement(tr)

    def header(self):
        m = self.m
        for k, ln in enumerate(m.header_left):
            self.header_el.addElement(TP(stylename=self.s_hdr, text=ln))
        for ln in m.header_right:
            self.header_el.addElement(TP(stylename=self.s_hdr, text=ln))
        if m.footer:
            self.footer_el.addElement(TP(stylename=self.s_hdr, text=m.footer.replace("{page}", "").strip(" -–p.")))
        self.d.text.addElement(self._p(m.title, self.s_title))
        if m.subtitle:
            self.d.text.addElement(self._p(m.subtitle, self.s_sub))
        for ptxt in m.intro:
            self.d.text.addElement(self._p(ptxt, self.s_small))

    def heading(self, it):
        if self.st["head"] == "row" and it.level == 1:
            t = self._ensure()
            tr = TableRow()
            c = TableCell(stylename=self.s_cellh, numbercolumnsspanned=2, valuetype="string")
            c.addElement(self._p(it.text, self.s_bold))
            tr.addElement(c)
            tr.addElement(CoveredTableCell())
            t.addElement(tr)
            return
        self._close()
        if self.st["head"] == "h":
            h = TH(outlinelevel=it.level, stylename=self.s_head, text=it.text)
            self.d.text.addElement(h)
        else:
            self.d.text.addElement(self._p(it.text, self.s_head))

    def _checks_p(self, it):
        p = TP(stylename=self.s_p)
        for k, opt in enumerate(it.options):
            on = opt in it.selected
            if self.st["check"] == "glyph":
                g = "☒" if on else "☐"
            else:
                g = "[X]" if on else "[ ]"
            p.addText(("   " if k else "") + g + " " + opt)
        return p

    def render(self, created, author):
        self.header()
        for it in self.m.items:
            if isinstance(it, H):
                self.heading(it)
            elif isinstance(it, F):
                self._pair(it.label or "", it.value, it.hint)
            elif isinstance(it, R):
                labels = [f.label for f in it.fields if f.label]
                if it.label:
                    txt = "  –  ".join(("%s: %s" % (f.label, f.value)) if f.label else f.value for f in it.fields)
                else:
                    txt = "   ".join(f.value for f in it.fields)
                self._pair(it.label or " / ".join(labels), txt)
            elif isinstance(it, C):
                self._pair(it.label or "", self._checks_p(it))
            elif isinstance(it, T):
                self._close()
                if it.caption:
                    self.d.text.addElement(self._p(it.caption, self.s_bold))
                self.tcount += 1
                t = Table(name="Tabel%d" % self.tcount, stylename=self.s_tab)
                tot = float(sum(it.widths))
                for w in it.widths:
                    t.addElement(TableColumn(stylename=self._colstyle(17.0 * w / tot)))
                tr = TableRow()
                for hd in it.headers:
                    c = TableCell(stylename=self.s_cellh, valuetype="string")
                    c.addElement(self._p(hd, self.s_bold))
                    tr.addElement(c)
                t.addElement(tr)
                for ri, row in enumerate(it.rows):
                    tr = TableRow()
                    for k, v in enumerate(row):
                        c = TableCell(stylename=self.s_cell, valuetype="string")
                        num = k and re.search(r"\d", v or "") and not re.search(r"[A-Za-z]{3}", v or "")
                        st = self.s_bold if ri in it.bold_rows else (self.s_right if num else self.s_p)
                        c.addElement(self._p(v or "", st))
                        tr.addElement(c)
                    t.addElement(tr)
                self.d.text.addElement(t)
                self.d.text.addElement(TP(stylename=self.s_small))
            elif isinstance(it, P):
                self._close()
                style = {"small": self.s_small, "italic": self.s_ital, "bold": self.s_bold}.get(it.style, self.s_p)
                self.d.text.addElement(self._p(it.text, style))
            elif isinstance(it, Box):
                self._close()
                self.tcount += 1
                t = Table(name="Kader%d" % self.tcount, stylename=self.s_tab)
                t.addElement(TableColumn(stylename=self._colstyle(17.0)))
                tr = TableRow()
                c = TableCell(stylename=self.s_cellh, valuetype="string")
                c.addElement(self._p(it.title, self.s_bold))
                for lab, val in it.rows:
                    c.addElement(self._p("%s: %s" % (lab, val or "…………………"), self.s_small))
                tr.addElement(c)
                t.addElement(tr)
                self.d.text.addElement(t)
                self.d.text.addElement(TP(stylename=self.s_small))
            elif isinstance(it, (Space, PageBreak)):
                self._close()
        buf = io.BytesIO()
        self.d.write(buf)
        return normalise_zip(buf.getvalue(), first="mimetype",
                             meta_fix=fix_meta(self.st.get("generator", LO_GEN), created, author))


def render(doc, created, author, style=None):
    return OdtForm(doc, style).render(created, author)
