from lib import M, D, COORD
from scen1 import QR, RS, S

def oos_invoice():
    return [M(D("2019-05-13 08:01"), "Drukkerij Vanhoutte <facturatie@drukkerij-vanhoutte.example.com>", "Factuur 2019/0412",
        "Geachte klant,\n\nIn bijlage vindt u factuur 2019/0412 voor het drukken van 2.500 flyers 'Maak werk van je buurt!' "
        "(A5, recto verso).\nBedrag: 312,40 euro incl. btw, te betalen binnen 30 dagen op BE00 0000 0000 0000.\n\n"
        "Met vriendelijke groeten,\nBoekhouding Drukkerij Vanhoutte",
        "out_of_scope", "nl", None, att=[("pdf", "factuur_2019_0412.pdf", ["# FACTUUR 2019/0412", "Flyers A5 2500 st.", "Totaal: 312,40 EUR"])],
        note="supplier invoice for the call's flyers; mentions the call but is not an application")]
S["oos_invoice"] = oos_invoice

def oos_news():
    return [M(D("2019-04-25 10:00"), "Nieuwsbrief Westhoek Leeft <nieuws@westhoekleeft.example.org>", "Westhoek Leeft - nieuwsbrief april 2019",
        "Westhoek Leeft - nieuwsbrief april 2019\n\n* Fietsroutes langs de frontlijn vernieuwd\n* Oproep: vrijwilligers voor het "
        "erfgoedweekend\n* Nieuw: buurtbib in Lo\n* Agenda mei\n\nUitschrijven: https://westhoekleeft.example.org/uitschrijven",
        "out_of_scope", "nl", None, hdr={"List-Unsubscribe": "<https://westhoekleeft.example.org/uitschrijven>", "Precedence": "bulk"},
        note="newsletter")]
S["oos_news"] = oos_news

def oos_colleague():
    return [
        M(D("2019-05-07 09:12"), "Pieter Maes <pieter.maes@provincie.example.org>", "Overleg Grenzeloos Groen - stuurgroep 16/5",
          "Hoi,\n\nKan jij op 16 mei mee naar de stuurgroep van Grenzeloos Groen in Heuvelland? Het gaat over de aanplant langs de "
          "grens en de afrekening van werkpakket 3. Start 14u.\n\nPieter", "out_of_scope", "nl", None, to="coordinator@partons.example.org",
          note="colleague about another provincial project"),
        M(D("2019-05-07 14:40"), "Pieter Maes <pieter.maes@provincie.example.org>", "RE: Overleg Grenzeloos Groen - stuurgroep 16/5",
          "Ok, ik zet je op de lijst. Neem jij de cijfers van de boomgaardactie mee?\nP.\n\n> Ik kan, maar pas vanaf 14u30.",
          "out_of_scope", "nl", None, to="coordinator@partons.example.org", irt="ans", note="colleague's follow-up, other project"),
    ]
S["oos_colleague"] = oos_colleague

def oos_invite():
    return [M(D("2019-05-28 16:22"), "Mairie de Bergues - Protocole <protocole@bergues-mairie.example.org>", "Invitation - inauguration du beffroi restauré",
        "Madame, Monsieur,\n\nLe Maire et le Conseil municipal ont le plaisir de vous inviter à l'inauguration du beffroi restauré, "
        "le samedi 22 juin 2019 à 11h, suivie d'un vin d'honneur.\n\nRéponse souhaitée avant le 15 juin.\n\nLe service protocole",
        "out_of_scope", "fr", None, note="municipality's invitation to an event")]
S["oos_invite"] = oos_invite

def oos_supplier():
    return [M(D("2019-06-04 13:15"), "Events & Tents Flanders <sales@eventtents.example.com>", "Special offer for your funded village projects",
        "Dear Partons team,\n\nCongratulations on your village call! Your funded projects will need tents, tables and chairs. "
        "We offer 15% discount for all projects you select. Please forward this offer to your applicants.\n\nBest regards,\n"
        "Tom Verlinde, Sales", "out_of_scope", "en", None, note="supplier's commercial offer")]
S["oos_supplier"] = oos_supplier

def oos_phish():
    return [M(D("2019-05-19 03:47", "+0000"), "Mail Administrator <admin@secure-mailbox-update.example.net>", "Your mailbox quota has exceeded 98%",
        "Dear user coordinator@partons.example.org,\n\nYour mailbox has exceeded its storage limit. You will not be able to send "
        "or receive new mail until you re-validate your account.\n\nClick here to validate: http://secure-mailbox-update.example.net/validate\n\n"
        "Webmail Team", "out_of_scope", "en", None, note="phishing")]
S["oos_phish"] = oos_phish

def oos_spam_fr():
    return [M(D("2019-06-10 06:12", "+0100"), "Référencement Pro <contact@seo-top1.example.com>", "Votre site en 1ère page de Google",
        "Bonjour,\n\nVotre site partons2-0 n'apparaît pas en première page. Nous vous proposons un audit SEO gratuit.\n"
        "Répondez STOP pour ne plus recevoir nos offres.", "out_of_scope", "fr", None, hdr={"Precedence": "bulk"}, note="spam")]
S["oos_spam_fr"] = oos_spam_fr

def oos_replyall():
    a = "Hilde Vandenbroucke <hilde.vandenbroucke@poperinge-gemeente.example.org>"
    b = "Jean-Luc Verhaeghe <jl.verhaeghe@steenvoorde-mairie.example.org>"
    return [
        M(D("2019-05-15 10:30"), a, "fietsbewegwijzering grens Watou-Steenvoorde / balisage vélo",
          "Dag Jean-Luc,\n\nZoals besproken stuur ik de kaart met de nieuwe bordjes voor de fietslus Watou-Steenvoorde. "
          "Kunnen jullie de plaatsing aan Franse kant tegen eind juni doen?\n\nHilde (dienst toerisme Poperinge)",
          "out_of_scope", "nl", None, to=b, cc=COORD, note="discussion between two other people, coordinator only in CC"),
        M(D("2019-05-16 08:55"), b, "RE: fietsbewegwijzering grens Watou-Steenvoorde / balisage vélo",
          "Bonjour Hilde,\n\nMerci pour la carte. Nos services techniques peuvent poser les panneaux la semaine du 24 juin. "
          "Je mets le coordinateur Partons en copie pour info.\n\nJean-Luc\n\n> Kunnen jullie de plaatsing aan Franse kant tegen eind juni doen?",
          "out_of_scope", "fr", None, to=a, cc=COORD, irt="prev", note="reply-all between two others, CC coordinator; not about the call"),
    ]
S["oos_replyall"] = oos_replyall

def oos_leader():
    return [M(D("2019-05-22 14:03"), "Frank Dewulf <frank.dewulf@hoeve-dewulf.example.net>", "Leader subsidie hoevewinkel",
        "Goeiedag,\n\nIk wil een hoevewinkel openen op ons bedrijf in Stavele en las dat er Leader-subsidies zijn voor de Westhoek. "
        "Wanneer is de volgende Leader-oproep en wie moet ik daarvoor contacteren?\n\nFrank Dewulf",
        "out_of_scope", "nl", None, note="about a different programme (Leader), not this call")]
S["oos_leader"] = oos_leader

def oos_dorpsraad():
    return [M(D("2019-04-02 19:44"), "Dorpsraad Loker <dorpsraadloker@mail.example.net>", "subsidie dorpsraden 2019",
        "Beste,\n\nWanneer wordt de jaarlijkse werkingssubsidie voor de dorpsraden van 2019 uitbetaald? Onze rekening is "
        "BE00 1111 2222 3333. Het werkingsverslag 2018 hebben we in februari al bezorgd.\n\nMvg,\nPenningmeester Dorpsraad Loker",
        "out_of_scope", "nl", None, note="about the annual operating grant for village councils, a different scheme")]
S["oos_dorpsraad"] = oos_dorpsraad

def oos_interreg():
    return [M(D("2019-06-06 11:18"), "Sophie Lagache <s.lagache@sante-transfrontaliere.example.org>", "Interreg V - comité de suivi projet COSANTE",
        "Bonjour à tous,\n\nVeuillez trouver l'ordre du jour du comité de suivi du projet Interreg V COSANTE du 20 juin à Lille. "
        "Merci de confirmer votre présence.\n\nSophie Lagache\nChargée de mission", "out_of_scope", "fr", None,
        to="undisclosed-recipients:;", note="another Interreg V project's meeting")]
S["oos_interreg"] = oos_interreg

# ---------------------------------------------------------------- before the call
def elverdinge():
    f = "Jozef Parmentier <jozef.parmentier@skynet-mail.example.net>"
    return [
        M(D("2019-03-14 17:20", "+0100"), f, "petanquebaan Elverdinge",
          "Dag meneer,\n\nIk hoorde op de dorpsraad dat er een nieuwe oproep komt. Wij (Petanqueclub De Gouden Bol) willen naast de "
          "sporthal een petanquebaan met zitbanken aanleggen, voor jong en oud. Kostprijs ongeveer 6.500 euro, we vragen 5.000.\n\n"
          "Jozef Parmentier\n0476 30 88 12", "application", "nl", "a", title="Petanquebaan en zitbanken in Elverdinge",
          note="application sent before the call opened"),
        M(D("2019-04-16 10:02"), f, "Re: petanquebaan Elverdinge",
          "Dag,\n\nIk had in maart al gemaild over onze petanquebaan (zie hieronder). Nu de oproep officieel is: is mijn mail nog "
          "geldig of moet ik opnieuw indienen? Ik heb geen bevestiging gekregen.\n\nJozef\n\n> Wij (Petanqueclub De Gouden Bol) "
          "willen naast de sporthal een petanquebaan met zitbanken aanleggen", "follow_up", "nl", "a", irt="prev",
          note="asks whether the pre-call application still counts; follow-up, not a new application"),
    ]
S["elverdinge"] = elverdinge

def precall_inq():
    return [M(D("2019-02-19 09:40", "+0100"), "Isabelle Carton <isabelle.carton@wormhout-asso.example.com>", "Nouvel appel Partons en 2019 ?",
        "Bonjour,\n\nY aura-t-il un nouvel appel à projets « Faites bouger votre quartier » cette année ? Notre association de "
        "parents d'élèves de Ledringhem serait intéressée.\n\nIsabelle Carton", "inquiry", "fr", None, note="question before the call opened")]
S["precall_inq"] = precall_inq

def precall_report():
    return [M(D("2019-03-28 15:05", "+0100"), "Jeugdhuis De Kelder <jeugdhuis.dekelder@mail.example.org>", "eindverslag project 2018",
        "Beste,\n\nHierbij ons eindverslag en de bewijsstukken van het project 'Graffitimuur' uit de eerste oproep (2018).\n\n"
        "Groeten,\nJeugdhuis De Kelder, Houthulst", "out_of_scope", "nl", None,
        att=[("pdf", "eindverslag_graffitimuur.pdf", ["# Eindverslag 2018", "Project: Graffitimuur", "Uitgaven: 3.870 EUR"])],
        note="final report of a project from the previous (2018) call; not this call")]
S["precall_report"] = precall_report

def precall_auto():
    return [M(D("2019-03-30 12:00", "+0100"), "Gemeente Lo-Reninge <info@lo-reninge-gemeente.example.org>", "Automatisch antwoord: aankondiging oproep",
        "Bedankt voor uw bericht. Het gemeentehuis is gesloten op zaterdag. Uw mail wordt maandag behandeld.\n\n"
        "Gemeente Lo-Reninge", "auto_reply", "nl", None, irt="ans", hdr={"Auto-Submitted": "auto-replied"},
        note="auto-reply to the coordinator's announcement mailing, before the call opened")]
S["precall_auto"] = precall_auto

# ---------------------------------------------------------------- late
def proven():
    f = "Wim Ryckewaert <wim.ryckewaert@proven-zomer.example.net>"
    return [
        M(D("2019-06-17 00:21"), f, "Zomerbar dorpsplein Proven (sorry iets te laat)",
          "Beste,\n\nSorry, het is iets na middernacht, ik hoop dat het nog meetelt. Met de jeugdraad en de feestcommissie willen "
          "we in juli-augustus elke vrijdag een zomerbar op het dorpsplein van Proven, als ontmoetingsplek. We vragen 3.500 euro "
          "voor meubilair en een overkapping.\n\nWim Ryckewaert", "application", "nl", "a", title="Zomerbar op het dorpsplein van Proven",
          note="21 minutes after the deadline"),
        M(D("2019-06-17 18:02"), f, "Re: Zomerbar dorpsplein Proven (sorry iets te laat)",
          "Hier nog het budget in detail: meubilair 1.900, overkapping 1.100, affiches 500. Totaal 3.500.\nWim\n\n> Sorry, het is iets na middernacht",
          "follow_up", "nl", "a", irt="prev", note="follow-up of a late application"),
    ]
S["proven"] = proven

def wormhout():
    f = "Olivier Decool <olivier.decool@wormhout-livres.example.com>"
    return [
        M(D("2019-06-16 22:30", "+0000"), f, "Boîte à livres Wormhout - candidature",
          "Bonsoir,\n\nVoici notre projet : installer trois boîtes à livres et des bancs dans les hameaux de Wormhout, fabriquées "
          "par l'atelier bois du collège avec les habitants. Montant demandé : 2 800 €.\n\nOlivier Decool, association Lire Ensemble",
          "application", "fr", "a", title="Boîtes à livres et bancs à Wormhout",
          note="Date is 22:30 UTC = 00:30 Brussels on 17 June: late despite looking like 16 June"),
        M(D("2019-06-18 08:30"), f, "RE: Boîte à livres Wormhout - candidature",
          "Bonjour,\n\nJe me permets de relancer : avez-vous bien reçu notre candidature de dimanche soir ?\n\nOlivier Decool",
          "follow_up", "fr", "a", irt="prev", note="follow-up of a late application"),
    ]
S["wormhout"] = wormhout

def hazebrouck():
    f = "Atelier Vélo Solidaire <contact@velo-solidaire-hazebrouck.example.org>"
    return [
        M(D("2019-06-16 23:48"), f, "Candidature atelier vélo",
          "Bonsoir, juste à temps j'espère ! Projet : atelier vélo solidaire dans le quartier du Rivage à Hazebrouck, réparation "
          "participative et prêt de vélos aux habitants sans voiture. Montant demandé 7 000 €, budget total 9 400 €. "
          "Dossier complet suit demain.\nKarim Haddou, 06 58 12 40 77", "application", "fr", "a", title="Atelier vélo solidaire",
          note="11 minutes before the deadline: on time"),
        M(D("2019-06-17 12:10"), f, RS("fr"),
          "Bonjour,\n\nComme annoncé, voici le dossier complet.\n\nKarim Haddou" + QR("fr"), "follow_up", "fr", "a", irt="rcpt:a",
          att=[("pdf", "dossier_atelier_velo.pdf", ["# Atelier vélo solidaire - Hazebrouck", "Montant demandé : 7 000 €",
                "Budget total : 9 400 €", "Contact : Karim Haddou"])],
          note="documents after the deadline for an on-time application: not late"),
    ]
S["hazebrouck"] = hazebrouck

def lateen():
    f = "Greg Morrison <greg.morrison@inbox.example.com>"
    return [
        M(D("2019-07-04 16:45"), f, "Community orchard idea - Loker",
          "Hello,\n\nI only just saw the call. Me and some neighbours in Loker would like to plant a community orchard on the old "
          "football field, with benches and a picnic table. Would need maybe 5,000 euros. Is it still possible to apply?\n\nCheers,\nGreg",
          "application", "en", "a", title="Community orchard Loker", note="application in July, well after the deadline"),
        M(D("2019-07-10 09:03"), f, "RE: Community orchard idea - Loker",
          "Thanks for your honest answer. Shame, we'll keep an eye on the next call. Could you keep our idea on file?\nGreg",
          "follow_up", "en", "a", irt="ans", note="follow-up of a late project"),
    ]
S["lateen"] = lateen

# ---------------------------------------------------------------- withdrawals
def esen():
    f = "Speelpleinwerking Esen <speelplein.esen@mail.example.org>"
    return [
        M(D("2019-04-20 14:00"), f, "Aanvraag speeltuin Esen",
          "Beste,\n\nDe ouders van de wijk Sint-Jozef in Esen willen het verwaarloosde speelpleintje opknappen met natuurlijk "
          "speelmateriaal. Gevraagd: 6.000 euro. Contact: Tine Dewaele, 0471 52 33 08.\n\nSpeelpleinwerking Esen",
          "application", "nl", "a", title="Natuurlijk speelpleintje wijk Sint-Jozef"),
        M(D("2019-06-08 10:30"), f, RS("nl"),
          "Beste,\n\nDe stad Diksmuide heeft beslist het pleintje zelf volledig te vernieuwen. We trekken ons project daarom in. "
          "Bedankt voor de moeite!\n\nTine Dewaele" + QR("nl"), "withdrawal", "nl", "a", irt="rcpt:a", note="explicit withdrawal"),
    ]
S["esen"] = esen

def steenvoorde():
    f = "Foyer rural de Steenvoorde <foyer.rural@steenvoorde-asso.example.net>"
    return [
        M(D("2019-05-03 18:00"), f, "Projet : café des aidants",
          "Bonjour,\n\nLe Foyer rural propose un « café des aidants » mensuel pour les personnes qui s'occupent d'un proche malade, "
          "avec une animatrice professionnelle. Montant demandé : 3 600 €.\n\nBéatrice Lemaire, présidente",
          "application", "fr", "a", title="Café des aidants"),
        M(D("2019-06-14 09:12"), f, RS("fr"),
          "Bonjour,\n\nNous vous informons que nous retirons notre candidature : l'animatrice n'est plus disponible et le bureau "
          "préfère reporter le projet à l'an prochain.\n\nCordialement,\nBéatrice Lemaire" + QR("fr"),
          "withdrawal", "fr", "a", irt="rcpt:a", note="explicit withdrawal"),
    ]
S["steenvoorde"] = steenvoorde

def houtem():
    f = "Dorpscomité Houtem <dorpscomite.houtem@mail.example.net>"
    return [
        M(D("2019-04-27 21:20"), f, "idee Houtem",
          "Dag,\n\nHet dorpscomité van Houtem (Veurne) wil een jaarlijkse buurtdag met een boerenmarkt organiseren. "
          "Budget 2.500 euro. Contact Ward Soete 0468 23 45 97.\n\nWard", "application", "nl", "a", title="idee Houtem"),
        M(D("2019-05-29 22:05"), f, RS("nl"),
          "Dag,\n\nEerlijk gezegd: we zien er misschien van af, er zijn te weinig vrijwilligers. We beslissen op onze vergadering "
          "van 12 juni en laten het dan weten.\n\nWard" + QR("nl"), "follow_up", "nl", "a", irt="rcpt:a", amb=True,
          note="hedged ('misschien'): could be read as a withdrawal, but nothing is decided yet; must not be acted on as one"),
        M(D("2019-06-13 07:50"), f, RS("nl"),
          "Goeiemorgen,\n\nHet is beslist: we doen dit jaar niet mee. Schrap ons project dus maar.\n\nWard Soete" + QR("nl"),
          "withdrawal", "nl", "a", irt="rcpt:a", note="withdrawal confirmed after the hedged message"),
    ]
S["houtem"] = houtem
