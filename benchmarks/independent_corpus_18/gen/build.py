# -*- coding: utf-8 -*-
"""Build corpus 18 ("an ordinary post-bag") deterministically.

    python gen/build.py [--seed 18] [--out /work/c18]

Writes dev/ and test/ (.eml + truth.jsonl) and gen/drawn_dev.jsonl, gen/drawn_test.jsonl.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reportlab.rl_config  # noqa: E402
reportlab.rl_config.invariant = 1  # no build-time dates or random ids in reportlab PDFs

from records import R, COORD  # noqa: E402
from textutil import truth_amt  # noqa: E402
import docs  # noqa: E402
import images  # noqa: E402

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "rtf": ("application", "rtf"),
    "jpg": ("image", "jpeg"),
}
COORD_NAME = "Jo Vermeersch"
TZ = datetime.timezone(datetime.timedelta(hours=2))


def truth_fields(r):
    f = {}
    if r["org"]:
        f["organisation"] = r["org"]
    f["contact_name"] = "%s %s" % (r["first"], r["last"])
    f["email"] = (r["email"] or r["from_addr"]).lower()
    if r["phone"]:
        f["phone"] = r["phone"]
    if r["street"]:
        f["address"] = r["street"]
    if r["pc"]:
        f["postcode"] = r["pc"]
        f["municipality"] = r["town"]
        f["country"] = r["country"]
    f["project_title"] = r["title"]
    req = r["req"] if r["mode"] != "total_own" else r["total"] - r["own"]
    f["requested_amount"] = truth_amt(req)
    if r["total"] is not None:
        f["total_budget"] = truth_amt(r["total"])
    return f


# ------------------------------------------------------------ bodies written in the mail itself
def body_text(r, raw):
    rid = r["id"]
    if rid == "d10":
        return ("Goeiemorgen,\n\nIk las in het gemeenteblad over jullie oproep en heb een idee voor onze straat.\n\n"
                "Project: %s\n\nOp het braakliggende stuk grond achteraan de Lindenlaan (van de gemeente) willen we "
                "met een tiental buren een moestuin aanleggen, met bakken, een composthoek en een bank. Ik vraag "
                "%s voor hout, gereedschap en een regenton.\n\n%s %s\n%s\n%s %s\ntel %s\n"
                % (raw["title"], raw["req"], r["first"], r["last"], raw["street"], raw["pc"], raw["town"],
                   raw["phone"]))
    if rid == "d11":
        return ("Dag Jo,\n\nBedankt voor je snelle antwoord en de tips. Hieronder ons projectidee, zoals je "
                "voorstelde gewoon in de mail.\n\n"
                "Titel: %s\nIndiener: %s\n\n%s\n\nBudget: totaal %s, eigen inbreng %s, gevraagd %s.\n\n"
                "Contactpersoon: %s %s, %s, %s %s\nGSM %s - %s\n\nGroeten,\nHilde\n\n"
                "Op do 16 mei 2019 om 10:02 schreef %s <%s>:\n"
                "> Beste Hilde,\n>\n"
                "> Jullie idee past zeker binnen de oproep. Je mag het projectidee gewoon per\n"
                "> mail bezorgen, een formulier is niet verplicht. Vermeld zeker het gevraagde\n"
                "> bedrag (max. 10 000 euro), een contactpersoon en een adres.\n>\n"
                "> Met vriendelijke groeten,\n>\n> %s\n> Projectcoördinator Partons 2.0\n"
                "> Provincie West-Vlaanderen - gebiedswerking Westhoek\n> Zuidstraat 40, 8600 Diksmuide\n"
                "> tel. +32 51 40 37 21 | gsm +32 489 61 72 05\n> %s\n>\n"
                "> Op wo 15 mei 2019 om 21:47 schreef %s %s <%s>:\n"
                ">> Beste,\n>>\n>> Mag een projectidee ook per mail ingediend worden, of moet dat met een\n"
                ">> formulier? We willen met de buurtwerking iets doen rond straatmeesters.\n>>\n"
                ">> Hilde Lambrecht\n"
                % (raw["title"], raw["org"], r["desc"], raw["total"], raw["own"], raw["req"], r["first"], r["last"],
                   raw["street"], raw["pc"], raw["town"], raw["phone"], raw["email"], COORD_NAME, COORD, COORD_NAME,
                   COORD, r["first"], r["last"], r["from_addr"]))
    if rid == "d13":
        return ("Beste,\n\nNamens de petanqueclub dien ik ons projectidee in.\n\n"
                "%s\n\n%s\n\nRaming totale kost: %s\nGevraagde steun: %s\n\n"
                "Met sportieve groet,\n%s %s\nvoorzitter %s\n%s, %s %s\n%s | %s\n"
                % (raw["title"], r["desc"], raw["total"], raw["req"], r["first"], r["last"], raw["org"],
                   raw["street"], raw["pc"], raw["town"], raw["phone"], raw["email"]))
    if rid == "t10":
        return ("Bonjour,\n\nJ'ai vu l'affiche à la mairie. Voici mon idée.\n\nProjet : %s\n\n"
                "Dans notre rue, beaucoup de gens jettent leurs épluchures. Je voudrais installer un composteur "
                "partagé au coin de la rue et former deux ou trois voisins. Il me faudrait %s pour le bac, le "
                "broyat et un panneau.\n\nMerci et bonne journée,\n%s %s\n%s, %s %s\n"
                % (raw["title"], raw["req"], r["first"], r["last"], raw["street"], raw["pc"], raw["town"]))
    if rid == "t11":
        return ("Bonjour Monsieur Vermeersch,\n\nMerci pour votre réponse. Comme convenu, voici notre projet "
                "directement dans ce courriel.\n\n"
                "Titre du projet : %s\nPorteur : %s\n\n%s\n\nBudget : le projet coûte %s au total, le comité "
                "apporte %s et nous demandons %s.\n\nContact : %s %s, %s, %s %s - portable %s - %s\n\n"
                "Bien cordialement,\nFabrice Lebleu\n\n"
                "Le jeu. 30 mai 2019 à 14:12, %s <%s> a écrit :\n"
                "> Bonjour Monsieur,\n>\n"
                "> Votre idée correspond bien à l'appel. Vous pouvez nous envoyer une description\n"
                "> du projet par courriel, avec le montant demandé (10 000 euros maximum) et les\n"
                "> coordonnées d'une personne de contact.\n>\n> Cordialement,\n>\n> %s\n"
                "> Coordinateur Partons 2.0 - Province de Flandre occidentale\n"
                "> Zuidstraat 40, 8600 Diksmuide (Belgique)\n> Tél. +32 51 40 37 21 - GSM +32 489 61 72 05\n>\n"
                "> Le mer. 29 mai 2019 à 19:03, Fabrice Lebleu <%s> a écrit :\n"
                ">> Bonjour,\n>> Notre comité de quartier peut-il participer à l'appel à projets, même si\n"
                ">> nous sommes en France ? Merci.\n>> F. Lebleu\n"
                % (raw["title"], raw["org"], r["desc"], raw["total"], raw["own"], raw["req"], r["first"], r["last"],
                   raw["street"], raw["pc"], raw["town"], raw["phone"], raw["email"], COORD_NAME, COORD, COORD_NAME,
                   r["from_addr"]))
    if rid == "t13":
        return ("Bonjour,\n\nAu nom des Amis du Livre de Quaëdypre, je vous soumets notre projet.\n\n"
                "%s\n\n%s\n\nCoût total : %s\nMontant demandé : %s\n\n"
                "Isabelle Declerck, présidente\n%s\n%s - %s %s\nTél. %s\n%s\n"
                % (raw["title"], r["desc"], raw["total"], raw["req"], raw["org"], raw["street"], raw["pc"],
                   raw["town"], raw["phone"], raw["email"]))
    raise KeyError(rid)


def body_html(r, raw):
    from xml.sax.saxutils import escape as e
    rid = r["id"]
    if rid == "d12":
        def ent(s):
            s = e(s)
            for a, b in (("é", "&eacute;"), ("è", "&egrave;"), ("à", "&agrave;"), ("ê", "&ecirc;"),
                         ("ç", "&ccedil;"), ("€", "&euro;"), ("â", "&acirc;"), ("ô", "&ocirc;"), ("É", "&Eacute;")):
                s = s.replace(a, b)
            return s
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                "<body style=\"font-family:Arial;font-size:10pt\">\n<p>Madame, Monsieur,</p>\n"
                "<p>L'association <b>%s</b> souhaite pr&eacute;senter le projet suivant dans le cadre de l'appel "
                "&laquo;&nbsp;Partons 2.0&nbsp;&raquo;&nbsp;:</p>\n<h3 style=\"color:#2a5d84\">%s</h3>\n<p>%s</p>\n"
                "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
                "<tr><td>Co&ucirc;t total</td><td align=\"right\">%s</td></tr>\n"
                "<tr><td><b>Montant demand&eacute;</b></td><td align=\"right\"><b>%s</b></td></tr>\n</table>\n"
                "<p>Contact&nbsp;: %s %s<br>\n%s<br>\n%s %s<br>\nT&eacute;l. %s</p>\n"
                "<p>Avec nos remerciements,<br>\nClaire Hennebelle, tr&eacute;sori&egrave;re</p>\n</body></html>\n"
                % (ent(raw["org"]), ent(raw["title"]), ent(r["desc"]), ent(raw["total"]), ent(raw["req"]),
                   ent(r["first"]), ent(r["last"]), ent(raw["street"]), raw["pc"], ent(raw["town"]),
                   ent(raw["phone"])))
    if rid == "t12":
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
                "<div>Geachte projectcoördinator,</div><div><br></div>\n"
                "<div>Met de oudervereniging van onze school hebben we een idee voor de buurt. We sturen het "
                "graag in voor de oproep.</div><div><br></div>\n"
                "<h2>%s</h2>\n<div>%s</div><div><br></div>\n"
                "<ul><li>Totale kostprijs: %s</li><li>Gevraagde bijdrage: <b>%s</b></li></ul>\n"
                "<div>Vriendelijke groeten,</div><div><br></div>\n"
                "<table style=\"font-size:9pt;color:#555\"><tr><td><b>%s %s</b><br>%s<br>%s<br>%s %s<br>"
                "gsm %s<br><a href=\"mailto:%s\">%s</a></td></tr></table>\n</body></html>\n"
                % (e(raw["title"]), e(r["desc"]), e(raw["total"]), e(raw["req"]), e(r["first"]), e(r["last"]),
                   e(raw["org"]), e(raw["street"]), raw["pc"], e(raw["town"]), e(raw["phone"]), raw["email"],
                   raw["email"]))
    if rid in ("d13", "t13"):
        txt = body_text(r, raw)
        paras = txt.strip().split("\n\n")
        out = []
        for i, p in enumerate(paras):
            if p.strip() == raw["title"]:
                out.append("<p><b><u>%s</u></b></p>" % e(p))
            else:
                out.append("<p>%s</p>" % e(p).replace("\n", "<br>\n"))
        return ("<html><body style=\"font-family:Calibri,sans-serif\">\n%s\n</body></html>\n" % "\n".join(out))
    raise KeyError(rid)


PHONE_FOOTER = {"d19": "Verzonden vanaf mijn iPhone", "t19": "Envoyé depuis mon smartphone Samsung Galaxy.",
                "d16": "", "t16": ""}


def build_mail(r, raw, att_bytes):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = formataddr((r["from_name"], r["from_addr"]))
    msg["To"] = COORD if r["id"] not in ("d03", "t11", "d11") else formataddr((COORD_NAME, COORD))
    y, mo, d, h, mi = r["date"]
    msg["Date"] = format_datetime(datetime.datetime(y, mo, d, h, mi, 0, tzinfo=TZ))
    msg["Subject"] = r["subject"]
    hid = hashlib.sha1(("c18" + r["id"]).encode()).hexdigest()[:20]
    msg["Message-ID"] = "<%s@%s>" % (hid, r["from_addr"].split("@")[1].lower())
    if r["fmt"] == "body_plain" and r["extra"]["kind"] == "reply":
        prev = hashlib.sha1(("c18prev" + r["id"]).encode()).hexdigest()[:20]
        msg["In-Reply-To"] = "<%s@example.org>" % prev
        msg["References"] = "<%s@example.net> <%s@example.org>" % (hid[:12], prev)
    msg["MIME-Version"] = "1.0"
    if r["id"] in ("d07", "t07", "d17", "t20"):
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    cs, cte = r["charset"], r["cte"]

    def check(t):
        t.encode(cs)  # raises if the chosen charset cannot carry the text
        return t

    if r["fmt"] == "body_plain":
        msg.set_content(check(body_text(r, raw)), charset=cs, cte=cte)
    elif r["fmt"] == "body_html":
        if r["extra"]["kind"] == "html_only":
            msg.set_content(check(body_html(r, raw)), subtype="html", charset=cs, cte=cte)
        else:
            msg.set_content(check(body_text(r, raw)), charset=cs, cte=cte)
            msg.add_alternative(check(body_html(r, raw)), subtype="html", charset=cs, cte=cte)
    else:
        cover = r["cover"] if r["cover"] is not None else PHONE_FOOTER.get(r["id"], "")
        msg.set_content(check(cover + ("\n" if cover else "")), charset=cs, cte=cte)
        ext = r["attach"].rsplit(".", 1)[1].lower()
        mt, st = MIME[ext]
        msg.add_attachment(att_bytes, maintype=mt, subtype=st, filename=r["attach"])
    # fixed MIME boundaries so the build is byte-for-byte reproducible
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%d" % (hid[:12], i))
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--out", default=os.path.dirname(HERE))
    a = ap.parse_args()
    for half in ("dev", "test"):
        recs = [r for r in R if r["half"] == half]
        assert len(recs) == 20
        order = list(range(1, 21))
        random.Random("%d-%s-numbers" % (a.seed, half)).shuffle(order)
        outdir = os.path.join(a.out, half)
        os.makedirs(outdir, exist_ok=True)
        for fn in os.listdir(outdir):
            if fn.endswith(".eml") or fn == "truth.jsonl":
                os.remove(os.path.join(outdir, fn))
        truths, drawn = [], []
        for r, num in zip(recs, order):
            fname = "c18-%s-%03d.eml" % (half, num)
            rng = random.Random("%d-%s" % (a.seed, r["id"]))
            raw = docs.raw_fields(r)
            info = {}
            att = None
            f = r["fmt"]
            if f == "pdf_form":
                att, info = docs.pdf_form(r, raw)
            elif f == "docx_form":
                att, info = docs.docx_form(r, raw)
            elif f == "odt_form":
                att, info = docs.odt_form(r, raw)
            elif f == "xlsx_form":
                att, info = docs.xlsx_form(r, raw)
            elif f == "docx_letter":
                att, info = docs.docx_letter(r, raw)
            elif f == "pdf_letter":
                att, info = docs.pdf_letter(r, raw)
            elif f == "rtf":
                att, info = docs.rtf_doc(r, raw)
            elif f in ("scan_pdf", "photo"):
                att, info = images.render(r, raw, rng)
            if f in ("body_plain", "body_html"):
                info = {"body_text": body_text(r, raw) if f == "body_plain" or r["extra"]["kind"] == "alternative"
                        else None,
                        "body_html": body_html(r, raw) if f == "body_html" else None}
            data = build_mail(r, raw, att)
            with open(os.path.join(outdir, fname), "wb") as fh:
                fh.write(data)
            truths.append((num, {"file": fname, "format": f, "language": r["lang"], "fields": truth_fields(r)}))
            drawn.append((num, {"file": fname, "record": r["id"], "format": f, "language": r["lang"],
                                "subject": r["subject"], "from": [r["from_name"], r["from_addr"]],
                                "date": r["date"], "charset": r["charset"], "cte": r["cte"],
                                "attachment": r["attach"] if att is not None else None,
                                "cover": r["cover"], "raw_fields": raw, "mode": r["mode"],
                                "amount_style": r["amt_style"], "phone_style": r.get("phone_style"),
                                "document": info}))
        truths.sort(key=lambda x: x[0])
        drawn.sort(key=lambda x: x[0])
        with open(os.path.join(outdir, "truth.jsonl"), "w", encoding="utf-8") as fh:
            for _, t in truths:
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, "drawn_%s.jsonl" % half), "w", encoding="utf-8") as fh:
            for _, t in drawn:
                fh.write(json.dumps(t, ensure_ascii=False, default=str) + "\n")
        print(half, "written:", len(truths))


if __name__ == "__main__":
    main()
