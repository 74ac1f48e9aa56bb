"""Minimal WordprocessingML writer producing Word-like .docx packages.

Raw XML is used for everything python-docx cannot author (text boxes,
legacy form fields, content controls, tracked changes, comments, columns).
Every package is re-opened with python-docx by verify.py.
"""
import io
import zipfile
from xml.sax.saxutils import escape

NS = {
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "v": "urn:schemas-microsoft-com:vml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
NSDECL = " ".join('xmlns:%s="%s"' % kv for kv in NS.items()) + ' mc:Ignorable="w14 wp14"'


def x(s):
    return escape(str(s), {'"': "&quot;"})


# ---------------------------------------------------------------- runs
def rpr(b=False, i=False, u=False, sz=None, color=None, font=None, caps=False,
        style=None, hl=None, strike=False):
    parts = []
    if style:
        parts.append('<w:rStyle w:val="%s"/>' % style)
    if font:
        parts.append('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % ((font,) * 4))
    if b:
        parts.append("<w:b/><w:bCs/>")
    if i:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if strike:
        parts.append("<w:strike/>")
    if color:
        parts.append('<w:color w:val="%s"/>' % color)
    if sz:
        parts.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz))
    if hl:
        parts.append('<w:highlight w:val="%s"/>' % hl)
    if u:
        parts.append('<w:u w:val="single"/>')
    return "<w:rPr>%s</w:rPr>" % "".join(parts) if parts else ""


def _text_content(text, tag="w:t"):
    out = []
    buf = ""
    for ch in text:
        if ch in "\t\n":
            if buf:
                out.append('<%s xml:space="preserve">%s</%s>' % (tag, x(buf), tag))
                buf = ""
            out.append("<w:tab/>" if ch == "\t" else "<w:br/>")
        else:
            buf += ch
    if buf:
        out.append('<%s xml:space="preserve">%s</%s>' % (tag, x(buf), tag))
    return "".join(out)


def r(text, **kw):
    return "<w:r>%s%s</w:r>" % (rpr(**kw), _text_content(text))


def sym_box(checked, font="MS Gothic"):
    return r("\u2612" if checked else "\u2610", font=font)


# ---------------------------------------------------------------- paragraphs
def ppr(style=None, jc=None, tabs=None, before=None, after=None, ind=None,
        keep=False, shade=None, border_bottom=False, line=None, sect=None):
    parts = []
    if style:
        parts.append('<w:pStyle w:val="%s"/>' % style)
    if keep:
        parts.append("<w:keepNext/>")
    if border_bottom:
        parts.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>')
    if shade:
        parts.append('<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade)
    if tabs:
        t = []
        for tab in tabs:
            if isinstance(tab, tuple):
                pos, leader, kind = (tab + ("left",))[:3] if len(tab) == 2 else tab
            else:
                pos, leader, kind = tab, None, "left"
            t.append('<w:tab w:val="%s"%s w:pos="%d"/>' % (
                kind, ' w:leader="%s"' % leader if leader else "", pos))
        parts.append("<w:tabs>%s</w:tabs>" % "".join(t))
    if before is not None or after is not None or line is not None:
        a = ""
        if before is not None:
            a += ' w:before="%d"' % before
        if after is not None:
            a += ' w:after="%d"' % after
        if line is not None:
            a += ' w:line="%d" w:lineRule="auto"' % line
        parts.append("<w:spacing%s/>" % a)
    if ind:
        parts.append('<w:ind w:left="%d"/>' % ind)
    if jc:
        parts.append('<w:jc w:val="%s"/>' % jc)
    if sect:
        parts.append(sect)
    return "<w:pPr>%s</w:pPr>" % "".join(parts) if parts else ""


def p(*content, **kw):
    body = "".join(c if c.startswith("<") else r(c) for c in content)
    return "<w:p>%s%s</w:p>" % (ppr(**kw), body)


# ---------------------------------------------------------------- tables
def tc(content, w=None, span=None, vmerge=None, shade=None, valign=None,
       nob=False):
    """content: list of paragraph xml strings, or a plain string."""
    if isinstance(content, str):
        content = [content if content.startswith("<w:") else p(content)]
    if not content:
        content = [p()]
    pr = []
    if w:
        pr.append('<w:tcW w:w="%d" w:type="dxa"/>' % w)
    if span:
        pr.append('<w:gridSpan w:val="%d"/>' % span)
    if vmerge:
        pr.append('<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>")
    if nob:
        pr.append('<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>')
    if shade:
        pr.append('<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade)
    if valign:
        pr.append('<w:vAlign w:val="%s"/>' % valign)
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % ("".join(pr), "".join(content))


def tbl(rows, widths, borders=True, style="TableGrid", header_rows=0,
        layout_fixed=False, indent=None):
    grid = "".join('<w:gridCol w:w="%d"/>' % wd for wd in widths)
    pr = ['<w:tblStyle w:val="%s"/>' % style] if style else []
    pr.append('<w:tblW w:w="%d" w:type="dxa"/>' % sum(widths))
    if indent:
        pr.append('<w:tblInd w:w="%d" w:type="dxa"/>' % indent)
    if not borders:
        pr.append('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                  '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
    if layout_fixed:
        pr.append('<w:tblLayout w:type="fixed"/>')
    pr.append('<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
              'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>')
    out = ["<w:tbl><w:tblPr>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>" % ("".join(pr), grid)]
    for ri, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if ri < header_rows else ""
        cells = []
        for ci, c in enumerate(row):
            if isinstance(c, str) and c.startswith("<w:tc>"):
                cells.append(c)
            else:
                cells.append(tc(c, w=widths[ci] if ci < len(widths) else None))
        out.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(cells)))
    out.append("</w:tbl>")
    return "".join(out)


# ---------------------------------------------------------------- revisions
class Rev:
    def __init__(self):
        self.n = 100

    def nid(self):
        self.n += 1
        return self.n

    def ins(self, text, author, date, **kw):
        return '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
            self.nid(), x(author), date, r(text, **kw))

    def dele(self, text, author, date, **kw):
        return '<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>%s%s</w:r></w:del>' % (
            self.nid(), x(author), date, rpr(**kw), _text_content(text, "w:delText"))


# ---------------------------------------------------------------- legacy form fields
def formtext(value, name, maxlen=None, filled=True, **kw):
    blank = "\u2002" * 5
    ml = '<w:maxLength w:val="%d"/>' % maxlen if maxlen else ""
    res = value if filled else blank
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/>'
            '<w:calcOnExit w:val="0"/><w:textInput>%s</w:textInput></w:ffData></w:fldChar></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s%s</w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>') % (
        rpr(**kw), x(name), ml, rpr(**kw), rpr(**kw),
        rpr(**dict(kw)), _text_content(res), rpr(**kw))


def formcheck(checked, name):
    ch = "<w:checked/>" if checked else ""
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/>'
            '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox>'
            '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>') % (x(name), ch)


# ---------------------------------------------------------------- content controls
class Sdt:
    def __init__(self, seed=-1854013440):
        self.n = seed

    def nid(self):
        self.n += 7919
        return self.n

    def text(self, value, alias, placeholder=None, multiline=False, **kw):
        """Inline plain-text content control. value None -> placeholder shown."""
        if value is None:
            content = r(placeholder, style="PlaceholderText")
            plc = "<w:showingPlcHdr/>"
        else:
            content = r(value, **kw)
            plc = ""
        ml = '<w:text w:multiLine="1"/>' if multiline else "<w:text/>"
        return ('<w:sdt><w:sdtPr>%s<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s%s</w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>') % (
            rpr(**kw), x(alias), x(alias.lower().replace(" ", "_")), self.nid(), plc, ml, content)

    def dropdown(self, value, alias, items, placeholder="Kies een item."):
        li = "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (x(i), x(i)) for i in items)
        if value is None:
            content = r(placeholder, style="PlaceholderText")
            plc = "<w:showingPlcHdr/>"
        else:
            content = r(value)
            plc = ""
        return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
                '<w:dropDownList><w:listItem w:value=""/>%s</w:dropDownList></w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>') % (
            x(alias), x(alias.lower()), self.nid(), plc, li, content)

    def date(self, value, alias, iso):
        return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:id w:val="%d"/><w:date w:fullDate="%sT00:00:00Z">'
                '<w:dateFormat w:val="d/MM/yyyy"/><w:lid w:val="nl-BE"/><w:storeMappedDataAs w:val="dateTime"/>'
                '<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>') % (
            x(alias), self.nid(), iso, r(value))

    def check(self, checked, alias="Selectievakje"):
        return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
                'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>') % (
            x(alias), self.nid(), 1 if checked else 0, sym_box(checked))

    def block(self, paras_xml, alias):
        return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:id w:val="%d"/></w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>') % (x(alias), self.nid(), paras_xml)


# ---------------------------------------------------------------- text boxes
class Shapes:
    def __init__(self):
        self.n = 0

    def textbox(self, paras_xml, x_emu, y_emu, w_emu, h_emu, name=None,
                border=True, rel_h="column", rel_v="paragraph", fallback=True):
        """A floating text box (wps) with a VML fallback, as Word 2010+ saves it."""
        self.n += 1
        n = self.n
        name = name or "Tekstvak %d" % n
        ln = ('<a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln>'
              if border else "<a:ln><a:noFill/></a:ln>")
        choice = (
            '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>%s</wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing>') % (
            251659264 + n * 1024, rel_h, x_emu, rel_v, y_emu, w_emu, h_emu, n, x(name),
            w_emu, h_emu, ln, paras_xml)
        if not fallback:
            return '<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice><mc:Fallback/></mc:AlternateContent></w:r>' % choice
        pt = lambda e: e / 12700.0
        vml = ('<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
               '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
               '<v:shape id="%s" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;'
               'margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:%d;visibility:visible;'
               'mso-wrap-style:square" fillcolor="white" strokeweight=".5pt"%s>'
               '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict>') % (
            x(name), 1025 + n, pt(x_emu), pt(y_emu), pt(w_emu), pt(h_emu), n,
            "" if border else ' stroked="f"', paras_xml)
        return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
                '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>') % (choice, vml)


# ---------------------------------------------------------------- comments
class Comments:
    def __init__(self):
        self.items = []

    def wrap(self, inner_runs, author, initials, date, text):
        cid = len(self.items)
        self.items.append((cid, author, initials, date, text))
        return ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>') % (
            cid, inner_runs, cid, cid)

    def xml(self):
        body = []
        for cid, author, initials, date, text in self.items:
            body.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
                        '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                        '<w:annotationRef/></w:r>%s</w:p></w:comment>' % (
                            cid, x(author), date, x(initials), r(text)))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>'
                % (NSDECL, "".join(body)))


# ---------------------------------------------------------------- package
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="Times New Roman"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="{after}" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="{accent}"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="{accent}"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:color w:val="{accent}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""


COLBREAK = '<w:r><w:br w:type="column"/></w:r>'


def sectpr(header=False, footer=False, cols=None, margins=(1134, 1134, 1134, 1134),
           landscape=False, title_pg=False, continuous=False):
    ref = ""
    if header:
        ref += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
    if footer:
        ref += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
    pg = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' if landscape else '<w:pgSz w:w="11906" w:h="16838"/>'
    t, rr, b, l = margins
    c = '<w:cols w:num="%d" w:space="567"/>' % cols if cols else '<w:cols w:space="708"/>'
    typ = '<w:type w:val="continuous"/>' if continuous else ""
    return ('<w:sectPr>%s%s%s<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" '
            'w:footer="567" w:gutter="0"/>%s%s<w:docGrid w:linePitch="360"/></w:sectPr>') % (
        ref, typ, pg, t, rr, b, l, c, "<w:titlePg/>" if title_pg else "")


def section_break(cols=None, continuous=True, header=False, footer=False):
    """Paragraph carrying a section break (ends the section *before* it)."""
    ref = ""
    if header:
        ref += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
    if footer:
        ref += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
    c = '<w:cols w:num="%d" w:space="567"/>' % cols if cols else '<w:cols w:space="708"/>'
    typ = '<w:type w:val="continuous"/>' if continuous else ""
    return ('<w:p><w:pPr><w:sectPr>%s%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
            'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>%s</w:sectPr></w:pPr></w:p>'
            ) % (ref, typ, c)


def hdrftr(kind, paras):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<%s %s>%s</%s>' % (tag, NSDECL, paras, tag)


def build_docx(body, *, header=None, footer=None, comments=None, title="",
               author="", last_by=None, company="", created="2019-05-20T09:12:00Z",
               modified="2019-06-10T18:40:00Z", track=False, protect_forms=False,
               lang="nl-BE", font="Calibri", size=22, accent="1F4E79", app="Microsoft Office Word",
               appver="16.0000", template="Normal.dotm", sect=None, after=160):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
           % (NSDECL, body, sect or sectpr(header=header is not None, footer=footer is not None)))
    files = {}
    ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    if header is not None:
        files["word/header1.xml"] = hdrftr("header", header)
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        rels.append('<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
    if footer is not None:
        files["word/footer1.xml"] = hdrftr("footer", footer)
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        rels.append('<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
    if comments is not None and comments.items:
        files["word/comments.xml"] = comments.xml()
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        rels.append('<Relationship Id="rIdCmt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
    settings = ['<w:zoom w:percent="100"/>']
    if protect_forms:
        settings.append('<w:documentProtection w:edit="forms" w:enforcement="1"/>')
    if track:
        settings.append("<w:trackRevisions/>")
    settings.append('<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
                    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                    '<w:themeFontLang w:val="%s"/>' % lang)
    files["word/settings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>%s</w:settings>'
                                  % (NSDECL, "".join(settings)))
    files["word/styles.xml"] = STYLES.format(font=font, size=size, lang=lang, accent=accent, after=after)
    files["word/document.xml"] = doc
    files["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
        % "".join(rels))
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">%s</Types>'
        % "".join(ct))
    files["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    files["docProps/core.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
        '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
        '</cp:coreProperties>') % (x(title), x(author), x(last_by or author), 3, created, modified)
    files["docProps/app.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>%s</Template><TotalTime>14</TotalTime>'
        '<Pages>2</Pages><Application>%s</Application><DocSecurity>0</DocSecurity><Company>%s</Company>'
        '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
        '<AppVersion>%s</AppVersion></Properties>') % (x(template), x(app), x(company), appver)
    order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
    order += sorted(k for k in files if k not in order)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for k in order:
            info = zipfile.ZipInfo(k, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[k].encode("utf-8"))
    return out.getvalue()
