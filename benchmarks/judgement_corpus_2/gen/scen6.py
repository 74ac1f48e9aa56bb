from lib import M, D, COORD
from scen1 import QR, RS, S

def bierne():
    f = "Bierne en Fête <bierne.enfete@asso.example.net>"
    return [
        M(D("2019-04-21 10:12"), f, "Dossier de candidature - Bierne",
          "Bonjour,\n\nVeuillez trouver ci-joint notre dossier pour l'appel « Faites bouger votre quartier ! ».\n\nBien à vous,\n"
          "Thierry Vandenberghe, trésorier", "application", "fr", "a", title="Estaminet éphémère et jeux flamands",
          att=[("pdf", "dossier_Bierne.pdf", ["# Faites bouger votre quartier ! - dossier", "Association : Bierne en Fête",
                "Titre : Estaminet éphémère et jeux flamands", "Montant demandé : 4 200 €", "Budget total : 5 000 €",
                "Contact : Thierry Vandenberghe"])], note="data in the PDF; no phone anywhere"),
        M(D("2019-04-23 18:30"), f, RS("fr"),
          "Bonsoir, j'ai oublié notre numéro : 03 28 68 00 41 (le soir).\nThierry" + QR("fr"), "follow_up", "fr", "a",
          irt="rcpt:a", note="missing phone supplied"),
        M(D("2019-05-18 09:05"), f, RS("fr"),
          "Bonjour,\n\nÀ l'assemblée générale nous avons fusionné avec le comité des fêtes : l'association s'appelle maintenant "
          "« Bierne Ensemble ». Merci de corriger le dossier.\n\nThierry Vandenberghe" + QR("fr"), "changed_values", "fr", "a",
          irt="rcpt:a", changed={"organisation": "Bierne Ensemble"}, note="new organisation name"),
    ]
S["bierne"] = bierne

def hondeghem():
    f = "Yves Coppin <yves.coppin@hondeghem.example.com>"
    return [
        M(D("2019-03-20 21:40", "+0100"), f, "Projet Hondeghem pour le prochain appel",
          "Bonsoir,\n\nOn m'a dit qu'un nouvel appel allait sortir. Nous voudrions créer un verger partagé et une mare pédagogique "
          "derrière la mairie de Hondeghem avec l'école et les habitants. Environ 6 000 €.\n\nYves Coppin, Hondeghem Nature",
          "application", "fr", "a", title="Verger partagé et mare pédagogique", note="application sent before the call opened"),
        M(D("2019-04-03 20:15"), f, "TR: Projet Hondeghem pour le prochain appel",
          "Bonsoir,\n\nMaintenant que l'appel est ouvert, je vous renvoie notre idée de mars (ci-dessous), pour être sûr qu'elle "
          "compte.\n\nYves Coppin\n\n-----Message d'origine-----\n> Nous voudrions créer un verger "
          "partagé et une mare pédagogique derrière la mairie de Hondeghem", "follow_up", "fr", "a", irt="prev",
          note="re-sends the pre-call idea once the call is open; same project, nothing new"),
    ]
S["hondeghem"] = hondeghem

def roesbrugge():
    a = "Jan Verhaeghe <jan.verhaeghe@roesbrugge.example.net>"
    b = "Christine Dumon <christine.dumon@roesbrugge.example.net>"
    return [
        M(D("2019-05-07 20:00"), a, "Aanvraag Roesbrugge aan de IJzer",
          "Goeiendag,\n\nNamens het buurtcomité Roesbrugge dien ik dit idee in: een wekelijkse boerenmarkt met lokale producenten "
          "aan de IJzerkaai, met een zitplek en een kinderhoek. We vragen 8.000 euro.\n\nJan Verhaeghe (penningmeester)\n0472 65 09 14",
          "application", "nl", "a", title="Boerenmarkt aan de IJzerkaai", cc=b),
        M(D("2019-05-08 07:45"), b, RS("nl"),
          "Dag,\n\nIk vul aan wat Jan stuurde: de totale begroting is 12.000 euro (de rest komt uit sponsoring). Ik ben de voorzitter "
          "en mee aanspreekpunt.\n\nChristine Dumon" + QR("nl"), "follow_up", "nl", "a", irt="rcpt:a", cc=a,
          note="another member of the same committee supplies the total (missing before)"),
        M(D("2019-06-10 21:30"), a, RS("nl"),
          "Beste,\n\nNa het overleg met de marktkramers vragen we toch het maximum: 10.000 euro in plaats van 8.000.\n\nJan" + QR("nl"),
          "changed_values", "nl", "a", irt="rcpt:a", cc=b, changed={"requested_amount": "10000.00"}, note="raises requested amount"),
    ]
S["roesbrugge"] = roesbrugge

def killem():
    f = "École primaire de Killem <ecole.killem@ac-nord.example.org>"
    return [
        M(D("2019-04-29 12:05"), f, "Une école peut-elle participer ?",
          "Bonjour,\n\nUne école peut-elle participer à l'appel à projets ? Nous aimerions associer les parents à un projet pour le "
          "village mais nous n'avons pas encore d'idée précise. Une séance de brainstorming serait-elle possible en juin ?\n\n"
          "Mme Delattre, directrice", "inquiry", "fr", None, note="school asks whether it may take part; brainstorm"),
        M(D("2019-04-30 08:00"), f, "Réponse automatique : RE: Une école peut-elle participer ?",
          "L'école est fermée pendant les vacances de printemps. Réouverture le 6 mai.", "auto_reply", "fr", None, irt="ans",
          hdr={"Auto-Submitted": "auto-replied"}, note="school auto-reply to the coordinator's answer"),
    ]
S["killem"] = killem

def oos_nl_invite():
    return [M(D("2019-06-13 11:00"), "Stad Ieper - Protocol <protocol@ieper-stad.example.org>", "Uitnodiging opening buurthuis De Meersen",
        "Geachte,\n\nHet stadsbestuur nodigt u uit op de opening van buurthuis De Meersen op zaterdag 29 juni om 15 uur.\n"
        "Graag antwoord via protocol@ieper-stad.example.org.\n\nDienst Protocol", "out_of_scope", "nl", None, note="town invitation")]
S["oos_nl_invite"] = oos_nl_invite

def oos_fr_facture():
    return [M(D("2019-04-08 14:22"), "Traiteur Le Houblon <compta@traiteur-houblon.example.com>", "Facture n° F-2019-88",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint la facture F-2019-88 pour le buffet de lancement du 2 avril à Bailleul "
        "(45 couverts) : 765,00 € TTC.\n\nCordialement,\nService comptabilité", "out_of_scope", "fr", None,
        att=[("pdf", "F-2019-88.pdf", ["# Facture F-2019-88", "Buffet 45 couverts", "Total TTC : 765,00 EUR"])], note="caterer's invoice")]
S["oos_fr_facture"] = oos_fr_facture

def zegerscappel():
    f = "Les Amis du Moulin <amis.moulin@zegerscappel.example.net>"
    return [
        M(D("2019-06-20 17:30"), f, "Candidature hors délai ?",
          "Bonjour,\n\nNous n'avons su que récemment pour l'appel. Accepteriez-vous encore notre projet ? Il s'agit de journées "
          "portes ouvertes au moulin de Zegerscappel avec les habitants, un marché et des ateliers pour les enfants. Montant : 3 500 €.\n\n"
          "Bernard Hennebelle", "application", "fr", "a", title="Journées du moulin de Zegerscappel", note="application after the deadline"),
        M(D("2019-06-21 09:15"), f, "RE: Candidature hors délai ?",
          "Bonjour, voici tout de même le dossier complet, au cas où.\nB. Hennebelle", "follow_up", "fr", "a", irt="prev",
          att=[("docx", "dossier_moulin.docx", ["# Journées du moulin", "Montant : 3 500 €", "Contact : Bernard Hennebelle"])],
          note="documents for a late application"),
    ]
S["zegerscappel"] = zegerscappel

def poperinge():
    f = "Wijkcomité Sint-Bertinus <wijkcomite.sintbertinus@mail.example.org>"
    return [
        M(D("2019-04-14 15:30"), f, "Projectidee wijk Sint-Bertinus Poperinge",
          "Beste,\n\nOns wijkcomité wil de binnentuin van de sociale woonwijk omvormen tot een groene speel- en ontmoetingsplek, "
          "samen met de bewoners en de huisvestingsmaatschappij. We vragen 4.000 euro, totaal 5.000 euro.\n\nKatrien Bulcke, 0494 18 70 52",
          "application", "nl", "a", title="Groene binnentuin Sint-Bertinus"),
        M(D("2019-05-26 11:00"), f, RS("nl"),
          "Dag,\n\nDe huisvestingsmaatschappij legt zelf de paden aan, dus de nieuwe totaalbegroting is 5.400 euro. Ons gevraagd bedrag "
          "verandert niet.\n\nKatrien" + QR("nl"), "changed_values", "nl", "a", irt="rcpt:a", changed={"total_budget": "5400.00"},
          note="new total only"),
        M(D("2019-10-02 20:10"), f, "verslag eerste plantdag - {REF:a}",
          "Beste,\n\nHierbij een korte terugblik op onze eerste plantdag van 28 september: 34 bewoners, 120 plantjes, veel soep.\n"
          "Tot op de volgende sessie!\n\nKatrien Bulcke", "follow_up", "nl", "a",
          att=[("jpg", "plantdag.jpg", ((140, 190, 120),))], note="report in October from an on-time project; not late"),
    ]
S["poperinge"] = poperinge

def precall_nl():
    return [
        M(D("2019-03-05 08:30", "+0100"), "Westhoekoverleg Nieuws <nieuws@westhoekoverleg.example.org>", "Westhoek nieuws maart",
          "Nieuwsbrief maart\n\n- Nieuwe oproepen in het voorjaar\n- Erfgoeddag 28 april\n- Vacature projectmedewerker\n\n"
          "Afmelden: https://westhoekoverleg.example.org/afmelden", "out_of_scope", "nl", None,
          hdr={"List-Unsubscribe": "<https://westhoekoverleg.example.org/afmelden>"}, note="newsletter before the call"),
    ]
S["precall_nl"] = precall_nl

def precall_brainstorm():
    return [M(D("2019-03-31 20:30"), "Ann Coene <ann.coene@stuivekenskerke.example.net>", "brainstorm Stuivekenskerke?",
        "Hallo, ik las in de krant dat er vanaf april brainstormsessies zijn. Kunnen we er een krijgen in Stuivekenskerke? "
        "We zijn met een handvol buren zonder concreet plan.\nAnn Coene", "inquiry", "nl", None,
        note="31 March 20:30 +02:00 is still before the call opens (1 April 00:00 Brussels)")]
S["precall_brainstorm"] = precall_brainstorm

def zoutenaaie():
    f = "Dorpsraad Zoutenaaie <dorpsraad.zoutenaaie@mail.example.org>"
    return [
        M(D("2019-04-28 17:00"), f, "Projectidee Zoutenaaie: buurtbus naar de markt",
          "Beste,\n\nDe dorpsraad van Zoutenaaie wil met vrijwilligers een buurtbusje inleggen naar de markt van Veurne op zaterdag. "
          "We vragen 5.500 euro (verzekering, brandstof, opleiding).\n\nFreddy Dejonghe, 0470 31 22 86", "application", "nl", "a",
          title="Buurtbus naar de markt"),
        M(D("2019-06-15 10:40"), f, "Tweede idee dorpsraad Zoutenaaie",
          "Dag,\n\nNaast het buurtbusje hebben we nog een tweede, los idee: een dorpsfeest met een tentoonstelling over de geschiedenis "
          "van de IJzervallei, samen met de heemkundige kring. Daarvoor vragen we 2.000 euro. Graag apart registreren.\n\nFreddy Dejonghe",
          "new_idea", "nl", "b", title="Dorpsfeest en tentoonstelling IJzervallei", note="second, unrelated idea, just before the deadline"),
    ]
S["zoutenaaie"] = zoutenaaie

def ledringhem():
    th = "Mairie de Ledringhem <mairie@ledringhem.example.org>"
    return [
        M(D("2019-05-15 14:50"), th, "TR: projet d'une habitante - appel à projets",
          "Bonjour,\n\nUne habitante, Mme Odile Beun, nous a déposé ce projet manuscrit, que nous avons scanné (ci-joint). Elle n'a pas "
          "d'adresse électronique ; vous pouvez la joindre au 03 28 62 00 37.\n\nLe secrétariat de mairie", "application", "fr", "a",
          title="Atelier couture et tricot intergénérationnel",
          att=[("pdf", "projet_Beun_scan.pdf", ["# Projet - Odile Beun, Ledringhem", "Atelier couture et tricot intergénérationnel",
                "à la salle des fêtes, un mercredi sur deux", "Montant demandé : 1 800 €"])],
          note="town hall forwards a resident's scanned paper application"),
        M(D("2019-05-29 16:20"), "Odile Beun <odile.beun@petitefille.example.com>", "Atelier couture Ledringhem",
          "Bonjour, c'est ma petite-fille qui écrit pour moi. Vous pouvez maintenant m'écrire à cette adresse pour l'atelier couture "
          "de Ledringhem.\nOdile Beun", "follow_up", "fr", "a",
          note="applicant had no e-mail on file; supplies one via her granddaughter's mailbox (supplied, not a change)"),
    ]
S["ledringhem"] = ledringhem
