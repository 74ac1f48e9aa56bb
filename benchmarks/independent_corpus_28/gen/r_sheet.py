"""Spreadsheet forms: .ods with odfpy, .xlsx with openpyxl."""
import io
from datetime import datetime

from odf.number import CurrencyStyle, CurrencySymbol, Number, NumberStyle
from odf.number import Text as NText
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (FontFace, ParagraphProperties, Style, TableCellProperties, TableColumnProperties,
                       TableRowProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P

from common import fix_ooxml_dates, normalize_zip
from r_odt import _meta, add_text


class OdsSheet:
    def __init__(self, name, widths_cm):
        self.name = name
        self.widths = widths_cm
        self.cells = {}
        self.covered = set()

    def set(self, r, c, v=None, *, style=None, num=None, cur=None, disp=None, formula=None, span=None):
        """Text cell (v) or number (num) / currency (cur) with display text and optional formula."""
        self.cells[(r, c)] = dict(v=v, style=style, num=num, cur=cur, disp=disp, formula=formula, span=span)
        if span:
            rs, cs = span
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    if (i, j) != (r, c):
                        self.covered.add((i, j))


class Ods:
    def __init__(self, *, author="", title="", created="2019-06-01T10:00:00", font="Liberation Sans",
                 lang="fr", country="FR"):
        self.doc = OpenDocumentSpreadsheet()
        ns = NumberStyle(name="N2", language=lang, country=country)
        ns.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
        self.doc.automaticstyles.addElement(ns)
        cs = CurrencyStyle(name="EUR2", language=lang, country=country)
        cs.addElement(CurrencySymbol(language=lang, country=country, text="€"))
        cs.addElement(NText(text=" "))
        cs.addElement(Number(decimalplaces="2", minintegerdigits="1", grouping="true"))
        self.doc.automaticstyles.addElement(cs)
        self._numstyles = {"num": ns, "eur": cs}
        _meta(self.doc, author, title, created)
        self.doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font, fontfamilygeneric="swiss",
                                                   fontpitch="variable"))
        self.sheets = []
        self.styles = {}
        self.font = font
        self.n = 0

    def cstyle(self, name, bold=False, bg=None, border=True, size=None, color=None, wrap=True, italic=False,
               numfmt=None):
        kw0 = {"datastylename": self._numstyles[numfmt]} if numfmt else {}
        s = Style(name=name, family="table-cell", **kw0)
        kw = {}
        if border:
            kw["border"] = "0.5pt solid #000000"
        if bg:
            kw["backgroundcolor"] = bg
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        s.addElement(TableCellProperties(**kw))
        tp = {"fontname": self.font}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if size:
            tp["fontsize"] = size
        if color:
            tp["color"] = color
        s.addElement(TextProperties(**tp))
        self.doc.automaticstyles.addElement(s)
        self.styles[name] = s
        return s

    def sheet(self, name, widths_cm):
        sh = OdsSheet(name, widths_cm)
        self.sheets.append(sh)
        return sh

    def save(self):
        for sh in self.sheets:
            self.n += 1
            t = Table(name=sh.name)
            for i, w in enumerate(sh.widths):
                cs = Style(name=f"co{self.n}_{i}", family="table-column")
                cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
                self.doc.automaticstyles.addElement(cs)
                t.addElement(TableColumn(stylename=cs))
            maxr = max(r for r, _ in list(sh.cells) + list(sh.covered)) if sh.cells else 0
            ncol = len(sh.widths)
            for r in range(maxr + 1):
                tr = TableRow()
                for c in range(ncol):
                    if (r, c) in sh.covered:
                        tr.addElement(CoveredTableCell())
                        continue
                    d = sh.cells.get((r, c))
                    if d is None:
                        tr.addElement(TableCell())
                        continue
                    kw = {}
                    if d["style"]:
                        kw["stylename"] = self.styles[d["style"]]
                    if d["span"]:
                        kw["numberrowsspanned"] = d["span"][0]
                        kw["numbercolumnsspanned"] = d["span"][1]
                    if d["formula"]:
                        kw["formula"] = d["formula"]
                    if d["cur"] is not None:
                        kw.update(valuetype="currency", currency="EUR", value=str(d["cur"]))
                        text = d["disp"]
                    elif d["num"] is not None:
                        kw.update(valuetype="float", value=str(d["num"]))
                        text = d["disp"] if d["disp"] is not None else str(d["num"])
                    else:
                        kw["valuetype"] = "string"
                        text = d["v"]
                    tc = TableCell(**kw)
                    if text not in (None, ""):
                        p = P()
                        add_text(p, str(text))
                        tc.addElement(p)
                    tr.addElement(tc)
                t.addElement(tr)
            self.doc.spreadsheet.addElement(t)
        b = io.BytesIO()
        self.doc.write(b)
        return normalize_zip(b.getvalue())


def xlsx_bytes(wb, stamp="2019-06-03T19:42:00Z", author=""):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue(), fix=fix_ooxml_dates(stamp))
