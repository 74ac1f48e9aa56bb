# Generates letter sources (python-docx) + case specs; seeded.
import json, random, os
from docx import Document
from docx.shared import Pt
R = random.Random(20190616)
OUT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(OUT, 'build', 'src'); os.makedirs(SRC, exist_ok=True)

BE = [("Poperinge","8970"),("Ieper","8900"),("Diksmuide","8600"),("Veurne","8630"),("Alveringem","8690"),
      ("Kemmel","8956"),("Lo-Reninge","8647"),("Westvleteren","8640"),("Langemark","8920"),("Zonnebeke","8980"),
      ("Houthulst","8650"),("Mesen","8957"),("Proven","8972"),("Reninge","8647"),("Watou","8978"),("Stavele","8691"),
      ("Nieuwkapelle","8600"),("Loker","8958"),("Elverdinge","8906"),("Merkem","8650")]
FR = [("Hondschoote","59122"),("Bambecque","59470"),("Uxem","59229"),("Bergues","59380"),("Wormhout","59470"),
      ("Steenvoorde","59114"),("Bailleul","59270"),("Cassel","59670"),("Hazebrouck","59190"),("Bourbourg","59630"),
      ("Esquelbecq","59470"),("Rexpoëde","59122"),("Godewaersvelde","59114"),("Boeschèpe","59299"),("Ghyvelde","59254"),
      ("Herzeele","59470"),("Oost-Cappel","59122"),("Killem","59122"),("Ledringhem","59470"),("Zegerscappel","59470")]
NL_FIRST = ["Jan","Els","Marleen","Koen","Bart","Griet","Lieve","Dirk","Annelies","Pieter","Hilde","Wouter","Sofie","Geert","Katrien","Stijn","Nele","Filip","Ingrid","Jozef"]
NL_LAST = ["Peeters","Vandenbussche","Deprez","Lefevere","Vanhove","Decroos","Verhaeghe","Dewulf","Lermytte","Vandamme","Desmyter","Baert","Coene","Maes","Vanneste","Debruyne","Tyberghein","Ghesquière","Dumortier","Vercruysse"]
FR_FIRST = ["Marie","Jean-Pierre","Sylvie","Thierry","Nathalie","Bernard","Isabelle","Christophe","Martine","Didier","Sandrine","Patrick","Véronique","Hervé","Céline","Olivier","Brigitte","Laurent","Chantal","Franck"]
FR_LAST = ["Vandaele","Dequidt","Lemaire","Deschodt","Verhaeghe","Blondé","Debaecker","Coudeville","Vanpeperstraete","Bultel","Decool","Lebleu","Hennebelle","Dewaele","Gryson","Maes","Delattre","Ryckebusch","Vermersch","Lheureux"]
NL_STREETS = ["Kerkstraat","Dorpsplein","Veurnestraat","Hoogstraat","Abeelseweg","Bellestraat","Boezingestraat","Sint-Jansstraat","Molenstraat","Kasteelstraat","Hopstraat","Lindeweg","Kemmelseweg","Oude Bergstraat","Zuidstraat","Westouterstraat","Pastoor Debruynestraat","Leopoldlaan","Vijverstraat","Schoolstraat"]
FR_STREETS = ["rue de l'Église","place du Général de Gaulle","rue des Moulins","chemin du Kruysstraete","rue de Bergues","rue du Maréchal Foch","allée des Tilleuls","rue de la Gare","route de Wormhout","impasse des Jardins","rue Pasteur","rue du Château","rue de Dunkerque","chemin des Meuniers","rue Jean Jaurès","rue des Écoles","place Saint-Martin","rue de Cassel","rue Nationale","rue du Houtland"]
NL_ORGS = ["Femma Proven","Ouderraad basisschool De Klimop","Jeugdhuis 't Kombuis","Buurtcomité De Vierweg","Dorpsraad Loker","KWB Elverdinge","Landelijke Gilde Stavele","Vzw Hopland","Samenlevingsopbouw De Zandkreek","Chiro Sint-Jan","Feestcomité Oud-Watou","Vzw Moestuin 't Wallemansveld","Toneelkring De Vrije Spelers","Gezinsbond Merkem","Buurtwerking Den Akker"]
FR_ORGS = ["Comité des fêtes de Bambecque","Amicale laïque d'Hondschoote","Les Jardins d'Uxem","Association Les Amis du Moulin","Foyer rural de Killem","Collectif Vivre à Herzeele","Association Familles Rurales de Ledringhem","Club des aînés Les Hirondelles","Association Les Petits Potagers","Comité de quartier du Houtland","Les Bénévoles du Blootland","Association Cassel Solidaire","Union des parents d'élèves de Rexpoëde","Collectif Zegers'Culture","Association Bourbourg en Transition"]
NL_PROJ = [("Dorpsontmoetingspunt in de oude pastorij","een dorpsontmoetingspunt in de oude pastorij"),("Samen tuinieren op 't Wallemansveld","een gemeenschappelijke moestuin"),("Straatmeesters voor onze wijk","een netwerk van straatmeesters"),("Boerenmarkt op het dorpsplein","een maandelijkse boerenmarkt"),("Vrijwillige chauffeurs Westhoek","een groep vrijwillige chauffeurs voor minder mobiele dorpsgenoten"),("Speelplein De Klimop","een natuurlijke speelplaats"),("Buurtbib in de oude telefooncel","een buurtbibliotheek"),("Repair Café Elverdinge","een maandelijks repair café"),("Zitbanken en bloemenweide","zitbanken en een bloemenweide langs de kerkwegel"),("Ons dorpscafé blijft open","een coöperatief dorpscafé")]
FR_PROJ = [("Un verger partagé pour tous","un verger partagé"),("Le Café des voisins","un café associatif"),("Les Jardins d'Uxem","des jardins familiaux"),("Bouger ensemble","un transport solidaire pour les personnes âgées"),("Marché de producteurs du Houtland","un marché mensuel de producteurs locaux"),("Une aire de jeux au cœur du village","une aire de jeux pour les enfants"),("Boîte à livres et coin lecture","une boîte à livres et un coin lecture"),("Repair café intergénérationnel","un repair café intergénérationnel"),("Fleurir nos rues","le fleurissement participatif des rues"),("Le Moulin en fête","la mise en valeur du moulin et de son jardin")]

NUM_FR = {5000:"cinq mille",6000:"six mille",6500:"six mille cinq cents",7000:"sept mille",7500:"sept mille cinq cents",8000:"huit mille",8500:"huit mille cinq cents",9000:"neuf mille",9500:"neuf mille cinq cents",10000:"dix mille",4000:"quatre mille",4500:"quatre mille cinq cents",3000:"trois mille"}

def nl_money(v, style):
    i = int(v); c = round((v - i) * 100)
    s = f"{i:,}".replace(",", ".")
    if style == 0: return f"{s} euro" if c == 0 else f"{s},{c:02d} euro"
    if style == 1: return f"€ {s},-" if c == 0 else f"€ {s},{c:02d}"
    if style == 2: return f"{s},{c:02d} EUR"
    return f"€{s}" if c == 0 else f"€{s},{c:02d}"
def fr_money(v, style):
    i = int(v); c = round((v - i) * 100)
    s = f"{i:,}".replace(",", " ")
    if style == 0: return f"{s} €" if c == 0 else f"{s},{c:02d} €"
    if style == 1: return f"{s} euros" if c == 0 else f"{s},{c:02d} euros"
    if style == 2: return f"{s},{c:02d} €"
    if style == 3 and c == 0 and i in NUM_FR: return f"{NUM_FR[i]} euros ({s} €)"
    return f"{s} €"
def be_phone(mobile):
    if mobile:
        d = "4" + R.choice("5789") + str(R.randint(0, 9)) + "".join(str(R.randint(0, 9)) for _ in range(6))
        disp = R.choice([f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}", f"0{d[:3]} {d[3:6]} {d[6:]}"])
    else:
        d = "57" + "".join(str(R.randint(0, 9)) for _ in range(6))
        disp = R.choice([f"0{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"0{d[:2]}/{d[2:5]}.{d[5:]}"])
    return disp, "+32" + d
def fr_phone(mobile):
    d = (R.choice("67") if mobile else "3") + ("28" if not mobile else str(R.randint(10, 99))) + "".join(str(R.randint(0, 9)) for _ in range(6))
    d = d[:9]
    p = "0" + d
    disp = R.choice([" ".join(p[i:i+2] for i in range(0, 10, 2)), ".".join(p[i:i+2] for i in range(0, 10, 2)), p])
    return disp, "+33" + d
def slug(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return "".join(ch if ch.isalnum() else "." for ch in s).strip(".").replace("..", ".")

cases = []
ORG_MODES = ["header", "letterhead", "signature", "sentence", "quotes", "none"]
CONTACT_MODES = ["letterhead", "signature", "sentence"]
for lang in ("nl", "fr"):
    places = list(BE if lang == "nl" else FR); R.shuffle(places)
    orgs = list(NL_ORGS if lang == "nl" else FR_ORGS); R.shuffle(orgs)
    projs = list(NL_PROJ if lang == "nl" else FR_PROJ)
    for k in range(20):
        fmt = "odt" if k % 2 == 0 else "docx_letter"
        om = ORG_MODES[(k // 2 + (k % 2) * 3) % 6]
        cm = CONTACT_MODES[(k + k // 6) % 3]
        city, pc = places[k]
        if lang == "nl":
            fn, ln = R.choice(NL_FIRST), R.choice(NL_LAST); street = R.choice(NL_STREETS) + " " + str(R.randint(1, 140))
            if R.random() < 0.2: street += R.choice(["A", " bus 2", "b"])
            pdisp, pe164 = be_phone(R.random() < 0.75)
        else:
            fn, ln = R.choice(FR_FIRST), R.choice(FR_LAST); street = str(R.randint(1, 90)) + (" bis" if R.random() < 0.15 else "") + " " + R.choice(FR_STREETS)
            pdisp, pe164 = fr_phone(R.random() < 0.75)
        org = orgs[k % len(orgs)] if om != "none" else None
        email = f"{slug(fn)}.{slug(ln)}@" + R.choice(["example.org", "example.net", "example.com"])
        if org and R.random() < 0.3:
            email = slug(org).replace(".", "")[:18] + "@" + R.choice(["example.org", "example.net"])
        ptitle, pdesc = projs[k % 10]
        has_title = R.random() < 0.6
        total = R.choice([5200, 6800, 7400, 8250, 9200, 10400, 11800, 12500, 13950, 8600, 14300])
        if R.random() < 0.25: total += R.choice([0.5, 0.75, 0.2])
        req = min(10000, R.choice([3000, 4500, 5000, 6000, 6500, 7000, 7500, 8000, 8500, 9000, 10000]))
        if req >= total: req = int(total * 0.8 // 100 * 100)
        own = round(total - req, 2)
        mstyle = R.randint(0, 3)
        cases.append(dict(idx=k, lang=lang, fmt=fmt, om=om, cm=cm, city=city, pc=pc, name=f"{fn} {ln}", street=street,
                          pdisp=pdisp, pe164=pe164, org=org, email=email, ptitle=ptitle, pdesc=pdesc, has_title=has_title,
                          total=total, req=req, own=own, mstyle=mstyle, role=R.choice(["voorzitter", "secretaris", "penningmeester", "contactpersoon"] if lang == "nl" else ["présidente" if fn in ("Marie","Sylvie","Nathalie","Isabelle","Martine","Sandrine","Véronique","Céline","Brigitte","Chantal") else "président", "secrétaire", "trésorier", "responsable du projet"]),
                          date=f"2019-{R.choice(['05','06'])}-{R.randint(2, 14):02d}", quote_style=R.choice(['«»', '""', "“”"])))

def build(c):
    nl = c["lang"] == "nl"
    doc = Document(); st = doc.styles["Normal"]; st.font.name = R.choice(["Liberation Serif", "Liberation Sans", "DejaVu Sans"]); st.font.size = Pt(11)
    P = lambda t="", b=False: (lambda p: (p.add_run(t).__setattr__("bold", b), p)[1])(doc.add_paragraph())
    org, money = c["org"], (nl_money if nl else fr_money)
    addr_lines = [c["street"], f"{c['pc']} {c['city']}"]
    contact_lines = [c["pdisp"] if R.random() < 0.5 else (("Tel. " if nl else "Tél. : ") + c["pdisp"]), c["email"]]
    if c["om"] == "header":
        hp = doc.sections[0].header.paragraphs[0]; hp.text = org + (" – " + c["city"] if R.random() < 0.5 else ""); hp.runs[0].bold = True
    if c["om"] == "letterhead":
        P(org, True)
    if c["cm"] == "letterhead":
        if c["om"] not in ("letterhead",): P(c["name"])
        for l in addr_lines + contact_lines: P(l)
    elif c["om"] == "letterhead" or c["om"] == "header":
        pass
    P()
    P("Provincie West-Vlaanderen – projectoproep Maak werk van je buurt!" if nl else "Appel à projets « Maak werk van je buurt ! » – Partons 2.0")
    P("t.a.v. de coördinator" if nl else "À l'attention du coordinateur")
    y, m, d = c["date"].split("-")
    P((f"{c['city']}, {int(d)} {'mei' if m=='05' else 'juni'} 2019") if nl else (f"{c['city']}, le {int(d)} {'mai' if m=='05' else 'juin'} 2019"))
    q = c["quote_style"]
    title_str = f"{q[0]}{' ' if q[0]=='«' else ''}{c['ptitle']}{' ' if q[0]=='«' else ''}{q[1]}"
    if c["has_title"]:
        r = R.random()
        if r < 0.5: P(("Betreft: aanvraag projectsteun – Titel: " if nl else "Objet : demande de soutien – Projet : ") + c["ptitle"], True)
        else: P(("Betreft: aanvraag projectsteun " if nl else "Objet : candidature pour notre projet ") + title_str, True)
    else:
        P("Betreft: kandidatuur projectoproep" if nl else "Objet : candidature à l'appel à projets", True)
    P()
    P("Geachte," if nl else R.choice(["Madame, Monsieur,", "Bonjour,"]))
    # who applies
    if c["om"] == "sentence":
        s = R.choice([f"De leden van {org} willen graag {c['pdesc']} opzetten in ons dorp.", f"Wij, {org[0].lower()+org[1:] if org.startswith(('Ouderraad','Buurtcomité','Dorpsraad','Feestcomité')) else org}, willen met deze brief {c['pdesc']} voorstellen.", f"Als {org} willen we {c['pdesc']} realiseren."]) if nl else \
            R.choice([f"Notre petite équipe du {org} souhaite mettre en place {c['pdesc']}." if org.startswith(("Comité","Club","Foyer","Collectif")) else f"Notre petite équipe de l'{org} souhaite mettre en place {c['pdesc']}." if org.startswith(("Association","Amicale","Union")) else f"Notre petite équipe, {org}, souhaite mettre en place {c['pdesc']}.",
                      f"Avec les bénévoles de l'{org}, nous voulons créer {c['pdesc']}." if org.startswith(("Association","Amicale","Union")) else f"Avec les bénévoles du {org}, nous voulons créer {c['pdesc']}." if org.startswith(("Comité","Club","Foyer","Collectif")) else f"Avec les bénévoles de {org}, nous voulons créer {c['pdesc']}.",
                      f"Les membres de l'{org} ont le projet de lancer {c['pdesc']}." if org.startswith(("Association","Amicale","Union")) else f"Les membres du {org} ont le projet de lancer {c['pdesc']}." if org.startswith(("Comité","Club","Foyer","Collectif")) else f"Les membres de {org} ont le projet de lancer {c['pdesc']}."])
        if nl and s.startswith("Wij, "): s = f"Wij, {org}, willen met deze brief {c['pdesc']} voorstellen."
        P(s)
    elif c["om"] == "quotes":
        qo = f"{q[0]}{' ' if q[0]=='«' else ''}{org}{' ' if q[0]=='«' else ''}{q[1]}"
        P(f"Met onze vereniging {qo} willen we {c['pdesc']} uitbouwen." if nl else f"Notre collectif {qo} souhaite développer {c['pdesc']}.")
    elif c["om"] == "none":
        P(f"Als inwoner van {c['city']} wil ik samen met enkele buren {c['pdesc']} opstarten." if nl else f"Habitant de {c['city']} depuis quinze ans, je souhaite lancer avec quelques voisins {c['pdesc']}.")
    else:
        P(f"Met deze brief stellen we ons project voor: {c['pdesc']}." if nl else f"Par ce courrier, nous vous présentons notre projet : {c['pdesc']}.")
    P("Het idee groeide tijdens een buurtvergadering in het voorjaar. Verschillende generaties doen mee: jonge gezinnen, gepensioneerden en de lagere school. We rekenen op een twintigtal vrijwilligers en willen iedereen betrekken die in de buurt woont." if nl else
      "L'idée est née lors d'une réunion de voisins au printemps. Plusieurs générations participent : jeunes familles, retraités et l'école du village. Une vingtaine de bénévoles sont prêts à s'investir et nous voulons associer tous les habitants du quartier.")
    ms = c["mstyle"]
    if nl:
        P(R.choice([f"De totale kost schatten we op {money(c['total'], ms)}; {money(c['own'], ms)} brengen we zelf in, zodat we {money(c['req'], ms)} vragen.",
                    f"Het project kost in totaal {money(c['total'], ms)}. Zelf dragen we {money(c['own'], ms)} bij via een eetfestijn en sponsoring. We vragen dus een steun van {money(c['req'], ms)}.",
                    f"Begroting: totaal {money(c['total'], ms)}, eigen inbreng {money(c['own'], ms)}; gevraagde subsidie {money(c['req'], ms)}."]))
    else:
        P(R.choice([f"Le coût total est estimé à {money(c['total'], ms)} ; nous apportons {money(c['own'], ms)} par nos propres moyens, et nous sollicitons donc {money(c['req'], ms)}.",
                    f"Le budget global s'élève à {money(c['total'], ms)}. Notre autofinancement est de {money(c['own'], ms)} (tombola, fête de quartier). Nous demandons une aide de {money(c['req'], ms)}.",
                    f"Budget total : {money(c['total'], ms)}, apport propre : {money(c['own'], ms)}, montant demandé : {money(c['req'], ms)}."]))
    if c["cm"] == "sentence":
        P((f"U kan me bereiken op {c['pdisp']} of via {c['email']}. Mijn adres is {c['street']}, {c['pc']} {c['city']}.") if nl else
          (f"Vous pouvez me joindre au {c['pdisp']} ou par courriel à {c['email']}. Mon adresse : {c['street']}, {c['pc']} {c['city']}."))
    P("Alvast bedankt voor uw aandacht. We horen graag van u." if nl else "Nous vous remercions par avance de l'attention portée à notre demande et restons à votre disposition.")
    P("Met vriendelijke groeten," if nl else "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.")
    if c["om"] == "signature":
        P("Namens het bestuur," if nl else "Pour le bureau,")
    P(); P(c["name"])
    if c["om"] == "signature":
        P(f"{c['role']} {org}" if nl else f"{c['role'][0].upper()+c['role'][1:]} de l'association {org}" if not org.startswith(("Association", "Les ", "Comité", "Collectif", "Club", "Union", "Foyer", "Amicale")) else f"{c['role'][0].upper()+c['role'][1:]}, {org}")
    elif org and R.random() < 0.5 and c["om"] in ("header", "letterhead"):
        P(c["role"])
    if c["cm"] == "signature":
        for l in addr_lines + contact_lines: P(l)
    elif c["cm"] == "letterhead" and c["om"] == "letterhead":
        pass
    path = os.path.join(SRC, f"{c['lang']}-{c['idx']+1:03d}.docx")
    doc.save(path)

if __name__ == "__main__":
  for c in cases:
    build(c)
  json.dump(cases, open(os.path.join(OUT, "build", "cases.json"), "w"), ensure_ascii=False, indent=1)
  print(len(cases))
