"""Generate corpus 8: python gen/make.py  (seeded, reproducible)."""
import datetime
import json
import os
import random
import shutil
import sys
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, formataddr
from html import escape

sys.path.insert(0, os.path.dirname(__file__))
from common import *  # noqa
import profiles as P
import render_pdf
import render_office as RO
import render_img as RI

SEED = 8080
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = {  # format -> {lang: count over both halves}
    "pdf_form": {"fr": 10, "nl": 8, "en": 2},
    "docx_form": {"fr": 8, "nl": 8},
    "odt": {"fr": 8, "nl": 6, "en": 2},
    "scan_pdf": {"fr": 8, "nl": 8},
    "photo": {"fr": 8, "nl": 6},
    "body_html": {"fr": 2, "nl": 2},
    "body_plain": {"nl": 2, "en": 2},
}
OTHER_NL = [("Lies Vermeulen", "dienst vrije tijd, gemeente", "lies.vermeulen@example.org"),
            ("Tom Goethals", "secretaris", "tgoethals@example.net"),
            ("Ruth Maes", "dochter van", "ruth.maes@example.com")]
OTHER_FR = [("Sabine Leroy", "accueil de la mairie", "accueil.mairie@example.org"),
            ("Kévin Delbecq", "trésorier", "kevin.delbecq@example.net"),
            ("Julie Vasseur", "fille de", "julie.vasseur@example.com")]


def mail_date(rng, p):
    d = p["date"] + datetime.timedelta(days=rng.choice([0, 0, 0, 1, 2, 3]))
    d = min(d, datetime.date(2019, 6, 16))
    tz = datetime.timezone(datetime.timedelta(hours=2))
    return datetime.datetime(d.year, d.month, d.day, rng.randint(7, 23), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def pick_email_mode(rng, fmt):
    if fmt.startswith("body"):
        return rng.choice(["A", "A", "A", "C"])
    return rng.choices(["A", "B", "C", "D", "E"], [50, 15, 15, 10, 10])[0]


def body_text(p, lang, rng, mode, other, fmt):
    org = p["org"]
    name = p["first"] + " " + p["last"]
    if mode in ("D", "E"):
        on, role, _ = other
        ph = fmt_phone("0328" + "".join(str(rng.randint(0, 9)) for _ in range(6)), "FR", rng) if lang == "fr" else fmt_phone("057" + "".join(str(rng.randint(0, 9)) for _ in range(6)), "BE", rng)
        if lang == "fr":
            who = ("de " + org) if org else ("de " + name)
            return (f"Bonjour,\n\nJe vous transmets ci-joint le dossier de candidature à l'appel à projets Partons 2.0 {who}"
                    f" ({p['municipality']}), qui nous l'a déposé {'en mairie' if 'mairie' in role else 'sur papier'}.\n"
                    f"Merci de bien vouloir en accuser réception.\n\nCordialement,\n\n{on}\n{role} {p['municipality'] if 'mairie' in role else ''}\nTél. {ph}\n")
        if lang == "nl":
            who = org if org else name
            return (f"Goeiedag,\n\nIn bijlage stuur ik u het aanvraagformulier van {who} door voor de projectoproep 'Maak werk van je buurt!'.\n"
                    + (f"{name} heeft zelf geen e-mail, vragen mag u aan mij stellen.\n" if mode == "E" else "Voor inhoudelijke vragen kan u best de contactpersoon op het formulier contacteren.\n")
                    + f"\nMet vriendelijke groeten\n{on}\n{role} {p['municipality']}\ntel. {ph}\n")
        return f"Hello,\n\nPlease find attached the application of {name}.\n\nBest regards,\n{on}\n"
    greet = {"fr": rng.choice(["Bonjour,", "Bonjour Monsieur,", "Madame, Monsieur,"]),
             "nl": rng.choice(["Beste,", "Goedemiddag,", "Dag meneer,", "Geachte,"]),
             "en": "Hello,"}[lang]
    if lang == "fr":
        t = rng.choice(["Veuillez trouver ci-joint notre dossier de candidature pour l'appel à projets « Partons 2.0 ».",
                        "Comme convenu par téléphone, je vous envoie notre dossier pour l'appel à projets.",
                        "Voici notre candidature (le formulaire rempli est en pièce jointe)."])
        close = rng.choice(["Cordialement,", "Bien cordialement,", "Bonne réception,"])
    elif lang == "nl":
        t = rng.choice(["In bijlage vindt u ons aanvraagformulier voor de projectoproep 'Maak werk van je buurt!'.",
                        "Hierbij onze aanvraag voor de projectoproep. Het ingevulde formulier zit in bijlage.",
                        "Zoals afgesproken op de infoavond sturen wij u ons projectidee."])
        close = rng.choice(["Met vriendelijke groeten,", "Vriendelijke groet,", "mvg,"])
    else:
        t = "Please find attached our project idea for the call 'Maak werk van je buurt!'."
        close = "Kind regards,"
    sig = rng.choice([p["first"], name, name])
    return f"{greet}\n\n{t}\n\n{close}\n{sig}\n"


def build_record(rng, fmt, lang, idx):
    p = P.make_profile(rng, lang, idx)
    mode = pick_email_mode(rng, fmt)
    other = rng.choice(OTHER_FR if lang == "fr" else OTHER_NL) if mode in ("D", "E") else None
    doc_email = "doc" if mode in ("A", "B", "D") else rng.choice(["none", "mail"])
    atts, drawn, extra = [], [], {}
    if fmt == "pdf_form":
        p["title"] = p["title"].replace("œ", "oe")
        p["amount_style"] = rng.choice({"fr": ["fr_euros", "EUR", "bare", "fr_euros"], "nl": ["nl_euro", "EUR", "bare_dot"], "en": ["en_eur"]}[lang])
        p["cost_style"] = "bare_dot"
        m, w = P.build_form(p, lang, rng, doc_email)
        data = render_pdf.render_pdf_form(m, rng)
        fn = rng.choice({"fr": ["Dossier_candidature_Partons2.0.pdf", "dossier de candidature rempli.pdf", "formulaire.pdf", "CERFA_candidature.pdf"],
                         "nl": ["aanvraagformulier_ingevuld.pdf", "Aanvraagformulier projectsubsidie.pdf", "formulier.pdf", "aanvraag ingevuld.pdf"],
                         "en": ["application_form_filled.pdf", "Aanvraagformulier - application.pdf"]}[lang])
        atts.append((fn, data, "application", "pdf"))
        extra["form_style"] = m["style"]
    elif fmt == "docx_form":
        m, w = P.build_form(p, lang, rng, doc_email)
        variant = ["table", "sdt", "dotted", "below"][idx % 4]
        data = RO.render_docx_form(m, variant, rng, lang)
        fn = rng.choice({"fr": ["Dossier candidature Partons 2.0.docx", "candidature_appel_a_projets.docx", "Formulaire rempli.docx"],
                         "nl": ["Aanvraagformulier projectsubsidie.docx", "aanvraag dorpsraad.docx", "Formulier_MWVJB_ingevuld.docx"]}[lang])
        atts.append((fn, data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"))
        extra["variant"] = variant
    elif fmt == "odt":
        if idx % 2 == 0:
            m, w = P.build_form(p, lang, rng, doc_email)
            data = RO.render_odt_form(m, rng)
            extra["variant"] = "form_table"
        else:
            if doc_email == "mail":
                doc_email = "none"
            L, w = P.build_letter(p, lang, rng, doc_email)
            data = RO.render_odt_letter(L, rng)
            extra["variant"] = "letter"
        fn = rng.choice({"fr": ["candidature.odt", "Lettre de candidature.odt", "dossier partons.odt"],
                         "nl": ["projectidee.odt", "aanvraag.odt", "brief projectoproep.odt"],
                         "en": ["application.odt", "project idea.odt"]}[lang])
        atts.append((fn, data, "application", "vnd.oasis.opendocument.text"))
    elif fmt in ("scan_pdf", "photo"):
        kind = ["form_hand", "letter", "form_typed", "letter+form"][idx % 4]
        if fmt == "photo" and kind == "form_typed":
            kind = "form_hand"
        if kind.startswith("letter") and doc_email == "mail":
            doc_email = "none"
        dpi = 300 if (fmt == "scan_pdf" and rng.random() < 0.2) else 200
        pages = []
        if kind.startswith("letter"):
            L, w = P.build_letter(p, lang, rng, doc_email)
            pages += RI.render_letter_pages(L, rng, dpi if fmt == "scan_pdf" else 150, drawn)
        if kind in ("form_hand", "form_typed", "letter+form"):
            m, w2 = P.build_form(p, lang, rng, doc_email if not kind.startswith("letter") else "none")
            pages += RI.render_form_pages(m, rng, dpi if fmt == "scan_pdf" else 150, kind != "form_typed", drawn)
            if kind == "letter+form":
                for k, v in w2.items():
                    w.setdefault(k, v)
            else:
                w = w2
        extra["variant"] = kind
        extra["pages"] = len(pages)
        if fmt == "scan_pdf":
            dpi_out = 300 if dpi == 300 else rng.choice([150, 150, 200])
            color = rng.random() < 0.5
            jpgs = []
            for i, pg in enumerate(pages):
                im = RI.scan(pg, rng, color, dpi_out, dpi)
                if i == len(pages) - 1 and rng.random() < 0.4 and p["org"]:
                    im = RI.stamp(im, rng, [p["org"][:26].upper(), p["municipality"].upper()], drawn)
                if i == 0 and rng.random() < 0.3:
                    im = RI.sticky(im, rng)
                jpgs.append(RI.jpeg(im, rng.randint(55, 72)))
            data = RI.pdf_from_jpegs(jpgs, dpi_out)
            fn = rng.choice(["scan0001.pdf", "Scan_20190527.pdf", "doc%05d.pdf" % rng.randint(100, 99999), "SKM_C25819052.pdf", "numérisation.pdf"])
            atts.append((fn, data, "application", "pdf"))
            extra["dpi"] = dpi_out
        else:
            far = rng.random() < 0.35
            extra["far"] = far
            base = datetime.datetime(2019, p["date"].month, p["date"].day, rng.randint(9, 21), rng.randint(0, 59), rng.randint(0, 59))
            pat = rng.choice(["IMG_%Y%m%d_%H%M%S.jpg", "%Y%m%d_%H%M%S.jpg", "IMG_%Y%m%d_%H%M%S.jpg"])
            for i, pg in enumerate(pages):
                im = RI.photo(pg, rng, far)
                t = base + datetime.timedelta(seconds=rng.randint(6, 25) * i)
                fn = t.strftime(pat)
                atts.append((fn, RI.jpeg(im, rng.randint(68, 80)), "image", "jpeg"))
    else:  # body formats
        L, w = P.build_letter(p, lang, rng, "doc" if mode == "A" else "none")
        if mode == "C":
            doc_email = "none"
        extra["variant"] = "letter_in_body"
    # ---------------- mail
    if mode in ("A", "C"):
        from_name, from_addr = p["first"] + " " + p["last"], p["email"]
    elif mode == "B":
        from_addr = p["org_email"] or f"fam.{P.fold(p['last'])}@example.net"
        from_name = p["org"] or ("Famille " + p["last"])
    else:
        from_name, from_addr = other[0], other[2]
    msg = EmailMessage()
    msg["From"] = formataddr((from_name, from_addr))
    msg["To"] = rng.choice([COORD_EMAIL, formataddr(("Partons 2.0", COORD_EMAIL))])
    dt = mail_date(rng, p)
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%012x.%d@%s>" % (rng.randrange(16 ** 12), int(dt.timestamp()), from_addr.split("@")[1])
    subj = {"fr": ["Candidature Partons 2.0", "Appel à projets Partons 2.0 - " + (p["org"] or p["last"]), "dossier de candidature",
                   "Candidature : " + p["title"], "TR: candidature appel à projets"],
            "nl": ["Projectoproep Maak werk van je buurt", "aanvraag " + (p["org"] or p["last"]), "Maak werk van je buurt! - projectidee",
                   "Fwd: aanvraagformulier", "projectidee " + p["municipality"]],
            "en": ["Application Maak werk van je buurt", "Project idea - " + p["municipality"], "Grant application"]}[lang]
    msg["Subject"] = rng.choice(subj)
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = rng.choice(["Microsoft Outlook 16.0", "iPhone Mail (16E227)", "Mozilla Thunderbird 60.6.1", "Orange Webmail", "Telenet Webmail", "Android Gmail"])
    if fmt.startswith("body"):
        txt = []
        txt += L["paras"][:1]
        txt += L["paras"][1:]
        tl = {"fr": "Titre du projet : ", "nl": "Titel: ", "en": "Project title: "}[lang] + p["title"]
        txt.insert(rng.choice([1, len(txt)]), tl)
        plain = "\n\n".join(txt) + "\n\n" + "\n".join(s for s in L["sign"] if s) + "\n" + "\n".join(L["head"][1:] if p["org"] else L["head"][1:]) + "\n"
        if p["org"]:
            plain += L["head"][0] + "\n"
        msg.set_content(plain)
        if fmt == "body_html":
            html = "<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in txt)
            html += "<p>" + "<br>".join(escape(s) for s in L["sign"] if s) + "</p>"
            html += "<table style='font-size:9pt;color:#555'>" + "".join(f"<tr><td>{escape(s)}</td></tr>" for s in L["head"]) + "</table></body></html>"
            msg.add_alternative(html, subtype="html")
            extra["html"] = True
    else:
        msg.set_content(body_text(p, lang, rng, mode, other, fmt))
        for fn, data, mt, st in atts:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for bi, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%012x" % (bi, rng.randrange(16 ** 12)))
    # ---------------- truth
    f = {}
    if p["org"]:
        f["organisation"] = p["org"]
    f["contact_name"] = p["first"] + " " + p["last"]
    if doc_email == "doc":
        f["email"] = p["email"]
        w["email"] = [p["email"]]
    elif mode in ("A", "B", "C"):
        f["email"] = from_addr
        w["email"] = ["<FROM>"]
    f["phone"] = p["phone"]
    f["address"] = p["address"]
    f["postcode"] = p["postcode"]
    f["municipality"] = p["municipality"]
    f["country"] = p["country"]
    f["project_title"] = p["title"]
    f["requested_amount"] = "%.2f" % p["requested"]
    if p["total"] is not None:
        f["total_budget"] = "%.2f" % p["total"]
    extra.update(mode=mode, doc_email=doc_email, from_addr=from_addr)
    return msg, f, w, drawn, extra


def main():
    rng = random.Random(SEED)
    for h in ("dev", "test"):
        shutil.rmtree(os.path.join(ROOT, h), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, h))
    side_dir = os.path.join(ROOT, "gen", "sidecar")
    shutil.rmtree(side_dir, ignore_errors=True)
    os.makedirs(side_dir)
    recs = []
    for fmt, langs in PLAN.items():
        for lang, n in langs.items():
            halves = ["dev"] * (n // 2) + ["test"] * (n - n // 2)
            rng.shuffle(halves)
            for i in range(n):
                recs.append((fmt, lang, i, halves[i]))
    truth = {"dev": [], "test": []}
    counters = {"dev": 0, "test": 0}
    order = list(range(len(recs)))
    rng.shuffle(order)
    for k in order:
        fmt, lang, i, half = recs[k]
        r2 = random.Random(f"{SEED}-{fmt}-{lang}-{i}")
        msg, f, w, drawn, extra = build_record(r2, fmt, lang, i)
        counters[half] += 1
        name = f"c8-{half}-{counters[half]:03d}.eml"
        with open(os.path.join(ROOT, half, name), "wb") as fh:
            fh.write(msg.as_bytes())
        truth[half].append({"file": name, "format": fmt, "language": lang, "fields": f})
        with open(os.path.join(side_dir, name + ".json"), "w") as fh:
            json.dump({"written": w, "drawn": drawn, "extra": extra}, fh, ensure_ascii=False, indent=1)
    for h in truth:
        truth[h].sort(key=lambda r: r["file"])
        with open(os.path.join(ROOT, h, "truth.jsonl"), "w") as fh:
            for r in truth[h]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print({h: len(v) for h, v in truth.items()})


if __name__ == "__main__":
    main()
