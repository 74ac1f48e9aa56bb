"""Raw ODF (ODT / ODS) package writer, LibreOffice-like output."""
import io
import re
import zipfile
from xml.sax.saxutils import escape

NSD = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
       'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
       'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
       'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
       'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
       'office:version="1.2"')


def x(s):
    return escape(str(s), {'"': "&quot;"})


def inline(text):
    """Plain text -> ODF inline content (tabs, line breaks, runs of spaces)."""
    out = []
    for part in re.split(r"(\t|\n| {2,})", text):
        if part == "\t":
            out.append("<text:tab/>")
        elif part == "\n":
            out.append("<text:line-break/>")
        elif part.startswith("  "):
            out.append(' <text:s text:c="%d"/>' % (len(part) - 1))
        elif part:
            out.append(x(part))
    return "".join(out)


def span(text, style):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, inline(text))


def P(*content, style="Standard"):
    body = "".join(c if c.startswith("<") else inline(c) for c in content)
    return '<text:p text:style-name="%s">%s</text:p>' % (style, body)


def H(text, level=1, style=None):
    st = style or "Heading_20_%d" % level
    return '<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (st, level, inline(text))


def text_input(value, desc):
    return '<text:text-input text:description="%s">%s</text:text-input>' % (x(desc), inline(value))


def placeholder(desc):
    return '<text:placeholder text:placeholder-type="text" text:description="%s">&lt;%s&gt;</text:placeholder>' % (x(desc), x(desc))


# ------------------------------------------------------------ ODT tables
def otable(name, col_widths_cm, rows, style_prefix=None):
    """rows: list of rows; a cell is a str (paragraph xml or text),
    a dict {content, span, rspan, style}, or None for a covered cell."""
    sp = style_prefix or name
    out = ['<table:table table:name="%s" table:style-name="%s">' % (x(name), sp)]
    for i, _w in enumerate(col_widths_cm):
        out.append('<table:table-column table:style-name="%s.C%d"/>' % (sp, i))
    for row in rows:
        out.append("<table:table-row>")
        for c in row:
            if c is None:
                out.append("<table:covered-table-cell/>")
                continue
            if not isinstance(c, dict):
                c = {"content": c}
            content = c.get("content", "")
            if isinstance(content, list):
                content = "".join(content)
            if not content.startswith("<"):
                content = P(content, style=c.get("pstyle", "Table_20_Contents"))
            attrs = ' table:style-name="%s"' % c.get("style", sp + ".A1")
            if c.get("span"):
                attrs += ' table:number-columns-spanned="%d"' % c["span"]
            if c.get("rspan"):
                attrs += ' table:number-rows-spanned="%d"' % c["rspan"]
            out.append('<table:table-cell%s office:value-type="string">%s</table:table-cell>' % (attrs, content))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def otable_styles(name, col_widths_cm, shade=None, border="0.5pt solid #000000", total=None):
    tot = total or sum(col_widths_cm)
    s = ['<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" '
         'table:align="margins"/></style:style>' % (name, tot)]
    for i, w in enumerate(col_widths_cm):
        s.append('<style:style style:name="%s.C%d" style:family="table-column"><style:table-column-properties '
                 'style:column-width="%.2fcm"/></style:style>' % (name, i, w))
    s.append('<style:style style:name="%s.A1" style:family="table-cell"><style:table-cell-properties '
             'fo:padding="0.1cm" fo:border="%s"/></style:style>' % (name, border))
    s.append('<style:style style:name="%s.H" style:family="table-cell"><style:table-cell-properties '
             'fo:background-color="%s" fo:padding="0.1cm" fo:border="%s"/></style:style>' % (name, shade or "#dddddd", border))
    return "".join(s)


def frame(paras, name, x_cm, y_cm, w_cm, h_cm, anchor="paragraph", style="fr1", z=0):
    return ('<draw:frame draw:style-name="%s" draw:name="%s" text:anchor-type="%s" svg:x="%.2fcm" svg:y="%.2fcm" '
            'svg:width="%.2fcm" draw:z-index="%d"><draw:text-box fo:min-height="%.2fcm">%s</draw:text-box></draw:frame>'
            ) % (style, x(name), anchor, x_cm, y_cm, w_cm, z, h_cm, paras)


# ------------------------------------------------------------ tracked changes
class Tracker:
    def __init__(self):
        self.regions = []

    def _info(self, author, date):
        return ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>'
                % (x(author), date))

    def ins(self, text, author, date):
        cid = "ct%d" % (len(self.regions) + 1)
        self.regions.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s</text:insertion>'
                            '</text:changed-region>' % (cid, cid, self._info(author, date)))
        return '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (
            cid, inline(text), cid)

    def dele(self, text, author, date):
        cid = "ct%d" % (len(self.regions) + 1)
        self.regions.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s<text:p>%s</text:p>'
                            '</text:deletion></text:changed-region>' % (cid, cid, self._info(author, date), inline(text)))
        return '<text:change text:change-id="%s"/>' % cid

    def xml(self):
        if not self.regions:
            return ""
        return '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(self.regions)


# ------------------------------------------------------------ styles
BASE_STYLES = """<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.14cm"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties style:font-name="{font}" fo:font-family="{font}" fo:font-size="14pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>"""


def odt_package(body, *, auto_styles="", extra_styles="", header=None, footer=None,
                title="", creator="", date="2019-06-08T20:15:00", tracker=None,
                font="Liberation Sans", accent="#1f4e79", generator="LibreOffice/6.2.4.2$Windows_X86_64 LibreOffice_project/2412653d852ce75f65fbfa83fb7e7b669a126d64",
                lang="nl", country="BE", user_decls=""):
    fonts = ('<office:font-face-decls><style:font-face style:name="%s" svg:font-family="\'%s\'" '
             'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>' % (font, font))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>%s<office:automatic-styles>%s'
               '</office:automatic-styles><office:body><office:text>%s%s%s</office:text></office:body></office:document-content>'
               ) % (NSD, fonts, auto_styles, tracker.xml() if tracker else "", user_decls, body)
    hf = ""
    if header:
        hf += "<style:header>%s</style:header>" % header
    if footer:
        hf += "<style:footer>%s</style:footer>" % footer
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s>%s<office:styles>'
              '<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm"/>'
              '<style:text-properties style:font-name="%s" fo:font-size="10.5pt" fo:language="%s" fo:country="%s"/></style:default-style>'
              '%s%s</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
              'fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" '
              'fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties '
              'fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties '
              'fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s</style:master-page>'
              '</office:master-styles></office:document-styles>') % (
        NSD, fonts, font, lang, country, BASE_STYLES.format(font=font, accent=accent), extra_styles, hf)
    return _package("application/vnd.oasis.opendocument.text", content, styles, title, creator, date, generator)


def _package(mime, content, styles, title, creator, date, generator):
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:creation-date>2019-05-02T10:03:11</meta:creation-date><dc:date>%s</dc:date>'
            '<meta:generator>%s</meta:generator><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<dc:creator>%s</dc:creator><meta:editing-cycles>4</meta:editing-cycles></office:meta></office:document-meta>'
            ) % (NSD, date, x(generator), x(title), x(creator), x(creator))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>') % mime
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        info = zipfile.ZipInfo("mimetype", date_time=(2019, 6, 8, 20, 15, 0))
        info.compress_type = zipfile.ZIP_STORED
        z.writestr(info, mime)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(name, date_time=(2019, 6, 8, 20, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    return out.getvalue()


# ------------------------------------------------------------ ODS
def scell(value=None, *, text=None, kind=None, style=None, formula=None, span=None, rspan=None,
          currency="EUR"):
    """One spreadsheet cell. kind: None(str)/'float'/'currency'/'percentage'."""
    attrs = ""
    if style:
        attrs += ' table:style-name="%s"' % style
    if span:
        attrs += ' table:number-columns-spanned="%d"' % span
    if rspan:
        attrs += ' table:number-rows-spanned="%d"' % rspan
    if formula:
        attrs += ' table:formula="%s"' % x(formula)
    if value is None and text is None:
        return "<table:table-cell%s/>" % attrs
    if kind in ("float", "currency", "percentage"):
        attrs += ' office:value-type="%s"' % kind
        if kind == "currency":
            attrs += ' office:currency="%s"' % currency
        attrs += ' office:value="%s"' % _num(value)
        attrs += ' calcext:value-type="%s"' % kind
        shown = text if text is not None else _num(value)
    else:
        attrs += ' office:value-type="string" calcext:value-type="string"'
        shown = text if text is not None else str(value)
    paras = "".join("<text:p>%s</text:p>" % inline(line) for line in shown.split("\n"))
    return "<table:table-cell%s>%s</table:table-cell>" % (attrs, paras)


def covered(n=1):
    return "<table:covered-table-cell/>" * n if n == 1 else '<table:covered-table-cell table:number-columns-repeated="%d"/>' % n


def _num(v):
    s = ("%.2f" % v) if isinstance(v, float) else str(v)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def srow(*cells, style=None):
    st = ' table:style-name="%s"' % style if style else ""
    inner = "".join(c if c.startswith("<") else scell(c) for c in cells) or "<table:table-cell/>"
    return "<table:table-row%s>%s</table:table-row>" % (st, inner)


def sheet(name, col_styles, rows, hidden=False, style="ta1"):
    cols = "".join('<table:table-column table:style-name="%s" table:default-cell-style-name="Default"/>' % c for c in col_styles)
    st = "ta_hidden" if hidden else style
    return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (x(name), st, cols, "".join(rows))


ODS_NSD = NSD + (' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')


def ods_package(sheets_xml, *, auto_styles="", title="", creator="", date="2019-06-09T11:02:00",
                generator="LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3",
                lang="fr", country="FR", font="Liberation Sans", named=""):
    fonts = ('<office:font-face-decls><style:font-face style:name="%s" svg:font-family="\'%s\'" '
             'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>' % (font, font))
    base_auto = ('<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
                 '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
                 '<style:style style:name="ta_hidden" style:family="table" style:master-page-name="Default">'
                 '<style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>%s<office:automatic-styles>%s%s'
               '</office:automatic-styles><office:body><office:spreadsheet>%s%s</office:spreadsheet></office:body>'
               '</office:document-content>') % (ODS_NSD, fonts, base_auto, auto_styles, sheets_xml, named)
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s>%s<office:styles>'
              '<style:default-style style:family="table-cell"><style:text-properties style:font-name="%s" fo:language="%s" fo:country="%s"/></style:default-style>'
              '<style:style style:name="Default" style:family="table-cell"/>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"/></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles>'
              '</office:document-styles>') % (ODS_NSD, fonts, font, lang, country)
    return _package("application/vnd.oasis.opendocument.spreadsheet", content, styles, title, creator, date, generator)
