"""Word .docx forms (python-docx plus a little raw WordprocessingML)."""
import io
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from xml.sax.saxutils import escape

from common import fix_ooxml_dates, normalize_zip

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


class Docx:
    def __init__(self, *, font="Calibri", size=11, author="", title="", created=(2019, 5, 20, 9, 0),
                 modified=None, margins_cm=2.0, last_by=None, revision=3, answer_color=None):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(a), font)
        for s in self.d.sections:
            s.left_margin = s.right_margin = Cm(margins_cm)
            s.top_margin = s.bottom_margin = Cm(margins_cm)
        cp = self.d.core_properties
        cp.author = author
        cp.title = title
        cp.comments = ""
        cp.last_modified_by = last_by or author
        cp.revision = revision
        cp.created = datetime(*created)
        cp.modified = datetime(*(modified or created))
        self._stamp = datetime(*(modified or created)).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.acolor = RGBColor.from_string(answer_color) if answer_color else None
        self.sdt_id = 1000
        self.font = font

    # ---------------------------------------------------------- basic text
    def p(self, text="", bold=False, italic=False, size=None, align=None, color=None, style=None,
          space_after=None):
        par = self.d.add_paragraph(style=style)
        if text:
            r = par.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        return par

    def heading(self, text, level=1, word_style=True, color=None):
        if word_style:
            h = self.d.add_heading(text, level=level)
            if color:
                for r in h.runs:
                    r.font.color.rgb = RGBColor.from_string(color)
            return h
        return self.p(text, bold=True, size=12 if level == 1 else 11, color=color)

    def answer_run(self, par, text, bold=False):
        r = par.add_run(text)
        if self.acolor:
            r.font.color.rgb = self.acolor
        r.bold = bold
        return r

    def inline(self, label, value, sep=": ", bold_label=True, par=None):
        par = par or self.d.add_paragraph()
        r = par.add_run(label + sep)
        r.bold = bold_label
        if value:
            self.answer_run(par, value)
        return par

    def nextline(self, label, value, bold_label=True, indent_cm=0.5):
        self.p(label, bold=bold_label, space_after=0)
        par = self.d.add_paragraph()
        par.paragraph_format.left_indent = Cm(indent_cm)
        if value:
            self.answer_run(par, value)
        return par

    def tabdots(self, label, value, pos_cm=6.5, end_cm=17.0):
        """Label .......... value  (tab with dot leader)."""
        par = self.d.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(end_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        par.add_run(label + "\t")
        if value:
            self.answer_run(par, value)
        par.add_run("\t")
        return par

    def underscore(self, label, value, n=40):
        par = self.d.add_paragraph()
        par.add_run(label + " ")
        if value:
            r = self.answer_run(par, value)
            r.underline = True
            par.add_run("_" * max(4, n - len(value)))
        else:
            par.add_run("_" * n)
        return par

    # ---------------------------------------------------------- content controls
    def _sdt_xml(self, alias, value, placeholder, tag=None):
        self.sdt_id += 1
        tag = tag or alias
        if value:
            pr = ""
            color = f'<w:color w:val="{self.acolor}"/>' if self.acolor else ""
            content = f'<w:r><w:rPr>{color}</w:rPr><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
        else:
            pr = "<w:showingPlcHdr/>"
            content = ('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                       f'<w:t>{escape(placeholder)}</w:t></w:r>')
        return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(alias)}"/>'
                f'<w:tag w:val="{escape(tag)}"/><w:id w:val="{self.sdt_id}"/>{pr}<w:text/></w:sdtPr>'
                f'<w:sdtContent>{content}</w:sdtContent></w:sdt>')

    def sdt_in(self, par, alias, value, placeholder, tag=None):
        par._p.append(parse_xml(self._sdt_xml(alias, value, placeholder, tag)))
        return par

    def checkbox_sdt(self, par, checked):
        self.sdt_id += 1
        g = "\u2612" if checked else "\u2610"
        x = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:id w:val="{self.sdt_id}"/>'
             f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
             '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
             '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
             f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(x))

    # ---------------------------------------------------------- legacy form fields
    def formtext(self, par, name, value):
        v = value if value else "\u2002" * 5
        xs = [
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
            '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {nsdecls("w")}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{escape(v)}</w:t></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
        ]
        for x in xs:
            par._p.append(parse_xml(x))

    def formcheck(self, par, name, checked):
        xs = [
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
            f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
            f'{"<w:checked/>" if checked else ""}</w:checkBox></w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
        ]
        for x in xs:
            par._p.append(parse_xml(x))

    # ---------------------------------------------------------- tables
    def table(self, rows, widths_cm, style="Table Grid", header=False, shade_cols=(), shade="D9D9D9",
              bold_cols=(), answer_cols=None, font_size=None):
        t = self.d.add_table(rows=len(rows), cols=len(widths_cm))
        t.style = self.d.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ri, r in enumerate(rows):
            for ci, val in enumerate(r):
                cell = t.cell(ri, ci)
                cell.width = Cm(widths_cm[ci])
                par = cell.paragraphs[0]
                if val is None:
                    continue
                is_answer = (answer_cols is not None and ci in answer_cols and not (header and ri == 0))
                run = self.answer_run(par, str(val)) if is_answer else par.add_run(str(val))
                if (header and ri == 0) or ci in bold_cols:
                    run.bold = True
                if font_size:
                    run.font.size = Pt(font_size)
                if (header and ri == 0) or ci in shade_cols:
                    self.shade(cell, shade)
        self.d.add_paragraph()
        return t

    @staticmethod
    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))

    def cell_text(self, cell, label, value, bold_label=False, sep=" "):
        par = cell.paragraphs[0]
        r = par.add_run(label + sep)
        r.bold = bold_label
        if value:
            self.answer_run(par, value)

    def save(self):
        b = io.BytesIO()
        self.d.save(b)
        return normalize_zip(b.getvalue())
