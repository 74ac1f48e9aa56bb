"""openpyxl output made to look like an Excel-saved workbook: cached formula values, fixed metadata."""
import io
import re
import zipfile
from xml.sax.saxutils import escape
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

BOLD = Font(bold=True)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcolor):
    return PatternFill("solid", fgColor=hexcolor)


def save_xlsx(wb, cached, *, creator="", last_by="", created="2019-04-15T08:30:00Z",
              modified="2019-06-10T19:12:00Z", company="", title=""):
    """cached: {(sheet_title, 'B10'): value}. Inserts <v> results the way Excel stores them."""
    bio = io.BytesIO()
    wb.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    titles = [ws.title for ws in wb.worksheets]
    files = {n: zin.read(n) for n in zin.namelist()}
    for (sheet, coord), val in cached.items():
        path = "xl/worksheets/sheet%d.xml" % (titles.index(sheet) + 1)
        xml = files[path].decode("utf-8")
        pat = re.compile(r'<c r="%s"((?: [a-z]+="[^"]*")*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>' % coord)
        m = pat.search(xml)
        if not m:
            raise ValueError("no formula cell %s!%s" % (sheet, coord))
        attrs = re.sub(r' t="[^"]*"', "", m.group(1))
        if isinstance(val, str):
            rep = '<c r="%s"%s t="str"><f>%s</f><v>%s</v></c>' % (coord, attrs, m.group(2), escape(val))
        else:
            v = repr(float(val)) if isinstance(val, float) else str(val)
            if v.endswith(".0"):
                v = v[:-2]
            rep = '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (coord, attrs, m.group(2), v)
        xml = xml[:m.start()] + rep + xml[m.end():]
        files[path] = xml.encode("utf-8")
    # workbook: do not force recalculation, like a file Excel saved itself
    wbx = files["xl/workbook.xml"].decode("utf-8")
    wbx = re.sub(r"<calcPr[^>]*/>", '<calcPr calcId="181029"/>', wbx)
    files["xl/workbook.xml"] = wbx.encode("utf-8")
    files["docProps/core.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
        '</cp:coreProperties>' % (escape(title), escape(creator), escape(last_by), created, modified)).encode("utf-8")
    names = "".join("<vt:lpstr>%s</vt:lpstr>" % escape(t) for t in titles)
    files["docProps/app.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>'
        '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">'
        '<vt:variant><vt:lpstr>Werkbladen</vt:lpstr></vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs>'
        '<TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s</vt:vector></TitlesOfParts><Company>%s</Company>'
        '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
        '<AppVersion>16.0300</AppVersion></Properties>' % (len(titles), len(titles), names, escape(company))).encode("utf-8")
    order = ["[Content_Types].xml", "_rels/.rels"] + sorted(n for n in files if n not in ("[Content_Types].xml", "_rels/.rels"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in order:
            info = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[n])
    return out.getvalue()


def put(ws, coord, value, *, bold=False, fmt=None, fillc=None, wrap=False, box=False, size=None, italic=False,
        color=None, align=None):
    c = ws[coord]
    c.value = value
    if bold or size or italic or color:
        c.font = Font(bold=bold, size=size, italic=italic, color=color)
    if fmt:
        c.number_format = fmt
    if fillc:
        c.fill = fill(fillc)
    if wrap or align:
        c.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal=align)
    if box:
        c.border = BOX
    return c
