"""Letter / form / body models built from an application record.

A letter is a list of blocks: {'t': 'head'|'left'|'right'|'date'|'subject'|'p'|'table'|'sig'|'footer', ...}.
A form is {'title', 'subtitle', 'layout', 'sections': [(heading, [row, ...])]} where a row is a list of
cells (label, value) or ('CHECK', label, options, selected)."""
from content import *


def fr_de(org):
    """'de' + org, keeping the org name verbatim"""
    if org.startswith('Les '):
        return f"de l'association « {org} »"
    if org[0] in 'AEIOUÉ':
        return "de l'" + org
    if org.split()[0] in ('Comité', 'Foyer', 'Club'):
        return "du " + org
    if org.split()[0] in ('Mairie', 'Commune', 'Union'):
        return "de la " + org
    return "de l'association " + org


def fr_pour(org):
    d = fr_de(org)
    return 'Pour ' + (d[3:] if d.startswith('du ') else d[3:] if d.startswith("de ") else d)


def letter_model(A, rng, hand=False, allow_table=True):
    lang = A['lang']
    first, last = A['contact']
    org = A['org']
    raw = {}
    blocks = []
    # who signs, who is the contact
    separate_contact = bool(org) and A['kind'] == 'org' and rng.random() < 0.25
    if separate_contact:
        signer = A['other']
        contact = A['contact']
    else:
        signer = contact = A['contact']
    show_email = separate_contact or rng.random() < 0.7
    org_mode = None
    if org:
        org_mode = rng.choice(['letterhead', 'letterhead_caps', 'signoff', 'sentence', 'letterhead', 'footer'])
        if separate_contact:  # the only address given is then the group's, in the letterhead
            org_mode = rng.choice(['letterhead', 'letterhead_caps'])
    A['org_mode'] = org_mode
    nstyle = rng.choice(['fl', 'fl', 'LF', 'fL'])
    signer_w = name_written(rng, *signer, nstyle)
    contact_w = name_written(rng, *contact, nstyle) if separate_contact else signer_w
    phone_raw = A['phone_raw']
    addr = A['addr']['written']
    pcv = f"{A['postcode']} {A['municipality']}"
    tel = {'nl': rng.choice(['Tel.', 'GSM', 'tel', 'T']), 'fr': rng.choice(['Tél.', 'Tél :', 'Portable :', 'Tel']),
           'en': rng.choice(['Phone:', 'Tel.', 'Mobile:'])}[lang]
    mail_l = {'nl': rng.choice(['E-mail:', 'e-mail', 'Mail:']), 'fr': rng.choice(['Courriel :', 'Mail :', 'E-mail :']),
              'en': 'Email:'}[lang]
    raw['address'] = addr
    raw['postcode'] = A['postcode']
    raw['municipality'] = A['municipality']
    # letterhead / sender block
    contact_lines_in_sender = not separate_contact
    sender = []
    if org and org_mode.startswith('letterhead'):
        hl = org.upper() if org_mode == 'letterhead_caps' else org
        head = [hl, f"{addr} – {pcv}" if rng.random() < 0.5 else addr]
        if rng.random() < 0.5 or org_mode == 'letterhead_caps':
            pass
        if org_mode != 'letterhead_caps' or True:
            if len(head) == 2 and head[1] == addr:
                head.append(pcv)
        if contact_lines_in_sender:
            head.append(f"{tel} {phone_raw}")
            if show_email:
                head.append(f"{mail_l} {A['email']}")
        else:
            head.append(f"{tel} {A['other_phone_raw']}")
        blocks.append({'t': 'head', 'lines': head, 'caps': org_mode == 'letterhead_caps', 'org': org})
        if org_mode == 'letterhead_caps':
            blocks.append({'t': 'footer', 'text': f"{org} – {addr}, {pcv}" + (f" – {rng.choice(['IBAN', 'Rek.nr.', 'IBAN :'])} "
                           f"{'BE' if A['country'] == 'BE' else 'FR76'}{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"
                           if rng.random() < 0.5 else "")})
            raw['organisation'] = org
        else:
            raw['organisation'] = org
    else:
        sender = [signer_w]
        if org and rng.random() < 0.3 and org_mode in ('signoff', 'sentence'):
            pass
        sender += [addr, pcv]
        if contact_lines_in_sender:
            sender.append(f"{tel} {phone_raw}")
            if show_email:
                sender.append(f"{mail_l} {A['email']}")
        blocks.append({'t': 'left', 'lines': sender})
        if org and org_mode == 'footer':
            blocks.append({'t': 'footer', 'text': f"{org}" + rng.choice([f" – {A['village']}", "", f" · {pcv}"])})
            raw['organisation'] = org
    rcp = {'nl': [["Provincie West-Vlaanderen", "t.a.v. Jonas Polin", "Woumenweg 100", "8600 Diksmuide"],
                  ["Aan de coördinator van de projectenoproep", CALL_NL],
                  ["Provincie West-Vlaanderen", "Gebiedswerking Westhoek", "Woumenweg 100", "8600 Diksmuide"]],
           'fr': [["Province de Flandre-Occidentale", "À l'attention de M. Jonas Polin", "Woumenweg 100", "8600 Diksmuide (Belgique)"],
                  ["Monsieur le coordinateur", "Projet Partons 2.0"]],
           'en': [["Province of West Flanders", "FAO Mr Jonas Polin", "Woumenweg 100", "8600 Diksmuide"]]}[lang]
    if rng.random() < 0.75:
        blocks.append({'t': 'right', 'lines': rng.choice(rcp)})
    d = A['letter_date']
    ds = fmt_date(d, lang, rng.randint(0, 2))
    if lang == 'fr':
        place = rng.choice([f"Fait à {A['village']}, le {ds}", f"{A['village']}, le {ds}", f"Le {ds}"])
    else:
        place = rng.choice([f"{A['village']}, {ds}", ds])
    blocks.append({'t': 'date', 'text': place})
    title = A['title']
    raw['project_title'] = title
    if lang == 'nl':
        subj = rng.choice([f"Betreft: {title}", f"Betreft: aanvraag projectenoproep '{CALL_NL}' – {title}",
                           f"Betreft: \u201c{title}\u201d", f"Onderwerp: {title} ({CALL_NL})", f"Betreft: projectidee \u2018{title}\u2019"])
    elif lang == 'fr':
        subj = rng.choice([f"Objet : {title}", f"Objet : appel à projets {CALL_FR} – « {title} »",
                           f"Objet : candidature « {title} »", f"Objet : {title} ({CALL_FR})"])
    else:
        subj = rng.choice([f"Subject: {title}", f"Subject: {CALL_NL} / {CALL_FR} – \u201c{title}\u201d", f"Application: {title}"])
    blocks.append({'t': 'subject', 'text': subj})
    sal = {'nl': ["Beste,", "Geachte heer Polin,", "Beste Jonas,", "Geachte,"],
           'fr': ["Monsieur,", "Madame, Monsieur,", "Bonjour,", "Cher Monsieur Polin,"],
           'en': ["Dear Mr Polin,", "Dear Sir or Madam,"]}[lang]
    blocks.append({'t': 'p', 'text': rng.choice(sal)})
    # intro
    if lang == 'nl':
        if org and org_mode == 'sentence':
            intro = f"Als {A['role']} van {org} dien ik graag ons projectidee \u201c{title}\u201d in voor de oproep {CALL_NL}"
            intro += " van de Provincie West-Vlaanderen en Partons 2.0."
            raw['organisation'] = org
        elif A['kind'] == 'individual':
            intro = (f"Ik ben een gepensioneerde inwoner van {A['village']} en wil graag, samen met enkele buren, "
                     f"een project indienen voor de oproep \u2018{CALL_NL}\u2019.")
        else:
            intro = f"Hierbij stellen wij ons project voor in het kader van de projectenoproep \u201c{CALL_NL}\u201d."
    elif lang == 'fr':
        if org and org_mode == 'sentence':
            intro = f"Au nom {fr_de(org)}, j'ai le plaisir de vous présenter notre projet dans le cadre de l'appel à projets {CALL_FR}."
            raw['organisation'] = org
        elif A['kind'] == 'individual':
            intro = (f"Vivant à {A['village']} depuis plus de trente ans, aujourd'hui à la retraite, je me permets de vous "
                     f"présenter un projet pour mon village dans le cadre de l'appel {CALL_FR}.")
        else:
            intro = f"Nous avons l'honneur de vous présenter notre candidature à l'appel à projets {CALL_FR}."
    else:
        if org and org_mode == 'sentence':
            intro = f"On behalf of {org}, I am pleased to submit our project to the {CALL_FR} call."
            raw['organisation'] = org
        else:
            intro = f"Please find below our application for the call \u201c{CALL_NL}\u201d ({CALL_FR})."
    if A['kind'] == 'municipality':
        if lang == 'nl':
            intro = (f"Namens het lokaal bestuur dien ik, als {A['role']} van {org}, een project in voor het dorp "
                     f"{A['village']}, dat we samen met de dorpsraad hebben voorbereid.")
        else:
            intro = (f"En tant que {A['role']}, je vous transmets au nom {fr_de(org)} le projet préparé avec les "
                     f"habitants et les associations du village.")
        raw['organisation'] = org
    blocks.append({'t': 'p', 'text': intro})
    desc = DESC_NL if lang == 'nl' else DESC_FR if lang == 'fr' else DESC_EN
    for s in rng.sample(desc, 2 if hand else 3):
        blocks.append({'t': 'p', 'text': s})
    # amounts
    ne = hand and A.get('font_no_euro')
    req_w = fmt_amount(rng, A['req'], lang, ne)
    raw['requested_amount'] = req_w
    in_words = (not hand) and A['req'] % 100 == 0 and rng.random() < 0.3
    wtxt = ''
    if in_words:
        wtxt = {'nl': f" (zegge: {words(A['req'], lang)})", 'fr': f" (soit {words(A['req'], lang)})",
                'en': f" ({words(A['req'], lang)})"}[lang]
    table = None
    if A['total'] is not None:
        tot_w = fmt_amount(rng, A['total'], lang, ne)
        raw['total_budget'] = tot_w
        if A['own']:
            own_w = fmt_amount(rng, A['own'], lang, ne)
            if lang == 'nl':
                amt = (f"De totale kostprijs van het project wordt geraamd op {tot_w}. " +
                       ("Wij brengen zelf" if A['kind'] != 'municipality' else "De gemeente brengt zelf") + f" {own_w} in "
                       f"(opbrengst van ons eetfestijn en sponsoring). Wij vragen dan ook een subsidie van {req_w}{wtxt}.")
            elif lang == 'fr':
                qui = "Notre association apporte" if A['kind'] == 'org' else "Les habitants apportent" if A['kind'] == 'individual' else "La commune apporte"
                amt = (f"Le coût total du projet est estimé à {tot_w}. {qui} {own_w} en autofinancement "
                       f"(recettes de la brocante et dons). Nous sollicitons donc une aide de {req_w}{wtxt}.")
            else:
                amt = (f"The total cost of the project is {tot_w}. We will contribute {own_w} ourselves, "
                       f"so we are asking for a grant of {req_w}{wtxt}.")
        else:
            if lang == 'nl':
                amt = f"Het volledige budget bedraagt {tot_w}; wij vragen het volledige bedrag aan als subsidie, namelijk {req_w}{wtxt}."
            elif lang == 'fr':
                amt = f"Le budget total s'élève à {tot_w} ; nous sollicitons la totalité, soit une subvention de {req_w}{wtxt}."
            else:
                amt = f"The total budget is {tot_w} and we are asking for the full amount, i.e. {req_w}{wtxt}."
        if allow_table and not hand and rng.random() < 0.45:
            rows = cost_rows(rng, A, lang)
            hdr = {'nl': ["Kostenpost", "Bedrag"], 'fr': ["Poste de dépense", "Montant"], 'en': ["Item", "Amount"]}[lang]
            trows = [hdr] + [[n, plain_money(v, lang)] for n, v in rows]
            trows.append([{'nl': 'Totaal', 'fr': 'Total', 'en': 'Total'}[lang], tot_w])
            if A['own']:
                trows.append([{'nl': 'Eigen inbreng', 'fr': 'Autofinancement', 'en': 'Own contribution'}[lang], own_w])
                trows.append([{'nl': 'Gevraagde subsidie', 'fr': 'Subvention demandée', 'en': 'Grant requested'}[lang], req_w])
            table = trows
    else:
        amt = {'nl': f"Voor de uitvoering vragen wij een bijdrage van {req_w}{wtxt}.",
               'fr': f"Pour mener à bien ce projet, nous sollicitons une subvention de {req_w}{wtxt}.",
               'en': f"To carry out the project we would like to ask for {req_w}{wtxt}."}[lang]
    blocks.append({'t': 'p', 'text': amt})
    if table:
        blocks.append({'t': 'table', 'rows': table})
    # contact paragraph
    if separate_contact:
        cph = phone_raw
        if lang == 'nl':
            t = (f"Contactpersoon voor dit dossier is onze secretaris {contact_w} ({cph}, {A['email']}).")
        elif lang == 'fr':
            t = (f"La personne à contacter pour ce dossier est {contact_w}, secrétaire de l'association "
                 f"(tél. {cph}, {A['email']}).")
        else:
            t = f"Our contact person for this application is {contact_w} ({cph}, {A['email']})."
        blocks.append({'t': 'p', 'text': t})
    close = {'nl': ["Met vriendelijke groeten,", "Alvast bedankt en met vriendelijke groeten,", "Hoogachtend,"],
             'fr': ["Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.",
                    "Avec nos remerciements, recevez nos cordiales salutations.", "Bien cordialement,"],
             'en': ["Kind regards,", "Yours sincerely,"]}[lang]
    blocks.append({'t': 'p', 'text': rng.choice(close)})
    sig = []
    if org and org_mode == 'signoff' and A['kind'] == 'org':
        so = {'nl': [f"Namens het bestuur van {org},", f"Voor {org},"],
              'fr': [f"{fr_pour(org)}, {A['role']}", f"Pour le bureau {fr_de(org)},"],
              'en': [f"For {org},"]}[lang]
        sig.append(rng.choice(so))
        raw['organisation'] = org
    sig.append(signer_w)
    if A['role'] and not (org_mode == 'signoff' and lang == 'fr'):
        r = A['role']
        if org and org_mode not in ('signoff',) and rng.random() < 0.5 and A['kind'] == 'org':
            sig.append(f"{r[0].upper() + r[1:]} {org}" if lang != 'fr' else f"{r[0].upper() + r[1:]} de l'association")
            if lang != 'fr':
                raw['organisation'] = org
        else:
            sig.append(r[0].upper() + r[1:])
    blocks.append({'t': 'sig', 'lines': sig})
    if org and 'organisation' not in raw:
        # letterhead-only cases already set; this guards sentence-less, signoff-less variants
        raw['organisation'] = org
    raw['contact_name'] = contact_w
    raw['phone'] = phone_raw
    if show_email:
        raw['email'] = A['email']
    return blocks, raw, show_email


def org_appears(blocks, org):
    for b in blocks:
        for s in [b.get('text', '')] + b.get('lines', []) + [c for r in b.get('rows', []) for c in r]:
            if org in s:
                return True
    return False


# ---------------------------------------------------------------- forms
L_NL = dict(title="Aanvraagformulier projectenoproep", org="Naam van de vereniging / organisatie", legal="Rechtsvorm",
            legal_opts=["vzw", "feitelijke vereniging", "lokaal bestuur", "andere"], street="Straat", nr="Nr.", box="Bus",
            addr="Adres (straat + nr.)", pc="Postcode", mun="Gemeente", chair="Voorzitter / wettelijk vertegenwoordiger",
            contact="Contactpersoon voor dit dossier", name="Naam en voornaam", last="Naam", first="Voornaam",
            tel="Telefoon / GSM", mail="E-mail", treas="Penningmeester", project="Het project", ptitle="Titel van het project",
            pdesc="Korte omschrijving", budget="Budget", total="Totale kostprijs van het project", own="Eigen inbreng",
            req="Gevraagde subsidie (max. 10.000 euro)", sign="Datum en handtekening", s1="1. De aanvrager",
            s2="2. Contactgegevens", s3="3. Het project", s4="4. Budget", s5="5. Ondertekening")
L_FR = dict(title="Formulaire de candidature – appel à projets", org="Nom de l'association / structure",
            legal="Statut juridique", legal_opts=["association loi 1901", "collectif d'habitants", "commune", "autre"],
            street="Rue", nr="N°", box="Bte", addr="Adresse (n° et rue)", pc="Code postal", mun="Commune",
            chair="Président(e) / représentant légal", contact="Personne à contacter pour le dossier", name="Nom et prénom",
            last="Nom", first="Prénom", tel="Téléphone", mail="Courriel", treas="Trésorier(ère)", project="Le projet",
            ptitle="Intitulé du projet", pdesc="Description courte", budget="Budget", total="Coût total du projet",
            own="Autofinancement", req="Montant sollicité (max. 10 000 €)", sign="Date et signature", s1="1. Le porteur de projet",
            s2="2. Coordonnées", s3="3. Le projet", s4="4. Budget", s5="5. Signature")


def form_model(A, rng, hand=False):
    lang = A['lang']
    show_email = rng.random() < (0.6 if hand else 0.85)
    L = L_NL if lang == 'nl' else L_FR
    first, last = A['contact']
    raw = {}
    org = A['org']
    issuer = None
    if rng.random() < 0.35:
        if A['country'] == 'BE':
            issuer = f"Gemeente {GEMEENTE_OF.get(A['village'], A['village'])} – dienst Vrije Tijd"
        else:
            issuer = f"Mairie de {A['village']}"
    title = L['title'] + (f" \u201c{CALL_NL}\u201d 2019" if lang == 'nl' else f" {CALL_FR} 2019")
    split_addr = rng.random() < 0.5
    split_name = rng.random() < 0.4
    layout = rng.choice(['left', 'above', 'dots'])
    ne = A.get('font_no_euro')
    S = []
    rows = []
    if org:
        rows.append([(L['org'], org)])
        raw['organisation'] = org
    else:
        rows.append([(L['org'], '')])
    if A['kind'] == 'org':
        sel = 0 if ('vzw' in (org or '') or lang == 'fr') else 1
        rows.append(('CHECK', L['legal'], L['legal_opts'], sel))
    elif A['kind'] == 'municipality':
        rows.append(('CHECK', L['legal'], L['legal_opts'], 2))
    ad = A['addr']
    if split_addr:
        if A['country'] == 'BE':
            r = [(L['street'], ad['street']), (L['nr'], ad['nr'])]
            r.append((L['box'], ad['box'] or ''))
        else:
            r = [(L['nr'], ad['nr']), (L['street'], ad['street'])]
        rows.append(r)
        raw['address'] = {'parts': {'street': ad['street'], 'nr': ad['nr'], 'box': ad['box']}, 'order': ad['order']}
    else:
        rows.append([(L['addr'], ad['written'])])
        raw['address'] = ad['written']
    rows.append([(L['pc'], A['postcode']), (L['mun'], A['municipality'])])
    raw['postcode'] = A['postcode']
    raw['municipality'] = A['municipality']
    S.append((L['s1'], rows))
    rows = []
    # chair (other person) + contact for the file
    has_chair = A['kind'] == 'org' and rng.random() < 0.6
    nstyle = rng.choice(['fl', 'LF', 'fl'])
    if has_chair:
        rows.append([(L['chair'] + ' – ' + L['name'], name_written(rng, *A['other'], nstyle)), (L['tel'], A['other_phone_raw'])])
    if split_name:
        rows.append([(L['contact'] + ' – ' + L['last'], last.upper() if rng.random() < 0.5 else last), (L['first'], first)])
        raw['contact_name'] = [rows[-1][0][1], first]
    else:
        cw = name_written(rng, first, last, nstyle)
        rows.append([(L['contact'] + ' – ' + L['name'], cw)])
        raw['contact_name'] = cw
    rows.append([(L['tel'], A['phone_raw']), (L['mail'], A['email'] if show_email else '')])
    raw['phone'] = A['phone_raw']
    if show_email:
        raw['email'] = A['email']
    if A['kind'] == 'org' and not has_chair and rng.random() < 0.5:
        tp, _ = mk_phone(rng, A['country'])
        rows.append([(L['treas'], name_written(rng, *person(rng, lang), nstyle)), (L['tel'], tp)])
    S.append((L['s2'], rows))
    desc = DESC_NL if lang == 'nl' else DESC_FR
    rows = [[(L['ptitle'], A['title'])], [(L['pdesc'], ' '.join(rng.sample(desc, 1 if hand else 2)))]]
    raw['project_title'] = A['title']
    S.append((L['s3'], rows))
    rows = []
    if A['total'] is not None:
        tw = fmt_amount(rng, A['total'], lang, ne)
        rows.append([(L['total'], tw)])
        raw['total_budget'] = tw
        if A['own']:
            ow = fmt_amount(rng, A['own'], lang, ne)
            rows.append([(L['own'], ow)])
    rw = fmt_amount(rng, A['req'], lang, ne)
    rows.append([(L['req'], rw)])
    raw['requested_amount'] = rw
    S.append((L['s4'], rows))
    d = A['letter_date']
    S.append((L['s5'], [[(L['sign'], f"{A['village']}, {fmt_date(d, lang, 1)}")]]))
    return dict(title=title, issuer=issuer, layout=layout, sections=S, lang=lang), raw, show_email


# ---------------------------------------------------------------- bodies (application in the mail body)
def body_model(A, rng):
    """returns (list of lines/paragraphs as ('p', text) or ('kv', label, value)), raw, show_email"""
    lang = A['lang']
    first, last = A['contact']
    org = A['org']
    raw = {}
    out = []
    structured = rng.random() < 0.55
    ne = False
    req_w = fmt_amount(rng, A['req'], lang)
    raw['requested_amount'] = req_w
    tot_w = own_w = None
    if A['total'] is not None:
        tot_w = fmt_amount(rng, A['total'], lang)
        raw['total_budget'] = tot_w
        if A['own']:
            own_w = fmt_amount(rng, A['own'], lang)
    cw = name_written(rng, first, last, rng.choice(['fl', 'fl', 'LF'] if lang != 'en' else ['fl']))
    raw['contact_name'] = cw
    raw['phone'] = A['phone_raw']
    raw['project_title'] = A['title']
    raw['postcode'] = A['postcode']
    raw['municipality'] = A['municipality']
    raw['address'] = A['addr']['written']
    show_email = rng.random() < 0.4
    if org:
        raw['organisation'] = org
    greet = {'nl': ["Beste Jonas,", "Beste,", "Goedendag,"], 'fr': ["Bonjour,", "Monsieur,", "Bonjour Monsieur Polin,"],
             'en': ["Dear Mr Polin,", "Hello,"]}[lang]
    out.append(('p', rng.choice(greet)))
    if structured:
        intro = {'nl': f"Hierbij dienen wij ons projectidee in voor de oproep {CALL_NL}. Hieronder de gegevens.",
                 'fr': f"Voici notre candidature pour l'appel à projets {CALL_FR}. Vous trouverez les informations ci-dessous.",
                 'en': f"Here is our application for the {CALL_FR} call."}[lang]
        out.append(('p', intro))
        K = {'nl': ["Vereniging", "Contactpersoon", "Adres", "Telefoon", "E-mail", "Projecttitel", "Omschrijving",
                    "Totale kostprijs", "Eigen inbreng", "Gevraagd bedrag"],
             'fr': ["Association", "Contact", "Adresse", "Téléphone", "Courriel", "Titre du projet", "Description",
                    "Coût total", "Autofinancement", "Montant demandé"],
             'en': ["Group", "Contact person", "Address", "Phone", "Email", "Project title", "Description",
                    "Total cost", "Own contribution", "Amount requested"]}[lang]
        if org:
            out.append(('kv', K[0], org))
        out.append(('kv', K[1], cw + (f" ({A['role']})" if A['role'] and rng.random() < 0.5 else "")))
        out.append(('kv', K[2], f"{A['addr']['written']}, {A['postcode']} {A['municipality']}"))
        out.append(('kv', K[3], A['phone_raw']))
        if show_email:
            out.append(('kv', K[4], A['email']))
        out.append(('kv', K[5], A['title']))
        desc = DESC_NL if lang == 'nl' else DESC_FR if lang == 'fr' else DESC_EN
        out.append(('kv', K[6], ' '.join(rng.sample(desc, 2))))
        if tot_w:
            out.append(('kv', K[7], tot_w))
        if own_w:
            out.append(('kv', K[8], own_w))
        out.append(('kv', K[9], req_w))
        out.append(('p', {'nl': "Alvast bedankt!", 'fr': "Merci d'avance pour votre retour.", 'en': "Many thanks in advance."}[lang]))
    else:
        if lang == 'nl':
            s = f"Ik ben {cw}" + (f", {A['role']} van {org}" if org else f" uit {A['village']}") + "."
            s += f" Met ons project \u201c{A['title']}\u201d willen we het dorp opnieuw samenbrengen."
            out.append(('p', s))
            out.append(('p', ' '.join(rng.sample(DESC_NL, 2))))
            if tot_w and own_w:
                out.append(('p', f"Het project kost in totaal {tot_w}, waarvan we zelf {own_w} betalen. We vragen dus {req_w}."))
            elif tot_w:
                out.append(('p', f"Het project kost {tot_w} en we vragen daarvoor {req_w} steun."))
            else:
                out.append(('p', f"We vragen een subsidie van {req_w}."))
            out.append(('p', f"U kan mij bereiken op {A['phone_raw']} of op mijn adres: {A['addr']['written']}, {A['postcode']} {A['municipality']}."
                        + (f" Mailen kan naar {A['email']}." if show_email else "")))
        elif lang == 'fr':
            s = f"Je m'appelle {cw}" + (f", {A['role']} {fr_de(org)}" if org else f", j'habite {A['village']}") + "."
            if org and A['kind'] == 'municipality':
                s = f"Je m'appelle {cw}, {A['role']} ({org})."
            s += f" Notre projet « {A['title']} » veut redonner vie au village."
            out.append(('p', s))
            out.append(('p', ' '.join(rng.sample(DESC_FR, 2))))
            if tot_w and own_w:
                out.append(('p', f"Le coût total est de {tot_w}, dont {own_w} d'autofinancement. Nous demandons donc {req_w}."))
            elif tot_w:
                out.append(('p', f"Le projet coûte {tot_w} et nous demandons {req_w}."))
            else:
                out.append(('p', f"Nous sollicitons une aide de {req_w}."))
            out.append(('p', f"Vous pouvez me joindre au {A['phone_raw']} ou par courrier : {A['addr']['written']}, {A['postcode']} {A['municipality']}."
                        + (f" Mon adresse mail : {A['email']}." if show_email else "")))
        else:
            s = f"My name is {cw}" + (f", {A['role']} of {org}" if org else f" and I live in {A['village']}") + "."
            s += f" Our project is called \u201c{A['title']}\u201d."
            out.append(('p', s))
            out.append(('p', ' '.join(rng.sample(DESC_EN, 2))))
            if tot_w and own_w:
                out.append(('p', f"The total cost is {tot_w}; we put in {own_w} ourselves and ask for {req_w}."))
            elif tot_w:
                out.append(('p', f"The total cost is {tot_w} and we ask for {req_w}."))
            else:
                out.append(('p', f"We are asking for {req_w}."))
            out.append(('p', f"You can reach me on {A['phone_raw']} or at {A['addr']['written']}, {A['postcode']} {A['municipality']}."
                        + (f" Email: {A['email']}" if show_email else "")))
    close = {'nl': "Met vriendelijke groeten,", 'fr': "Cordialement,", 'en': "Best wishes,"}[lang]
    out.append(('p', close))
    out.append(('p', f"{first}" if rng.random() < 0.4 else cw))
    if show_email:
        raw['email'] = A['email']
    return out, raw, show_email
