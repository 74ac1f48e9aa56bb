"""Invented sample applications for the demo and the tests: real PDF and DOCX files built in code.

All people, organisations and addresses are made up; mail addresses are under example.org/example.net.
"""

from __future__ import annotations

import email.policy
import io
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class SampleApplication:
    key: str
    language: str
    sender_name: str
    sender: str
    subject: str
    body: str
    received_local: datetime  # arrival at the coordinator's server, Brussels time
    fields: dict[str, str]  # label -> value, as written on the form
    attachment: str | None  # "pdf", "docx" or None (the body is the application)
    budget: tuple[tuple[str, str], ...] = ()


def _pdf(title: str, fields: dict[str, str], budget: tuple[tuple[str, str], ...]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(title)
    y = 800
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, y, title)
    pdf.setFont("Helvetica", 10)
    for label, value in fields.items():
        y -= 22
        pdf.drawString(50, y, f"{label}: {value}")
    if budget:
        y -= 30
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(50, y, "Budget")
        pdf.setFont("Helvetica", 10)
        for description, amount in budget:
            y -= 18
            pdf.drawString(60, y, description)
            pdf.drawRightString(500, y, amount)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _docx(title: str, fields: dict[str, str], budget: tuple[tuple[str, str], ...]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    table = document.add_table(rows=0, cols=2)
    for label, value in fields.items():
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    if budget:
        document.add_paragraph("Budget")
        budget_table = document.add_table(rows=0, cols=2)
        for description, amount in budget:
            cells = budget_table.add_row().cells
            cells[0].text = description
            cells[1].text = amount
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SAMPLES: tuple[SampleApplication, ...] = (
    SampleApplication(
        key="lo-reninge", language="nl", sender_name="Griet Vandenbroucke", sender="griet.vdb@example.org",
        subject="Projectidee Maak werk van je buurt: Samen tuinieren in Lo",
        body="Beste Jonas,\n\nIn bijlage ons projectidee voor de oproep 'Maak werk van je buurt!'.\n\n"
             "Met vriendelijke groeten,\nGriet Vandenbroucke\nDorpsraad Lo\n",
        received_local=datetime(2019, 6, 3, 14, 12),
        fields={"Naam vereniging": "Dorpsraad Lo", "Contactpersoon": "Griet Vandenbroucke",
                "E-mail": "griet.vdb@example.org", "Telefoon": "051 70 12 34", "Adres": "Markt 12",
                "Postcode": "8647", "Gemeente": "Lo-Reninge", "Titel project": "Samen tuinieren in Lo",
                "Korte omschrijving": "Een gemeenschappelijke moestuin achter de oude pastorie, "
                                      "aangelegd en onderhouden door buren van alle leeftijden.",
                "Gevraagd bedrag": "€ 9.500", "Totale kostprijs": "€ 11.200"},
        attachment="pdf",
        budget=(("Tuinmateriaal en zaden", "€ 3.200"), ("Ondersteuning participatie-expert", "€ 4.800"),
                ("Buurtfeest bij de opening", "€ 3.200")),
    ),
    SampleApplication(
        key="hondschoote", language="fr", sender_name="Camille Dewaele", sender="camille.dewaele@example.net",
        subject="Candidature appel à projets : Un café associatif à Hondschoote",
        body="Bonjour,\n\nVeuillez trouver ci-joint notre dossier de candidature.\n\nCordialement,\n"
             "Camille Dewaele\nAssociation Les Voisins du Moulin\n",
        received_local=datetime(2019, 6, 12, 9, 47),
        fields={"Porteur de projet": "Association Les Voisins du Moulin", "Personne de contact": "Camille Dewaele",
                "Courriel": "camille.dewaele@example.net", "Téléphone": "03 28 68 31 55",
                "Adresse": "4 rue du Moulin", "Code postal": "59122", "Commune": "Hondschoote",
                "Titre du projet": "Un café associatif au cœur du village",
                "Résumé": "Ouvrir un café associatif tenu par des bénévoles, lieu de rencontre pour les "
                          "habitants isolés.",
                "Montant demandé": "8 000 €", "Budget total": "9 650 €"},
        attachment="docx",
        budget=(("Étude de faisabilité", "2 500 €"), ("Petit matériel (tables, chaises)", "3 150 €"),
                ("Communication", "1 000 €"), ("Événement d'ouverture", "3 000 €")),
    ),
    SampleApplication(
        key="poperinge", language="nl", sender_name="Jef Lermytte", sender="jef.lermytte@example.org",
        subject="Idee voor onze straat in Proven",
        body="Dag Jonas,\n\nWij willen met de buurtbewoners van de Kasteelstraat in Proven (8972 Poperinge) "
             "een buurtmeester aanstellen en een buurtbabbel organiseren.\n"
             "Organisatie: Buurtcomité Kasteelstraat\nContactpersoon: Jef Lermytte\n"
             "Telefoon: 0479 12 34 56\nTitel: Buurtmeesters in Proven\n"
             "Gevraagd bedrag: 4.500 euro\n\nGroetjes,\nJef\n",
        received_local=datetime(2019, 6, 14, 21, 5),
        fields={}, attachment=None,
    ),
    SampleApplication(
        key="diksmuide", language="nl", sender_name="An Declercq", sender="an.declercq@example.org",
        subject="Aanvraag Maak werk van je buurt - Speelplein Esen",
        body="Goeiemiddag,\n\nHierbij onze aanvraag (Word-bestand).\n\nAn Declercq\n",
        received_local=datetime(2019, 6, 16, 23, 58),
        fields={"Naam vereniging": "Oudercomité Esen", "Contactpersoon": "An Declercq",
                "E-mail": "an.declercq@example.org", "Telefoon": "+32 51 50 00 01", "Adres": "Kerkstraat 3",
                "Postcode": "8600", "Gemeente": "Diksmuide", "Titel project": "Een speelplein voor Esen",
                "Korte omschrijving": "Samen met de kinderen en ouders een speelplein ontwerpen en aanleggen.",
                "Gevraagd bedrag": "12.500,00 EUR", "Totale kostprijs": "15.000,00 EUR"},
        attachment="docx",
        budget=(("Landschapsarchitect", "6.000,00"), ("Speeltoestellen", "9.000,00")),
    ),
    SampleApplication(
        key="bailleul", language="fr", sender_name="Léa Vermeersch", sender="lea.vermeersch@example.net",
        subject="Projet : jardin partagé Bailleul",
        body="Madame, Monsieur,\n\nVoici notre projet, un peu en retard, désolée.\n\nLéa Vermeersch\n",
        received_local=datetime(2019, 6, 17, 0, 20),
        fields={"Porteur de projet": "Collectif du Jardin des Monts", "Personne de contact": "Léa Vermeersch",
                "Courriel": "lea.vermeersch@example.net", "Téléphone": "06 12 34 56 78",
                "Adresse": "18 rue des Monts", "Code postal": "59270", "Commune": "Bailleul",
                "Titre du projet": "Jardin partagé des Monts",
                "Résumé": "Un jardin partagé ouvert aux écoles et aux habitants du quartier.",
                "Montant demandé": "7 250,00 €", "Budget total": "7 250,00 €"},
        attachment="pdf",
    ),
)


def build_email(sample: SampleApplication, *, coordinator: str = "coordinator@example.org") -> bytes:
    message = EmailMessage()
    message["From"] = f"{sample.sender_name} <{sample.sender}>"
    message["To"] = coordinator
    message["Subject"] = sample.subject
    message["Date"] = format_datetime(sample.received_local.replace(tzinfo=BRUSSELS))
    message["Message-ID"] = make_msgid(idstring=sample.key, domain=sample.sender.split("@", 1)[1])
    message.set_content(sample.body)
    title = sample.fields.get("Titel project") or sample.fields.get("Titre du projet") or sample.subject
    if sample.attachment == "pdf":
        message.add_attachment(_pdf(title, sample.fields, sample.budget), maintype="application",
                               subtype="pdf", filename=f"aanvraag-{sample.key}.pdf")
    elif sample.attachment == "docx":
        message.add_attachment(
            _docx(title, sample.fields, sample.budget), maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename=f"{'aanvraag' if sample.language == 'nl' else 'candidature'}-{sample.key}.docx")
    return message.as_bytes(policy=email.policy.SMTP)  # CRLF, as mail travels
