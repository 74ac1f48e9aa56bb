# -*- coding: utf-8 -*-
"""ODT forms written as hand-made XML in a zip (mimetype stored first, uncompressed)."""
import io
import zipfile
from xml.sax.saxutils import escape

from paper_forms import dmy, d_fr

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')


def P(text, style="P"):
    if text is None:
        return f'<text:p text:style-name="{style}"/>'
    lines = str(text).split("\n")
    return "".join(f'<text:p text:style-name="{style}">{escape(ln)}</text:p>' for ln in lines)


def cell(text, style="C", pstyle="P", span=1):
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    out = f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}>{P(text, pstyle)}</table:table-cell>'
    out += "<table:covered-table-cell/>" * (span - 1)
    return out


def table(name, widths_cm, rows):
    cols = "".join(f'<table:table-column table:style-name="{name}.{chr(65 + i)}"/>' for i in range(len(widths_cm)))
    body = "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
    return f'<table:table table:name="{name}" table:style-name="{name}">{cols}{body}</table:table>'


def table_styles(name, widths_cm):
    tot = sum(widths_cm)
    s = (f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{tot}cm" '
         f'table:align="left"/></style:style>')
    for i, w in enumerate(widths_cm):
        s += (f'<style:style style:name="{name}.{chr(65 + i)}" style:family="table-column">'
              f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    return s


def build(body_xml, auto_styles, font="Liberation Sans", size="10pt", title="", creator="",
          generator="LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3"):
    content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS} office:version="1.2">
<office:font-face-decls/>
<office:automatic-styles>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="CL" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#eeeeee"/></style:style>
<style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000" fo:background-color="#c6d9f1"/></style:style>
<style:style style:name="CN" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border-bottom="0.5pt dotted #000000"/></style:style>
<style:style style:name="T1" style:family="paragraph"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="T2" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
{auto_styles}
</office:automatic-styles>
<office:body><office:text>
{body_xml}
</office:text></office:body></office:document-content>'''
    styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS} office:version="1.2">
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="&apos;{font}&apos;"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/>
<style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="nl" fo:country="BE"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard"/>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>'''
    meta = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS} office:version="1.2"><office:meta>
<meta:generator>{escape(generator)}</meta:generator><dc:title>{escape(title)}</dc:title>
<meta:initial-creator>{escape(creator)}</meta:initial-creator><dc:creator>{escape(creator)}</dc:creator>
</office:meta></office:document-meta>'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2019, 5, 20, 10, 0, 0)), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in [("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)]:
            z.writestr(zipfile.ZipInfo(name, (2019, 5, 20, 10, 0, 0)), data.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return b.getvalue()


# ---------------------------------------------------------------- D08 nl: two label/answer pairs per row
def odt_pairs(r, rng):
    w = [3.6, 5.4, 3.2, 4.8]
    rows = [
        [cell("Naam vereniging", "CL", "PB"), cell(r["org"]), cell("Rechtsvorm", "CL", "PB"), cell(r["legal"])],
        [cell("Adres", "CL", "PB"), cell(r["addr"]), cell("Postcode + gemeente", "CL", "PB"),
         cell(f"{r['pc']} {r['town']}")],
        [cell("Voorzitter / contact", "CL", "PB"), cell(r["contact_w"]), cell("Gsm", "CL", "PB"), cell(r["phone"])],
        [cell("E-mail", "CL", "PB"), cell(r["email"]), cell("Website", "CL", "PB"), cell(None)],
        [cell("Projecttitel", "CL", "PB"), cell(r["title"], span=3)],
        [cell("Omschrijving", "CL", "PB"), cell(r["descr"], span=3)],
        [cell("Participatie", "CL", "PB"), cell(r["partic"], span=3)],
        [cell("Timing", "CL", "PB"), cell(r["timing"], span=3)],
    ]
    w2 = [11.0, 6.0]
    brow = [[cell("Kostenpost", "CL", "PB"), cell("Bedrag", "CL", "PB")]]
    brow += [[cell(k), cell(v)] for k, v in r["budget"]]
    brow += [[cell("Totaal", "C", "PB"), cell(r["total"], "C", "PB")],
             [cell("Eigen inbreng (kas vereniging)"), cell(r["own"])],
             [cell("Gevraagd bedrag", "C", "PB"), cell(r["request"], "C", "PB")]]
    body = (P("Aanvraagformulier Maak werk van je buurt!", "T1") + P("Partons 2.0 - projectidee", "T2") + P(None) +
            table("Gegevens", w, rows) + P(None) + P("Begroting", "PB") + table("Begroting", w2, brow) + P(None) +
            P(f"Watou, {dmy(r)}") + P(f"{r['contact']}, voorzitter"))
    return build(body, table_styles("Gegevens", w) + table_styles("Begroting", w2), title="Aanvraag De Pjotters",
                 creator="Nico")


# ---------------------------------------------------------------- D09 fr: section rows, checkboxes as text
def odt_sections(r, rng):
    w = [5.5, 11.5]

    def sec(t):
        return [cell(t, "CH", "PB", span=2)]

    rows = [sec("1. LE PORTEUR DU PROJET"),
            [cell("Nom de l'association", "C", "PB"), cell(r["org"])],
            [cell("Statut", "C", "PB"), cell("☒ Association loi 1901   ☐ Commune   ☐ Commerçant   ☐ Autre")],
            [cell("Adresse", "C", "PB"), cell(f"{r['addr']}\n{r['pc']} {r['town']}")],
            [cell("Président", "C", "PB"), cell(r["chair"])],
            [cell("Personne à contacter", "C", "PB"), cell(f"{r['contact_w']} ({r['role']})")],
            [cell("Téléphone", "C", "PB"), cell(r["phone"])],
            [cell("Courriel", "C", "PB"), cell(r["email"])],
            sec("2. LE PROJET"),
            [cell("Titre", "C", "PB"), cell(r["title"])],
            [cell("Description", "C", "PB"), cell(r["descr"])],
            [cell("Participation des habitants", "C", "PB"), cell(r["partic"])],
            [cell("Calendrier", "C", "PB"), cell(r["timing"])],
            sec("3. LE BUDGET")]
    rows += [[cell(k), cell(v)] for k, v in r["budget"]]
    rows += [[cell("Coût total", "C", "PB"), cell(r["total"])],
             [cell("Autofinancement", "C", "PB"), cell(r["own"])],
             [cell("Autres financements", "C", "PB"), cell(None)],
             [cell("Aide demandée", "C", "PB"), cell(r["request"])]]
    body = (P("Fiche projet - Appel à projets Partons 2.0", "T1") + P(None) + table("Fiche", w, rows) + P(None) +
            P(f"Killem, le {d_fr(r)}") + P(r["contact"]))
    return build(body, table_styles("Fiche", w), font="DejaVu Sans", size="9.5pt", title="Fiche projet",
                 creator="Hélène V.", generator="OpenOffice/4.1.6$Win32 OpenOffice.org_project/416m1$Build-9790")


# ---------------------------------------------------------------- T28 nl: numbered questions in a 3-col table
def odt_numbered(r, rng):
    w = [1.0, 6.5, 9.5]
    qs = [("Naam van de vereniging", r["org"]), ("Soort vereniging", r["legal"]),
          ("Adres van de vereniging", f"{r['addr']}, {r['pc']} {r['town']}"),
          ("Contactpersoon", r["contact_w"]), ("Functie contactpersoon", r["role"]),
          ("Adres contactpersoon", "idem"), ("Telefoon / gsm", r["phone"]), ("E-mail", r["email"]),
          ("Naam van het project", r["title"]), ("Wat wil je doen?", r["descr"]),
          ("Hoe betrek je de inwoners?", r["partic"]), ("Wanneer?", r["timing"]),
          ("Kostenraming (posten)", "\n".join(f"{k}: {v}" for k, v in r["budget"])),
          ("Totale kost", r["total"]), ("Eigen bijdrage", r["own"]), ("Gevraagde steun", r["request"]),
          ("Andere financiering", "/")]
    rows = [[cell("nr", "CL", "PB"), cell("vraag", "CL", "PB"), cell("antwoord", "CL", "PB")]]
    rows += [[cell(f"{i}."), cell(q), cell(a)] for i, (q, a) in enumerate(qs, 1)]
    body = (P("Maak werk van je buurt! - aanvraag", "T1") + P("Dorpsraad", "T2") + P(None) +
            table("Vragen", w, rows) + P(None) + P(f"Oostkerke, {dmy(r)}") + P(r["contact"]))
    return build(body, table_styles("Vragen", w), font="Liberation Serif", size="11pt", title="aanvraag",
                 creator="Hilde", generator="LibreOffice/6.2.3.2$Windows_X86_64 LibreOffice_project/aecc05fe267cc68dde00352a451aa867b3b546ac")


# ---------------------------------------------------------------- T29 fr: plain two-column table + budget table
def odt_two_col(r, rng):
    w = [6.0, 11.0]
    rows = [[cell("Nom de l'association", "CN", "PB"), cell(r["org"], "CN")],
            [cell("Adresse", "CN", "PB"), cell(r["addr"], "CN")],
            [cell("Code postal", "CN", "PB"), cell(r["pc"], "CN")],
            [cell("Commune", "CN", "PB"), cell(r["town"], "CN")],
            [cell("Contact (président)", "CN", "PB"), cell(r["contact_w"], "CN")],
            [cell("Téléphone", "CN", "PB"), cell(r["phone"], "CN")],
            [cell("Courriel", "CN", "PB"), cell(r["email"], "CN")],
            [cell("Intitulé du projet", "CN", "PB"), cell(r["title"], "CN")],
            [cell("Description", "CN", "PB"), cell(r["descr"], "CN")],
            [cell("Participation", "CN", "PB"), cell(r["partic"], "CN")],
            [cell("Calendrier", "CN", "PB"), cell(r["timing"], "CN")]]
    w2 = [11.0, 6.0]
    b = [[cell("Dépenses prévues", "CL", "PB"), cell("Montant", "CL", "PB")]]
    b += [[cell(k), cell(v)] for k, v in r["budget"]]
    b += [[cell("Total", "C", "PB"), cell(r["total"], "C", "PB")]]
    w3 = [11.0, 6.0]
    f = [[cell("Autofinancement"), cell(r["own"])],
         [cell(f"Autres financeurs : {r['others'][0][0]}"), cell(r["others"][0][1])],
         [cell("Montant demandé à Partons 2.0", "C", "PB"), cell(r["request"], "C", "PB")]]
    body = (P("Candidature Partons 2.0", "T1") + P(None) + table("Asso", w, rows) + P(None) +
            P("Budget", "PB") + table("Budget", w2, b) + P(None) + P("Plan de financement", "PB") +
            table("Financement", w3, f) + P(None) + P(f"Socx, le {d_fr(r)}") + P(r["contact"]))
    return build(body, table_styles("Asso", w) + table_styles("Budget", w2) + table_styles("Financement", w3),
                 font="Liberation Sans", size="10.5pt", title="candidature", creator="JM Lheureux")


DESIGNS = {f.__name__: f for f in [odt_pairs, odt_sections, odt_numbered, odt_two_col]}
