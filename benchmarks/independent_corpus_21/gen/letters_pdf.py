# -*- coding: utf-8 -*-
"""Cover letters as text PDFs (reportlab), giving the facts in sentences."""
import io

from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from common import F
from paper_forms import d_fr

_reg = False


def _fonts():
    global _reg
    if not _reg:
        pdfmetrics.registerFont(TTFont("LSerif", F["serif"]))
        pdfmetrics.registerFont(TTFont("LSerifB", F["serif-bold"]))
        pdfmetrics.registerFont(TTFont("LSans", F["sans"]))
        pdfmetrics.registerFont(TTFont("LSansB", F["sans-bold"]))
        registerFontFamily("LSerif", normal="LSerif", bold="LSerifB", italic="LSerif", boldItalic="LSerifB")
        registerFontFamily("LSans", normal="LSans", bold="LSansB", italic="LSans", boldItalic="LSansB")
        _reg = True


def _pdf(story, title, author):
    b = io.BytesIO()
    doc = SimpleDocTemplate(b, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.3 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=title, author=author, creator="Microsoft Word 2013",
                            invariant=1)
    doc.build(story)
    return b.getvalue()


def letter_pdf_fr(r, rng):
    _fonts()
    st = ParagraphStyle("n", fontName="LSerif", fontSize=11.5, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=8)
    hd = ParagraphStyle("h", fontName="LSerifB", fontSize=14, leading=18)
    sm = ParagraphStyle("s", fontName="LSerif", fontSize=10, leading=13)
    rt = ParagraphStyle("r", parent=st, alignment=TA_RIGHT)
    s = [Paragraph(r["org"], hd),
         Paragraph(f"Association loi 1901<br/>{r['addr']}<br/>{r['pc']} {r['town']}", sm),
         Spacer(1, 1 * cm),
         Paragraph("Monsieur le Coordinateur du projet Partons 2.0<br/>Province de Flandre occidentale", rt),
         Spacer(1, 0.6 * cm),
         Paragraph(f"{r['town']}, le {d_fr(r)}", rt),
         Spacer(1, 0.4 * cm),
         Paragraph("<b>Objet : candidature à l'appel à projets « Partons 2.0 »</b>", st),
         Paragraph("Monsieur,", st),
         Paragraph("Au nom de l'association Wylder Village Vivant, que je préside, j'ai l'honneur de vous présenter "
                   "notre projet « Une épicerie-relais solidaire au cœur du village ». Depuis la fermeture de la "
                   "dernière épicerie en 2017, les habitants de Wylder, et surtout les plus âgés, doivent faire "
                   "plusieurs kilomètres pour acheter du pain ou du lait.", st),
         Paragraph("Nous souhaitons aménager l'ancienne forge, mise à disposition par la commune, en épicerie-relais "
                   "tenue par des bénévoles, avec des produits de fermes voisines, un dépôt de pain et un coin café. "
                   "Le projet a été construit avec les habitants lors de trois réunions publiques et d'une enquête "
                   "à laquelle 87 foyers ont répondu.", st),
         Paragraph("Le budget total du projet est estimé à 11 200 € (aménagement et mobilier, accompagnement par un "
                   "architecte, communication et inauguration). L'association apportera 1 700 € sur ses fonds "
                   "propres. Nous sollicitons donc une subvention de 9 500 € dans le cadre de l'appel à projets.", st),
         Paragraph(f"Pour tout renseignement, vous pouvez me joindre au {r['phone']} ou par courriel à "
                   f"{r['email']}.", st),
         Paragraph("Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.", st),
         Spacer(1, 0.8 * cm),
         Paragraph(f"{r['contact']}<br/>Président", st)]
    return _pdf(s, "Lettre de candidature", r["contact"])


def letter_pdf_nl(r, rng):
    _fonts()
    st = ParagraphStyle("n", fontName="LSans", fontSize=10.5, leading=14.5, spaceAfter=8)
    hd = ParagraphStyle("h", fontName="LSansB", fontSize=15, leading=19, textColor="#2E7D32")
    sm = ParagraphStyle("s", fontName="LSans", fontSize=9, leading=12, textColor="#444444")
    s = [Paragraph(r["org"], hd),
         Paragraph(f"{r['addr']} - {r['pc']} {r['town']}", sm),
         Spacer(1, 1.2 * cm),
         Paragraph("Aan de projectcoördinator Partons 2.0<br/>Provincie West-Vlaanderen", st),
         Spacer(1, 0.5 * cm),
         Paragraph("Beselare, 4 juni 2019", st),
         Paragraph("<b>Betreft: projectidee voor de oproep 'Maak werk van je buurt!'</b>", st),
         Paragraph("Beste,", st),
         Paragraph("Graag stellen wij als Bewonersgroep Beselare Bruist ons projectidee voor: <b>Het Groene "
                   "Dorpshart</b>. Het dorpsplein van Beselare is vandaag vooral een parking. Samen met de buurt "
                   "willen we er een groene ontmoetingsplek van maken, met bomen, een speelzone, zitbanken en een "
                   "kleine podiumplek voor de verenigingen.", st),
         Paragraph("Het idee groeide uit een bevraging waarop 140 inwoners reageerden. In het najaar organiseren we "
                   "drie ontwerpateliers met een landschapsarchitect, waarop iedereen welkom is; de school en de "
                   "seniorenraad engageren zich om mee te plannen en te planten.", st),
         Paragraph("De totale kostprijs schatten we op 12.400 euro: 4.800 euro voor de landschapsarchitect en de "
                   "ateliers, 5.900 euro voor plantgoed, banken en speelelementen en 1.700 euro voor communicatie "
                   "en een plantdag. De bewonersgroep en de lokale handelaars brengen samen 2.600 euro in. Wij vragen "
                   "dan ook 9.800 euro steun aan de projectenoproep.", st),
         Paragraph(f"Contactpersoon is ondergetekende, {r['contact']}, bereikbaar op {r['phone']} of via "
                   f"{r['email']}.", st),
         Paragraph("Alvast bedankt voor uw aandacht. We nemen graag deel aan het begeleidingstraject.", st),
         Paragraph("Met vriendelijke groeten,", st),
         Spacer(1, 0.6 * cm),
         Paragraph(f"{r['contact']}<br/>namens Bewonersgroep Beselare Bruist", st)]
    return _pdf(s, "Projectidee Het Groene Dorpshart", r["contact"])


DESIGNS = {f.__name__: f for f in [letter_pdf_fr, letter_pdf_nl]}
