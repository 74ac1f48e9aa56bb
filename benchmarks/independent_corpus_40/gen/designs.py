"""Questionnaire designs (question wording and furniture).  Dev and test use
disjoint designs.  Every question item is (label, primary text, secondary text
or None, answer key)."""

# --------------------------------------------------------------------------
# DEV designs
# --------------------------------------------------------------------------

DPF1 = {  # official bilingual fillable form, NL and FR labels side by side
    "id": "DPF1",
    "header_left": ["PROVINCIE WEST-VLAANDEREN", "Strategie en ontwikkeling – gebiedswerking Westhoek"],
    "header_right": ["Interreg V – Partons 2.0", "Woumenweg 100 – 8600 Diksmuide", "tel. +32 51 51 94 37"],
    "title": "Aanvraagformulier projectidee  /  Formulaire de candidature",
    "subtitle": "Maak werk van je buurt! – Partons 2.0 – oproep / appel 2019",
    "intro_nl": "Vul het formulier in het Nederlands of het Frans in en bezorg het vóór 16 juni 2019 aan Jonas Polin "
                "(jonas.polin@west-vlaanderen.be). Maximale steun: 10 000 euro per project.",
    "intro_fr": "Complétez le formulaire en néerlandais ou en français et renvoyez-le avant le 16 juin 2019 à Jonas Polin "
                "(jonas.polin@west-vlaanderen.be). Aide maximale : 10 000 euros par projet.",
    "admin": ["Voorbehouden aan de administratie /", "Réservé à l'administration", "Dossiernr. / N° : PW-2019-____",
              "Ontvangen op / Reçu le : __/__/2019"],
    "items": [
        ("1", "Naam van de organisatie, vereniging of groep", "Nom de l'organisation, de l'association ou du groupe", "org"),
        ("2", "Juridisch statuut, ondernemingsnummer en rekeningnummer", "Statut juridique, n° SIRET/RNA et coordonnées bancaires", "legal"),
        ("3", "Adres (straat, nummer, postcode, gemeente)", "Adresse (n°, rue, code postal, commune)", "seat"),
        ("4", "Contactpersoon voor deze aanvraag (naam, functie, telefoon, e-mail)", "Personne de contact pour cette demande (nom, fonction, téléphone, courriel)", "contact"),
        ("5", "Titel van het project", "Titre du projet", "title"),
        ("6", "Waar vindt het project plaats?", "Où se déroule le projet ?", "location"),
        ("7", "Beschrijf kort uw project", "Décrivez brièvement votre projet", "desc"),
        ("8", "Hoe betrekt u de inwoners en partners?", "Comment impliquez-vous les habitants et les partenaires ?", "particip"),
        ("9", "Totale kostprijs en financiering (eigen inbreng, andere subsidies)", "Coût total et financement (apport propre, autres subventions)", "total"),
        ("10", "Gevraagd bedrag (max. 10 000 euro)", "Montant demandé (max. 10 000 euros)", "amount"),
        ("11", "Neemt u deel aan de begeleidingssessies (26/09, 7/11, 28/11, 19/12/2019 en 30/01/2020)?",
         "Participerez-vous aux sessions d'accompagnement (26/09, 7/11, 28/11, 19/12/2019 et 30/01/2020) ?", "coaching"),
    ],
    "footer": "Provincie West-Vlaanderen – Partons 2.0 – jonas.polin@west-vlaanderen.be – +32 489 309 839",
}

DPF2 = {  # French fillable 'fiche projet' with Q-numbers
    "id": "DPF2",
    "title": "Fiche de candidature – Appel à projets « Partons 2.0 »",
    "subtitle": "Villages et quartiers vivants – Westhoek / Nord – édition 2019",
    "intro": "Merci de répondre à chaque question dans le cadre prévu. Exemple de réponse attendue : « Nous demandons "
             "5 000 € pour l'achat de tables et de chaises. » Dossier à envoyer au plus tard le 16 juin 2019 à "
             "jonas.polin@west-vlaanderen.be ou par courrier : Province de Flandre-Occidentale, à l'attention de "
             "Jonas Polin, Woumenweg 100, 8600 Diksmuide (Belgique).",
    "admin": ["CADRE RÉSERVÉ À L'ADMINISTRATION", "N° de dossier : FR-2019-___", "Date de réception : ___/___/2019",
              "Avis du comité : ☐ favorable  ☐ défavorable"],
    "items": [
        ("Q1", "Qui porte le projet ? (nom de la structure, forme juridique, n° SIRET ou RNA)", None, "org"),
        ("Q2", "Adresse du siège", None, "seat"),
        ("Q3", "Qui est la personne de contact ? (nom, adresse, téléphone, courriel)", None, "contact"),
        ("Q4", "Président(e) ou représentant(e) légal(e), si différent(e) de la personne de contact", None, "board"),
        ("Q5", "Intitulé du projet", None, "title"),
        ("Q6", "Lieu de réalisation", None, "location"),
        ("Q7", "Objectifs et actions prévues", None, "desc"),
        ("Q8", "Qui participe ? (habitants, associations, commune…)", None, "particip"),
        ("Q9", "Quel est le budget total de votre projet ?", None, "total"),
        ("Q10", "Quel montant sollicitez-vous ? (plafond : 10 000 €)", None, "amount"),
        ("Q11", "Autres financements (commune, fonds propres, autres aides…)", None, "cofin"),
        ("Q12", "Calendrier prévisionnel", None, "timing"),
    ],
    "footer": "Partons 2.0 – Interreg V France-Wallonie-Vlaanderen – contact : Jonas Polin, +32 51 51 94 37",
}

DPF3 = {  # printed Dutch questionnaire, answers typed on the lines
    "id": "DPF3",
    "title": "VRAGENLIJST PROJECTIDEE",
    "subtitle": "Projectenoproep ‘Maak werk van je buurt!’ – Westhoek 2019",
    "intro": "Beantwoord de vragen in uw eigen woorden. U mag typen of in drukletters schrijven. Voorbeeld: "
             "“Wij vragen 5.000 euro voor de aankoop van tuinmateriaal.” Meer info: Jonas Polin, 051 51 94 37, "
             "jonas.polin@west-vlaanderen.be.",
    "items": [
        ("1.", "Wie dient het project in?", None, "org"),
        ("2.", "Wie is de contactpersoon? Geef naam, adres, telefoonnummer en e-mailadres.", None, "contact"),
        ("3.", "Hoe heet uw project?", None, "title"),
        ("4.", "Waar in uw dorp of buurt komt het project?", None, "location"),
        ("5.", "Wat wilt u doen? En waarom?", None, "desc"),
        ("6.", "Met wie werkt u samen?", None, "particip"),
        ("7.", "Wat kost het project in totaal?", None, "total"),
        ("8.", "Hoeveel steun vraagt u aan?", None, "amount"),
        ("9.", "Hoe betaalt u de rest van het budget?", None, "cofin"),
        ("10.", "Andere opmerkingen", None, "remarks"),
    ],
    "lines": {"org": 2, "contact": 4, "title": 1, "location": 2, "desc": 5, "particip": 3, "total": 2,
              "amount": 2, "cofin": 2, "remarks": 3},
    "footer": "Provincie West-Vlaanderen · Woumenweg 100 · 8600 Diksmuide · www.west-vlaanderen.be",
}

DPF4 = {  # printed French two-column questionnaire, answers typed in the right column
    "id": "DPF4",
    "title": "QUESTIONNAIRE DE CANDIDATURE",
    "subtitle": "« Maak werk van je buurt ! » – « Partons 2.0 » : initiatives citoyennes dans les villages",
    "intro": "Répondez dans la colonne de droite. Joindre si possible un devis. Date limite : 16 juin 2019. "
             "Renseignements : Jonas Polin, coordinateur, +32 489 309 839.",
    "items": [
        ("1", "Nom de l'association ou du collectif", None, "org"),
        ("2", "Forme juridique / n° RNA / SIRET", None, "legal"),
        ("3", "Adresse complète du siège", None, "seat"),
        ("4", "Responsable du projet (nom, téléphone, courriel)", None, "contact"),
        ("5", "Trésorier(ère) et président(e)", None, "board"),
        ("6", "Titre du projet", None, "title"),
        ("7", "Commune(s) et lieu concerné(s)", None, "location"),
        ("8", "Description du projet et participation des habitants", None, "desc"),
        ("9", "Budget prévisionnel total", None, "total"),
        ("10", "Montant demandé à la Province", None, "amount"),
        ("11", "Cofinancements prévus", None, "cofin"),
        ("12", "Fait à / le / signature", None, "sig"),
    ],
    "footer": "Formulaire Partons 2.0 – version FR 2019 – page {page}",
}

DL = {"id": "DL"}   # dev letters: numbered topic headings

DDX1 = {  # Dutch Word questionnaire: two-column table, answers in content controls
    "id": "DDX1",
    "title": "Aanvraagformulier ‘Maak werk van je buurt!’",
    "subtitle": "Partons 2.0 – projectenoproep voor dorpen en buurten in de Westhoek (deadline 16 juni 2019)",
    "intro": "Vul de rechterkolom in. Voorbeeld: ‘Jan Janssens, Dorpsplein 1, 8600 Diksmuide, 0470 00 00 00’. "
             "Terugsturen naar jonas.polin@west-vlaanderen.be.",
    "placeholder": "Klik of tik om tekst in te voeren.",
    "items": [
        ("1", "Naam organisatie / groep", None, "org"),
        ("2", "Adres organisatie", None, "seat"),
        ("3", "Contactpersoon (naam, telefoon, e-mail)", None, "contact"),
        ("4", "Tweede contactpersoon", None, "board"),
        ("5", "Projecttitel", None, "title"),
        ("6", "Locatie van het project", None, "location"),
        ("7", "Korte omschrijving", None, "desc"),
        ("8", "Betrokkenheid van de inwoners", None, "particip"),
        ("9", "Budget (posten en totaal)", None, "total"),
        ("10", "Gevraagde steun van de provincie", None, "amount"),
        ("11", "Rekeningnummer (IBAN)", None, "bank"),
    ],
    "footer": "Provincie West-Vlaanderen – Woumenweg 100, 8600 Diksmuide – tel. 051 51 94 37",
}

DDX2 = {  # French Word questionnaire: 'Question n' headings, answers in text boxes
    "id": "DDX2",
    "title": "Appel à projets « Partons 2.0 » – Formulaire de réponse",
    "subtitle": "Initiatives citoyennes dans les villages et quartiers du Nord et de la Westhoek",
    "intro": "Inscrivez vos réponses dans les cadres. Exemple : « Jean Dupont, 06 00 00 00 00, jean.dupont@example.com ». "
             "Dossier à retourner à Jonas Polin (Province de Flandre-Occidentale) avant le 16 juin 2019.",
    "items": [
        ("Question 1", "Présentez votre association ou votre groupe d'habitants.", None, "org"),
        ("Question 2", "Quelles sont les coordonnées de la personne de contact (nom, adresse, téléphone, courriel) ?", None, "contact"),
        ("Question 3", "Quel est le nom de votre projet ?", None, "title"),
        ("Question 4", "Où le projet sera-t-il réalisé ?", None, "location"),
        ("Question 5", "En quoi consiste le projet ? Comment les habitants y participent-ils ?", None, "desc"),
        ("Question 6", "Quel est le budget total de votre projet ?", None, "total"),
        ("Question 7", "Combien demandez-vous à la Province ?", None, "amount"),
        ("Question 8", "Pourrez-vous participer aux sessions d'accompagnement (26/09, 07/11, 28/11, 19/12/2019, 30/01/2020) ?", None, "coaching"),
    ],
    "footer": "Partons 2.0 – formulaire de réponse – Province de Flandre-Occidentale, Woumenweg 100, 8600 Diksmuide",
}

DDX3 = {  # bilingual Word form with content controls (NL question, FR italic below)
    "id": "DDX3",
    "title": "Projectfiche / Fiche projet – Partons 2.0",
    "subtitle": "Maak werk van je buurt! / Partons 2.0 – 2019",
    "intro": "Antwoord in het Nederlands of het Frans. / Répondez en néerlandais ou en français.",
    "placeholder": "Klik of tik om tekst in te voeren.",
    "items": [
        ("A.", "Aanvrager (naam, statuut, ondernemingsnummer)", "Demandeur (nom, statut, n° d'entreprise)", "org"),
        ("B.", "Adres van de aanvrager", "Adresse du demandeur", "seat"),
        ("C.", "Contactpersoon", "Personne de contact", "contact"),
        ("D.", "Naam van het project", "Nom du projet", "title"),
        ("E.", "Plaats", "Lieu", "location"),
        ("F.", "Wat houdt het project in?", "En quoi consiste le projet ?", "desc"),
        ("G.", "Totaal budget", "Budget total", "total"),
        ("H.", "Gevraagde steun", "Aide demandée", "amount"),
        ("I.", "Andere financiering", "Autres financements", "cofin"),
    ],
    "footer": "Partons 2.0 – Provincie West-Vlaanderen / Province de Flandre-Occidentale",
}

DOD1 = {  # French Writer questionnaire: numbered questions, answers in framed text boxes
    "id": "DOD1",
    "title": "Dossier de candidature – initiatives de village et de quartier",
    "subtitle": "Appel « Partons 2.0 » 2019 – Westhoek & Nord",
    "intro": "Une réponse par cadre. Les montants s'entendent TTC. Aide maximale : 10 000 €. "
             "Contact : jonas.polin@west-vlaanderen.be – +32 51 51 94 37.",
    "items": [
        ("1.", "Nom et statut du porteur de projet", None, "org"),
        ("2.", "Adresse postale du porteur de projet", None, "seat"),
        ("3.", "Personne à contacter pour ce dossier (nom, fonction, téléphone, courriel)", None, "contact"),
        ("4.", "Autres responsables (président, trésorier…)", None, "board"),
        ("5.", "Titre du projet", None, "title"),
        ("6.", "Lieu(x) de réalisation", None, "location"),
        ("7.", "Description et participation des habitants", None, "desc"),
        ("8.", "Budget : coût total et plan de financement", None, "total"),
        ("9.", "Montant demandé", None, "amount"),
    ],
    "footer": "Partons 2.0 – dossier de candidature",
}

DOD2 = {  # Dutch Writer questionnaire: question, then 'Antwoord:' paragraph
    "id": "DOD2",
    "title": "Projectidee indienen – ‘Maak werk van je buurt!’",
    "subtitle": "Vragenlijst voor bewonersgroepen, dorpsraden en verenigingen",
    "intro": "Typ uw antwoord na ‘Antwoord:’. Vragen? Bel of mail Jonas Polin (0489 30 98 39).",
    "items": [
        ("Vraag 1", "Wie zijn jullie? (naam van de vereniging of groep)", None, "org"),
        ("Vraag 2", "Wie mogen we contacteren? Naam, adres, telefoon en e-mail graag.", None, "contact"),
        ("Vraag 3", "Hoe noemt jullie project?", None, "title"),
        ("Vraag 4", "Waar speelt het zich af?", None, "location"),
        ("Vraag 5", "Wat willen jullie doen?", None, "desc"),
        ("Vraag 6", "Hoeveel kost het in totaal?", None, "total"),
        ("Vraag 7", "Hoeveel vragen jullie aan de provincie?", None, "amount"),
        ("Vraag 8", "Nog iets kwijt?", None, "remarks"),
    ],
    "footer": "Maak werk van je buurt! – Partons 2.0",
}

DXL = {"id": "DXL"}   # dev xlsx: questions in column A, answers in column B
DOS = {"id": "DOS"}   # dev ods: merged question rows, answers underneath

# --------------------------------------------------------------------------
# TEST designs
# --------------------------------------------------------------------------

TPF1 = {  # bilingual fillable form, FR above NL, 'Question n° / Vraag nr.'
    "id": "TPF1",
    "title": "PARTONS 2.0 – Candidature / Kandidatuur",
    "subtitle": "Appel à projets villages et quartiers / Projectenoproep dorpen en buurten – 2019",
    "intro": "Un seul formulaire par projet – Eén formulier per project. Remplir en français ou en néerlandais – "
             "invullen in het Frans of het Nederlands. Retour / terugsturen : jonas.polin@west-vlaanderen.be "
             "(avant le / vóór 16/06/2019).",
    "admin": ["Cadre administration / Kader administratie", "Reçu / ontvangen : ____", "Code : P2-____"],
    "items": [
        ("1", "Structure porteuse (nom, forme juridique)", "Indienende organisatie (naam, rechtsvorm)", "org"),
        ("2", "Adresse du porteur", "Adres van de indiener", "seat"),
        ("3", "Personne de contact : nom, téléphone, courriel", "Contactpersoon: naam, telefoon, e-mail", "contact"),
        ("4", "Intitulé du projet", "Titel van het project", "title"),
        ("5", "Lieu du projet", "Plaats van het project", "location"),
        ("6", "Résumé du projet", "Samenvatting van het project", "desc"),
        ("7", "Implication des habitants", "Betrokkenheid van de bewoners", "particip"),
        ("8", "Budget total et plan de financement", "Totaal budget en financieringsplan", "total"),
        ("9", "Subvention sollicitée (10 000 € maximum)", "Gevraagde subsidie (maximaal 10 000 €)", "amount"),
    ],
    "footer": "Interreg V – Partons 2.0 – Woumenweg 100 – 8600 Diksmuide – +32 51 51 94 37",
}

TPF2 = {  # Dutch fillable form with parts A/B/C
    "id": "TPF2",
    "title": "Kandidatuurformulier ‘Maak werk van je buurt!’",
    "subtitle": "Grensoverschrijdende projectenoproep Partons 2.0 – Westhoek en Noord-Frankrijk",
    "intro": "Lees eerst de oproep. Vul alle vakken in; wat niet van toepassing is laat u leeg. Bedragen in euro, "
             "inclusief btw. Voorbeeld: ‘Wij vragen 4.000 euro voor een haalbaarheidsstudie.’",
    "admin": ["In te vullen door de provincie:", "datum ontvangst ........", "dossier P2-WH-........"],
    "parts": {"A1": "DEEL A – DE AANVRAGER", "B1": "DEEL B – HET PROJECT", "C1": "DEEL C – FINANCIËN"},
    "items": [
        ("A1", "Naam van de vereniging, groep of organisatie en, indien van toepassing, ondernemingsnummer", None, "org"),
        ("A2", "Maatschappelijke zetel of correspondentieadres", None, "seat"),
        ("A3", "Wie is de contactpersoon voor dit project? (naam, adres, telefoon, e-mail)", None, "contact"),
        ("A4", "Voorzitter / andere verantwoordelijken", None, "board"),
        ("B1", "Naam van het project", None, "title"),
        ("B2", "Waar? (adres of omschrijving van de locatie)", None, "location"),
        ("B3", "Wat is het doel en wat gaan jullie concreet doen?", None, "desc"),
        ("B4", "Wie werkt er mee (inwoners, verenigingen, gemeente)?", None, "particip"),
        ("C1", "Wat is het totale budget van het project?", None, "total"),
        ("C2", "Welk bedrag vraagt u aan de provincie?", None, "amount"),
        ("C3", "Andere inkomsten (eigen middelen, sponsoring, gemeente …)", None, "cofin"),
    ],
    "footer": "Partons 2.0 · Provincie West-Vlaanderen · Woumenweg 100 · 8600 Diksmuide",
}

TPF3 = {  # printed French questionnaire with boxes, answers typed inside the boxes
    "id": "TPF3",
    "title": "Partons 2.0 – Questionnaire projet",
    "subtitle": "Faites vivre votre village ou votre quartier ! – appel 2019",
    "intro": "Tapez ou écrivez vos réponses dans les cadres. Les exemples en gris sont indicatifs.",
    "examples": {"contact": "ex. : Marie Martin, 03 28 00 00 00, marie.martin@example.com",
                 "amount": "ex. : « Nous demandons 6 000 € à la Province. »"},
    "items": [
        ("Q1 –", "Qui dépose le projet ?", None, "org"),
        ("Q2 –", "Quelle est votre adresse ?", None, "seat"),
        ("Q3 –", "Qui est la personne de contact ? (nom, adresse, téléphone, courriel)", None, "contact"),
        ("Q4 –", "Comment s'appelle votre projet ?", None, "title"),
        ("Q5 –", "Où aura-t-il lieu ?", None, "location"),
        ("Q6 –", "Que voulez-vous réaliser, avec qui ?", None, "desc"),
        ("Q7 –", "Quel est le budget total de votre projet ?", None, "total"),
        ("Q8 –", "Quel montant demandez-vous ?", None, "amount"),
        ("Q9 –", "D'où vient le reste du financement ?", None, "cofin"),
        ("Q10 –", "Remarques", None, "remarks"),
    ],
    "footer": "Province de Flandre-Occidentale – Woumenweg 100 – 8600 Diksmuide – Belgique",
}

TPF4 = {  # printed bilingual two-column questionnaire (NL/FR question left, typed answer right)
    "id": "TPF4",
    "title": "Vragenlijst / Questionnaire – Maak werk van je buurt! / Partons 2.0",
    "intro": "Antwoord in de rechterkolom / Réponse dans la colonne de droite. Max. 10 000 € steun / aide.",
    "items": [
        ("a", "Naam van de organisatie", "Nom de l'organisation", "org"),
        ("b", "Ondernemingsnummer / SIRET", "N° d'entreprise / SIRET", "legal"),
        ("c", "Adres", "Adresse", "seat"),
        ("d", "Contactpersoon (naam, tel., e-mail)", "Contact (nom, tél., courriel)", "contact"),
        ("e", "Voorzitter – penningmeester", "Président – trésorier", "board"),
        ("f", "Titel", "Titre", "title"),
        ("g", "Locatie", "Lieu", "location"),
        ("h", "Beschrijving", "Description", "desc"),
        ("i", "Totale kost", "Coût total", "total"),
        ("j", "Gevraagd bedrag", "Montant demandé", "amount"),
        ("k", "Andere financiering", "Autres financements", "cofin"),
        ("l", "Datum en handtekening", "Date et signature", "sig"),
    ],
    "footer": "P2.0 – NL/FR – 2019",
}

TL = {"id": "TL"}   # test letters: questions repeated as headings

TDX1 = {  # Dutch Word questionnaire, numbered questions, answers in text boxes
    "id": "TDX1",
    "title": "Projectvoorstel – Maak werk van je buurt! 2019",
    "subtitle": "Antwoordformulier voor lokale initiatieven (Partons 2.0)",
    "intro": "Typ uw antwoord in het kader onder elke vraag. Het kader wordt groter als u meer tekst typt.",
    "items": [
        ("1)", "Wie dient de aanvraag in? Vermeld naam en adres van de vereniging of groep.", None, "org"),
        ("2)", "Wie is de contactpersoon (naam, telefoon, e-mail)?", None, "contact"),
        ("3)", "Titel van uw project", None, "title"),
        ("4)", "Waar gaat het project door?", None, "location"),
        ("5)", "Beschrijf het project en de rol van de inwoners.", None, "desc"),
        ("6)", "Hoeveel bedraagt het totale budget? Geef de belangrijkste kostenposten.", None, "total"),
        ("7)", "Hoeveel steun vraagt u aan?", None, "amount"),
        ("8)", "Kan iemand van uw groep de begeleidingssessies volgen?", None, "coaching"),
    ],
    "footer": "Vragen? jonas.polin@west-vlaanderen.be – 051 51 94 37",
}

TDX2 = {  # French Word form: table with content controls in answer cells
    "id": "TDX2",
    "title": "FORMULAIRE DE CANDIDATURE « PARTONS 2.0 »",
    "subtitle": "Projets citoyens pour des villages et quartiers vivants – date limite 16/06/2019",
    "intro": "Complétez les zones grisées. Ne modifiez pas la structure du formulaire.",
    "placeholder": "Cliquez ou appuyez ici pour entrer du texte.",
    "items": [
        ("1", "Nom du porteur de projet", None, "org"),
        ("2", "Adresse", None, "seat"),
        ("3", "Interlocuteur pour ce dossier (nom, téléphone, adresse électronique)", None, "contact"),
        ("4", "Président(e) / autres membres du bureau", None, "board"),
        ("5", "Titre du projet", None, "title"),
        ("6", "Lieu", None, "location"),
        ("7", "Le projet en quelques lignes", None, "desc"),
        ("8", "Coût total du projet", None, "total"),
        ("9", "Aide demandée à la Province", None, "amount"),
        ("10", "Autres ressources", None, "cofin"),
    ],
    "footer": "Province de Flandre-Occidentale – Partons 2.0 – formulaire FR",
}

TDX3 = {  # Dutch Word form: three-column table (nr | vraag | antwoord) with content controls
    "id": "TDX3",
    "title": "Invulformulier projectenoproep ‘Maak werk van je buurt!’",
    "subtitle": "Westhoek – Partons 2.0",
    "intro": "Gelieve de derde kolom in te vullen.",
    "placeholder": "Klik hier als u tekst wilt invoeren.",
    "items": [
        ("1", "Aanvrager", None, "org"),
        ("2", "Adres", None, "seat"),
        ("3", "Contactpersoon en bereikbaarheid", None, "contact"),
        ("4", "Projectnaam", None, "title"),
        ("5", "Plaats van uitvoering", None, "location"),
        ("6", "Korte beschrijving", None, "desc"),
        ("7", "Totaal projectbudget", None, "total"),
        ("8", "Gevraagde provinciale steun", None, "amount"),
        ("9", "Cofinanciering", None, "cofin"),
    ],
    "footer": "Provincie West-Vlaanderen – dienst gebiedswerking Westhoek",
}

TOD1 = {  # French Writer questionnaire: question banner, answer inside a bordered frame
    "id": "TOD1",
    "title": "Partons 2.0 – Réponse à l'appel à projets 2019",
    "subtitle": "Questionnaire pour les collectifs d'habitants, associations et communes",
    "intro": "Merci d'écrire dans les cadres sous chaque question.",
    "items": [
        ("A –", "Qui êtes-vous ? (structure, adresse)", None, "org"),
        ("B –", "Qui suit le dossier ? (nom, téléphone, courriel)", None, "contact"),
        ("C –", "Nom du projet", None, "title"),
        ("D –", "Lieu", None, "location"),
        ("E –", "Votre projet, en bref", None, "desc"),
        ("F –", "Budget global et financements", None, "total"),
        ("G –", "Aide sollicitée", None, "amount"),
        ("H –", "Autres informations", None, "remarks"),
    ],
    "footer": "Partons 2.0 – questionnaire 2019",
}

TOD2 = {  # bilingual Writer table (NL | FR question, answer row)
    "id": "TOD2",
    "title": "Maak werk van je buurt! / Partons 2.0 – Projectfiche / Fiche projet",
    "subtitle": "Westhoek – Nord – 2019",
    "intro": "Antwoord in één taal naar keuze. / Répondez dans la langue de votre choix.",
    "items": [
        ("1", "Organisatie", "Organisation", "org"),
        ("2", "Adres", "Adresse", "seat"),
        ("3", "Contactpersoon (naam, telefoon, e-mail)", "Personne de contact (nom, téléphone, courriel)", "contact"),
        ("4", "Projecttitel", "Titre du projet", "title"),
        ("5", "Locatie", "Lieu", "location"),
        ("6", "Omschrijving en participatie", "Description et participation", "desc"),
        ("7", "Totaal budget", "Budget total", "total"),
        ("8", "Gevraagd bedrag", "Montant demandé", "amount"),
        ("9", "Andere middelen", "Autres moyens", "cofin"),
    ],
    "footer": "Partons 2.0 – fiche projet",
}

TXL = {"id": "TXL"}   # test xlsx: merged question rows, answers underneath
TOS = {"id": "TOS"}   # test ods: questions column A, answers column C

ALL = {d["id"]: d for d in [DPF1, DPF2, DPF3, DPF4, DL, DDX1, DDX2, DDX3, DOD1, DOD2, DXL, DOS,
                            TPF1, TPF2, TPF3, TPF4, TL, TDX1, TDX2, TDX3, TOD1, TOD2, TXL, TOS]}
