#!/usr/bin/env python3
"""Generate corpus c33 (dev + test halves) into ../dev and ../test. Deterministic: rerun gives identical bytes."""
import datetime
import hashlib
import json
import os
import random
import sys
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from c33data import build_case, COORD, fmt_phone, fmt_amount, slug  # noqa: E402
from c33spec import choose_design, build_spec  # noqa: E402
from render_pdf import PdfForm  # noqa: E402
from render_office import DocxForm, OdtForm, render_xlsx, render_ods  # noqa: E402
from reportlab.lib import colors  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TZ = datetime.timezone(datetime.timedelta(hours=2))
ACCENTS = ["1F4E79", "7B2D26", "2E5E3A", "4B3A75", "8A5A00", "205E6B", "333333", "9C2F5E"]

# per half: (format, language) list; both languages in each format across the corpus
PLAN = {
    "dev": [("pdf_form", "nl")] * 3 + [("pdf_form", "fr")] * 3 + [("pdf_letter", "nl")] * 2 + [("pdf_letter", "fr")] * 2
    + [("docx_form", "nl")] * 3 + [("docx_form", "fr")] * 2 + [("odt_form", "nl")] * 2 + [("odt_form", "fr")]
    + [("xlsx_form", "nl"), ("ods_form", "fr")],
    "test": [("pdf_form", "nl")] * 3 + [("pdf_form", "fr")] * 3 + [("pdf_letter", "nl")] * 2 + [("pdf_letter", "fr")] * 2
    + [("docx_form", "nl")] * 2 + [("docx_form", "fr")] * 3 + [("odt_form", "nl")] + [("odt_form", "fr")] * 2
    + [("xlsx_form", "fr"), ("ods_form", "nl")],
}
SPECIALS = {
    "dev": ["individual", "individual", "no_total", "email_from_sig", "email_from_sig", "body_correction"],
    "test": ["individual", "no_total", "no_total", "email_from_sig", "body_correction", "no_phone"],
}
EXT = {"pdf_form": "pdf", "pdf_letter": "pdf", "docx_form": "docx", "odt_form": "odt", "xlsx_form": "xlsx",
       "ods_form": "ods"}
MIME = {"pdf": ("application", "pdf"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "odt": ("application", "vnd.oasis.opendocument.text"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "ods": ("application", "vnd.oasis.opendocument.spreadsheet")}


def plan_half(half):
    rng = random.Random(f"c33-plan-{half}")
    entries = list(PLAN[half])
    specials = [[] for _ in entries]
    idxs = rng.sample(range(len(entries)), len(SPECIALS[half]))
    for i, sp in zip(idxs, SPECIALS[half]):
        specials[i].append(sp)
    # pdf_form sub-modes: 4 widget-filled, 2 annotation-filled (one per language)
    subs = []
    annot_left = {"nl": 1, "fr": 1}
    for fmt, lang in entries:
        if fmt == "pdf_form" and annot_left[lang]:
            annot_left[lang] -= 1
            subs.append("annot")
        elif fmt == "pdf_form":
            subs.append("widget")
        elif fmt == "pdf_letter":
            subs.append("text")
        else:
            subs.append("")
    order = list(range(len(entries)))
    rng.shuffle(order)  # order[k] = entry index for file number k+1
    return [(k + 1, entries[e][0], entries[e][1], specials[e], subs[e]) for k, e in enumerate(order)]


# ------------------------------------------------------------------ mail text

def role_name(case, p):
    for key, r in zip(("pres", "sec", "tres"), case["roles"]):
        if case["board"].get(key) is p:
            return r
    return None


def body_text(case, d, rng):
    lang, s, c = case["lang"], case["sender"], case["contact"]
    org, title = case["org"], case["title"]
    sp = case["special"]
    out = []
    if lang == "nl":
        out.append(rng.choice(["Beste Jonas,", "Geachte heer Polin,", "Dag Jonas,", "Beste,", "Geachte,"]))
        out.append("")
        who = f"namens {org} " if org and rng.random() < 0.6 else ""
        out.append(rng.choice([
            f"Hierbij stuur ik {who}ons projectidee voor de oproep 'Maak werk van je buurt!'. Het ingevulde formulier zit in bijlage.",
            f"In bijlage vindt u het aanvraagformulier {who}voor ons project \"{title}\".",
            f"Zoals afgesproken op de infoavond bezorg ik u {who}ons ingevulde formulier voor de projectenoproep.",
        ]))
        extra = rng.choice([
            f"We verwachten dat een {case['participants']}-tal inwoners mee zal doen.",
            f"Vorig jaar kregen we van de gemeente {fmt_amount(case['prev_amount'], 'nl', 1)} voor een buurtfeest; dat liep heel goed.",
            "Op 26 september kunnen we alvast aanwezig zijn op de eerste sessie.",
            "Graag komen we ons idee eens toelichten.",
        ])
        out.append(extra)
        if s is not c:
            out.append(f"Voor vragen over het dossier kan u best contact opnemen met {c['first']} {c['last']}"
                       f"{', onze ' + role_name(case, c) if role_name(case, c) else ''} (gegevens in het formulier).")
        if "email_from_sig" in sp:
            out.append("Het e-mailadres kon ik niet kwijt in het formulier: u mag mij gewoon op dit adres mailen.")
        if "body_correction" in sp:
            out.append(f"Opgelet, een correctie: in het formulier staat als gevraagd bedrag "
                       f"{fmt_amount(case['req_form'], 'nl', 0)}, maar dat moet {fmt_amount(case['req'], 'nl', 0)} zijn. "
                       f"De gemeente legt intussen zelf iets meer bij.")
        out += ["", rng.choice(["Met vriendelijke groeten,", "Vriendelijke groet,", "Groeten,", "Alvast bedankt!"]), ""]
    else:
        out.append(rng.choice(["Bonjour Monsieur Polin,", "Bonjour Jonas,", "Madame, Monsieur,", "Cher Monsieur,"]))
        out.append("")
        who = f"au nom de l'association {org} " if org and rng.random() < 0.5 else ""
        out.append(rng.choice([
            f"Veuillez trouver ci-joint {who}notre formulaire de candidature pour l'appel à projets Partons 2.0.",
            f"Je vous transmets {who}notre idée de projet « {title} » ; le formulaire rempli est en pièce jointe.",
            f"Suite à la réunion d'information, je vous envoie {who}notre dossier de candidature.",
        ]))
        out.append(rng.choice([
            f"Nous pensons mobiliser une {case['participants']}aine d'habitants.",
            f"L'an dernier, la commune nous avait accordé {fmt_amount(case['prev_amount'], 'fr', 1)} pour la fête du village.",
            "Nous serons présents à la séance du 26 septembre.",
            "Nous restons à votre disposition pour une rencontre sur place.",
        ]))
        if s is not c:
            rn = role_name(case, c)
            out.append(f"Pour toute question sur le dossier, merci de contacter {c['first']} {c['last']}"
                       f"{', notre ' + rn if rn else ''} (coordonnées dans le formulaire).")
        if "email_from_sig" in sp:
            out.append("Je n'ai pas pu indiquer mon adresse électronique dans le formulaire : vous pouvez me répondre à cette adresse.")
        if "body_correction" in sp:
            out.append(f"Petite correction : le formulaire indique un montant demandé de {fmt_amount(case['req_form'], 'fr', 0)}, "
                       f"mais il faut lire {fmt_amount(case['req'], 'fr', 0)}, la commune augmentant sa participation.")
        out += ["", rng.choice(["Cordialement,", "Bien cordialement,", "Avec nos remerciements,", "Bien à vous,"]), ""]
    out.append(f"{s['first']} {s['last']}")
    rn = role_name(case, s)
    if org:
        out.append(f"{rn.capitalize() + ' – ' if rn else ''}{org}")
    if "no_phone" not in sp or s is not c:
        if rng.random() < 0.7 or s is not c:
            out.append(("Tel. " if lang == "nl" else "Tél. ") + fmt_phone(s["phone"], case["country"], rng.choice(["space", "intl", "slash"])))
    if "email_from_sig" in sp or rng.random() < 0.3:
        out.append(s["email"])
    return "\n".join(out) + "\n"


def subject(case, rng):
    t, org = case["title"], case["org"]
    if case["lang"] == "nl":
        return rng.choice([f"Projectidee 'Maak werk van je buurt!' – {t}", "Aanvraag projectenoproep Partons 2.0",
                           f"Indiening projectidee {org or t}", f"Maak werk van je buurt: {t}"])
    return rng.choice([f"Candidature appel à projets Partons 2.0 – {t}", "Dépôt idée de projet Partons 2.0",
                       f"Appel à projets : dossier {org or t}", f"Partons 2.0 – {t}"])


def attachment_name(case, ext, rng):
    t = slug(case["title"])[:28].strip("-")
    if case["lang"] == "nl":
        return rng.choice([f"aanvraagformulier_{t}.{ext}", f"Formulier projectidee.{ext}",
                           f"MWVJB_aanvraag_{case['village']}.{ext}", f"projectoproep-{t}.{ext}"])
    return rng.choice([f"formulaire_candidature_{t}.{ext}", f"Fiche projet Partons 2.0.{ext}",
                       f"candidature_{case['village']}.{ext}", f"dossier-{t}.{ext}"])


def render(case, d, spec, stamp):
    fmt = case["format"]
    accent = ACCENTS[(case["idx"] * 3 + (7 if case["half"] == "test" else 0)) % len(ACCENTS)]
    author = f"{case['sender']['first']} {case['sender']['last']}"
    spec["author"] = author
    if fmt in ("pdf_form", "pdf_letter"):
        return PdfForm(spec, d, case["sub"], colors.HexColor("#" + accent)).render()
    if fmt == "docx_form":
        return DocxForm(spec, d, accent).save(stamp)
    if fmt == "odt_form":
        return OdtForm(spec, d, accent).render(stamp, author)
    sheet = "Aanvraag" if case["lang"] == "nl" else "Formulaire"
    if fmt == "xlsx_form":
        return render_xlsx(spec, d, accent, stamp, sheet, author)
    return render_ods(spec, d, accent, stamp, sheet, author)


def main():
    signatures = set()
    for half in ("dev", "test"):
        outdir = os.path.join(ROOT, half)
        os.makedirs(outdir, exist_ok=True)
        truth_lines = []
        for num, fmt, lang, special, sub in plan_half(half):
            case = build_case(half, num, fmt, lang, special, sub)
            d = choose_design(case)
            spec = build_spec(case, d)
            sig = (fmt, d["font"], d["numbering"], d["style"], d["mix"], d["persons"], d["budget"], d["head"],
                   d["order"], d["pages"], spec["title"])
            assert sig not in signatures, f"layout reused: {half} {num}"
            signatures.add(sig)
            mon, day = case["day"]
            hh, mm, ss = case["hour"]
            when = datetime.datetime(2019, mon, day, hh, mm, ss, tzinfo=TZ)
            stamp = datetime.datetime(2019, mon, day, max(0, hh - 1), mm, 0)
            data = render(case, d, spec, stamp)
            rng = random.Random(f"c33-mail-{half}-{num}")
            fname = f"c33-{half}-{num:03d}.eml"
            msg = EmailMessage(policy=policy.SMTP)
            s = case["sender"]
            msg["From"] = formataddr((f"{s['first']} {s['last']}", s["email"]))
            msg["To"] = COORD if rng.random() < 0.6 else formataddr(("Jonas Polin", COORD))
            msg["Subject"] = subject(case, rng)
            msg["Date"] = format_datetime(when)
            h = hashlib.sha1(fname.encode()).hexdigest()[:16]
            msg["Message-ID"] = f"<{h}.{when.strftime('%Y%m%d%H%M%S')}@{s['email'].split('@')[1]}>"
            msg["MIME-Version"] = "1.0"
            msg.set_content(body_text(case, d, rng), subtype="plain", charset="utf-8", cte="quoted-printable")
            ext = EXT[fmt]
            mt, st = MIME[ext]
            msg.add_attachment(data, maintype=mt, subtype=st, filename=attachment_name(case, ext, rng))
            msg.set_boundary(f"----=_Part_{h}")
            raw = msg.as_bytes()
            assert len(raw) < 300_000, (fname, len(raw))
            with open(os.path.join(outdir, fname), "wb") as fh:
                fh.write(raw)
            truth_lines.append((num, json.dumps({"file": fname, "format": fmt, "language": lang,
                                                 "fields": case["truth"]}, ensure_ascii=False)))
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
            for _, line in sorted(truth_lines):
                fh.write(line + "\n")
    print("ok")


if __name__ == "__main__":
    main()
