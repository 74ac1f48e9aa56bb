from lib import M, D, COORD

def QR(lang, p="a"):
    if lang == "fr":
        return ("\n\nLe {RDATE:%s}, Partons 2.0 <coordinator@partons.example.org> a écrit :\n"
                "> Accusé de réception {REF:%s} : {RTITLE:%s}\n>\n> Bonjour,\n"
                "> Nous avons bien reçu votre idée de projet sous la référence {REF:%s}.\n"
                "> La sélection aura lieu fin juin 2019.\n> Cordialement,\n> L'équipe Partons 2.0\n") % (p, p, p, p)
    return ("\n\nOp {RDATE:%s} schreef Partons 2.0 <coordinator@partons.example.org>:\n"
            "> Ontvangstbevestiging {REF:%s}: {RTITLE:%s}\n>\n> Beste,\n"
            "> Wij hebben uw projectidee goed ontvangen onder referentie {REF:%s}.\n"
            "> De selectie gebeurt eind juni 2019.\n> Met vriendelijke groeten,\n> Partons 2.0 - coördinatie\n") % (p, p, p, p)

def RS(lang, p="a", pre=None):
    if lang == "fr":
        return (pre or "RE: ") + "Accusé de réception {REF:%s} : {RTITLE:%s}" % (p, p)
    return (pre or "Re: ") + "Ontvangstbevestiging {REF:%s}: {RTITLE:%s}" % (p, p)

S = {}

# ---------------------------------------------------------------- Kemmel, PDF form, phone supplied, amount lowered
def kemmel():
    f = "Dorpsraad Kemmel <dorpsraad@kemmel-dorpsraad.example.org>"
    return [
        M(D("2019-04-09 20:14"), f, "Projectidee Maak werk van je buurt - Dorpsraad Kemmel",
          "Beste coördinator,\n\nIn bijlage vindt u het ingevulde aanvraagformulier van de Dorpsraad Kemmel voor de "
          "projectenoproep 'Maak werk van je buurt!'.\n\nOns idee: de leegstaande benedenverdieping van de oude pastorie "
          "inrichten als dorpsontmoetingspunt, met een koffiehoek, een leesplek en een vaste zitdag van de buurtwerker.\n"
          "We vragen 9.000 euro op een totale kost van 14.200 euro (de rest komt van de gemeente en eigen acties).\n\n"
          "Met vriendelijke groeten,\nAn Debruyne\nvoorzitter Dorpsraad Kemmel",
          "application", "nl", "a", title="Dorpsontmoetingspunt in de oude pastorie",
          att=[("pdf", "aanvraagformulier_Kemmel.pdf", ["# Maak werk van je buurt! - aanvraagformulier",
               "Organisatie: Dorpsraad Kemmel", "Contactpersoon: An Debruyne", "E-mail: dorpsraad@kemmel-dorpsraad.example.org",
               "Titel: Dorpsontmoetingspunt in de oude pastorie", "Gevraagd bedrag: 9.000 EUR", "Totale kostprijs: 14.200 EUR",
               "Korte omschrijving: ontmoetingsplek in de pastorie, koffiehoek, leesplek."])],
          note="application with PDF form; no phone number given"),
        M(D("2019-04-10 08:02"), f, RS("nl"),
          "Dag,\n\nDank voor de bevestiging. Ik merk dat ik mijn telefoonnummer vergeten was op het formulier: 0472 18 33 90.\n\nAn"
          + QR("nl"), "follow_up", "nl", "a", irt="rcpt:a", note="supplies the missing phone number (not a change)"),
        M(D("2019-05-21 19:40"), f, RS("nl", pre="Re: Re: "),
          "Beste,\n\nNa overleg met de gemeente kunnen zij een groter deel van de inrichting dragen. Het bedrag dat we bij jullie "
          "vragen wordt 7.500 i.p.v. 9.000 euro. De totale kost blijft 14.200.\n\nGroeten,\nAn Debruyne" + QR("nl"),
          "changed_values", "nl", "a", changed={"requested_amount": "7500.00"}, irt="rcpt:a",
          note="lowers requested amount 9000 -> 7500; total unchanged"),
    ]
S["kemmel"] = kemmel

# ---------------------------------------------------------------- Esquelbecq, FR body only, auto-reply, change, coaching question in Sept
def esquelbecq():
    f = "Comité des fêtes d'Esquelbecq <comite.fetes@esquelbecq-asso.example.net>"
    return [
        M(D("2019-04-15 11:32"), f, "Appel à projets Faites bouger votre quartier - jardin partagé",
          "Bonjour Monsieur,\n\nLe comité des fêtes d'Esquelbecq souhaite participer à l'appel à projets « Faites bouger votre "
          "quartier ! ».\n\nNotre idée : créer un jardin partagé derrière la salle des fêtes, avec des bacs surélevés accessibles "
          "aux personnes âgées de la résidence voisine et un coin pour les enfants de l'école. Nous avons déjà une vingtaine "
          "d'habitants intéressés.\n\nMontant demandé : 6 500 €\nBudget total : 8 000 €\nContact : Martine Vanhee, 06 71 42 88 19\n\n"
          "Bien cordialement,\nMartine Vanhee\nPrésidente du Comité des fêtes",
          "application", "fr", "a", title="Jardin partagé derrière la salle des fêtes", note="application in the body, all fields present"),
        M(D("2019-04-15 11:34"), "Martine Vanhee <comite.fetes@esquelbecq-asso.example.net>", "Réponse automatique : " + RS("fr", pre=""),
          "Bonjour,\n\nJe suis absente jusqu'au 23 avril. Pour toute urgence, contactez la mairie au 03 28 00 00 00.\n\nMartine Vanhee",
          "auto_reply", "fr", "a", irt="rcpt:a", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
          note="out-of-office answering the receipt"),
        M(D("2019-04-26 17:05"), f, RS("fr"),
          "Bonjour,\n\nAprès avoir revu les devis pour les bacs en bois, finalement nous demandons 6 000 € (et non 6 500 €). "
          "Le budget total passe à 7 500 €.\n\nMerci et bonne journée,\nMartine" + QR("fr"),
          "changed_values", "fr", "a", changed={"requested_amount": "6000.00", "total_budget": "7500.00"}, irt="rcpt:a",
          note="lowers requested amount and total"),
        M(D("2019-09-03 09:48"), f, "Sessions d'accompagnement - Esquelbecq",
          "Bonjour,\n\nSuite à la bonne nouvelle de la sélection (merci !), une question pratique : pour la session du 26/09, "
          "combien de personnes de notre comité peuvent venir ? Et l'adresse exacte n'est pas encore connue ?\n\n"
          "Martine Vanhee\nComité des fêtes d'Esquelbecq (jardin partagé)",
          "follow_up", "fr", "a", note="question about the coaching sessions from a selected project; after the deadline but project on time, not late"),
    ]
S["esquelbecq"] = esquelbecq

# ---------------------------------------------------------------- Westouter, EN expat two-liner
def westouter():
    f = "Sarah Whitfield <sarah.whitfield@mailbox.example.com>"
    return [
        M(D("2019-04-18 22:51"), f, "repair cafe",
          "Hi, we'd like to start a repair café in Westouter (village hall, once a month). Need about 3000 euro for tools and "
          "a workbench.\nSarah", "application", "en", "a", title="repair cafe",
          note="two-line application in English, no organisation"),
        M(D("2019-05-02 10:15"), f, "Re: repair cafe",
          "Hello,\nDid you receive my mail from 18 April about the repair café? I haven't heard anything, maybe it went to spam.\n"
          "Thanks, Sarah\n\n> Hi, we'd like to start a repair café in Westouter (village hall, once a month). Need about 3000 "
          "euro for tools and a workbench.\n> Sarah", "follow_up", "en", "a", irt="prev",
          note="'did you receive my mail?' - follows her own first mail, not the receipt"),
        M(D("2019-05-02 21:30"), f, RS("en"),
          "Thanks, found it in my spam folder indeed. For the record: we are a group of neighbours under the name 'Westouter "
          "Fix-it', my phone is +32 486 55 21 07.\nSarah" + QR("nl"),
          "follow_up", "en", "a", irt="rcpt:a", note="supplies organisation name and phone (previously missing)"),
    ]
S["westouter"] = westouter

# ---------------------------------------------------------------- Hoogstade, forwarded by town hall, contact changes
def hoogstade():
    th = "Gemeente Alveringem - Onthaal <onthaal@alveringem-gemeente.example.org>"
    return [
        M(D("2019-04-24 14:20"), th, "Fwd: projectidee buurtmoestuin Hoogstade",
          "Goeiemiddag,\n\nOnderstaande brief werd aan ons loket afgegeven. We sturen hem door voor de projectenoproep "
          "'Maak werk van je buurt!'.\n\nMet vriendelijke groet,\nDienst Onthaal\nGemeente Alveringem\n\n"
          "---------- Doorgestuurd bericht ----------\nVan: Rita Vermeersch <rita.vermeersch@posteo.example.net>\n"
          "Datum: di 23 apr. 2019\nOnderwerp: projectidee\n\nBeste,\nMet enkele buren van de Kasteelstraat willen we een "
          "buurtmoestuin aanleggen op het braakliggend stuk naast de kerk van Hoogstade. We denken aan 12 bakken, een "
          "regenwaterton, een tuinhuis en een bank. Schatting: 4.300 euro. We noemen ons 'De Hoogstaadse Groentjes'.\n\n"
          "Rita Vermeersch", "application", "nl", "a", title="Buurtmoestuin Hoogstade",
          note="forwarded by the town hall; the applicant is the resident in the forwarded part, not the municipality"),
        M(D("2019-04-29 19:02"), "Rita Vermeersch <rita.vermeersch@posteo.example.net>", "buurtmoestuin Hoogstade",
          "Dag meneer,\n\nDe gemeente heeft mijn brief over de buurtmoestuin naar u doorgestuurd, zeiden ze. Hier nog mijn gsm-nummer "
          "voor als u vragen hebt: 0495 27 60 11.\n\nVriendelijke groeten\nRita Vermeersch",
          "follow_up", "nl", "a", note="supplies a phone number for the forwarded application; no reference quoted"),
        M(D("2019-06-05 08:45"), "Rita Vermeersch <rita.vermeersch@posteo.example.net>", RS("nl"),
          "Beste,\n\nIk verhuis eind juni naar Veurne. Vanaf nu is Koen Ghesquiere (buurman, Kasteelstraat 9) het aanspreekpunt voor "
          "de Hoogstaadse Groentjes: koen.ghesquiere@mail.example.net, 0478 90 12 64.\n\nGroeten,\nRita" + QR("nl"),
          "changed_values", "nl", "a", irt="rcpt:a",
          changed={"contact_name": "Koen Ghesquiere", "email": "koen.ghesquiere@mail.example.net", "phone": "+32478901264"},
          note="new contact person with new e-mail and phone"),
    ]
S["hoogstade"] = hoogstade

# ---------------------------------------------------------------- Hondschoote, helper (daughter), forgotten attachment
def hondschoote():
    f = "Claire Bailleul <claire.bailleul@courriel.example.com>"
    return [
        M(D("2019-05-06 21:12"), f, "Candidature pour mon père - Les Amis de la Place, Hondschoote",
          "Bonsoir,\n\nJ'écris de la part de mon père, Gérard Bailleul, président de l'association « Les Amis de la Place » à "
          "Hondschoote, qui n'a pas d'adresse mail. Il souhaite déposer un projet : remettre des bancs et des bacs fleuris sur la "
          "place et organiser un marché de printemps avec les commerçants.\n\nVous trouverez ci-joint le dossier rempli.\n"
          "Vous pouvez le joindre au 03 28 11 22 90 (fixe).\n\nCordialement,\nClaire Bailleul (pour Gérard Bailleul)",
          "application", "fr", "a", title="Animation et embellissement de la place",
          note="sent by a helper for her father; says 'ci-joint' but nothing attached"),
        M(D("2019-05-06 21:19"), f, "Re: Candidature pour mon père - Les Amis de la Place, Hondschoote",
          "Oups, la pièce jointe, désolée !\nClaire\n\n> Vous trouverez ci-joint le dossier rempli.",
          "follow_up", "fr", "a", irt="prev",
          att=[("docx", "dossier_Amis_de_la_Place.docx", ["# Faites bouger votre quartier ! - dossier",
                "Association : Les Amis de la Place, Hondschoote", "Contact : Gérard Bailleul, 03 28 11 22 90",
                "Titre : Animation et embellissement de la place", "Montant demandé : 5 800 €", "Budget total : 7 200 €",
                "Description : bancs, bacs fleuris, marché de printemps avec les commerçants."])],
          note="forgotten attachment sent seven minutes later"),
    ]
S["hondschoote"] = hondschoote

# ---------------------------------------------------------------- Sint-Jan-ter-Biezen, empty subject, 2nd idea in same thread
def sjtb():
    f = "Marc Lefever <marc.lefever@telenet-mail.example.net>"
    return [
        M(D("2019-04-30 18:03"), f, "",
          "Goedenavond\n\nMet een paar gepensioneerden uit Sint-Jan-ter-Biezen willen we een groep vrijwillige chauffeurs opzetten "
          "die minder mobiele dorpsgenoten naar de dokter, de apotheek of de markt in Poperinge brengen. We vragen 4.800 euro voor "
          "een opleiding, verzekering en een telefoonpermanentie.\n\nMarc Lefever\nSint-Jan-ter-Biezen\n0473 44 19 82",
          "application", "nl", "a", title="Vrijwillige chauffeurs Sint-Jan-ter-Biezen", note="empty subject; application in the body"),
        M(D("2019-05-03 09:26"), f, RS("nl"),
          "Dag,\n\nMerci voor de bevestiging. Bij onze eerste vergadering kwam er nog een heel ander idee op: een boekenruilkast "
          "en een bank aan de kerk, voor de wandelaars en de buurt. Kan dat als apart project? Het zou een 1.200 euro kosten.\n\n"
          "Marc" + QR("nl"), "new_idea", "nl", "b", irt="rcpt:a", title="Boekenruilkast en bank aan de kerk",
          note="second, different idea sent in the thread of the first receipt"),
        M(D("2019-05-03 14:40"), f, RS("nl", "b"),
          "Ok, dank u. Beide projecten staan dus apart genoteerd.\nMarc" + QR("nl", "b"),
          "follow_up", "nl", "b", irt="rcpt:b", note="thank-you replying to the receipt of the second idea"),
    ]
S["sjtb"] = sjtb

# ---------------------------------------------------------------- Reninge school: inquiry then application
def reninge():
    f = "Directie VBS Reninge <directie@vbs-reninge.example.org>"
    return [
        M(D("2019-04-11 12:30"), f, "vraagje",
          "Goeiedag,\n\nIs een school ook welkom in deze oproep? Wij zijn een kleine dorpsschool en denken eraan iets te doen "
          "rond onze speelplaats, maar het is nog niet uitgewerkt.\n\nDirectie VBS Reninge\nGeert Vanneste",
          "inquiry", "nl", None, note="'is a school welcome?' - no concrete project yet"),
        M(D("2019-05-27 16:10"), f, "Projectidee speelplaats VBS Reninge",
          "Beste,\n\nBedankt voor uw antwoord van vorige maand. Hierbij ons idee: we willen onze speelplaats na de schooluren en in "
          "het weekend openstellen voor alle kinderen van het dorp, met nieuwe speeltoestellen, een zitrand en een afsluitbaar "
          "poortje. Ouderraad en dorpsraad doen mee.\n\nGevraagd: 10.000 euro, totaal 16.500 euro.\n\nGeert Vanneste\n"
          "directeur VBS Reninge, 057 40 00 00", "application", "nl", "a", title="Open speelplaats voor het dorp",
          note="the school now sends a concrete idea"),
    ]
S["reninge"] = reninge

# ---------------------------------------------------------------- Rexpoede commune: RE: oproep, title and total change
def rexpoede():
    f = "Mairie de Rexpoede <mairie@rexpoede-mairie.example.org>"
    return [
        M(D("2019-05-09 10:05"), f, "RE: oproep",
          "Bonjour,\n\nEn réponse à votre appel à projets, la commune de Rexpoede présente l'idée d'un marché de producteurs "
          "locaux, un vendredi soir par mois, sur la place, avec les agriculteurs du village et d'Oost-Cappel.\n\n"
          "Montant sollicité : 10 000 €\nBudget total : 15 000 €\nRéférent : Julien Deswarte, adjoint, 03 28 00 11 22\n\n"
          "Cordialement,\nLe secrétariat de mairie\n\n-----Message d'origine-----\nDe : Partons 2.0\nObjet : oproep "
          "Maak werk van je buurt! / Faites bouger votre quartier !\n> 100 000 euro steun voor 10 lokale (burger)initiatieven!",
          "application", "fr", "a", title="Marché de producteurs locaux à Rexpoede", irt="ans",
          note="subject 'RE: oproep' replying to the call mailing; the commune itself applies"),
        M(D("2019-05-20 15:31"), f, RS("fr"),
          "Bonjour,\n\nSuite au conseil municipal, le projet s'appellera désormais « Marché paysan transfrontalier Rexpoede – "
          "Oost-Cappel ». Le reste est inchangé.\n\nJulien Deswarte" + QR("fr"),
          "changed_values", "fr", "a", irt="rcpt:a",
          changed={"project_title": "Marché paysan transfrontalier Rexpoede – Oost-Cappel"}, note="new title"),
        M(D("2019-06-12 11:02"), f, RS("fr", pre="RE: RE: "),
          "Bonjour,\n\nPetite mise à jour : le budget total passe à 18 500 €, la commune prend en charge les barnums. "
          "Montant sollicité inchangé.\n\nJ. Deswarte" + QR("fr"),
          "changed_values", "fr", "a", irt="rcpt:a", changed={"total_budget": "18500.00"}, note="new total only; requested amount unchanged"),
    ]
S["rexpoede"] = rexpoede

# ---------------------------------------------------------------- Zillebeke long letter, photo, question after deadline
def zillebeke():
    f = "Buurtvereniging 't Zillebeeks Hart <info@zillebeeks-hart.example.org>"
    body = ("Geachte heer, mevrouw,\n\nBuurtvereniging 't Zillebeeks Hart vzw dient hierbij graag een projectidee in voor de oproep "
            "'Maak werk van je buurt!'.\n\n1. Aanleiding\nZillebeke is de voorbije jaren sterk veranderd. Veel nieuwe gezinnen, "
            "maar ook veel alleenwonende ouderen. Bij een bevraging die we vorig najaar deden (83 antwoorden) gaf bijna de helft van "
            "de ouderen aan niet goed te weten bij wie ze terechtkunnen voor kleine vragen.\n\n2. Idee\nWe willen in elke straat "
            "een straatmeester aanduiden: een vrijwilliger die de buren kent, nieuwkomers verwelkomt en mensen doorverwijst naar "
            "de juiste dorpsgenoot of dienst. Er komt een startdag, een kleine opleiding met het OCMW, een straatmeesterbord aan "
            "het ontmoetingscentrum en een jaarlijks buurtfeest.\n\n3. Participatie\nDe straatmeesters worden door de straten "
            "zelf gekozen. De dorpsraad, de KWB en het seniorenplatform zitten mee in de stuurgroep.\n\n4. Budget\n"
            "Opleiding en begeleiding: 2.400 euro\nCommunicatie en borden: 1.300 euro\nStartdag en buurtfeest: 2.300 euro\n"
            "Totaal: 6.000 euro, waarvan wij 5.200 euro vragen.\n\n5. Contact\nLieve Demeyere, secretaris, 0486 73 02 95\n\n"
            "Met de meeste hoogachting,\n\nLieve Demeyere\nsecretaris 't Zillebeeks Hart vzw\nZillebeke (Ieper)")
    return [
        M(D("2019-05-14 22:47"), f, "Projectidee: straatmeesters in Zillebeke", body, "application", "nl", "a",
          title="Straatmeesters in Zillebeke", html=True, note="long structured letter, html alternative"),
        M(D("2019-05-25 13:12"), f, RS("nl"),
          "Dag,\n\nZoals beloofd een foto van de plek aan het ontmoetingscentrum waar het straatmeesterbord zou komen.\n\n"
          "Lieve" + QR("nl"), "follow_up", "nl", "a", irt="rcpt:a",
          att=[("jpg", "plek_bord_Zillebeke.jpg", ((180, 200, 230),))], note="photo of the site"),
        M(D("2019-06-24 09:20"), f, "Wanneer horen we iets? - {REF:a}",
          "Goeiemorgen,\n\nWanneer mogen we de uitslag van de selectie verwachten? Onze stuurgroep vergadert op 1 juli en wil "
          "graag weten waar we staan.\n\nVriendelijke groeten,\nLieve Demeyere\n't Zillebeeks Hart ({REF:a})",
          "follow_up", "nl", "a", note="question about own file after the deadline; project was on time, so not late"),
    ]
S["zillebeke"] = zillebeke

# ---------------------------------------------------------------- Vleteren, Dutch speaker writing English, inquiry + brainstorm
def vleteren():
    f = "Bart Coudenys <bart.coudenys@vleteren-mail.example.net>"
    return [
        M(D("2019-04-05 07:55"), f, "Question about the call",
          "Dear Sir,\n\nI read about your call in the newspaper. Can our village take part? We are living in Oostvleteren and "
          "we have a small group of neighbours who want to do something but we have no idea yet what exactly. Is that a problem?\n\n"
          "Kind regards,\nBart Coudenys", "inquiry", "en", None, note="can our village take part? no idea yet"),
        M(D("2019-04-08 20:33"), f, "RE: Question about the call",
          "Hello,\n\nThank you for your fast answer. Yes we are very interested in the brainstorm session with the expert. "
          "Is it possible on a Tuesday evening in May, in the parish hall of Oostvleteren? We will be with maybe 15 people.\n\n"
          "Greetings,\nBart\n\n-----Original Message-----\nFrom: Partons 2.0\nSent: Monday 8 April 2019 11:02\n"
          "> ... we can offer a brainstorm session on site, led by an expert ...",
          "inquiry", "en", None, irt="ans", note="brainstorm session request after the coordinator's answer"),
    ]
S["vleteren"] = vleteren

# ---------------------------------------------------------------- Bailleul: brainstorm, then application
def bailleul():
    f = "Nadia Ben Salah <nadia.bensalah@quartier-gare-bailleul.example.org>"
    return [
        M(D("2019-04-17 13:44"), f, "Demande de séance de brainstorming",
          "Bonjour,\n\nNous sommes un petit collectif d'habitants du quartier de la gare à Bailleul. Nous avons envie de faire "
          "quelque chose pour le quartier mais nous n'avons pas encore d'idée concrète. Est-ce que vous pourriez organiser une "
          "séance de brainstorming chez nous ?\n\nMerci,\nNadia Ben Salah", "inquiry", "fr", None, note="brainstorm request, no idea yet"),
        M(D("2019-04-23 09:10"), f, "RE: Demande de séance de brainstorming",
          "Bonjour,\n\nLe mardi 14 mai à 18h30 nous convient très bien. Ce sera à la salle du centre social, rue de la Gare.\n\n"
          "Nadia\n\n> Pourriez-vous nous proposer une date ?", "inquiry", "fr", None, irt="ans",
          note="confirms the brainstorm date; still no project"),
        M(D("2019-06-03 20:05"), f, "Notre idée après le brainstorming - quartier de la gare",
          "Bonjour,\n\nSuite à la séance du 14 mai, voici notre idée : une fresque participative sur le mur du passage sous la "
          "voie ferrée, réalisée avec les habitants et les jeunes du quartier, suivie d'une fête de quartier.\n"
          "Montant demandé : 4 000 €.\n\nCollectif Quartier Gare Bailleul\nNadia Ben Salah - 06 24 51 77 30",
          "application", "fr", "a", title="Fresque participative du quartier de la gare", note="application after a brainstorm"),
    ]
S["bailleul"] = bailleul

# ---------------------------------------------------------------- Beveren-aan-den-IJzer: question about own file, totals change
def beveren():
    f = "Els Decroos <els.decroos@beveren-buurt.example.net>"
    return [
        M(D("2019-05-02 11:50"), f, "aanvraag buurtwinkel Beveren-aan-den-IJzer",
          "Beste\n\nSinds de bakker dicht is, is er in Beveren-aan-den-IJzer geen enkele winkel meer. Met de vzw Beverse Buren willen "
          "we een kleine coöperatieve buurtwinkel starten in het oud gemeentehuis, open drie voormiddagen per week, met vrijwilligers.\n\n"
          "Gevraagd bedrag: 8.000 euro\nTotaal: 11.000 euro\n\nEls Decroos, vzw Beverse Buren, 0497 11 40 26",
          "application", "nl", "a", title="Coöperatieve buurtwinkel in het oud gemeentehuis"),
        M(D("2019-05-08 15:05"), f, RS("nl"),
          "Dag,\n\nNog een vraagje over ons dossier: mogen we de aankoop van een koeltoog ook in de begroting steken, of is dat geen "
          "'klein materiaal' meer?\n\nEls" + QR("nl"), "follow_up", "nl", "a", irt="rcpt:a",
          note="question about eligible costs of one's own project"),
        M(D("2019-05-16 19:22"), f, RS("nl"),
          "Beste,\n\nDank voor de uitleg. We laten de koeltoog dan uit het project: nieuw totaal 9.200 euro en we vragen nog 7.000 euro.\n\n"
          "Els" + QR("nl"), "changed_values", "nl", "a", irt="rcpt:a",
          changed={"total_budget": "9200.00", "requested_amount": "7000.00"}, note="both total and requested amount change"),
    ]
S["beveren"] = beveren
