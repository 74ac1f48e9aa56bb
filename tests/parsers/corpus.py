"""The golden corpus: applications as real applicants send them, built in code, with the expected fields.

Eight invented applicants (four Dutch-speaking in the Westhoek, four French-speaking in the Nord), each
rendered as the call's own forms, their own Word table, a table PDF, a typed "Label: value" PDF, a free
letter, and e-mails; plus the files that break things (scans, passwords, renamed .doc, empty, corrupt).
Expected values are in the contract's JSON form ("9500.00", lists of {description, amount}).
``kind`` tells the benchmark how to count: ``form`` (named boxes, tables, labels) or ``free`` (prose).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from typing import Any

from config.call import load_call
from intake.applications.form import build_docx_form, build_pdf_form, fill_docx_form, fill_pdf_form
from parsers.money import format_amount

CALL = load_call()
COORDINATOR = "jonas.polin@west-vlaanderen.be"


@dataclass(frozen=True)
class Applicant:
    key: str
    language: str
    organisation: str
    contact_name: str
    email: str
    phone_written: str
    phone: str
    address: str
    postcode: str
    municipality_written: str
    municipality: str
    country: str
    project_title: str
    summary: str
    requested: Decimal
    total: Decimal
    lines: tuple[tuple[str, Decimal], ...]
    money_style: str

    def money(self, amount: Decimal, style: str | None = None) -> str:
        return render_money(amount, style or self.money_style)

    def budget_json(self) -> list[dict[str, str]]:
        return [{"description": text, "amount": format_amount(amount)} for text, amount in self.lines]

    def expected(self, *, with_summary: bool = True, with_lines: bool = True,
                 with_country: bool = True) -> dict[str, Any]:
        values: dict[str, Any] = {
            "organisation": self.organisation, "contact_name": self.contact_name, "email": self.email,
            "phone": self.phone, "address": self.address, "postcode": self.postcode,
            "municipality": self.municipality, "project_title": self.project_title,
            "requested_amount": format_amount(self.requested), "total_budget": format_amount(self.total),
        }
        if with_country:
            values["country"] = self.country
        if with_summary:
            values["summary"] = self.summary
        if with_lines:
            values["budget_lines"] = self.budget_json()
        return values


def render_money(amount: Decimal, style: str) -> str:
    """Amounts the way people type them; each applicant has a habit."""
    whole, cents = format_amount(amount).split(".")
    dotted = f"{int(whole):,}".replace(",", ".")
    spaced = f"{int(whole):,}".replace(",", " ")
    has_cents = cents != "00"
    if style == "euro_dot":  # € 9.500 / € 6.200,50
        return f"€ {dotted},{cents}" if has_cents else f"€ {dotted}"
    if style == "eur_suffix":  # 9.500,00 EUR
        return f"{dotted},{cents} EUR"
    if style == "dash":  # 9500,-
        return f"{whole},{cents}" if has_cents else f"{whole},-"
    if style == "euro_word":  # 9.500 euro
        return f"{dotted},{cents} euro" if has_cents else f"{dotted} euro"
    if style == "fr_space":  # 9 500 €
        return f"{spaced},{cents} €" if has_cents else f"{spaced} €"
    if style == "fr_nbsp":  # 9 500,00 € with a no-break space, as Word types it
        return f"{spaced.replace(' ', chr(0xA0))},{cents}\u00a0€"
    if style == "fr_euros":  # 9500 euros
        return f"{whole},{cents} euros" if has_cents else f"{whole} euros"
    raise ValueError(style)


D = Decimal
APPLICANTS: tuple[Applicant, ...] = (
    Applicant(
        "loper", "nl", "vzw De Groene Loper", "Marieke Vandenberghe", "marieke.vandenberghe@example.org",
        "0478 12 34 56", "+32478123456", "Dorpstraat 12", "8647", "Lo-Reninge", "Lo-Reninge", "BE",
        "Samen tuinieren in Lo",
        "Een gedeelde moestuin achter de pastorie, aangelegd en onderhouden door buren van alle leeftijden.",
        D("9500"), D("12400"),
        (("Tuinmateriaal en gereedschap", D("2500")), ("Plantgoed en zaden", D("1400")),
         ("Begeleiding door een tuinexpert", D("4000")), ("Opendeurdag met buren", D("1600")),
         ("Houten tuinhuis", D("2900"))),
        "euro_dot"),
    Applicant(
        "klokhuis", "nl", "Buurtcomité Het Klokhuis", "Pieter Declercq", "pieter.declercq@example.org",
        "051 55 66 77", "+3251556677", "Kerkstraat 3", "8978", "Watou", "Poperinge", "BE",
        "Dorpsontmoetingspunt Watou",
        "We bouwen het oude parochiezaaltje om tot een ontmoetingsplek met koffie, krant en een praatje.",
        D("10000"), D("14750"),
        (("Verbouwing ontmoetingsruimte", D("8000")), ("Meubilair (stoelen, tafels)", D("3250")),
         ("Participatietraject", D("2000")), ("Communicatie", D("1500"))),
        "eur_suffix"),
    Applicant(
        "moeren", "nl", "vzw Buurtwerking De Moeren", "Sofie Vermeersch", "sofie.vermeersch@example.org",
        "+32 473 98 76 54", "+32473987654", "Noordstraat 41", "8630", "Veurne", "Veurne", "BE",
        "Buurtchauffeurs Veurne",
        "Vrijwillige chauffeurs brengen minder mobiele buren naar de dokter, de markt en de bibliotheek.",
        D("6200.50"), D("8450"),
        (("Opleiding chauffeurs", D("1200")), ("Verzekering", D("2450")), ("Brandstofvergoeding", D("3800")),
         ("Communicatie en flyers", D("1000"))),
        "euro_word"),
    Applicant(
        "kemmel", "nl", "Dorpsraad Kemmel", "Wout Lefevre", "wout.lefevre@example.org",
        "057 44 12 12", "+3257441212", "Lokerstraat 7", "8956", "Kemmel", "Heuvelland", "BE",
        "Boerenmarkt Kemmel",
        "Elke eerste zaterdag een markt met producten van boeren uit het Heuvelland, op het dorpsplein.",
        D("4800"), D("5300"),
        (("Marktkramen", D("2600")), ("Promotie", D("900")), ("Elektriciteit en water", D("800")),
         ("Opening met muziek", D("1000"))),
        "dash"),
    Applicant(
        "killem", "fr", "Association Les Jardins de Killem", "Claire Dubois", "claire.dubois@example.org",
        "03 28 68 12 34", "+33328681234", "12 rue de la Mairie", "59122", "Killem", "Killem", "FR",
        "Potager partagé de Killem",
        "Un potager partagé derrière la salle des fêtes, ouvert aux familles et à l'école du village.",
        D("8000"), D("9650"),
        (("Outils de jardinage", D("1850")), ("Semences et plants", D("1200")), ("Cabane de jardin", D("3600")),
         ("Animation par un paysagiste", D("3000"))),
        "fr_space"),
    Applicant(
        "bergues", "fr", "Comité de quartier Saint-Martin", "Jean-Pierre Lemaire", "jp.lemaire@example.org",
        "06 12 34 56 78", "+33612345678", "5 place du Marché", "59380", "Bergues", "Bergues", "FR",
        "Café citoyen à Bergues",
        "Un café associatif tenu par des bénévoles pour rompre l'isolement des habitants du quartier.",
        D("7500"), D("11200"),
        (("Aménagement du local", D("5200")), ("Mobilier", D("2400")), ("Animation participative", D("2100")),
         ("Communication", D("1500"))),
        "fr_nbsp"),
    Applicant(
        "hondschoote", "fr", "Collectif Vivre à Hondschoote", "Amélie Vanhoutte", "amelie.vanhoutte@example.org",
        "+33 3 28 62 00 11", "+33328620011", "18 rue de Bergues", "59122", "Hondschoote", "Hondschoote", "FR",
        "Chauffeurs solidaires",
        "Des habitants bénévoles conduisent les personnes âgées au marché, chez le médecin et à la gare.",
        D("5400"), D("6000"),
        (("Formation des bénévoles", D("900")), ("Assurance", D("1600")), ("Frais de carburant", D("2700")),
         ("Flyers et affiches", D("800"))),
        "fr_euros"),
    Applicant(
        "wormhout", "fr", "Association Wormhout en Transition", "Lucas Deschodt", "lucas.deschodt@example.org",
        "07 81 22 33 44", "+33781223344", "3 chemin du Moulin", "59470", "Wormhout", "Wormhout", "FR",
        "Fête des voisins durable",
        "Une fête des voisins zéro déchet avec repas partagé, troc de plantes et atelier de réparation.",
        D("3250.50"), D("4100"),
        (("Location de matériel", D("1500")), ("Repas partagé", D("1100")), ("Sonorisation", D("650")),
         ("Décoration", D("850"))),
        "fr_space"),
)

LABELS = {
    "nl": {"organisation": "Naam vereniging", "contact_name": "Contactpersoon", "email": "E-mail",
           "phone": "Telefoon", "address": "Adres", "postcode": "Postcode", "municipality": "Gemeente",
           "project_title": "Titel project", "summary": "Korte omschrijving",
           "requested_amount": "Gevraagd bedrag", "total_budget": "Totaal budget",
           "budget": ("Omschrijving", "Bedrag"), "total_row": "Totaal"},
    "fr": {"organisation": "Porteur de projet", "contact_name": "Personne de contact", "email": "Courriel",
           "phone": "Téléphone", "address": "Adresse", "postcode": "Code postal", "municipality": "Commune",
           "project_title": "Titre du projet", "summary": "Description du projet",
           "requested_amount": "Montant sollicité", "total_budget": "Coût total",
           "budget": ("Dépense", "Montant"), "total_row": "Total"},
}
# Another wording for the same boxes, as other funders' forms and applicants' own templates have them.
LABELS_ALT = {
    "nl": {"organisation": "Organisatie", "contact_name": "Naam contactpersoon", "email": "E-mailadres",
           "phone": "GSM", "address": "Straat en nummer", "postcode": "Postcode", "municipality": "Gemeente",
           "project_title": "Projecttitel", "summary": "Beschrijving van het project",
           "requested_amount": "Gevraagde steun", "total_budget": "Totale kostprijs"},
    "fr": {"organisation": "Nom de l'association", "contact_name": "Responsable", "email": "Adresse e-mail",
           "phone": "Portable", "address": "Adresse postale", "postcode": "Code postal", "municipality": "Ville",
           "project_title": "Intitulé du projet", "summary": "Résumé",
           "requested_amount": "Subvention demandée", "total_budget": "Budget total"},
}


@dataclass(frozen=True)
class Sample:
    name: str
    kind: str  # "form", "free" or "special"
    data: bytes
    expected: dict[str, Any] = field(default_factory=dict)
    status: str = "parsed"
    language: str | None = None
    is_email: bool = False


# --- forms ---------------------------------------------------------------------------------------------------

def _form_values(person: Applicant) -> dict[str, str]:
    values = {
        "organisation": person.organisation, "contact_name": person.contact_name, "email": person.email,
        "phone": person.phone_written, "address": person.address, "postcode": person.postcode,
        "municipality": person.municipality_written, "country": person.country,
        "project_title": person.project_title, "summary": person.summary,
        "requested_amount": person.money(person.requested), "total_budget": person.money(person.total),
    }
    for row, (text, amount) in enumerate(person.lines, start=1):
        values[f"budget_line_{row}_description"] = text
        values[f"budget_line_{row}_amount"] = person.money(amount)
    return values


@lru_cache(maxsize=4)
def _blank_form(language: str, file_format: str) -> bytes:
    builder = build_pdf_form if file_format == "pdf" else build_docx_form
    return builder(CALL, language, COORDINATOR)


def acroform_pdf(person: Applicant) -> Sample:
    data = fill_pdf_form(_blank_form(person.language, "pdf"), _form_values(person))
    return Sample(f"{person.key}-formulier.pdf", "form", data, person.expected(), language=person.language)


def content_control_docx(person: Applicant) -> Sample:
    data = fill_docx_form(_blank_form(person.language, "docx"), _form_values(person))
    return Sample(f"{person.key}-formulier.docx", "form", data, person.expected(), language=person.language)


def _docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def table_docx(person: Applicant, *, alt: bool = False) -> Sample:
    """The applicant's own Word file: a label/value table, then a budget table with its total row."""
    import docx

    labels = (LABELS_ALT if alt else LABELS)[person.language]
    base = LABELS[person.language]
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = f"{person.organisation} — Tel. 09 999 99 99"
    document.add_heading(person.project_title if alt else CALL.name[person.language], level=1)
    table = document.add_table(rows=0, cols=2)
    rows = [("organisation", person.organisation), ("contact_name", person.contact_name),
            ("email", person.email), ("phone", person.phone_written), ("address", person.address),
            ("postcode", person.postcode), ("municipality", person.municipality_written),
            ("project_title", person.project_title), ("summary", person.summary),
            ("requested_amount", person.money(person.requested))]
    for name, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = labels[name], value
    document.add_paragraph("")
    budget = document.add_table(rows=1, cols=2)
    budget.rows[0].cells[0].text, budget.rows[0].cells[1].text = base["budget"]
    for text, amount in person.lines:
        cells = budget.add_row().cells
        cells[0].text, cells[1].text = text, person.money(amount)
    cells = budget.add_row().cells
    cells[0].text, cells[1].text = base["total_row"], person.money(person.total)
    name = f"{person.key}-{'eigen-' if alt else ''}tabel.docx"
    return Sample(name, "form", _docx_bytes(document), person.expected(), language=person.language)


def table_pdf(person: Applicant) -> Sample:
    """A PDF exported from a word processor: ruled label/value table and a budget table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    labels = LABELS[person.language]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    styles = getSampleStyleSheet()
    rows = [[labels[name], value] for name, value in (
        ("organisation", person.organisation), ("contact_name", person.contact_name), ("email", person.email),
        ("phone", person.phone_written), ("address", person.address), ("postcode", person.postcode),
        ("municipality", person.municipality_written), ("project_title", person.project_title),
        ("requested_amount", person.money(person.requested)))]
    budget = [list(labels["budget"])] + [[text, person.money(amount)] for text, amount in person.lines]
    budget.append([labels["total_row"], person.money(person.total)])
    buffer = io.BytesIO()
    story = [Paragraph(CALL.name[person.language], styles["Title"]),
             Table(rows, colWidths=[150, 330], style=grid), Spacer(1, 20),
             Table(budget, colWidths=[330, 150], style=grid)]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return Sample(f"{person.key}-tabel.pdf", "form", buffer.getvalue(), person.expected(with_summary=False),
                  language=person.language)


def _text_pdf(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    pdf.setFont("Helvetica", 10)
    for line in lines:
        if y < 50:
            pdf.showPage()
            pdf.setFont("Helvetica", 10)
            y = 800
        pdf.drawString(50, y, line)
        y -= 14
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def label_lines_pdf(person: Applicant) -> Sample:
    """A form typed out in a word processor as "Label: value" lines and saved as PDF."""
    labels = LABELS_ALT[person.language]
    lines = [CALL.name[person.language], ""]
    for name, value in (("organisation", person.organisation), ("contact_name", person.contact_name),
                        ("address", person.address),
                        ("postcode", person.postcode), ("municipality", person.municipality_written),
                        ("phone", person.phone_written), ("email", person.email),
                        ("project_title", person.project_title), ("requested_amount", person.money(person.requested)),
                        ("total_budget", person.money(person.total))):
        lines.append(f"{labels[name]}: {value}")
    lines += ["", f"{labels['summary']}:", person.summary]
    return Sample(f"{person.key}-antwoorden.pdf", "form", _text_pdf(lines),
                  person.expected(with_lines=False), language=person.language)


def legacy_fields_docx(person: Applicant) -> Sample:
    """An old-style Word form (FORMTEXT fields named after the boxes), saved as DOCX."""
    from xml.sax.saxutils import escape, quoteattr

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    labels = LABELS[person.language]
    document = docx.Document()
    document.add_heading(CALL.name[person.language], level=1)
    for name, value in (("organisation", person.organisation), ("contact_name", person.contact_name),
                        ("email", person.email), ("phone", person.phone_written), ("address", person.address),
                        ("postcode", person.postcode), ("municipality", person.municipality_written),
                        ("project_title", person.project_title), ("summary", person.summary),
                        ("requested_amount", person.money(person.requested)),
                        ("total_budget", person.money(person.total))):
        paragraph = document.add_paragraph(f"{labels[name]} ")
        field_name = labels[name].replace(" ", "_")[:20]
        paragraph._p.append(parse_xml(
            f"<w:r {nsdecls('w')}><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val={quoteattr(field_name)}/>"
            f"<w:enabled/><w:textInput/></w:ffData></w:fldChar></w:r>"))
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:instrText> FORMTEXT </w:instrText></w:r>"))
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:fldChar w:fldCharType=\"separate\"/></w:r>"))
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t xml:space=\"preserve\">{escape(value)}</w:t></w:r>"))
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:fldChar w:fldCharType=\"end\"/></w:r>"))
    return Sample(f"{person.key}-oud-formulier.docx", "form", _docx_bytes(document),
                  person.expected(with_lines=False), language=person.language)


def foreign_acroform_pdf(person: Applicant) -> Sample:
    """Another funder's fillable PDF: boxes named with human labels, not our contract names."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    labels = LABELS_ALT[person.language]
    names = ("organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
             "project_title", "summary", "requested_amount", "total_budget")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 780
    for name in names:
        pdf.drawString(40, y + 4, labels[name])
        pdf.acroForm.textfield(name=labels[name], x=220, y=y, width=320, height=18)
        y -= 30
    pdf.showPage()
    pdf.save()
    values = {labels["organisation"]: person.organisation, labels["contact_name"]: person.contact_name,
              labels["email"]: person.email.upper(), labels["phone"]: person.phone_written,
              labels["address"]: person.address, labels["postcode"]: person.postcode,
              labels["municipality"]: person.municipality_written, labels["project_title"]: person.project_title,
              labels["summary"]: person.summary, labels["requested_amount"]: person.money(person.requested),
              labels["total_budget"]: person.money(person.total)}
    data = fill_pdf_form(buffer.getvalue(), values)
    return Sample(f"{person.key}-ander-formulier.pdf", "form", data, person.expected(with_lines=False),
                  language=person.language)


# --- free-form letters and mails -----------------------------------------------------------------------------

def _budget_bullets(person: Applicant) -> list[str]:
    return [f"- {text}: {person.money(amount)}" for text, amount in person.lines]


def _the(organisation: str) -> str:
    return f"l'{organisation}" if organisation[0] in "AEIOU" else f"le {organisation}"


def _of(organisation: str) -> str:
    return f"de l'{organisation}" if organisation[0] in "AEIOU" else f"du {organisation}"


def letter_lines(person: Applicant, variant: int) -> list[str]:
    """A letter in the applicant's own words; two phrasings per language."""
    p = person
    if p.language == "nl":
        if variant == 0:
            body = [
                "Provincie West-Vlaanderen", "t.a.v. Jonas Polin", "Woumenweg 100", "8600 Diksmuide", "",
                "Beste Jonas,", "",
                f"Namens {p.organisation} dien ik graag ons projectidee \"{p.project_title}\" in.",
                p.summary,
                f"Voor dit project vragen wij een steun van {p.money(p.requested)}. "
                f"De totale kostprijs bedraagt {p.money(p.total)}.", "",
                "Onze begroting:", *_budget_bullets(p), "",
                "Met vriendelijke groeten,", p.contact_name, p.organisation, p.address,
                f"{p.postcode} {p.municipality_written}", f"Tel. {p.phone_written}", p.email,
            ]
        else:
            body = [
                "Geachte heer Polin,", "",
                f"Ik ben {p.contact_name} en ik schrijf u namens {p.organisation}. Ons project heet "
                f"'{p.project_title}'.",
                p.summary,
                f"We hopen op een bijdrage van {p.money(p.requested)} uit de projectenoproep; het totale budget "
                f"is {p.money(p.total)}.",
                "De kosten:", *_budget_bullets(p), "",
                f"U kunt mij bereiken op {p.phone_written} of via {p.email}.",
                f"Mijn adres: {p.address}, {p.postcode} {p.municipality_written}.", "",
                "Vriendelijke groeten,", p.contact_name,
            ]
    else:
        if variant == 0:
            body = [
                "Madame, Monsieur,", "",
                f"Au nom {_of(p.organisation)}, je vous présente notre projet « {p.project_title} ».",
                p.summary,
                f"Nous sollicitons une subvention de {p.money(p.requested)} pour ce projet. "
                f"Le coût total du projet s'élève à {p.money(p.total)}.", "",
                "Budget prévisionnel :", *_budget_bullets(p), "",
                "Bien à vous,", p.contact_name, p.organisation, p.address,
                f"{p.postcode} {p.municipality_written}", f"Tél. {p.phone_written}", p.email,
            ]
        else:
            body = [
                "Bonjour,", "",
                f"Je m'appelle {p.contact_name} et j'écris pour {_the(p.organisation)}. Notre projet s'intitule "
                f"« {p.project_title} ».",
                p.summary,
                f"Le budget total est de {p.money(p.total)}, dont {p.money(p.requested)} demandés dans le "
                "cadre de l'appel.",
                "Les dépenses prévues :", *_budget_bullets(p), "",
                f"Vous pouvez me joindre au {p.phone_written} ou par courriel : {p.email}.",
                f"Adresse : {p.address}, {p.postcode} {p.municipality_written}", "",
                "Cordialement,", p.contact_name,
            ]
    return body


def _letter_expected(person: Applicant, variant: int) -> dict[str, Any]:
    expected = person.expected(with_summary=False)
    # a letter opening "pour le Comité ..." keeps the organisation's own name
    return expected


def letter_docx(person: Applicant, variant: int) -> Sample:
    import docx

    document = docx.Document()
    for line in letter_lines(person, variant):
        document.add_paragraph(line)
    return Sample(f"{person.key}-brief-{variant}.docx", "free", _docx_bytes(document),
                  _letter_expected(person, variant), language=person.language)


def letter_pdf(person: Applicant, variant: int) -> Sample:
    return Sample(f"{person.key}-brief-{variant}.pdf", "free", _text_pdf(letter_lines(person, variant)),
                  _letter_expected(person, variant), language=person.language)


_QUOTED_CALL = {
    "nl": ("Op ma 3 jun. 2019 om 10:12 schreef Jonas Polin <jonas.polin@west-vlaanderen.be>:",
           ["Beste,", "", "Heb jij een goed idee om van jouw dorp een nog betere plek te maken?",
            "Financiële bijdrage van max. 10 000 euro.", "Met vriendelijke groeten,", "Jonas Polin",
            "Woumenweg 100", "8600 Diksmuide", "+32 51 51 94 37"]),
    "fr": ("Le lun. 3 juin 2019 à 10:12, Jonas Polin <jonas.polin@west-vlaanderen.be> a écrit :",
           ["Bonjour,", "", "Vous avez une bonne idée pour votre village ?",
            "Contribution financière de 10 000 euros maximum.", "Cordialement,", "Jonas Polin",
            "Woumenweg 100", "8600 Diksmuide", "+32 51 51 94 37"]),
}


def _message(person: Applicant, subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{person.contact_name} <{person.email}>"
    message["To"] = COORDINATOR
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2019, 6, 10, 9, 30, tzinfo=UTC))
    message["Message-ID"] = f"<{person.key}-{zlib.crc32(subject.encode()) % 10_000}@example.org>"
    return message


def _subject(person: Applicant) -> str:
    if person.language == "nl":
        return f"Projectidee: {person.project_title}"
    return f"Candidature « {person.project_title} »"


def plain_mail(person: Applicant) -> Sample:
    """A reply to the call's mail: own words on top, signature after "-- ", the call quoted below."""
    lines = letter_lines(person, 1)
    header, quoted = _QUOTED_CALL[person.language]
    signature = ["-- ", person.contact_name, person.organisation, f"GSM {person.phone_written}"]
    body = "\n".join([*lines, *signature, "", header, *[f"> {line}" for line in quoted]]) + "\n"
    message = _message(person, f"Re: {_subject(person)}")
    message.set_content(body)
    return Sample(f"{person.key}-mail.eml", "free", message.as_bytes(), person.expected(with_summary=False),
                  language=person.language, is_email=True)


def html_mail(person: Applicant) -> Sample:
    """An HTML-only mail (no plain part) with the quote in a gmail_quote blockquote."""
    from html import escape

    lines = letter_lines(person, 0)[5:] if person.language == "nl" else letter_lines(person, 0)
    header, quoted = _QUOTED_CALL[person.language]
    paragraphs = "".join(f"<div>{escape(line) or '<br>'}</div>" for line in lines)
    quote = "<br>".join(escape(line) for line in quoted)
    html = (f"<html><body>{paragraphs}<br><div class=\"gmail_quote\"><div class=\"gmail_attr\">{escape(header)}"
            f"</div><blockquote class=\"gmail_quote\">{quote}</blockquote></div></body></html>")
    message = _message(person, _subject(person))
    message.set_content(html, subtype="html")
    return Sample(f"{person.key}-html.eml", "free", message.as_bytes(), person.expected(with_summary=False),
                  language=person.language, is_email=True)


def mail_with_form(person: Applicant) -> Sample:
    """The usual case: a short mail with the filled-in form attached (and a logo in the signature)."""
    greeting = "Beste Jonas,\n\nIn bijlage ons projectidee.\n\nGroeten,\n" if person.language == "nl" else \
        "Bonjour,\n\nVeuillez trouver ci-joint notre candidature.\n\nCordialement,\n"
    message = _message(person, _subject(person))
    message.set_content(f"{greeting}{person.contact_name}\n")
    message.add_attachment(fill_pdf_form(_blank_form(person.language, "pdf"), _form_values(person)),
                           maintype="application", subtype="pdf", filename="aanvraagformulier.pdf")
    message.add_attachment(_png_bytes(), maintype="image", subtype="png", filename="logo.png")
    return Sample(f"{person.key}-met-bijlage.eml", "form", message.as_bytes(), person.expected(),
                  language=person.language, is_email=True)


# --- files that break things ---------------------------------------------------------------------------------

def _png_bytes() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(image)
    for row in range(20, 180, 20):
        draw.line((20, row, 380, row), fill=0, width=3)  # looks like handwriting lines, holds no text
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def scan_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawImage(ImageReader(io.BytesIO(_png_bytes())), 50, 400, width=500, height=250)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(letter_pdf(APPLICANTS[0], 0).data)))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zero_page_pdf() -> bytes:
    from pypdf import PdfWriter

    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    return buffer.getvalue()


def odt_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("aanvraag.pdf", letter_pdf(APPLICANTS[0], 0).data)
    return buffer.getvalue()


def special_samples() -> list[Sample]:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Microsoft Word 97-2003" * 20
    owner_only = encrypted_pdf("")
    return [
        Sample("scan.pdf", "special", scan_pdf(), status="no_text"),
        Sample("beveiligd.pdf", "special", encrypted_pdf("geheim"), status="encrypted"),
        # only an owner password (no printing): opens without one, so it is read
        Sample("alleen-eigenaar.pdf", "free", owner_only,
               letter_pdf(APPLICANTS[0], 0).expected, language="nl"),
        Sample("oud-word.docx", "special", ole, status="unsupported"),
        Sample("leeg.pdf", "special", b"", status="failed"),
        Sample("nul-paginas.pdf", "special", zero_page_pdf(), status="no_text"),
        Sample("kapot.pdf", "special", letter_pdf(APPLICANTS[0], 0).data[:600] + b"\x00garbage", status="failed"),
        # a JPEG cut off after its header: stored and reported, never a crash
        Sample("foto.jpg", "special", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200, status="failed"),
        # an OpenDocument text whose content.xml is not well-formed (an unbound prefix): damaged
        Sample("aanvraag.odt", "special", odt_bytes(), status="failed"),
        # a zip is opened and its documents read (the letter inside gives the application)
        Sample("bijlagen.zip", "free", zip_bytes(), letter_pdf(APPLICANTS[0], 0).expected, language="nl"),
        # a picture the size of a logo: not a page, not read
        Sample("foto.png", "special", _png_bytes(), status="unsupported"),
    ]


@lru_cache(maxsize=1)
def build_corpus() -> tuple[Sample, ...]:
    """Every sample, forms first; built once per process (a few seconds)."""
    samples: list[Sample] = []
    for index, person in enumerate(APPLICANTS):
        samples += [acroform_pdf(person), content_control_docx(person), table_docx(person), table_pdf(person),
                    label_lines_pdf(person)]
        if index % 2 == 0:
            samples += [legacy_fields_docx(person), table_docx(person, alt=True)]
        else:
            samples += [foreign_acroform_pdf(person)]
        samples += [letter_docx(person, index % 2), letter_pdf(person, (index + 1) % 2), plain_mail(person),
                    html_mail(person)]
        if index < 4:
            samples.append(mail_with_form(person))
    samples += special_samples()
    return tuple(samples)


# --- held out ------------------------------------------------------------------------------------------------
# Written after the parser was tuned, and never used to tune it: the benchmark reports them apart, so the
# accuracy on the main corpus (which the rules were fitted to) is not the only figure.

def _plain_mail(sender: str, subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, COORDINATOR, subject
    message["Date"] = format_datetime(datetime(2019, 6, 12, 20, 5, tzinfo=UTC))
    message.set_content(body)
    return message.as_bytes()


def holdout_samples() -> list[Sample]:
    import docx

    samples: list[Sample] = []
    samples.append(Sample("holdout-wervik.eml", "free", _plain_mail(
        "Ann Claeys <ann.claeys@example.org>", "idee voor onze straat",
        "Hallo Jonas,\n\nWij, de buren van de Statiestraat, willen een jaarlijks straatfeest en een "
        "deelkast voor gereedschap opzetten.\nWe zouden graag 7.500 euro subsidie aanvragen. De totale kost "
        "schatten we op €9.800.\n\nGroetjes,\nAnn Claeys\nStatiestraat 45, 8940 Wervik\n0496 11 22 33\n\n"
        "Van: Jonas Polin <jonas.polin@west-vlaanderen.be>\nVerzonden: maandag 3 juni 2019 10:12\n"
        "Onderwerp: Maak werk van je buurt!\n\nFinanciële bijdrage van max. 10 000 euro. Tel +32 51 51 94 37\n"),
        {"contact_name": "Ann Claeys", "email": "ann.claeys@example.org", "phone": "+32496112233",
         "address": "Statiestraat 45", "postcode": "8940", "municipality": "Wervik", "country": "BE",
         "requested_amount": "7500.00", "total_budget": "9800.00"}, language="nl", is_email=True))
    samples.append(Sample("holdout-steenvoorde.eml", "free", _plain_mail(
        "Marc Delattre <marc.delattre@example.org>", "Appel à projets",
        "Bonjour Monsieur Polin,\n\nAu nom de l'association Les Amis du Moulin, je souhaite proposer la "
        "restauration des abords du moulin avec les habitants.\nMontant demandé : 6 000 euros\n"
        "Budget global : 8 200 euros\n\nBien cordialement,\nMarc Delattre\n7 rue Faidherbe\n59114 Steenvoorde\n"
        "tél 03.28.42.11.22\n"),
        {"organisation": "association Les Amis du Moulin", "contact_name": "Marc Delattre",
         "email": "marc.delattre@example.org", "phone": "+33328421122", "address": "7 rue Faidherbe",
         "postcode": "59114", "municipality": "Steenvoorde", "country": "FR", "requested_amount": "6000.00",
         "total_budget": "8200.00"}, language="fr", is_email=True))
    samples.append(Sample("holdout-mots.eml", "free", _plain_mail(
        "Odile Vandaele <odile@example.org>", "Projet jardin",
        "Bonjour,\n\nNous aimerions demander dix mille euros pour un jardin partagé à Bailleul. Le projet "
        "coûterait environ quinze mille euros.\n\nCordialement,\nOdile Vandaele\n"),
        {"contact_name": "Odile Vandaele", "email": "odile@example.org", "municipality": "Bailleul",
         "country": "FR"}, language="fr", is_email=True))
    document = docx.Document()
    for line in ("Projectvoorstel 'Speelstraat Zarren'", "",
                 "Feitelijke vereniging Speelpleinwerking Zarren wil in de zomer een speelstraat inrichten.",
                 "Contactpersoon: Bart Ghesquière", "Adres: Zarrenstraat 88, 8610 Kortemark",
                 "Telefoon: 051/56.78.90", "Mail: bart.ghesquiere@example.org", ""):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=2)
    for text, amount in (("Speeltoestellen", "€ 3.200,00"), ("Verkeersborden en hekken", "€ 850,00"),
                         ("Verzekering", "€ 400,00"), ("Totaal", "€ 4.450,00")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = text, amount
    document.add_paragraph("Wij vragen het volledige bedrag aan: € 4.450.")
    samples.append(Sample("holdout-zarren.docx", "free", _docx_bytes(document), {
        "contact_name": "Bart Ghesquière", "address": "Zarrenstraat 88", "postcode": "8610",
        "municipality": "Kortemark", "country": "BE", "phone": "+3251567890",
        "email": "bart.ghesquiere@example.org", "project_title": "Speelstraat Zarren",
        "total_budget": "4450.00", "requested_amount": "4450.00",
        "budget_lines": [{"description": "Speeltoestellen", "amount": "3200.00"},
                         {"description": "Verkeersborden en hekken", "amount": "850.00"},
                         {"description": "Verzekering", "amount": "400.00"}]}, language="nl"))
    samples.append(Sample("holdout-koksijde.pdf", "form", _text_pdf([
        "AANVRAAGFORMULIER", "", "Naam van de organisatie : Bewonersgroep Oostduinkerke-Dorp",
        "Naam en voornaam : Lieve Dewulf", "Straat en huisnummer : Leopold II-laan 5",
        "Postcode en gemeente : 8670 Oostduinkerke", "Telefoonnummer : +32 (0)58 51 23 45",
        "E-mail : lieve.dewulf@example.org", "Titel van het project : Ontmoetingsbank aan zee",
        "Bedrag subsidie : €10.000", "Totale projectkost : € 13 500"]), {
        "organisation": "Bewonersgroep Oostduinkerke-Dorp", "contact_name": "Lieve Dewulf",
        "address": "Leopold II-laan 5", "postcode": "8670", "municipality": "Koksijde", "country": "BE",
        "phone": "+3258512345", "email": "lieve.dewulf@example.org", "project_title": "Ontmoetingsbank aan zee",
        "requested_amount": "10000.00", "total_budget": "13500.00"}, language="nl"))
    samples.append(Sample("holdout-ghyvelde.pdf", "form", _text_pdf([
        "Fiche projet", "Structure porteuse : Collectif des Dunes", "Nom et prénom : Sarah Lemaire",
        "Adresse : 14 route de Furnes", "CP : 59254", "Commune : Ghyvelde", "Tél : 06 98 76 54 32",
        "Mél : Sarah.Lemaire@Example.org", "Intitulé du projet : Balades nature entre voisins",
        "Aide sollicitée : 2500 €", "Coût total du projet : 3 100,00 €"]), {
        "organisation": "Collectif des Dunes", "contact_name": "Sarah Lemaire", "address": "14 route de Furnes",
        "postcode": "59254", "municipality": "Ghyvelde", "country": "FR", "phone": "+33698765432",
        "email": "sarah.lemaire@example.org", "project_title": "Balades nature entre voisins",
        "requested_amount": "2500.00", "total_budget": "3100.00"}, language="fr"))
    samples.append(Sample("holdout-ieper.eml", "free", _plain_mail(
        "Koen Vanneste <koen.vanneste@example.org>", "Re: Maak werk van je buurt!",
        "Dag Jonas,\n\nOns buurthuis in Zillebeke zoekt steun voor een repair café. We vragen 3.000 EUR, "
        "op een totaal van 4.250 EUR.\n\nKoen Vanneste\nvoorzitter buurthuis De Zilverberk\nGSM 0475 55 44 33\n\n"
        "> Heb jij een goed idee? Mail naar jonas.polin@west-vlaanderen.be\n"),
        {"contact_name": "Koen Vanneste", "email": "koen.vanneste@example.org", "phone": "+32475554433",
         "municipality": "Ieper", "country": "BE", "requested_amount": "3000.00", "total_budget": "4250.00"},
        language="nl", is_email=True))
    return samples
