"""Generate the corpus: python3 make_corpus.py  (needs soffice on PATH; python-docx, reportlab)."""
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import plan, truth_fields, ascii_slug, FORMATS
import docs
import render

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")
SEED = 20190616

MIME = {"odt": ("application", "vnd.oasis.opendocument.text", "odt"),
        "docx_form": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        "doc": ("application", "msword", "doc"),
        "pdf_form": ("application", "pdf", "pdf"),
        "pdf_letter": ("application", "pdf", "pdf")}
TARGET = {"odt": "odt", "docx_form": 'docx:MS Word 2007 XML', "doc": 'doc:MS Word 97',
          "pdf_form": "pdf:writer_pdf_Export", "pdf_letter": "pdf:writer_pdf_Export"}


def sections_for_reportlab(c, rnd):
    lab = docs.L[c["lang"]]
    namer = docs.field_namer(c, rnd)
    secs = []
    for head, items in ((rnd.choice(lab["sec1"]), docs.field_items(c, rnd)),
                        (rnd.choice(lab["sec2"]), docs.project_items(c, rnd)),
                        (rnd.choice(lab["sec3"]), docs.money_items(c, rnd))):
        secs.append((head, [(lbl, v, namer(lbl)) for k, lbl, v in items]))
    return secs


def produce_sources(cases):
    src = os.path.join(BUILD, "src")
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(src)
    rl_count = [0]
    jobs = {}  # (src_ext, target_fmt) -> list of case ids
    for c in cases:
        rnd = random.Random(c["rnd_seed"])
        cid = f"case{c['n']:03d}"
        c["cid"] = cid
        fmt = c["fmt"]
        layout = rnd.choice(["twocol", "twocol", "above", "fourcol", "fill"])
        font = rnd.choice(["Liberation Sans", "Liberation Serif", "DejaVu Sans", "Carlito", "Arial", "Calibri"])
        c["font"] = font
        title = docs.L[c["lang"]]["form_title"][0]
        if fmt == "pdf_form":
            if rnd.random() < 0.5:
                c["how"] = "LibreOffice: HTML form controls -> Writer -> PDF export (form fields)"
                blocks = docs.build_form(c, rnd.choice(["twocol", "above", "fill", "fourcol"]), rnd, pdf_fields=True)
                with open(os.path.join(src, cid + ".html"), "w", encoding="utf-8") as f:
                    f.write(render.to_html(blocks, title, form=True, font=font, author=c["person"]))
                jobs.setdefault(("html", fmt), []).append(cid)
            else:
                mode = ["left", "above", "tooltip"][rl_count[0] % 3]
                rl_count[0] += 1
                c["how"] = f"reportlab AcroForm ({mode} labels)"
                secs = sections_for_reportlab(c, rnd)
                out = os.path.join(BUILD, "out", fmt)
                os.makedirs(out, exist_ok=True)
                render.reportlab_form(os.path.join(out, cid + ".pdf"), rnd.choice(docs.L[c["lang"]]["form_title"]),
                                      secs, rnd, mode, c["person"])
            continue
        letter = fmt == "pdf_letter" or (fmt == "doc" and rnd.random() < 0.35)
        blocks = docs.build_letter(c, rnd) if letter else None
        srcs = {"odt": ["html", "docx", "fodt"], "docx_form": ["html", "fodt", "fodt"], "doc": ["html", "fodt", "docx"],
                "pdf_letter": ["html", "docx", "fodt"]}[fmt]
        sx = rnd.choice(srcs)
        c["fodt_fields"] = rnd.random() < 0.65
        if not letter:
            blocks = docs.build_form(c, layout, rnd, pdf_fields=(sx == "fodt"))
        c["how"] = ("fodt(fill-in fields)" if sx == "fodt" and c["fodt_fields"] else sx) + f" source -> LibreOffice -> {fmt}" + (" (letter)" if letter else f" (form, {layout})")
        p = os.path.join(src, f"{cid}.{sx}")
        if sx == "html":
            with open(p, "w", encoding="utf-8") as f:
                f.write(render.to_html(blocks, title, font=font, author=c["person"]))
        elif sx == "docx":
            render.to_docx(blocks, p, font=font, author=c["person"], when=c["date"] - dt.timedelta(hours=rnd.randint(1, 60)))
        else:
            with open(p, "w", encoding="utf-8") as f:
                f.write(render.to_fodt(blocks, font=font, fields=c["fodt_fields"], author=c["person"],
                                        when=c["date"] - dt.timedelta(hours=rnd.randint(1, 60))))
        jobs.setdefault((sx, fmt), []).append(cid)
    return jobs


def run_soffice(jobs):
    profile = os.path.join(BUILD, "lo-profile")
    for (sx, fmt), ids in sorted(jobs.items()):
        out = os.path.join(BUILD, "out", fmt)
        os.makedirs(out, exist_ok=True)
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"]
        if sx == "html":
            cmd.append("--infilter=HTML (StarWriter)")
        cmd += ["--convert-to", TARGET[fmt], "--outdir", out] + [os.path.join(BUILD, "src", f"{i}.{sx}") for i in ids]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode:
            print(r.stdout, r.stderr)
            raise SystemExit("soffice failed")
        print(f"soffice {sx} -> {fmt}: {len(ids)} files")


def attachment_name(c, rnd):
    ext = MIME[c["fmt"]][2]
    place = c["place"]
    org = c["org"] or c["person"]
    if c["lang"] == "nl":
        opts = [f"Projectfiche {org}", f"aanvraag maak werk van je buurt {place}", f"projectidee_{ascii_slug(place)}",
                "Formulier Partons 2.0", f"Aanvraag_{ascii_slug(c['last'])}", "projectoproep 2019 ingevuld"]
    elif c["lang"] == "fr":
        opts = [f"Fiche projet {org}", f"candidature Partons 2.0 {place}", f"dossier_{ascii_slug(place)}",
                "formulaire rempli", f"Candidature_{ascii_slug(c['last'])}", "fiche idée projet 2019"]
    else:
        opts = [f"Project idea {place}", "application form", f"partons_{ascii_slug(place)}"]
    if c["fmt"] == "pdf_letter":
        opts = [o.replace("Projectfiche", "Brief").replace("Fiche projet", "Lettre") for o in opts]
    return rnd.choice(opts) + "." + ext


def body_text(c, rnd):
    lang = c["lang"]
    helper = c["helper"]
    name = helper[0] if helper else c["person"]
    if lang == "nl":
        greet = rnd.choice(["Beste,", "Beste Jonas,", "Geachte,", "Dag,", "Hallo,"])
        lines = [rnd.choice(["In bijlage ons projectidee voor de oproep ‘Maak werk van je buurt!’.",
                             "Hierbij stuur ik het ingevulde formulier voor de projectenoproep.",
                             "In bijlage vindt u onze aanvraag. Hopelijk is alles duidelijk.",
                             "Zoals besproken bezorgen wij u hierbij ons projectidee."])]
        if helper:
            lines.append(f"Ik stuur dit door in naam van {c['org'] or c['person']}; voor vragen kunt u best {c['first']} contacteren.")
        lines.append(rnd.choice(["Met vriendelijke groeten,", "Vriendelijke groet,", "Groetjes,", "mvg"]))
    elif lang == "fr":
        greet = rnd.choice(["Bonjour,", "Madame, Monsieur,", "Bonjour Monsieur Polin,"])
        lines = [rnd.choice(["Veuillez trouver ci-joint notre fiche projet pour l'appel à projets Partons 2.0.",
                             "Je vous transmets en pièce jointe notre dossier de candidature.",
                             "Ci-joint le formulaire complété pour notre projet.",
                             "Suite à notre échange téléphonique, voici notre idée de projet."])]
        if helper:
            lines.append(f"J'envoie ce message de la part de {c['org'] or c['person']} ; le contact est {c['person']}.")
        lines.append(rnd.choice(["Cordialement,", "Bien cordialement,", "Bonne journée,", "Salutations distinguées,"]))
    else:
        greet = rnd.choice(["Dear Sir or Madam,", "Hello,", "Dear Mr Polin,"])
        lines = ["Please find attached our project idea for the call. Apologies that it is in English."]
        if helper:
            lines.append(f"I am sending this on behalf of {c['org'] or c['person']}.")
        lines.append("Best regards,")
    return greet + "\n\n" + "\n\n".join(lines[:-1]) + "\n\n" + lines[-1] + "\n" + name + "\n"


def subject(c, rnd):
    t = c["title"]
    if c["lang"] == "nl":
        return rnd.choice([f"Projectidee: {t}", "aanvraag Maak werk van je buurt", f"Projectoproep - {c['place']}",
                           "Indiening projectidee", f"{t}"])
    if c["lang"] == "fr":
        return rnd.choice([f"Candidature : {t}", "Appel à projets Partons 2.0", f"Projet {c['place']}",
                           "dossier de candidature", t])
    return rnd.choice([f"Project idea: {t}", "Application Partons 2.0"])


def make_eml(c, attach_path, rnd):
    m = EmailMessage()
    if c["helper"]:
        m["From"] = formataddr(c["helper"])
        if rnd.random() < 0.5 and c["email_stated"]:
            m["Cc"] = formataddr((c["person"], c["email"]))
    else:
        m["From"] = formataddr((c["person"], c["email"]))
    m["To"] = rnd.choice(["coordinator@example.org", formataddr(("Projectcoördinator Partons 2.0", "coordinator@example.org"))])
    m["Subject"] = subject(c, rnd)
    m["Date"] = format_datetime(c["date"])
    dom = (c["helper"][1] if c["helper"] else c["email"]).split("@")[1]
    m["Message-ID"] = f"<{rnd.getrandbits(64):016x}.{c['n']}@{dom}>"
    m["MIME-Version"] = "1.0"
    m.set_content(body_text(c, rnd))
    maintype, subtype, _ = MIME[c["fmt"]]
    with open(attach_path, "rb") as f:
        data = f.read()
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=attachment_name(c, rnd))
    m.set_boundary(f"===============_{rnd.getrandbits(60):015d}==")
    return m.as_bytes()


def main():
    cases = plan(SEED)
    jobs = produce_sources(cases)
    run_soffice(jobs)
    # split 50/50 per format, seeded
    rnd = random.Random(SEED + 1)
    half = {}
    for fmt in FORMATS:
        ids = [c["n"] for c in cases if c["fmt"] == fmt]
        rnd.shuffle(ids)
        # keep production methods and languages spread over both halves
        key = {c["n"]: (c["lang"], c["how"]) for c in cases}
        ids.sort(key=lambda n: key[n])
        for i in range(0, len(ids) - 1, 2):
            if rnd.random() < 0.5:
                ids[i], ids[i + 1] = ids[i + 1], ids[i]
        for i, n in enumerate(ids):
            half[n] = "dev" if i % 2 == 0 else "test"
    for h in ("dev", "test"):
        d = os.path.join(ROOT, h)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    truths = {"dev": [], "test": []}
    log = []
    for c in cases:
        ext = MIME[c["fmt"]][2]
        att = os.path.join(BUILD, "out", c["fmt"], f"{c['cid']}.{ext}")
        if not os.path.exists(att):
            raise SystemExit(f"missing output {att}")
        r = random.Random(c["rnd_seed"] + 7)
        fname = f"{c['lang']}-{c['n']:03d}.eml"
        with open(os.path.join(ROOT, half[c["n"]], fname), "wb") as f:
            f.write(make_eml(c, att, r))
        truths[half[c["n"]]].append({"file": fname, "format": c["fmt"], "language": c["lang"], "fields": truth_fields(c)})
        log.append({"file": fname, "half": half[c["n"]], "how": c["how"]})
    for h in truths:
        with open(os.path.join(ROOT, h, "truth.jsonl"), "w", encoding="utf-8") as f:
            for t in sorted(truths[h], key=lambda x: x["file"]):
                f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(BUILD, "production_log.jsonl"), "w") as f:
        for l in log:
            f.write(json.dumps(l) + "\n")


if __name__ == "__main__":
    main()
