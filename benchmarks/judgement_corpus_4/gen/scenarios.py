# -*- coding: utf-8 -*-
"""Message data for judgement_corpus_4 (rendered by make_corpus.py).

Markers inside subjects/bodies, resolved by the renderer after numbering:
  [[N:x]]        receipt number of project x of this scenario (MWB-2019-NNN)
  [[T:x]]        title used in that receipt
  [[Q:x:style]]  quoted receipt (style: gmail, outlook, apple, tb)
irt / refs:  "R:x" receipt of project x, "A:x" the numbered message of project x,
             "M:NN" message NN of this scenario, or a literal <message-id>.
All people, groups, streets, phone numbers and addresses are invented.
"""

COORD = ("Partons 2.0 - Maak werk van je buurt", "coordinator@partons.example.org")
IPHONE = [("X-Mailer", "iPhone Mail (16E227)")]
ANDROID = [("X-Mailer", "Android Mail 8.1")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
TB = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.6.1")]
APPLE = [("X-Mailer", "Apple Mail (2.3445.104.8)")]
WEBMAIL = [("User-Agent", "Roundcube Webmail/1.3.8")]
ZIMBRA = [("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - FF66 (Win)/8.8.12_GA_3794)")]


def M(id, date, frm, subject, body, kind, lang, project=None, note="", **kw):
    d = dict(id=id, date=date, frm=frm, subject=subject, body=body, kind=kind, lang=lang,
             project=project, note=note)
    d.update(kw)
    return d


def S(key, cat, msgs):
    return dict(key=key, cat=cat, msgs=msgs)


def pdf(name, title, lines, author=""):
    return dict(type="pdf", name=name, title=title, lines=lines, author=author)


def docx(name, title, lines, author=""):
    return dict(type="docx", name=name, title=title, lines=lines, author=author)


def jpeg(name, seed, label=""):
    return dict(type="jpeg", name=name, seed=seed, label=label)


def form_nl(title, place, org, contact, addr, phone, email, desc, who, when, total, ask,
            sign=None):
    return [
        "Projectenoproep 'Maak werk van je buurt!' - Partons 2.0 - indienen vóór 16 juni 2019",
        "",
        "**1. Het project",
        "|Titel van het projectidee|" + title,
        "|Dorp / gemeente|" + place,
        "**2. De indiener",
        "|Naam groep / organisatie|" + org,
        "|Contactpersoon|" + contact,
        "|Adres|" + addr,
        "|Telefoon|" + phone,
        "|E-mail|" + email,
        "**3. Korte omschrijving van het projectidee",
        desc,
        "**4. Participatie: wie werkt mee?",
        who,
        "**5. Planning",
        when,
        "**6. Financiën",
        "|Totale kostprijs|" + total,
        "|Gevraagde bijdrage Partons 2.0|" + ask,
        "**7. Handtekening",
        sign or "Naam en handtekening: ..........................................",
    ]


def form_fr(title, place, org, contact, addr, phone, email, desc, who, when, total, ask,
            sign=None):
    return [
        "Appel à projets Partons 2.0 - « Maak werk van je buurt ! » - dépôt avant le 16 juin 2019",
        "",
        "**1. Le projet",
        "|Titre du projet|" + title,
        "|Commune|" + place,
        "**2. Le porteur de projet",
        "|Structure / collectif|" + org,
        "|Personne de contact|" + contact,
        "|Adresse|" + addr,
        "|Téléphone|" + phone,
        "|Courriel|" + email,
        "**3. Description du projet",
        desc,
        "**4. Participation des habitants",
        who,
        "**5. Calendrier",
        when,
        "**6. Budget",
        "|Coût total|" + total,
        "|Montant demandé|" + ask,
        "**7. Signature",
        sign or "Nom et signature : ..........................................",
    ]


FORM_NL = "Aanvraagformulier projectidee - Maak werk van je buurt! 2019"
FORM_FR = "Fiche projet - Appel à projets Partons 2.0 (2019)"

SCENARIOS = []
add = SCENARIOS.append

# =====================================================================================
# Resends and look-alikes
# =====================================================================================

STAVELE_FORM = form_nl(
    "Speelplein aan de pastorie", "Stavele (8691 Alveringem)", "Dorpsraad Stavele",
    "Kristof Vermeulen (secretaris)", "Leeuwerikstraat 7, 8691 Stavele", "0476 31 58 20",
    "secretariaat@dorpsraad-stavele.example.org",
    "Het grasveld naast de oude pastorie ligt er verloren bij. Samen met de ouders van de "
    "dorpsschool willen we er een eenvoudig, natuurlijk speelplein van maken: een "
    "boomstammenparcours, een zandbak, twee zitbanken voor de grootouders en een picknicktafel.",
    "Dorpsraad, oudercomité van de dorpsschool, de chiro en de seniorenvereniging. Op de "
    "bewonersavond van 21 maart kwamen 38 mensen; 14 gaven zich op als vrijwilliger.",
    "Ontwerp met de kinderen in juni, aanleg tijdens twee doe-dagen in september 2019.",
    "9.350 euro", "7.800 euro",
    "Kristof Vermeulen, secretaris, 5 mei 2019 (getekend)")

add(S("stavele_speelplein", "resend", [
    M("01", "2019-05-06 10:14:23 +0200",
      ("Dorpsraad Stavele", "secretariaat@dorpsraad-stavele.example.org"),
      "Projectidee Dorpsraad Stavele - Speelplein aan de pastorie",
      "Beste,\n\n"
      "In bijlage vindt u het projectidee van de Dorpsraad Stavele voor de oproep 'Maak werk "
      "van je buurt!': een natuurlijk speelplein op het grasveld naast de pastorie.\n\n"
      "We vragen een bijdrage van 7.800 euro op een totale kostprijs van 9.350 euro.\n\n"
      "Met vriendelijke groeten,\n\n"
      "Kristof Vermeulen\nsecretaris Dorpsraad Stavele\n0476 31 58 20\n",
      "application", "nl", "a", title="Speelplein aan de pastorie",
      att=[pdf("Projectidee_Speelplein_Stavele.pdf", FORM_NL, STAVELE_FORM, "Kristof")],
      headers=OUTLOOK, mid_style="outlook",
      note="Plain application with PDF form from the village council's address."),
    M("02", "2019-05-06 10:16:51 +0200",
      ("Mail Delivery System", "MAILER-DAEMON@mail.partons.example.org"),
      "Undelivered Mail Returned to Sender", "", "bounce", "en", "a",
      bounce=dict(receipt="a", rcpt="secretariaat@dorpsraad-stavele.example.org",
                  status="5.2.2", remote="mx.dorpsraad-stavele.example.org",
                  diag="smtp; 552 5.2.2 <secretariaat@dorpsraad-stavele.example.org>: "
                       "Mailbox full - quota exceeded",
                  human="host mx.dorpsraad-stavele.example.org[198.51.100.23] said: 552 "
                        "5.2.2 Mailbox full - quota exceeded (in reply to RCPT TO command)"),
      note="Bounce of the receipt for project a (applicant's mailbox full)."),
    M("03", "2019-05-08 21:47:05 +0200",
      ("Kristof Vermeulen", "kristof.vermeulen77@telenet.example.net"),
      "Speelplein Stavele (nogmaals)",
      "Goeiedag,\n\n"
      "Voor alle zekerheid stuur ik ons projectidee nog eens door vanaf mijn privéadres. "
      "Op het adres van de dorpsraad kregen we geen bevestiging en onze penningmeester zegt "
      "dat die mailbox al een tijdje vol zit.\n\n"
      "Het gaat om het speelplein aan de pastorie in Stavele (formulier in bijlage, niets "
      "gewijzigd).\n\n"
      "Vriendelijke groet,\nKristof Vermeulen\nDorpsraad Stavele\n",
      "follow_up", "nl", "a",
      att=[pdf("Projectidee_Speelplein_Stavele.pdf", FORM_NL, STAVELE_FORM, "Kristof")],
      key=True,
      note="Same application resent from the secretary's home address after the receipt "
           "bounced; unchanged form, new subject, no In-Reply-To."),
]))

HONDS_FORM = form_fr(
    "Jardin partagé du Moulin", "Hondschoote (59122)", "Association Les Amis du Moulin",
    "Marie-Claude Dewaele, présidente", "12 rue des Meuniers, 59122 Hondschoote",
    "06 72 15 88 41", "presidente@amis-du-moulin.example.org",
    "Transformer la friche derrière le moulin en jardin partagé : 12 parcelles, un "
    "composteur collectif, un abri à outils et un coin pour l'école.",
    "Les Amis du Moulin, l'école Sainte-Thérèse, le club des aînés et une vingtaine de "
    "familles du quartier. Deux réunions publiques ont eu lieu en mars.",
    "Aménagement à l'automne 2019, premières plantations au printemps 2020.",
    "8 200 €", "6 500 €", "M.-C. Dewaele, le 18 avril 2019")

add(S("hondschoote_jardin", "resend", [
    M("01", "2019-04-19 18:32:10 +0200",
      ("Les Amis du Moulin", "presidente@amis-du-moulin.example.org"),
      "Candidature Partons 2.0 - Jardin partagé du Moulin",
      "Madame, Monsieur,\n\n"
      "Nous avons le plaisir de vous adresser la candidature de l'association Les Amis du "
      "Moulin (Hondschoote) pour l'appel à projets Partons 2.0 : la création d'un jardin "
      "partagé sur la friche derrière le moulin.\n\n"
      "Vous trouverez la fiche projet en pièce jointe. Montant demandé : 6 500 € pour un "
      "coût total de 8 200 €.\n\n"
      "Restant à votre disposition,\n\n"
      "Marie-Claude Dewaele\nPrésidente des Amis du Moulin\n06 72 15 88 41\n",
      "application", "fr", "a", title="Jardin partagé du Moulin",
      att=[pdf("Fiche_projet_Jardin_partage_du_Moulin.pdf", FORM_FR, HONDS_FORM, "MC Dewaele")],
      headers=WEBMAIL,
      note="Plain application with PDF fiche projet."),
    M("02", "2019-04-22 08:05:44 +0200",
      ("MC Dewaele", "mc.dewaele@orange.example.com"),
      "jardin partagé - amis du moulin",
      "Bonjour, je vous renvoie notre dossier au cas où, je ne suis pas sûre que le premier "
      "envoi soit parti (problème avec la boîte de l'association).\n\n"
      "Marie-Claude\n\nEnvoyé de mon iPhone\n",
      "follow_up", "fr", "a", headers=IPHONE, mid_style="apple",
      att=[pdf("Fiche_projet_Jardin_partage_du_Moulin.pdf", FORM_FR, HONDS_FORM, "MC Dewaele")],
      key=True,
      note="Resend of the same fiche from the president's phone/personal address, title "
           "typed in lower case; not a new application."),
]))

add(S("buurtfeest_twee", "resend", [
    M("01", "2019-04-23 20:11:37 +0200",
      ("Nele Decock", "nele.decock@telenet.example.net"),
      "Buurtfeest 2019",
      "Dag Stijn,\n\n"
      "Zoals besproken op de infoavond in Poperinge stuur ik u hierbij het projectidee van "
      "Buurtcomité De Vierhoek. We willen dit jaar een echt buurtfeest organiseren met een "
      "buurtontbijt, een rommelmarkt en een infostand waar we straatmeesters zoeken voor "
      "elke straat van de wijk. Het feest is meteen de start van een buurt-WhatsApp en een "
      "kleine uitleendienst (ladders, aanhangwagen, partytent).\n\n"
      "Gevraagd bedrag: 3.200 euro (totaal 4.100 euro).\n"
      "Het ingevulde formulier zit in bijlage.\n\n"
      "Groetjes,\nNele Decock\nBuurtcomité De Vierhoek, Poperinge\n0494 82 10 37\n",
      "application", "nl", "a", title="Buurtfeest 2019",
      att=[docx("Formulier_Buurtfeest_2019_De_Vierhoek.docx", FORM_NL, form_nl(
          "Buurtfeest 2019", "Poperinge (8970)", "Buurtcomité De Vierhoek",
          "Nele Decock", "Vierhoekstraat 31, 8970 Poperinge", "0494 82 10 37",
          "nele.decock@telenet.example.net",
          "Buurtfeest met ontbijt en rommelmarkt als start van een straatmeesterswerking, een "
          "buurt-WhatsApp en een uitleendienst voor materiaal.",
          "Buurtcomité (9 leden), 4 straatmeesters in spe, de wijkagent en de jeugdbeweging.",
          "Feest op zondag 8 september 2019; uitleendienst vanaf oktober.",
          "4.100 euro", "3.200 euro"), "Nele")],
      headers=TB, mid_style="tb",
      note="Application 'Buurtfeest 2019' from Buurtcomité De Vierhoek (Poperinge)."),
    M("02", "2019-05-14 12:40:02 +0200",
      ("Jeroen Vanhee", "jeroen.vanhee@proximus.example.net"),
      "Aanvraag: Buurtfeest 2019",
      "Beste,\n\n"
      "Namens het straatcomité van de Kerkwegel in Reninge wil ik graag een projectidee "
      "indienen.\n\n"
      "Titel: Buurtfeest 2019\n"
      "Wat: een buurtfeest voor de 60 gezinnen van de Kerkwegel en de Lindehoek, met een "
      "petanquetornooi, een barbecue en een speelhoek. Op het feest stellen we ook een "
      "'buurtkalender' voor met de verjaardagen van de oudste buren zodat niemand vergeten "
      "wordt.\n"
      "Wie: straatcomité (6 mensen), de KWB en de buren van de Lindehoek.\n"
      "Wanneer: zaterdag 24 augustus 2019.\n"
      "Budget: totaal 3.100 euro, we vragen 2.500 euro (tentjes, springkasteel, drukwerk "
      "van de kalender, ...).\n\n"
      "Contact: Jeroen Vanhee, Lindehoek 4, 8647 Reninge, 0479 55 61 02.\n\n"
      "Met vriendelijke groeten,\nJeroen Vanhee\n",
      "application", "nl", "b", title="Buurtfeest 2019", key=True,
      note="A different group (Reninge street committee) with exactly the same title "
           "'Buurtfeest 2019' as project a: new application, not a resend."),
    M("03", "2019-05-20 19:02:18 +0200",
      ("Nele Decock", "nele.decock@telenet.example.net"),
      "Buurtfeest 2019 - begroting",
      "Dag Stijn,\n\n"
      "Hierbij nog de gedetailleerde begroting voor ons buurtfeest in De Vierhoek, zoals "
      "beloofd in onze aanvraag. De bedragen blijven dezelfde.\n\n"
      "Groetjes,\nNele\n",
      "follow_up", "nl", "a", headers=TB, mid_style="tb",
      att=[pdf("Begroting_buurtfeest_Vierhoek.pdf", "Begroting Buurtfeest 2019 - Buurtcomité De Vierhoek", [
          "|Buurtontbijt (broodjes, koffie, fruit)|950 euro",
          "|Huur partytenten en tafels|720 euro",
          "|Drukwerk flyers en affiches|380 euro",
          "|Aankoop uitleenmateriaal (ladder, aanhangwagen tweedehands)|1.650 euro",
          "|Verzekering en SABAM|400 euro",
          "**Totaal: 4.100 euro - gevraagd aan Partons 2.0: 3.200 euro",
          "Eigen inbreng: 900 euro (opbrengst rommelmarkt en bijdrage buurtcomité)."], "Nele")],
      note="Budget for project a (same title as project b); must be linked through the "
           "sender, not the title."),
]))

add(S("vandenbussche", "resend", [
    M("01", "2019-04-29 14:22:51 +0200",
      ("Jean Vandenbussche", "jean.vandenbussche@laposte.example.net"),
      "Projet café associatif - Steenvoorde",
      "Bonjour Madame Lefort,\n\n"
      "Je suis président de l'association Le Petit Estaminet à Steenvoorde. Depuis la "
      "fermeture du dernier café du centre, les habitants n'ont plus de lieu pour se "
      "retrouver. Nous voulons ouvrir un café associatif dans l'ancienne forge, tenu par des "
      "bénévoles trois jours par semaine, avec jeux flamands, dépôt de pain et un coin "
      "lecture.\n\n"
      "Nous demandons 9 000 € (coût total 11 400 €). Le dossier complet est joint.\n\n"
      "Cordialement,\nJean Vandenbussche\n03 28 41 27 90\n",
      "application", "fr", "a", title="Café associatif à l'ancienne forge",
      att=[docx("Dossier_cafe_associatif_Steenvoorde.docx", FORM_FR, form_fr(
          "Café associatif à l'ancienne forge", "Steenvoorde (59114)",
          "Association Le Petit Estaminet", "Jean Vandenbussche",
          "5 place de la Forge, 59114 Steenvoorde", "03 28 41 27 90",
          "jean.vandenbussche@laposte.example.net",
          "Café associatif tenu par des bénévoles dans l'ancienne forge, avec jeux flamands, "
          "dépôt de pain et coin lecture.",
          "40 adhérents, la boulangerie voisine, le club de jeux flamands.",
          "Travaux légers en septembre, ouverture en novembre 2019.",
          "11 400 €", "9 000 €"), "Jean")],
      note="Application from Jean Vandenbussche (Steenvoorde)."),
    M("02", "2019-05-22 10:03:29 +0200",
      ("Sophie Vandenbussche", "sophie.vdb@free.example.net"),
      "Appel à projets Partons 2.0 - candidature",
      "Bonjour,\n\n"
      "Au nom du collectif d'habitants du quartier de la Gare à Bailleul, je vous adresse "
      "notre candidature : installer trois boîtes à livres et des bancs partagés le long du "
      "chemin qui mène à l'école, fabriqués avec les jeunes du lycée professionnel.\n\n"
      "Montant demandé : 4 300 €. La fiche projet est en pièce jointe ; la lettre de soutien "
      "de la mairie suivra.\n\n"
      "Bien à vous,\nSophie Vandenbussche\n06 31 90 44 12\n",
      "application", "fr", "b", title="Boîtes à livres et bancs partagés",
      att=[pdf("Fiche_projet_boites_a_livres_Bailleul.pdf", FORM_FR, form_fr(
          "Boîtes à livres et bancs partagés", "Bailleul (59270)",
          "Collectif d'habitants du quartier de la Gare", "Sophie Vandenbussche",
          "27 rue des Tilleuls, 59270 Bailleul", "06 31 90 44 12", "sophie.vdb@free.example.net",
          "Trois boîtes à livres et six bancs le long du chemin de l'école, construits avec "
          "les élèves de la section menuiserie.",
          "Collectif (15 familles), lycée professionnel, médiathèque.",
          "Construction d'octobre à décembre 2019, inauguration en janvier 2020.",
          "5 600 €", "4 300 €"), "Sophie")],
      key=True,
      note="Different group and village; same surname as project a's applicant: new "
           "application, not a second idea of the Steenvoorde group."),
    M("03", "2019-05-24 17:45:03 +0200",
      ("Marc Vandenbussche", "marc.vandenbussche@free.example.net"),
      "Lettre de soutien mairie",
      "Bonjour,\n\n"
      "De la part de mon épouse Sophie (collectif du quartier de la Gare à Bailleul), voici "
      "la lettre de soutien de la mairie pour le projet de boîtes à livres.\n\n"
      "Bonne journée,\nMarc Vandenbussche\n",
      "follow_up", "fr", "b",
      att=[pdf("Lettre_soutien_mairie.pdf", "Lettre de soutien", [
          "Bailleul, le 23 mai 2019", "",
          "Objet : soutien au projet « Boîtes à livres et bancs partagés »", "",
          "La commune soutient le projet porté par le collectif d'habitants du quartier de la "
          "Gare et mettra à disposition l'emplacement le long du chemin de l'école ainsi que "
          "l'aide des services techniques pour la pose des bancs.", "",
          "Pour le Maire, l'adjointe à la vie associative,", "C. Verbeke"])],
      note="Missing support letter for project b, sent by a third Vandenbussche (the "
           "applicant's husband) from his own address."),
]))

ALV_SIGN = "Luc Declercq, voorzitter dorpsraad Hoogstade"
HOOG_FORM = lambda signed: form_nl(
    "Ontmoetingsbank en wandellus rond de kerk", "Hoogstade (8690 Alveringem)",
    "Dorpsraad Hoogstade", "Luc Declercq (voorzitter)", "Pastoor Vandeweghestraat 2, 8690 Hoogstade",
    "0472 64 19 83", "ellen.goethals@alveringem.example.org (via gemeente)",
    "Een bewegwijzerde wandellus van 3 km rond de kerk met vijf ontmoetingsbanken, gemaakt "
    "door de plaatselijke schrijnwerker, en een infobord met oude foto's van het dorp.",
    "Dorpsraad, heemkundige kring, OKRA en de lagere school.",
    "Plaatsing banken in oktober 2019, openingswandeling op 11 november.",
    "7.200 euro", "6.000 euro", (ALV_SIGN + " (getekend 10 juni 2019)") if signed else None)

add(S("alveringem_ellen", "resend", [
    M("01", "2019-06-03 11:02:40 +0200",
      ("Ellen Goethals (Gemeente Alveringem)", "ellen.goethals@alveringem.example.org"),
      "Projectidee Dorpsraad Hoogstade",
      "Beste Stijn,\n\n"
      "Namens de dorpsraad van Hoogstade bezorg ik u hun projectidee 'Ontmoetingsbank en "
      "wandellus rond de kerk'. De dorpsraad heeft zelf geen e-mailadres, vandaar dat het via "
      "de gemeente komt. Contactpersoon is Luc Declercq, voorzitter (0472 64 19 83).\n\n"
      "Met vriendelijke groeten,\n\n"
      "Ellen Goethals\nDeskundige vrije tijd en dorpswerking\nGemeente Alveringem\n"
      "058 28 90 17\n",
      "application", "nl", "a", title="Ontmoetingsbank en wandellus rond de kerk",
      headers=OUTLOOK, mid_style="outlook",
      att=[pdf("Hoogstade_projectidee.pdf", FORM_NL, HOOG_FORM(False), "egoethals")],
      note="Municipal officer submits on behalf of the Hoogstade village council."),
    M("02", "2019-06-03 11:24:12 +0200",
      ("Ellen Goethals (Gemeente Alveringem)", "ellen.goethals@alveringem.example.org"),
      "Projectidee Feestcomité Beveren-aan-den-IJzer",
      "Beste Stijn,\n\n"
      "Hier het tweede dossier uit onze gemeente: het feestcomité van Beveren-aan-den-IJzer "
      "wil een dorpsontmoetingspunt inrichten in de oude jongensschool. Contactpersoon is "
      "Sabine Lobelle (0485 20 71 66).\n\n"
      "Met vriendelijke groeten,\n\n"
      "Ellen Goethals\nDeskundige vrije tijd en dorpswerking\nGemeente Alveringem\n"
      "058 28 90 17\n",
      "application", "nl", "b", title="Dorpsontmoetingspunt in de oude school",
      headers=OUTLOOK, mid_style="outlook",
      att=[pdf("Beveren_projectidee.pdf", FORM_NL, form_nl(
          "Dorpsontmoetingspunt in de oude school", "Beveren-aan-den-IJzer (8691 Alveringem)",
          "Feestcomité Beveren-aan-den-IJzer", "Sabine Lobelle", "Schoolweg 9, 8691 Beveren-aan-den-IJzer",
          "0485 20 71 66", "ellen.goethals@alveringem.example.org (via gemeente)",
          "Eén lokaal van de oude jongensschool inrichten als dorpsontmoetingspunt met een "
          "koffiehoek, een boekenruil en een wekelijkse zitdag van het OCMW.",
          "Feestcomité, vrouwenbond, de gemeente (eigenaar van het gebouw).",
          "Inrichting oktober-november 2019.", "9.800 euro", "8.500 euro"), "egoethals")],
      key=True,
      note="Same sender as project a but a different village group and project: new "
           "application, not a follow-up or new idea of Hoogstade."),
    M("03", "2019-06-04 09:15:55 +0200",
      ("Ellen Goethals (Gemeente Alveringem)", "ellen.goethals@alveringem.example.org"),
      "Projectidee Gijverinkhove",
      "Beste Stijn,\n\n"
      "En nog een derde: de Gezinsbond Gijverinkhove wil een samentuin aanleggen achter de "
      "parochiezaal. Het formulier werd door hen ingevuld (Word-bestand in bijlage). "
      "Contactpersoon: Tom Vanbelle, 0468 12 90 55.\n\n"
      "Met vriendelijke groeten,\n\n"
      "Ellen Goethals\nGemeente Alveringem\n",
      "application", "nl", "c", title="Samentuin achter de parochiezaal",
      headers=OUTLOOK, mid_style="outlook",
      att=[docx("Gijverinkhove_samentuin.docx", FORM_NL, form_nl(
          "Samentuin achter de parochiezaal", "Gijverinkhove (8691 Alveringem)",
          "Gezinsbond Gijverinkhove", "Tom Vanbelle", "Zwaluwhoek 3, 8691 Gijverinkhove",
          "0468 12 90 55", "tom.vanbelle@telenet.example.net",
          "Samentuin met verhoogde bakken (ook voor rolstoelgebruikers), een kippenren en een "
          "serre; wekelijks tuinmoment voor gezinnen.",
          "Gezinsbond (22 gezinnen), de landbouwer die de grond uitleent, de school.",
          "Aanleg september 2019, eerste oogst zomer 2020.", "5.900 euro", "5.000 euro"),
          "Tom")],
      note="Third village group sent by the same municipal officer: separate application."),
    M("04", "2019-06-11 15:30:08 +0200",
      ("Ellen Goethals (Gemeente Alveringem)", "ellen.goethals@alveringem.example.org"),
      "Aanvulling Hoogstade",
      "Dag Stijn,\n\n"
      "In bijlage de ondertekende versie van het formulier van de dorpsraad Hoogstade (de "
      "handtekening van de voorzitter ontbrak nog). Inhoudelijk is er niets veranderd.\n\n"
      "Groeten,\nEllen\n",
      "follow_up", "nl", "a", headers=OUTLOOK, mid_style="outlook",
      att=[pdf("Hoogstade_projectidee_getekend.pdf", FORM_NL, HOOG_FORM(True), "egoethals")],
      note="Signed form for project a (Hoogstade), from the officer who also sent b and c."),
]))

WOESTEN_FORM = lambda ask, total, extra: form_nl(
    "Boerenmarkt op het dorpsplein", "Woesten (8640 Vleteren)", "vzw 't Ploegske",
    "Hilde Vanrobaeys", "Ploegstraat 22, 8640 Woesten", "0471 38 26 09",
    "info@tploegske-woesten.example.org",
    "Een maandelijkse boerenmarkt op het dorpsplein met producten van boeren uit de streek, "
    "een koffiebar van de vrijwilligers en een kinderhoek." + extra,
    "Acht landbouwers, de vzw (35 leden), de jeugdbeweging voor de opbouw.",
    "Eerste markt op zaterdag 7 september 2019, daarna elke eerste zaterdag.",
    total, ask)

add(S("woesten_boerenmarkt", "resend", [
    M("01", "2019-05-02 09:41:30 +0200",
      ("'t Ploegske vzw", "info@tploegske-woesten.example.org"),
      "Aanvraag projectoproep: boerenmarkt op het dorpsplein",
      "Beste,\n\n"
      "Hierbij bezorgen wij u onze aanvraag voor de projectoproep 'Maak werk van je buurt!'. "
      "Onze vzw wil een maandelijkse boerenmarkt op het dorpsplein van Woesten opstarten.\n\n"
      "Gevraagde bijdrage: 8.500 euro.\n\n"
      "Met vriendelijke groet,\nHilde Vanrobaeys\nvoorzitter vzw 't Ploegske\n",
      "application", "nl", "a", title="Boerenmarkt op het dorpsplein",
      att=[pdf("Aanvraag_boerenmarkt_Woesten.pdf", FORM_NL,
               WOESTEN_FORM("8.500 euro", "10.600 euro", ""), "Hilde")],
      note="Application with PDF form, 8.500 euro requested."),
    M("02", "2019-05-15 22:13:47 +0200",
      ("Bart Lermytte", "bart.lermytte@hotmail.example.com"),
      "Projectaanvraag boerenmarkt Woesten",
      "Beste,\n\n"
      "In bijlage onze aanvraag voor de boerenmarkt in Woesten. Ik weet niet of Hilde ze al "
      "had doorgestuurd, dus voor de zekerheid.\n\n"
      "Groeten,\nBart (bestuurslid 't Ploegske)\n",
      "changed_values", "nl", "a", amb=True, mid_style="outlook",
      att=[pdf("Aanvraag_boerenmarkt_Woesten_v2.pdf", FORM_NL,
               WOESTEN_FORM("9.200 euro", "11.400 euro",
                            " Twee eigen marktkramen worden aangekocht."), "Bart")],
      key=True,
      note="Board member resends 'the application' from a private address; the attached form "
           "silently says 9.200 instead of 8.500 euro (total 11.400). A resend (follow_up) "
           "or a change; the changed amount makes it changed_values."),
    M("03", "2019-05-16 08:30:21 +0200",
      ("'t Ploegske vzw", "info@tploegske-woesten.example.org"),
      "RE: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Dag Stijn,\n\n"
      "Bart heeft gisteren ons formulier nog eens doorgestuurd. Dat is wel degelijk de juiste "
      "versie: we hebben er de aankoop van twee marktkramen bijgerekend, dus het gevraagde "
      "bedrag wordt 9.200 euro in plaats van 8.500 (totaal 11.400 euro).\n\n"
      "Excuses voor de verwarring.\n\nHilde\n[[Q:a:outlook]]",
      "changed_values", "nl", "a", irt="R:a", headers=OUTLOOK, mid_style="outlook",
      note="Applicant confirms the new amount (9.200 instead of 8.500) as a reply to the receipt."),
]))

REX_FORM = form_fr(
    "Fête des voisins intergénérationnelle", "Rexpoede (59122)", "Comité des fêtes de Rexpoede",
    "Thierry Deconinck (trésorier)", "8 rue de l'Église, 59122 Rexpoede", "06 44 27 19 80",
    "comitedesfetes.rexpoede@orange.example.com",
    "Une fête des voisins qui réunit les aînés de la résidence et les jeunes familles : "
    "repas partagé, jeux flamands, atelier « recettes de nos grands-mères » et livret des "
    "recettes imprimé pour chaque foyer.",
    "Comité des fêtes, résidence pour personnes âgées, école, club de foot.",
    "Fête le dimanche 15 septembre 2019, livret distribué en décembre.",
    "3 400 €", "2 900 €")

add(S("rexpoede_fete", "resend", [
    M("01", "2019-04-15 21:50:16 +0200",
      ("Comité des fêtes de Rexpoede", "comitedesfetes.rexpoede@orange.example.com"),
      "Candidature : Fête des voisins intergénérationnelle",
      "Bonsoir,\n\n"
      "Veuillez trouver ci-joint la candidature du comité des fêtes de Rexpoede pour l'appel "
      "à projets : une fête des voisins intergénérationnelle avec un livret de recettes.\n"
      "Montant demandé : 2 900 €.\n\n"
      "Cordialement,\nLe comité des fêtes\n",
      "application", "fr", "a", title="Fête des voisins intergénérationnelle",
      note="Application that announces an attachment but has none."),
    M("02", "2019-04-16 07:12:33 +0200",
      ("Thierry Deconinck", "thierry.deconinck@sfr.example.net"),
      "Re: Candidature : fete des voisins Rexpoede",
      "Bonjour, la pièce jointe n'était pas partie avec le premier mail, la voici. Je suis le "
      "trésorier du comité.\nThierry\n\nEnvoyé de mon iPhone\n\n"
      "> Le 15 avr. 2019 à 21:50, Comité des fêtes de Rexpoede "
      "<comitedesfetes.rexpoede@orange.example.com> a écrit :\n>\n"
      "> Bonsoir,\n>\n> Veuillez trouver ci-joint la candidature du comité des fêtes de "
      "Rexpoede pour l'appel à projets : une fête des voisins intergénérationnelle avec un "
      "livret de recettes.\n> Montant demandé : 2 900 €.\n>\n> Cordialement,\n> Le comité des fêtes\n",
      "follow_up", "fr", "a", irt="M:01", headers=IPHONE, mid_style="apple",
      att=[docx("Candidature_fete_des_voisins_Rexpoede.docx", FORM_FR, REX_FORM, "Thierry")],
      key=True,
      note="Missing attachment sent from the treasurer's phone, 'Re:' to the group's own "
           "mail (In-Reply-To is the applicant's message, not a receipt); accents dropped "
           "in the subject."),
]))

add(S("zonnebeke_repair", "resend", [
    M("01", "2019-05-27 16:05:09 +0200",
      ("Sofie Lannoo", "sofie@buurtwerking-zonnebeke.example.org"),
      "Projectidee Buurtwerking Zonnebeke-Centrum: Repair Café in de bib",
      "Beste Stijn,\n\n"
      "Buurtwerking Zonnebeke-Centrum wil graag deelnemen aan de oproep met het volgende "
      "projectidee.\n\n"
      "Titel: Repair Café in de bib\n\n"
      "Wat? Elke derde zaterdag van de maand een repair café in de bibliotheek: vrijwillige "
      "herstellers helpen buren met kapotte toestellen, fietsen en kleding. Er is koffie en "
      "taart, en de bib zet een tafel met doe-het-zelfboeken klaar.\n"
      "Met wie? 11 vrijwillige herstellers, de bibliotheek, de seniorenraad en de "
      "naaiclub.\n"
      "Wanneer? Start op 21 september 2019.\n"
      "Budget: gereedschap, werkbanken, soldeerstations en verzekering: 5.900 euro in totaal, "
      "we vragen 4.750 euro.\n\n"
      "Contact: Sofie Lannoo, 0497 15 33 80.\n\n"
      "Hartelijke groeten,\nSofie\n",
      "application", "nl", "a", title="Repair Café in de bib",
      note="Application in the body only (no attachment)."),
    M("02", "2019-06-12 20:40:56 +0200",
      ("Dirk Vandewalle", "dirk.vandewalle@telenet.example.net"),
      "Aanvraag Repaircafé Zonnebeke",
      "Beste,\n\n"
      "Namens Buurtwerk Zonnebeke centrum dien ik graag ons projectidee in: een repaircafé "
      "in de bibliotheek, elke derde zaterdag van de maand, met vrijwillige herstellers voor "
      "toestellen, fietsen en kleding. We werken samen met de bib, de seniorenraad en de "
      "naaiclub. Start in september.\n\n"
      "Budget 5.900 euro, waarvan we 4.750 euro vragen.\n\n"
      "Ik weet niet of Sofie het al had ingediend voor ze op vakantie vertrok, dus ik stuur "
      "het voor alle zekerheid.\n\n"
      "Met vriendelijke groeten,\nDirk Vandewalle\n0475 68 02 14\n",
      "follow_up", "nl", "a", key=True,
      note="Same application resent by a colleague from a private address, with the group "
           "name ('Buurtwerk Zonnebeke centrum') and title ('Repaircafé') written differently; "
           "same content and amount."),
]))

add(S("jardins_partages", "resend", [
    M("01", "2019-05-10 11:20:37 +0200",
      ("Association Les Jardins de la Lys", "contact@jardins-de-la-lys.example.org"),
      "Jardin partagé",
      "Bonjour,\n\n"
      "L'association Les Jardins de la Lys souhaite présenter son projet de jardin partagé "
      "au bord de la Lys, à Estaires : 20 parcelles, une mare pédagogique et une cabane "
      "construite par les habitants.\n\n"
      "Coût total 9 100 €, montant demandé 7 400 €. Fiche projet en pièce jointe.\n\n"
      "Patrick Lemaire\nPrésident\n",
      "application", "fr", "a", title="Jardin partagé",
      att=[pdf("Fiche_projet_Jardins_de_la_Lys.pdf", FORM_FR, form_fr(
          "Jardin partagé", "Estaires (59940)", "Association Les Jardins de la Lys",
          "Patrick Lemaire", "14 chemin du Halage, 59940 Estaires", "06 18 40 72 95",
          "contact@jardins-de-la-lys.example.org",
          "Jardin partagé de 20 parcelles, mare pédagogique, cabane construite en chantier "
          "participatif.", "45 adhérents, centre social, école du quartier.",
          "Chantier d'octobre 2019 à mars 2020.", "9 100 €", "7 400 €"), "Patrick")],
      note="Application titled simply 'Jardin partagé' (Estaires)."),
    M("02", "2019-06-14 21:33:50 +0200",
      ("Aurélie Bouquet", "aurelie.bouquet@laposte.example.net"),
      "Projet jardin partagé",
      "Bonsoir,\n\n"
      "Je suis présidente de l'association des parents d'élèves de l'école Jules Ferry à "
      "Wormhout. Nous voudrions créer un jardin partagé entre l'école et la maison de "
      "retraite voisine, pour que les enfants et les résidents jardinent ensemble.\n\n"
      "Le dossier est joint (demande : 3 900 €).\n\n"
      "Merci et bonne soirée,\nAurélie Bouquet\n",
      "application", "fr", "b", title="Jardin partagé école - maison de retraite",
      att=[docx("jardin_partage_APE_Wormhout.docx", FORM_FR, form_fr(
          "Jardin partagé école - maison de retraite", "Wormhout (59470)",
          "APE école Jules Ferry", "Aurélie Bouquet", "3 allée des Peupliers, 59470 Wormhout",
          "06 52 38 14 07", "aurelie.bouquet@laposte.example.net",
          "Jardin de bacs surélevés entre l'école et la maison de retraite ; ateliers "
          "hebdomadaires enfants-résidents.", "APE, équipe enseignante, animatrice de la maison "
          "de retraite.", "Installation en octobre 2019.", "4 600 €", "3 900 €"), "Aurélie")],
      key=True,
      note="Different group and village with the same common title 'jardin partagé': new "
           "application, not a resend of project a."),
    M("03", "2019-06-15 10:12:04 +0200",
      ("Aurélie Bouquet", "aurelie.bouquet@laposte.example.net"),
      "Jardin partagé - budget",
      "Bonjour,\n\n"
      "Voici le budget détaillé du jardin partagé que j'ai oublié hier soir.\n\n"
      "Aurélie Bouquet\n",
      "follow_up", "fr", "b",
      att=[pdf("budget_jardin_partage.pdf", "Budget - jardin partagé école / maison de retraite", [
          "|Bacs surélevés (6)|1 800 €", "|Terreau, plants, graines|650 €",
          "|Outils adaptés|540 €", "|Récupérateur d'eau et abri|1 210 €",
          "|Communication|400 €", "**Total 4 600 € - demandé 3 900 €"], "Aurélie")],
      note="Budget for 'jardin partagé' belongs to project b (same sender), not project a."),
]))

add(S("kemmel_straatmeesters", "resend", [
    M("01", "2019-04-10 19:55:42 +0200",
      ("Wim Desmyter", "wim.desmyter@telenet.example.net"),
      "Projectidee straatmeesters Kemmel",
      "Beste,\n\n"
      "Met een groep buren uit Kemmel willen we straatmeesters aanstellen: in elke straat "
      "een aanspreekpunt dat nieuwe bewoners verwelkomt, een oogje in het zeil houdt bij "
      "alleenstaande ouderen en mensen doorverwijst. We willen de straatmeesters een kleine "
      "vorming geven, een herkenbaar bordje aan de gevel en twee buurtavonden per jaar.\n\n"
      "Gevraagd bedrag: 6.000 euro. Het formulier zit in bijlage.\n\n"
      "Groeten,\nWim Desmyter\nRodenberglaan 12, 8956 Kemmel\n",
      "application", "nl", "a", title="Straatmeesters in Kemmel",
      att=[pdf("straatmeesters_kemmel.pdf", FORM_NL, form_nl(
          "Straatmeesters in Kemmel", "Kemmel (8956 Heuvelland)", "Buurtgroep Kemmel-Centrum",
          "Wim Desmyter", "Rodenberglaan 12, 8956 Kemmel", "0486 27 91 34",
          "wim.desmyter@telenet.example.net",
          "Straatmeesters per straat met vorming, gevelbordje en twee buurtavonden per jaar.",
          "12 kandidaat-straatmeesters, het dienstencentrum, de wijkagent.",
          "Vorming in oktober 2019, eerste buurtavond in november.",
          "6.000 euro", "6.000 euro"), "Wim")],
      note="Application, 6.000 euro requested."),
    M("02", "2019-04-24 13:18:25 +0200",
      ("Wim", "wim.desmyter@icloud.example.com"),
      "straatmeesters",
      "Hallo, hier nogmaals ons projectidee van de straatmeesters in Kemmel. Het budget is "
      "ondertussen 6.800 euro want we willen ook fluohesjes en een korte EHBO-opleiding voor "
      "de straatmeesters. Groeten, Wim\n\nVerzonden vanaf mijn iPhone\n",
      "changed_values", "nl", "a", headers=IPHONE, key=True,
      note="Short body-only resend from a phone/other address that changes the amount "
           "(6.000 -> 6.800 euro)."),
]))

HELEN_LETTER = [
    "Dranouter, 19 May 2019", "",
    "To the Partons 2.0 project team", "",
    "**Project: Newcomers' Welcome Table",
    "Village: Dranouter (8951 Heuvelland)",
    "Group: Dranouter Newcomers' Circle (informal group, 16 members; Dutch, British, Dutch-"
    "speaking and French-speaking families)",
    "Contact: Helen Marsh, Wulvenstraat 40, 8951 Dranouter, +32 470 18 66 29", "",
    "Many people move to Dranouter for the music and the hills, but find it hard to get to "
    "know their neighbours. Once a month we will host a Welcome Table in the parish hall: a "
    "shared meal, a language corner (Dutch-French-English), and a 'who to call for what' "
    "map of the village made together with long-time residents.", "",
    "Budget: folding tables and chairs, kitchen equipment, printing of the village map, "
    "two workshops with a participation coach. Total 6,100 EUR; we request 5,200 EUR.", "",
    "Kind regards,", "Helen Marsh"]

add(S("dranouter_welcome", "resend", [
    M("01", "2019-05-19 15:40:27 +0200",
      ("Helen Marsh", "h.marsh@brightwater-consulting.example.com"),
      "Application - Newcomers' Welcome Table, Dranouter",
      "Dear Partons 2.0 team,\n\n"
      "Please find attached our project idea for the call 'Maak werk van je buurt!'. We are "
      "an informal group of newcomers and long-time residents in Dranouter. Apologies for "
      "writing in English - we are happy to answer any questions in Dutch or French as well.\n\n"
      "Best regards,\nHelen Marsh\n",
      "application", "en", "a", title="Newcomers' Welcome Table", mid_style="outlook",
      headers=OUTLOOK,
      att=[pdf("Welcome_Table_Dranouter.pdf", "Newcomers' Welcome Table - project idea", HELEN_LETTER,
               "Helen Marsh")],
      note="Application in English with a PDF letter (work address)."),
    M("02", "2019-05-20 08:02:11 +0100",
      ("Helen Marsh", "helenmarsh62@gmail.example.com"),
      "Fwd: Application - Newcomers' Welcome Table, Dranouter",
      "Sending this again from my personal address as I'm not sure our work server lets "
      "attachments through.\n\nBest,\nHelen\n\n"
      "---------- Forwarded message ---------\n"
      "From: Helen Marsh <h.marsh@brightwater-consulting.example.com>\n"
      "Date: Sun, 19 May 2019 at 15:40\n"
      "Subject: Application - Newcomers' Welcome Table, Dranouter\n"
      "To: <coordinator@partons.example.org>\n\n\n"
      "Dear Partons 2.0 team,\n\n"
      "Please find attached our project idea for the call 'Maak werk van je buurt!'. We are "
      "an informal group of newcomers and long-time residents in Dranouter. Apologies for "
      "writing in English - we are happy to answer any questions in Dutch or French as well.\n\n"
      "Best regards,\nHelen Marsh\n",
      "follow_up", "en", "a", html=True,
      att=[pdf("Welcome_Table_Dranouter.pdf", "Newcomers' Welcome Table - project idea", HELEN_LETTER,
               "Helen Marsh")],
      key=True,
      note="The applicant forwards her own application from a personal address (Fwd:, UK "
           "time zone +0100); follow_up, not a second application."),
]))

# =====================================================================================
# Follow-ups that look like applications / new ideas that look like follow-ups
# =====================================================================================

MERKEM_FORM = lambda signed: form_nl(
    "Wandelbankjes langs de Molenvaart", "Merkem (8650 Houthulst)", "Dorpsraad Merkem",
    "Annemie Coussement (secretaris)", "Vaartdijk 18, 8650 Merkem", "0473 90 14 62",
    "dorpsraad.merkem@gmail.example.com",
    "Zes houten bankjes en twee picknicktafels langs het jaagpad van de Molenvaart, met "
    "een QR-wandeling langs verhalen van oudere Merkemnaars, opgenomen door de jeugd.",
    "Dorpsraad, jeugdraad, Femma Merkem, de plaatselijke schrijnwerker en 9 vertellers.",
    "Opnames in de zomer, plaatsing van de banken in oktober 2019.",
    "6.900 euro", "5.600 euro",
    "Geert Lamote, voorzitter - getekend op 1 mei 2019" if signed else None)

add(S("merkem_banken", "fu_vs_app", [
    M("01", "2019-04-18 14:00:12 +0200",
      ("Dorpsraad Merkem", "dorpsraad.merkem@gmail.example.com"),
      "Projectidee: wandelbankjes langs de Molenvaart",
      "Beste,\n\n"
      "Hierbij ons projectidee voor 'Maak werk van je buurt!'. Het formulier is nog niet "
      "ondertekend omdat onze voorzitter in het buitenland is; we bezorgen de getekende "
      "versie later.\n\n"
      "Met vriendelijke groet,\nAnnemie Coussement\nsecretaris Dorpsraad Merkem\n",
      "application", "nl", "a", title="Wandelbankjes langs de Molenvaart", html=True,
      att=[pdf("Projectidee_Dorpsraad_Merkem.pdf", FORM_NL, MERKEM_FORM(False), "Annemie")],
      note="Application with unsigned PDF form."),
    M("02", "2019-05-03 09:12:45 +0200",
      ("Dorpsraad Merkem", "dorpsraad.merkem@gmail.example.com"),
      "Projectaanvraag Dorpsraad Merkem",
      "Geachte,\n\n"
      "Hierbij het volledige aanvraagformulier van de Dorpsraad Merkem, nu ondertekend door "
      "de voorzitter, samen met de offerte van de schrijnwerker.\n\n"
      "Met vriendelijke groet,\n\nAnnemie Coussement\nsecretaris Dorpsraad Merkem\n"
      "0473 90 14 62\n",
      "follow_up", "nl", "a", html=True, key=True,
      att=[pdf("Aanvraagformulier_Dorpsraad_Merkem_getekend.pdf", FORM_NL, MERKEM_FORM(True),
               "Annemie"),
           pdf("Offerte_schrijnwerkerij.pdf", "Offerte 2019-044 - Schrijnwerkerij Vanneste", [
               "Aan: Dorpsraad Merkem", "Betreft: 6 zitbanken en 2 picknicktafels in eik", "",
               "|6 zitbanken eik, verankerd|3.240 euro", "|2 picknicktafels|1.380 euro",
               "|Plaatsing|640 euro", "|Btw 21%|1.105 euro",
               "**Totaal: 6.365 euro", "Geldig tot 31 augustus 2019."])],
      note="Looks like a fresh application (new subject, no In-Reply-To, full form) but is "
           "the signed form plus quote for project a."),
]))

add(S("cassel_navette", "fu_vs_app", [
    M("01", "2019-04-08 10:30:55 +0200",
      ("Cassel Demain", "bureau@cassel-demain.example.org"),
      "Appel à projets Partons 2.0 : navette solidaire",
      "Madame, Monsieur,\n\n"
      "L'association Cassel Demain a le plaisir de déposer sa candidature : une navette "
      "solidaire conduite par des bénévoles pour les aînés des hameaux, pour aller au "
      "marché, chez le médecin ou à la médiathèque.\n\n"
      "Montant demandé : 8 800 €. Vous trouverez la fiche projet ci-jointe.\n\n"
      "Pour le bureau,\nFrançoise Delbaere, secrétaire\n",
      "application", "fr", "a", title="Navette solidaire pour les aînés", headers=ZIMBRA,
      att=[docx("Fiche_projet_navette_solidaire.docx", FORM_FR, form_fr(
          "Navette solidaire pour les aînés", "Cassel (59670)", "Association Cassel Demain",
          "Françoise Delbaere", "2 rue du Mont, 59670 Cassel", "03 28 42 16 55",
          "bureau@cassel-demain.example.org",
          "Navette de 8 places avec chauffeurs bénévoles, deux matinées par semaine, pour "
          "les habitants des hameaux sans voiture.",
          "14 chauffeurs bénévoles, CCAS, médecins et commerçants du centre.",
          "Démarrage en septembre 2019.", "10 500 €", "8 800 €"), "Françoise")],
      note="Application."),
    M("02", "2019-05-16 18:47:29 +0200",
      ("Cassel Demain", "bureau@cassel-demain.example.org"),
      "RE: Accusé de réception [[N:a]] : [[T:a]]",
      "Bonjour,\n\n"
      "Merci pour l'accusé de réception.\n\n"
      "Notre association a aussi un deuxième projet, indépendant du premier : un petit "
      "marché de producteurs le vendredi soir sur la Grand'Place, avec une buvette tenue "
      "par les bénévoles et des animations pour les enfants. Budget estimé : 4 500 €, dont "
      "nous demanderions 4 000 €. Une dizaine de producteurs sont déjà partants.\n\n"
      "Faut-il remplir une nouvelle fiche ? En attendant, considérez ce message comme notre "
      "idée de projet.\n\n"
      "Françoise Delbaere\n[[Q:a:tb]]",
      "new_idea", "fr", "b", irt="R:a", headers=ZIMBRA,
      title="Marché de producteurs du vendredi soir", key=True,
      note="Written as a reply to project a's receipt, but presents a second, independent "
           "project with its own budget (ends with a question): new_idea."),
]))

add(S("vlamertinge_buurtbib", "fu_vs_app", [
    M("01", "2019-04-26 17:20:08 +0200",
      ("Geert Maes", "geert.maes@dekring-vlamertinge.example.org"),
      "Deelname projectoproep - Buurtvereniging De Kring",
      "Beste,\n\n"
      "Buurtvereniging De Kring uit Vlamertinge wil de oude telefooncel aan het pleintje "
      "ombouwen tot buurtbibliotheek: boekenkast op maat, verlichting op zonne-energie en een "
      "bankje ernaast. De buren beheren de boeken zelf.\n\n"
      "In bijlage het formulier. Gevraagd: 2.400 euro.\n\n"
      "Met vriendelijke groeten,\nGeert Maes\n",
      "application", "nl", "a", title="Buurtbib in de oude telefooncel", headers=TB, mid_style="tb",
      att=[pdf("Formulier_De_Kring.pdf", FORM_NL, form_nl(
          "Buurtbib in de oude telefooncel", "Vlamertinge (8908 Ieper)",
          "Buurtvereniging De Kring", "Geert Maes", "Hoppestraat 44, 8908 Vlamertinge",
          "0478 33 20 91", "geert.maes@dekring-vlamertinge.example.org",
          "Oude telefooncel wordt buurtbib met boekenkast op maat, zonneverlichting en bankje.",
          "Buurtvereniging (60 gezinnen), de bibliotheek van Ieper, de basisschool.",
          "Inrichting september 2019.", "2.900 euro", "2.400 euro"), "Geert")],
      note="Application."),
    M("02", "2019-05-09 12:05:31 +0200",
      ("Geert Maes", "geert.maes@dekring-vlamertinge.example.org"),
      "Re: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Dag Stijn,\n\n"
      "Hierbij nog de offerte van de schrijnwerker voor de boekenkast in de telefooncel, die "
      "ontbrak nog bij onze aanvraag.\n\n"
      "Groeten,\nGeert\n[[Q:a:tb]]",
      "follow_up", "nl", "a", irt="R:a", headers=TB, mid_style="tb",
      att=[pdf("Offerte_boekenkast.pdf", "Offerte boekenkast telefooncel", [
          "Schrijnwerkerij Houtgoed - offerte 19/112", "",
          "|Boekenkast op maat, multiplex berken, 5 legplanken|1.180 euro",
          "|Plaatsing en afwerking|260 euro", "**Totaal incl. btw: 1.440 euro"])],
      note="Missing quote for project a, reply to the receipt."),
    M("03", "2019-06-10 21:14:50 +0200",
      ("Geert Maes", "geert.maes@dekring-vlamertinge.example.org"),
      "Re: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Dag Stijn,\n\n"
      "Nog iets anders: we hebben met de buurt een tweede idee uitgewerkt, los van de "
      "buurtbib. Achter zaal De Kring ligt een stuk grond dat niemand gebruikt. We zouden er "
      "een petanquebaan met twee zitbanken en een kleine overkapping aanleggen, zodat ook de "
      "oudere buren een ontmoetingsplek hebben. Raming: 3.000 euro, we zouden 2.600 euro "
      "vragen. Een tiental buren helpt mee bij de aanleg.\n\n"
      "Kunnen jullie dit als apart projectidee bekijken?\n\n"
      "Groeten,\nGeert\n[[Q:a:tb]]",
      "new_idea", "nl", "b", irt="R:a", headers=TB, mid_style="tb",
      title="Petanquebaan achter zaal De Kring", key=True,
      note="Same thread as the follow-up before (reply to project a's receipt) but presents "
           "a separate second project with its own budget: new_idea."),
]))

STEEN_FORM = form_fr(
    "Boîte à dons et petite ressourcerie de village", "Steenwerck (59181)",
    "Association Steenwerck Solidaire", "Emmanuelle Caron", "17 rue du Moulin Rouge, 59181 Steenwerck",
    "06 80 21 45 73", "e.caron@ressourcerie-steenwerck.example.org",
    "Une boîte à dons couverte sur la place et un petit local de réemploi ouvert le samedi "
    "matin (vêtements, petits meubles, jouets), tenu par des bénévoles.",
    "Association (28 bénévoles), la commune qui prête le local, l'école et le centre social.",
    "Ouverture en octobre 2019.", "7 000 €", "5 900 €")

add(S("steenwerck_ressourcerie", "fu_vs_app", [
    M("01", "2019-05-13 09:50:12 +0200",
      ("Emmanuelle Caron", "e.caron@ressourcerie-steenwerck.example.org"),
      "Dépôt de projet - Boîte à dons",
      "Bonjour,\n\n"
      "Je vous transmets le projet de l'association Steenwerck Solidaire : une boîte à dons "
      "et une petite ressourcerie de village. Montant demandé : 5 900 €.\n\n"
      "Bien cordialement,\nEmmanuelle Caron\n",
      "application", "fr", "a", title="Boîte à dons et petite ressourcerie de village",
      att=[docx("Projet_boite_a_dons_Steenwerck.docx", FORM_FR, STEEN_FORM, "Emmanuelle")],
      note="Application with DOCX fiche."),
    M("02", "2019-05-29 16:25:37 +0200",
      ("Emmanuelle Caron", "e.caron@ressourcerie-steenwerck.example.org"),
      "Candidature appel à projets Partons 2.0 - Steenwerck",
      "Madame, Monsieur,\n\n"
      "Veuillez trouver ci-joint notre dossier de candidature ainsi que deux photos du local "
      "que la commune met à notre disposition rue de la Gare.\n\n"
      "Je reste à votre disposition pour tout renseignement.\n\n"
      "Emmanuelle Caron\nAssociation Steenwerck Solidaire\n06 80 21 45 73\n",
      "follow_up", "fr", "a", key=True,
      att=[docx("Projet_boite_a_dons_Steenwerck.docx", FORM_FR, STEEN_FORM, "Emmanuelle"),
           jpeg("local_1.jpg", "steen1", "local rue de la Gare"),
           jpeg("local_2.jpg", "steen2", "")],
      note="Formal 'candidature' with a new subject and the same form again plus photos of "
           "the premises; same sender and project as message 01: follow_up."),
]))

add(S("proven_zomerbar", "fu_vs_app", [
    M("01", "2019-04-30 22:05:19 +0200",
      ("Jeugdhuis De Schuur", "bestuur@jhdeschuur.example.org"),
      "projectidee zomerbar",
      "Hallo,\n\n"
      "Wij zijn het bestuur van jeugdhuis De Schuur in Proven. Ons idee: elke vrijdagavond "
      "in juli en augustus een zomerbar op het kerkplein, voor alle leeftijden, met lokale "
      "bands en een spelletjeshoek. We huren niets, alles wordt gemaakt met paletten en "
      "door de jongeren zelf.\n\n"
      "Formulier in bijlage, we vragen 4.000 euro.\n\n"
      "Groetjes,\nRobbe Vandevoorde\nvoorzitter JH De Schuur\n",
      "application", "nl", "a", title="Zomerbar op het kerkplein", mid_style="gmail",
      att=[pdf("zomerbar_proven.pdf", FORM_NL, form_nl(
          "Zomerbar op het kerkplein", "Proven (8972 Poperinge)", "Jeugdhuis De Schuur",
          "Robbe Vandevoorde", "Hoppestraat 2, 8972 Proven", "0491 70 28 45",
          "bestuur@jhdeschuur.example.org",
          "Zomerbar voor alle leeftijden op het kerkplein, zelfgemaakt meubilair, lokale bands.",
          "Jeugdhuis (25 vrijwilligers), de fanfare, de seniorenclub (taartenkraam).",
          "Juli en augustus 2019, elke vrijdag.", "5.100 euro", "4.000 euro"), "Robbe")],
      note="Application from a youth club."),
    M("02", "2019-05-21 13:30:44 +0200",
      ("Jeugdhuis De Schuur", "bestuur@jhdeschuur.example.org"),
      "Re: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Dank voor de bevestiging!\n\n"
      "In bijlage ons tweede projectvoorstel: een 'oudercafé' aan de schoolpoort op "
      "vrijdagnamiddag, samen met de oudervereniging van de dorpsschool. Dat staat los van "
      "de zomerbar en loopt het hele schooljaar.\n\n"
      "Groetjes,\nRobbe\n[[Q:a:gmail]]",
      "new_idea", "nl", "b", irt="R:a", mid_style="gmail",
      title="Oudercafé aan de schoolpoort", key=True,
      att=[pdf("oudercafe_proven.pdf", FORM_NL, form_nl(
          "Oudercafé aan de schoolpoort", "Proven (8972 Poperinge)",
          "Jeugdhuis De Schuur i.s.m. oudervereniging VBS Proven", "Robbe Vandevoorde",
          "Hoppestraat 2, 8972 Proven", "0491 70 28 45", "bestuur@jhdeschuur.example.org",
          "Elke vrijdagnamiddag koffie en soep aan de schoolpoort, met een ruilhoek en "
          "infomomenten voor nieuwe ouders.", "Jeugdhuis, oudervereniging, directie.",
          "Schooljaar 2019-2020.", "2.300 euro", "2.000 euro"), "Robbe")],
      note="Reply to the receipt of project a carrying a second, separate project form: new_idea."),
]))

add(S("boeschepe_verger", "fu_vs_app", [
    M("01", "2019-05-06 20:15:03 +0200",
      ("Gérard Ryckebusch", "gerard.ryckebusch@wanadoo.example.net"),
      "Projet verger",
      "Bonsoir,\n\n"
      "Je me permets de vous écrire au nom de notre petite association Les Vergers de "
      "Boeschepe. Nous voudrions planter un verger conservatoire partagé de variétés "
      "anciennes de Flandre sur un terrain communal, avec des journées de greffe et de "
      "récolte ouvertes à tous les habitants et aux écoles.\n\n"
      "Le budget serait d'environ 7 000 €. Je ne suis pas très à l'aise avec les "
      "formulaires, une autre personne de l'association complètera le dossier.\n\n"
      "Salutations distinguées,\nGérard Ryckebusch\n03 28 49 06 12\n",
      "application", "fr", "a", title="Verger conservatoire partagé",
      note="Body-only application with an approximate budget."),
    M("02", "2019-05-20 11:40:18 +0200",
      ("Lucie Vanuxem", "lucie.vanuxem@lesvergersdeboeschepe.example.org"),
      "Dossier de candidature - Les Vergers de Boeschepe",
      "Bonjour,\n\n"
      "Suite à votre appel téléphonique de jeudi dernier avec M. Ryckebusch, voici le "
      "formulaire complété et le budget détaillé (demande : 6 850 € sur un coût total de "
      "8 100 €).\n\n"
      "Bien à vous,\nLucie Vanuxem\nsecrétaire des Vergers de Boeschepe\n",
      "follow_up", "fr", "a", amb=True, key=True,
      att=[docx("Formulaire_Vergers_de_Boeschepe.docx", FORM_FR, form_fr(
          "Verger conservatoire partagé", "Boeschepe (59299)", "Les Vergers de Boeschepe",
          "Gérard Ryckebusch / Lucie Vanuxem", "9 chemin du Mont Noir, 59299 Boeschepe",
          "03 28 49 06 12", "lucie.vanuxem@lesvergersdeboeschepe.example.org",
          "Verger de 40 arbres de variétés anciennes, journées de greffe et de récolte, "
          "pressage collectif.", "Association (30 membres), écoles de Boeschepe et Berthen, "
          "club des aînés.", "Plantation en novembre 2019.", "8 100 €", "6 850 €"), "Lucie"),
           pdf("Budget_verger.pdf", "Budget détaillé - verger conservatoire", [
               "|40 arbres fruitiers haute tige|2 600 €", "|Tuteurs, protections|1 100 €",
               "|Clôture et portail|2 300 €", "|Animations greffe (intervenant)|900 €",
               "|Pressoir mobile (location)|400 €", "|Communication|800 €",
               "**Total 8 100 € - demandé 6 850 €"])],
      note="Another member completes the file for the body-only application after a phone "
           "call (new address, new subject, full form). The amount is made precise (about "
           "7 000 -> 6 850); one could read it as changed_values."),
]))

add(S("westouter_gilde", "fu_vs_app", [
    M("01", "2019-04-11 10:10:26 +0200",
      ("Landelijke Gilde Westouter", "landelijkegilde.westouter@gmail.example.com"),
      "Projectidee hoogstamboomgaard",
      "Beste,\n\n"
      "De Landelijke Gilde Westouter wil een hoogstamboomgaard aanplanten op het gemeentelijk "
      "perceel naast de sporthal, met oude fruitrassen, een insectenhotel en twee banken. Elk "
      "jaar organiseren we er een plukdag voor het dorp.\n\n"
      "Formulier in bijlage. Gevraagde steun: 6.200 euro.\n\n"
      "Met vriendelijke groeten,\nFrank Vanlerberghe\nvoorzitter\n",
      "application", "nl", "a", title="Hoogstamboomgaard aan de sporthal", mid_style="gmail",
      att=[pdf("Hoogstamboomgaard_Westouter.pdf", FORM_NL, form_nl(
          "Hoogstamboomgaard aan de sporthal", "Westouter (8954 Heuvelland)",
          "Landelijke Gilde Westouter", "Frank Vanlerberghe", "Kasteelhoek 5, 8954 Westouter",
          "0475 11 82 36", "landelijkegilde.westouter@gmail.example.com",
          "Boomgaard met 30 hoogstammen van oude rassen, insectenhotel, banken, jaarlijkse plukdag.",
          "Gilde (80 leden), Regionaal Landschap, basisschool, gemeente (grond).",
          "Aanplant november 2019.", "7.400 euro", "6.200 euro"), "Frank")],
      note="Application."),
    M("02", "2019-06-05 19:48:13 +0200",
      ("Martine Debaene", "martine.debaene@telenet.example.net"),
      "Projectidee: dorpsontbijt met lokale producten",
      "Beste,\n\n"
      "Ik ben bestuurslid van de Landelijke Gilde Westouter. Onze Gilde diende in april al "
      "een projectidee in voor de hoogstamboomgaard; dit is een tweede idee, los daarvan.\n\n"
      "We willen twee keer per jaar een groot dorpsontbijt organiseren in de sporthal met "
      "enkel producten van boeren uit Westouter en omgeving, samen met de school en de "
      "KWB. Nieuwe inwoners krijgen een persoonlijke uitnodiging. Budget: 3.400 euro, "
      "gevraagd 2.900 euro (herbruikbaar servies, koelwagen, drukwerk).\n\n"
      "Het formulier zit in bijlage.\n\n"
      "Vriendelijke groeten,\nMartine Debaene\n",
      "new_idea", "nl", "b", title="Dorpsontbijt met lokale producten", key=True,
      att=[docx("Dorpsontbijt_Westouter.docx", FORM_NL, form_nl(
          "Dorpsontbijt met lokale producten", "Westouter (8954 Heuvelland)",
          "Landelijke Gilde Westouter", "Martine Debaene", "Rodebergstraat 61, 8954 Westouter",
          "0468 40 37 12", "martine.debaene@telenet.example.net",
          "Twee dorpsontbijten per jaar met lokale producten, persoonlijke uitnodiging voor "
          "nieuwe inwoners.", "Gilde, school, KWB, 7 landbouwers.",
          "Eerste ontbijt op 6 oktober 2019.", "3.400 euro", "2.900 euro"), "Martine")],
      note="Another board member of the same group sends a second, different project as a "
           "stand-alone application mail: new_idea, not a new applicant."),
    M("03", "2019-06-17 07:45:50 +0200",
      ("Landelijke Gilde Westouter", "landelijkegilde.westouter@gmail.example.com"),
      "Nog een idee van de Gilde",
      "Goedemorgen,\n\n"
      "Excuses dat dit pas nu komt, ik weet dat de termijn gisteren afliep. Op onze "
      "bestuursvergadering van zaterdag kwam nog een derde idee naar boven: een digitaal "
      "infobord aan de kerk waar alle verenigingen hun activiteiten kunnen aankondigen. "
      "Kostprijs ongeveer 4.500 euro. Als het nog kan, houden jullie er dan rekening mee?\n\n"
      "Met vriendelijke groeten,\nFrank Vanlerberghe\n",
      "new_idea", "nl", "c", mid_style="gmail",
      note="Third, different idea of the same group, sent the morning after the deadline: "
           "new_idea, late."),
]))

add(S("hazebrouck_fresque", "fu_vs_app", [
    M("01", "2019-04-25 15:00:40 +0200",
      ("Maison de quartier du Rivage", "mdq.rivage@hazebrouck-asso.example.org"),
      "Candidature - Fresque participative",
      "Bonjour,\n\n"
      "La maison de quartier du Rivage souhaite réaliser avec les habitants une fresque "
      "participative sur le mur de la salle de sport, dessinée à partir des souvenirs des "
      "anciens du quartier et peinte par les jeunes.\n\n"
      "Dossier ci-joint, montant demandé : 5 500 €.\n\n"
      "Karim Benali\nAnimateur, Maison de quartier du Rivage\n",
      "application", "fr", "a", title="Fresque participative", headers=OUTLOOK, mid_style="outlook",
      att=[pdf("Dossier_fresque_Rivage.pdf", FORM_FR, form_fr(
          "Fresque participative", "Hazebrouck (59190)", "Maison de quartier du Rivage",
          "Karim Benali", "4 rue du Rivage, 59190 Hazebrouck", "03 28 43 70 18",
          "mdq.rivage@hazebrouck-asso.example.org",
          "Fresque de 40 m² conçue à partir de récits d'anciens, peinte par 15 jeunes du quartier.",
          "Maison de quartier, club de boxe, résidence seniors, un artiste local.",
          "Ateliers en été, peinture en septembre 2019.", "6 400 €", "5 500 €"), "Karim")],
      note="Application."),
    M("02", "2019-05-27 14:10:22 +0200",
      ("Maison de quartier du Rivage", "mdq.rivage@hazebrouck-asso.example.org"),
      "RE: Accusé de réception [[N:a]] : [[T:a]]",
      "Bonjour,\n\n"
      "Suite aux premiers ateliers avec les jeunes, notre projet a évolué : en plus de la "
      "fresque, nous voudrions organiser des ateliers graffiti toute l'année et aménager un "
      "coin détente (bancs, bac à fleurs) devant le mur. Voici la version corrigée du "
      "dossier ; le montant demandé reste de 5 500 €.\n\n"
      "Cordialement,\nKarim Benali\n[[Q:a:outlook]]",
      "follow_up", "fr", "a", irt="R:a", amb=True, key=True, headers=OUTLOOK, mid_style="outlook",
      att=[pdf("Dossier_fresque_Rivage_v2.pdf", FORM_FR, form_fr(
          "Fresque participative et ateliers graffiti", "Hazebrouck (59190)",
          "Maison de quartier du Rivage", "Karim Benali", "4 rue du Rivage, 59190 Hazebrouck",
          "03 28 43 70 18", "mdq.rivage@hazebrouck-asso.example.org",
          "Fresque de 40 m², ateliers graffiti mensuels et coin détente devant le mur.",
          "Maison de quartier, club de boxe, résidence seniors, un artiste local.",
          "Septembre 2019 - juin 2020.", "6 900 €", "5 500 €"), "Karim")],
      note="Revised version of the same project (scope extended, amount unchanged, title "
           "extended in the form). Treated as follow_up; a reader could see a new idea or a "
           "changed title."),
    M("03", "2019-05-28 09:02:14 +0200",
      ("Maison de quartier du Rivage", "mdq.rivage@hazebrouck-asso.example.org"),
      "", "", "auto_reply", "fr", "a", headers=OUTLOOK, mid_style="outlook",
      mdn=dict(orig_mid="<20190527153012.7731@partons.example.org>",
               orig_subject="RE: RE: Accusé de réception [[N:a]] : [[T:a]]",
               orig_date="2019-05-27 15:30:12 +0200", prefix="Lu : ",
               text="Votre message\n\n  À : {to}\n  Objet : {subject}\n  Envoyé : {sent}\n\n"
                    "a été lu le {read}.\n"),
      note="Outlook read receipt for the coordinator's answer in project a's thread."),
]))

add(S("zillebeke_wegel", "fu_vs_app", [
    M("01", "2019-05-07 20:30:05 +0200",
      ("Trage Wegen Zillebeke", "info@tragewegen-zillebeke.example.org"),
      "Projectidee trage weg Zillebeke",
      "Beste,\n\n"
      "Onze werkgroep wil de oude kerkwegel tussen het dorp en de vijver opnieuw "
      "toegankelijk maken: het pad vrijmaken, twee knuppelbruggetjes, een rustbank en een "
      "bordje met het verhaal van de wegel. We doen dat samen met de buurtbewoners tijdens "
      "doe-dagen.\n\n"
      "Gevraagd bedrag: 8.000 euro. Formulier in bijlage.\n\n"
      "Met vriendelijke groet,\nKoen Vermeersch\nWerkgroep Trage Wegen Zillebeke\n",
      "application", "nl", "a", title="Heropwaardering kerkwegel Zillebeke",
      att=[pdf("Projectidee_kerkwegel.pdf", FORM_NL, form_nl(
          "Heropwaardering kerkwegel Zillebeke", "Zillebeke (8902 Ieper)",
          "Werkgroep Trage Wegen Zillebeke", "Koen Vermeersch", "Vijverweg 21, 8902 Zillebeke",
          "0474 29 15 07", "info@tragewegen-zillebeke.example.org",
          "Kerkwegel opnieuw openmaken met bruggetjes, rustbank en infobord, via doe-dagen.",
          "Werkgroep (12), buurtbewoners, de landbouwer-eigenaar, de stad Ieper.",
          "Doe-dagen in oktober en november 2019.", "9.300 euro", "8.000 euro"), "Koen")],
      note="Application."),
    M("02", "2019-05-24 18:20:47 +0200",
      ("Koen Vermeersch", "koen.vermeersch@proximus.example.net"),
      "Antwoord op uw vragen - trage weg",
      "Dag Stijn,\n\n"
      "Zoals telefonisch besproken, hierbij de antwoorden op uw vragen:\n\n"
      "1) De eigenaar van het perceel (landbouwer Vandamme) gaat akkoord met het openstellen "
      "van de wegel, zie zijn brief in bijlage.\n"
      "2) De stad Ieper neemt het onderhoud na de werken op zich.\n"
      "3) We hebben momenteel 23 vrijwilligers ingeschreven voor de doe-dagen.\n\n"
      "Ik voeg ook een foto toe van hoe het pad er nu bij ligt.\n\n"
      "Groeten,\nKoen\n",
      "follow_up", "nl", "a", key=True,
      att=[pdf("Akkoord_eigenaar.pdf", "Akkoord eigenaar perceel", [
          "Zillebeke, 22 mei 2019", "",
          "Ondergetekende, eigenaar van het perceel waarover de kerkwegel loopt, gaat akkoord "
          "met het openstellen en inrichten van de wegel door de Werkgroep Trage Wegen "
          "Zillebeke.", "", "(getekend) R. Vandamme"]),
           jpeg("kerkwegel_nu.jpg", "zill", "kerkwegel mei 2019")],
      note="Answers to the coordinator's phone questions from a private address, new "
           "subject, no In-Reply-To: follow_up of project a."),
]))

add(S("nieuwpoort_taalcafe", "fu_vs_app", [
    M("01", "2019-04-17 11:11:38 +0200",
      ("Taalcafé Nieuwpoort", "taalcafe.nieuwpoort@gmail.example.com"),
      "Projectidee Taalcafé",
      "Beste,\n\n"
      "Wij zijn een groep vrijwilligers die nieuwkomers en Nieuwpoortenaars samenbrengt om "
      "Nederlands te oefenen. We willen een wekelijks taalcafé in het dienstencentrum "
      "opstarten, met spelletjes, uitstappen in de buurt en een 'buddy' voor elke deelnemer.\n\n"
      "We vragen 3.500 euro (materiaal, vorming vrijwilligers, uitstappen). Formulier in "
      "bijlage.\n\n"
      "Hartelijke groeten,\nFatima El Idrissi en Peter Colpaert\n",
      "application", "nl", "a", title="Taalcafé in het dienstencentrum", mid_style="gmail",
      att=[pdf("Taalcafe_Nieuwpoort.pdf", FORM_NL, form_nl(
          "Taalcafé in het dienstencentrum", "Nieuwpoort (8620)", "Taalcafé Nieuwpoort (feitelijke vereniging)",
          "Fatima El Idrissi", "Zeedijkstraat 9 bus 3, 8620 Nieuwpoort", "0487 52 60 19",
          "taalcafe.nieuwpoort@gmail.example.com",
          "Wekelijks taalcafé met buddy-systeem en uitstappen in de buurt.",
          "14 vrijwilligers, het dienstencentrum, de bibliotheek, het OCMW.",
          "Vanaf september 2019.", "3.900 euro", "3.500 euro"), "Fatima")],
      note="Application."),
    M("02", "2019-04-17 16:45:02 +0200",
      ("Taalcafé Nieuwpoort", "taalcafe.nieuwpoort@gmail.example.com"),
      "Re: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Bedankt voor de snelle bevestiging!\n\n"
      "Nog even meegeven: het dienstencentrum stelt ons ook gratis koffie en een beamer ter "
      "beschikking en de bibliotheek leent ons een kast met leesboeken in eenvoudig "
      "Nederlands. Dat stond nog niet in onze aanvraag.\n\n"
      "Groetjes,\nFatima\n[[Q:a:gmail]]",
      "follow_up", "nl", "a", irt="R:a", mid_style="gmail", html=True, key=True,
      note="A thank-you for the receipt that adds information (no value changes): follow_up."),
]))

# =====================================================================================
# Changed values, phrased loosely
# =====================================================================================

add(S("diksmuide_speelbos", "changed", [
    M("01", "2019-04-12 09:00:51 +0200",
      ("Buurtcomité Molenwijk", "buurtcomite.molenwijk@telenet.example.net"),
      "projectoproep Maak werk van je buurt",
      "Beste,\n\n"
      "Het buurtcomité van de Molenwijk in Diksmuide wil het braakliggende terrein achter "
      "de flats omvormen tot een speelbos: boomstammen, wilgenhutten, een zandput en een "
      "'buurtbank' waar ouders elkaar kunnen treffen. De kinderen hebben mee getekend aan het "
      "ontwerp.\n\n"
      "In bijlage ons formulier. Totale kostprijs 10.300 euro, we vragen 8.700 euro.\n\n"
      "Vriendelijke groeten,\nAn Vanhoutte\nBuurtcomité Molenwijk\n",
      "application", "nl", "a", title="Speelbos in de Molenwijk",
      att=[docx("Formulier_speelbos_Molenwijk.docx", FORM_NL, form_nl(
          "Speelbos in de Molenwijk", "Diksmuide (8600)", "Buurtcomité Molenwijk",
          "An Vanhoutte", "Molenhoek 6, 8600 Diksmuide", "0470 26 93 18",
          "buurtcomite.molenwijk@telenet.example.net",
          "Speelbos met boomstammen, wilgenhutten, zandput en buurtbank op het braakliggend terrein.",
          "Buurtcomité, 30 kinderen (ontwerp), de sociale huisvestingsmaatschappij, de stad.",
          "Plantdag in november 2019, opening in maart 2020.", "10.300 euro", "8.700 euro"), "An")],
      note="Application, 8.700 euro requested."),
    M("02", "2019-05-23 21:30:16 +0200",
      ("Buurtcomité Molenwijk", "buurtcomite.molenwijk@telenet.example.net"),
      "RE: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Dag Stijn,\n\n"
      "Bij het nakijken van de offertes komen we toch wat hoger uit dan gedacht, vooral "
      "voor de boomstammen en het zand. We zouden 9.400 euro vragen in plaats van 8.700. Is "
      "dat nog ok binnen de oproep?\n\n"
      "Groeten,\nAn\n[[Q:a:outlook]]",
      "changed_values", "nl", "a", irt="R:a", key=True,
      note="'We komen toch wat hoger uit': new requested amount 9.400 instead of 8.700, "
           "mixed with a question."),
]))

add(S("bergues_patrimoine", "changed", [
    M("01", "2019-04-03 14:40:27 +0200",
      ("Bergues Patrimoine Vivant", "contact@bergues-patrimoine.example.org"),
      "Candidature Partons 2.0",
      "Madame, Monsieur,\n\n"
      "Notre association souhaite créer avec les habitants un parcours découverte du "
      "patrimoine de Bergues : dix étapes racontées par les habitants eux-mêmes, des "
      "panneaux bilingues français-flamand et un livret pour les familles.\n\n"
      "Montant demandé : 9 000 €. La fiche projet est jointe.\n\n"
      "Hélène Dufour\nsecrétaire\n",
      "application", "fr", "a", title="Parcours découverte du patrimoine",
      att=[pdf("Fiche_Parcours_patrimoine_Bergues.pdf", FORM_FR, form_fr(
          "Parcours découverte du patrimoine", "Bergues (59380)", "Bergues Patrimoine Vivant",
          "Hélène Dufour", "11 rue des Remparts, 59380 Bergues", "03 28 68 44 21",
          "contact@bergues-patrimoine.example.org",
          "Parcours de 10 étapes racontées par des habitants, panneaux bilingues, livret famille.",
          "Association, office de tourisme, collège, 25 habitants conteurs.",
          "Collecte des récits en été, inauguration aux Journées du patrimoine 2020.",
          "11 200 €", "9 000 €"), "Hélène")],
      note="Application, 9 000 € requested."),
    M("02", "2019-05-29 10:05:43 +0200",
      ("Hélène Dufour", "helene.dufour@laposte.example.net"),
      "Parcours patrimoine - petite modification",
      "Bonjour Madame Lefort,\n\n"
      "Suite à la réunion du bureau, nous avons revu le budget du parcours : finalement "
      "8 200 € au lieu de 9 000 (la commune prend en charge l'impression des panneaux). Le "
      "reste du dossier ne change pas.\n\n"
      "Bien cordialement,\nHélène Dufour\nsecrétaire de Bergues Patrimoine Vivant\n",
      "changed_values", "fr", "a", key=True,
      note="'Finalement 8 200 € au lieu de 9 000', from the secretary's private address with "
           "a new subject."),
]))

add(S("noordschote_zomerfeest", "changed", [
    M("01", "2019-04-27 16:30:09 +0200",
      ("Dorpscomité Noordschote", "info@dorpscomite-noordschote.example.net"),
      "Projectidee Zomerfeest aan de IJzer",
      "Beste,\n\n"
      "Het dorpscomité van Noordschote dient graag het projectidee 'Zomerfeest aan de IJzer' "
      "in: een dorpsfeest op de dijk met een buurtmaaltijd, een fietstocht langs de "
      "boerderijen en een tentoonstelling van oude foto's die de inwoners zelf binnenbrengen.\n\n"
      "Gevraagd: 6.750 euro. Formulier in bijlage.\n\n"
      "Met vriendelijke groeten,\nEls Vandenberghe\n",
      "application", "nl", "a", title="Zomerfeest aan de IJzer",
      att=[pdf("Zomerfeest_Noordschote.pdf", FORM_NL, form_nl(
          "Zomerfeest aan de IJzer", "Noordschote (8647 Lo-Reninge)", "Dorpscomité Noordschote",
          "Els Vandenberghe", "Dijkweg 3, 8647 Noordschote", "0479 80 22 51",
          "info@dorpscomite-noordschote.example.net",
          "Dorpsfeest op de dijk: buurtmaaltijd, boerderijfietstocht en fototentoonstelling.",
          "Dorpscomité, landbouwers, de heemkundige kring, de jeugdclub.",
          "Zaterdag 31 augustus 2019.", "8.100 euro", "6.750 euro"), "Els")],
      note="Application, 6.750 euro requested."),
    M("02", "2019-05-18 10:22:34 +0200",
      ("Dorpscomité Noordschote", "info@dorpscomite-noordschote.example.net"),
      "Zomerfeest Noordschote - tenten",
      "Beste Stijn,\n\n"
      "Even een stand van zaken: we hebben nog geen antwoord van de gemeente of we hun "
      "feesttenten mogen lenen. Als dat niet lukt, moeten we tenten huren en hebben we "
      "ongeveer 1.200 euro meer nodig. We laten het weten zodra we het zeker weten.\n\n"
      "Groeten,\nEls\n",
      "follow_up", "nl", "a", amb=True, key=True,
      note="Conditional: the amount may rise by about 1.200 euro if the tents cannot be "
           "borrowed; no value is changed yet (a reader could call it changed_values)."),
    M("03", "2019-06-04 12:15:28 +0200",
      ("Dorpscomité Noordschote", "info@dorpscomite-noordschote.example.net"),
      "RE: Zomerfeest Noordschote - tenten",
      "Dag Stijn,\n\n"
      "Intussen nieuws: de gemeente kan de tenten niet uitlenen op die datum. Ons gevraagd "
      "bedrag wordt dus 7.950 euro in plaats van 6.750.\n\n"
      "Groeten,\nEls\n\n"
      "-----Oorspronkelijk bericht-----\n"
      "Van: Dorpscomité Noordschote <info@dorpscomite-noordschote.example.net>\n"
      "Verzonden: zaterdag 18 mei 2019 10:22\n"
      "Aan: coordinator@partons.example.org\n"
      "Onderwerp: Zomerfeest Noordschote - tenten\n\n"
      "Beste Stijn,\n\n"
      "Even een stand van zaken: we hebben nog geen antwoord van de gemeente of we hun "
      "feesttenten mogen lenen. Als dat niet lukt, moeten we tenten huren en hebben we "
      "ongeveer 1.200 euro meer nodig. We laten het weten zodra we het zeker weten.\n\n"
      "Groeten,\nEls\n",
      "changed_values", "nl", "a", irt="M:02", headers=OUTLOOK,
      note="The condition is met: requested amount becomes 7.950 instead of 6.750 (reply to "
           "the applicant's own earlier mail)."),
]))

add(S("godewaersvelde_tricot", "changed", [
    M("01", "2019-04-14 11:35:12 +0200",
      ("Josiane Bril", "josiane.bril@orange.example.com"),
      "Café-tricot itinérant - candidature",
      "Bonjour,\n\n"
      "Je vous envoie la candidature de notre association Les Mailles du Mont "
      "(Godewaersvelde) : un café-tricot itinérant qui s'installe chaque mois dans un autre "
      "hameau, chez un habitant ou dans une salle, pour rompre l'isolement des personnes "
      "âgées. Montant demandé : 2 800 €.\n\n"
      "Josiane Bril, présidente\n06 23 57 80 14\n",
      "application", "fr", "a", title="Café-tricot itinérant",
      att=[docx("Candidature_cafe_tricot.docx", FORM_FR, form_fr(
          "Café-tricot itinérant", "Godewaersvelde (59270)", "Les Mailles du Mont",
          "Josiane Bril (présidente)", "6 route du Mont des Cats, 59270 Godewaersvelde",
          "06 23 57 80 14", "josiane.bril@orange.example.com",
          "Café-tricot mensuel dans un hameau différent, transport des participantes par "
          "des bénévoles, laine et thé fournis.", "Association (19 membres), CCAS, aide à domicile.",
          "De septembre 2019 à juin 2020.", "3 300 €", "2 800 €"), "Josiane")],
      note="Application."),
    M("02", "2019-05-31 19:10:55 +0200",
      ("Josiane Bril", "josiane.bril@orange.example.com"),
      "RE: Accusé de réception [[N:a]] : [[T:a]]",
      "Bonsoir,\n\n"
      "Je quitte la présidence de l'association fin juin (je déménage chez ma fille). À "
      "partir de maintenant, merci de contacter Mme Nathalie Coppin, nouvelle présidente : "
      "nathalie.coppin@lesmaillesdumont.example.org, 06 12 48 77 30. Pouvez-vous mettre le "
      "dossier à jour ?\n\n"
      "Merci pour tout,\nJosiane Bril\n[[Q:a:outlook]]",
      "changed_values", "fr", "a", irt="R:a", key=True,
      note="Contact person, e-mail and phone change for project a."),
    M("03", "2019-06-13 14:00:33 +0200",
      ("Nathalie Coppin", "nathalie.coppin@lesmaillesdumont.example.org"),
      "Café-tricot itinérant",
      "Bonjour,\n\n"
      "Je me présente : je reprends la présidence des Mailles du Mont et donc le suivi de "
      "notre dossier « Café-tricot itinérant ». Vous trouverez ci-joint le calendrier des "
      "tournées dans les hameaux, que Mme Bril vous avait promis.\n\n"
      "Bien cordialement,\nNathalie Coppin\n",
      "follow_up", "fr", "a",
      att=[pdf("Calendrier_tournees.pdf", "Café-tricot itinérant - calendrier 2019-2020", [
          "|Septembre|Hameau du Mont des Cats", "|Octobre|Le Peckel", "|Novembre|Centre-bourg",
          "|Décembre|Hameau de la Kapel", "|Janvier|Chez Mme Ryckewaert (Boeschepe)",
          "|Février à juin|rotation identique"])],
      note="The new contact person (announced in 02) sends the schedule: follow_up of project a."),
]))

add(S("oostvleteren_pastorij", "changed", [
    M("01", "2019-04-04 20:00:19 +0200",
      ("Dorpsraad Oostvleteren", "dorpsraad@oostvleteren.example.org"),
      "Aanvraag Maak werk van je buurt",
      "Beste,\n\n"
      "De dorpsraad van Oostvleteren wil het benedenverdiep van de oude pastorij inrichten "
      "als dorpsontmoetingspunt: een koffiehoek, een kast met gezelschapsspelen, een "
      "computerhoek voor ouderen en een plek voor de wekelijkse soepnamiddag.\n\n"
      "Totale kostprijs 9.000 euro, gevraagd 7.500 euro. Formulier in bijlage.\n\n"
      "Met vriendelijke groeten,\nJohan Degrande\nvoorzitter\n",
      "application", "nl", "a", title="Dorpsontmoetingspunt in de oude pastorij",
      att=[pdf("Aanvraag_Oostvleteren.pdf", FORM_NL, form_nl(
          "Dorpsontmoetingspunt in de oude pastorij", "Oostvleteren (8640 Vleteren)",
          "Dorpsraad Oostvleteren", "Johan Degrande", "Abdijstraat 40, 8640 Oostvleteren",
          "0477 52 09 31", "dorpsraad@oostvleteren.example.org",
          "Benedenverdiep van de pastorij als ontmoetingspunt: koffiehoek, spelen, "
          "computerhoek, soepnamiddag.", "Dorpsraad, OKRA, de gemeente (eigenaar), 20 vrijwilligers.",
          "Verbouwing najaar 2019, opening januari 2020.", "9.000 euro", "7.500 euro"), "Johan")],
      note="Application, 7.500 euro requested."),
    M("02", "2019-05-02 08:45:36 +0200",
      ("Dorpsraad Oostvleteren", "dorpsraad@oostvleteren.example.org"),
      "vraag over ons dossier",
      "Goedemorgen,\n\n"
      "Is het nog mogelijk om het gevraagde bedrag te verhogen als de offerte van de "
      "aannemer hoger uitvalt dan we geraamd hadden? We verwachten die offerte binnen twee "
      "weken.\n\n"
      "Met vriendelijke groeten,\nJohan Degrande\n",
      "inquiry", "nl", "a",
      note="Question about the own file: may the amount still be raised? No new value yet."),
    M("03", "2019-05-20 19:30:02 +0200",
      ("Dorpsraad Oostvleteren", "dorpsraad@oostvleteren.example.org"),
      "RE: vraag over ons dossier",
      "Beste Stijn,\n\n"
      "Bedankt voor uw antwoord. Kunnen jullie ons gevraagd bedrag dan aanpassen naar "
      "9.850 euro? In bijlage de offerte van de aannemer.\n\n"
      "Met vriendelijke groeten,\nJohan Degrande\n\n"
      "-----Oorspronkelijk bericht-----\n"
      "Van: Partons 2.0 - Maak werk van je buurt <coordinator@partons.example.org>\n"
      "Verzonden: vrijdag 3 mei 2019 9:12\n"
      "Aan: Dorpsraad Oostvleteren <dorpsraad@oostvleteren.example.org>\n"
      "Onderwerp: RE: vraag over ons dossier\n\n"
      "Dag Johan,\n\n"
      "Dat kan, zolang het gevraagde bedrag niet boven 10.000 euro uitkomt. Stuur ons de "
      "offerte en het nieuwe bedrag zodra u ze hebt.\n\n"
      "Groeten,\nStijn Beernaert\n",
      "changed_values", "nl", "a", irt="<20190503091214.5521@partons.example.org>",
      refs=["M:02", "<20190503091214.5521@partons.example.org>"], headers=OUTLOOK, key=True,
      att=[pdf("Offerte_aannemer_pastorij.pdf", "Offerte 2019/0173 - Bouwbedrijf Verhulst", [
          "Betreft: inrichting benedenverdiep pastorij Oostvleteren", "",
          "|Elektriciteit en verlichting|3.650 euro", "|Keukenblok|2.980 euro",
          "|Schilderwerken|2.170 euro", "|Vloer|2.850 euro",
          "**Totaal incl. btw: 11.650 euro"])],
      note="Change phrased as a question ('kunnen jullie ... aanpassen naar 9.850 euro?') "
           "with the quote attached: changed_values."),
]))

add(S("wulvergem_huis", "changed", [
    M("01", "2019-04-20 13:05:48 +0200",
      ("Buurtwerking Wulvergem", "buurtwerking.wulvergem@telenet.example.net"),
      "projectidee buurthuis",
      "Beste,\n\n"
      "Wij willen de oude schoolkantine in Wulvergem ombouwen tot buurthuis, met een kleine "
      "keuken, een leestafel en een ruimte voor activiteiten van de verenigingen. We vragen "
      "9.900 euro (formulier in bijlage).\n\n"
      "Groeten,\nRia Dewitte\n",
      "application", "nl", "a", title="Buurthuis in de oude schoolkantine",
      att=[pdf("buurthuis_wulvergem.pdf", FORM_NL, form_nl(
          "Buurthuis in de oude schoolkantine", "Wulvergem (8952 Heuvelland)",
          "Buurtwerking Wulvergem", "Ria Dewitte", "Kantinestraat 1, 8952 Wulvergem",
          "0472 91 05 48", "buurtwerking.wulvergem@telenet.example.net",
          "Schoolkantine wordt buurthuis met keuken, leestafel en activiteitenruimte.",
          "Buurtwerking, 6 verenigingen, de gemeente (eigenaar).",
          "Werken eind 2019.", "12.600 euro", "9.900 euro"), "Ria")],
      note="Application."),
    M("02", "2019-06-06 09:55:21 +0200",
      ("Samen Sterk Wulvergem", "info@samensterkwulvergem.example.org"),
      "Naamswijziging vereniging en project",
      "Beste,\n\n"
      "Onze vereniging heet sinds de algemene vergadering van 25 mei officieel 'Samen Sterk "
      "Wulvergem vzw' (vroeger 'Buurtwerking Wulvergem'), en we noemen het project voortaan "
      "'Het Wulvergemse Huis' in plaats van 'Buurthuis in de oude schoolkantine'. Ons nieuwe "
      "e-mailadres is info@samensterkwulvergem.example.org. Het gevraagde bedrag blijft "
      "hetzelfde.\n\n"
      "Met vriendelijke groeten,\nRia Dewitte\nsecretaris Samen Sterk Wulvergem vzw\n",
      "changed_values", "nl", "a", key=True,
      note="Organisation name, project title and e-mail change, sent from the new address "
           "under the new name (looks like an unknown sender)."),
]))

add(S("esquelbecq_cuisine", "changed", [
    M("01", "2019-04-24 12:20:31 +0200",
      ("Ateliers du Lundi", "ateliersdulundi@free.example.net"),
      "Projet ateliers cuisine",
      "Bonjour,\n\n"
      "Notre association Les Ateliers du Lundi propose des ateliers cuisine "
      "intergénérationnels à la salle des fêtes d'Esquelbecq : les aînés transmettent leurs "
      "recettes, les jeunes apportent les leurs, et chaque atelier se termine par un repas "
      "ouvert au village.\n\n"
      "Montant demandé : 3 600 €. Vous pouvez me joindre au 06 41 93 22 07.\n\n"
      "Brigitte Vasseur\n",
      "application", "fr", "a", title="Ateliers cuisine intergénérationnels",
      att=[pdf("Ateliers_cuisine_Esquelbecq.pdf", FORM_FR, form_fr(
          "Ateliers cuisine intergénérationnels", "Esquelbecq (59470)", "Les Ateliers du Lundi",
          "Brigitte Vasseur", "22 rue du Château, 59470 Esquelbecq", "06 41 93 22 07",
          "ateliersdulundi@free.example.net",
          "Ateliers mensuels aînés-jeunes suivis d'un repas ouvert au village.",
          "Association, club des aînés, foyer des jeunes, épicerie du village.",
          "D'octobre 2019 à juin 2020.", "4 200 €", "3 600 €"), "Brigitte")],
      note="Application with phone number in body and form."),
    M("02", "2019-06-08 10:40:17 +0200",
      ("Ateliers du Lundi", "ateliersdulundi@free.example.net"),
      "Changement de numéro + question",
      "Bonjour,\n\n"
      "Mon numéro de portable a changé : merci de noter le 07 81 22 40 19 (l'ancien ne "
      "fonctionne plus).\n\n"
      "Par ailleurs, savez-vous quand les résultats de la sélection seront communiqués ? "
      "Nous devons réserver la salle des fêtes avant le 1er juillet.\n\n"
      "Merci,\nBrigitte Vasseur\n",
      "changed_values", "fr", "a", key=True,
      note="Phone number change mixed with a question about the selection date."),
]))

add(S("lo_telewerk", "changed", [
    M("01", "2019-05-09 11:30:26 +0200",
      ("Stefaan Dewulf", "stefaan.dewulf@lo-digitaal.example.org"),
      "Projectidee telewerkplek Lo",
      "Beste,\n\n"
      "Vzw Lo Digitaal wil boven de bibliotheek van Lo een telewerklokaal inrichten met zes "
      "werkplekken, snelle wifi en een vergaderhoek. Pendelaars hoeven dan niet elke dag naar "
      "de stad, en de bib krijgt er 's avonds een digitaal spreekuur voor ouderen bij.\n\n"
      "Totale kostprijs: 12.500 euro. Gevraagd: 10.000 euro. Formulier in bijlage.\n\n"
      "Met vriendelijke groet,\nStefaan Dewulf\n",
      "application", "nl", "a", title="Telewerklokaal boven de bib",
      att=[docx("Projectidee_telewerklokaal_Lo.docx", FORM_NL, form_nl(
          "Telewerklokaal boven de bib", "Lo (8647 Lo-Reninge)", "vzw Lo Digitaal",
          "Stefaan Dewulf", "Markt 17, 8647 Lo", "0495 31 67 04",
          "stefaan.dewulf@lo-digitaal.example.org",
          "Zes telewerkplekken boven de bib, digitaal spreekuur voor ouderen.",
          "Vzw (12 leden), bibliotheek, seniorenraad, 3 lokale zelfstandigen.",
          "Opening januari 2020.", "12.500 euro", "10.000 euro"), "Stefaan")],
      note="Application: total 12.500, requested 10.000 euro."),
    M("02", "2019-06-03 16:00:44 +0200",
      ("Stefaan Dewulf", "stefaan.dewulf@lo-digitaal.example.org"),
      "Aanpassing begroting telewerklokaal",
      "Beste,\n\n"
      "De totale kostprijs van ons telewerklokaal wordt 14.000 euro (was 12.500) omdat de "
      "brandweer extra brandwerende deuren vraagt. Het gevraagde bedrag blijft 10.000 euro; "
      "het verschil legt de gemeente bij.\n\n"
      "Met vriendelijke groet,\nStefaan Dewulf\n",
      "changed_values", "nl", "a", key=True,
      note="Total budget changes (12.500 -> 14.000) while the requested amount stays 10.000."),
]))

add(S("lampernisse_bookbike", "changed", [
    M("01", "2019-05-04 10:25:58 +0200",
      ("Emma Clarke", "emma.clarke@polderbooks.example.org"),
      "Project idea: Book bike for the polder villages",
      "Hello,\n\n"
      "We are Polder Books, a small reading group in Lampernisse (Diksmuide), half Flemish, "
      "half English-speaking. Our idea: a cargo 'book bike' that tours Lampernisse, "
      "Oostkerke and Pervijze every Saturday with books, coffee and a story hour for kids, "
      "run by volunteers. Details in the attached letter.\n\n"
      "Total cost 6,800 EUR; we request 5,500 EUR.\n\n"
      "Kind regards,\nEmma Clarke\n+32 478 65 20 93\n",
      "application", "en", "a", title="Book bike for the polder villages", mid_style="tb",
      headers=TB,
      att=[pdf("Book_bike_polder_villages.pdf", "Book bike for the polder villages", [
          "Polder Books (informal group), Lampernisse (8600 Diksmuide)",
          "Contact: Emma Clarke, Polderweg 5, 8600 Lampernisse", "",
          "A cargo bike with a book box, a coffee kit and a canopy tours three villages every "
          "Saturday. Volunteers (9 so far) take turns; the library of Diksmuide lends books.",
          "", "|Cargo bike (new)|3,900 EUR", "|Book box and canopy|1,200 EUR",
          "|Coffee kit|400 EUR", "|Books and story-hour material|700 EUR", "|Insurance|600 EUR",
          "**Total 6,800 EUR - requested 5,500 EUR"], "Emma Clarke")],
      note="Application in English."),
    M("02", "2019-05-30 17:05:12 +0200",
      ("Emma Clarke", "emma.clarke@polderbooks.example.org"),
      "Re: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Hi Stijn,\n\n"
      "Quick update: we've had to revise our figures. The cargo bike turns out cheaper "
      "second-hand, so the total is now 6,300 EUR and we'd request 5,000 rather than 5,500. "
      "Hope that's okay!\n\n"
      "Best,\nEmma\n[[Q:a:tb]]",
      "changed_values", "en", "a", irt="R:a", mid_style="tb", headers=TB, quote_lang="nl",
      key=True,
      note="English reply to a Dutch receipt: total 6,800 -> 6,300 and requested 5,500 -> 5,000."),
]))

add(S("killem_kermesse", "changed", [
    M("01", "2019-04-20 09:30:07 +0200",
      ("Comité des fêtes de Killem", "comitefetes.killem@wanadoo.example.net"),
      "Candidature Partons : kermesse flamande",
      "Bonjour,\n\n"
      "Le comité des fêtes de Killem présente sa candidature : une kermesse flamande avec "
      "jeux traditionnels prêtés par les estaminets du village, un concours de boules et un "
      "repas de quartier. Nous voulons acheter nos propres jeux pour les prêter ensuite aux "
      "écoles et aux associations.\n\n"
      "Montant demandé : 4 200 €. Dossier joint.\n\n"
      "Didier Hennebert, président\n",
      "application", "fr", "a", title="Kermesse flamande et jeux traditionnels",
      att=[docx("Candidature_kermesse_Killem.docx", FORM_FR, form_fr(
          "Kermesse flamande et jeux traditionnels", "Killem (59122)",
          "Comité des fêtes de Killem", "Didier Hennebert", "3 rue de la Chapelle, 59122 Killem",
          "03 28 68 31 90", "comitefetes.killem@wanadoo.example.net",
          "Kermesse flamande et achat de 12 jeux traditionnels prêtés ensuite aux écoles.",
          "Comité (15), deux estaminets, écoles, club de boules.",
          "Kermesse le 22 septembre 2019.", "5 000 €", "4 200 €"), "Didier")],
      note="Application from an address that will later be closed."),
    M("02", "2019-05-28 10:01:22 +0200",
      ("Comité des fêtes de Killem", "comitefetes.killem@wanadoo.example.net"),
      "Réponse automatique : Partons 2.0 - pièce manquante (RIB)",
      "Bonjour,\n\n"
      "Cette adresse n'est plus consultée depuis le 15 mai 2019. Merci d'écrire désormais à "
      "comite.fetes.killem@gmail.example.com.\n\n"
      "Ce message est envoyé automatiquement.\n",
      "auto_reply", "fr", "a", irt="<20190528100055.3307@partons.example.org>",
      refs=["<20190528100055.3307@partons.example.org>"],
      headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
      note="Mailbox-moved notice from the applicant's old address, answering the "
           "coordinator's request for a missing document."),
    M("03", "2019-05-28 20:45:39 +0200",
      ("Didier Hennebert", "comite.fetes.killem@gmail.example.com"),
      "Nouvelle adresse mail - Comité des fêtes de Killem",
      "Bonsoir,\n\n"
      "Notre ancienne adresse wanadoo a été fermée. Pouvez-vous mettre à jour notre dossier "
      "« Kermesse flamande » avec cette nouvelle adresse : comite.fetes.killem@gmail.example.com ?\n\n"
      "Vous trouverez aussi ci-joint le RIB que vous nous demandiez.\n\n"
      "Didier Hennebert\n",
      "changed_values", "fr", "a", key=True,
      att=[pdf("RIB_comite_des_fetes_Killem.pdf", "Relevé d'identité bancaire", [
          "Titulaire : COMITE DES FETES DE KILLEM", "Banque : Crédit Flandre (exemple)",
          "IBAN : FR76 0000 0000 0000 0000 0000 000", "BIC : EXMPFRPPXXX"])],
      note="E-mail address change (plus the missing bank details) from the new address."),
    M("04", "2019-07-01 18:05:12 +0200",
      ("Didier Hennebert", "comite.fetes.killem@gmail.example.com"),
      "Re: Appel à projets Partons 2.0 - résultat de la sélection",
      "Bonjour Madame Lefort,\n\n"
      "Nous avons bien reçu votre courrier : notre kermesse n'a pas été retenue. C'est "
      "dommage mais nous comprenons. Pourriez-vous nous dire ce qui a manqué dans notre "
      "dossier, pour que nous puissions l'améliorer l'an prochain ?\n\n"
      "Bien cordialement,\nDidier Hennebert\n",
      "inquiry", "fr", "a", irt="<selection-2019-0628-fr-17@partons.example.org>",
      refs=["<selection-2019-0628-fr-17@partons.example.org>"], mid_style="gmail",
      note="After the selection: question about the own (not selected) file."),
]))

# =====================================================================================
# Inquiries that read like applications, applications that end with a question
# =====================================================================================

add(S("klerken_deelfiets", "inq_vs_app", [
    M("01", "2019-05-08 14:50:33 +0200",
      ("Lien Vanneste", "lien.vanneste@proximus.example.net"),
      "Deelfietsen Klerken - past dit?",
      "Beste,\n\n"
      "Wij zijn met een groepje buren uit Klerken (Houthulst) en denken aan een "
      "deelfietsenpunt aan de kerk: zes gewone fietsen en twee elektrische, een overdekte "
      "stalling en een beurtrol van vrijwilligers voor het onderhoud. Zo kunnen ook mensen "
      "zonder auto naar de winkel of de bushalte in Houthulst. We schatten het budget op "
      "ongeveer 6.000 euro en hebben al 15 mensen die willen meewerken.\n\n"
      "We twijfelen nog of dit in de oproep past, want het is eerder mobiliteit dan "
      "'ontmoeting'. Moeten we dit al officieel indienen, of kan iemand eerst eens "
      "langskomen?\n\n"
      "Alvast bedankt,\nLien Vanneste\n0476 58 21 30\n",
      "inquiry", "nl", "a", amb=True, key=True,
      note="Concrete idea with budget and volunteers, but 'we twijfelen nog' and asks whether "
           "to submit: inquiry (could be read as an application)."),
    M("02", "2019-06-02 20:20:15 +0200",
      ("Lien Vanneste", "lien.vanneste@proximus.example.net"),
      "Projectidee deelfietsenpunt Klerken",
      "Beste Stijn,\n\n"
      "Bedankt voor uw bezoek vorige week. Zoals afgesproken dienen we hierbij ons "
      "projectidee officieel in. Het formulier zit in bijlage; het bedrag is 6.100 euro "
      "geworden.\n\n"
      "Groeten,\nLien\n",
      "application", "nl", "a", title="Deelfietsenpunt aan de kerk van Klerken",
      att=[pdf("Projectidee_deelfietsen_Klerken.pdf", FORM_NL, form_nl(
          "Deelfietsenpunt aan de kerk van Klerken", "Klerken (8650 Houthulst)",
          "Buurtgroep Klerken Fietst", "Lien Vanneste", "Kasteelhoek 2, 8650 Klerken",
          "0476 58 21 30", "lien.vanneste@proximus.example.net",
          "Deelfietsenpunt met 6 gewone en 2 elektrische fietsen, overdekte stalling, "
          "vrijwilligers voor onderhoud en een fietsbegeleider voor ouderen.",
          "15 buren, de fietsenmaker van Houthulst, de seniorenraad.",
          "Start in oktober 2019.", "7.300 euro", "6.100 euro"), "Lien")],
      note="The formal application for the idea described in the earlier inquiry."),
]))

add(S("houtkerque_guinguette", "inq_vs_app", [
    M("01", "2019-05-15 11:00:06 +0200",
      ("Mairie de Houtkerque - Secrétariat", "secretariat@mairie-houtkerque.example.org"),
      "Dossier Partons 2.0 - Guinguette associative",
      "Madame, Monsieur,\n\n"
      "Pour le compte du comité de la guinguette (association en cours de création), je vous "
      "transmets le dossier « Guinguette associative » : une guinguette installée l'été au "
      "bord de l'étang communal, tenue par les associations du village à tour de rôle, avec "
      "bal du dimanche et jeux pour enfants.\n\n"
      "Montant demandé : 7 600 €.\n\n"
      "Question : pouvons-nous inclure dans le budget l'achat d'un barnum, qui servirait "
      "aussi aux autres associations de la commune ?\n\n"
      "Sandrine Maerten\nSecrétaire de mairie\n",
      "application", "fr", "a", title="Guinguette associative", headers=ZIMBRA,
      att=[docx("Dossier_guinguette_Houtkerque.docx", FORM_FR, form_fr(
          "Guinguette associative", "Houtkerque (59470)", "Comité de la guinguette (en création)",
          "Sandrine Maerten (pour le comité)", "Mairie, place de l'Église, 59470 Houtkerque",
          "03 28 62 10 40", "secretariat@mairie-houtkerque.example.org",
          "Guinguette estivale au bord de l'étang, tenue par les associations, bal du dimanche.",
          "Six associations du village, la commune, les jeunes agriculteurs.",
          "Juillet-août 2020 (préparation en 2019).", "9 100 €", "7 600 €"), "smaerten")],
      key=True,
      note="Application with form that ends with a question about eligible costs."),
    M("02", "2019-05-15 11:03:12 +0200",
      ("Mairie de Houtkerque", "ne-pas-repondre@mairie-houtkerque.example.org"),
      "Accusé de réception automatique : Accusé de réception [[N:a]] : [[T:a]]",
      "Madame, Monsieur,\n\n"
      "Votre courriel a bien été reçu par les services de la mairie de Houtkerque et "
      "enregistré sous le numéro COUR-2019-0456. Il sera traité dans les meilleurs délais.\n\n"
      "Ceci est un message automatique, merci de ne pas y répondre.\n\n"
      "Mairie de Houtkerque\n",
      "auto_reply", "fr", "a", irt="R:a", headers=[("Auto-Submitted", "auto-generated"),
                                                   ("Precedence", "auto_reply")],
      note="The applicant's own (town hall) system acknowledges the coordinator's receipt; "
           "looks like a receipt itself."),
]))

add(S("woumen_moestuin", "inq_vs_app", [
    M("01", "2019-02-19 21:10:44 +0100",
      ("Tine Hoflack", "tine.hoflack@telenet.example.net"),
      "nieuwe oproep?",
      "Goedenavond,\n\n"
      "Vorig jaar las ik over de projectoproep van Partons. Komt er dit jaar een nieuwe? We "
      "hebben met de buurt in Woumen een idee voor een gemeenschappelijke moestuin op het "
      "braakliggende stuk naast de parochiezaal, en we zouden graag weten wanneer we iets "
      "kunnen indienen.\n\n"
      "Vriendelijke groeten,\nTine Hoflack\n",
      "inquiry", "nl", "a", expect_before_call=True,
      note="Question in February whether a new call is coming, mentioning the idea."),
    M("02", "2019-04-09 19:40:02 +0200",
      ("Tine Hoflack", "tine.hoflack@telenet.example.net"),
      "Projectidee buurtmoestuin Woumen",
      "Dag Stijn,\n\n"
      "Zoals beloofd, nu de oproep open is: in bijlage ons projectidee voor een buurtmoestuin "
      "naast de zaal in Woumen. We vragen 4.800 euro.\n\n"
      "Groeten,\nTine\n",
      "application", "nl", "a", title="Buurtmoestuin naast de zaal", key=True,
      att=[pdf("Buurtmoestuin_Woumen.pdf", FORM_NL, form_nl(
          "Buurtmoestuin naast de zaal", "Woumen (8600 Diksmuide)", "Buurtgroep Woumen Groeit",
          "Tine Hoflack", "Steenstraat 88, 8600 Woumen", "0499 14 70 26",
          "tine.hoflack@telenet.example.net",
          "Gemeenschappelijke moestuin met 16 bakken, kippenren en composthoek naast de zaal.",
          "18 gezinnen, de kerkfabriek (eigenaar), de school.",
          "Aanleg najaar 2019.", "5.600 euro", "4.800 euro"), "Tine")],
      note="Application after the call opened, for the idea announced in the February inquiry."),
]))

add(S("reningelst_ontmoetingstuin", "inq_vs_app", [
    M("01", "2019-03-28 18:25:37 +0100",
      ("Dorpsraad Reningelst", "dorpsraad.reningelst@telenet.example.net"),
      "Eerste versie projectidee",
      "Beste,\n\n"
      "Via de gemeente hoorden we dat er op 1 april een nieuwe oproep start. Hier alvast een "
      "eerste versie van ons projectidee 'Ontmoetingstuin aan het dorpsplein'. Mogen we dit "
      "nu al indienen of moeten we wachten tot de oproep open is?\n\n"
      "Met vriendelijke groeten,\nHannelore Leupe\nDorpsraad Reningelst\n",
      "inquiry", "nl", "a", amb=True, expect_before_call=True, key=True,
      att=[docx("Ontmoetingstuin_Reningelst_ontwerp.docx", FORM_NL, form_nl(
          "Ontmoetingstuin aan het dorpsplein", "Reningelst (8970 Poperinge)",
          "Dorpsraad Reningelst", "Hannelore Leupe", "Dorpsplein 12, 8970 Reningelst",
          "0472 31 80 65", "dorpsraad.reningelst@telenet.example.net",
          "ONTWERP - Ontmoetingstuin met bloemenweide, banken en een petanquebaan.",
          "Dorpsraad, ... (aan te vullen)", "(aan te vullen)", "ca. 8.000 euro", "(nog te bepalen)"),
          "Hannelore")],
      note="Before the call: a draft with a question whether it may already be submitted "
           "(inquiry; could be read as an early application)."),
    M("02", "2019-04-02 10:05:50 +0200",
      ("Dorpsraad Reningelst", "dorpsraad.reningelst@telenet.example.net"),
      "Officiële aanvraag ontmoetingstuin Reningelst",
      "Beste Stijn,\n\n"
      "Zoals u ons antwoordde, bezorgen we u nu ons definitieve projectidee. Het formulier "
      "is volledig ingevuld en ondertekend.\n\n"
      "Met vriendelijke groeten,\nHannelore Leupe\n",
      "application", "nl", "a", title="Ontmoetingstuin aan het dorpsplein",
      att=[docx("Ontmoetingstuin_Reningelst.docx", FORM_NL, form_nl(
          "Ontmoetingstuin aan het dorpsplein", "Reningelst (8970 Poperinge)",
          "Dorpsraad Reningelst", "Hannelore Leupe", "Dorpsplein 12, 8970 Reningelst",
          "0472 31 80 65", "dorpsraad.reningelst@telenet.example.net",
          "Ontmoetingstuin met bloemenweide, zes banken, een petanquebaan en een "
          "drinkwaterpunt, ontworpen tijdens twee bewonersavonden.",
          "Dorpsraad, KVLV, de petanqueclub, de basisschool.",
          "Aanleg oktober 2019.", "8.400 euro", "7.000 euro",
          "Hannelore Leupe, secretaris (getekend)"), "Hannelore")],
      note="The definitive application after the call opened."),
]))

add(S("ghyvelde_rencontre", "inq_vs_app", [
    M("01", "2019-04-30 09:15:23 +0200",
      ("Yannick Debril", "yannick.debril@laposte.example.net"),
      "Projet point de rencontre Ghyvelde",
      "Bonjour,\n\n"
      "Nous sommes un groupe d'habitants de Ghyvelde (une douzaine de familles). Nous "
      "voudrions créer un point de rencontre dans l'ancienne halte ferroviaire : café "
      "associatif le week-end, boîte à livres, petit marché de légumes des jardins. Le "
      "budget serait d'environ 7 000 €.\n\n"
      "Avant de remplir le dossier, serait-il possible que quelqu'un vienne nous présenter "
      "l'appel et animer la séance de brainstorming dont parle l'appel ? Nous sommes "
      "disponibles les mardis soir.\n\n"
      "Cordialement,\nYannick Debril\n06 14 87 02 36\n",
      "inquiry", "fr", "a", key=True,
      note="Concrete idea with a budget, but explicitly 'before filling in the file' and asks "
           "for the brainstorm session: inquiry."),
    M("02", "2019-06-14 18:00:41 +0200",
      ("Yannick Debril", "yannick.debril@laposte.example.net"),
      "Candidature - Point de rencontre de l'ancienne halte",
      "Bonjour,\n\n"
      "Merci encore pour la séance du 21 mai, qui nous a beaucoup aidés. Voici notre "
      "candidature complète (demande : 6 900 €).\n\n"
      "Cordialement,\nYannick Debril\n",
      "application", "fr", "a", title="Point de rencontre de l'ancienne halte",
      att=[pdf("Candidature_halte_Ghyvelde.pdf", FORM_FR, form_fr(
          "Point de rencontre de l'ancienne halte", "Ghyvelde (59254)",
          "Collectif des habitants de la Halte", "Yannick Debril",
          "15 rue de la Halte, 59254 Ghyvelde", "06 14 87 02 36", "yannick.debril@laposte.example.net",
          "Café associatif le week-end, boîte à livres et marché de légumes dans l'ancienne halte.",
          "12 familles, le jardin partagé, la commune (propriétaire).",
          "Ouverture au printemps 2020.", "8 300 €", "6 900 €"), "Yannick")],
      note="Application after the brainstorm session."),
]))

add(S("adinkerke_pantry", "inq_vs_app", [
    M("01", "2019-05-11 09:45:17 +0200",
      ("Rachel Owens", "rachel.owens@gmail.example.com"),
      "Question about the call - can individuals apply?",
      "Hello,\n\n"
      "I live in Adinkerke (De Panne) and would like to set up a little free pantry - a "
      "weatherproof cupboard near the church where neighbours leave and take food and "
      "toiletries - with two or three neighbours. It would cost maybe 1,500 EUR.\n\n"
      "Can individuals apply, or does it have to be an association? And is there an English "
      "version of the form?\n\n"
      "Thanks a lot,\nRachel Owens\n",
      "inquiry", "en", "a", mid_style="gmail", key=True,
      note="English question about eligibility for a small concrete idea; no application follows."),
]))

add(S("ieper_zwaluw", "inq_vs_app", [
    M("01", "2019-05-03 15:20:11 +0200",
      ("Jan Deprez", "jan.deprez@buurthuis-dezwaluw.example.org"),
      "Projectidee Buurthuis De Zwaluw",
      "Beste,\n\n"
      "Buurthuis De Zwaluw wil aan de achterkant van het buurthuis een overdekt buurtterras "
      "aanleggen met moestuinbakken, zodat de buurt ook in de zomer buiten kan samenkomen. "
      "We vragen 5.300 euro. Formulier in bijlage.\n\n"
      "Met vriendelijke groet,\nJan Deprez\ncoördinator Buurthuis De Zwaluw\n",
      "application", "nl", "a", title="Buurtterras aan het buurthuis",
      reply_to=("Jan Deprez", "jan.depres@buurthuis-dezwaluw.example.org"), headers=OUTLOOK,
      mid_style="outlook",
      att=[pdf("Projectidee_De_Zwaluw.pdf", FORM_NL, form_nl(
          "Buurtterras aan het buurthuis", "Ieper (8900)", "Buurthuis De Zwaluw vzw",
          "Jan Deprez", "Zwaluwstraat 15, 8900 Ieper", "057 21 44 90",
          "jan.deprez@buurthuis-dezwaluw.example.org",
          "Overdekt buurtterras met moestuinbakken achter het buurthuis.",
          "Buurthuis, bewonersgroep, sociale huisvesting, tuinclub.",
          "Aanleg september-oktober 2019.", "6.400 euro", "5.300 euro"), "Jan")],
      note="Application whose Reply-To contains a typo (depres instead of deprez)."),
    M("02", "2019-05-03 15:22:40 +0200",
      ("Mail Delivery System", "MAILER-DAEMON@mail.partons.example.org"),
      "Undelivered Mail Returned to Sender", "", "bounce", "en", "a",
      bounce=dict(receipt="a", rcpt="jan.depres@buurthuis-dezwaluw.example.org",
                  status="5.1.1", remote="mx.buurthuis-dezwaluw.example.org",
                  diag="smtp; 550 5.1.1 <jan.depres@buurthuis-dezwaluw.example.org>: "
                       "Recipient address rejected: User unknown in virtual mailbox table",
                  human="host mx.buurthuis-dezwaluw.example.org[203.0.113.17] said: 550 "
                        "5.1.1 <jan.depres@buurthuis-dezwaluw.example.org>: Recipient "
                        "address rejected: User unknown in virtual mailbox table (in reply "
                        "to RCPT TO command)"),
      note="Bounce of project a's receipt, sent to the mistyped Reply-To address."),
    M("03", "2019-05-17 09:30:55 +0200",
      ("Jan Deprez", "jan.deprez@buurthuis-dezwaluw.example.org"),
      "Ontvangst projectidee?",
      "Goedemorgen,\n\n"
      "Wij dienden op 3 mei ons projectidee 'Buurtterras aan het buurthuis' in, maar kregen "
      "geen ontvangstbevestiging. Is het goed aangekomen?\n\n"
      "Met vriendelijke groet,\nJan Deprez\n",
      "inquiry", "nl", "a", headers=OUTLOOK, mid_style="outlook", key=True,
      note="Question about the own file (did our application arrive?), after the receipt bounced."),
]))

add(S("zegerscappel_marche", "inq_vs_app", [
    M("01", "2019-05-25 16:40:03 +0200",
      ("Christophe Lebecque", "christophe.lebecque@orange.example.com"),
      "Notre projet pour Zegerscappel",
      "Bonjour,\n\n"
      "Voici notre projet pour l'appel Partons 2.0.\n\n"
      "Titre : Marché du terroir mensuel\n"
      "Lieu : place de la mairie, Zegerscappel (59470)\n"
      "Porteur : collectif de producteurs et d'habitants (9 producteurs, une trentaine "
      "d'habitants)\n"
      "Description : un marché le premier vendredi du mois de 16 h à 20 h, avec une buvette, "
      "un coin enfants et une table d'échange de graines. Les habitants tiennent le stand "
      "d'accueil à tour de rôle.\n"
      "Budget : 6 300 €, montant demandé 5 000 € (stands, signalétique, électricité, "
      "communication).\n"
      "Contact : Christophe Lebecque, 4 chemin des Prés, 06 58 11 43 29.\n\n"
      "Question : faut-il obligatoirement être une association loi 1901 ? Nous sommes pour "
      "l'instant un collectif informel.\n\n"
      "Merci d'avance,\nChristophe Lebecque\n",
      "application", "fr", "a", title="Marché du terroir mensuel", key=True,
      note="Complete application in the body that ends with an eligibility question."),
]))

add(S("boezinge_speelstraat", "inq_vs_app", [
    M("01", "2019-04-16 13:10:48 +0200",
      ("Kim Vermandere", "kim.vermandere@hotmail.example.com"),
      "Projectidee?",
      "Hallo,\n\n"
      "Wij zijn een groep mama's uit de wijk De Lindekens in Boezinge en willen iets doen "
      "rond een speelstraat in de zomervakantie, misschien met een speelkoffer die de buren "
      "kunnen uitlenen. Komen we in aanmerking als feitelijke vereniging? Wat moeten we "
      "precies indienen?\n\n"
      "Groetjes,\nKim\n",
      "inquiry", "nl", "a", mid_style="outlook",
      note="Vague idea with eligibility questions."),
    M("02", "2019-05-23 14:35:27 +0200",
      ("Kim Vermandere", "kim.vermandere@hotmail.example.com"),
      "Aanvraag speelstraat De Lindekens Boezinge",
      "Hallo Stijn,\n\n"
      "Bedankt voor de uitleg aan de telefoon. In bijlage onze aanvraag: een speelstraat in "
      "juli en augustus en een buurtspeelkoffer. We vragen 2.150 euro.\n\n"
      "Nog één vraag: klopt het dat we als feitelijke vereniging geen btw-nummer nodig "
      "hebben?\n\n"
      "Groetjes,\nKim Vermandere\n",
      "application", "nl", "a", title="Speelstraat en buurtspeelkoffer De Lindekens",
      mid_style="outlook", key=True,
      att=[docx("Aanvraag_speelstraat_De_Lindekens.docx", FORM_NL, form_nl(
          "Speelstraat en buurtspeelkoffer De Lindekens", "Boezinge (8904 Ieper)",
          "Mama's van De Lindekens (feitelijke vereniging)", "Kim Vermandere",
          "Lindekensstraat 23, 8904 Boezinge", "0486 70 31 52", "kim.vermandere@hotmail.example.com",
          "Speelstraat op woensdagnamiddag in juli en augustus, uitleenbare speelkoffer.",
          "7 mama's, 2 papa's, de gepensioneerde buren (toezicht), de stad Ieper.",
          "Zomer 2019 en 2020.", "2.600 euro", "2.150 euro"), "Kim")],
      note="Application with form that ends with a question (VAT number)."),
]))

add(S("leffrinckoucke_formulaire", "inq_vs_app", [
    M("01", "2019-06-11 12:30:52 +0200",
      ("Odile Vercoustre", "odile.vercoustre@laposte.example.net"),
      "Candidature Partons 2.0",
      "Bonjour,\n\n"
      "Nous souhaitons candidater pour notre quartier à Leffrinckoucke (projet d'aire de "
      "pique-nique et de jeux près du canal, avec les riverains) mais je ne trouve pas le "
      "formulaire : le lien sur le site ne fonctionne pas. Pouvez-vous me l'envoyer ?\n\n"
      "Merci,\nOdile Vercoustre\n",
      "inquiry", "fr", "a", key=True,
      note="Subject says 'Candidature' but the mail only asks for the form: inquiry."),
]))

add(S("pollinkhove_bakker", "inq_vs_app", [
    M("01", "2019-05-28 07:05:33 +0200",
      ("Bakkerij Vandromme", "info@bakkerij-vandromme.example.com"),
      "Ontmoetingshoek in de bakkerij",
      "Goeiemorgen,\n\n"
      "Ik ben bakker in Pollinkhove. Sinds het café dicht is, is er geen plek meer waar "
      "mensen elkaar treffen. Ik zou een hoekje in de winkel willen inrichten met een paar "
      "tafels, koffie en de krant, en twee keer per maand een 'babbelnamiddag' voor de "
      "ouderen met de vrouwen van de KVLV. Ik denk aan 4.000 euro voor meubilair en een "
      "koffiemachine.\n\n"
      "Kan een handelaar hiervoor indienen? Of telt dit als commercieel?\n\n"
      "Met vriendelijke groeten,\nPieter Vandromme\nBakkerij Vandromme, Pollinkhove\n",
      "inquiry", "nl", "a", amb=True, key=True,
      note="Local trader describes a concrete idea with a budget but asks whether he may "
           "apply: inquiry (a reader could count it as an application)."),
]))

# =====================================================================================
# Auto-replies that look human; out-of-scope mail that quotes the call
# =====================================================================================

add(S("haringe_leeft", "auto_oos", [
    M("01", "2019-05-24 17:30:14 +0200",
      ("Bram Pattyn", "bram.pattyn@haringe-leeft.example.org"),
      "Projectidee Haringe Leeft",
      "Dag Stijn,\n\n"
      "Hierbij het projectidee van Haringe Leeft: een bankjesroute door het dorp (elke "
      "bank geadopteerd door een gezin) en een grote dorpspicknick om ze in te huldigen. "
      "We vragen 3.300 euro. Formulier in bijlage.\n\n"
      "Groetjes,\nBram Pattyn\n",
      "application", "nl", "a", title="Dorpspicknick en bankjesroute", headers=OUTLOOK,
      mid_style="outlook",
      att=[pdf("Haringe_Leeft_projectidee.pdf", FORM_NL, form_nl(
          "Dorpspicknick en bankjesroute", "Haringe (8972 Poperinge)", "Haringe Leeft",
          "Bram Pattyn", "Hoekstraat 30, 8972 Haringe", "0468 55 12 74",
          "bram.pattyn@haringe-leeft.example.org",
          "Tien banken geadopteerd door gezinnen, wandelkaart en inhuldigingspicknick.",
          "Haringe Leeft, 10 gezinnen, de school, het feestcomité.",
          "Picknick op 15 september 2019.", "3.900 euro", "3.300 euro"), "Bram")],
      note="Application."),
    M("02", "2019-05-24 17:32:41 +0200",
      ("Bram Pattyn", "bram.pattyn@haringe-leeft.example.org"),
      "RE: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Dag,\n\n"
      "ik ben met verlof tot en met 10 juni en lees mijn mails niet. Voor dringende vragen "
      "over Haringe Leeft kan je terecht bij Katrien (0472 18 93 05).\n\n"
      "Groetjes,\nBram\n",
      "auto_reply", "nl", "a", irt="R:a", headers=OUTLOOK, mid_style="outlook", key=True,
      note="Out-of-office that reads like a personal reply (no Auto-Submitted header, "
           "'RE:' subject, first-person tone), arriving seconds after the receipt."),
]))

add(S("meteren_repas", "auto_oos", [
    M("01", "2019-04-16 20:40:29 +0200",
      ("Rue du Moulin en fête", "ruedumoulin.meteren@orange.example.com"),
      "Candidature repas des voisins",
      "Bonsoir,\n\n"
      "Les habitants de la rue du Moulin à Méteren organisent chaque année un repas des "
      "voisins. Cette année nous voulons aller plus loin : acheter des tables et des bancs "
      "que tout le hameau pourra emprunter, et créer un annuaire des savoir-faire des "
      "voisins. Demande : 1 900 €. Dossier joint.\n\n"
      "Véronique Delannoy\n",
      "application", "fr", "a", title="Repas des voisins de la rue du Moulin",
      headers=OUTLOOK, mid_style="outlook",
      att=[docx("Candidature_rue_du_Moulin.docx", FORM_FR, form_fr(
          "Repas des voisins de la rue du Moulin", "Méteren (59270)", "Rue du Moulin en fête",
          "Véronique Delannoy", "41 rue du Moulin, 59270 Méteren", "06 37 09 85 22",
          "ruedumoulin.meteren@orange.example.com",
          "Repas des voisins, tables et bancs empruntables, annuaire des savoir-faire.",
          "35 foyers de la rue et du hameau.", "Repas le 23 juin 2019, matériel ensuite.",
          "2 300 €", "1 900 €"), "Véronique")],
      note="Application."),
    M("02", "2019-04-17 07:58:05 +0200",
      ("Rue du Moulin en fête", "ruedumoulin.meteren@orange.example.com"),
      "", "", "auto_reply", "fr", "a", headers=OUTLOOK, mid_style="outlook",
      mdn=dict(receipt="a", prefix="Lu : ",
               text="Votre message\n\n  À : {to}\n  Objet : {subject}\n  Envoyé : {sent}\n\n"
                    "a été lu le {read}.\n"),
      note="Read receipt (MDN) for project a's receipt."),
    M("03", "2019-04-17 08:20:47 +0200",
      ("Rue du Moulin en fête", "ruedumoulin.meteren@orange.example.com"),
      "RE: Accusé de réception [[N:a]] : [[T:a]]",
      "Bien reçu, merci !\n\n"
      "Je vous joins la délibération du conseil municipal qui nous prête la salle et les "
      "barrières pour le repas.\n\n"
      "Véronique\n[[Q:a:outlook]]",
      "follow_up", "fr", "a", irt="R:a", headers=OUTLOOK, mid_style="outlook", key=True,
      att=[pdf("Deliberation_conseil_municipal.pdf", "Extrait du registre des délibérations", [
          "Commune de Méteren - séance du 11 avril 2019", "",
          "Le conseil municipal autorise la mise à disposition gratuite de la salle et de "
          "barrières pour le repas des voisins de la rue du Moulin.", "", "Pour extrait conforme."])],
      note="Short 'bien reçu, merci' that looks like an acknowledgement but adds a document: "
           "follow_up (the MDN just before is the automatic one)."),
]))

NEWS_TXT = (
    "WESTHOEK VERBINDT - nieuwsbrief mei 2019\n\n"
    "In deze nieuwsbrief:\n"
    "- Maak werk van je buurt! Nog tot 16 juni projectideeën indienen\n"
    "- Trage wegen: vijf nieuwe wandellussen in de Westhoek\n"
    "- Vormingsavond 'Vrijwilligers vinden en houden' (Poperinge, 6 juni)\n\n"
    "MAAK WERK VAN JE BUURT!\n"
    "Heb jij een goed idee om van jouw dorp een nog betere plek te maken om te wonen, te "
    "leven en te werken? Binnen het Interreg-project Partons 2.0 kunnen bewonersgroepen, "
    "dorpsraden, verenigingen, handelaars en lokale besturen tot 10.000 euro steun krijgen "
    "voor een projectidee: een dorpsontmoetingspunt, straatmeesters, een boerenmarkt, een "
    "moestuin... Dien je projectidee in vóór 16 juni 2019 via "
    "coordinator@partons.example.org. Meer info: www.partons.example.org\n\n"
    "TRAGE WEGEN\n"
    "Dankzij de inzet van tientallen vrijwilligers zijn vijf nieuwe wandellussen "
    "bewegwijzerd. ...\n\n"
    "Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven op www.westhoekverbindt.example.org.\n"
    "Uitschrijven: https://westhoekverbindt.example.org/uitschrijven?id=8841\n")

add(S("newsletter_westhoek", "auto_oos", [
    M("01", "2019-05-02 04:00:12 +0000",
      ("Westhoek Verbindt", "nieuwsbrief@westhoekverbindt.example.org"),
      "Nieuwsbrief mei: Maak werk van je buurt!, trage wegen en meer",
      NEWS_TXT, "out_of_scope", "nl", None, html=True, key=True,
      to=[("", "coordinator@partons.example.org")],
      headers=[("List-Unsubscribe", "<https://westhoekverbindt.example.org/uitschrijven?id=8841>"),
               ("Precedence", "bulk"), ("X-Campaign", "wv-2019-05")],
      note="Regional newsletter that quotes the call (deadline, 10.000 euro, the mailbox "
           "address): out_of_scope."),
]))

add(S("heuvelland_oproep", "auto_oos", [
    M("01", "2019-04-05 12:00:31 +0200",
      ("Gemeente Heuvelland - Dienst Vrije Tijd", "vrijetijd@heuvelland.example.org"),
      "Oproep aan verenigingen: Maak werk van je buurt! (tot 10.000 euro)",
      "Beste verenigingen,\n\n"
      "De Provincie West-Vlaanderen en haar Franse partners lanceren de projectenoproep "
      "'Maak werk van je buurt!'. Dorpsraden, verenigingen en bewonersgroepen uit "
      "Heuvelland kunnen tot 10.000 euro krijgen voor een project dat hun dorp aangenamer "
      "maakt: een ontmoetingsplek, een speelplein, straatmeesters, een moestuin...\n\n"
      "Dien je projectidee in vóór 16 juni 2019 bij coordinator@partons.example.org. Heb je "
      "een idee? Laat het ons ook weten: de dienst vrije tijd helpt je graag bij het "
      "invullen van het formulier.\n\n"
      "Met vriendelijke groeten,\n\n"
      "Dienst Vrije Tijd\nGemeente Heuvelland\n",
      "out_of_scope", "nl", None, key=True,
      to=[("Verenigingen Heuvelland", "verenigingen@heuvelland.example.org")],
      headers=[("Precedence", "list")],
      note="Municipality's mailing to its associations announcing the call (coordinator in "
           "Bcc): out_of_scope, although it contains the words of an application."),
]))

STEEN_HTML = (
    "<html><body style=\"font-family:Arial\"><h1>Steenvoorde Infos n°38</h1>"
    "<h2>Appel à projets « Partons 2.0 » : jusqu'à 10 000 € pour votre quartier</h2>"
    "<p>Vous avez une idée pour rendre votre village ou votre quartier plus agréable ? Un "
    "lieu de rencontre, un jardin partagé, un marché de producteurs, une navette solidaire ? "
    "L'appel à projets transfrontalier Partons 2.0 peut financer votre projet jusqu'à "
    "10 000 €. Date limite : 16 juin 2019. Dossier à envoyer à coordinator@partons.example.org.</p>"
    "<h2>Travaux rue de Cassel</h2><p>Les travaux de voirie se poursuivent jusqu'au 31 mai.</p>"
    "<h2>Fête de la musique</h2><p>Inscriptions des groupes en mairie avant le 10 juin.</p>"
    "<p style=\"font-size:small\">Pour ne plus recevoir cette lettre : "
    "<a href=\"https://steenvoorde-mairie.example.org/desinscription\">désinscription</a></p>"
    "</body></html>\n")

add(S("steenvoorde_infos", "auto_oos", [
    M("01", "2019-04-26 09:00:03 +0200",
      ("Mairie de Steenvoorde", "communication@steenvoorde-mairie.example.org"),
      "Steenvoorde Infos n°38 - Appel à projets « Partons 2.0 » : jusqu'à 10 000 € pour votre quartier",
      "Steenvoorde Infos n°38\n\n"
      "APPEL À PROJETS « PARTONS 2.0 » : JUSQU'À 10 000 € POUR VOTRE QUARTIER\n"
      "Vous avez une idée pour rendre votre village ou votre quartier plus agréable ? Un lieu "
      "de rencontre, un jardin partagé, un marché de producteurs, une navette solidaire ? "
      "L'appel à projets transfrontalier Partons 2.0 peut financer votre projet jusqu'à "
      "10 000 €. Date limite : 16 juin 2019. Dossier à envoyer à coordinator@partons.example.org.\n\n"
      "TRAVAUX RUE DE CASSEL\nLes travaux de voirie se poursuivent jusqu'au 31 mai.\n\n"
      "FÊTE DE LA MUSIQUE\nInscriptions des groupes en mairie avant le 10 juin.\n\n"
      "Pour ne plus recevoir cette lettre : https://steenvoorde-mairie.example.org/desinscription\n",
      "out_of_scope", "fr", None, html_body=STEEN_HTML, key=True,
      to=[("", "lettre-info@steenvoorde-mairie.example.org")],
      headers=[("List-Unsubscribe", "<https://steenvoorde-mairie.example.org/desinscription>"),
               ("Precedence", "bulk")],
      note="Town newsletter whose subject and lead article quote the call: out_of_scope."),
]))

add(S("drukkerij_flyers", "auto_oos", [
    M("01", "2019-03-14 10:22:09 +0100",
      ("Drukkerij Vanden Abeele", "prepress@drukkerij-vandenabeele.example.com"),
      "Drukproef flyers Maak werk van je buurt!",
      "Goedemorgen Stijn,\n\n"
      "In bijlage de drukproef van de flyers 'Maak werk van je buurt!' (A5, recto-verso, "
      "NL/FR). Graag uw akkoord vóór vrijdag, dan kunnen we leveren op 29 maart.\n\n"
      "Met vriendelijke groeten,\nSanne Vandenbroucke\nprepress\n",
      "out_of_scope", "nl", None, expect_before_call=True,
      att=[pdf("Drukproef_flyer_MWB_A5.pdf", "DRUKPROEF - flyer A5 recto", [
          "MAAK WERK VAN JE BUURT!",
          "Een projectenoproep voor dorpen en buurten in de Westhoek",
          "Tot 10.000 euro voor jouw projectidee - indienen tot 16 juni 2019",
          "", "[verso: PARTONS 2.0 - appel à projets pour les villages et quartiers]",
          "", "Proef 1 - niet drukken zonder akkoord"])],
      note="Printer's proof of the call flyer, before the call opened: out_of_scope."),
    M("02", "2019-04-08 15:12:40 +0200",
      ("Drukkerij Vanden Abeele", "facturatie@drukkerij-vandenabeele.example.com"),
      "Factuur 2019/0412 - flyers Maak werk van je buurt!",
      "Geachte,\n\n"
      "In bijlage vindt u factuur 2019/0412 voor het drukken van 2.000 flyers A5 'Maak werk "
      "van je buurt!' (recto-verso, NL/FR). Gelieve het bedrag van 486,20 euro over te "
      "schrijven binnen 30 dagen.\n\n"
      "Met vriendelijke groeten,\nBoekhouding Drukkerij Vanden Abeele\n",
      "out_of_scope", "nl", None, key=True,
      att=[pdf("Factuur_2019-0412.pdf", "FACTUUR 2019/0412", [
          "Drukkerij Vanden Abeele - Industrieweg 5 - 8800 Roeselare (voorbeeld)",
          "Klant: Partons 2.0 - Provincie West-Vlaanderen", "Datum: 08/04/2019", "",
          "|2.000 flyers A5 'Maak werk van je buurt!' recto-verso|401,82 euro",
          "|Btw 21%|84,38 euro", "**Te betalen: 486,20 euro", "Vervaldag: 08/05/2019"])],
      note="Printer's invoice for the call flyers (quotes the call title): out_of_scope."),
    M("03", "2019-05-20 10:00:18 +0200",
      ("Drukkerij Vanden Abeele", "facturatie@drukkerij-vandenabeele.example.com"),
      "Herinnering: factuur 2019/0412",
      "Geachte,\n\n"
      "Volgens onze gegevens staat factuur 2019/0412 (flyers 'Maak werk van je buurt!', "
      "486,20 euro) nog open. Mogen we u vragen het bedrag zo snel mogelijk te betalen? Als "
      "de betaling intussen gebeurd is, mag u deze herinnering als nietig beschouwen.\n\n"
      "Met vriendelijke groeten,\nBoekhouding Drukkerij Vanden Abeele\n",
      "out_of_scope", "nl", None,
      note="Payment reminder for the flyer invoice: out_of_scope."),
]))

add(S("leader_oproep", "auto_oos", [
    M("01", "2019-05-07 09:30:48 +0200",
      ("LEADER Westhoek", "leader@westhoek-leader.example.org"),
      "Projectoproep LEADER: korte keten en dorpen - indienen tot 30 september",
      "Beste partner,\n\n"
      "De Plaatselijke Groep LEADER Westhoek lanceert een nieuwe projectoproep rond korte "
      "keten en leefbare dorpen. Lokale besturen, verenigingen en ondernemers kunnen een "
      "projectidee indienen tot 30 september 2019; de steun bedraagt 65% van de kosten met een "
      "maximum van 60.000 euro.\n\n"
      "Wil je deze oproep verspreiden in je netwerk? De brochure zit in bijlage.\n\n"
      "Met vriendelijke groeten,\nCoördinatie LEADER Westhoek\n",
      "out_of_scope", "nl", None, key=True,
      att=[pdf("Brochure_LEADER_oproep_2019.pdf", "Projectoproep LEADER Westhoek 2019", [
          "Thema: korte keten en leefbare dorpen", "Indienen tot: 30 september 2019",
          "Steun: 65% van de kosten, max. 60.000 euro", "Wie: lokale besturen, verenigingen, ondernemers"])],
      note="Another funding call (LEADER) asking to spread the word: out_of_scope, though it "
           "talks about project ideas and villages."),
]))

add(S("vleteren_ticket", "auto_oos", [
    M("01", "2019-05-06 14:15:31 +0200",
      ("Sociale dienst Vleteren", "socialedienst@vleteren.example.org"),
      "Projectidee vervoersdienst voor minder mobielen",
      "Beste,\n\n"
      "Namens de sociale dienst en de seniorenraad van Vleteren dien ik het projectidee in "
      "voor een vrijwillige chauffeursdienst: een groep vrijwilligers die minder mobiele "
      "inwoners naar de dokter, de winkel of het dienstencentrum brengt. We vragen 7.200 "
      "euro voor de opstart (verzekering, vorming, planningssoftware, onkosten).\n\n"
      "Met vriendelijke groet,\nGriet Boudry\nmaatschappelijk werker\n",
      "application", "nl", "a", title="Vrijwillige chauffeursdienst voor minder mobielen",
      att=[pdf("Projectidee_chauffeursdienst_Vleteren.pdf", FORM_NL, form_nl(
          "Vrijwillige chauffeursdienst voor minder mobielen", "Vleteren (8640)",
          "Sociale dienst en seniorenraad Vleteren", "Griet Boudry", "Sint-Sixtusstraat 1, 8640 Westvleteren",
          "057 40 09 12", "socialedienst@vleteren.example.org",
          "Chauffeursdienst met 20 vrijwilligers, planning via een telefoonpermanentie.",
          "Seniorenraad, OKRA, Ziekenzorg, huisartsen.",
          "Start in november 2019.", "8.300 euro", "7.200 euro"), "gboudry")],
      note="Application from a municipal social service."),
    M("02", "2019-05-06 14:17:58 +0200",
      ("Gemeente Vleteren", "noreply@vleteren.example.org"),
      "Uw bericht: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Beste,\n\n"
      "Uw e-mail werd goed ontvangen en geregistreerd onder nummer 19-04471. U krijgt "
      "binnen de 10 werkdagen een antwoord van de bevoegde dienst.\n\n"
      "Dit is een automatisch gegenereerd bericht. Gelieve hier niet op te antwoorden.\n\n"
      "Gemeente Vleteren\n",
      "auto_reply", "nl", "a", irt="R:a", key=True,
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
      note="The applicant's municipal ticket system confirms receipt of the coordinator's "
           "receipt: auto_reply."),
]))

add(S("stuurgroep_intern", "auto_oos", [
    M("01", "2019-06-19 16:40:25 +0200",
      ("Annelies Vancoillie", "annelies.vancoillie@partons.example.org"),
      "Stuurgroep Partons 2.0 - agenda 4 juli",
      "Dag Stijn,\n\n"
      "Voor de stuurgroep van 4 juli in Bailleul: kan jij tegen 1 juli een overzicht maken "
      "van de ingediende projectideeën (aantal per regio, totaal gevraagd bedrag, hoeveel "
      "van lokale besturen)? Camille doet hetzelfde voor de Franse kant. De jury komt samen "
      "op 27 juni.\n\n"
      "Ook nog: de fotograaf voor het begeleidingstraject is vastgelegd voor 26 september.\n\n"
      "Groetjes,\nAnnelies\n",
      "out_of_scope", "nl", None, headers=OUTLOOK, mid_style="outlook", key=True,
      to=[("Stijn Beernaert", "coordinator@partons.example.org")],
      cc=[("Camille Lefort", "camille.lefort@partons.example.org")],
      note="Internal mail about the call's steering group that talks about the applications "
           "but is not about one: out_of_scope."),
]))

DIKKEBUS_FORM = form_nl(
    "Vijverfeest en zitbanken rond de vijver", "Dikkebus (8900 Ieper)",
    "Buurtcomité Dikkebus-Vijver", "Wouter Claeys", "Vijverhoek 8, 8900 Dikkebus",
    "0497 40 61 83", "buurtcomite.dikkebus@telenet.example.net",
    "Vijf zitbanken rond de vijver, een wandelkaart met verhalen van de buurt en een "
    "jaarlijks vijverfeest met de vissersclub en de scouts.",
    "Buurtcomité (14), vissersclub, scouts, 2 horecazaken.",
    "Banken in september, feest op 5 oktober 2019.", "6.900 euro", "5.800 euro")

add(S("dikkebus_forward", "auto_oos", [
    M("01", "2019-05-14 09:05:10 +0200",
      ("Annelies Vancoillie", "annelies.vancoillie@partons.example.org"),
      "Fwd: projectidee Dikkebus",
      "Stijn, dit kwam gisteren bij mij binnen, is voor jouw oproep denk ik. Kan jij het "
      "verder opvolgen?\nAnnelies\n\n"
      "-------- Doorgestuurd bericht --------\n"
      "Onderwerp: projectidee Dikkebus\n"
      "Datum: Mon, 13 May 2019 22:41:07 +0200\n"
      "Van: Buurtcomité Dikkebus-Vijver <buurtcomite.dikkebus@telenet.example.net>\n"
      "Aan: annelies.vancoillie@partons.example.org\n\n"
      "Beste mevrouw,\n\n"
      "We vonden uw naam op de website van Partons. Hierbij ons projectidee voor de oproep "
      "'Maak werk van je buurt!': zitbanken rond de vijver en een jaarlijks vijverfeest. We "
      "vragen 5.800 euro. Het formulier zit in bijlage.\n\n"
      "Met vriendelijke groeten,\nWouter Claeys\nBuurtcomité Dikkebus-Vijver\n",
      "application", "nl", "a", title="Vijverfeest en zitbanken rond de vijver",
      headers=OUTLOOK, mid_style="outlook", key=True,
      to=[("Stijn Beernaert", "coordinator@partons.example.org")],
      att=[pdf("Projectidee_Dikkebus.pdf", FORM_NL, DIKKEBUS_FORM, "Wouter")],
      note="Internal colleague forwards an application that reached her own mailbox: the "
           "forwarded content is a first application (sender is internal)."),
]))

add(S("pers_vraag", "auto_oos", [
    M("01", "2019-06-18 11:20:57 +0200",
      ("Lieselot Dequidt", "redactie@westhoekweekblad.example.com"),
      "Vraag: hoeveel projectideeën voor Maak werk van je buurt?",
      "Dag Stijn,\n\n"
      "Ik schrijf voor Het Westhoekse Weekblad een stuk over de projectenoproep 'Maak werk "
      "van je buurt!'. Hoeveel projectideeën kwamen er binnen uit de Westhoek, en mag ik een "
      "paar voorbeelden noemen? Kan ik u deze week even bellen voor een quote? Deadline voor "
      "ons is donderdag.\n\n"
      "Vriendelijke groeten,\nLieselot Dequidt\nredactie Het Westhoekse Weekblad\n0485 33 71 20\n",
      "out_of_scope", "nl", None, amb=True, key=True,
      note="Press request about the call after the deadline: out_of_scope (press), though it is "
           "a question about the call."),
]))

REMINDER_MID = "<reminder-20190607-1000@partons.example.org>"
REMINDER_SUBJ = "Herinnering / Rappel : projectideeën indienen tot 16 juni - appel à projets Partons 2.0"

add(S("herinnering_fallout", "auto_oos", [
    M("01", "2019-06-07 10:00:40 +0200",
      ("Mairie d'Oost-Cappel", "mairie@oost-cappel.example.org"),
      "Réponse automatique : " + REMINDER_SUBJ,
      "Bonjour,\n\n"
      "Le secrétariat de mairie est fermé du 3 au 14 juin inclus. En cas d'urgence, "
      "contactez M. le Maire au 06 00 00 00 00.\n\n"
      "Cordialement,\nMairie d'Oost-Cappel\n",
      "auto_reply", "fr", None, irt=REMINDER_MID, refs=[REMINDER_MID],
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      note="Out-of-office answering the coordinator's reminder mailing; no project."),
    M("02", "2019-06-07 10:01:10 +0200",
      ("Mail Delivery System", "MAILER-DAEMON@mail.partons.example.org"),
      "Undelivered Mail Returned to Sender", "", "bounce", "en", None, key=True,
      bounce=dict(orig=dict(date="2019-06-07 10:00:00 +0200", mid=REMINDER_MID,
                            to="undisclosed-recipients:;", subject=REMINDER_SUBJ,
                            body="Beste, Bonjour,\n\nNog tot zondag 16 juni kan je je "
                                 "projectidee indienen voor 'Maak werk van je buurt!'.\n"
                                 "Vous pouvez encore déposer votre idée de projet jusqu'au "
                                 "dimanche 16 juin.\n\nPartons 2.0\n"),
                  rcpt="cdf.quaedypre@wanadoo.example.net", status="5.1.1",
                  remote="mx.wanadoo.example.net",
                  diag="smtp; 550 5.1.1 <cdf.quaedypre@wanadoo.example.net>: mailbox unavailable",
                  human="host mx.wanadoo.example.net[198.51.100.90] said: 550 5.1.1 "
                        "<cdf.quaedypre@wanadoo.example.net>: mailbox unavailable (in reply "
                        "to RCPT TO command)"),
      note="Bounce of the coordinator's reminder mailing (no project)."),
    M("03", "2019-06-07 10:02:05 +0200",
      ("Dorpsraad Zarren", "dorpsraad.zarren@telenet.example.net"),
      "Afwezig: " + REMINDER_SUBJ,
      "Ik ben afwezig tot 12 juni. Uw bericht wordt niet doorgestuurd.\n\nMarleen\n",
      "auto_reply", "nl", None, irt=REMINDER_MID, refs=[REMINDER_MID],
      headers=[("Auto-Submitted", "auto-replied")],
      note="Dutch out-of-office to the reminder mailing from a village council that never applied."),
]))

# =====================================================================================
# Ordinary mail (and date edges)
# =====================================================================================

add(S("esen_schooltje", "ordinary", [
    M("01", "2019-05-17 11:25:36 +0200",
      ("Dorpsraad Esen", "dorpsraad.esen@gmail.example.com"),
      "Projectidee Dorpsraad Esen: dorpsontmoetingspunt 't Schooltje",
      "Beste,\n\n"
      "In bijlage het projectidee van de Dorpsraad Esen voor de oproep 'Maak werk van je "
      "buurt!'. We willen het oude schooltje inrichten als dorpsontmoetingspunt met een "
      "wekelijks koffiemoment, een ruilkast en een vergaderruimte voor de verenigingen.\n\n"
      "Gevraagd: 8.000 euro op een totaal van 9.600 euro.\n\n"
      "Met vriendelijke groeten,\nMieke Vandenbroucke\nsecretaris Dorpsraad Esen\n",
      "application", "nl", "a", title="Dorpsontmoetingspunt 't Schooltje", key=True,
      att=[pdf("Projectidee_Esen_t_Schooltje.pdf", FORM_NL, form_nl(
          "Dorpsontmoetingspunt 't Schooltje", "Esen (8600 Diksmuide)", "Dorpsraad Esen",
          "Mieke Vandenbroucke", "Schoolstraat 2, 8600 Esen", "0471 62 48 90",
          "dorpsraad.esen@gmail.example.com",
          "Oud schooltje wordt ontmoetingspunt: koffiemoment, ruilkast, vergaderruimte.",
          "Dorpsraad, 9 verenigingen, de stad Diksmuide (eigenaar).",
          "Inrichting najaar 2019.", "9.600 euro", "8.000 euro",
          "Mieke Vandenbroucke (getekend)"), "Mieke")],
      note="Plain application with PDF form."),
    M("02", "2019-07-04 10:12:38 +0200",
      ("Dorpsraad Esen", "dorpsraad.esen@gmail.example.com"),
      "Re: Maak werk van je buurt! - uw projectidee werd geselecteerd",
      "Beste Stijn,\n\n"
      "Wat een goed nieuws, bedankt! We bevestigen dat we met twee mensen deelnemen aan de "
      "sessies van het begeleidingstraject (26 september, 7 en 28 november, 19 december en "
      "30 januari). Als een van de sessies bij ons in 't Schooltje kan doorgaan, zijn jullie "
      "van harte welkom.\n\n"
      "Groeten,\nMieke Vandenbroucke\n",
      "follow_up", "nl", "a", irt="<selection-2019-0628-nl-08@partons.example.org>",
      refs=["<selection-2019-0628-nl-08@partons.example.org>"], mid_style="gmail",
      note="Thank-you after the selection that confirms participation and offers a venue: "
           "follow_up."),
]))

add(S("herzeele_epicerie", "ordinary", [
    M("01", "2019-04-10 14:05:22 +0200",
      ("Association Herzeele Ensemble", "herzeele.ensemble@free.example.net"),
      "Candidature appel à projets - épicerie-café associative",
      "Bonjour,\n\n"
      "Veuillez trouver ci-joint la candidature de l'association Herzeele Ensemble : une "
      "épicerie-café associative dans l'ancien presbytère, avec des produits locaux, un "
      "dépôt de pain et un coin café pour les habitants.\n\n"
      "Montant demandé : 9 500 €.\n\n"
      "Cordialement,\nPascal Degroote, trésorier\n",
      "application", "fr", "a", title="Épicerie-café associative", key=True,
      att=[docx("Candidature_epicerie_cafe_Herzeele.docx", FORM_FR, form_fr(
          "Épicerie-café associative", "Herzeele (59470)", "Association Herzeele Ensemble",
          "Pascal Degroote", "7 rue de l'Yser, 59470 Herzeele", "03 28 27 51 06",
          "herzeele.ensemble@free.example.net",
          "Épicerie-café associative avec produits locaux, dépôt de pain et coin café.",
          "Association (60 adhérents), 6 producteurs, la commune.",
          "Ouverture en janvier 2020.", "12 800 €", "9 500 €"), "Pascal")],
      note="Plain application with DOCX form."),
    M("02", "2019-04-23 11:00:47 +0200",
      ("Association Herzeele Ensemble", "herzeele.ensemble@free.example.net"),
      "RE: Accusé de réception [[N:a]] : [[T:a]]",
      "Bonjour,\n\n"
      "Comme demandé, voici les statuts de l'association et la composition du bureau.\n\n"
      "Cordialement,\nPascal Degroote\n[[Q:a:gmail]]",
      "follow_up", "fr", "a", irt="R:a",
      att=[pdf("Statuts_Herzeele_Ensemble.pdf", "Statuts - Association Herzeele Ensemble", [
          "Article 1 - Il est fondé entre les adhérents aux présents statuts une association "
          "régie par la loi du 1er juillet 1901, ayant pour titre : Herzeele Ensemble.",
          "Article 2 - Cette association a pour but de créer du lien entre les habitants.",
          "Article 3 - Le siège social est fixé à Herzeele.", "",
          "Bureau : président Alain Warembourg, trésorier Pascal Degroote, secrétaire Annie Top."])],
      note="Plain follow-up: statutes sent as a reply to the receipt."),
]))

add(S("houthulst_bloemenweide", "ordinary", [
    M("01", "2019-05-02 19:00:15 +0200",
      ("Buurtgroep Kerkplein Houthulst", "kerkplein.houthulst@telenet.example.net"),
      "Projectidee bloemenweide en zitbanken",
      "Beste,\n\n"
      "Onze buurtgroep wil het grasveld naast de kerk omvormen tot een bloemenweide met "
      "zitbanken, zodat het een echte ontmoetingsplek wordt. We vragen 3.200 euro. Formulier "
      "in bijlage.\n\n"
      "Groeten,\nLuc Boone\n",
      "application", "nl", "a", title="Bloemenweide en zitbanken aan de kerk",
      att=[pdf("Bloemenweide_Houthulst.pdf", FORM_NL, form_nl(
          "Bloemenweide en zitbanken aan de kerk", "Houthulst (8650)",
          "Buurtgroep Kerkplein Houthulst", "Luc Boone", "Kerkplein 11, 8650 Houthulst",
          "0470 85 36 12", "kerkplein.houthulst@telenet.example.net",
          "Bloemenweide en vier zitbanken op het grasveld naast de kerk.",
          "Buurtgroep (10), de imker, de school.", "Inzaai september 2019.",
          "3.800 euro", "3.200 euro"), "Luc")],
      note="Application."),
    M("02", "2019-06-21 10:30:58 +0200",
      ("Buurtgroep Kerkplein Houthulst", "kerkplein.houthulst@telenet.example.net"),
      "RE: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Beste Stijn,\n\n"
      "We trekken ons projectidee in: de gemeente heeft ons laten weten dat ze het kerkplein "
      "volgend jaar volledig heraanlegt, met bloemenweide en banken. Bedankt voor de "
      "moeite!\n\n"
      "Groeten,\nLuc Boone\n[[Q:a:outlook]]",
      "withdrawal", "nl", "a", irt="R:a", key=True,
      note="Plain withdrawal as a reply to the receipt."),
]))

add(S("braydunes_velo", "ordinary", [
    M("01", "2019-04-29 18:00:02 +0200",
      ("Atelier Vélo des Dunes", "atelier.velo.dunes@laposte.example.net"),
      "Candidature - Atelier vélo solidaire",
      "Bonjour,\n\n"
      "Notre collectif souhaite ouvrir un atelier vélo solidaire à Bray-Dunes : réparation "
      "participative, récupération de vélos abandonnés et sorties à vélo pour les aînés en "
      "triporteur.\n\n"
      "Demande : 6 000 €. La fiche projet est jointe.\n\n"
      "Bien à vous,\nJulien Maes\n",
      "application", "fr", "a", title="Atelier vélo solidaire",
      att=[docx("Fiche_atelier_velo_Bray-Dunes.docx", FORM_FR, form_fr(
          "Atelier vélo solidaire", "Bray-Dunes (59123)", "Collectif Atelier Vélo des Dunes",
          "Julien Maes", "30 avenue de la Mer, 59123 Bray-Dunes", "06 95 12 40 67",
          "atelier.velo.dunes@laposte.example.net",
          "Atelier de réparation participative, récupération de vélos, balades en triporteur.",
          "Collectif (8), EHPAD, collège, club cyclo.", "Ouverture en octobre 2019.",
          "7 400 €", "6 000 €"), "Julien")],
      note="Application."),
    M("02", "2019-06-05 09:20:37 +0200",
      ("Atelier Vélo des Dunes", "atelier.velo.dunes@laposte.example.net"),
      "Retrait de notre candidature",
      "Bonjour,\n\n"
      "Nous vous informons que nous retirons notre candidature « Atelier vélo solidaire » : "
      "le projet sera finalement financé par la communauté urbaine. Merci pour votre "
      "accompagnement.\n\n"
      "Julien Maes\n",
      "withdrawal", "fr", "a", key=True,
      note="Plain withdrawal with a new subject."),
]))

add(S("watou_late", "ordinary", [
    M("01", "2019-06-17 08:15:09 +0200",
      ("Buurtgroep Watou-Centrum", "buurtgroep.watou@gmail.example.com"),
      "Projectidee Buurtbabbels op het plein (sorry, te laat?)",
      "Goedemorgen,\n\n"
      "Sorry, we zijn een dag te laat: onze laatste vergadering liep uit. Hierbij toch ons "
      "projectidee 'Buurtbabbels op het plein': elke maand een babbelmoment met soep en "
      "spelletjes op het plein van Watou, met vervoer voor wie slecht te been is. We vragen "
      "2.700 euro. Hopelijk kunnen jullie het nog meenemen.\n\n"
      "Met vriendelijke groeten,\nNathalie Vandenbussche\n",
      "application", "nl", "a", title="Buurtbabbels op het plein", key=True,
      att=[pdf("Buurtbabbels_Watou.pdf", FORM_NL, form_nl(
          "Buurtbabbels op het plein", "Watou (8978 Poperinge)", "Buurtgroep Watou-Centrum",
          "Nathalie Vandenbussche", "Plein 19, 8978 Watou", "0478 20 53 66",
          "buurtgroep.watou@gmail.example.com",
          "Maandelijks babbelmoment met soep en spelletjes op het plein, met vervoer.",
          "Buurtgroep (8), het dienstencentrum, de brouwerij (zaal).",
          "Vanaf september 2019.", "3.100 euro", "2.700 euro"), "Nathalie")],
      note="Application the morning after the deadline: late."),
    M("02", "2019-07-02 09:40:26 +0200",
      ("Buurtgroep Watou-Centrum", "buurtgroep.watou@gmail.example.com"),
      "Re: Projectidee Buurtbabbels op het plein (sorry, te laat?)",
      "Goedemorgen,\n\n"
      "We hebben nog niets gehoord over ons projectidee 'Buurtbabbels op het plein' dat we "
      "op 17 juni doorstuurden. Kon het nog meegenomen worden in de selectie, of was het "
      "echt te laat? Dan dienen we het volgend jaar opnieuw in.\n\n"
      "Groeten,\nNathalie Vandenbussche\n",
      "inquiry", "nl", "a", irt="M:01",
      note="Question about the own (late) file in July, as a reply to the applicant's own mail."),
]))

add(S("caestre_late", "ordinary", [
    M("01", "2019-06-16 22:30:12 +0000",
      ("Verger de Caëstre", "verger.caestre@gmail.example.com"),
      "Candidature Partons 2.0 - Verger pédagogique",
      "Bonsoir,\n\n"
      "Voici in extremis notre candidature pour le verger pédagogique de Caëstre : un verger "
      "de 25 arbres planté avec les enfants de l'école et les aînés, avec des bancs et des "
      "panneaux sur les variétés. Demande : 5 200 €.\n\n"
      "Cordialement,\nMarion Hoornaert\n",
      "application", "fr", "a", title="Verger pédagogique", mid_style="gmail", key=True,
      att=[pdf("Candidature_verger_Caestre.pdf", FORM_FR, form_fr(
          "Verger pédagogique", "Caëstre (59190)", "Association Verger de Caëstre",
          "Marion Hoornaert", "2 rue d'Hazebrouck, 59190 Caëstre", "06 29 74 18 50",
          "verger.caestre@gmail.example.com",
          "Verger de 25 arbres planté avec l'école et les aînés, bancs et panneaux.",
          "Association, école, club des aînés.", "Plantation en novembre 2019.",
          "6 100 €", "5 200 €"), "Marion")],
      note="Dated 22:30 +0000 on 16 June = 00:30 on 17 June in Brussels: late, although "
           "the header shows the 16th."),
]))

add(S("zande_deadline", "ordinary", [
    M("01", "2019-06-16 23:52:40 +0200",
      ("Samentuin Zande", "samentuin.zande@telenet.example.net"),
      "projectidee samentuin Zande",
      "Beste,\n\n"
      "Net op tijd hopelijk! In bijlage ons projectidee: een samentuin achter de "
      "parochiezaal van Zande, met bakken voor de school en een plukhaag langs de straat. We "
      "vragen 4.400 euro.\n\n"
      "Groeten,\nJoris Vandierendonck\n",
      "application", "nl", "a", title="Samentuin Zande", key=True,
      att=[docx("Samentuin_Zande.docx", FORM_NL, form_nl(
          "Samentuin Zande", "Zande (8680 Koekelare)", "Buurtgroep Samentuin Zande",
          "Joris Vandierendonck", "Zandestraat 47, 8680 Zande", "0493 18 26 70",
          "samentuin.zande@telenet.example.net",
          "Samentuin met schoolbakken en plukhaag langs de straat.",
          "12 buren, de school, de landelijke gilde.", "Aanleg oktober 2019.",
          "5.200 euro", "4.400 euro"), "Joris")],
      note="Application at 23:52 on 16 June (Brussels): on time, not late."),
]))

add(S("loker_speelplein", "ordinary", [
    M("01", "2019-04-13 12:00:29 +0200",
      ("Oudercomité Loker", "oudercomite.loker@gmail.example.com"),
      "Projectidee speelpleintje Loker",
      "Beste,\n\n"
      "Het oudercomité van Loker wil het speelpleintje aan de Dorpsstraat opknappen: nieuwe "
      "schommels, een klimrek en een zitbank in de schaduw, met een opknapdag voor alle "
      "buren. We vragen 5.400 euro. Formulier in bijlage.\n\n"
      "Groetjes,\nElke Vanneste\n",
      "application", "nl", "a", title="Opknappen van het speelpleintje", mid_style="gmail",
      att=[pdf("Speelpleintje_Loker.pdf", FORM_NL, form_nl(
          "Opknappen van het speelpleintje", "Loker (8958 Heuvelland)", "Oudercomité Loker",
          "Elke Vanneste", "Dorpsstraat 64, 8958 Loker", "0485 73 20 41",
          "oudercomite.loker@gmail.example.com",
          "Nieuwe schommels, klimrek en zitbank, opknapdag met de buurt.",
          "Oudercomité, school, buurtbewoners, de gemeente.", "Opknapdag 28 september 2019.",
          "6.300 euro", "5.400 euro"), "Elke")],
      note="Application."),
    M("02", "2019-05-05 18:30:44 +0200",
      ("Oudercomité Loker", "oudercomite.loker@gmail.example.com"),
      "Re: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Dag Stijn,\n\n"
      "Zoals gevraagd nog een foto van de huidige toestand van het pleintje.\n\n"
      "Groetjes,\nElke\n[[Q:a:gmail]]",
      "follow_up", "nl", "a", irt="R:a", mid_style="gmail", key=True,
      att=[jpeg("speelpleintje_Loker.jpg", "loker", "speelpleintje Loker")],
      note="Plain follow-up with a photo, reply to the receipt."),
]))

add(S("merville_marche", "ordinary", [
    M("01", "2019-04-22 16:00:53 +0200",
      ("Collectif des associations de Merville", "collectif.assos.merville@orange.example.com"),
      "Candidature : marché de Noël solidaire",
      "Bonjour,\n\n"
      "Le collectif des associations de Merville présente un projet de marché de Noël "
      "solidaire : chalets prêtés aux associations, atelier de décorations avec les aînés "
      "et repas partagé. Demande : 4 500 €. Dossier joint.\n\n"
      "Cordialement,\nSylvie Lefebvre\n",
      "application", "fr", "a", title="Marché de Noël solidaire des associations",
      att=[pdf("Candidature_marche_de_Noel_Merville.pdf", FORM_FR, form_fr(
          "Marché de Noël solidaire des associations", "Merville (59660)",
          "Collectif des associations de Merville", "Sylvie Lefebvre",
          "8 rue de la Lys, 59660 Merville", "03 28 48 20 93",
          "collectif.assos.merville@orange.example.com",
          "Marché de Noël avec chalets prêtés aux associations, ateliers avec les aînés, repas partagé.",
          "14 associations, EHPAD, commune.", "Décembre 2019.", "5 600 €", "4 500 €"), "Sylvie")],
      note="Application."),
    M("02", "2019-06-12 09:45:16 +0200",
      ("Collectif des associations de Merville", "collectif.assos.merville@orange.example.com"),
      "RE: Accusé de réception [[N:a]] : [[T:a]]",
      "Bonjour,\n\n"
      "Après discussion en assemblée, nous préférons retirer notre dossier cette année : "
      "plusieurs associations ne pourront pas s'engager pour décembre. Nous reviendrons "
      "peut-être lors d'un prochain appel.\n\n"
      "Merci et bonne continuation,\nSylvie Lefebvre\n[[Q:a:outlook]]",
      "withdrawal", "fr", "a", irt="R:a", key=True,
      note="Plain withdrawal as a reply to the receipt."),
]))

add(S("nieuwkerke_cinema", "ordinary", [
    M("01", "2019-06-09 21:05:31 +0200",
      ("Tom Hughes", "tom.hughes@nieuwkerke-nights.example.net"),
      "Project idea: open-air cinema nights in Nieuwkerke",
      "Dear Stijn,\n\n"
      "Further to our chat at the market, please find attached our project idea: four "
      "open-air cinema nights on the village square of Nieuwkerke in summer 2020, with films "
      "chosen by the residents, food from local clubs and subtitles in Dutch and French.\n\n"
      "We request 4,600 EUR (screen, projector, sound, licences) out of a total of 5,400 EUR.\n\n"
      "Kind regards,\nTom Hughes\nNieuwkerke Nights (residents' group)\n",
      "application", "en", "a", title="Open-air cinema nights", headers=APPLE, mid_style="apple",
      key=True,
      att=[pdf("Open-air_cinema_Nieuwkerke.pdf", "Open-air cinema nights - Nieuwkerke", [
          "Group: Nieuwkerke Nights (residents' group, 11 members)",
          "Village: Nieuwkerke (8950 Heuvelland)",
          "Contact: Tom Hughes, Kerkstraatje 3, 8950 Nieuwkerke, +32 479 20 88 13", "",
          "Four cinema nights on the square, films chosen by residents' vote, local clubs "
          "run the food stands, subtitles NL/FR.", "",
          "**Total 5,400 EUR - requested 4,600 EUR"], "Tom Hughes")],
      note="Plain application in English with a PDF."),
]))

add(S("pervijze_edge", "ordinary", [
    M("01", "2019-03-31 23:30:00 +0000",
      ("Dorpsraad Pervijze", "dorpsraad.pervijze@gmail.example.com"),
      "Projectidee kinderboerderijhoekje Pervijze",
      "Beste,\n\n"
      "De oproep is open, dus hier is ons projectidee! De dorpsraad van Pervijze wil naast "
      "de dorpszaal een klein kinderboerderijhoekje met geiten en kippen inrichten, verzorgd "
      "door een beurtrol van gezinnen, met een picknickweide voor iedereen.\n\n"
      "We vragen 5.900 euro. Formulier in bijlage.\n\n"
      "Met vriendelijke groeten,\nDries Verhaeghe\n",
      "application", "nl", "a", title="Kinderboerderijhoekje aan de dorpszaal", mid_style="gmail",
      key=True,
      att=[pdf("Kinderboerderijhoekje_Pervijze.pdf", FORM_NL, form_nl(
          "Kinderboerderijhoekje aan de dorpszaal", "Pervijze (8647 Lo-Reninge)",
          "Dorpsraad Pervijze", "Dries Verhaeghe", "Dorpszaalstraat 5, 8647 Pervijze",
          "0468 30 92 17", "dorpsraad.pervijze@gmail.example.com",
          "Kinderboerderijhoekje met geiten en kippen, verzorgd door gezinnen, en picknickweide.",
          "Dorpsraad, 15 gezinnen, de dierenarts, de school.", "Aanleg najaar 2019.",
          "6.800 euro", "5.900 euro"), "Dries")],
      note="Date header 31 March 23:30 +0000 = 1 April 01:30 in Brussels: not before_call "
           "(first numbered application)."),
]))

add(S("beauvoorde_before", "ordinary", [
    M("01", "2019-03-31 23:40:00 +0200",
      ("Beauvoorde Bruist", "beauvoorde.bruist@telenet.example.net"),
      "Projectidee dorpsplein Beauvoorde",
      "Beste,\n\n"
      "Morgen start de oproep, maar we sturen ons projectidee al vanavond door: van het "
      "dorpsplein van Beauvoorde een echte ontmoetingsplek maken, met een waterpunt, "
      "plantenbakken die de buren onderhouden en een maandelijkse 'pleinzondag'. We vragen "
      "6.400 euro.\n\n"
      "Met vriendelijke groeten,\nKatrijn Debruyne\nBeauvoorde Bruist\n",
      "application", "nl", "a", expect_before_call=True, key=True,
      att=[pdf("Dorpsplein_Beauvoorde.pdf", FORM_NL, form_nl(
          "Dorpsplein als ontmoetingsplek", "Beauvoorde (8630 Veurne)", "Beauvoorde Bruist",
          "Katrijn Debruyne", "Pleinstraat 6, 8630 Beauvoorde", "0479 62 11 84",
          "beauvoorde.bruist@telenet.example.net",
          "Waterpunt, plantenbakken in beheer van buren, maandelijkse pleinzondag.",
          "Beauvoorde Bruist (12), handelaars aan het plein, de stad Veurne.",
          "Vanaf het voorjaar 2020.", "7.500 euro", "6.400 euro"), "Katrijn")],
      note="Application at 23:40 (+0200) on 31 March, twenty minutes before the call opens: "
           "before_call, not numbered."),
]))

add(S("arneke_question", "ordinary", [
    M("01", "2019-05-03 14:12:45 +0200",
      ("Claire Deswarte", "claire.deswarte@free.example.net"),
      "Question dépenses éligibles",
      "Bonjour,\n\n"
      "Nous préparons un dossier pour Arnèke. Les frais de bouche (repas des bénévoles lors "
      "des chantiers participatifs) sont-ils éligibles ? Et peut-on valoriser le temps de "
      "bénévolat dans le budget ?\n\n"
      "Merci,\nClaire Deswarte\n",
      "inquiry", "fr", None, key=True,
      note="General question about eligible costs, no concrete project described."),
]))

PHISH_HTML = (
    "<html><body><p>Cher utilisateur coordinator@partons.example.org,</p>"
    "<p>Votre boîte aux lettres a atteint <b>98 %</b> de sa capacité. Les nouveaux messages "
    "(y compris les candidatures et pièces jointes) seront rejetés à partir de demain.</p>"
    "<p><a href=\"http://webmail-securite.example.net/verif?u=coordinator\">Cliquez ici pour "
    "augmenter votre quota gratuitement</a></p><p>Service Messagerie</p></body></html>\n")

add(S("phishing_quota", "ordinary", [
    M("01", "2019-06-13 03:12:08 -0500",
      ("Service Messagerie", "admin@webmail-securite.example.net"),
      "Avertissement : votre boîte aux lettres coordinator@partons.example.org a atteint sa limite",
      "", "out_of_scope", "fr", None, html_only=PHISH_HTML, key=True,
      note="Phishing mail imitating a mailbox-full system notice (-0500 offset): "
           "out_of_scope, not a bounce or auto-reply."),
]))

add(S("elverdinge_intrekken", "ordinary", [
    M("01", "2019-04-14 15:45:27 +0200",
      ("Buurtcomité Elverdinge-Noord", "bc.elverdinge.noord@telenet.example.net"),
      "Projectidee bloemenlint Elverdinge",
      "Beste,\n\n"
      "Ons buurtcomité wil een 'bloemenlint' aanleggen: plantvakken langs de voetpaden van "
      "de wijk die door de bewoners zelf worden geadopteerd, met een gezamenlijke plantdag "
      "en een buurtfeest. We vragen 3.900 euro. Formulier in bijlage.\n\n"
      "Met vriendelijke groeten,\nChristine Vermeulen\n",
      "application", "nl", "a", title="Bloemenlint door de wijk",
      att=[pdf("Bloemenlint_Elverdinge.pdf", FORM_NL, form_nl(
          "Bloemenlint door de wijk", "Elverdinge (8906 Ieper)", "Buurtcomité Elverdinge-Noord",
          "Christine Vermeulen", "Boomgaardstraat 19, 8906 Elverdinge", "0474 51 09 36",
          "bc.elverdinge.noord@telenet.example.net",
          "Plantvakken langs de voetpaden, geadopteerd door bewoners, plantdag en buurtfeest.",
          "Buurtcomité (7), 25 gezinnen, de stad Ieper (groendienst).",
          "Plantdag in oktober 2019.", "4.600 euro", "3.900 euro"), "Christine")],
      note="Application."),
    M("02", "2019-06-14 20:10:33 +0200",
      ("Buurtcomité Elverdinge-Noord", "bc.elverdinge.noord@telenet.example.net"),
      "RE: Ontvangstbevestiging [[N:a]]: [[T:a]]",
      "Beste Stijn,\n\n"
      "We vrezen dat we het bloemenlint dit jaar niet meer rond krijgen: twee van onze "
      "trekkers verhuizen deze zomer. Als de uitvoering echt in 2019 moet gebeuren, mogen "
      "jullie ons dossier als ingetrokken beschouwen. Tenzij het mogelijk is om de plantdag "
      "naar het voorjaar van 2020 te verschuiven?\n\n"
      "Met vriendelijke groeten,\nChristine\n[[Q:a:outlook]]",
      "withdrawal", "nl", "a", irt="R:a", amb=True, key=True,
      note="Conditional withdrawal that ends with a question (could be read as an inquiry)."),
]))

FLETRE_FORM = lambda with_budget: form_fr(
    "Sentier des mares", "Flêtre (59270)", "Association Flêtre Nature et Patrimoine",
    "Bernard Vanhove", "1 chemin des Mares, 59270 Flêtre", "03 28 40 17 62",
    "fletre.nature@orange.example.com",
    "Un sentier de 4 km reliant les mares du village, avec pontons, bancs et panneaux "
    "réalisés avec les écoliers.",
    "Association (40 membres), école, chasseurs, agriculteurs riverains.",
    "Travaux d'octobre 2019 à mars 2020.",
    "8 300 €" if with_budget else "(page budget à compléter)",
    "7 000 €" if with_budget else "(à compléter)")

add(S("fletre_annuler", "ordinary", [
    M("01", "2019-05-03 17:35:19 +0200",
      ("Flêtre Nature et Patrimoine", "fletre.nature@orange.example.com"),
      "Candidature Partons 2.0 - Sentier des mares",
      "Bonjour,\n\n"
      "Voici la candidature de notre association pour le « Sentier des mares » de Flêtre.\n\n"
      "Cordialement,\nBernard Vanhove\n",
      "application", "fr", "a", title="Sentier des mares",
      att=[pdf("Sentier_des_mares.pdf", FORM_FR, FLETRE_FORM(False), "Bernard")],
      note="Application whose form lacks the budget page."),
    M("02", "2019-05-26 10:50:42 +0200",
      ("Flêtre Nature et Patrimoine", "fletre.nature@orange.example.com"),
      "Annulation et remplacement de notre dossier",
      "Bonjour,\n\n"
      "Merci d'annuler notre premier envoi et de le remplacer par le dossier ci-joint : nous "
      "avions oublié la page budget (demande de 7 000 € pour un coût total de 8 300 €).\n\n"
      "Cordialement,\nBernard Vanhove\n",
      "follow_up", "fr", "a", key=True,
      att=[pdf("Sentier_des_mares_complet.pdf", FORM_FR, FLETRE_FORM(True), "Bernard")],
      note="'Annuler notre premier envoi' means replace the file with a complete one, not a "
           "withdrawal: follow_up."),
]))
