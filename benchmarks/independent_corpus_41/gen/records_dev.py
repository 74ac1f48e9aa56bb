"""Dev half (design A): 20 applications. Values are written exactly as the volunteers typed them;
'truth' is what a careful coordinator records."""
from render_sheet import Num, Formula

PREFIX = "c41-dev"


def bud(rows, total=None, own=None, other=None, req=None, **kw):
    d = dict(rows=rows, total=total, own=own, other=other, req=req)
    d.update(kw)
    return d


def T(org, contact, email, phone, address, postcode, municipality, country, title, req, total):
    return dict(organisation=org, contact_name=contact, email=email, phone=phone, address=address,
                postcode=postcode, municipality=municipality, country=country, project_title=title,
                requested_amount=req, total_budget=total)


RECORDS = [
# ---------------------------------------------------------------- 001
dict(fmt="pdf_form", variant="fillable", lang="nl", stamp=(2019, 5, 20, 21, 30, 0),
     attach="Aanvraagformulier_De_Lindekes.pdf",
     mail=dict(from_name="Lien Vandamme", from_addr="lien.vandamme@example.org", date=(2019, 5, 20, 21, 42, 10),
               subject="Projectidee Buurtcomité De Lindekes - Maak werk van je buurt",
               body="Dag Jonas,\n\nIn bijlage ons ingevuld formulier voor de oproep 'Maak werk van je buurt!'.\n"
                    "Het gaat om een speelweide in onze wijk in Passendale. Als er nog iets ontbreekt, laat maar weten.\n\n"
                    "Groetjes,\nLien Vandamme\nBuurtcomité De Lindekes\n"),
     v=dict(org="Buurtcomité De Lindekes (feitelijke vereniging)", legal="feitelijke vereniging, geen KBO-nr.",
            street="Lindestraat 14", pc_city="8980 Passendale", bank="BE71 0961 2345 6769",
            contact="Lien Vandamme (secretaris Buurtcomité De Lindekes)", role="secretaris",
            phone="0479/58.21.07", email="lien.vandamme@example.org", contact2="[naam], tel. ....",
            chair="Geert Lannoo - 051 77 43 12 - geert.lannoo@example.net",
            title="Speelweide aan de Lindekes",
            location="braakliggend perceel hoek Lindestraat / Schoolstraat, Passendale (eigendom gemeente)",
            desc="Op het grasveld tussen de nieuwe verkaveling en de school willen we een kleine speelweide inrichten "
                 "met een duikelrek, een evenwichtsbalk en zitbanken. Er is in de wijk nergens een plek waar kinderen "
                 "veilig kunnen spelen en waar ouders elkaar eens tegenkomen.",
            partic="Bevraging bus-aan-bus bij alle gezinnen van de wijk, twee infoavonden, de school en de gemeente "
                   "denken mee. Plantdag en opening met een buurtfeest.",
            planning="sept. 2019 - mei 2020",
            remarks="Gemeente Zonnebeke geeft toelating voor het gebruik van het perceel (brief volgt).",
            sig_name="Lien Vandamme", sig_pd="Passendale, 20/05/2019"),
     budget=bud([("Speeltoestel (duikelrek + evenwichtsbalk)", "6.200,00"), ("Zitbanken", "1.350,00"),
                 ("Begeleiding landschapsarchitect", "4.500,00"), ("Infoavonden + buurtfeest opening", "850,00"),
                 ("Communicatie (flyers, affiches)", "350,00")],
                total="13.250,00 EUR", own="3.750,00 (eigen werk + sponsoring)", other="/", req="€ 9.500,-"),
     sessions=["X", "X", "", "X", "X"],
     truth=T("Buurtcomité De Lindekes", "Lien Vandamme", "lien.vandamme@example.org", "+32479582107",
             "Lindestraat 14", "8980", "Passendale", "BE", "Speelweide aan de Lindekes", "9500.00", "13250.00")),
# ---------------------------------------------------------------- 002
dict(fmt="pdf_form", variant="printed", lang="fr", stamp=(2019, 5, 27, 22, 10, 0),
     attach="Formulaire candidature Partons 2.0 - Bois-Joli.pdf",
     mail=dict(from_name="Sylvie Delattre", from_addr="sylvie.delattre@example.net", date=(2019, 5, 28, 8, 15, 33),
               subject="Candidature Partons 2.0 - verger partagé Bois-Joli",
               body="Bonjour Monsieur Polin,\n\nVeuillez trouver ci-joint notre formulaire de candidature pour l'appel "
                    "Partons 2.0 (verger partagé au quartier du Bois-Joli à Bailleul).\nDésolée, j'ai tapé les réponses "
                    "sur le PDF avec l'outil texte, elles sont parfois à côté des cases.\n\nBien cordialement,\n"
                    "Sylvie Delattre\nComité de quartier du Bois-Joli\n"),
     v=dict(org="Comité de quartier du Bois-Joli", legal="association loi 1901 - RNA W592004417",
            street="12 rue des Tilleuls 59270 Bailleul", pc_city="", bank="FR76 1562 9026 4100 0458 7312 046",
            contact="DELATTRE Sylvie", role="secrétaire", phone="03.28.49.17.36",
            email="sylvie.delattre@example.net", contact2="COUSIN Bernard (trésorier) 06 71 22 90 14",
            chair="Mme Odile Verstraete, présidente, 03 28 41 65 02, odile.verstraete@example.com",
            title="Un verger partagé au Bois-Joli",
            location="terrain communal derrière la salle Saint-Amand, Bailleul",
            desc="Planter un verger de variétés anciennes (pommiers, poiriers, cerisiers) ouvert à tous les habitants "
                 "du quartier, avec une haie et un petit abri à outils. Les fruits seront partagés et une fête de la "
                 "récolte sera organisée chaque automne.",
            partic="Réunion publique en mai (trente-cinq personnes), atelier de plantation avec l'école du quartier, "
                   "appui de jardiniers bénévoles du Mont Noir.",
            planning="novembre 2019 (plantation) - octobre 2020",
            sig_name="S. Delattre", sig_pd="Bailleul, le 27 mai 2019"),
     m=dict(role="beside", phone="beside", title="beside", contact="beside"),
     budget=bud([("Arbres fruitiers et tuteurs", "1 840 €"), ("Outils de jardinage", "960 €"),
                 ("Clôture et portillon", "2 350 €"), ("Intervention d'un paysagiste", "3 200 €"),
                 ("Fête de plantation", "650 €")],
                total="", own="1500€", other="néant", req="7500€"),
     sessions=["X", "X", "X", "X", ""],
     truth=T("Comité de quartier du Bois-Joli", "Sylvie Delattre", "sylvie.delattre@example.net", "+33328491736",
             "12 rue des Tilleuls", "59270", "Bailleul", "FR", "Un verger partagé au Bois-Joli", "7500.00", "9000.00")),
# ---------------------------------------------------------------- 003
dict(fmt="docx_form", variant="table", lang="nl", stamp=(2019, 6, 2, 21, 55, 0),
     attach="aanvraag 't Hofke.docx",
     mail=dict(from_name="An De Vos", from_addr="an.devos@example.org", date=(2019, 6, 2, 22, 5, 0),
               subject="formulier Maak werk van je buurt - 't Hofke Reninge",
               body="Hallo Jonas,\n\nHierbij ons formulier voor het project in 't Hofke. Het telefoonnummer heb ik "
                    "onderaan bij opmerkingen gezet, want ik had me van vak vergist.\n\nvriendelijke groeten\n"
                    "An De Vos\nvzw Dorpshuis 't Hofke\n"),
     v=dict(org="Vzw Dorpshuis 't Hofke", legal="vzw - 0712.448.903", street="Dorpsplein 3, 8647 Reninge",
            pc_city="idem", bank="BE29 7380 1144 2064", contact="an de vos",
            role="bestuurslid, verantwoordelijke cafetaria",
            phone="an.devos@example.org (verkeerd vak - zie hieronder)", email="an.devos@example.org",
            contact2="Naam + voornaam", chair="Rik Dewulf, voorzitter - 0475 61 08 93",
            title="'t Hofke: ontmoetingscafé voor jong en oud",
            location="Dorpshuis 't Hofke, Dorpsplein 3, Reninge",
            desc="Het dorpshuis staat het grootste deel van de week leeg. We willen er een ontmoetingscafé van maken "
                 "dat drie namiddagen per week open is, met een hoekje voor huiswerkbegeleiding en een leestafel met "
                 "kranten. Het café wordt uitgebaat door vrijwilligers.",
            partic="Enquête bij alle inwoners via het dorpsblad, een participatiemoment in september, samenwerking "
                   "met de school, de seniorenvereniging en de jeugdbeweging.",
            planning="najaar 2019 - zomer 2020",
            remarks="tel. an: +32 (0)58 28 81 04 (na 17u)", sig_name="an de vos", sig_pd="Reninge 2 juni 2019"),
     m=dict(contact="inlabel"),
     budget=bud([("Verbouwing bar en toog (materiaal)", "5.400"), ("Stoelen en tafels", "2.960"),
                 ("Enquête + participatiemoment", "1.100"), ("Architect (schetsontwerp)", "2.400")],
                total="ca. 12.000 euro", own="eigen werk vrijwilligers",
                other="gemeente Lo-Reninge: 1.000 (aangevraagd)", req="8.000 euro"),
     sessions=["X", "", "X", "X", ""],
     truth=T("Vzw Dorpshuis 't Hofke", "An De Vos", "an.devos@example.org", "+3258288104", "Dorpsplein 3",
             "8647", "Reninge", "BE", "'t Hofke: ontmoetingscafé voor jong en oud", "8000.00", "12000.00")),
# ---------------------------------------------------------------- 004
dict(fmt="docx_form", variant="lines", lang="fr", stamp=(2019, 6, 10, 20, 40, 0),
     attach="candidature_cafe_associatif_Terdeghem.docx",
     mail=dict(from_name="Jean-Luc Verhaeghe", from_addr="jl.verhaeghe@example.com", date=(2019, 6, 10, 20, 51, 2),
               subject="Partons 2.0 - Vivre à Terdeghem",
               body="Bonsoir,\n\nCi-joint le dossier de l'association Vivre à Terdeghem pour le café associatif.\n"
                    "J'ai oublié de mettre mon adresse mail dans le formulaire : jl.verhaeghe@example.com\n\n"
                    "Cordialement,\nJean-Luc Verhaeghe\n"),
     v=dict(org="Association Vivre à Terdeghem", legal="association loi 1901, SIRET 814 552 907 00018",
            street="7 rue de l'Église\n59114 Terdeghem", pc_city="", bank="", contact="Jean-Luc Verhaeghe",
            role="vice-président", phone="06 84 27 15 93", email="", contact2="Nom + prénom",
            chair="Mme Brigitte Hennebelle, 03 28 40 77 21",
            title="Le café associatif du samedi",
            location="ancienne école des filles, place de Terdeghem (prêtée par la commune)",
            desc="Depuis la fermeture du dernier café, il n'y a plus de lieu de rencontre au village. Nous voulons "
                 "ouvrir un café associatif le samedi matin et un soir par semaine, tenu par des bénévoles, avec un "
                 "dépôt de pain et un coin jeux pour les enfants.",
            partic="Questionnaire distribué dans toutes les boîtes aux lettres, deux ateliers ouverts pour choisir "
                   "l'aménagement, équipe de bénévoles déjà constituée.",
            planning="septembre 2019 - juin 2020",
            sig_name="J-L Verhaeghe", sig_pd="Terdeghem, 10/06/2019"),
     budget=bud([("Aménagement (peinture, électricité)", "4 800,00"), ("Mobilier : tables, chaises, comptoir", "3 650,00"),
                 ("Machine à café professionnelle d'occasion", "1 900,00"),
                 ("Animation participative (2 ateliers)", "2 400,00"), ("Communication et inauguration", "1 450,00")],
                total="14 200,00 EUR", own="2 700,00 EUR", other="Commune de Terdeghem : 2 000 EUR",
                req="9 500,00 EUR (neuf mille cinq cents euros)"),
     sessions=["X", "X", "X", "", "X"],
     truth=T("Association Vivre à Terdeghem", "Jean-Luc Verhaeghe", "jl.verhaeghe@example.com", "+33684271593",
             "7 rue de l'Église", "59114", "Terdeghem", "FR", "Le café associatif du samedi", "9500.00", "14200.00")),
# ---------------------------------------------------------------- 005
dict(fmt="pdf_letter", lang="nl", stamp=(2019, 6, 13, 23, 40, 0), attach="brief projectidee Kemmel.pdf",
     mail=dict(from_name="Marc Goethals", from_addr="marc.goethals@example.net", date=(2019, 6, 13, 23, 51, 0),
               subject="projectidee Kemmel",
               body="Beste Jonas,\n\nZie brief in bijlage. Sorry voor de late indiening, het is een drukke tijd.\n\nMarc\n"),
     letter=dict(head=["Marc Goethals", "Lokerstraat 27 - 8956 Kemmel"],
                 to=["Provincie West-Vlaanderen", "t.a.v. Jonas Polin", "Woumenweg 100", "8600 Diksmuide"],
                 place_date="Kemmel, 13 juni 2019",
                 subject="Betreft: projectidee 'Babbelbanken in Kemmel' - oproep Maak werk van je buurt!",
                 salute="Beste Jonas,",
                 paras=["In alle haast (de deadline komt eraan!) stuur ik je ons idee. Met de Buurtwerking "
                        "Kemmel-Noord, een groep buren van de Lokerstraat en de Nieuwstraat, willen we in en rond "
                        "Kemmel een route van 'babbelbanken' uitzetten: banken op plekken waar vooral oudere inwoners "
                        "graag even rusten, met een bordje 'hier mag je mij aanspreken'.",
                        "Het dienstencentrum en het OCMW willen meewerken, en de banken komen op het dorpsplein, aan "
                        "de kerk en langs de wandelroute naar de Kemmelberg.",
                        "We vragen 7 500 euro (zevenduizend vijfhonderd euro) voor de aankoop van de banken, de "
                        "bordjes en een startmoment met koffie en taart. Wat het geheel precies gaat kosten weten we "
                        "nog niet, we wachten op twee offertes.",
                        "Vorig jaar kregen we van de gemeente 1.200 euro voor ons buurtfeest; dat loopt apart.",
                        "Voor de sessies in het najaar: 26 september en 7 november passen, de avonden ook."],
                 close="Met vriendelijke groet,",
                 sig=["Marc Goethals", "voor Buurtwerking Kemmel-Noord", "marc.goethals@example.net"],
                 ps=["PS: bel me gerust op mijn gsm 0496 31 48 02. Onze penningmeester Frieda Lamote "
                     "(057 44 52 19) kan ook helpen met vragen over de cijfers."]),
     truth=T("Buurtwerking Kemmel-Noord", "Marc Goethals", "marc.goethals@example.net", "+32496314802",
             "Lokerstraat 27", "8956", "Kemmel", "BE", "Babbelbanken in Kemmel", "7500.00", None)),
# ---------------------------------------------------------------- 006
dict(fmt="odt_form", lang="fr", stamp=(2019, 6, 8, 17, 5, 0), attach="Candidature Comité des fêtes Oost-Cappel.odt",
     mail=dict(from_name="Hélène Vandenbussche", from_addr="helene.vandenbussche@example.net",
               date=(2019, 6, 8, 17, 20, 0), subject="Candidature Partons 2.0 - Oost-Cappel",
               body="Bonjour,\n\nCi-joint la candidature du Comité des fêtes d'Oost-Cappel pour Partons 2.0. J'ai "
                    "corrigé deux erreurs dans le formulaire (barrées), j'espère que c'est lisible.\n\n"
                    "Hélène Vandenbussche\nTrésorière\n06 45 18 77 30\n"),
     v=dict(org="Comité des fêtes d'Oost-Cappel", legal="association loi 1901 - SIRET 790 331 264 00015",
            street="3 place de la Mairie", pc_city="59122 Oost-Cappel", bank="FR76 1670 6050 8754 1902 3381 177",
            contact="VANDENBUSSCHE Hélène", role="trésorière", phone="~~03 28 68 40 12~~ 06 45 18 77 30",
            email="~~helene.vdb@example.net~~ helene.vandenbussche@example.net", contact2="xx",
            chair="M. Francis DEBAECKER, président - 03 28 68 40 12",
            title="La guinguette des deux frontières",
            location="pâture prêtée par une ferme, au bout de la rue de Rexpoede, Oost-Cappel",
            desc="Quatre dimanches d'été, une guinguette éphémère au bord de la frontière : musique, jeux en bois, "
                 "petite restauration avec les produits des fermes voisines. Les habitants d'Oost-Cappel et des "
                 "villages flamands voisins s'y retrouvent.",
            partic="Les bénévoles du comité, l'école, le club des aînés et deux associations de l'autre côté de la "
                   "frontière. Réunion d'habitants en octobre.",
            planning="juin - septembre 2020",
            remarks="Pour me joindre : +33 6 45 18 77 30 (Hélène), le soir de préférence.",
            sig_name="H. Vandenbussche", sig_pd="Oost-Cappel, le 8 juin 2019"),
     budget=bud([("Location chapiteau", "3 600 €"), ("Planchers et mobilier", "2 150 €"),
                 ("Groupes de musique locaux", "2 800 €"), ("Sécurité / assurances", "1 300 €"),
                 ("Affiches et flyers bilingues", "1 500 €")],
                total="11 530 €", own="1 530 €", other="Communauté de communes : 2 000 € (demande en cours)",
                req="8 000 €"),
     sessions=["X", "X", "X", "X", "X"],
     truth=T("Comité des fêtes d'Oost-Cappel", "Hélène Vandenbussche", "helene.vandenbussche@example.net",
             "+33645187730", "3 place de la Mairie", "59122", "Oost-Cappel", "FR",
             "La guinguette des deux frontières", "8000.00", "11530.00")),
# ---------------------------------------------------------------- 007
dict(fmt="xlsx_form", lang="nl", stamp=(2019, 5, 29, 13, 10, 0), attach="Aanvraag Hoogstade Leeft.xlsx",
     mail=dict(from_name="Sofie Maes", from_addr="sofie.maes@example.com", date=(2019, 5, 29, 13, 24, 45),
               subject="Aanvraag Partons 2.0 - vzw Hoogstade Leeft",
               body="Goedemiddag,\n\nNamens vzw Hoogstade Leeft stuur ik ons aanvraagformulier (Excel). "
                    "Contactpersoon voor het dossier is onze voorzitter Pieter Deconinck, zijn gegevens staan in "
                    "het formulier.\n\nMet vriendelijke groeten,\nSofie Maes\nsecretaris vzw Hoogstade Leeft\n"
                    "0472 33 90 61\n"),
     v=dict(org="Vzw Hoogstade Leeft", legal="vzw, ondernemingsnr. 0687.215.330", street="Oude Veurnestraat 8",
            pc_city="8690 Hoogstade (Alveringem)", bank="BE62 0018 4417 3902", contact="Pieter Deconinck",
            role="voorzitter", phone="058/51.27.64", email="pieter.deconinck@example.org",
            contact2="Sofie Maes (secretaris) 0472 33 90 61", chair="zie contactpersoon",
            title="Boerenmarkt op het Kerkplein", location="Kerkplein, Hoogstade",
            desc="Een maandelijkse boerenmarkt met producten van boeren en ambachtslui uit de streek, met een "
                 "koffiehoek waar mensen elkaar ontmoeten. Sinds de sluiting van de bakker is er in het dorp geen "
                 "winkel meer.",
            partic="Bevraging van de inwoners, overleg met de boeren en handelaars, de landelijke gilde helpt met "
                   "de koffiehoek.",
            planning="eerste markt april 2020, daarna elke eerste zaterdag van de maand",
            sig_name="P. Deconinck", sig_pd="Hoogstade, 29-05-2019"),
     budget=bud([("Marktkramen tweedehands", Num(2700, "2.700,00")),
                 ("Elektriciteitskast en kabels", Num(1850, "1.850,00")),
                 ("Promotie: affiches, spandoeken, website", Num(900, "900,00")),
                 ("Opstartdag met proevertjes", Num(600, "600,00")),
                 ("Participatietraject met handelaars en boeren", Num(1500, "1.500,00"))],
                total=Formula(), own=Num(1050, "1.050,00"), other="geen", req=Num(6500, "6.500,00"), min_rows=5),
     sessions=["X", "X", "X", "X", "X"],
     truth=T("Vzw Hoogstade Leeft", "Pieter Deconinck", "pieter.deconinck@example.org", "+3258512764",
             "Oude Veurnestraat 8", "8690", "Hoogstade", "BE", "Boerenmarkt op het Kerkplein", "6500.00", "7550.00")),
# ---------------------------------------------------------------- 008
dict(fmt="pdf_form", variant="fillable", lang="fr", stamp=(2019, 6, 3, 10, 0, 0),
     attach="formulaire-Partons2-Sentiers-de-Fletre.pdf",
     mail=dict(from_name="Christine Lefebvre", from_addr="christine.lefebvre@example.com",
               date=(2019, 6, 3, 10, 12, 0), subject="Dossier Partons 2.0 - Les Sentiers de Flêtre",
               body="Bonjour,\n\nVoici le formulaire rempli pour notre projet de balisage des sentiers.\n"
                    "Bonne journée,\n\nChristine Lefebvre\nprésidente des Sentiers de Flêtre\n"),
     v=dict(org="Association Les Sentiers de Flêtre", legal="association loi 1901 - SIRET : xx",
            street="15 chemin du Meulenhoek\n59270 Flêtre", pc_city="voir ci-dessus", bank="FR76 xxxx",
            contact="Christine Lefebvre", role="présidente", phone="voir ci-dessous",
            email="christine.lefebvre@example.com", contact2="Nom + prénom", chair="c'est moi",
            title="Balisage et bancs sur les sentiers de Flêtre",
            location="chemins ruraux autour du village (boucle d'environ neuf kilomètres)",
            desc="Baliser une boucle de promenade autour du village, installer des bancs en chêne aux points de vue "
                 "et éditer une petite carte-guide. Beaucoup d'habitants âgés ne marchent plus faute de bancs.",
            partic="Trois balades de repérage avec les habitants, l'école dessinera les panneaux, le club de "
                   "marche entretiendra le balisage.",
            planning="octobre 2019 - mai 2020",
            remarks="Tél. de Christine : 07 68 12 44 09. (Le 03 28 40 19 55 est celui de la mairie, pour "
                    "l'autorisation.)",
            sig_name="Christine Lefebvre", sig_pd="Flêtre, le 3 juin 2019"),
     street_lines=2,
     budget=bud([("Panneaux et balises", "2 350 €"), ("Bancs en chêne", "3 900 €"),
                 ("Carte-guide imprimée", "1 200 €"), ("Journée d'inauguration", "1 000 €")],
                total="8 450 €", own="850 € + bénévolat", other="Mairie : 1 600 €", req="environ 6 000 €"),
     sessions=["X", "X", "", "X", ""],
     truth=T("Association Les Sentiers de Flêtre", "Christine Lefebvre", "christine.lefebvre@example.com",
             "+33768124409", "15 chemin du Meulenhoek", "59270", "Flêtre", "FR",
             "Balisage et bancs sur les sentiers de Flêtre", "6000.00", "8450.00")),
# ---------------------------------------------------------------- 009
dict(fmt="docx_form", variant="table", lang="nl", stamp=(2019, 6, 11, 21, 0, 0), attach="Formulier samentuin.docx",
     mail=dict(from_name="Nathalie Declercq", from_addr="nathalie.declercq@example.net", date=(2019, 6, 11, 21, 17, 0),
               subject="Aanvraag samentuin Elverdinge",
               body="Beste,\n\nIk stuur dit door voor mijn man Ward, die zelf geen tijd heeft. Ons groepje heet "
                    "'Samentuin Elverdinge', dat is vergeten in te vullen in het formulier. Voor vragen belt u best "
                    "Ward (nummer staat in het formulier).\n\nvriendelijke groeten,\nNathalie Declercq\n"),
     v=dict(org="[naam vereniging]", legal="feitelijke vereniging", street="Veurnestraat 41 bus 2",
            pc_city="8906 Elverdinge", bank="BE55 9731 0062 8144", contact="Verbeke Ward",
            role="trekker van de samentuin", phone="0486 22 71 39", email="ward.verbeke@example.net",
            contact2="Nathalie Declercq (echtgenote) 0486 51 03 77", chair="....",
            title="Samentuin achter de pastorie",
            location="tuin achter de oude pastorie, Kerkstraat, Elverdinge",
            desc="De tuin van de oude pastorie ligt er verwilderd bij. Met een twintigtal buren willen we er een "
                 "samentuin van maken: groenten, kruiden, een bloemenweide en verhoogde bakken zodat ook mensen in "
                 "een rolstoel kunnen tuinieren.",
            partic="Open tuindagen om mensen te laten kennismaken, workshops met een moestuinexpert, samenwerking "
                   "met het woonzorgcentrum.",
            planning="oktober 2019 - september 2020",
            sig_name="Ward Verbeke", sig_pd="Elverdinge 11/6/2019"),
     budget=bud([("Grondwerken en compost", "1.800€"), ("Tuinhuis + regenwaterton", "3.250€"), ("Gereedschap", "950€"),
                 ("Verhoogde bakken (rolstoeltoegankelijk)", "2.400€"), ("Workshops moestuinieren", "1.500€"),
                 ("Opening", "1.400€")],
                total="11.300 €", own="3.800€ (eigen werk)", other="/", req="7500€"),
     sessions=["X", "X", "X", "X", "X"],
     truth=T("Samentuin Elverdinge", "Ward Verbeke", "ward.verbeke@example.net", "+32486227139",
             "Veurnestraat 41 bus 2", "8906", "Elverdinge", "BE", "Samentuin achter de pastorie", "7500.00",
             "11300.00")),
# ---------------------------------------------------------------- 010
dict(fmt="pdf_form", variant="printed", lang="nl", stamp=(2019, 6, 5, 16, 20, 0), attach="DeKreek_aanvraag.pdf",
     mail=dict(from_name="Koen Vermeulen", from_addr="koen.vermeulen@example.com", date=(2019, 6, 5, 16, 31, 0),
               subject="aanvraag Jeugdhuis De Kreek",
               body="Hoi Jonas,\n\nIn bijlage het formulier van Jeugdhuis De Kreek, ingevuld in de pdf (typen in de "
                    "vakjes lukte niet goed, soms staat het ernaast).\n\nKoen\nJeugdhuis De Kreek\n058/31 22 90\n"),
     v=dict(org="Jeugdhuis De Kreek vzw", legal="vzw 0456.902.118", street="Polderstraat 66",
            pc_city="8670 Oostduinkerke", bank="BE08 0015 6671 3013", contact="VERMEULEN Koen",
            role="jeugdwerker / coördinator", phone="058/31 22 90", email="koen.vermeulen@example.com",
            contact2=".....", chair="Tine Vanhecke, 0498 12 07 55, tine.vanhecke@example.org",
            title="Buurtmoestuin achter De Kreek", location="grasveld achter het jeugdhuis, Polderstraat 66",
            desc="Jongeren van het jeugdhuis en buren uit de wijk leggen samen een moestuin aan achter het "
                 "jeugdhuis, met een kleine serre. De oogst gaat naar de kookavonden van het jeugdhuis en naar de "
                 "buren.",
            partic="Bewonersavond in het jeugdhuis, de jongeren bouwen de bakken zelf, een tuinexpert begeleidt.",
            planning="oktober 2019 - augustus 2020",
            sig_name="Koen Vermeulen", sig_pd="Oostduinkerke, 5 juni 2019"),
     m=dict(contact="inlabel", phone="inlabel", email="inlabel", title="inlabel"),
     budget=bud([("Hout voor bakken en omheining", "3.100,00"), ("Aarde, compost, plantgoed", "1.450,00"),
                 ("Serre (tweedehands)", "2.800,00"), ("Begeleiding door tuinexpert", "3.600,00"),
                 ("Slotfeest", "1.650,00")],
                total="12.600,00", own="3.600,00", other="", req="9.000"),
     sessions=["X", "X", "X", "X", "X"],
     truth=T("Jeugdhuis De Kreek vzw", "Koen Vermeulen", "koen.vermeulen@example.com", "+3258312290",
             "Polderstraat 66", "8670", "Oostduinkerke", "BE", "Buurtmoestuin achter De Kreek", "9000.00",
             "12600.00")),
# ---------------------------------------------------------------- 011
dict(fmt="ods_form", lang="fr", stamp=(2019, 6, 14, 11, 30, 0), attach="Candidature_Dunes_Vivantes.ods",
     mail=dict(from_name="Amandine Caron", from_addr="amandine.caron@example.org", date=(2019, 6, 14, 11, 42, 0),
               subject="Candidature Partons 2.0 - Les Dunes Vivantes (Ghyvelde)",
               body="Bonjour Monsieur Polin,\n\nVoici notre candidature sous forme de tableur (LibreOffice).\n\n"
                    "Bonne réception,\nAmandine Caron\npour le collectif Les Dunes Vivantes\n"),
     v=dict(org="Collectif Les Dunes Vivantes", legal="collectif d'habitants (association en cours de création)",
            street="41 rue des Oyats", pc_city="59254 Ghyvelde", bank="néant pour l'instant", contact="caron amandine",
            role="animatrice bénévole", phone="03 28 26 51 70", email="amandine.caron@example.org",
            contact2="Yannick Pruvost - 06 33 81 20 47", chair="pas de président (collectif)",
            title="Un sentier nature pour le quartier des Oyats",
            location="espace vert entre la rue des Oyats et le canal, Ghyvelde",
            desc="Aménager un petit sentier nature dans l'espace vert du quartier : panneaux sur la faune et la "
                 "flore des dunes, nichoirs, hôtels à insectes, et des chantiers où les habitants plantent ensemble.",
            partic="Balade de découverte avec un écologue, chantiers participatifs le samedi, lien avec le "
                   "centre social.",
            planning="printemps 2020", sig_name="Amandine Caron", sig_pd="Ghyvelde, 14/06/2019"),
     budget=bud([("Étude d'un écologue", Num(2400, "2 400,00")), ("Panneaux pédagogiques", Num(1850, "1 850,00")),
                 ("Nichoirs et hôtels à insectes", Num(780, "780,00")),
                 ("Chantiers participatifs (matériel)", Num(1270, "1 270,00")),
                 ("Fête de lancement", Num(900, "900,00"))],
                total=Num(7200, "7 200,00"), own=Num(1400, "1 400,00"), other="0", req=Num(5800, "5 800,00"),
                min_rows=5),
     sessions=["X", "", "X", "X", "X"],
     truth=T("Collectif Les Dunes Vivantes", "Amandine Caron", "amandine.caron@example.org", "+33328265170",
             "41 rue des Oyats", "59254", "Ghyvelde", "FR", "Un sentier nature pour le quartier des Oyats",
             "5800.00", "7200.00")),
# ---------------------------------------------------------------- 012
dict(fmt="pdf_letter", lang="fr", stamp=(2019, 6, 11, 18, 0, 0), attach="Courrier candidature Remparts en Fete.pdf",
     mail=dict(from_name="Didier Lemaire", from_addr="didier.lemaire@example.com", date=(2019, 6, 11, 18, 22, 0),
               cc=[("Nadia Bekkar", "nadia.bekkar@example.org")],
               subject="Candidature Partons 2.0 - Les Remparts en Fête (Bergues)",
               body="Monsieur Polin,\n\nVeuillez trouver ci-joint notre courrier de candidature. Mme Bekkar (en copie) "
                    "est votre interlocutrice pour la suite.\n\nCordialement,\nDidier Lemaire\nPrésident, "
                    "Les Remparts en Fête\n"),
     letter=dict(head=["Association Les Remparts en Fête", "5 rue des Arbalétriers - 59380 Bergues",
                       "remparts.en.fete@example.com"],
                 to=["Provincie West-Vlaanderen", "À l'attention de M. Jonas Polin", "Woumenweg 100",
                     "8600 Diksmuide - Belgique"],
                 place_date="Bergues, le 11 juin 2019",
                 subject="Objet : candidature Partons 2.0 - « Bergues, ville-jardin »",
                 salute="Monsieur,",
                 paras=["Je me permets de vous adresser, un peu dans l'urgence, l'idée de projet de notre association "
                        "pour l'appel Partons 2.0. Nous voulons fleurir les pieds de façade et les petites places du "
                        "centre historique avec les habitants : ateliers de semis, prêt de jardinières, concours de "
                        "façades fleuries et une fête de clôture en septembre.",
                        "Le projet s'adresse surtout aux rues autour du beffroi, où vivent beaucoup de personnes "
                        "âgées seules. Nous travaillerons avec le centre social et l'école du quartier.",
                        "Le coût total est estimé à environ 15 000 euros (matériel de jardinage, jardinières, plantes, "
                        "animation, communication). Nous sollicitons 8 000 € auprès de Partons 2.0 ; la ville nous a "
                        "promis 3 000 € et le reste viendra de nos fonds propres.",
                        "Pour tout contact concernant ce dossier, merci de vous adresser à notre secrétaire, "
                        "Mme Nadia BEKKAR (06.23.45.91.08, nadia.bekkar@example.org), qui suivra aussi les sessions "
                        "d'échange."],
                 close="Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.",
                 sig=["Didier Lemaire", "Président", "tél. 03 28 68 02 73"]),
     truth=T("Association Les Remparts en Fête", "Nadia Bekkar", "nadia.bekkar@example.org", "+33623459108",
             "5 rue des Arbalétriers", "59380", "Bergues", "FR", "Bergues, ville-jardin", "8000.00", "15000.00")),
# ---------------------------------------------------------------- 013
dict(fmt="docx_form", variant="lines", lang="nl", stamp=(2019, 5, 30, 19, 0, 0),
     attach="Formulier Babbelkring Meulenhuis.docx",
     mail=dict(from_name="Joris Bollengier", from_addr="joris.bollengier@example.net", date=(2019, 5, 30, 19, 14, 0),
               subject="Projectoproep - Vlaamse Babbelkring 't Meulenhuis (Hondschoote)",
               body="Dag mijnheer Polin,\n\nHierbij ons formulier voor de projectoproep. Ik zie nu dat ik mijn "
                    "telefoonnummer niet heb ingevuld: u kunt mij bereiken op 03 28 68 31 57 (vast) of via mail.\n\n"
                    "Met groeten uit Hondschoote,\nJoris Bollengier\n"),
     v=dict(org="Vlaamse Babbelkring 't Meulenhuis",
            legal="association loi 1901 (vereniging naar Frans recht), RNA W594001872",
            street="22 rue du Moulin", pc_city="59122 Hondschoote (Frankrijk)", bank="",
            contact="Joris Bollengier", role="secretaris", phone="", email="joris.bollengier@example.net",
            contact2="Naam + voornaam", chair="Marie-Thérèse Ryckebusch, voorzitster, 03 28 68 14 50",
            title="Vlaamse babbelnamiddagen in 't Meulenhuis",
            location="zaal 't Meulenhuis, Hondschoote",
            desc="Elke veertien dagen een namiddag waar oudere inwoners die nog Frans-Vlaams spreken samenkomen met "
                 "jongeren en nieuwe inwoners die de taal willen leren: vertellingen, liedjes, spelletjes, koffie. "
                 "Eén keer per jaar een uitstap naar de Westhoek.",
            partic="De muziekschool, de bibliotheek en twee verenigingen uit Poperinge werken mee.",
            planning="september 2019 - juni 2020",
            sig_name="Naam + voornaam", sig_pd="Hondschoote, 30 mei 2019"),
     budget=bud([("Animatoren (taallessen, vertellers)", "4.200 EUR"), ("Huur zaal en koffie", "2.300 EUR"),
                 ("Boeken en spelmateriaal", "1.800 EUR"), ("Uitstap naar Poperinge en Ieper", "3.400 EUR"),
                 ("Communicatie tweetalig", "1.800 EUR")],
                total="13 500 EUR", own="2 000 EUR", other="Departement Nord: 2 500 EUR (aangevraagd)",
                req="negenduizend euro (9.000 EUR)"),
     sessions=["X", "X", "", "X", ""],
     truth=T("Vlaamse Babbelkring 't Meulenhuis", "Joris Bollengier", "joris.bollengier@example.net",
             "+33328683157", "22 rue du Moulin", "59122", "Hondschoote", "FR",
             "Vlaamse babbelnamiddagen in 't Meulenhuis", "9000.00", "13500.00")),
# ---------------------------------------------------------------- 014
dict(fmt="pdf_form", variant="fillable", lang="nl", stamp=(2019, 5, 24, 22, 0, 0),
     attach="aanvraag oudercomité Watou.pdf",
     mail=dict(from_name="Hilde Desmet", from_addr="hilde.desmet@example.com", date=(2019, 5, 24, 22, 8, 0),
               subject="aanvraag schoolplein Watou",
               body="Dag Jonas,\nhierbij onze aanvraag voor het schoolplein.\nGroetjes, Hilde\n"),
     v=dict(org="zie contactpersoon", legal="", street="Poperingestraat 12", pc_city="8978 Watou",
            bank="BE91 7765 9912 0476", contact="Hilde Desmet (voorzitster Oudercomité Sint-Jozef Watou)",
            role="voorzitster", phone="hilde.desmet@example.com", email="0473 90 16 25",
            contact2="Stijn Vanacker (penningmeester) 0475 28 64 10", chair="",
            title="Een schoolplein dat na vier uur open blijft",
            location="speelplaats van de basisschool, Watou-centrum",
            desc="De speelplaats van de school wordt groener en blijft na schooltijd en in het weekend open voor "
                 "alle kinderen van het dorp. Er komen speeltuigen, bomen, zitbanken en picknicktafels.",
            partic="Kinderraad van de school, bevraging van ouders en buren, werkdag met ouders en grootouders.",
            planning="zomer 2019 - voorjaar 2020",
            remarks="Sorry, telefoon en e-mail zijn van vak verwisseld!",
            sig_name="Hilde Desmet", sig_pd="Watou, 24/05/2019"),
     budget=bud([("Speeltuigen en netten", "5.800"), ("Groenaanleg en bomen", "3.200"),
                 ("Zitbanken en picknicktafels", "2.150"), ("Buurtfeest opening", "600"),
                 ("Bordjes met openingsuren", "1.000")],
                total="€ 12.750 (twaalfduizend zevenhonderdvijftig euro)", own="1.250",
                other="gemeente Poperinge 2.000", req="9500"),
     sessions=["X", "X", "X", "X", "X"],
     truth=T("Oudercomité Sint-Jozef Watou", "Hilde Desmet", "hilde.desmet@example.com", "+32473901625",
             "Poperingestraat 12", "8978", "Watou", "BE", "Een schoolplein dat na vier uur open blijft", "9500.00",
             "12750.00")),
# ---------------------------------------------------------------- 015
dict(fmt="odt_form", lang="nl", stamp=(2019, 6, 12, 20, 0, 0), attach="madonnawijk.odt",
     mail=dict(from_name="Bart Lefevere", from_addr="bart.lefevere@example.org", date=(2019, 6, 12, 20, 15, 0),
               subject="project Madonnawijk",
               body="Beste Jonas,\n\nIn bijlage het formulier voor de Madonnawijk.\n\ngroetjes\nbart\n"),
     v=dict(org="Bewonersgroep Madonnawijk", legal="feitelijke vereniging",
            street="Zonnebekestraat 102, 8920 Langemark", pc_city="", bank="BE43 0689 0417 2201",
            contact="bart lefevere", role="lid kerngroep", phone="....", email="bart.lefevere@example.org",
            contact2="xx", chair="rita boone - 0474 82 16 39",
            title="Buurtmeesters in de Madonnawijk", location="Madonnawijk, Langemark (sociale woonwijk)",
            desc="In elke straat van de wijk een buurtmeester: een aanspreekpunt voor nieuwe bewoners en voor wie "
                 "hulp nodig heeft, die doorverwijst naar de juiste buur of dienst. Daarnaast een buurtkrantje en "
                 "onthaalmomenten.",
            partic="Kerngroep van acht bewoners, samenwerking met de sociale huisvestingsmaatschappij en het OCMW.",
            planning="september 2019 - juni 2020",
            sig_name="bart lefevere", sig_pd="Langemark 12 juni 2019"),
     budget=bud([("Vorming buurtmeesters door expert", "1.600"), ("Hesjes, badges en fietstassen", "1.150"),
                 ("Buurtkrantje", "2.300"), ("Onthaalmomenten nieuwe bewoners", "1.250"), ("Buurtbarbecue", "1.500")],
                total="7.800", own="2.800", other="/", req="5 000 euro"),
     sessions=["X", "X", "X", "X", "X"],
     truth=T("Bewonersgroep Madonnawijk", "Bart Lefevere", "bart.lefevere@example.org", None,
             "Zonnebekestraat 102", "8920", "Langemark", "BE", "Buurtmeesters in de Madonnawijk", "5000.00",
             "7800.00")),
# ---------------------------------------------------------------- 016
dict(fmt="pdf_form", variant="printed", lang="fr", stamp=(2019, 6, 15, 18, 40, 0),
     attach="Partons2.0_Ateliers_du_Houtland.pdf",
     mail=dict(from_name="Pascale Leroy", from_addr="pascale.leroy@example.net", date=(2019, 6, 15, 19, 3, 0),
               subject="Candidature - Repair café Steenvoorde",
               body="Bonsoir,\n\nVoici notre candidature pour le repair café, juste avant la date limite !\n\n"
                    "Pascale Leroy\nLes Ateliers du Houtland\n"),
     v=dict(org="Les Ateliers du Houtland", legal="association loi 1901 - SIRET 851 274 006 00011",
            street="9 rue des Tisserands", pc_city="F-59114 Steenvoorde", bank="", contact="LEROY Pascale",
            role="coordinatrice bénévole", phone="+33 (0)3 28 42 19 66", email="pascale.leroy@example.net",
            contact2="Nom + prénom", chair="Hervé DELEPIERRE, 06 20 48 93 11, herve.delepierre@example.com",
            title="Repair café et outilthèque", location="ancienne forge, rue des Tisserands, Steenvoorde",
            desc="Un repair café une fois par mois, où des bénévoles aident les habitants à réparer vêtements, "
                 "vélos et petits appareils, et une outilthèque où l'on emprunte les outils au lieu de les acheter.",
            partic="Appel aux bricoleurs du village, partenariat avec le collège pour des ateliers, permanence le "
                   "samedi matin.",
            planning="janvier - décembre 2020", sig_name="Pascale Leroy", sig_pd="Steenvoorde, 15/06/2019"),
     budget=bud([("Outillage (perceuses, machines à coudre...)", "4 300 €"), ("Aménagement de l'atelier", "3 100 €"),
                 ("Formation des bénévoles réparateurs", "1 800 €"), ("Communication", "900 €"),
                 ("Assurance première année", "1 800 €")],
                total="11 900 €", own="1 400 €", other="Mairie 2 000 €", req="~~10 000 €~~ 8 500 €"),
     sessions=["X", "X", "", "X", "X"],
     truth=T("Les Ateliers du Houtland", "Pascale Leroy", "pascale.leroy@example.net", "+33328421966",
             "9 rue des Tisserands", "59114", "Steenvoorde", "FR", "Repair café et outilthèque", "8500.00",
             "11900.00")),
# ---------------------------------------------------------------- 017
dict(fmt="docx_form", variant="table", lang="fr", stamp=(2019, 6, 4, 12, 30, 0), attach="Dossier city-stade Wormhout.docx",
     mail=dict(from_name="Thierry Ducrocq", from_addr="t.ducrocq@example.org", date=(2019, 6, 4, 12, 41, 0),
               subject="Partons 2.0 : city-stade quartier du Moulin (Wormhout)",
               body="Bonjour Monsieur Polin,\n\nCi-joint notre dossier. N'hésitez pas à m'appeler si besoin.\n\n"
                    "Thierry Ducrocq\n"),
     v=dict(org="", legal="association loi 1901", street="27 rue de la Briqueterie", pc_city="59470 Wormhout",
            bank="FR76 3000 4012 7700 0103 4455 921",
            contact="Thierry Ducrocq, trésorier de l'Amicale des Quartiers de Wormhout", role="(voir ci-dessus)",
            phone="07 81 45 60 23", email="t.ducrocq@example.org",
            contact2="Laurence Fournier (secrétaire) 06 58 14 22 70", chair="Michel Dehaene, 03 28 62 95 18",
            title="Un city-stade pour le quartier du Moulin",
            location="terrain derrière la salle des sports, Wormhout",
            desc="Les jeunes du quartier n'ont aucun endroit pour jouer au foot ou au basket. Nous proposons un "
                 "petit terrain multisports en accès libre, conçu avec eux, et un tournoi d'inauguration.",
            partic="Deux ateliers avec les jeunes pour choisir l'équipement, le club de foot et la maison de "
                   "quartier participent.",
            planning="printemps 2020", sig_name="Thierry Ducrocq", sig_pd="Wormhout, 4 juin 2019"),
     budget=bud([("Structure multisports - devis Sport'Équip", "8 980,50 €"), ("Terrassement et sol", "2 650,00 €"),
                 ("Consultation des jeunes (ateliers)", "850,00 €"), ("Inauguration / tournoi", "1 000,00 €")],
                total="13 480,50 €", own="1 480,50 €", other="Ville de Wormhout : 2 000,00 €",
                req="10 000 € (maximum)"),
     sessions=["X", "X", "X", "X", "X"],
     truth=T("Amicale des Quartiers de Wormhout", "Thierry Ducrocq", "t.ducrocq@example.org", "+33781456023",
             "27 rue de la Briqueterie", "59470", "Wormhout", "FR", "Un city-stade pour le quartier du Moulin",
             "10000.00", "13480.50")),
# ---------------------------------------------------------------- 018
dict(fmt="pdf_form", variant="fillable", lang="nl", stamp=(2019, 6, 7, 9, 20, 0),
     attach="Aanvraagformulier Feestcomité Oostvleteren.pdf",
     mail=dict(from_name="Luc Vanneste", from_addr="luc.vanneste@example.com", date=(2019, 6, 7, 9, 34, 0),
               subject="Aanvraag Maak werk van je buurt - Oostvleteren",
               body="Beste Jonas,\n\nIn bijlage de aanvraag van het feestcomité. Aanspreekpunt is Evelien Pattyn (zie "
                    "formulier), zij is het best telefonisch bereikbaar.\n\nMvg,\nLuc Vanneste\nvoorzitter\n"),
     v=dict(org="Vzw Feestcomité Oostvleteren-Dorp", legal="vzw 0441.380.557", street="Kapelleweg 9",
            pc_city="8640 Oostvleteren", bank="BE36 4672 0125 8881", contact="Evelien Pattyn", role="bestuurslid",
            phone="0476-18 09 55", email="....", contact2="[naam]",
            chair="Luc Vanneste - luc.vanneste@example.com - 057 40 27 81",
            title="Dorpsontmoetingspunt in de oude smidse", location="oude smidse naast de kerk, Oostvleteren",
            desc="De oude smidse van het dorp wordt een ontmoetingspunt: koffie op zondag, een ruilkast, "
                 "vergaderruimte voor de verenigingen en een plek voor kleine tentoonstellingen.",
            partic="Drie bewonersavonden met een participatie-expert, alle verenigingen van het dorp zijn betrokken.",
            planning="januari - september 2020",
            remarks="Evelien heeft geen e-mail: liefst telefonisch of per post.",
            sig_name="Luc Vanneste (voorzitter)", sig_pd="Oostvleteren, 7 juni 2019"),
     budget=bud([("Renovatie vloer en verlichting", "4.900,00"), ("Meubilair en keukentje", "3.150,00"),
                 ("Participatie-expert (bewonersavonden)", "1.950,00"), ("Opening en communicatie", "1.000,00")],
                total="€ 11.000,-", own="2.750,00", other="", req="8.250,00"),
     sessions=["X", "X", "X", "", "X"],
     truth=T("Vzw Feestcomité Oostvleteren-Dorp", "Evelien Pattyn", None, "+32476180955", "Kapelleweg 9", "8640",
             "Oostvleteren", "BE", "Dorpsontmoetingspunt in de oude smidse", "8250.00", "11000.00")),
# ---------------------------------------------------------------- 019
dict(fmt="odt_form", lang="fr", stamp=(2019, 5, 31, 15, 0, 0), attach="Formulaire Voisins du Westhoek.odt",
     mail=dict(from_name="Isabelle Lambert", from_addr="isabelle.lambert@example.com", date=(2019, 5, 31, 15, 12, 0),
               subject="Candidature Partons 2.0 - Koksijde",
               body="Bonjour Monsieur Polin,\n\nJe vous envoie la candidature de notre asbl (formulaire en pièce "
                    "jointe, version LibreOffice).\n\nBien à vous,\nIsabelle Lambert\nLes Voisins du Westhoek asbl\n"),
     v=dict(org="Les Voisins du Westhoek (asbl)", legal="asbl - n° d'entreprise 0678.331.904",
            street="Zeelaan 220", pc_city="8670 Koksijde", bank="BE17 0635 5512 3321", contact="Isabelle Lambert",
            role="secrétaire", phone="+32 (0)479 55 12 38", email="isabelle.lambert@example.com",
            contact2="Nom + prénom", chair="Jacques Baert, président, 058 51 77 02",
            title="Table d'hôtes de quartier à Koksijde",
            location="salle paroissiale, Koksijde-Bad (à confirmer)",
            desc="Une fois par mois, une table d'hôtes ouverte à tous les voisins, francophones et néerlandophones, "
                 "résidents permanents et secondaires, pour se rencontrer autour d'un repas préparé ensemble.",
            partic="Équipe de bénévoles des deux communautés linguistiques, appui d'une animatrice interculturelle.",
            planning="octobre 2019 - juin 2020",
            remarks="Mon GSM : 0479 55 12 38 (messagerie).", sig_name="Isabelle Lambert",
            sig_pd="Koksijde, le 31 mai 2019"),
     budget=bud([("Équipement cuisine mobile", "3 950 €"), ("Vaisselle, nappes", "1 200 €"),
                 ("Animatrice interculturelle", "2 800 €"), ("Communication (FR/NL)", "800 €"),
                 ("Soirée de lancement", "1 000 €")],
                total="9 750 €", own="3 750 €", other="—", req="6 000 €"),
     sessions=["X", "X", "X", "X", "X"],
     truth=T("Les Voisins du Westhoek", "Isabelle Lambert", "isabelle.lambert@example.com", "+32479551238",
             "Zeelaan 220", "8670", "Koksijde", "BE", "Table d'hôtes de quartier à Koksijde", "6000.00", "9750.00")),
# ---------------------------------------------------------------- 020
dict(fmt="pdf_letter", lang="fr", stamp=(2019, 6, 14, 21, 0, 0), attach="lettre projet Kokereele.pdf",
     mail=dict(from_name="Gérard Vanhove", from_addr="gerard.vanhove@example.net", date=(2019, 6, 14, 21, 26, 0),
               subject="Idée de projet - hameau du Kokereele",
               body="Bonsoir Monsieur,\n\nJe vous joins notre lettre pour l'appel à projets.\nMerci d'avance,\n\n"
                    "G. Vanhove\n"),
     letter=dict(head=["Gérard Vanhove", "18 rue du Mont des Cats", "59299 Boeschepe", "tél. 06 59 03 22 84"],
                 to=["Provincie West-Vlaanderen", "M. Jonas Polin", "Woumenweg 100", "8600 Diksmuide (Belgique)"],
                 place_date="Boeschepe, le 14 juin 2019",
                 subject="Objet : idée de projet « Bancs et boîte à livres au hameau du Kokereele »",
                 salute="Monsieur Polin,",
                 paras=["Je vous écris au nom d'un petit groupe de voisins du hameau (une douzaine de familles). "
                        "Nous ne sommes pas constitués en association, mais nous nous réunissons depuis deux ans "
                        "pour la fête des voisins.",
                        "Notre idée : restaurer l'ancien abri de bus du hameau pour en faire une boîte à livres, "
                        "installer deux bancs et une table de pique-nique, et organiser une journée de travaux en "
                        "commun suivie d'un repas.",
                        "D'après les devis que nous avons reçus : menuiserie et restauration de l'abri 4 200 €, "
                        "bancs et table 2 900 €, journée de chantier et repas 1 300 €.",
                        "Nous demandons une aide de 7 000 euros à Partons 2.0 ; le reste serait payé par une "
                        "collecte entre voisins.",
                        "Je peux être joint au numéro ci-dessus ou par courriel (gerard.vanhove@example.net)."],
                 close="Avec mes remerciements, veuillez recevoir mes salutations.",
                 sig=["Gérard Vanhove"],
                 ps=["P.-S. Nous pourrons venir aux sessions d'échange, sauf le 28 novembre."]),
     truth=T(None, "Gérard Vanhove", "gerard.vanhove@example.net", "+33659032284", "18 rue du Mont des Cats",
             "59299", "Boeschepe", "FR", "Bancs et boîte à livres au hameau du Kokereele", "7000.00", "8400.00")),
]
