"""Letters (docx / pdf / text for images) and mail bodies that carry the application themselves."""
import io
from labels import long_date, L
from common import plain_amount

RECIP = ["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0", "Woumenweg 100", "8600 Diksmuide"]
RECIP_FR = ["Province de Flandre occidentale", "À l'attention du coordinateur Partons 2.0", "Woumenweg 100", "8600 Diksmuide (Belgique)"]
RECIP_EN = ["Provincie West-Vlaanderen", "Attn. Partons 2.0 project coordinator", "Woumenweg 100", "8600 Diksmuide, Belgium"]


def sender_block(r, v, rng, with_country=False):
    b = []
    if r['org']:
        b.append(r['org'])
    b.append(v['name_str'])
    b.append(r['address'])
    pcl = f"{r['postcode']} {r['municipality']}"
    if with_country:
        pcl += ', ' + {'BE': {'nl': 'België', 'fr': 'Belgique', 'en': 'Belgium'}, 'FR': {'nl': 'Frankrijk', 'fr': 'France', 'en': 'France'}}[r['country']][r['lang']]
    b.append(pcl)
    if v['phone_shown']:
        b.append({'nl': rng.choice(['Tel.: ', 'GSM: ', 'tel. ']), 'fr': rng.choice(['Tél. : ', 'Tél : ', 'Portable : ']),
                  'en': 'Phone: '}[r['lang']] + v['phone_str'])
    if v['email_mode'] == 'given':
        b.append(r['email'])
    return b


def letter_blocks(r, v, rng):
    """Returns dict with sender, recipient, place_date, subject, paragraphs, closing, signature."""
    lang = r['lang']
    d = {}
    d['sender'] = sender_block(r, v, rng, with_country=rng.random() < 0.25)
    d['recipient'] = {'nl': RECIP, 'fr': RECIP_FR, 'en': RECIP_EN}[lang]
    d['place_date'] = f"{r['municipality']}, {long_date(r['date'], lang)}" if lang != 'en' else long_date(r['date'], lang)
    title = r['title']
    req, tot, own, oth = v['req_str'], v['total_str'], v['own_str'], v['other_str']
    l = L[lang]
    if lang == 'nl':
        d['subject'] = rng.choice([f"Betreft: aanvraag projectenoproep 'Maak werk van je buurt' – {title}", f"Betreft: {title}",
                                   f"Onderwerp: kandidatuur \u201c{title}\u201d"])
        ps = [rng.choice(["Geachte heer, mevrouw,", "Beste,", "Beste projectcoördinator,"])]
        who = f"Namens {r['org']} dienen wij graag ons project in" if r['org'] else "Graag dien ik mijn project in"
        ps.append(f"{who} voor de projectenoproep 'Maak werk van je buurt!'. " + ' '.join(rng.sample(l['descrs'], 2)))
        s = f"Wij vragen binnen deze oproep een bijdrage van {req}." if r['org'] else f"Ik vraag een bijdrage van {req}."
        if tot:
            s += f" De totale kostprijs van het project bedraagt {tot}"
            s += f", waarvan {own} eigen inbreng" if own else ""
            s += f" en {oth} andere subsidies." if oth else "."
        ps.append(s)
        ps.append("In bijlage vindt u een korte toelichting bij de kosten:")
        ps += [f"- {dd}: € {a}" for dd, a in v['lines_str']]
        ps.append("Wij nemen graag deel aan het begeleidingstraject en houden de data vrij.")
        d['closing'] = rng.choice(["Met vriendelijke groeten,", "Hoogachtend,", "Vriendelijke groet,"])
    elif lang == 'fr':
        d['subject'] = rng.choice([f"Objet : candidature à l'appel à projets – « {title} »", f"Objet : {title}",
                                   f"Objet : demande de soutien pour le projet « {title} »"])
        ps = [rng.choice(["Madame, Monsieur,", "Bonjour,", "Monsieur le Coordinateur,"])]
        who = f"Au nom de notre association ({r['org']}), nous avons le plaisir de vous présenter notre projet" if r['org'] else "J'ai le plaisir de vous présenter mon projet"
        ps.append(f"{who} dans le cadre de l'appel à projets Partons 2.0. " + ' '.join(rng.sample(l['descrs'], 2)))
        s = f"Nous sollicitons une aide de {req}." if r['org'] else f"Je sollicite une aide de {req}."
        if tot:
            s += f" Le coût total du projet s'élève à {tot}"
            s += f", dont {own} d'autofinancement" if own else ""
            s += f" et {oth} d'autres financements." if oth else "."
        ps.append(s)
        ps.append("Détail des dépenses prévues :")
        ps += [f"- {dd} : {a} €" for dd, a in v['lines_str']]
        ps.append("Nous participerons volontiers aux sessions d'accompagnement.")
        d['closing'] = rng.choice(["Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", "Cordialement,",
                                   "Bien cordialement,"])
    else:
        d['subject'] = rng.choice([f"Re: application – {title}", f"Subject: {title}"])
        ps = ["Dear Sir or Madam,"]
        who = f"On behalf of {r['org']} we would like to submit our project" if r['org'] else "I would like to submit my project"
        ps.append(f"{who} to the call 'Maak werk van je buurt!'. " + ' '.join(rng.sample(l['descrs'], 2)))
        s = f"We request a grant of {req} from this call."
        if tot:
            s += f" The total cost of the project is {tot}"
            s += f", of which {own} is our own contribution" if own else ""
            s += f" and {oth} comes from other funding." if oth else "."
        ps.append(s)
        ps += [f"- {dd}: € {a}" for dd, a in v['lines_str']]
        d['closing'] = "Yours faithfully,"
    d['paragraphs'] = ps
    d['signature'] = [f"{r['first']} {r['last']}"]
    if r['org']:
        d['signature'].append({'nl': rng.choice(['voorzitter', 'secretaris', 'contactpersoon']),
                               'fr': rng.choice(['présidente', 'président', 'secrétaire']), 'en': 'chair'}[lang])
    return d


def letter_lines(d):
    out = list(d['sender']) + [''] + list(d['recipient']) + ['', d['place_date'], '', d['subject'], ''] + d['paragraphs'] + ['', d['closing'], ''] + d['signature']
    return out


def build_docx(r, v, rng):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = letter_blocks(r, v, rng)
    doc = Document()
    doc.styles['Normal'].font.name = rng.choice(['Calibri', 'Arial', 'Cambria', 'Garamond'])
    doc.styles['Normal'].font.size = Pt(11)
    p = doc.add_paragraph()
    for i, s in enumerate(d['sender']):
        run = p.add_run(s)
        if i == 0:
            run.bold = True
        if i < len(d['sender']) - 1:
            run.add_break()
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(9)
    for i, s in enumerate(d['recipient']):
        run = p.add_run(s)
        if i < len(d['recipient']) - 1:
            run.add_break()
    doc.add_paragraph()
    p = doc.add_paragraph(d['place_date'])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.add_run(d['subject']).bold = True
    for s in d['paragraphs']:
        doc.add_paragraph(s)
    doc.add_paragraph(d['closing'])
    doc.add_paragraph()
    for s in d['signature']:
        doc.add_paragraph(s)
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()


def build_pdf(r, v, rng):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape
    d = letter_blocks(r, v, rng)
    ss = getSampleStyleSheet()
    font = rng.choice(['Helvetica', 'Times-Roman'])
    base = ParagraphStyle('b', parent=ss['Normal'], fontName=font, fontSize=10.5, leading=14)
    right = ParagraphStyle('r', parent=base, leftIndent=9 * cm)
    bold = ParagraphStyle('bb', parent=base, fontName=font.replace('-Roman', '') + ('-Bold' if font == 'Helvetica' else '-Bold'))
    story = [Paragraph('<br/>'.join(escape(s) for s in d['sender']), base), Spacer(1, 18),
             Paragraph('<br/>'.join(escape(s) for s in d['recipient']), right), Spacer(1, 18),
             Paragraph(escape(d['place_date']), right), Spacer(1, 14), Paragraph(escape(d['subject']), bold), Spacer(1, 10)]
    for s in d['paragraphs']:
        story += [Paragraph(escape(s), base), Spacer(1, 5)]
    story += [Spacer(1, 8), Paragraph(escape(d['closing']), base), Spacer(1, 26)]
    story += [Paragraph(escape(s), base) for s in d['signature']]
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=d['subject'][:60], author=f"{r['first']} {r['last']}")
    doc.build(story)
    return bio.getvalue()


def body_text(r, v, rng):
    """The application written in the mail itself (plain text)."""
    lang = r['lang']
    req, tot, own, oth = v['req_str'], v['total_str'], v['own_str'], v['other_str']
    name = f"{r['first']} {r['last']}"
    lines = []
    if lang == 'nl':
        lines.append(rng.choice(["Beste,", "Dag Jonas,", "Geachte,", "Hallo,"]))
        lines.append("")
        intro = f"Met {r['org']} willen we graag deelnemen aan de projectenoproep 'Maak werk van je buurt!'." if r['org'] else \
            "Ik wil graag deelnemen aan de projectenoproep 'Maak werk van je buurt!'."
        lines.append(intro + " Een formulier vonden we niet meteen, dus hieronder onze gegevens.")
        lines.append("")
        lines.append(f"Project: {r['title']}")
        lines.append(' '.join(rng.sample(L['nl']['descrs'], 2)))
        lines.append("")
        lines.append(f"Gevraagd bedrag: {req}")
        if tot:
            lines.append(f"Totale kost: {tot}" + (f" (eigen inbreng {own}" + (f", andere subsidies {oth}" if oth else '') + ")" if own else ''))
        lines.append("")
        lines.append("Contactgegevens:")
        if r['org']:
            lines.append(r['org'])
        lines.append(f"{name}")
        lines.append(r['address'])
        lines.append(f"{r['postcode']} {r['municipality']}")
        if v['phone_shown']:
            lines.append(f"GSM {v['phone_str']}")
        if v['email_mode'] == 'given':
            lines.append(r['email'])
        lines.append("")
        lines.append(rng.choice(["Alvast bedankt!", "Met vriendelijke groeten,", "Groetjes,"]))
        lines.append(r['first'] if rng.random() < 0.5 else name)
    elif lang == 'fr':
        lines.append(rng.choice(["Bonjour,", "Madame, Monsieur,", "Bonjour Monsieur Polin,"]))
        lines.append("")
        intro = f"Notre association, {r['org']}, souhaite répondre à l'appel à projets Partons 2.0." if r['org'] else \
            "Je souhaite répondre à l'appel à projets Partons 2.0."
        lines.append(intro + " Voici les informations demandées.")
        lines.append("")
        lines.append(f"Intitulé du projet : {r['title']}")
        lines.append(' '.join(rng.sample(L['fr']['descrs'], 2)))
        lines.append("")
        lines.append(f"Montant sollicité : {req}")
        if tot:
            lines.append(f"Coût total : {tot}" + (f" (autofinancement : {own}" + (f", autres financements : {oth}" if oth else '') + ")" if own else ''))
        lines.append("")
        lines.append("Coordonnées :")
        if r['org']:
            lines.append(r['org'])
        lines.append(name)
        lines.append(r['address'])
        lines.append(f"{r['postcode']} {r['municipality']}")
        if v['phone_shown']:
            lines.append(f"Tél. {v['phone_str']}")
        if v['email_mode'] == 'given':
            lines.append(r['email'])
        lines.append("")
        lines.append(rng.choice(["Cordialement,", "Bien à vous,", "Merci d'avance,"]))
        lines.append(name)
    else:
        lines.append("Dear coordinator,")
        lines.append("")
        lines.append((f"{r['org']} would like to apply" if r['org'] else "I would like to apply") + " to the call 'Maak werk van je buurt!'.")
        lines.append("")
        lines.append(f"Project title: {r['title']}")
        lines.append(' '.join(rng.sample(L['en']['descrs'], 2)))
        lines.append(f"Grant requested: {req}")
        if tot:
            lines.append(f"Total cost: {tot}" + (f" (own contribution {own}" + (f", other funding {oth}" if oth else '') + ")" if own else ''))
        lines.append("")
        lines.append("Contact details:")
        if r['org']:
            lines.append(r['org'])
        lines.append(name)
        lines.append(r['address'])
        lines.append(f"{r['postcode']} {r['municipality']}")
        if v['phone_shown']:
            lines.append(f"Phone: {v['phone_str']}")
        if v['email_mode'] == 'given':
            lines.append(r['email'])
        lines.append("")
        lines.append("Kind regards,")
        lines.append(name)
    return lines
