"""Spreadsheet attachments: .xlsx (openpyxl + post-processing), .ods (hand-written
OpenDocument XML), .csv (as Belgian / French Excel writes it)."""
import datetime as dt
import io
import re
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from common import D, money, repack_zip, write_zip, FIXED_ZIP_TIME

LABELS = {
    "nl": dict(
        title="Aanvraagformulier projectidee",
        sub="Projectoproep ‘Maak werk van je buurt!’ – Partons 2.0 – Provincie West-Vlaanderen",
        org="Naam vereniging / organisatie", legal="Rechtsvorm", contact="Contactpersoon",
        role="Functie", address="Adres (straat + nr.)", pc="Postcode", muni="Gemeente",
        country="Land", tel="Telefoon / gsm", email="E-mail", ptitle="Titel van het project",
        desc="Korte omschrijving", who="Wie werkt mee?", timing="Timing",
        budget="BEGROTING", cost="Kostenpost", amount="Bedrag", total="Totale kostprijs",
        own="Eigen inbreng", req="Gevraagde steun", sheet1="Aanvraag", sheet2="Begroting",
        date="Datum",
    ),
    "fr": dict(
        title="Fiche de candidature – projet",
        sub="Appel à projets Partons 2.0 – « Maak werk van je buurt ! » – villages et quartiers",
        org="Nom de l'association / structure", legal="Statut juridique",
        contact="Personne de contact", role="Fonction", address="Adresse", pc="Code postal",
        muni="Commune", country="Pays", tel="Téléphone", email="Courriel",
        ptitle="Intitulé du projet", desc="Description du projet",
        who="Partenaires / habitants associés", timing="Calendrier", budget="BUDGET PRÉVISIONNEL",
        cost="Poste de dépense", amount="Montant", total="Coût total du projet",
        own="Autofinancement", req="Montant sollicité", sheet1="Candidature", sheet2="Budget",
        date="Date",
    ),
}

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


# ---------------------------------------------------------------- xlsx

def _sharedstrings(data):
    """Turn openpyxl's inline strings into a shared-string table, as a file
    saved by Excel has it."""
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    sst, index = [], {}

    def conv(m):
        attrs, text = m.group(1), m.group(2)
        attrs = attrs.replace(' t="inlineStr"', "")
        if text not in index:
            index[text] = len(sst)
            sst.append(text)
        return f'<c{attrs} t="s"><v>{index[text]}</v></c>'

    pat = re.compile(r'<c((?: [a-z]+="[^"]*")*)><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>', re.S)
    repl = {}
    for n in names:
        if n.startswith("xl/worksheets/sheet"):
            xml = z.read(n).decode("utf-8")
            repl[n] = pat.sub(conv, xml).encode("utf-8")
    count = len(sst)
    sx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">']
    for t in sst:
        sp = ' xml:space="preserve"' if t != t.strip() else ""
        sx.append(f"<si><t{sp}>{t}</t></si>")
    sx.append("</sst>")
    ct = z.read("[Content_Types].xml").decode()
    ct = ct.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    repl["[Content_Types].xml"] = ct.encode()
    repl["xl/_rels/workbook.xml.rels"] = rels.encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for n in names:
            b = repl.get(n, z.read(n))
            zi = zipfile.ZipInfo(n, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, b)
        zi = zipfile.ZipInfo("xl/sharedStrings.xml", date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(zi, "".join(sx).encode("utf-8"))
    return buf.getvalue()


def _cache_values(data, cached):
    """cached: {(sheet_index, 'B12'): number}. Writes <v> into formula cells."""
    def fixer(cells):
        def f(b):
            xml = b.decode("utf-8")
            for ref, val in cells.items():
                v = f"{float(val):.10g}" if D(val) != int(D(val)) else str(int(D(val)))
                xml, n = re.subn(r'(<c r="%s"[^>]*>)<f>(.*?)</f><v\s*/?>(?:</v>)?' % ref,
                                 lambda m: f"{m.group(1)}<f>{m.group(2)}</f><v>{v}</v>", xml)
                assert n == 1, (ref, xml[:300])
            return xml.encode("utf-8")
        return f

    by_sheet = {}
    for (si, ref), val in cached.items():
        by_sheet.setdefault(si, {})[ref] = val
    z = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for n in z.namelist():
            b = z.read(n)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml", n)
            if m and int(m.group(1)) in by_sheet:
                b = fixer(by_sheet[int(m.group(1))])(b)
            zi = zipfile.ZipInfo(n, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, b)
    return buf.getvalue()


def build_xlsx(app, opt):
    """app: application data; opt: layout options.

    opt keys: layout ('side'|'under'), second_sheet (bool), cached (bool),
    numfmt, text_amounts {'total'|'own'|'req': str}, req_formula (bool),
    own_lines [(label, amount)], creator, extra_rows, budget_only (bool: only a
    budget sheet, used for body_with_sheet), title_override, col_widths.
    """
    L = LABELS[app["lang"]]
    wb = openpyxl.Workbook()
    ws = wb.active
    numfmt = opt.get("numfmt", '#,##0.00 "€"')
    bold = Font(bold=True)
    cached = {}
    head_fill = PatternFill("solid", fgColor=opt.get("fill", "DDEBF7"))

    def put(ws, ref, value, fmt=None, b=False, box=False):
        c = ws[ref]
        c.value = value
        if fmt:
            c.number_format = fmt
        if b:
            c.font = bold
        if box:
            c.border = BOX
        return c

    budget_only = opt.get("budget_only", False)
    r = 1
    if not budget_only:
        ws.title = opt.get("sheet1", L["sheet1"])
        ws.merge_cells("A1:D1")
        put(ws, "A1", opt.get("title_override", L["title"])).font = Font(bold=True, size=14)
        ws["A1"].fill = head_fill
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:D2")
        put(ws, "A2", L["sub"]).font = Font(italic=True, size=9)
        r = 4
        rows = [("org", app.get("org_form", app.get("org")))]
        if app.get("legal"):
            rows.append(("legal", app["legal"]))
        rows += [("contact", app["contact"])]
        if app.get("role"):
            rows.append(("role", app["role"]))
        rows += [("address", app["address"]), ("pc", app["postcode_disp"]), ("muni", app["muni_disp"])]
        if app.get("country_disp"):
            rows.append(("country", app["country_disp"]))
        rows += [("tel", app["phone_disp"]), ("email", app["email_form"]),
                 ("ptitle", app["title"]), ("desc", app["desc"])]
        if app.get("who"):
            rows.append(("who", app["who"]))
        if app.get("timing"):
            rows.append(("timing", app["timing"]))
        for key, val in rows:
            if val is None:
                continue
            if opt.get("layout", "side") == "side":
                put(ws, f"A{r}", L[key], b=True)
                ws.merge_cells(f"B{r}:D{r}")
                c = put(ws, f"B{r}", val)
                if key == "pc" and opt.get("pc_numeric"):
                    c.value = int(val)
                if key in ("desc", "who"):
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    ws.row_dimensions[r].height = 15 * max(2, len(val) // 60 + 1)
                r += 1
            else:
                put(ws, f"A{r}", L[key] + (" :" if app["lang"] == "fr" else ":"), b=True)
                ws.merge_cells(f"A{r+1}:D{r+1}")
                c = put(ws, f"A{r+1}", val)
                c.border = BOX
                if key in ("desc", "who"):
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    ws.row_dimensions[r + 1].height = 15 * max(2, len(val) // 70 + 1)
                r += 3
        r += 1

    # budget block: either on this sheet or on a second sheet
    if opt.get("second_sheet") or budget_only:
        bs = wb.create_sheet(opt.get("sheet2", L["sheet2"])) if not budget_only else ws
        if budget_only:
            ws.title = opt.get("sheet2", L["sheet2"])
        bsi = 2 if not budget_only else 1
        br = 1
        bs.merge_cells("A1:C1")
        put(bs, "A1", opt.get("budget_title", L["budget"] + " – " + app["title"]), b=True)
        bs["A1"].fill = head_fill
        br = 3
    else:
        bs, bsi, br = ws, 1, r
        bs.merge_cells(f"A{br}:D{br}")
        put(bs, f"A{br}", L["budget"], b=True).fill = head_fill
        br += 1
    put(bs, f"A{br}", L["cost"], b=True, box=True)
    put(bs, f"B{br}", L["amount"], b=True, box=True)
    if opt.get("remark_col"):
        put(bs, f"C{br}", opt["remark_col"], b=True, box=True)
    br += 1
    first = br
    for item in app["lines"]:
        label, amt = item[0], item[1]
        put(bs, f"A{br}", label, box=True)
        put(bs, f"B{br}", float(D(amt)) if D(amt) != int(D(amt)) else int(D(amt)), numfmt, box=True)
        if opt.get("remark_col") and len(item) > 2:
            put(bs, f"C{br}", item[2], box=True)
        br += 1
    last = br - 1
    ta = opt.get("text_amounts", {})
    tot_ref = f"B{br}"
    put(bs, f"A{br}", L["total"], b=True, box=True)
    if "total" in ta:
        put(bs, tot_ref, ta["total"], b=True, box=True)
    else:
        put(bs, tot_ref, f"=SUM(B{first}:B{last})", numfmt, b=True, box=True)
        cached[(bsi, tot_ref)] = app["total"]
    br += 1
    own_lines = opt.get("own_lines")
    own_refs = []
    if own_lines:
        for lab, amt in own_lines:
            put(bs, f"A{br}", lab, box=True)
            put(bs, f"B{br}", int(D(amt)) if D(amt) == int(D(amt)) else float(D(amt)), numfmt, box=True)
            own_refs.append(f"B{br}")
            br += 1
    elif app.get("own") is not None and not opt.get("no_own"):
        put(bs, f"A{br}", opt.get("own_label", L["own"]), box=True)
        if "own" in ta:
            put(bs, f"B{br}", ta["own"], box=True)
        else:
            o = D(app["own"])
            put(bs, f"B{br}", int(o) if o == int(o) else float(o), numfmt, box=True)
        own_refs.append(f"B{br}")
        br += 1
    if not opt.get("no_req"):
        put(bs, f"A{br}", opt.get("req_label", L["req"]), b=True, box=True)
        if "req" in ta:
            put(bs, f"B{br}", ta["req"], b=True, box=True)
        elif opt.get("req_formula") and own_refs:
            put(bs, f"B{br}", f"={tot_ref}-" + ("SUM(%s:%s)" % (own_refs[0], own_refs[-1]) if len(own_refs) > 1 else own_refs[0]),
                numfmt, b=True, box=True)
            cached[(bsi, f"B{br}")] = app["requested"]
        else:
            q = D(app["requested"])
            put(bs, f"B{br}", int(q) if q == int(q) else float(q), numfmt, b=True, box=True)
        req_ref = f"B{br}"
        br += 1
    # summary on first sheet pointing to the budget sheet
    if opt.get("second_sheet") and not budget_only and opt.get("summary", True):
        sname = bs.title
        q = f"'{sname}'" if " " in sname else sname
        put(ws, f"A{r}", L["total"], b=True)
        put(ws, f"B{r}", f"={q}!{tot_ref}", numfmt)
        cached[(1, f"B{r}")] = app["total"]
        r += 1
        if not opt.get("no_req") and opt.get("summary_req", True):
            put(ws, f"A{r}", L["req"], b=True)
            put(ws, f"B{r}", f"={q}!{req_ref}", numfmt)
            cached[(1, f"B{r}")] = app["requested"]
            r += 1
    if opt.get("footer"):
        rr = (r + 1) if not (opt.get("second_sheet") or budget_only) else r + 1
        rr = max(rr, br + 1) if bs is ws else rr
        put(ws, f"A{rr}", opt["footer"])
    for col, w in opt.get("col_widths", {"A": 34, "B": 18, "C": 18, "D": 18}).items():
        ws.column_dimensions[col].width = w
        if bs is not ws:
            bs.column_dimensions[col].width = w
    p = wb.properties
    p.creator = opt.get("creator", app["contact"])
    p.lastModifiedBy = opt.get("creator", app["contact"])
    created = opt.get("created", dt.datetime(2019, 5, 20, 9, 0, 0))
    modified = opt.get("modified", dt.datetime(2019, 6, 2, 20, 15, 0))
    p.created = created
    p.modified = modified
    p.title = None
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    # openpyxl stamps 'now' into core.xml modified; force our value
    def fixcore(b):
        s = b.decode()
        s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                   r"\g<1>" + modified.strftime("%Y-%m-%dT%H:%M:%SZ") + r"\g<2>", s)
        s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                   r"\g<1>" + created.strftime("%Y-%m-%dT%H:%M:%SZ") + r"\g<2>", s)
        return s.encode()
    from common import zip_replace
    repl = {"docProps/core.xml": fixcore}
    if opt.get("cached", True):
        appver = opt.get("appversion", "16.0300")
        repl["docProps/app.xml"] = lambda b: (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            f'<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            f'<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{appver}</AppVersion></Properties>').encode()
    data = zip_replace(repack_zip(data), repl)
    if opt.get("cached", True):
        data = _cache_values(data, cached)
        data = _sharedstrings(data)
    return repack_zip(data)


# ---------------------------------------------------------------- ods

ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'office:version="1.2"'
)


class OdsSheet:
    def __init__(self, name, ncols=4):
        self.name = name
        self.rows = []  # list of list of cell xml
        self.ncols = ncols

    def row(self, *cells):
        self.rows.append(list(cells))

    def empty(self):
        self.rows.append([])


def c_text(t, style=None, span=None):
    st = f' table:style-name="{style}"' if style else ""
    sp = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span else ""
    paras = "".join(f"<text:p>{escape(p)}</text:p>" for p in str(t).split("\n"))
    x = f'<table:table-cell{st}{sp} office:value-type="string" calcext:value-type="string">{paras}</table:table-cell>'
    if span:
        x += "<table:covered-table-cell/>" * (span - 1)
    return x


def c_cur(v, disp, style="ce_cur", formula=None, vtype="currency"):
    f = f' table:formula="{escape(formula)}"' if formula else ""
    cur = ' office:currency="EUR"' if vtype == "currency" else ""
    val = D(v)
    sval = str(int(val)) if val == int(val) else f"{val:.2f}".rstrip("0")
    return (f'<table:table-cell table:style-name="{style}"{f} office:value-type="{vtype}"{cur} '
            f'office:value="{sval}" calcext:value-type="{vtype}"><text:p>{escape(disp)}</text:p></table:table-cell>')


def c_float(v, disp):
    return c_cur(v, disp, style="ce_num", vtype="float")


_c_val = None  # set below


_c_val = c_cur


def c_empty():
    return "<table:table-cell/>"


def build_ods(sheets, meta_author, created="2019-05-27T21:04:11", lo="LibreOffice/6.2.3.2$Windows_X86_64 LibreOffice_project/aecc05fe267cc68dde00352a451aa867b3b546ac", cur_style="nl"):
    """sheets: list of OdsSheet. Cells already rendered as XML."""
    cur_fmt = {
        # € 1.234,56  (nl-BE)
        "nl": ('<number:currency-style style:name="N_CUR" style:volatile="true">'
               '<number:currency-symbol number:language="nl" number:country="BE">€</number:currency-symbol>'
               '<number:text> </number:text>'
               '<number:number number:decimal-places="2" loext:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>'
               '</number:currency-style>'),
        # 1 234,56 €  (fr-FR)
        "fr": ('<number:currency-style style:name="N_CUR" style:volatile="true">'
               '<number:number number:decimal-places="2" loext:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>'
               '<number:text> </number:text>'
               '<number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol>'
               '</number:currency-style>'),
    }[cur_style]
    ns = ODS_NS.replace('office:version="1.2"', 'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.2"')
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="2.6in"/></style:style>'
        '<style:style style:name="co2" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="1.3in"/></style:style>'
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
        + cur_fmt +
        '<number:number-style style:name="N_NUM"><number:number number:decimal-places="2" loext:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
        '<style:style style:name="ce_cur" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_CUR"/>'
        '<style:style style:name="ce_curb" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_CUR"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce_num" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_NUM"/>'
        '<style:style style:name="ce_numb" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_NUM"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce_b" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce_title" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffe994"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce_wrap" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>'
        '</office:automatic-styles>'
    )
    body = []
    for sh in sheets:
        body.append(f'<table:table table:name="{escape(sh.name)}" table:style-name="ta1">')
        body.append('<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>')
        body.append(f'<table:table-column table:style-name="co2" table:number-columns-repeated="{sh.ncols - 1}" table:default-cell-style-name="Default"/>')
        for cells in sh.rows:
            if not cells:
                body.append(f'<table:table-row><table:table-cell table:number-columns-repeated="{sh.ncols}"/></table:table-row>')
            else:
                body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        body.append("</table:table>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}>'
               '<office:scripts/><office:font-face-decls/>' + auto +
               '<office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false"/>'
               + "".join(body) + '</office:spreadsheet></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns}>'
              '<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:default-style>'
              '<style:style style:name="Default" style:family="table-cell"/></office:styles>'
              '<office:automatic-styles><style:page-layout style:name="Mpm1"/></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="Mpm1"/></office:master-styles>'
              '</office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns}><office:meta>'
            f'<meta:creation-date>{created}</meta:creation-date>'
            f'<dc:date>{created}</dc:date><meta:editing-cycles>3</meta:editing-cycles>'
            f'<meta:generator>{escape(lo)}</meta:generator>'
            f'<meta:initial-creator>{escape(meta_author)}</meta:initial-creator><dc:creator>{escape(meta_author)}</dc:creator>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    members = [
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", content.encode("utf-8")),
        ("styles.xml", styles.encode("utf-8")),
        ("meta.xml", meta.encode("utf-8")),
        ("META-INF/manifest.xml", manifest.encode("utf-8")),
    ]
    return write_zip(members, utf8_flag=True, when=(2019, 5, 27, 21, 4, 10), stored=("mimetype",))


def ods_form(app, opt):
    """An application form as a LibreOffice Calc sheet."""
    L = LABELS[app["lang"]]
    mstyle = opt.get("money", "be" if app["lang"] == "nl" else "fr")
    sym = opt.get("sym", "€")

    def disp(v):
        m = money(v, mstyle)
        if opt.get("vtype") == "float":
            return m
        return f"€ {m}" if app["lang"] == "nl" and opt.get("sym_before", True) else f"{m} €"

    vt = opt.get("vtype", "currency")

    def c_cur(v, shown, style="ce_cur", formula=None):
        if vt == "float":
            style = "ce_num" if style == "ce_cur" else "ce_numb"
        return _c_val(v, shown, style, formula, vt)

    sh = OdsSheet(opt.get("sheet1", L["sheet1"]))
    sh.row(c_text(opt.get("title", L["title"]), "ce_title", span=3))
    sh.row(c_text(L["sub"], span=3))
    sh.empty()
    rows = [("org", app.get("org_form", app.get("org"))), ("legal", app.get("legal")),
            ("contact", app["contact"]), ("role", app.get("role")), ("address", app["address"]),
            ("pc", app["postcode_disp"]), ("muni", app["muni_disp"]),
            ("country", app.get("country_disp")), ("tel", app["phone_disp"]),
            ("email", app["email_form"]), ("ptitle", app["title"]), ("desc", app["desc"]),
            ("who", app.get("who")), ("timing", app.get("timing"))]
    for key, val in rows:
        if not val:
            continue
        if opt.get("layout", "side") == "side":
            if key == "pc" and opt.get("pc_float"):
                sh.row(c_text(L[key], "ce_b"), f'<table:table-cell office:value-type="float" office:value="{int(val)}" calcext:value-type="float"><text:p>{val}</text:p></table:table-cell>')
            else:
                sh.row(c_text(L[key], "ce_b"), c_text(val, "ce_wrap" if key in ("desc", "who") else None, span=2))
        else:
            sh.row(c_text(L[key] + " :" if app["lang"] == "fr" else L[key] + ":", "ce_b"))
            sh.row(c_text(val, "ce_wrap", span=3))
            sh.empty()
    sh.empty()
    target = sh
    if opt.get("second_sheet"):
        target = OdsSheet(opt.get("sheet2", L["sheet2"]), ncols=3)
        target.row(c_text(L["budget"], "ce_title", span=2))
        target.empty()
    else:
        target.row(c_text(L["budget"], "ce_b"))
    target.row(c_text(L["cost"], "ce_b"), c_text(L["amount"], "ce_b"))
    start = len(target.rows) + 1
    for item in app["lines"]:
        target.row(c_text(item[0]), c_cur(item[1], disp(item[1])))
    end = len(target.rows)
    target.row(c_text(L["total"], "ce_b"),
               c_cur(app["total"], disp(app["total"]), "ce_curb", formula=f"of:=SUM([.B{start}:.B{end}])"))
    tot_row = len(target.rows)
    if app.get("own") is not None:
        target.row(c_text(opt.get("own_label", L["own"])), c_cur(app["own"], disp(app["own"])))
    own_row = len(target.rows)
    if not opt.get("no_req"):
        if opt.get("req_formula"):
            target.row(c_text(opt.get("req_label", L["req"]), "ce_b"),
                       c_cur(app["requested"], disp(app["requested"]), "ce_curb", formula=f"of:=[.B{tot_row}]-[.B{own_row}]"))
        else:
            target.row(c_text(opt.get("req_label", L["req"]), "ce_b"), c_cur(app["requested"], disp(app["requested"]), "ce_curb"))
    sheets = [sh] + ([target] if target is not sh else [])
    if opt.get("footer"):
        sh.empty()
        sh.row(c_text(opt["footer"], span=3))
    return build_ods(sheets, opt.get("author", app["contact"]), created=opt.get("created", "2019-05-27T21:04:11"),
                     cur_style="nl" if app["lang"] == "nl" else "fr")


def ods_budget(app, opt):
    """A budget-only Calc sheet (for mails that give the rest in the body)."""
    L = LABELS[app["lang"]]
    mstyle = opt.get("money", "be" if app["lang"] == "nl" else "fr")

    def disp(v):
        m = money(v, mstyle)
        return f"€ {m}" if app["lang"] == "nl" else f"{m} €"

    sh = OdsSheet(opt.get("sheet", L["sheet2"]), ncols=3)
    sh.row(c_text(opt.get("heading", L["budget"]), "ce_title", span=2))
    sh.empty()
    hdr = [c_text(L["cost"], "ce_b"), c_text(L["amount"], "ce_b")]
    if opt.get("remark_col"):
        hdr.append(c_text(opt["remark_col"], "ce_b"))
    sh.row(*hdr)
    start = len(sh.rows) + 1
    for item in app["lines"]:
        cells = [c_text(item[0]), c_cur(item[1], disp(item[1]))]
        if opt.get("remark_col") and len(item) > 2:
            cells.append(c_text(item[2]))
        sh.row(*cells)
    end = len(sh.rows)
    sh.row(c_text(opt.get("total_label", L["total"]), "ce_b"),
           c_cur(app["total"], disp(app["total"]), "ce_curb", formula=f"of:=SUM([.B{start}:.B{end}])"))
    tot_row = len(sh.rows)
    if app.get("own") is not None:
        sh.row(c_text(opt.get("own_label", L["own"])), c_cur(app["own"], disp(app["own"])))
    if not opt.get("no_req"):
        sh.row(c_text(opt.get("req_label", L["req"]), "ce_b"),
               c_cur(app["requested"], disp(app["requested"]), "ce_curb", formula=f"of:=[.B{tot_row}]-[.B{tot_row + 1}]"))
    return build_ods([sh], opt.get("author", app["contact"]), created=opt.get("created", "2019-06-03T19:40:02"),
                     cur_style="nl" if app["lang"] == "nl" else "fr")


# ---------------------------------------------------------------- csv

def build_csv(rows, encoding="cp1252", bom=False):
    """rows: list of lists of str. ';' separated, CRLF, quoting only when needed."""
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = "" if c is None else str(c)
            if any(ch in c for ch in ';"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(";".join(cells))
    text = "\r\n".join(out) + "\r\n"
    b = text.encode(encoding)
    if bom:
        b = b"\xef\xbb\xbf" + b
    return b
