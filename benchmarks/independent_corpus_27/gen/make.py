"""Build the c27 corpus: python gen/make.py  (writes dev/ and test/ next to gen/)."""
import os, sys, json, random, unicodedata
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
import datetime

sys.path.insert(0, os.path.dirname(__file__))
import data, content, render
from data import amt, show_phone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TO = ("Jonas Polin", "jonas.polin@west-vlaanderen.be")  # coordinator address printed in the call

FMT_OFFSET = {"pdf_form": 0, "pdf_letter": 3, "docx_form": 5, "odt_form": 7, "xlsx_form": 2}
EXT = {"pdf_form": ("pdf", "application/pdf"), "pdf_letter": ("pdf", "application/pdf"),
       "docx_form": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
       "odt_form": ("odt", "application/vnd.oasis.opendocument.text"),
       "xlsx_form": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}

FN = {"nl": ["aanvraagformulier", "Aanvraag Maak werk van je buurt", "formulier_projectoproep", "projectfiche",
             "aanvraag_partons", "Formulier ingevuld", "MWVJB aanvraag", "inschrijving projectidee"],
      "fr": ["formulaire_candidature", "Dossier candidature", "fiche_projet", "candidature Partons 2.0",
             "demande_subvention", "formulaire rempli", "Candidature appel a projets", "fiche identification"]}

SUBJ = {"nl": ["Aanvraag Maak werk van je buurt", "projectoproep - ons formulier", "Kandidatuur {t}",
               "Maak werk van je buurt!", "formulier projectidee", "aanvraag {o}", "ingevuld formulier",
               "Projectidee {v}", "RE: projectenoproep", "Indiening project"],
        "fr": ["Candidature appel à projets", "Dossier {o}", "Appel à projets Partons 2.0", "Candidature {t}",
               "formulaire de candidature", "Projet {v}", "TR: appel à projets", "Notre candidature",
               "demande d'aide projet", "Maak werk van je buurt - candidature"]}


def body(r, rng):
    s = r["sender"]; c = r["contact"]; lang = r["lang"]
    first = s["first"]
    sig_phone = ""
    if r["phone_where"] == "body":
        sig_phone = show_phone(c["phone"], rng.choice(["sp", "sl", "intl"]))
    if lang == "nl":
        opening = rng.choice(["Beste,", "Beste Jonas,", "Dag meneer Polin,", "Hallo,", "Geachte heer Polin,"])
        mid = rng.choice([
            "In bijlage ons formulier voor de projectenoproep.",
            "Hierbij het ingevulde aanvraagformulier voor 'Maak werk van je buurt!'.",
            "Zoals beloofd stuur ik u ons projectidee. Het formulier zit in bijlage.",
            "We willen graag meedoen met de projectenoproep. Alles staat in het formulier in bijlage.",
            "Bijgevoegd vindt u onze aanvraag. Laat maar weten als er iets ontbreekt.",
        ])
        if s is not c:
            mid += f" Voor vragen kan u best terecht bij {c['first']}, zij/hij is onze contactpersoon."
        close = rng.choice(["Groeten,", "Met vriendelijke groeten,", "Vriendelijke groet,", "mvg", "Alvast bedankt!\nGroeten,"])
        sig = first if rng.random() < 0.5 else s["name"]
    else:
        opening = rng.choice(["Bonjour,", "Bonjour Monsieur Polin,", "Madame, Monsieur,", "Bonjour à vous,"])
        mid = rng.choice([
            "Veuillez trouver ci-joint notre dossier de candidature pour l'appel à projets.",
            "Je vous transmets le formulaire rempli pour notre projet.",
            "Suite à la réunion d'information, voici notre candidature en pièce jointe.",
            "Ci-joint la fiche de candidature. N'hésitez pas à revenir vers nous si besoin.",
            "Nous souhaitons participer à l'appel à projets : vous trouverez le formulaire en pièce jointe.",
        ])
        if s is not c:
            mid += f" La personne à contacter pour le suivi est {c['first']} {c['last']}."
        close = rng.choice(["Cordialement,", "Bien cordialement,", "Bonne journée,", "Merci d'avance,\nCordialement,"])
        sig = first if rng.random() < 0.4 else s["name"]
    lines = [opening, "", mid, "", close, sig]
    if r["org"] and rng.random() < 0.6:
        lines.append(r["org"])
    if sig_phone:
        lines.append(sig_phone)
    return "\n".join(lines) + "\n"


def main():
    recs = data.build_records()
    for half in ("dev", "test"):
        hr = [r for r in recs if r["half"] == half]
        order = list(range(1, 21))
        random.Random(f"c27-shuffle-{half}").shuffle(order)
        outdir = os.path.join(ROOT, half); os.makedirs(outdir, exist_ok=True)
        truth = []
        for r, num in zip(hr, order):
            rng = random.Random(r["seed"])
            v = r["variant"]
            fo = FMT_OFFSET[r["fmt"]]
            li = v + fo
            instr = [(0,), (1,), (0, 1), (2,), (), (3, 1), (0, 2), (1, 3), (2, 0), ()][(v + fo) % 10]
            cont = content.build(r, li, pc_mode="one" if (v + fo) % 3 == 0 else "two",
                                 order="project_first" if (v + fo) % 4 == 1 else "std", instr=instr,
                                 show_iban=(v % 2 == 0), show_regno=(v % 3 != 1), show_desc=(v % 4 != 3),
                                 show_kind=(v % 5 != 2), section_style=(v * 3 + fo) % 5)
            blob = getattr(render, r["fmt"])(r, cont, v)
            ext, mime = EXT[r["fmt"]]
            fname = FN[r["lang"]][(v + fo) % 8] + "." + ext
            msg = EmailMessage()
            s = r["sender"]
            msg["From"] = formataddr((s["name"], s["email"]))
            msg["To"] = formataddr(TO)
            subj = SUBJ[r["lang"]][(v * 7 + fo) % 10].format(t=r["title"], o=r["org"] or r["title"], v=r["village"])
            msg["Subject"] = subj
            dd = [int(x) for x in r["date"].split("/")]
            dt = datetime.datetime(2019, dd[1], dd[0], 8 + rng.randint(0, 13), rng.randint(0, 59), rng.randint(0, 59),
                                   tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
            msg["Date"] = format_datetime(dt)
            fileid = f"c27-{half}-{num:03d}"
            msg["Message-ID"] = f"<{fileid}.{r['seed']}@{s['email'].split('@')[1]}>"
            msg["MIME-Version"] = "1.0"
            msg.set_content(body(r, rng))
            msg.add_attachment(blob, maintype=mime.split("/")[0], subtype=mime.split("/")[1], filename=fname)
            msg.set_boundary(f"----=_Part_{r['seed']}_c27")
            raw = msg.as_bytes()
            path = os.path.join(outdir, fileid + ".eml")
            open(path, "wb").write(raw)
            assert len(raw) < 300_000, (path, len(raw))
            truth.append({"file": fileid + ".eml", "format": r["fmt"], "language": r["lang"],
                          "fields": data.truth_fields(r)})
        truth.sort(key=lambda t: t["file"])
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as f:
            for t in truth:
                f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
