"""Form labels as different makers word them."""

CALL = {'nl': "Projectenoproep 'Maak werk van je buurt!' 2019",
        'fr': "Appel à projets « Maak werk van je buurt » – Partons 2.0 (2019)",
        'en': "Call for projects 'Maak werk van je buurt!' – Partons 2.0 (2019)"}

MAKERS = {
    'nl': ["Gemeente Heuvelland – Dienst Vrije Tijd", "Landelijke Gilden – regio Westhoek", "Stad Poperinge – Dienst Samenleving",
           "Gemeente Alveringem – Cultuurraad", "Vlaamse Dorpenkoepel – afdeling West-Vlaanderen", "OCMW Lo-Reninge",
           "Gemeente Houthulst – Vrijetijdsloket"],
    'fr': ["Mairie de Steenvoorde – service vie associative", "Fédération des foyers ruraux du Nord", "CCAS de Hazebrouck",
           "Communauté de communes de Flandre intérieure – pôle citoyenneté", "Ville de Comines-Warneton – service associatif",
           "Maison des associations de Bailleul"],
    'en': ["Westhoek Expat Network", "Flanders Fields Residents' Forum"],
}

L = {
    'nl': dict(
        form='AANVRAAGFORMULIER', sec1='Gegevens van de aanvrager', sec2='Het project', sec3='Begroting',
        org='Naam initiatiefnemer', org_alt='Vereniging / organisatie', org_hint='(zoals in de statuten, indien van toepassing)',
        type='Soort aanvrager', types=['vzw', 'feitelijke vereniging', 'particulier'],
        contact='Contactpersoon', contact_q='Wie is de contactpersoon?', contact_hint='(naam + voornaam)',
        last='Naam', first='Voornaam', fullname='Naam en voornaam', addr='Adres', addr_hint='(straat, nummer, bus)', pc='Postcode', place='Gemeente',
        pcplace='Postcode + gemeente', fulladdr='Volledig adres', phone='Telefoon / GSM', email='E-mail',
        second=['Penningmeester', 'Voorzitter', 'Secretaris'], title='Titel van het project',
        title_q='Hoe heet jullie project?', descr='Korte omschrijving', total='Totale kostprijs van het project',
        own='Eigen inbreng', other='Andere subsidies / sponsoring', req='Gevraagd bedrag',
        req_q='Welk bedrag vragen jullie aan binnen deze oproep?', req_hint='(max. 10.000 euro)',
        line='Omschrijving kost', sub='Subtotaal materiaal', amount='Bedrag', sum='Totaal', date='Datum', sign='Handtekening',
        website='Website', iban='Rekeningnummer (IBAN)', empty_cc='Klik of tik om tekst in te voeren.',
        footer='Formulier terugsturen naar: Provincie West-Vlaanderen – Partons 2.0, Woumenweg 100, 8600 Diksmuide – coordinator@example.org – tel. 051 00 00 00',
        descrs=["We willen samen met de buurt een plek maken waar iedereen elkaar kan ontmoeten.",
                "Het idee groeide op onze laatste buurtvergadering; een twintigtal bewoners wil meewerken.",
                "We starten met een bevraging bij de bewoners en een eerste bewonersmoment in september.",
                "Jong en oud doen mee: de school, de seniorenclub en de jeugdbeweging zijn al partner."]),
    'fr': dict(
        form='FORMULAIRE DE DEMANDE', sec1='Le porteur de projet', sec2='Le projet', sec3='Budget prévisionnel',
        org='Porteur de projet', org_alt='Structure / association', org_hint='(dénomination exacte, le cas échéant)',
        type='Statut', types=['association loi 1901 / ASBL', 'collectif d\'habitants', 'particulier'],
        contact='Personne de contact', contact_q='Qui est la personne de contact ?', contact_hint='(NOM Prénom)',
        last='Nom', first='Prénom', fullname='Nom et prénom', addr='Adresse', addr_hint='(n°, rue)', pc='Code postal', place='Commune',
        pcplace='Code postal et commune', fulladdr='Adresse complète', phone='Téléphone', email='Courriel',
        second=['Trésorier(e)', 'Président(e)', 'Secrétaire'], title='Intitulé du projet',
        title_q='Quel est le nom de votre projet ?', descr='Description succincte', total='Coût total du projet',
        own='Autofinancement', other='Autres financements', req='Montant sollicité',
        req_q='Quel montant sollicitez-vous dans le cadre de cet appel ?', req_hint='(10 000 € maximum)',
        line='Nature de la dépense', sub='Sous-total matériel', amount='Montant', sum='Total', date='Date', sign='Signature',
        website='Site internet', iban='IBAN', empty_cc='Cliquez ou appuyez ici pour entrer du texte.',
        footer='À renvoyer à : Provincie West-Vlaanderen – Partons 2.0, Woumenweg 100, 8600 Diksmuide (Belgique) – coordinator@example.org – +32 51 00 00 00',
        descrs=["Nous voulons créer avec les habitants un lieu de rencontre ouvert à tous.",
                "L'idée est née lors de la dernière réunion de quartier ; une vingtaine d'habitants sont partants.",
                "Nous commencerons par une enquête auprès des habitants et une première rencontre en septembre.",
                "L'école, le club des aînés et les jeunes sont déjà associés au projet."]),
    'en': dict(
        form='APPLICATION FORM', sec1='Applicant', sec2='The project', sec3='Budget',
        org='Applicant (group or association)', org_alt='Organisation', org_hint='(as registered, if applicable)',
        type='Type of applicant', types=['non-profit (vzw/association)', 'informal group', 'private individual'],
        contact='Contact person', contact_q='Who is the contact person?', contact_hint='(first name and surname)',
        last='Surname', first='First name', fullname='Name', addr='Address', addr_hint='(street and number)', pc='Postcode', place='Town / village',
        pcplace='Postcode and town', fulladdr='Full postal address', phone='Phone', email='E-mail',
        second=['Treasurer', 'Chair', 'Secretary'], title='Project title', title_q='What is your project called?',
        descr='Short description', total='Total project cost', own='Own contribution', other='Other funding',
        req='Grant requested', req_q='How much do you request from this call?', req_hint='(max. EUR 10,000)',
        line='Cost item', sub='Subtotal materials', amount='Amount', sum='Total', date='Date', sign='Signature', website='Website', iban='Bank account (IBAN)',
        empty_cc='Click or tap here to enter text.',
        footer='Return to: Provincie West-Vlaanderen – Partons 2.0, Woumenweg 100, 8600 Diksmuide, Belgium – coordinator@example.org – +32 51 00 00 00',
        descrs=["We want to create a meeting place for everyone in the village together with the residents.",
                "The idea came up at our last residents' meeting; about twenty neighbours want to help.",
                "We will start with a residents' survey and a first get-together in September."]),
}

MONTHS = {'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli'],
          'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet'],
          'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July']}


def long_date(dt, lang):
    m = MONTHS[lang][dt.month - 1]
    if lang == 'en':
        return f"{dt.day} {m} {dt.year}"
    return f"{dt.day} {m} {dt.year}"
