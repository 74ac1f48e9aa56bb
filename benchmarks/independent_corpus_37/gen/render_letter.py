"""Letter-like PDFs: a cover letter to the coordinator that still holds all fields
and a budget (table, annex or list)."""
import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

from content import Builder, plain
from data import COORD
from render_pdf import FAM, PALETTE, rl, table_flow, Theme

M_NL = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli"]
M_FR = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet"]


def letter_texts(bld):
    c, lang, r, V = bld.c, bld.lang, bld.rng, bld.V
    b = c["budget"]
    d = c["date"]
    ct = c["contact"]
    cname = f"{ct['first']} {ct['last']}"
    phone = bld.phone() if c["phone"] else None
    T = {}
    if lang == "nl":
        T["date"] = f"{c['city']}, {d.day} {M_NL[d.month]} {d.year}"
        T["subject"] = f"Betreft: projectidee „{c['title']}” – oproep ‘Maak werk van je buurt!’"
        T["salut"] = r.choice(["Beste Jonas,", "Geachte heer Polin,", "Beste meneer Polin,"])
        if c["org"]:
            T["intro"] = (f"Met deze brief dient {c['org']} haar projectidee in voor de grensoverschrijdende projectenoproep "
                          f"‘Maak werk van je buurt!’ van Partons 2.0.")
        else:
            T["intro"] = (f"Als inwoner van {c['city']} dien ik, samen met een tiental buren, een projectidee in voor de "
                          f"projectenoproep ‘Maak werk van je buurt!’. We zijn (nog) geen vereniging.")
        T["project"] = f"Ons project heet „{c['title']}”. {c['desc']}"
        T["budget_intro"] = r.choice(["Hieronder vindt u onze begroting.", "De kosten en de financiering zien er als volgt uit:",
                                      "Onze raming van kosten en inkomsten:"])
        T["contact"] = (f"Contactpersoon voor dit dossier is {cname} ({ct['role']}), bereikbaar via {c['email']}"
                        + (f" of op {phone}." if phone else "."))
        T["close"] = r.choice(["Met vriendelijke groeten,", "Met hartelijke groeten,", "Vriendelijke groeten,"])
        T["thanks"] = "Alvast bedankt voor het bekijken van onze aanvraag. We komen het project graag toelichten."
    else:
        T["date"] = f"{c['city']}, le {d.day} {M_FR[d.month]} {d.year}"
        T["subject"] = f"Objet : candidature à l'appel à projets Partons 2.0 – « {c['title']} »"
        T["salut"] = r.choice(["Monsieur,", "Monsieur Polin,", "Madame, Monsieur,"])
        if c["org"]:
            T["intro"] = (f"Par la présente, notre structure – {c['org']} – a le plaisir de vous présenter sa candidature à "
                          f"l'appel à projets transfrontalier Partons 2.0 pour des villages et quartiers vivants.")
        else:
            T["intro"] = (f"Habitant(e) de {c['city']}, je vous présente, avec une dizaine de voisins, un projet pour l'appel à "
                          f"projets Partons 2.0. Nous ne sommes pas (encore) constitués en association.")
        T["project"] = f"Notre projet s'intitule « {c['title']} ». {c['desc']}"
        T["budget_intro"] = r.choice(["Vous trouverez ci-dessous notre budget prévisionnel.",
                                      "Le budget prévisionnel se présente comme suit :", "Notre plan de financement :"])
        T["contact"] = (f"La personne à contacter pour ce dossier est {cname} ({ct['role']}) : {c['email']}"
                        + (f", tél. {phone}." if phone else "."))
        T["close"] = r.choice(["Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.",
                               "Veuillez agréer, Madame, Monsieur, nos sincères salutations.",
                               "Dans l'attente de votre retour, recevez nos cordiales salutations."])
        T["thanks"] = "Nous restons à votre disposition pour vous présenter le projet sur place."
    T["request"] = V.request_statement()
    if not plain(T["request"]).rstrip().endswith((".", ")")):
        T["request"] += "."
    if b.request_mode == "max":
        T["request"] += (" Dat is het maximumbedrag voor deze oproep." if lang == "nl" else " Il s'agit du montant maximal prévu par l'appel.")
    return T


def recipient_lines(lang):
    if lang == "nl":
        return ["Provincie West-Vlaanderen", f"t.a.v. {COORD['name']}", "Projectcoördinator Partons 2.0",
                COORD["street"], f"{COORD['postcode']} {COORD['city']}"]
    return ["Province de Flandre occidentale", f"À l'attention de M. {COORD['name']}", "Coordinateur Partons 2.0",
            COORD["street"], f"{COORD['postcode']} {COORD['city']}", "BELGIQUE"]


def sender_name(c):
    return c["org"] or f"{c['contact']['first']} {c['contact']['last']}"


def budget_flow(bld, th, width, style):
    """style: tables / list"""
    c, V, lang = bld.c, bld.V, bld.lang
    b = c["budget"]
    sp = c["spec"]
    out = []
    for tb in bld.trap_blocks("budget"):
        out.append(Paragraph(rl(tb["text"]), th.ss["note"]))
    if style == "list":
        ss = th.ss
        colon = " :" if lang == "fr" else ":"
        et = V.expense_table("simple")
        for row, k in zip(et["rows"], et["kinds"]):
            lab, val = plain(row[0]), row[-1]
            if k == "item":
                out.append(Paragraph(f"– {escape(lab)}{colon} " + rl(val), ss["normal"]))
            else:
                out.append(Paragraph(f"<b>{escape(lab)}{colon} </b>" + rl(val), ss["normal"]))
        out.append(Spacer(1, 4))
        if sp.get("arr") != "E":
            it = V.income_rows("simple")
            out.append(Paragraph(rl("**" + it["title"] + "**"), ss["normal"]))
            for row, k in zip(it["rows"], it["kinds"]):
                out.append(Paragraph(("– " if k == "item" else "") + escape(plain(row[0])) + colon + " " + rl(row[-1]), ss["normal"]))
        else:
            own = sum((i.amount for i in b.others()), type(b.total)(0))
            if lang == "nl":
                out.append(Paragraph(rl(f"Eigen middelen en andere steun: {V.f(own)}. Gevraagd aan Partons 2.0: **{V.f(b.request)}**."), ss["normal"]))
            else:
                out.append(Paragraph(rl(f"Fonds propres et autres aides : {V.f(own)}. Montant demandé à Partons 2.0 : **{V.f(b.request)}**."), ss["normal"]))
        out.append(Spacer(1, 6))
    else:
        if sp.get("exp") == "cerfa":
            out += table_flow({**V.cerfa_table(), "caption": "Budget prévisionnel"}, th, width)
        else:
            et = V.expense_table(sp.get("exp", "simple"))
            out += table_flow({**et, "caption": et["title"]}, th, width)
            if sp.get("arr") != "E":
                it = V.income_rows(sp.get("inc", "simple"))
                out += table_flow({**it, "caption": it["title"]}, th, width)
            else:
                own = sum((i.amount for i in b.others()), type(b.total)(0))
                srcs = ", ".join(i.label.lower() if lang == "fr" else i.label for i in b.others())
                if lang == "nl":
                    txt = (f"Financiering: eigen middelen en andere steun ({srcs}) samen {V.f(own)}; "
                           f"gevraagd aan Partons 2.0: **{V.f(b.request)}**.")
                else:
                    txt = (f"Financement : fonds propres et autres aides ({srcs}), soit {V.f(own)} ; "
                           f"montant demandé à Partons 2.0 : **{V.f(b.request)}**.")
                out.append(Paragraph(rl(txt), th.ss["normal"]))
                out.append(Spacer(1, 6))
    if b.inkind_mode == "note":
        out.append(Paragraph(rl(V.inkind_note()), th.ss["note"]))
    if b.request_mode == "corrected":
        n = [x for x in bld.budget_blocks("A") if x["t"] == "p" and x["text"].startswith("(*)")][0]
        out.append(Paragraph(rl(n["text"]), th.ss["note"]))
    n = V.corrected_total_note()
    if n:
        out.append(Paragraph(rl(n), th.ss["note"]))
    return out


def extra_sentences(bld):
    c, lang = bld.c, bld.lang
    out = []
    for where in ("applicant", "project"):
        for tb in bld.trap_blocks(where):
            out.append("; ".join(f"{l}: {v}" for l, v in tb["rows"]))
    return out


def render_letter(case, path):
    bld = Builder(case)
    rng = case["rng"]
    design = case["spec"]["design"]
    lang = case["lang"]
    c = case
    th = Theme(rng, "letter")
    th.table_style = rng.choice(["grid", "lines", "zebra"])
    if design in ("letter2", "letter4"):
        th.f, th.fb, th.fi = FAM["Times"]
        for k, st in th.ss.items():
            st.fontName = {"Helvetica": "Times-Roman", "Helvetica-Bold": "Times-Bold", "Helvetica-Oblique": "Times-Italic"}.get(st.fontName, st.fontName)
    ss = th.ss
    T = letter_texts(bld)
    W, H = A4
    buf = io.BytesIO()
    ct = c["contact"]
    cname = f"{ct['first']} {ct['last']}"
    phone = bld.phone() if c["phone"] else None
    story = []

    if design == "letter3":
        side = 55 * mm
        frame = Frame(side + 12 * mm, 18 * mm, W - side - 30 * mm, H - 36 * mm, id="body")
    else:
        frame = Frame(22 * mm, 20 * mm, W - 44 * mm, H - 40 * mm, id="body")
    width = frame._width

    def on_page(canv, d):
        canv.saveState()
        if design == "letter3":
            canv.setFillColor(th.accent)
            canv.rect(0, 0, 55 * mm, H, fill=1, stroke=0)
            canv.setFillColor(colors.white)
            y = H - 30 * mm
            canv.setFont(th.fb, 12)
            for ln in _wrap(sender_name(c), 24):
                canv.drawString(8 * mm, y, ln)
                y -= 6 * mm
            y -= 4 * mm
            lines = [c["address"], f"{c['postcode']} {c['city']}", "", cname, ct["role"]]
            if phone:
                lines.append(phone)
            lines.append(c["email"])
            if c["legal"] == "vzw":
                lines += ["", f"Ondernemingsnr. {c['kbo']}"]
            for ln in lines:
                fs = 8.5
                while canv.stringWidth(ln, th.f, fs) > 44 * mm and fs > 6:
                    fs -= 0.25
                canv.setFont(th.f, fs)
                canv.drawString(8 * mm, y, ln)
                y -= 4.5 * mm
        canv.setFont(th.f, 7.5)
        canv.setFillColor(colors.grey)
        canv.drawRightString(W - 18 * mm, 10 * mm, str(canv.getPageNumber()))
        canv.restoreState()

    doc = BaseDocTemplate(buf, pagesize=A4, pageTemplates=[PageTemplate("p", [frame], onPage=on_page)],
                          title=T["subject"], author=cname)

    right = ParagraphStyle("r", parent=ss["normal"], alignment=TA_RIGHT)
    if design == "letter1":
        story.append(Paragraph(rl(sender_name(c)), ParagraphStyle("lh", parent=ss["title"], alignment=TA_CENTER, textColor=th.accent)))
        info = f"{c['address']} · {c['postcode']} {c['city']}" + (f" · {phone}" if phone else "") + f" · {c['email']}"
        story.append(Paragraph(escape(info), ParagraphStyle("lh2", parent=ss["small"], alignment=TA_CENTER)))
        story.append(Table([[""]], colWidths=[width], style=[("LINEBELOW", (0, 0), (-1, -1), 1, th.accent)]))
        story.append(Spacer(1, 10))
        rec = Table([["", [Paragraph(escape(x), ss["normal"]) for x in recipient_lines(lang)]]], colWidths=[width * 0.55, width * 0.45])
        story += [rec, Spacer(1, 10), Paragraph(escape(T["date"]), right), Spacer(1, 10)]
    elif design == "letter2":
        snd = [sender_name(c)] + ([cname] if c["org"] else []) + [c["address"], f"{c['postcode']} {c['city']}"]
        if phone:
            snd.append(("Tél. : " if lang == "fr" else "Tel. ") + phone)
        snd.append(("Courriel : " if lang == "fr" else "E-mail: ") + c["email"])
        story.append(Table([[[Paragraph(rl(("**" + x + "**") if i == 0 else escape(x)), ss["normal"]) for i, x in enumerate(snd)], ""]],
                           colWidths=[width * 0.6, width * 0.4]))
        story.append(Spacer(1, 12))
        story.append(Table([["", [Paragraph(escape(x), ss["normal"]) for x in recipient_lines(lang)]]],
                           colWidths=[width * 0.5, width * 0.5]))
        story += [Spacer(1, 12), Paragraph(escape(("À " if lang == "fr" else "") + T["date"]), right), Spacer(1, 10)]
    elif design == "letter3":
        story.append(Spacer(1, 20 * mm))
        story += [Paragraph(escape(x), ss["normal"]) for x in recipient_lines(lang)]
        story += [Spacer(1, 10), Paragraph(escape(T["date"]), ss["normal"]), Spacer(1, 8)]
    else:  # letter4: plain
        snd = [sender_name(c), c["address"], f"{c['postcode']} {c['city']}"]
        story += [Paragraph(escape(x), ss["normal"]) for x in snd]
        story.append(Spacer(1, 8))
        story += [Paragraph(escape(x), ParagraphStyle("ri", parent=ss["normal"], leftIndent=width * 0.55)) for x in recipient_lines(lang)]
        story += [Spacer(1, 10), Paragraph(escape(T["date"]), ss["normal"]), Spacer(1, 8)]

    story.append(Paragraph(rl("**" + T["subject"] + "**"), ss["normal"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph(escape(T["salut"]), ss["normal"]))
    story.append(Spacer(1, 6))
    for k in ("intro", "project"):
        story += [Paragraph(rl(T[k]), ss["normal"]), Spacer(1, 5)]
    for s in extra_sentences(bld):
        story += [Paragraph(rl(s), ss["normal"]), Spacer(1, 4)]
    annex = design == "letter3"
    if annex:
        story.append(Paragraph(rl(T["request"] + (" De volledige begroting vindt u in bijlage." if lang == "nl" else
                                                   " Le budget détaillé figure en annexe.")), ss["normal"]))
    else:
        story += [Paragraph(escape(T["budget_intro"]), ss["normal"]), Spacer(1, 4)]
        story += budget_flow(bld, th, width, "list" if design == "letter4" else "tables")
        story.append(Paragraph(rl(T["request"]), ss["normal"]))
    story.append(Spacer(1, 5))
    story += [Paragraph(rl(T["contact"]), ss["normal"]), Spacer(1, 5)]
    story += [Paragraph(escape(T["thanks"]), ss["normal"]), Spacer(1, 8)]
    story.append(Paragraph(escape(T["close"]), ss["normal"]))
    story.append(Spacer(1, 26))
    sig = [cname, ct["role"] + (f", {c['org']}" if c["org"] else "")]
    if design in ("letter4",) and phone:
        sig.append(phone)
    sig_style = right if design == "letter2" else ss["normal"]
    story += [Paragraph(escape(x), sig_style) for x in sig]
    if "chair" in case["traps"]:
        ch = case["others"]["chair"]
        story.append(Spacer(1, 14))
        story.append(Paragraph(escape(f"{ch['first']} {ch['last']}, {ch['role']}") + " – " + escape(bld.phone(ch["phone"])) + " – " + escape(ch["email"]), ss["small"]))
    if annex:
        story.append(PageBreak())
        story.append(Paragraph(rl("**" + ("Bijlage: begroting" if lang == "nl" else "Annexe : budget prévisionnel") + f" – {c['title']}**"), ss["h"] if False else ss["normal"]))
        story.append(Spacer(1, 6))
        story += budget_flow(bld, th, width, "tables")
    doc.build(story)
    open(path, "wb").write(buf.getvalue())


def _wrap(s, n):
    words = s.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > n and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines
