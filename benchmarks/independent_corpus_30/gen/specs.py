"""Turn a case into a form 'spec': a genre-specific list of sections with labelled,
already formatted values.  Renderers lay the spec out in their own design."""
import random
from decimal import Decimal
from data import fmt_phone, money, date_str

D = Decimal

# Field helper ---------------------------------------------------------------

def F(key, label, value, tip=None, multi=False, w=1.0):
    return {"key": key, "label": label, "value": "" if value is None else str(value), "tip": tip, "multi": multi, "w": w}


def addr_line(a, lang):
    return f"{a['street']} {a['nr']}" if lang == "nl" else f"{a['nr']} {a['street']}"


# ----------------------------------------------------------------------------
# French genres
# ----------------------------------------------------------------------------
FR_GENRES = ["cerfa", "commune", "caf", "fondation"]
NL_GENRES = ["gemeente_project", "provincie", "werking", "cultuurraad"]


def fr_spec(c, genre):
    r = random.Random(c["seed"])
    ps, ms = c["phone_style"], c["money_style"]
    m = lambda v: money(v, "fr", ms)
    ph = lambda v: fmt_phone(v, ps)
    pres, ct = c["president"], c["contact"]
    seat = c["seat"]
    corr = c["corr"]
    town = c["town"]
    spec = {"lang": "fr", "genre": genre, "sections": []}
    S = spec["sections"]
    no_total = c.get("no_total")
    req = c["requested"]
    partons_label = r.choice(["Europe – Interreg V « Partons 2.0 »", "Union européenne (FEDER Interreg – Partons 2.0)",
                              "Interreg France-Wallonie-Vlaanderen / Partons 2.0", "Europe : appel à projets Partons 2.0"])
    if genre == "cerfa":
        spec["title"] = "Demande de subvention(s) par une association"
        spec["issuer"] = r.choice(["Formulaire unique – modèle national (version adaptée)", "Dossier type – loi n° 2000-321 du 12 avril 2000"])
        spec["form_no"] = "N° 12156*05"
        spec["intro"] = [
            "Ce dossier est à utiliser pour toute demande de subvention de fonctionnement ou de projet auprès de l'État, des collectivités et de leurs établissements.",
            "Pour l'appel à projets « Maak werk van je buurt ! / Partons 2.0 », l'aide est plafonnée à 10 000 € par projet ; dix projets environ seront retenus (enveloppe globale de 100 000 €).",
            "Date limite de dépôt : 16 juin 2019, par voie postale ou par courriel au coordinateur du projet.",
        ]
        ident = [F("nom", "Nom", c["org"]), F("sigle", "Sigle", c["sigle"]),
                 F("objet", "Objet", r.choice(["Animation de la vie locale et lien social entre habitants", "Promotion du patrimoine et de la convivialité au village", "Solidarité de proximité et entraide entre voisins"]), multi=True),
                 F("siret", "Numéro SIRET", c["siret"]), F("rna", "Numéro RNA ou à défaut celui du récépissé en préfecture", c["rna"]),
                 F("siege_adr", "Adresse du siège social", addr_line(seat, "fr")), F("siege_cp", "Code postal", seat["pc"]), F("siege_com", "Commune", seat["town"]),
                 F("tel_asso", "Téléphone", ph(c["org_phone"])), F("mail_asso", "Courriel", c["org_email"]),
                 F("site", "Adresse site internet", ""),
                 ]
        if corr:
            ident += [F("corr_adr", "Adresse de correspondance, si différente du siège", addr_line(corr, "fr") + (f" (chez {ct['name']})" if c.get("corr_co") else "")),
                      F("corr_cp", "Code postal", corr["pc"]), F("corr_com", "Commune", corr["town"])]
        else:
            ident += [F("corr_adr", "Adresse de correspondance, si différente du siège", ""), F("corr_cp", "Code postal", ""), F("corr_com", "Commune", "")]
        S.append({"heading": "1. Identification de l'association", "fields": ident})
        S.append({"heading": "2. Identification du représentant légal (président ou autre personne désignée par les statuts)", "fields": [
            F("rl_nom", "Nom", pres["last"].upper()), F("rl_prenom", "Prénom", pres["first"]), F("rl_fonction", "Fonction", "Président(e)"),
            F("rl_tel", "Téléphone", ph(pres["phone"])), F("rl_mail", "Courriel", pres["email"])]})
        S.append({"heading": "3. Identification de la personne chargée de la présente demande de subvention", "note": "(si différente du représentant légal)", "fields": [
            F("pc_nom", "Nom", ct["last"].upper()), F("pc_prenom", "Prénom", ct["first"]),
            F("pc_fonction", "Fonction", r.choice(["Secrétaire", "Membre du bureau, référente du projet", "Coordinateur bénévole", "Vice-président(e)"])),
            F("pc_tel", "Téléphone", ph(ct["phone"])), F("pc_mail", "Courriel", ct["email"])]})
        S.append({"heading": "4. Relations avec l'administration", "fields": [
            F("agrement", "Votre association bénéficie-t-elle d'agrément(s) administratif(s) ? (type, attribué par, en date du)", r.choice(["Non", "Jeunesse et éducation populaire – DDCS du Nord – " + date_str(c["jo_date"], "fr")]), multi=True),
            F("rup", "L'association est-elle reconnue d'utilité publique ?", "Non"),
            F("jo", "Date de publication au Journal officiel", date_str(c["jo_date"], "fr")),
            F("affil", "L'association est-elle affiliée à une union, fédération ou réseau ? Si oui, lequel", r.choice(["Non", "Fédération départementale des foyers ruraux", "Réseau des associations du Houtland"])),
            F("tva", "L'association est-elle assujettie aux impôts commerciaux ?", "Non")]})
        S.append({"heading": "5. Moyens humains de l'association", "note": "Au 31 décembre de l'année écoulée", "fields": [
            F("adherents", "Nombre d'adhérents", c["members"]), F("benevoles", "Nombre de bénévoles", c["volunteers"]),
            F("salaries", "Nombre total de salariés", c["staff"]), F("etpt", "dont nombre d'emplois aidés / ETPT", "0")]})
        S.append({"heading": "6. Description du projet", "fields": [
            F("intitule", "Intitulé", c["project_title"]),
            F("objectifs", "Objectifs de l'action", desc_fr(c, r), multi=True),
            F("public", "Public(s) cible(s)", r.choice(["Habitants du village, toutes générations", "Familles, aînés et jeunes du quartier", "Personnes âgées isolées et bénévoles"])),
            F("lieu", "Lieu(x) de réalisation", town),
            F("date_debut", "Date de mise en œuvre prévue (début)", date_str(c["start"], "fr")),
            F("duree", "Durée prévue (nombre de mois ou d'années)", r.choice(["12 mois", "9 mois", "1 an", "15 mois"]))]})
        S.append(budget_fr(c, r, partons_label, "7. Budget prévisionnel du projet", cerfa=True))
        S.append({"heading": "8. Attestations", "kind": "attest", "text":
                  f"Je soussigné(e), {pres['name']}, représentant(e) légal(e) de l'association, déclare que l'association est à jour de ses obligations sociales et fiscales (déclarations et paiements correspondants) ; certifie exactes les informations du présent formulaire ; demande une subvention de {m(req)} au titre de l'appel à projets Partons 2.0 (année 2019) ; précise que cette subvention, si elle est accordée, devra être versée au compte bancaire de l'association.",
                  "fields": [F("iban", "IBAN", c["iban"]), F("fait_a", "Fait à", seat["town"]), F("le", "Le", date_str(c["sign_date"], "fr")),
                             F("signature", "Signature", pres["name"])]})
    elif genre == "commune":
        mairie = r.choice([town, seat["town"]])
        spec["title"] = "Dossier de demande de subvention – Associations"
        spec["issuer"] = f"Commune de {mairie} – Service Vie associative"
        spec["intro"] = [
            f"Exercice 2019. Le dossier complet est à retourner en mairie. Pour les subventions municipales, le montant maximum accordé par association est de {money(1500 + 500 * r.randint(0, 3), 'fr', 1)}.",
            "Dossier également utilisé par l'association pour l'appel à projets transfrontalier « Partons 2.0 » (plafond 10 000 € par projet).",
        ]
        S.append({"heading": "I. Renseignements concernant l'association", "fields": [
            F("nom_association", "Nom de l'association", c["org"]), F("sigle", "Sigle", c["sigle"]),
            F("adresse_siege", "Adresse du siège", f"{addr_line(seat, 'fr')}, {seat['pc']} {seat['town']}"),
            F("adresse_corresp", "Adresse postale (si différente)", f"{addr_line(corr, 'fr')}, {corr['pc']} {corr['town']}" if corr else ""),
            F("tel_fixe", "Téléphone de l'association", ph(c["org_phone"])), F("mel", "Adresse e-mail de l'association", c["org_email"]),
            F("siret", "N° SIRET", c["siret"]), F("rna", "N° RNA (W...)", c["rna"]), F("ape", "Code APE", c["ape"]),
            F("declaration", "Date de déclaration en sous-préfecture", date_str(c["jo_date"], "fr"))]})
        bureau = []
        for role, p in (("President", pres), ("Tresorier", c["treasurer"]), ("Secretaire", c["secretary"])):
            lab = {"President": "Président(e)", "Tresorier": "Trésorier(ère)", "Secretaire": "Secrétaire"}[role]
            bureau += [F(f"{role}_nom", f"{lab} – Nom et prénom", p["name"]),
                       F(f"{role}_adresse", f"{lab} – Adresse", f"{addr_line(p['addr'], 'fr')}, {p['addr']['pc']} {p['addr']['town']}"),
                       F(f"{role}_tel", f"{lab} – Tél.", ph(p["phone"]))]
        S.append({"heading": "II. Composition du bureau", "fields": bureau})
        S.append({"heading": "III. Personne à contacter pour ce dossier", "fields": [
            F("correspondant_nom", "Nom, prénom", ct["name"]), F("correspondant_qualite", "Qualité", r.choice(["Responsable du projet", "Membre actif", "Secrétaire adjointe"])),
            F("correspondant_tel", "Téléphone portable", ph(ct["phone"])), F("correspondant_mail", "Courriel", ct["email"])]})
        S.append({"heading": "IV. Activités – projet pour lequel la subvention est demandée", "fields": [
            F("titre_projet", "Titre du projet", c["project_title"]), F("description", "Description succincte", desc_fr(c, r), multi=True),
            F("calendrier", "Calendrier", f"du {date_str(c['start'], 'fr')} au {date_str(c['end'], 'fr')}"),
            F("nb_benevoles", "Nombre de bénévoles mobilisés", c["volunteers"])]})
        S.append(budget_fr(c, r, partons_label, "V. Budget prévisionnel de l'action"))
        S.append({"heading": "VI. Montant sollicité", "fields": [
            F("montant_sollicite", "Montant de la subvention sollicitée pour ce projet (Partons 2.0)", m(req)),
            F("subv_n1", "Subvention municipale obtenue l'année précédente", m(D(r.choice([300, 450, 600, 800]))))]})
        S.append({"heading": "VII. Attestation sur l'honneur", "kind": "attest", "text":
                  f"Je soussigné(e) {pres['name']}, président(e) de l'association {c['org']}, certifie l'exactitude des renseignements fournis et sollicite une subvention de {m(req)} pour le projet décrit ci-dessus.",
                  "fields": [F("fait_a", "Fait à", seat["town"]), F("le", "le", date_str(c["sign_date"], "fr", 2)), F("signature", "Signature du président", pres["name"])]})
        S.append({"heading": "Cadre réservé à l'administration", "kind": "reserved", "fields": [
            F("adm_recu", "Dossier reçu le", ""), F("adm_montant", "Montant attribué", ""), F("adm_delib", "Délibération n°", "")]})
    elif genre == "caf":
        spec["title"] = "Demande de financement – Projets à l'initiative des habitants"
        spec["issuer"] = "Caisse d'Allocations Familiales du Nord – Action sociale (modèle de dossier)"
        spec["intro"] = ["Les aides de la CAF ne peuvent excéder 80 % du coût total du projet. Joindre un RIB, les statuts et le dernier compte rendu d'AG.",
                         "Dossier réutilisé pour l'appel à projets « Partons 2.0 » – Westhoek / Nord (aide maximale : 10 000 €)."]
        S.append({"heading": "Le porteur du projet", "fields": [
            F("porteur", "Structure porteuse", c["org"]), F("statut", "Statut juridique", "Association loi 1901"),
            F("siret", "SIRET", c["siret"]), F("rna", "N° RNA", c["rna"]),
            F("n_partenaire", "N° partenaire CAF (si connu)", "".join(str(r.randint(0, 9)) for _ in range(7))),
            F("siege", "Siège social", f"{addr_line(seat, 'fr')} – {seat['pc']} {seat['town']}"),
            F("adresse_courrier", "Adresse où adresser le courrier", f"{addr_line(corr, 'fr')} – {corr['pc']} {corr['town']}" if corr else "idem siège"),
            F("tel", "Tél. structure", ph(c["org_phone"]))]})
        S.append({"heading": "Responsables", "fields": [
            F("resp_legal", "Responsable légal (nom, qualité)", f"{pres['name']}, président(e)"),
            F("resp_legal_tel", "Tél.", ph(pres["phone"])),
            F("resp_dossier", "Personne chargée du suivi du dossier", ct["name"]),
            F("resp_dossier_tel", "Tél. (portable de préférence)", ph(ct["phone"])),
            F("resp_dossier_mail", "Adresse électronique", ct["email"])]})
        S.append({"heading": "Le projet", "fields": [
            F("intitule", "Intitulé du projet", c["project_title"]), F("territoire", "Territoire concerné", f"{town} et communes voisines"),
            F("constat", "Constat / besoins repérés", desc_fr(c, r), multi=True),
            F("habitants", "Comment les habitants sont-ils associés ?", "Réunions ouvertes, questionnaire distribué dans les boîtes aux lettres, groupe de bénévoles.", multi=True),
            F("debut", "Date de début", date_str(c["start"], "fr")), F("fin", "Date de fin", date_str(c["end"], "fr"))]})
        S.append(budget_fr(c, r, partons_label, "Budget prévisionnel du projet"))
        S.append({"heading": "Engagement", "kind": "attest", "text":
                  f"Je soussigné(e) {pres['name']}, agissant en qualité de représentant(e) légal(e), certifie sur l'honneur l'exactitude des informations et sollicite une subvention de {m(req)} au titre de l'appel à projets Partons 2.0.",
                  "fields": [F("date_sign", "Date", date_str(c["sign_date"], "fr")), F("signature", "Nom et signature", pres["name"])]})
    else:  # fondation
        spec["title"] = "Dossier de candidature"
        spec["issuer"] = r.choice(["Fondation des Monts de Flandre – Appel à projets « Vivre ensemble au village »", "Fonds de dotation du Houtland – Initiatives citoyennes"])
        spec["intro"] = ["Dotation de la Fondation : de 1 000 à 5 000 € par lauréat. Les projets peuvent être cofinancés.",
                         "Ce dossier est transmis tel quel pour l'appel à projets Partons 2.0 (jusqu'à 10 000 € par projet)."]
        S.append({"heading": "A. L'organisme porteur", "fields": [
            F("org_nom", "Dénomination", c["org"]), F("org_sigle", "Sigle / acronyme", c["sigle"]),
            F("org_siret", "SIRET", c["siret"]), F("org_rna", "RNA", c["rna"]),
            F("org_adresse", "Adresse du siège", addr_line(seat, "fr")), F("org_cp_ville", "Code postal et ville", f"{seat['pc']} {seat['town']}"),
            F("org_adresse2", "Adresse de correspondance (si différente)", f"{addr_line(corr, 'fr')}, {corr['pc']} {corr['town']}" if corr else ""),
            F("org_tel", "Téléphone", ph(c["org_phone"])), F("org_email", "E-mail", c["org_email"]),
            F("org_creation", "Date de création", date_str(c["jo_date"], "fr")),
            F("org_budget_annuel", "Budget annuel de l'association (dernier exercice)", m(D(r.randint(8, 60) * 500)))]})
        S.append({"heading": "B. Le président ou représentant légal", "fields": [
            F("pres_nom", "Nom et prénom", pres["name"]), F("pres_tel", "Téléphone", ph(pres["phone"])), F("pres_email", "E-mail", pres["email"])]})
        S.append({"heading": "C. Le responsable du projet (interlocuteur de la Fondation)", "fields": [
            F("resp_nom", "Nom et prénom", ct["name"]), F("resp_fonction", "Fonction dans l'association", r.choice(["Secrétaire", "Bénévole référent", "Administratrice"])),
            F("resp_tel", "Téléphone", ph(ct["phone"])), F("resp_email", "E-mail", ct["email"])]})
        S.append({"heading": "D. Le projet", "fields": [
            F("projet_titre", "Nom du projet", c["project_title"]), F("projet_resume", "Résumé du projet (10 lignes max.)", desc_fr(c, r), multi=True),
            F("projet_benef", "Nombre de bénéficiaires attendus", r.choice([40, 60, 120, 200, 350])),
            F("projet_calendrier", "Calendrier", f"{date_str(c['start'], 'fr')} – {date_str(c['end'], 'fr')}")]})
        S.append(budget_fr(c, r, partons_label, "E. Plan de financement"))
        S.append({"heading": "F. Montant demandé", "fields": [
            F("montant_demande", "Montant demandé (appel à projets Partons 2.0)", m(req)),
            F("pct", "Part du budget total", "" if no_total else f"{(D(req) * 100 / D(c['total'])).quantize(D('1'))} %")]})
        S.append({"heading": "G. Attestation sur l'honneur", "kind": "attest", "text":
                  f"Je soussigné(e), {pres['name']}, représentant(e) légal(e) de {c['org']}, certifie exactes les informations du présent dossier et sollicite une subvention de {m(req)}.",
                  "fields": [F("lieu", "Lieu", seat["town"]), F("date", "Date", date_str(c["sign_date"], "fr")), F("sig", "Signature", pres["name"])]})
    return spec


def desc_fr(c, r):
    t = c["town"]
    return r.choice([
        f"Créer à {t} un lieu et un moment où les habitants se retrouvent. Le projet a été imaginé lors de deux réunions publiques (une quarantaine de participants) et sera porté par un groupe de {c['volunteers']} bénévoles.",
        f"Les habitants de {t} ont exprimé le besoin de se rencontrer davantage. Nous voulons associer les familles, les aînés et les jeunes à la conception et à l'animation du projet, avec l'appui d'un animateur participatif.",
        f"Répondre au manque de services de proximité au village, en s'appuyant sur les bénévoles de l'association et les commerçants locaux. Une enquête auprès des habitants sera réalisée en septembre.",
    ])


def budget_fr(c, r, partons_label, heading, cerfa=False):
    ms = c["money_style"]
    m = lambda v: money(v, "fr", 2 if ms in (0, 1) else ms)
    if c.get("no_total"):
        return {"heading": heading, "kind": "note_budget",
                "text": "Budget détaillé en cours d'élaboration avec les habitants (devis demandés) ; il sera transmis au plus tard début septembre. Seul le montant sollicité est indiqué à ce stade.",
                "fields": [F("subv_partons", partons_label, m(c["requested"]))]}
    charges = []
    # group charges by account family
    fam = {"60": "60 - Achats", "61": "61 - Services extérieurs", "62": "62 - Autres services extérieurs"}
    for code, lab, amt in sorted(c["charges"], key=lambda x: x[0]):
        charges.append((code, lab, m(amt)))
    charges.append(("63", "63 - Impôts et taxes", ""))
    charges.append(("64", "64 - Charges de personnel", ""))
    charges.append(("65", "65 - Autres charges de gestion courante", ""))
    charges.append(("68", "68 - Dotations aux amortissements", ""))
    produits = [("70", "70 - Vente de produits finis, prestations de services (participation des usagers)", m(c["own"]) if r.random() < 0.5 else "")]
    own_in_70 = produits[0][2] != ""
    produits.append(("74", "74 - Subventions d'exploitation", ""))
    fixed = {"Région Hauts-de-France": "", "Département du Nord": "", "Commune(s) :": ""}
    other = {l.split(" :")[0] if l.startswith("Commune") else l: a for _, l, a in c["other_income"]}
    lines74 = []
    for key in ["Région Hauts-de-France", "Département du Nord", "Commune(s)"]:
        v = other.pop(key, None)
        lab = key if key != "Commune(s)" else f"Commune(s) : {c['town']}"
        lines74.append(("74", "  " + lab, m(v) if v is not None else ""))
    lines74.append(("74", "  " + partons_label, m(c["requested"])))
    for k, v in other.items():
        if k.startswith("Fondation"):
            k = "Fondation : Fondation des Monts (mécénat local)"
        lines74.append(("74", "  " + k, m(v)))
    lines74.append(("74", "  Autres établissements publics", ""))
    r.shuffle(lines74[:0])
    produits += lines74
    produits.append(("75", "75 - Autres produits de gestion courante (cotisations, dons manuels)", "" if own_in_70 else m(c["own"])))
    produits.append(("76", "76 - Produits financiers", ""))
    out = {"heading": heading, "kind": "budget", "lang": "fr",
           "charges_title": "CHARGES", "produits_title": "PRODUITS",
           "charges": charges, "produits": produits,
           "total_label_c": "TOTAL DES CHARGES", "total_label_p": "TOTAL DES PRODUITS",
           "total": m(c["total"]), "note": r.choice(["Montants en euros.", "Le total des charges doit être égal au total des produits."])}
    if cerfa or r.random() < 0.4:
        ben = D(c["volunteers"] * r.choice([20, 30, 40]) * 10)
        out["inkind"] = [("86", "86 - Emplois des contributions volontaires en nature (bénévolat, mise à disposition de locaux)", m(ben)),
                         ("87", "87 - Contributions volontaires en nature (bénévolat, prestations en nature)", m(ben)),
                         ("TOT", "TOTAL (y compris contributions volontaires)", m(D(c["total"]) + ben))]
    return out


# ----------------------------------------------------------------------------
# Dutch genres
# ----------------------------------------------------------------------------

def nl_spec(c, genre):
    r = random.Random(c["seed"])
    ps, ms = c["phone_style"], c["money_style"]
    m = lambda v: money(v, "nl", ms)
    ph = lambda v: fmt_phone(v, ps)
    pres, ct, tre, sec = c["president"], c["contact"], c["treasurer"], c["secretary"]
    seat, corr, town = c["seat"], c["corr"], c["town"]
    req = c["requested"]
    no_phone = c.get("no_phone")
    spec = {"lang": "nl", "genre": genre, "sections": []}
    S = spec["sections"]
    gem = r.choice([town, seat["town"]])
    seat_label = "Maatschappelijke zetel" if c["legal"] == "vzw" else "Adres van de vereniging (zetel)"
    org_phone = "" if no_phone else ph(c["org_phone"])
    if genre == "gemeente_project":
        spec["title"] = "Aanvraagformulier projectsubsidie"
        spec["issuer"] = f"Gemeente {gem} – dienst Vrije Tijd"
        spec["intro"] = [f"Reglement projectsubsidies (gemeenteraad {r.randint(1, 28)}/{r.randint(1, 12)}/2017). De gemeentelijke projectsubsidie bedraagt maximaal {money(2500, 'nl', 0)} per project en maximaal 50% van de kosten.",
                         "Dit formulier wordt door de vereniging ook gebruikt voor de projectenoproep ‘Maak werk van je buurt!’ (Partons 2.0) – max. 10 000 euro per project."]
        S.append({"heading": "1. Gegevens van de vereniging", "fields": [
            F("naam_vereniging", "Naam van de vereniging", c["org"]), F("rechtsvorm", "Rechtsvorm", c["legal"]),
            F("ondernemingsnummer", "Ondernemingsnummer (KBO)", c["kbo"] or "n.v.t. (feitelijke vereniging)"),
            F("zetel_straat", f"{seat_label} – straat en nummer", addr_line(seat, "nl")),
            F("zetel_postcode", "Postcode", seat["pc"]), F("zetel_gemeente", "Gemeente", seat["town"]),
            F("corr_adres", "Correspondentieadres (indien verschillend van de zetel)", f"{addr_line(corr, 'nl')}, {corr['pc']} {corr['town']}" if corr else ""),
            F("tel_vereniging", "Telefoon vereniging", org_phone), F("email_vereniging", "E-mail vereniging", c["org_email"]),
            F("iban", "Rekeningnummer (IBAN)", c["iban"]), F("bic", "BIC", c["bic"]), F("rekeninghouder", "Rekeninghouder", c["org"])]})
        S.append({"heading": "2. Gegevens van de verantwoordelijke / contactpersoon voor dit project", "fields": [
            F("contact_naam", "Naam en voornaam", f"{ct['last']} {ct['first']}" if r.random() < 0.4 else ct["name"]),
            F("contact_functie", "Functie in de vereniging", r.choice(["projectverantwoordelijke", "secretaris", "bestuurslid", "vrijwilliger-coördinator"])),
            F("contact_adres", "Adres", f"{addr_line(ct['addr'], 'nl')}, {ct['addr']['pc']} {ct['addr']['town']}"),
            F("contact_gsm", "GSM", "" if no_phone else ph(ct["phone"])), F("contact_email", "E-mail", ct["email"])]})
        for key, lab, p in (("voorzitter", "Voorzitter", pres), ("secretaris", "Secretaris", sec), ("penningmeester", "Penningmeester", tre)):
            S.append({"heading": lab, "fields": [F(f"{key}_naam", "Naam", p["name"]),
                                                  F(f"{key}_adres", "Adres", f"{addr_line(p['addr'], 'nl')}, {p['addr']['pc']} {p['addr']['town']}"),
                                                  F(f"{key}_tel", "Telefoon", "" if no_phone else ph(p["phone"])), F(f"{key}_email", "E-mail", p["email"])], "compact": True})
        S.append({"heading": "3. Het project", "fields": [
            F("projecttitel", "Titel van het project", c["project_title"]),
            F("omschrijving", "Korte omschrijving (doel, doelgroep, hoe worden de bewoners betrokken?)", desc_nl(c, r), multi=True),
            F("locatie", "Plaats", town), F("periode", "Periode", f"van {date_str(c['start'], 'nl')} tot {date_str(c['end'], 'nl')}"),
            F("partners", "Partners", r.choice(["gemeente, parochieteam, lokale handelaars", "basisschool, seniorenraad, jeugdhuis", "OCMW, buurtcomités, landbouwers uit het dorp"]))]})
        S.append(budget_nl(c, r, "4. Begroting"))
        S.append({"heading": "5. Gevraagde subsidie", "fields": [F("gevraagde_subsidie", "Gevraagde subsidie (Partons 2.0 – Maak werk van je buurt!)", m(req))]})
        S.append({"heading": "6. Verklaring op eer", "kind": "attest",
                  "text": "Ondergetekende verklaart op eer dat dit formulier volledig en naar waarheid werd ingevuld en dat de vereniging voor dezelfde kosten geen dubbele subsidie ontvangt.",
                  "fields": [F("datum", "Datum", date_str(c["sign_date"], "nl")), F("akkoord", "Voor akkoord, naam + handtekening (voorzitter)", pres["name"])]})
    elif genre == "provincie":
        spec["title"] = "Aanvraag subsidie – projecten leefbaarheid"
        spec["issuer"] = "Provincie West-Vlaanderen – aanvraagformulier (model)"
        spec["intro"] = ["Stuur dit formulier vóór 16 juni 2019 naar de projectcoördinator Partons 2.0 (per post of per e-mail).",
                         "Financiële bijdrage: maximaal 10 000 euro per project; in totaal 100 000 euro voor 10 lokale initiatieven."]
        S.append({"heading": "A. Aanvrager", "fields": [
            F("Aanvrager_Naam", "Naam organisatie", c["org"]), F("Aanvrager_Vorm", "Juridisch statuut", c["legal"]),
            F("Aanvrager_KBO", "Ondernemingsnummer", c["kbo"] or "–"),
            F("Aanvrager_Straat", "Straat + nr. (maatschappelijke zetel)", addr_line(seat, "nl")),
            F("Aanvrager_PC", "Postcode", seat["pc"]), F("Aanvrager_Gemeente", "Gemeente", seat["town"]),
            F("Aanvrager_Postadres", "Postadres (indien anders)", f"{addr_line(corr, 'nl')}, {corr['pc']} {corr['town']}" if corr else ""),
            F("Aanvrager_Tel", "Telefoon", org_phone), F("Aanvrager_Website", "Website", "")]})
        S.append({"heading": "B. Wettelijk vertegenwoordiger", "fields": [
            F("Vertegenwoordiger_Naam", "Naam", pres["name"]), F("Vertegenwoordiger_Functie", "Functie", "voorzitter"),
            F("Vertegenwoordiger_Tel", "Telefoon", "" if no_phone else ph(pres["phone"]))]})
        S.append({"heading": "C. Contactpersoon (dossierbeheerder)", "fields": [
            F("Contact_Naam", "Naam", ct["name"]), F("Contact_Tel", "Telefoon / gsm", "" if no_phone else ph(ct["phone"])),
            F("Contact_Email", "E-mail", ct["email"])]})
        S.append({"heading": "D. Bankgegevens", "fields": [F("Bank_IBAN", "IBAN", c["iban"]), F("Bank_BIC", "BIC", c["bic"]), F("Bank_Houder", "Op naam van", c["org"])]})
        S.append({"heading": "E. Projectvoorstel", "fields": [
            F("Project_Titel", "Projecttitel", c["project_title"]), F("Project_Omschrijving", "Omschrijving", desc_nl(c, r), multi=True),
            F("Project_Participatie", "Participatieve aanpak", "Bewonersavond, bevraging via de dorpskrant, werkgroep van vrijwilligers.", multi=True),
            F("Project_Start", "Startdatum", date_str(c["start"], "nl")), F("Project_Einde", "Einddatum", date_str(c["end"], "nl"))]})
        S.append(budget_nl(c, r, "F. Financieel plan"))
        S.append({"heading": "G. Ondertekening", "kind": "attest",
                  "text": f"De aanvrager verklaart op eer dat de gegevens correct zijn en vraagt een bijdrage van {m(req)} aan in het kader van Partons 2.0.",
                  "fields": [F("Onderteken_Plaats", "Plaats", seat["town"]), F("Onderteken_Datum", "Datum", date_str(c["sign_date"], "nl", 1)),
                             F("Onderteken_Naam", "Naam en handtekening", pres["name"])]})
    elif genre == "werking":
        spec["title"] = "Aanvraag werkingssubsidie en projectsubsidie erkende verenigingen"
        spec["issuer"] = f"Gemeentebestuur {gem} – Vrijetijdsdienst"
        spec["intro"] = [f"In te dienen vóór 31 maart voor de werkingssubsidie. Het krediet voor werkingssubsidies bedraagt {money(45000, 'nl', 0)} en wordt verdeeld volgens een puntensysteem.",
                         "Deel C wordt gebruikt voor een projectaanvraag bij de oproep ‘Maak werk van je buurt!’."]
        S.append({"heading": "Deel A – Identificatie van de vereniging", "fields": [
            F("vereniging", "Naam vereniging", c["org"]), F("erkenningsnr", "Erkenningsnummer gemeente", f"{r.randint(2010, 2018)}/{r.randint(1, 120):03d}"),
            F("kbo", "KBO-nummer", c["kbo"] or ""), F("opgericht", "Opgericht in", c["founded"]),
            F("zetel", seat_label, f"{addr_line(seat, 'nl')}, {seat['pc']} {seat['town']}"),
            F("correspondentieadres", "Correspondentieadres", f"{addr_line(corr, 'nl')}, {corr['pc']} {corr['town']}" if corr else "zelfde als zetel"),
            F("leden", "Aantal leden", c["members"]), F("rekening", "Rekeningnummer", c["iban"])]})
        S.append({"heading": "Deel B – Bestuur", "kind": "board", "fields": [
            F("voorzitter_naam", "Voorzitter", pres["name"]), F("voorzitter_adres", "Adres voorzitter", f"{addr_line(pres['addr'], 'nl')}, {pres['addr']['pc']} {pres['addr']['town']}"),
            F("voorzitter_tel", "Tel. voorzitter", "" if no_phone else ph(pres["phone"])),
            F("secretaris_naam", "Secretaris", sec["name"]), F("secretaris_adres", "Adres secretaris", f"{addr_line(sec['addr'], 'nl')}, {sec['addr']['pc']} {sec['addr']['town']}"),
            F("secretaris_tel", "Tel. secretaris", "" if no_phone else ph(sec["phone"])), F("secretaris_mail", "E-mail secretaris", sec["email"]),
            F("penningmeester_naam", "Penningmeester", tre["name"]), F("penningmeester_tel", "Tel. penningmeester", "" if no_phone else ph(tre["phone"]))]})
        S.append({"heading": "Deel C – Projectaanvraag", "fields": [
            F("contactpersoon", "Contactpersoon voor deze aanvraag", ct["name"]),
            F("contact_gsm", "Gsm contactpersoon", "" if no_phone else ph(ct["phone"])), F("contact_mail", "E-mail contactpersoon", ct["email"]),
            F("project", "Naam van het project", c["project_title"]), F("inhoud", "Inhoud en doelstelling", desc_nl(c, r), multi=True),
            F("wanneer", "Wanneer", f"{date_str(c['start'], 'nl', 2)} – {date_str(c['end'], 'nl', 2)}")]})
        S.append(budget_nl(c, r, "Deel D – Begroting van het project"))
        S.append({"heading": "Deel E – Verklaring op eer", "kind": "attest",
                  "text": f"Wij verklaren op eer dat alle gegevens juist zijn. Voor dit project vragen wij een subsidie van {m(req)}.",
                  "fields": [F("datum", "Datum", date_str(c["sign_date"], "nl")), F("handtekening_voorzitter", "Voor akkoord, naam + handtekening voorzitter", pres["name"]),
                             F("handtekening_secretaris", "Naam + handtekening secretaris", sec["name"])]})
    else:  # cultuurraad / adviesraad
        spec["title"] = "Subsidieaanvraag initiatieven van verenigingen"
        spec["issuer"] = f"Cultuurraad {gem} (erkende adviesraad)"
        spec["intro"] = ["Alleen volledig ingevulde formulieren worden behandeld. Maximale toelage van de cultuurraad: 750 euro per initiatief.",
                         "Ingediend bij de projectenoproep Partons 2.0 ‘Maak werk van je buurt!’ (bijdrage tot 10 000 euro)."]
        S.append({"heading": "Vereniging", "fields": [
            F("txtNaam", "Naam", c["org"]), F("txtStatuut", "Statuut", c["legal"]), F("txtKBO", "Ondernemingsnr.", c["kbo"] or ""),
            F("txtAdres", seat_label, addr_line(seat, "nl")), F("txtPostcode", "Postcode", seat["pc"]), F("txtGemeente", "Gemeente", seat["town"]),
            F("txtTel", "Vast telefoonnummer", org_phone), F("txtIBAN", "IBAN", c["iban"])]})
        if corr:
            S[-1]["fields"].insert(6, F("txtPostadres", "Briefwisseling sturen naar", f"{addr_line(corr, 'nl')}, {corr['pc']} {corr['town']}"))
        S.append({"heading": "Contactpersoon", "fields": [
            F("txtContact", "Naam contactpersoon", ct["name"]), F("txtContactAdres", "Adres", f"{addr_line(ct['addr'], 'nl')}, {ct['addr']['pc']} {ct['addr']['town']}"),
            F("txtContactGSM", "GSM", "" if no_phone else ph(ct["phone"])), F("txtContactMail", "E-mail", ct["email"])]})
        S.append({"heading": "Voorzitter", "fields": [F("txtVoorzitter", "Naam", pres["name"]), F("txtVoorzitterTel", "Telefoon", "" if no_phone else ph(pres["phone"]))], "compact": True})
        S.append({"heading": "Penningmeester", "fields": [F("txtPenning", "Naam", tre["name"]), F("txtPenningTel", "Telefoon", "" if no_phone else ph(tre["phone"]))], "compact": True})
        S.append({"heading": "Initiatief", "fields": [
            F("txtTitel", "Titel initiatief", c["project_title"]), F("txtOmschrijving", "Omschrijving", desc_nl(c, r), multi=True),
            F("txtDatum", "Datum/periode", f"vanaf {date_str(c['start'], 'nl')}")]})
        S.append(budget_nl(c, r, "Begroting"))
        S.append({"heading": "Ondertekening", "kind": "attest",
                  "text": f"Ondergetekende vraagt namens de vereniging een subsidie aan van {m(req)} en verklaart op eer dat de gegevens juist zijn.",
                  "fields": [F("txtOndDatum", "Datum", date_str(c["sign_date"], "nl")), F("txtOndNaam", "Naam + handtekening", pres["name"])]})
    return spec


def desc_nl(c, r):
    t = c["town"]
    return r.choice([
        f"Met de bewoners van {t} willen we een plek creëren waar jong en oud elkaar ontmoeten. Het idee groeide op een bewonersavond met een 40-tal aanwezigen; een groep van {c['volunteers']} vrijwilligers trekt het project.",
        f"In {t} verdwijnen de voorzieningen. Samen met de buren, de school en de lokale handelaars werken we een gedragen project uit, met begeleiding van een participatie-expert.",
        f"We bevragen eerst alle gezinnen in het dorp (enquête in de dorpskrant), daarna werken we het project samen uit tijdens twee werkavonden en een feestelijke opening in het voorjaar.",
    ])


def budget_nl(c, r, heading):
    ms = c["money_style"]
    m = lambda v: money(v, "nl", 1 if ms in (0, 1) else ms)
    uit = [(code, lab, m(a)) for code, lab, a in c["charges"]]
    inn = [("I1", "Eigen inbreng vereniging (kas, ledenbijdragen, opbrengst activiteiten)", m(c["own"]))]
    for i, (_, lab, a) in enumerate(c["other_income"]):
        inn.append((f"I{i + 2}", lab, m(a)))
    partons = r.choice(["Gevraagde subsidie Partons 2.0", "Projectenoproep ‘Maak werk van je buurt!’ (gevraagd)", "Gevraagde subsidie (deze aanvraag)", "Bijdrage Partons 2.0 / Provincie West-Vlaanderen"])
    pos = r.randint(1, len(inn))
    inn.insert(pos, ("IP", partons, m(c["requested"])))
    return {"heading": heading, "kind": "budget", "lang": "nl",
            "charges_title": r.choice(["UITGAVEN", "Uitgaven", "Kosten"]), "produits_title": r.choice(["INKOMSTEN", "Inkomsten", "Opbrengsten"]),
            "charges": uit, "produits": inn,
            "total_label_c": "Totaal uitgaven", "total_label_p": "Totaal inkomsten", "total": m(c["total"]),
            "note": r.choice(["Bedragen in euro, inclusief btw.", "Uitgaven en inkomsten moeten in evenwicht zijn.", "Voeg offertes toe indien beschikbaar."])}


def make_spec(c, genre):
    return fr_spec(c, genre) if c["lang"] == "fr" else nl_spec(c, genre)
