from lib import M, D, COORD
from scen1 import QR, RS, S

def lampernisse():
    f = "Griet Vandewalle <griet.vandewalle@lampernisse.example.net>"
    return [
        M(D("2019-04-19 16:40"), f, "Aanvraag Maak werk van je buurt",
          "Beste,\n\nIn bijlage ons aanvraagformulier. Groetjes,\nGriet Vandewalle\nfeitelijke vereniging Lampernisse Leeft",
          "application", "nl", "a", title="Aanvraag Maak werk van je buurt",
          att=[("docx", "aanvraag_Lampernisse.docx", ["# Aanvraagformulier", "Organisatie: feitelijke vereniging Lampernisse Leeft",
                "Titel: Dorpsbankjes en wandellus", "Gevraagd bedrag: 3.900 euro", "Totaal: 4.500 euro",
                "Contact: Griet Vandewalle, 0470 66 13 29"])], note="all data only in the DOCX"),
        M(D("2019-05-23 20:55"), f, RS("nl"),
          "Dag,\n\nTwee aanpassingen: we zijn intussen een vzw geworden, dus de organisatie is nu 'Lampernisse Leeft vzw'. En de "
          "titel wordt 'Rustpunten langs de Lampernisse wandellus'.\n\nGriet" + QR("nl"), "changed_values", "nl", "a", irt="rcpt:a",
          changed={"organisation": "Lampernisse Leeft vzw", "project_title": "Rustpunten langs de Lampernisse wandellus"},
          note="new organisation name and new title"),
        M(D("2019-05-24 07:30"), f, RS("nl"), "top, dank je!\nG." + QR("nl"), "follow_up", "nl", "a", irt="rcpt:a", note="short thank-you"),
    ]
S["lampernisse"] = lampernisse

def steenwerck():
    f = "Café associatif Le Lien <lelien.steenwerck@asso.example.org>"
    return [
        M(D("2019-04-26 10:45"), f, "Faites bouger votre quartier - Café Le Lien",
          "Bonjour,\n\nNotre association anime un café associatif à Steenwerck. Nous souhaitons l'ouvrir aux jeunes le mercredi "
          "après-midi (jeux, aide aux devoirs) : achat de mobilier et de jeux, formation des bénévoles. Montant : 4 500 €.\n\n"
          "Pauline Verstraete, coordinatrice, 06 12 98 45 31", "application", "fr", "a", title="Le Lien ouvert aux jeunes"),
        M(D("2019-05-17 14:20"), f, "Deuxième projet - bacs potagers école",
          "Bonjour,\n\nC'est encore nous (Le Lien, Steenwerck). En plus du projet du mercredi, les parents nous ont proposé une autre "
          "idée, sans lien avec le café : installer des bacs potagers devant l'école Jules Ferry, entretenus par les habitants et "
          "les enfants. Environ 2 000 €. Pouvons-nous déposer les deux ?\n\nPauline Verstraete",
          "new_idea", "fr", "b", title="Bacs potagers devant l'école", note="second, unrelated idea from the same association, new thread"),
        M(D("2019-06-01 12:00"), f, RS("fr", "b"),
          "Bonjour,\n\nPour les bacs potagers, le devis est arrivé : nous demandons 2 400 € et pas 2 000 €.\n\nPauline" + QR("fr", "b"),
          "changed_values", "fr", "b", irt="rcpt:b", changed={"requested_amount": "2400.00"}, note="amount of the second idea changes"),
    ]
S["steenwerck"] = steenwerck

def watou():
    f = "Stijn Deconinck <stijn.deconinck@grensloos.example.net>"
    return [
        M(D("2019-05-19 21:10"), f, "Grensoverschrijdend project Watou - Boeschepe / projet transfrontalier",
          "Beste, bonjour,\n\nMet bewoners van Watou en Boeschepe willen we een grensoverschrijdende wandelroute met picknickplekken "
          "uitstippelen, met een ontmoetingsdag op de grens in september. We vragen 7.200 euro op een totaal van 9.000.\n\n"
          "Nos partenaires français (comité d'animation de Boeschepe) sont d'accord ; leur contact suivra.\n\n"
          "Stijn Deconinck, Watou\n0479 31 55 02", "application", "nl", "a", title="Grenswandelroute Watou - Boeschepe",
          note="mixed NL/FR, mainly Dutch"),
        M(D("2019-05-22 18:34"), "Comité d'animation de Boeschepe <animation.boeschepe@asso.example.com>", RS("nl"),
          "Bonjour,\n\nJe suis le contact côté français pour le projet de Stijn Deconinck (Watou - Boeschepe) : Thérèse Dumont, "
          "06 20 41 73 88. Nous soutenons pleinement le projet.\n\nThérèse Dumont" + QR("nl"), "follow_up", "fr", "a", irt="rcpt:a",
          note="French partner adds a second contact; not a change of the main contact"),
    ]
S["watou"] = watou

def amb_speel():
    return [M(D("2019-05-08 13:05"), "Koen Vanhaecke <koen.vanhaecke@mail.example.net>", "speelpleintjes Pollinkhove",
        "dag wout\n\nwe willen graag meedoen met ons idee rond de drie speelpleintjes in Pollinkhove (opknappen en een buurtfeest), "
        "kan je eens langskomen om te bekijken of dat past? bedrag weten we nog niet\n\nkoen",
        "application", "nl", "a", amb=True, title="speelpleintjes Pollinkhove",
        note="concrete idea but no amount and asks for a visit: could be read as an inquiry; as an idea with a place and content it is an application")]
S["amb_speel"] = amb_speel

def amb_orchard():
    f = "Dorpsraad Vinkem <dorpsraad.vinkem@mail.example.org>"
    return [
        M(D("2019-04-23 19:00"), f, "projectidee dorpsraad Vinkem",
          "Beste\n\nDe dorpsraad van Vinkem wil een dorpsmoestuin aanleggen achter de zaal, met een wekelijkse tuindag voor "
          "iedereen. We vragen 5.000 euro.\n\nNele Cnockaert, 0486 44 71 03", "application", "nl", "a", title="Dorpsmoestuin Vinkem"),
        M(D("2019-05-30 21:15"), f, RS("nl"),
          "Dag,\n\nOp de laatste vergadering kwam het voorstel om ook de oude hoogstamboomgaard naast de moestuin erbij te nemen "
          "(snoeien, bijplanten, plukdag). Kan dat mee in ons project, of moet het eerder als apart project? Het zou een 1.500 euro "
          "extra zijn.\n\nNele" + QR("nl"), "follow_up", "nl", "a", irt="rcpt:a", amb=True,
          note="could be read as a new idea or as an amount change; the writer asks which, so nothing is decided"),
    ]
S["amb_orchard"] = amb_orchard

def amb_tresorier():
    f = "Association Mieux Vivre à Warhem <mieuxvivre.warhem@asso.example.net>"
    return [
        M(D("2019-05-05 10:30"), f, "Candidature MWB - Les Jardins de Warhem - 5000 euros - contact M. Dufour 06 12 34 56 78",
          "cf objet\n\nMieux Vivre à Warhem", "application", "fr", "a", title="Les Jardins de Warhem",
          note="everything in the subject, body 'cf objet'"),
        M(D("2019-05-27 17:45"), f, RS("fr"),
          "Bonjour, le montant serait plutôt 8 000 € je pense, avec l'abri de jardin. Je vérifie avec le trésorier et je vous "
          "confirme.\nM. Dufour" + QR("fr"), "follow_up", "fr", "a", irt="rcpt:a", amb=True,
          note="tentative amount ('je pense', 'je vérifie'): not yet a change; could be read as changed_values"),
        M(D("2019-06-03 09:15"), f, RS("fr"),
          "Bonjour, le trésorier confirme : nous demandons 8 000 €, budget total 9 500 €.\nM. Dufour" + QR("fr"),
          "changed_values", "fr", "a", irt="rcpt:a", changed={"requested_amount": "8000.00"},
          note="confirmed change of the amount; the total 9 500 is supplied for the first time (not a change)"),
    ]
S["amb_tresorier"] = amb_tresorier

def leisele():
    f = "Hendrik Pyck <hendrik.pyck@leisele.example.net>"
    return [
        M(D("2019-05-11 09:50"), f, "Ontmoetingsbank Leisele",
          "Beste,\n\nWe willen in Leisele aan de bushalte en het kerkplein 'babbelbanken' zetten waar mensen kunnen aangeven dat ze "
          "graag een praatje maken, met een buurtwandeling erbij. Vereniging: Leisele Samen. Bedrag weten we nog niet exact.\n\n"
          "Hendrik Pyck, 0468 10 77 25", "application", "nl", "a", title="Ontmoetingsbank Leisele", note="amount missing"),
        M(D("2019-05-15 20:20"), f, RS("nl"),
          "Dag,\n\nWe hebben de offertes: we vragen 4.250 euro, op een totaal van 4.800 euro.\n\nHendrik" + QR("nl"),
          "follow_up", "nl", "a", irt="rcpt:a", note="amount supplied for the first time: follow_up, not a change"),
        M(D("2019-06-06 18:00"), f, RS("nl"),
          "Beste,\n\nKleine update: de timing schuift op naar het najaar, het bedrag blijft 4.250 euro.\n\nHendrik" + QR("nl"),
          "follow_up", "nl", "a", irt="rcpt:a", note="restates the same amount; no value changes"),
    ]
S["leisele"] = leisele

def sigonly():
    f = "Lotte Verschaeve <lotte.verschaeve@mail.example.com>"
    return [
        M(D("2019-05-04 23:12"), f, "telewerkplek Izenberge",
          "- telewerklokaal in het oud schooltje van Izenberge\n- 4 werkplekken + wifi + koffie\n- open voor iedereen uit het dorp\n"
          "- 6.800 eur gevraagd\n\nLotte Verschaeve\nIzenberge Werkt (feitelijke vereniging)\n0474 82 19 60\n\nVerzonden vanaf mijn iPhone",
          "application", "nl", "a", title="telewerkplek Izenberge", note="no greeting, bullet points, signature only"),
        M(D("2019-06-09 12:44"), f, RS("nl"),
          "nieuw gsm-nummer: 0491 56 23 07 (het oude werkt niet meer)\nLotte" + QR("nl"), "changed_values", "nl", "a",
          irt="rcpt:a", changed={"phone": "+32491562307"}, note="new phone number replaces the one on file"),
    ]
S["sigonly"] = sigonly

def merkem():
    f = "Sociaal huis Houthulst - Liesbeth Boone <liesbeth.boone@ocmw-houthulst.example.org>"
    return [
        M(D("2019-05-21 10:05"), f, "projectidee senioren Merkem (namens de groep)",
          "Goeiemorgen,\n\nIk ben maatschappelijk werker en schrijf namens een groep senioren uit Merkem die zelf geen e-mail gebruikt. "
          "Zij willen een wekelijkse babbelhoek met koffie in het parochiecentrum, met vervoer voor wie slecht te been is. "
          "Trekker is mevrouw Godelieve Lemahieu (Merkem). Ze vragen 2.600 euro.\n\nMet vriendelijke groet,\nLiesbeth Boone",
          "application", "nl", "a", title="Seniorenbabbelhoek Merkem", note="sent by a social worker on behalf of a group"),
        M(D("2019-05-22 15:30"), f, RS("nl"),
          "Dag,\n\nMevrouw Lemahieu vroeg me haar vast nummer door te geven: 051 00 11 22. Voor e-mail mag u mij blijven gebruiken.\n\n"
          "Liesbeth" + QR("nl"), "follow_up", "nl", "a", irt="rcpt:a", note="supplies the lead person's phone"),
    ]
S["merkem"] = merkem

def inq_en_cafe():
    return [M(D("2019-04-12 14:30"), "Tom Hendrickx <tom@thepoppy-ieper.example.com>", "Can a café owner apply?",
        "Hi there,\n\nI run a small café near the Menin Gate in Ypres. Your call mentions local shop owners. Could I apply for "
        "something like a neighbourhood reading corner in my café, or is it only for associations? And would the money go to my "
        "business?\n\nThanks,\nTom", "inquiry", "en", None, note="eligibility question from a local trader; no submission")]
S["inq_en_cafe"] = inq_en_cafe

def inq_nl_brainstorm():
    f = "Buurtcomité De Klijte <buurtcomite.deklijte@mail.example.net>"
    return [
        M(D("2019-04-24 20:40"), f, "brainstorm aanvragen",
          "Hallo, wij zijn geïnteresseerd in de brainstormsessie voor De Klijte. We hebben geen concreet idee maar wel een tiental "
          "enthousiaste buren. Welke data zijn er mogelijk in mei?\nGroeten, Marijke Devoldere", "inquiry", "nl", None,
          note="brainstorm request"),
        M(D("2019-06-20 19:12"), f, "Re: brainstorm aanvragen",
          "Dag, dank nog voor de brainstorm van vorige maand. We zijn te laat voor dit jaar, maar is er volgend jaar opnieuw een "
          "oproep?\nMarijke", "inquiry", "nl", None, irt="ans",
          note="after the deadline but no project: a general question, not late"),
    ]
S["inq_nl_brainstorm"] = inq_nl_brainstorm

def brayd():
    f = "Conseil citoyen Bray-Dunes <conseil.citoyen@braydunes.example.org>"
    return [
        M(D("2019-06-14 16:00"), f, "Projet quartier des dunes",
          "Bonjour,\n\nLe conseil citoyen de Bray-Dunes propose des ateliers de réparation et de plantation dans le quartier des "
          "Dunes, avec une fête de clôture. Nous demandons 5 000 € pour un budget de 6 300 €.\nContact : Sandrine Lefebvre, 06 77 80 14 52\n\n"
          "Le conseil citoyen", "application", "fr", "a", title="Ateliers et fête au quartier des Dunes"),
        M(D("2019-06-15 11:25"), f, RS("fr"),
          "Bonjour, la nouvelle adresse de contact de notre conseil est conseil.citoyen.bd@mairie-braydunes.example.org, merci de "
          "l'utiliser désormais.\nSandrine Lefebvre" + QR("fr"), "changed_values", "fr", "a", irt="rcpt:a",
          changed={"email": "conseil.citoyen.bd@mairie-braydunes.example.org"}, note="new e-mail address"),
        M(D("2019-07-02 10:00"), "Sandrine Lefebvre <conseil.citoyen.bd@mairie-braydunes.example.org>", "Sélection ? / quartier des Dunes {REF:a}",
          "Bonjour, avez-vous des nouvelles de la sélection pour notre projet ({REF:a}) ?\nMerci, Sandrine",
          "follow_up", "fr", "a", note="question from the new address after the deadline; on-time project, not late"),
    ]
S["brayd"] = brayd

def adinkerke():
    f = "Wijkraad Adinkerke <wijkraad.adinkerke@mail.example.org>"
    return [
        M(D("2019-06-16 20:30"), f, "Aanvraag: Buurtbib Adinkerke",
          "Beste,\n\nOp de valreep: de wijkraad van Adinkerke wil een buurtbibliotheek met zitplek inrichten in het stationsgebouw. "
          "Gevraagd bedrag: 3.300 euro.\nContact: Filip Vandekerckhove, 0475 20 61 88.\n\nWijkraad Adinkerke",
          "application", "nl", "a", title="Buurtbib Adinkerke", note="last evening before the deadline, on time"),
    ]
S["adinkerke"] = adinkerke

def merris():
    f = "Les Amis de Merris <amis.merris@asso.example.com>"
    return [
        M(D("2019-05-29 14:14"), f, "Demande - fête des voisins et jardin de curé",
          "Bonjour,\n\nNous aimerions recréer le jardin de curé derrière l'église de Merris avec les habitants et y organiser la fête "
          "des voisins. Montant demandé : 3 000 €.\n\nFrançoise Lemaire, présidente", "application", "fr", "a",
          title="Jardin de curé de Merris"),
        M(D("2019-05-30 09:00"), f, RS("fr"),
          "Merci beaucoup pour votre réponse rapide ! Nous sommes impatients.\nFrançoise Lemaire" + QR("fr"),
          "follow_up", "fr", "a", irt="rcpt:a", note="thank-you"),
        M(D("2019-06-12 19:30"), f, RS("fr"),
          "Bonjour,\n\nNotre présidente est souffrante ; c'est désormais Paul Vandaele qui suit le dossier (paul.vandaele@asso.example.com, "
          "06 11 45 90 27).\n\nLes Amis de Merris" + QR("fr"), "changed_values", "fr", "a", irt="rcpt:a",
          changed={"contact_name": "Paul Vandaele", "email": "paul.vandaele@asso.example.com", "phone": "+33611459027"},
          note="new contact person"),
    ]
S["merris"] = merris

def amb_mairie():
    return [M(D("2019-06-05 15:40"), "Mairie d'Oxelaëre <mairie@oxelaere.example.org>", "Appel à projets quartiers",
        "Bonjour,\n\nLe conseil municipal d'Oxelaëre réfléchit à un projet autour de l'ancienne école (lieu de rencontre, peut-être "
        "une bibliothèque). Rien n'est encore voté. Pouvons-nous vous rencontrer avant la date limite ?\n\nLe secrétariat",
        "inquiry", "fr", None, amb=True,
        note="mentions a vague project but nothing is decided and asks for a meeting; could be read as an application")]
S["amb_mairie"] = amb_mairie
