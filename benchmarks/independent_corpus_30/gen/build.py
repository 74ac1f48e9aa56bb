"""Build corpus c30: 40 e-mails, each with one filled-in subsidy form attached.

usage: python gen/build.py            (writes dev/, test/ next to gen/)
"""
import json
import os
import random
import sys
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, formataddr
from datetime import datetime, timezone, timedelta
from reportlab.lib import colors

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import make_cases, truth_fields, fmt_phone, money, _slug  # noqa: E402
from specs import make_spec, FR_GENRES, NL_GENRES  # noqa: E402
import render_pdf  # noqa: E402
import render_docx  # noqa: E402
import render_odf  # noqa: E402
import render_xlsx  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FORMATS = ["pdf_form"] * 7 + ["pdf_letter"] * 4 + ["docx_form"] * 5 + ["odt_form"] * 2 + ["xlsx_form", "ods_form"]
# which split each (language, format, k-th instance) goes to
SPLIT = {
    "nl": {"pdf_form": "DDDDTTT", "pdf_letter": "DDTT", "docx_form": "DDTTT", "odt_form": "DT", "xlsx_form": "D", "ods_form": "T"},
    "fr": {"pdf_form": "DDDTTTT", "pdf_letter": "DDTT", "docx_form": "DDDTT", "odt_form": "DT", "xlsx_form": "T", "ods_form": "D"},
}

HIDE = {"pc_tel", "pc_mail", "correspondant_tel", "correspondant_mail", "resp_dossier_tel", "resp_dossier_mail",
        "resp_tel", "resp_email", "contact_gsm", "contact_email", "Contact_Tel", "Contact_Email", "txtContactGSM",
        "txtContactMail", "contact_mail"}

PDF_FORM_DESIGNS = [
    dict(header="bar", labels="left", naming="meaningful", tips="none", budget="side", lw=175, accent=colors.HexColor("#1f3864")),
    dict(header="box", labels="above", naming="generic", tips="all", budget="stacked", cols=2, accent=colors.HexColor("#833c0b"), hstyle="under"),
    dict(header="letter", labels="below", naming="label", tips="some", budget="side", accent=colors.HexColor("#375623"), fill=colors.white, bw=0.4),
    dict(header="bar", labels="left", naming="fill", tips="none", budget="stacked", hide=True, lw=150, accent=colors.HexColor("#7030a0"), hfill=colors.HexColor("#e4dfec")),
    dict(header="letter", labels="left", naming="meaningful", tips="none", font="Times-Roman", cols=2, budget="side", accent=colors.HexColor("#002060"), hstyle="plain", fill=colors.HexColor("#fff2cc"), lw=110),
    dict(header="box", labels="left", naming="generic_en", tips="all", cols=2, budget="side", hide=True, accent=colors.HexColor("#c00000"), upper=True, lw=120, skip_empty_widgets=True),
    dict(header="bar", labels="below", naming="label", tips="none", budget="stacked", vfont="Courier", accent=colors.HexColor("#404040"), hfill=colors.HexColor("#ededed"), nl_codes=True),
]
PDF_LETTER_DESIGNS = [
    dict(mode="boxed", header="box", labels="left", vfont="Courier", budget="side", lw=170, creator="PDF24 Creator", accent=colors.HexColor("#1f3864")),
    dict(mode="plain", header="letter", font="Times-Roman", vfont="Times-Roman", budget="stacked", creator="Microsoft® Word 2016", accent=colors.black),
    dict(mode="boxed", header="bar", labels="below", underline=True, vfont="Helvetica-Oblique", vcolor=colors.HexColor("#1a3fa0"), budget="stacked", creator="Microsoft: Print To PDF", cols=2, accent=colors.HexColor("#385623")),
    dict(mode="plain", header="bar", font="Helvetica", vfont="Helvetica", budget="side", creator="LibreOffice 6.0", accent=colors.HexColor("#843c0c"), hstyle="under"),
]
DOCX_DESIGNS = [
    dict(mode="table", font="Calibri", accent="1F3864", budget="side"),
    dict(mode="sdt", font="Arial", size=10, accent="833C0B", budget="stacked", codes=True, bold_labels=True),
    dict(mode="legacy", legacy_generic=True, legacy_in_table=True, font="Times New Roman", accent="000000", budget="stacked", upper=True),
    dict(mode="lines", font="Verdana", size=9, accent="375623", budget="stacked", heading_style="word"),
    dict(mode="table_sdt", tags="label", font="Calibri", accent="7030A0", budget="side", table_style="Table Grid", label_fill="E4DFEC", center_title=True),
]
ODT_DESIGNS = [dict(mode="table", accent="2E5E1E"), dict(mode="lines", accent="1F4E79", nl_codes=True)]


def render_case(c, fmt, k):
    lang = c["lang"]
    genres = NL_GENRES if lang == "nl" else FR_GENRES
    genre = genres[(k + FORMATS.index(fmt)) % 4] if fmt != "pdf_form" else genres[(k + k // 4) % 4]
    spec = make_spec(c, genre)
    author = c["contact"]["name"] if c["sender"] != "president" else c["president"]["name"]
    if fmt == "pdf_form":
        d = dict(PDF_FORM_DESIGNS[k])
        d["mode"] = "widget"
        if d["naming"] == "generic":
            d["naming"] = "generic_fr" if lang == "fr" else "generic_nl"
        if d.pop("hide", False):
            d["hide_labels"] = HIDE
        d["offset"] = k * 3
        if lang == "nl":
            d["header"] = {"box": "letter", "letter": "bar", "bar": "box"}[d["header"]]
            d["lw"] = d.get("lw", 170) + 10
        d["footer"] = spec["issuer"]
        d["pagefmt"] = "Page {p}" if lang == "fr" else "Pagina {p}"
        d["author"] = "" if k % 2 else "Service vie associative" if lang == "fr" else "Dienst Vrije Tijd"
        d["creator"] = ["Adobe Acrobat Pro DC", "Adobe LiveCycle Designer", "Nitro Pro", "Adobe Acrobat 11.0"][k % 4]
        data = render_pdf.render(spec, c, d)
        ext = "pdf"
    elif fmt == "pdf_letter":
        d = dict(PDF_LETTER_DESIGNS[k])
        d["naming"] = "meaningful"
        d["footer"] = spec["title"]
        d["author"] = author
        d["running_head"] = c["org"]
        if lang == "fr":  # French copies of the same flat genres get their own look
            d["header"] = {"box": "letter", "letter": "bar", "bar": "box"}[d["header"]]
            d["hstyle"] = {"fill": "under", "under": "plain", "plain": "fill"}[d.get("hstyle", "fill")]
            d["lw"] = d.get("lw", 170) - 25
            d["accent"] = colors.HexColor(["#203864", "#5b2c06", "#264478", "#3a3a3a"][k])
        data = render_pdf.render(spec, c, d)
        ext = "pdf"
    elif fmt == "docx_form":
        d = dict(DOCX_DESIGNS[k])
        d["author"] = author
        if lang == "fr":
            d["legacy_prefix"] = "Texte"
        data = render_docx.render(spec, c, d)
        ext = "docx"
    elif fmt == "odt_form":
        d = dict(ODT_DESIGNS[k])
        d["author"] = author
        data = render_odf.render_odt(spec, c, d)
        ext = "odt"
    elif fmt == "xlsx_form":
        data = render_xlsx.render(spec, c, {"author": author, "accent": "C55A11" if lang == "nl" else "2F5597"})
        ext = "xlsx"
    else:
        data = render_odf.render_ods(spec, c, {"accent": "385723" if lang == "nl" else "7F6000"})
        ext = "ods"
    return spec, data, ext


MIME = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "odt": ("application", "vnd.oasis.opendocument.text"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "ods": ("application", "vnd.oasis.opendocument.spreadsheet")}


def attachment_name(c, spec, ext, r):
    org = c["org"]
    short = org.replace("vzw ", "").replace("Vzw ", "")
    if c["lang"] == "fr":
        opts = [f"Demande_subvention_Partons2.0_{_slug(short).replace('.', '_')[:30]}.{ext}",
                f"Dossier subvention {short}.{ext}", f"cerfa_12156-05_{c.get('sigle', 'asso')}_rempli.{ext}",
                f"DOSSIER PARTONS 2.0 - {c.get('sigle', '')}.{ext}", f"demande_{_slug(c['town'])}_{c['mail_date']:%Y%m%d}.{ext}"]
    else:
        opts = [f"aanvraagformulier projectsubsidie - {short}.{ext}", f"Aanvraag_Partons2.0_{_slug(c['town'])}.{ext}",
                f"subsidieaanvraag {short} 2019.{ext}", f"formulier_ingevuld_{_slug(short).replace('.', '_')[:25]}.{ext}",
                f"Maak werk van je buurt - {c['town']}.{ext}"]
    return r.choice(opts)


def body_nl(c, spec, r):
    ct, pres = c["contact"], c["president"]
    sender = c["sender"]
    greet = r.choice(["Beste Jonas,", "Beste heer Polin,", "Dag Jonas,", "Geachte,", "Beste,"])
    intro = r.choice([
        f"In bijlage vindt u onze aanvraag voor de projectenoproep ‘Maak werk van je buurt!’. We hebben het formulier gebruikt dat we ook voor de gemeente invullen, hopelijk is dat geen probleem.",
        f"Hierbij sturen we het ingevulde aanvraagformulier van {c['org']} voor de oproep van Partons 2.0.",
        f"Zoals besproken op de infoavond: hier is ons projectidee, ingevuld op het subsidieformulier dat we al hadden.",
        f"Graag dienen we ons project in voor ‘Maak werk van je buurt!’. Alle gegevens staan in het formulier in bijlage.",
    ])
    extra = []
    if r.random() < 0.4:
        extra.append(f"We vragen {money(c['requested'], 'nl', r.choice([2, 3]))} voor ‘{c['project_title']}’.")
    if sender == "president":
        extra.append(f"Ik stuur dit als voorzitter door, maar {ct['first']} volgt het dossier op; u kunt haar of hem rechtstreeks contacteren (gegevens in het formulier)." if r.random() < 0.6 else f"Voor vragen kan u terecht bij {ct['name']}, onze contactpersoon voor dit project.")
    if r.random() < 0.3:
        extra.append("Offertes en de statuten kunnen we nasturen indien nodig.")
    close = r.choice(["Met vriendelijke groeten,", "Vriendelijke groeten,", "Groetjes,", "Alvast bedankt en vriendelijke groet,"])
    if sender == "contact":
        sig = [ct["name"]] + ([c["org"]] if r.random() < 0.7 else [])
        if not c.get("no_phone") and r.random() < 0.5:
            sig.append("gsm " + fmt_phone(ct["phone"], r.randint(0, 3)))
    elif sender == "president":
        sig = [pres["name"], f"voorzitter {c['org']}"]
        if not c.get("no_phone") and r.random() < 0.7:
            sig.append(fmt_phone(pres["phone"], r.randint(0, 3)))
    else:
        sig = [f"Het bestuur van {c['org']}"]
        if not c.get("no_phone"):
            sig.append("tel. " + fmt_phone(c["org_phone"], 0))
    return "\n".join([greet, "", intro] + ([""] + extra if extra else []) + ["", close, ""] + sig) + "\n"


def body_fr(c, spec, r):
    ct, pres = c["contact"], c["president"]
    sender = c["sender"]
    greet = r.choice(["Bonjour Monsieur Polin,", "Bonjour,", "Monsieur,", "Bonjour Jonas,", "Madame, Monsieur,"])
    intro = r.choice([
        "Veuillez trouver ci-joint notre dossier de candidature pour l'appel à projets Partons 2.0. Nous avons repris le dossier de demande de subvention que nous utilisons habituellement.",
        f"Je vous prie de trouver en pièce jointe la demande de subvention de l'association {c['org']} dans le cadre de l'appel à projets « Partons 2.0 ».",
        "Suite à la réunion d'information, voici notre projet, présenté sur le formulaire de demande de subvention que nous connaissons.",
        "Comme convenu, je vous transmets notre dossier complété pour l'appel « Maak werk van je buurt ! / Partons 2.0 ».",
    ])
    extra = []
    if r.random() < 0.4:
        extra.append(f"Nous sollicitons {money(c['requested'], 'fr', r.choice([0, 1]))} pour le projet « {c['project_title']} ».")
    if sender == "president":
        extra.append(f"La personne qui suit ce dossier est {ct['name']} ; ses coordonnées figurent dans le formulaire." if r.random() < 0.6 else f"Pour toute question, merci de vous adresser à {ct['first']}, qui est chargé(e) de la demande.")
    if r.random() < 0.3:
        extra.append("Les statuts et le RIB peuvent être envoyés sur simple demande.")
    close = r.choice(["Cordialement,", "Bien cordialement,", "Avec nos remerciements, bien cordialement,", "Dans l'attente de votre retour, recevez nos salutations distinguées."])
    if sender == "contact":
        sig = [ct["name"]] + ([c["org"]] if r.random() < 0.7 else [])
        if r.random() < 0.5:
            sig.append("Tél. " + fmt_phone(ct["phone"], r.randint(0, 3)))
    elif sender == "president":
        sig = [pres["name"], f"Président(e) – {c['org']}"]
        if r.random() < 0.7:
            sig.append(fmt_phone(pres["phone"], r.randint(0, 3)))
    else:
        sig = [f"Le bureau de l'association {c['org']}", fmt_phone(c["org_phone"], 0)]
    return "\n".join([greet, "", intro] + ([""] + extra if extra else []) + ["", close, ""] + sig) + "\n"


def subject(c, r):
    if c["lang"] == "nl":
        return r.choice([f"Aanvraag Maak werk van je buurt - {c['org']}", "projectidee Partons 2.0", f"Projectenoproep: {c['project_title']}",
                         f"Subsidieaanvraag {c['town']}", "Aanvraag projectoproep Westhoek"])
    return r.choice([f"Candidature Partons 2.0 – {c['org']}", "Appel à projets Partons 2.0 : notre dossier", f"Demande de subvention – {c['project_title']}",
                     f"Dossier {c.get('sigle', '')} {c['town']}", "Projet pour l'appel Maak werk van je buurt"])


def make_mail(c, spec, data, ext, r):
    msg = EmailMessage()
    if c["sender"] == "contact":
        frm = formataddr((c["contact"]["name"], c["contact"]["email"]))
    elif c["sender"] == "president":
        frm = formataddr((c["president"]["name"], c["president"]["email"]))
    else:
        frm = formataddr((c["org"], c["org_email"]))
    msg["From"] = frm
    msg["To"] = formataddr(("Jonas Polin", "jonas.polin@west-vlaanderen.be")) if r.random() < 0.6 else "jonas.polin@west-vlaanderen.be"
    if c["sender"] == "president" and r.random() < 0.5:
        msg["Cc"] = c["contact"]["email"]
    msg["Subject"] = subject(c, r)
    tz = timezone(timedelta(hours=2))
    dt = datetime(c["mail_date"].year, c["mail_date"].month, c["mail_date"].day, r.randint(7, 22), r.randint(0, 59), r.randint(0, 59), tzinfo=tz)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{dt:%Y%m%d%H%M%S}.{c['seed'] % 99991:05d}.{c['lang']}{c['idx']}@{r.choice(['mail.example.org', 'example.net', 'smtp.example.com'])}>"
    msg["MIME-Version"] = "1.0"
    body = body_nl(c, spec, r) if c["lang"] == "nl" else body_fr(c, spec, r)
    msg.set_content(body)
    if r.random() < 0.3:
        html = "<html><body>" + "".join(f"<p>{line}</p>" if line else "<br>" for line in body.split("\n")) + "</body></html>"
        msg.add_alternative(html, subtype="html")
    maintype, subtype = MIME[ext]
    if r.random() < 0.1:
        maintype, subtype = "application", "octet-stream"
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=attachment_name(c, spec, ext, r))
    return msg


def main():
    cases = make_cases()
    r = random.Random(30)
    out = {"D": [], "T": []}
    for lang in ("nl", "fr"):
        lc = [c for c in cases if c["lang"] == lang]
        fmts = FORMATS[:]
        random.Random(7 if lang == "nl" else 8).shuffle(fmts)
        counters = {}
        plan = []
        for c, fmt in zip(lc, fmts):
            k = counters.get(fmt, 0)
            counters[fmt] = k + 1
            plan.append((c, fmt, k))
        # two cases where the mail really lacks a value:
        # nl (dev): the contact gives no phone and the group has none; fr (test): budget not drawn up yet
        for c, fmt, k in plan:
            if lang == "nl" and fmt == "pdf_form" and SPLIT[lang][fmt][k] == "D" and k == 1:
                c["no_phone"] = True
            if lang == "fr" and fmt == "docx_form" and SPLIT[lang][fmt][k] == "T":
                c["no_total"] = True
                break
        for c, fmt, k in plan:
            spec, data, ext = render_case(c, fmt, k)
            assert len(data) < 300_000, (fmt, len(data))
            msg = make_mail(c, spec, data, ext, random.Random(c["seed"] + 99))
            split = SPLIT[lang][fmt][k]
            out[split].append({"msg": msg, "format": fmt, "language": lang, "fields": truth_fields(c), "genre": spec["genre"], "k": k})
    for split, name in (("D", "dev"), ("T", "test")):
        items = out[split]
        assert len(items) == 20, (split, len(items))
        random.Random(300 if split == "D" else 301).shuffle(items)
        d = os.path.join(ROOT, name)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        with open(os.path.join(d, "truth.jsonl"), "w", encoding="utf-8") as tf:
            for i, it in enumerate(items, 1):
                fn = f"c30-{name}-{i:03d}.eml"
                with open(os.path.join(d, fn), "wb") as fh:
                    fh.write(bytes(it["msg"]))
                tf.write(json.dumps({"file": fn, "format": it["format"], "language": it["language"], "fields": it["fields"]}, ensure_ascii=False) + "\n")
    print("ok")


if __name__ == "__main__":
    main()
