"""Build corpus 19: python make_corpus.py  (writes ../dev ../test and gen/records/)."""
import json, os, random, sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from datetime import timezone, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data, texts, office, imaging

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TZ = timezone(timedelta(hours=2))

COVER = {
    "nl": ["Beste,\n\nIn bijlage ons projectidee voor 'Maak werk van je buurt!'.\n\nVriendelijke groeten,\n{first}",
           "zie bijlage\n\n{first}", "Dag Jonas,\n\nHierbij ons formulier. Laat maar weten als er iets ontbreekt.\n\nGroetjes\n{first} {last}",
           "Goedemiddag,\n\nGraag dien ik ons idee in voor de projectenoproep. Het ingevulde formulier zit in bijlage.\n\nMvg\n{first} {last}",
           "Hallo, hierbij de scan van onze aanvraag.\n{first}"],
    "fr": ["Bonjour,\n\nVeuillez trouver ci-joint notre candidature pour l'appel à projets Partons 2.0.\n\nCordialement,\n{first} {last}",
           "Bonjour,\nci-joint notre dossier.\nBien à vous\n{first}", "voir pièce jointe\n\n{first} {last}",
           "Bonjour Monsieur,\n\nSuite à la réunion, je vous envoie notre fiche projet. N'hésitez pas si vous avez des questions.\n\nBien cordialement,\n{first} {last}",
           "Bonjour, voici la photo de notre demande.\n{first}"],
}
SIGS = {"Apple": "Envoyé de mon iPhone", "samsung": "Envoyé depuis mon appareil Galaxy", "HUAWEI": "Envoyé depuis mon smartphone Huawei",
        "motorola": "Envoyé de mon mobile", "OnePlus": "Envoyé de mon OnePlus"}
SIGS_NL = {"Apple": "Verstuurd vanaf mijn iPhone", "samsung": "Verzonden vanaf mijn Samsung Galaxy smartphone.",
           "HUAWEI": "Verzonden vanaf mijn Huawei", "motorola": "Verzonden vanaf mijn telefoon", "OnePlus": "Verzonden vanaf mijn OnePlus"}

MIME = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "odt": ("application", "vnd.oasis.opendocument.text"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "jpg": ("image", "jpeg")}


def attachment_name(r, rng, ext):
    nl = r["language"] == "nl"
    if r["format"] == "photo":
        return f"IMG_{rng.randint(1000, 9999)}.jpg" if r["phone_model"][0] == "Apple" else f"{r['date'].strftime('%Y%m%d_%H%M%S')}.jpg"
    if r["format"] == "scan_pdf":
        return rng.choice([f"scan{r['date'].strftime('%Y%m%d%H%M')}.pdf", "Numérisation_0001.pdf" if not nl else "Scan_aanvraag.pdf", "doc00417220190512.pdf"])
    if nl:
        return rng.choice([f"Aanvraag projectidee {r['municipality']}.{ext}", f"formulier_Maak_werk_van_je_buurt_{r['last']}.{ext}",
                           f"projectfiche_{r['municipality']}_ingevuld.{ext}"])
    return rng.choice([f"Candidature Partons 2.0 – {r['municipality']}.{ext}", f"fiche_projet_{r['last']}.{ext}", f"Dossier_candidature_été2019.{ext}"])


def subject(r, rng, att):
    nl = r["language"] == "nl"
    if r["format"] == "photo":
        return rng.choice([att, "Foto aanvraag" if nl else "photo dossier", ""])
    if r["format"] == "scan_pdf":
        return rng.choice(["scan", "Scan aanvraag" if nl else "document scanné", "Fwd: scan"])
    if r["format"] == "body_plain":
        return "Candidature appel à projets Partons 2.0" if not nl else "Projectidee Maak werk van je buurt"
    return rng.choice(["Projectidee Maak werk van je buurt!", "aanvraag projectenoproep", f"Aanvraag {r['municipality']}"] if nl else
                      ["Candidature Partons 2.0", "Appel à projets - dossier", f"Projet {r['municipality']}"])


def build_mail(r, d, payload, ext, rng):
    msg = EmailMessage()
    msg["From"] = formataddr((f"{r['first']} {r['last']}", r["from_addr"]))
    msg["To"] = "coordinator@example.org"
    dt = r["date"].replace(tzinfo=TZ)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{r['seed']:x}.{r['file'][:-4]}@{r['from_addr'].split('@')[1]}>"
    att = attachment_name(r, rng, ext) if payload is not None else None
    subj = subject(r, rng, att or "")
    if subj:
        msg["Subject"] = subj
    lang = r["language"]
    if r["format"] == "body_plain":
        body = "\n\n".join(texts.letter_paragraphs(r, d)) + f"\n\n{r['first']} {r['last']}\n" + "\n".join(texts.sender_block(r, d)[:-1] if d['email'] else texts.sender_block(r, d))
        body = texts.subject_line(r) + "\n\n" + body
    else:
        body = rng.choice(COVER[lang]).format(first=r["first"], last=r["last"])
        if r["format"] == "photo":
            if rng.random() < 0.4:
                body = rng.choice(["", "zie foto" if lang == "nl" else "voir photo"])
            sig = (SIGS_NL if lang == "nl" else SIGS)[r["phone_model"][0]]
            body = (body + "\n\n" + sig).strip()
    msg.set_content(body + "\n")
    if payload is not None:
        mt, st = MIME[ext]
        msg.add_attachment(payload, maintype=mt, subtype=st, filename=att)
        msg.set_boundary(f"----=_Part_{r['seed'] % 1000000}_{r['file'][4:-4]}")  # fixed for reproducibility
    r["mail"] = {"subject": subj, "attachment": att, "body": body}
    raw = msg.as_bytes(policy=SMTP)
    return raw


def main():
    os.makedirs(os.path.join(ROOT, "gen", "records"), exist_ok=True)
    for half in ("dev", "test"):
        outdir = os.path.join(ROOT, half); os.makedirs(outdir, exist_ok=True)
        recs = data.build_records(half)
        truth_lines, record_lines = [], []
        for r in recs:
            rng = random.Random(r["seed"] + 7)
            if r["format"] == "photo" and r["variant"] == 3:
                r["org"] = None  # organisation box left empty on this form
            d = texts.disp(r)
            fmt = r["format"]
            if fmt == "pdf_form":
                payload, ext = office.pdf_form(r, d), "pdf"
            elif fmt == "docx_form":
                payload, ext = office.docx_form(r, d), "docx"
            elif fmt == "docx_letter":
                payload, ext = office.docx_letter(r, d), "docx"
            elif fmt == "odt_form":
                payload, ext = office.odt_form(r, d), "odt"
            elif fmt == "xlsx_form":
                payload, ext = office.xlsx_form(r, d), "xlsx"
            elif fmt == "scan_pdf":
                payload, ext = imaging.scan_pdf(r, d), "pdf"
            elif fmt == "photo":
                payload, ext = imaging.photo(r, d), "jpg"
            else:
                payload, ext = None, None
            raw = build_mail(r, d, payload, ext, rng)
            with open(os.path.join(outdir, r["file"]), "wb") as fh:
                fh.write(raw)
            truth_lines.append(json.dumps(data.truth_of(r), ensure_ascii=False))
            rec = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()}
            rec["display"] = d
            rec["budget_lines"] = texts.budget_lines(r)
            record_lines.append(json.dumps(rec, ensure_ascii=False))
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(truth_lines) + "\n")
        with open(os.path.join(ROOT, "gen", "records", f"{half}.jsonl"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(record_lines) + "\n")
        print(half, len(recs))


if __name__ == "__main__":
    main()
