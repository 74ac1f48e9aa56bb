"""Hard cases, part 1: press, newsletters, forwards, structured applications, inquiries, new ideas."""
from lib import *

CALL_NL_EXCERPT = """Maak werk van je buurt!
Een projectenoproep voor dorpen en buurten in de Westhoek
100 000 euro steun voor 10 lokale (burger)initiatieven!

Heb jij een goed idee om van jouw dorp of gemeente een nog betere plek te maken om te wonen, te leven en te werken? En wil je daar samen met andere bewoners werk van maken?

Ons aanbod: financiële bijdrage van max. 10 000 euro voor bv.:
- realiseren van enquêtes, haalbaarheidsstudies...
- ondersteuning door een participatie-expert
- aankoop van kleine materialen (tuinmateriaal, stoelen, tafels...)
- organisatie van een evenement in jouw buurt

Deadline indienen projectidee: 16 juni 2019
Selectie projecten: eind juni 2019"""

CALL_FR_EXCERPT = """Faites bouger votre quartier !
Un appel à projets pour les villages et les quartiers du Westhoek et du Nord
100 000 euros pour 10 initiatives locales et citoyennes !

Vous avez une bonne idée pour rendre votre village ou votre quartier encore plus agréable à vivre ? Vous voulez la mettre en oeuvre avec d'autres habitants ?

Notre offre : une contribution financière de 10 000 euros maximum, par exemple pour :
- des enquêtes, des études de faisabilité...
- l'accompagnement par un expert en participation
- l'achat de petit matériel (matériel de jardinage, chaises, tables...)
- l'organisation d'un événement dans votre quartier

Date limite d'envoi des idées de projet : 16 juin 2019
Sélection des projets : fin juin 2019"""

# ------------------------------------------------------------------ H newspaper article
s = Sc('hard', 'NL local paper e-newsletter: article about last year\'s funded project')
s.m('2019-04-18 06:00', 'out_of_scope', 'nl',
    'newspaper newsletter; article about a 2018 project mentions amounts and the new call',
    frm=('Het Westhoekblad', 'nieuwsbrief@westhoekblad.example.com'), to='undisclosed-recipients:;',
    subject='Westhoekblad digitaal - donderdag 18 april 2019',
    headers={'List-Unsubscribe': '<https://www.westhoekblad.example.com/uitschrijven?u=88121>',
             'Precedence': 'bulk'},
    body="""HET WESTHOEKBLAD DIGITAAL - donderdag 18 april 2019

DORPSMOESTUIN POLLINKHOVE OOGST SUCCES
Vorig jaar kreeg de dorpsraad van Pollinkhove 10.000 euro uit de grensoverschrijdende projectenoproep "Maak werk van je buurt!". Daarmee werd achter de oude pastorij een dorpsmoestuin aangelegd. "We hebben nu 23 bakken en 40 gezinnen doen mee", vertelt voorzitter Hilde Goudeseune. "Ook de school komt elke week." De oproep loopt dit jaar opnieuw: tot 16 juni kunnen dorpsraden, verenigingen en bewoners een projectidee indienen bij de provincie. Er is 100.000 euro te verdelen.

NIEUWE BAKKER IN LEISELE
Na twee jaar zonder bakker opent zaterdag een nieuwe bakkerij in de Dorpsstraat...

WIELRENNEN: KERMISKOERS IN HOOGSTADE ZONDER INCIDENTEN
...

Lees alle artikels op www.westhoekblad.example.com
Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven. Uitschrijven kan hier: https://www.westhoekblad.example.com/uitschrijven
""",
    html="""<html><body><h2>Het Westhoekblad digitaal</h2><p><i>donderdag 18 april 2019</i></p>
<h3>Dorpsmoestuin Pollinkhove oogst succes</h3>
<p>Vorig jaar kreeg de dorpsraad van Pollinkhove 10.000 euro uit de grensoverschrijdende projectenoproep "Maak werk van je buurt!". Daarmee werd achter de oude pastorij een dorpsmoestuin aangelegd. "We hebben nu 23 bakken en 40 gezinnen doen mee", vertelt voorzitter Hilde Goudeseune. "Ook de school komt elke week." De oproep loopt dit jaar opnieuw: tot 16 juni kunnen dorpsraden, verenigingen en bewoners een projectidee indienen bij de provincie. Er is 100.000 euro te verdelen.</p>
<h3>Nieuwe bakker in Leisele</h3><p>Na twee jaar zonder bakker opent zaterdag een nieuwe bakkerij in de Dorpsstraat...</p>
<h3>Wielrennen: kermiskoers in Hoogstade zonder incidenten</h3><p>...</p>
<p style="font-size:small">Uitschrijven: <a href="https://www.westhoekblad.example.com/uitschrijven">klik hier</a></p>
</body></html>""")

# ------------------------------------------------------------------ H municipality press release (FR)
s = Sc('hard', 'FR municipality press release announcing the call (coordinator in Cc)')
s.m('2019-04-10 11:00', 'out_of_scope', 'fr', 'press release of a town announcing the call, with PDF',
    frm=('Ville de Hazebrouck - Communication', 'communication@ville-hazebrouck.example.org'),
    to=[('Rédaction La Voix du Westhoek', 'redaction@voixduwesthoek.example.com'),
        ('Journal de Flandre', 'info@journal-flandre.example.net')],
    cc=[('Partons 2.0', COORD_ADDR)],
    subject='Communiqué de presse : « Faites bouger votre quartier ! » - un appel à projets pour les habitants',
    body="""COMMUNIQUÉ DE PRESSE
Hazebrouck, le 10 avril 2019

« Faites bouger votre quartier ! » : jusqu'à 10 000 € pour les initiatives d'habitants

La Ville de Hazebrouck relaie l'appel à projets transfrontalier « Faites bouger votre quartier ! », lancé dans le cadre du projet européen Interreg Partons 2.0. Associations, comités de quartier, commerçants et collectifs d'habitants peuvent proposer une idée pour rendre leur quartier plus agréable : jardin partagé, lieu de rencontre, marché local, transport solidaire...

Chaque projet retenu pourra recevoir jusqu'à 10 000 €, et bénéficiera d'un accompagnement à partir de septembre 2019 avec les autres lauréats belges et français. Les idées de projet sont à envoyer avant le 16 juin 2019.

« Nous encourageons tous les quartiers hazebrouckois à se saisir de cette opportunité », souligne l'adjointe à la vie associative.

Contact presse : Service communication, 03 28 43 44 00
""",
    attach=[('CP_Faites_bouger_votre_quartier.pdf', make_pdf('Communiqué de presse - Ville de Hazebrouck', [
        '« Faites bouger votre quartier ! » : jusqu\'à 10 000 EUR pour les initiatives d\'habitants',
        'Date limite : 16 juin 2019']), PDF)])

# ------------------------------------------------------------------ H group press release = application
s = Sc('hard', 'NL press release of a village council that is also explicitly its application; follow-up with link')
s.proj('a', 'Pastorijtuin Loker wordt dorpstuin', 'Dorpsraad Loker', 'Johan Decock',
       'johan.decock@telenet.example.net', 9000, 'nl')
JOHAN = ('Johan Decock', 'johan.decock@telenet.example.net')
s.m('2019-05-08 09:30', 'application', 'nl',
    'press release sent to coordinator and press; the intro says it is also the application', proj='a',
    frm=JOHAN, to=COORD_PERSON,
    cc=[('Redactie Westhoekblad', 'redactie@westhoekblad.example.com'), ('Focus Westhoek', 'nieuws@focuswesthoek.example.com')],
    subject='PERSBERICHT - Dorpsraad Loker wil pastorijtuin openstellen voor het hele dorp',
    body="""Beste Lies, beste redactie,

Hieronder ons persbericht. Lies: hiermee dienen we meteen ook ons projectidee in voor "Maak werk van je buurt!" - alle gegevens staan onderaan.

--- PERSBERICHT ---

Dorpsraad Loker wil pastorijtuin openstellen voor het hele dorp

Loker, 8 mei 2019 - De tuin van de oude pastorij in Loker ligt al jaren verborgen achter een hoge muur. De dorpsraad wil daar verandering in brengen: samen met de bewoners wordt de tuin een dorpstuin met een speelhoek, een boomgaard met oude fruitrassen en een plek voor buurtfeesten.

"Loker heeft geen dorpsplein waar je kan zitten", zegt voorzitter Johan Decock. "Deze tuin kan het hart van het dorp worden." De kerkfabriek gaat akkoord met een gebruiksovereenkomst van 15 jaar.

Op zaterdag 25 mei is er een eerste 'open tuin', waar iedereen ideeën kan komen aanbrengen.

De dorpsraad dient het project in bij de grensoverschrijdende oproep "Maak werk van je buurt!" van de provincie West-Vlaanderen en haar Franse partners. Gevraagd bedrag: 9.000 euro, op een totale begroting van 12.500 euro.

Perscontact: Johan Decock, voorzitter Dorpsraad Loker, 0476 90 12 45, johan.decock@telenet.example.net

--- EINDE PERSBERICHT ---
""")
s.m('2019-05-22 20:10', 'follow_up', 'nl', 'reply to the receipt: link to the published article', proj='a',
    frm=JOHAN, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Dag Lies,

Ter info: het artikel verscheen vandaag in Het Westhoekblad, zie https://www.westhoekblad.example.com/loker-pastorijtuin-wordt-dorpstuin
Er hebben zich sindsdien al 8 extra vrijwilligers gemeld!

Groeten,
Johan

""" + R.quote('a', 'gmail_nl'))

# ------------------------------------------------------------------ H FR press release to press list = application (ambiguous)
s = Sc('hard', 'FR press release of an association to a press list (coordinator in Bcc) stating it applies; later budget')
s.proj('a', 'Atelier vélo solidaire', 'Bailleul Demain', 'Karim Benali', 'contact@bailleul-demain.example.org', 6500, 'fr')
KARIM = ('Bailleul Demain', 'contact@bailleul-demain.example.org')
s.m('2019-05-14 08:05', 'application', 'fr',
    'press release to a press list, coordinator only in Bcc; it states the project is submitted with an amount',
    proj='a', amb=True,
    note_amb='could be read as press information only (out_of_scope): no cover note to the coordinator',
    frm=KARIM, to='undisclosed-recipients:;',
    subject='[Communiqué] Bailleul Demain lance un atelier vélo solidaire',
    body="""COMMUNIQUÉ DE PRESSE - pour diffusion immédiate

Bailleul Demain lance un atelier vélo solidaire

Bailleul, le 14 mai 2019 - L'association Bailleul Demain ouvrira à la rentrée un atelier vélo solidaire dans l'ancien garage de la rue de Lille. Chaque samedi matin, des bénévoles aideront les habitants à réparer eux-mêmes leur vélo, et des vélos récupérés seront remis en état pour les jeunes et les demandeurs d'emploi.

« Beaucoup d'habitants n'ont pas de voiture et le bus passe peu. Le vélo, c'est la liberté », explique Karim Benali, coordinateur de l'association.

Le projet est présenté à l'appel à projets transfrontalier « Faites bouger votre quartier ! » (Partons 2.0), pour une demande de 6 500 € sur un budget total de 8 200 €.

Contact : Karim Benali - 06 58 13 77 02 - contact@bailleul-demain.example.org
""")
s.m('2019-05-16 18:30', 'follow_up', 'fr', 'reply to the receipt with the detailed budget (confirms it is an application)',
    proj='a', frm=('Karim Benali', 'contact@bailleul-demain.example.org'), to=COORD_FR,
    subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonjour,

Merci ! Nous avions mis votre adresse en copie cachée de notre communiqué, content que vous l'ayez bien pris comme notre candidature. Voici le budget détaillé :
- outillage et pieds d'atelier : 2 300 €
- pièces détachées (première année) : 1 500 €
- aménagement du local : 1 900 €
- communication et inauguration : 800 €
Total demandé : 6 500 €. Le reste (1 700 €) vient de la Ville et d'une cagnotte.

Karim

""" + R.quote('a', 'gmail_fr'))

# ------------------------------------------------------------------ H province newsletter quoting the call
s = Sc('hard', 'NL province newsletter quoting the call text (HTML + text, bulk headers)')
s.m('2019-04-04 10:00', 'out_of_scope', 'nl', 'newsletter quoting the call text, incl. amounts and deadline',
    frm=('Provincie West-Vlaanderen - Nieuwsbrief Platteland', 'nieuwsbrief@provincie.example.org'),
    to=('Partons 2.0', COORD_ADDR),
    subject='Nieuwsbrief Platteland - april 2019: nieuwe projectenoproep voor dorpen en buurten',
    headers={'List-Unsubscribe': '<mailto:unsubscribe@provincie.example.org?subject=platteland>',
             'Precedence': 'bulk', 'List-Id': 'Nieuwsbrief Platteland <platteland.provincie.example.org>'},
    body=f"""NIEUWSBRIEF PLATTELAND - april 2019

In deze nieuwsbrief:
1. Projectenoproep "Maak werk van je buurt!"
2. Subsidies voor trage wegen
3. Agenda

1. PROJECTENOPROEP "MAAK WERK VAN JE BUURT!"
Dien je idee in vóór 16 juni! Uit de oproeptekst:

{CALL_NL_EXCERPT}

Meer info en indienen: zie www.partons2-0.eu

2. SUBSIDIES VOOR TRAGE WEGEN
Gemeenten kunnen opnieuw subsidie aanvragen voor het herwaarderen van trage wegen...

3. AGENDA
11 mei - Inspiratiedag leefbare dorpen, Lo

U ontvangt deze nieuwsbrief als abonnee. Uitschrijven: stuur een mail naar unsubscribe@provincie.example.org
""")

# ------------------------------------------------------------------ H other funder newsletter (FR)
s = Sc('hard', 'FR newsletter of another funder, its own call plus a paragraph about this call')
s.m('2019-05-06 07:30', 'out_of_scope', 'fr', 'other funder\'s newsletter; mentions this call and its own call',
    frm=('Fondation Terres du Nord', 'lettre@terresdunord.example.org'), to=COORD_ADDR,
    subject='Lettre d\'information n°37 - mai 2019',
    headers={'List-Unsubscribe': '<https://www.terresdunord.example.org/desinscription>', 'Precedence': 'list'},
    html="""<html><body style="font-family:Arial">
<h1>Fondation Terres du Nord</h1><p>Lettre d'information n°37 - mai 2019</p>
<h2>Notre appel « Villages vivants » est ouvert</h2>
<p>Jusqu'au 30 juin, les associations rurales du Nord peuvent demander jusqu'à 5 000 € pour un projet de lien social. Dossier à télécharger sur notre site.</p>
<h2>À signaler</h2>
<p>L'appel à projets transfrontalier <b>« Faites bouger votre quartier ! »</b> (Partons 2.0) soutient les initiatives citoyennes dans les villages et quartiers du Westhoek et du Nord : jusqu'à 10 000 € par projet, idées à envoyer avant le 16 juin 2019. Les deux appels sont cumulables.</p>
<h2>Portrait</h2>
<p>À Killem, l'épicerie associative « Le Panier » fête ses deux ans...</p>
<p style="font-size:9pt">Pour vous désinscrire, <a href="https://www.terresdunord.example.org/desinscription">cliquez ici</a>.</p>
</body></html>""")

# ------------------------------------------------------------------ H federation newsletter with question headings (trap)
s = Sc('hard', 'NL federation newsletter with "Wat willen we doen? / Hoeveel vragen we?" tips (trap for heading detection)')
s.m('2019-05-02 19:00', 'out_of_scope', 'nl',
    'newsletter giving application tips with the same question headings and a sample amount; not an application',
    frm=('Dorpsraden West-Vlaanderen vzw', 'info@dorpsraden-wvl.example.org'), to=COORD_ADDR,
    subject='Dorpsraden Nieuws mei 2019 - tips voor je projectaanvraag',
    headers={'List-Unsubscribe': '<mailto:info@dorpsraden-wvl.example.org?subject=uitschrijven>'},
    body="""DORPSRADEN NIEUWS - mei 2019

Beste dorpsraden,

De oproep "Maak werk van je buurt!" loopt nog tot 16 juni. Vorig jaar werden 4 van de 10 geselecteerde projecten ingediend door een dorpsraad! Daarom enkele tips om een sterk projectidee te schrijven. Beantwoord gewoon deze vragen:

Wat willen we doen?
Beschrijf concreet wat je wil realiseren, en waar.

Wie zijn wij?
Wie dient in, en wie doet er allemaal mee? Vergeet de andere verenigingen niet.

Hoeveel vragen we?
Maximum 10.000 euro. Geef een eenvoudige begroting.

Wanneer?
Een ruwe planning volstaat.

Een voorbeeld: "Wij, de dorpsraad van X, vragen 7.500 euro voor een dorpsbank en drie buurtontbijten."

Vragen? Mail of bel ons: 050 40 12 34.

Dorpsraden West-Vlaanderen vzw
""")

# ------------------------------------------------------------------ H invitation (NL)
s = Sc('hard', 'NL invitation to an inspiration day that includes an info session about the call')
s.m('2019-04-16 14:00', 'out_of_scope', 'nl', 'event invitation (HTML + text)',
    frm=('Vorming Westhoek vzw', 'info@vormingwesthoek.example.org'), to=COORD_ADDR,
    subject='Uitnodiging: Inspiratiedag Leefbare Dorpen - zaterdag 11 mei in Lo',
    body="""Beste,

Graag nodigen we je uit op onze Inspiratiedag Leefbare Dorpen, op zaterdag 11 mei 2019 van 9u30 tot 16u in zaal De Croone in Lo.

Programma:
- 9u30 onthaal met koffie
- 10u "Het dorp van morgen" - lezing
- 11u workshops: dorpsrestaurant, buurtbus, zorgzame buurten
- 13u30 infosessie over de projectenoproep "Maak werk van je buurt!"
- 15u netwerkmoment

Deelname: 15 euro (lunch inbegrepen). Inschrijven vóór 3 mei via www.vormingwesthoek.example.org/inspiratiedag

Graag tot dan!
Het team van Vorming Westhoek
""",
    html="""<html><body><p>Beste,</p><p>Graag nodigen we je uit op onze <b>Inspiratiedag Leefbare Dorpen</b>, op zaterdag 11 mei 2019 van 9u30 tot 16u in zaal De Croone in Lo.</p>
<ul><li>9u30 onthaal met koffie</li><li>10u "Het dorp van morgen" - lezing</li><li>11u workshops: dorpsrestaurant, buurtbus, zorgzame buurten</li><li>13u30 infosessie over de projectenoproep "Maak werk van je buurt!"</li><li>15u netwerkmoment</li></ul>
<p>Deelname: 15 euro (lunch inbegrepen). <a href="https://www.vormingwesthoek.example.org/inspiratiedag">Inschrijven</a> vóór 3 mei.</p><p>Het team van Vorming Westhoek</p></body></html>""")

# ------------------------------------------------------------------ H Wormhout town hall FYI forward
s = Sc('hard', 'FR town hall forwards the call to its associations "pour info", coordinator in Cc')
s.m('2019-04-11 16:22', 'out_of_scope', 'fr', 'town hall FYI forward of the call text to associations',
    frm=('Mairie de Wormhout - Vie associative', 'vie.associative@wormhout-mairie.example.org'),
    to=[('Club de gym Wormhout', 'gym.wormhout@example.net'), ('Les Amis du Moulin Deschodt', 'amis.moulin@example.net'),
        ('Comité des fêtes', 'fetes.wormhout@example.net'), ('UNC Wormhout', 'unc.wormhout@example.net')],
    cc=[('Partons 2.0', COORD_ADDR)],
    subject='TR: Appel à projets « Faites bouger votre quartier ! » - pour info',
    body=f"""Bonjour à toutes et à tous,

Pour information, voici un appel à projets qui peut intéresser vos associations. N'hésitez pas à contacter directement la coordination (en copie de ce message) pour toute question.

Cordialement,
Service vie associative
Mairie de Wormhout

-------- Message transféré --------
Sujet : Appel à projets « Faites bouger votre quartier ! »
Date : Mon, 1 Apr 2019 09:00:00 +0200
De : Partons 2.0 <{COORD_ADDR}>

{CALL_FR_EXCERPT}
""")

# ------------------------------------------------------------------ H Heuvelland FYI + reply-all inquiry
s = Sc('hard', 'NL municipality forwards the call "ter info" (coordinator in To, associations Bcc); an association replies-all with a question')
HEUV = ('Gemeente Heuvelland - dienst Vrije Tijd', 'vrijetijd@heuvelland-gemeente.example.org')
s.m('2019-04-09 09:12', 'out_of_scope', 'nl', 'municipality FYI to associations; coordinator in To, associations in Bcc',
    frm=HEUV, to=('Partons 2.0', COORD_ADDR),
    subject='Ter info: projectenoproep Maak werk van je buurt!',
    body=f"""Beste verenigingen,

Ter info bezorgen we jullie onderstaande projectenoproep van de provincie. Misschien iets voor jullie dorp of vereniging? Vragen kunnen rechtstreeks aan de coördinator van de oproep (in kopie).

Met vriendelijke groeten,
Dienst Vrije Tijd
Gemeente Heuvelland
057 45 04 60

{CALL_NL_EXCERPT}
""")
s.m('2019-04-10 21:33', 'inquiry', 'nl', 'reply-all to the town-hall FYI: may a festival committee apply? idea not concrete',
    frm=('Feestcomité Dranouter', 'feestcomite.dranouter@gmail.example.com'),
    to=HEUV, cc=('Partons 2.0', COORD_ADDR),
    subject='RE: Ter info: projectenoproep Maak werk van je buurt!', irt=lambda R: R.mid(0),
    body=lambda R: """Dag,

Bedankt voor de info. Wij zijn een feestcomité, geen dorpsraad. Mogen wij ook iets indienen? We denken aan iets rond het dorpsplein van Dranouter, maar het is nog helemaal niet concreet.

Groeten,
Ann Verstraete
secretaris Feestcomité Dranouter

-----Oorspronkelijk bericht-----
Van: Gemeente Heuvelland - dienst Vrije Tijd <vrijetijd@heuvelland-gemeente.example.org>
Verzonden: dinsdag 9 april 2019 09:12
Onderwerp: Ter info: projectenoproep Maak werk van je buurt!

Beste verenigingen,

Ter info bezorgen we jullie onderstaande projectenoproep van de provincie...
""")

# ------------------------------------------------------------------ H colleague forwards application (inline)
s = Sc('hard', 'NL colleague forwards an application inline (applicant = original sender); applicant later replies to receipt')
s.proj('a', 'Deelfietsen voor Merkem', 'Buurtvereniging De Vijfwegen', 'Stijn Callewaert',
       'stijn.callewaert@telenet.example.net', 4200, 'nl')
STIJN = ('Stijn Callewaert', 'stijn.callewaert@telenet.example.net')
s.m('2019-05-07 08:41', 'application', 'nl',
    'forwarded by a colleague; the applicant is the original sender (Stijn Callewaert), not the colleague', proj='a',
    frm=('Bart Desmet', 'bart.desmet@provincie.example.org'), to=COORD_PERSON,
    subject='Fwd: projectidee Merkem - deelfietsen',
    body="""Hoi Lies,

Dit kwam bij mij binnen (ze hadden mijn adres nog van de infoavond in Houthulst). Voor jou, denk ik!

Bart

---------- Doorgestuurd bericht ---------
Van: Stijn Callewaert <stijn.callewaert@telenet.example.net>
Date: ma 6 mei 2019 om 22:17
Subject: projectidee Merkem - deelfietsen
To: Bart Desmet <bart.desmet@provincie.example.org>


Beste meneer Desmet,

Zoals afgesproken op de infoavond stuur ik u ons projectidee.

Buurtvereniging De Vijfwegen (Merkem) wil 6 deelfietsen en 2 elektrische bakfietsen aankopen die de buurtbewoners gratis kunnen lenen via een eenvoudig reservatiesysteem bij de bakker. Veel oudere mensen en jonge gezinnen in Merkem hebben maar één auto of geen; de bus rijdt maar om het uur.

We vragen 4.200 euro (fietsen, sloten, verzekering, onderhoud eerste jaar, fietsenstalling).

Met vriendelijke groeten,
Stijn Callewaert
Buurtvereniging De Vijfwegen
0485 22 61 07
""")
s.m('2019-05-15 19:03', 'follow_up', 'nl', 'applicant replies to the receipt with the bike dealer\'s quote', proj='a',
    frm=STIJN, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Goeiendag,

Bedankt voor de bevestiging. Hierbij nog de offerte van de fietsenmaker.

Stijn

""" + R.quote('a', 'gmail_nl'),
    attach=[('offerte_fietsen_Merkem.pdf', make_pdf('Offerte 2019-051 - Fietsen Declercq', [
        '6 stadsfietsen: 2.340 EUR', '2 elektrische bakfietsen: 5.980 EUR', 'Korting vereniging: -4.600 EUR',
        'Totaal: 3.720 EUR']), PDF)])

# ------------------------------------------------------------------ H FR colleague forwards as attachment
s = Sc('hard', 'FR partner colleague forwards an application as a message/rfc822 attachment; applicant thanks later')
s.proj('a', 'Rues fleuries participatives à Esquelbecq', 'Esquelbecq Village Fleuri', 'Odile Vermersch',
       'odile.vermersch@wanadoo.example.com', 3800, 'fr')
ODILE = ('Odile Vermersch', 'odile.vermersch@wanadoo.example.com')
_inner = EmailMessage()
_inner['From'] = formataddr(ODILE)
_inner['To'] = formataddr(('Claire Dufresne', 'claire.dufresne@nord-partenaire.example.net'))
_inner['Subject'] = 'Candidature Faites bouger votre quartier'
_inner['Date'] = format_datetime(mkdate('2019-05-28 18:40'))
_inner['Message-ID'] = '<5cee1a2b.1c69fb81.8a2f1.33d4@wanadoo.example.com>'
_inner.set_content("""Bonjour Madame Dufresne,

Voici notre candidature pour l'appel « Faites bouger votre quartier ! ».

L'association Esquelbecq Village Fleuri propose de fleurir les rues du centre avec les habitants : chaque rue « adopte » ses jardinières, les enfants de l'école sèment les plantes en mars, et une fête des fleurs clôture la saison. Nous voulons aussi installer trois bacs de plantes aromatiques en libre-service.

Montant demandé : 3 800 € (jardinières, terreau, plants, arrosoirs, fête des fleurs).

Merci beaucoup,
Odile Vermersch
Présidente - Esquelbecq Village Fleuri
06 17 40 92 36
""", cte='quoted-printable')
s.m('2019-05-29 11:17', 'application', 'fr',
    'partner colleague forwards the application as an attached message; the applicant is Odile Vermersch', proj='a',
    frm=('Claire Dufresne', 'claire.dufresne@nord-partenaire.example.net'), to=COORD_PERSON,
    subject='TR: Candidature Faites bouger votre quartier',
    body="""Bonjour Lies,

Je te transfère en pièce jointe la candidature d'Esquelbecq, que l'association a envoyée chez nous par erreur. Peux-tu l'enregistrer ?

Bonne journée,
Claire

Claire Dufresne
Chargée de mission Partons 2.0 - partenaire français
""",
    attach=[(None, _inner, 'message/rfc822')])
s.m('2019-05-29 17:48', 'follow_up', 'fr', 'applicant thanks for the receipt and apologises for the wrong address', proj='a',
    frm=ODILE, to=COORD_FR, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonjour,

Merci pour l'accusé de réception, et désolée pour l'erreur d'adresse !

Odile Vermersch

""" + R.quote('a', 'gmail_fr'))

# ------------------------------------------------------------------ H colleague phone note (ambiguous)
s = Sc('hard', 'NL colleague relays a phone call of a possible applicant (ambiguous inquiry / internal)')
s.m('2019-04-23 15:48', 'inquiry', 'nl',
    'colleague relays a phone call: KWB Bovekerke asks about eligibility and a visit', amb=True,
    note_amb='internal colleague mail, could be filed as out_of_scope; the real inquirer is KWB Bovekerke',
    frm=('Katrien Vermeulen', 'katrien.vermeulen@provincie.example.org'), to=COORD_PERSON,
    subject='telefoon voor jou: KWB Bovekerke',
    body="""Lies,

Er belde iemand van KWB Bovekerke (Luc Vandecasteele, 0479 33 18 02). Ze hebben vragen over de oproep: mag een KWB-afdeling indienen, en kan jij eens langskomen om het toe te lichten op hun bestuursvergadering (meestal dinsdagavond)?

Kan jij hem terugbellen?

Kat
onthaal Provinciehuis Diksmuide
""")

# ------------------------------------------------------------------ H NL structured headings + EN out-of-office
s = Sc('hard', 'NL application as list of question headings (not questions to the coordinator); English out-of-office from work address')
s.proj('a', 'Speelstraatkoffer en buurtfeesten in De Meersen', 'Buurtcomité De Meersen', 'Tom Goethals',
       'tom.goethals@vdm-logistics.example.com', 4750, 'nl')
TOM = ('Tom Goethals', 'tom.goethals@vdm-logistics.example.com')
s.m('2019-04-30 12:50', 'application', 'nl', 'structured with headings "Wat willen we doen?", "Hoeveel vragen we?"; headings are not questions',
    proj='a', frm=TOM, to=COORD_NL, subject='Projectidee Buurtcomité De Meersen (Diksmuide)',
    body="""Beste,

Hieronder ons projectidee.

Wat willen we doen?
Een "speelstraatkoffer" aankopen (verkeersborden, krijt, stelten, ballen, een springkasteel) die alle straten van de wijk De Meersen om beurt kunnen gebruiken, en drie buurtfeesten per jaar organiseren.

Wie zijn wij?
Buurtcomité De Meersen, een feitelijke vereniging van een 20-tal bewoners van de wijk De Meersen in Diksmuide (ca. 180 gezinnen).

Waarom?
Er wonen veel jonge gezinnen maar er is geen speelpleintje. Nieuwe bewoners kennen elkaar niet.

Hoeveel vragen we?
4.750 euro (koffer en inhoud 1.900, springkasteel 1.350, drie buurtfeesten 1.200, communicatie 300).

Wanneer?
Eerste speelstraat in juli, eerste buurtfeest in september.

Contact?
Tom Goethals, 0486 72 19 33, tom.goethals@vdm-logistics.example.com

Met vriendelijke groeten,
Tom
""")
s.m('2019-04-30 12:56', 'auto_reply', 'en', 'English out-of-office from the applicant\'s work address (Auto-Submitted)', proj='a',
    frm=TOM, to=COORD_NL, subject=lambda R: 'Automatic reply: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
    body="""Thank you for your message. I am out of the office until Monday 6 May with limited access to e-mail.
For urgent logistics matters, please contact ops-desk@vdm-logistics.example.com or +32 51 26 70 00.

Kind regards,
Tom Goethals
""")

# ------------------------------------------------------------------ H FR structured headings + FR out-of-office without headers
s = Sc('hard', 'FR application as list of headings ("Quel est votre projet ?", "Budget ?"); out-of-office without auto headers')
s.proj('a', 'Repas de quartier et réseau de voisins relais', 'Les Voisins Solidaires de Nieppe',
       'Christelle Delattre', 'christelle.delattre@laposte.example.net', 9000, 'fr')
CHR = ('Christelle Delattre', 'christelle.delattre@laposte.example.net')
s.m('2019-06-11 22:14', 'application', 'fr', 'structured with headings "Quel est votre projet ?", "Budget ?"; not questions',
    proj='a', frm=CHR, to=COORD_FR, subject='Faites bouger votre quartier - Voisins Solidaires de Nieppe',
    body="""Bonsoir,

Quel est votre projet ?
Un repas de quartier par trimestre dans le quartier du Pont d'Achelles, et la création d'un réseau de « voisins relais » : un habitant par rue qui garde le contact avec les personnes âgées ou isolées et fait le lien avec le CCAS.

Qui êtes-vous ?
Les Voisins Solidaires de Nieppe, association loi 1901 créée en 2017, 35 adhérents.

Pourquoi ce projet ?
Pendant la canicule de l'été dernier, plusieurs personnes âgées sont restées seules pendant des jours.

Avec qui ?
Le CCAS, la paroisse, le club des aînés, l'école Jules Ferry.

Budget ?
Nous demandons 9 000 € (repas et matériel 4 200 €, formation des voisins relais 2 800 €, carnet de liaison et communication 2 000 €).

Calendrier ?
Premier repas le 21 septembre 2019.

Contact ?
Christelle Delattre, 06 45 92 18 70

Bien cordialement,
Christelle Delattre
""")
s.m('2019-06-11 22:20', 'auto_reply', 'fr', 'out-of-office without Auto-Submitted, subject "Re:"', proj='a',
    frm=CHR, to=COORD_FR, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body="""Message automatique : je suis absente jusqu'au 24 juin inclus et je n'aurai pas accès à ma messagerie.
Pour les Voisins Solidaires, contactez Jean-Marc au 06 21 44 80 19.

Christelle Delattre
""")

# ------------------------------------------------------------------ H NL HTML structured + real question, follow-up asking again
s = Sc('hard', 'NL HTML application with bold question headings plus a real question; follow-up asking for the answer')
s.proj('a', 'Ontmoetingscafé Vladslo', 'Vrienden van Vladslo vzw', 'Hilde Vandenbussche',
       'hilde.vdb@gmail.example.com', 7300, 'nl')
HILDE = ('Hilde Vandenbussche', 'hilde.vdb@gmail.example.com')
s.m('2019-05-10 20:05', 'application', 'nl',
    'HTML-only; headings are not questions, but the last paragraph contains a real question ("Mogen we ook materiaal kopen?")',
    proj='a', frm=HILDE, to=COORD_NL, subject='Projectidee Vrienden van Vladslo',
    html="""<div dir="ltr"><div>Beste,</div><div><br></div>
<div><b>Wat willen we doen?</b></div><div>Een wekelijks ontmoetingscafé in de oude jongensschool van Vladslo, open op woensdagnamiddag en zondagvoormiddag, uitgebaat door vrijwilligers. Met een hoekje voor de krant, gezelschapsspelen en af en toe een voordracht.</div><div><br></div>
<div><b>Wie zijn wij?</b></div><div>Vrienden van Vladslo vzw, samen met de Okra, de Landelijke Gilde en het oudercomité van de school.</div><div><br></div>
<div><b>Hoeveel vragen we?</b></div><div>7.300 euro.</div><div><br></div>
<div><b>Wat is de timing?</b></div><div>Opening in oktober 2019.</div><div><br></div>
<div>Nog een vraag: mogen we met het geld ook materiaal kopen, zoals een koffiemachine, een koelkast en tafels? Of is het enkel bedoeld voor begeleiding en activiteiten?</div><div><br></div>
<div>Vriendelijke groeten,</div><div>Hilde Vandenbussche</div><div>0497 15 66 03</div></div>
""")
s.m('2019-05-27 09:30', 'follow_up', 'nl', 'reminds that her question in the application has not been answered', proj='a',
    frm=HILDE, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Dag,

In mijn aanvraag had ik gevraagd of we ook materiaal mogen kopen (koffiemachine, koelkast, tafels), maar daar heb ik nog geen antwoord op gekregen. Dat is voor ons belangrijk om de begroting af te werken.

Alvast bedankt,
Hilde

""" + R.quote('a', 'gmail_nl'))

# ------------------------------------------------------------------ H inquiry that reads like an application, then the application replying to coordinator's answer
s = Sc('hard', 'NL inquiry that reads like an application (idea + cost, but "we don\'t know yet if we apply"); later the application as reply to the coordinator\'s answer')
s.proj('a', 'Buurtbus voor minder mobiele ouderen in Lo-Reninge', 'S-Plus Lo-Reninge', 'Rita Seynaeve',
       'rita.seynaeve@telenet.example.net', 6500, 'nl')
RITA = ('Rita Seynaeve', 'rita.seynaeve@telenet.example.net')
s.m('2019-04-25 16:20', 'inquiry', 'nl',
    'concrete idea with a cost estimate, but explicitly undecided and asking about eligibility first', amb=True,
    note_amb='reads almost like an application (idea, group, cost); a service could register it as one',
    frm=RITA, to=COORD_NL, subject='Vraag: buurtbus voor ouderen in Lo-Reninge',
    body="""Goedemiddag,

Met een groepje gepensioneerden uit Lo willen we een vervoersdienst opzetten voor oudere mensen die niet meer met de auto rijden: naar de dokter, de markt in Poperinge, het kerkhof. We hebben al 8 vrijwillige chauffeurs en een garage die een minibusje wil leasen. De kosten schatten we op ongeveer 7.000 euro per jaar (lease, brandstof, verzekering).

We weten nog niet of we gaan indienen: dat hangt ervan af of zulke werkingskosten in aanmerking komen. Kunt u dat laten weten? En moeten we daarvoor een vzw zijn?

Met vriendelijke groeten,
Rita Seynaeve
0472 19 85 40
""")
s.m('2019-05-09 11:05', 'application', 'nl',
    'the application, written as a reply to the coordinator\'s personal answer (In-Reply-To ans-)', proj='a',
    frm=RITA, to=COORD_PERSON, subject='Re: Vraag: buurtbus voor ouderen in Lo-Reninge',
    irt='<ans-2214@partons.example.org>',
    body="""Beste Lies,

Hartelijk dank voor uw duidelijke uitleg. Dan dienen we hierbij officieel ons projectidee in.

Titel: Buurtbus voor minder mobiele ouderen in Lo-Reninge
Organisatie: S-Plus Lo-Reninge (seniorenvereniging)
Wat: opstart van een vrijwilligersvervoersdienst voor ouderen, met een eigen reservatietelefoon en een samenwerking met het OCMW.
Gevraagd bedrag: 6.500 euro voor de opstart (opleiding chauffeurs, verzekering eerste jaar, reservatiesysteem, aanpassing van het busje, communicatie). De lease en brandstof betalen we met de ritbijdragen en een bijdrage van de gemeente.
Contact: Rita Seynaeve, 0472 19 85 40

Met vriendelijke groeten,
Rita Seynaeve

Op 2-05-2019 om 14:12 schreef Lies Vandamme:
> Beste mevrouw Seynaeve,
>
> Bedankt voor uw vraag. Lopende werkingskosten zoals brandstof en lease komen
> maar beperkt in aanmerking; de bijdrage is vooral bedoeld om een initiatief op
> te starten (opleiding, materiaal, communicatie, verzekering het eerste jaar).
> Een vzw is niet nodig: een feitelijke vereniging kan ook indienen.
>
> Met vriendelijke groeten,
> Lies Vandamme
> Projectcoördinator Partons 2.0
""")

# ------------------------------------------------------------------ H FR inquiry like application, then "we won't apply"
s = Sc('hard', 'FR inquiry with a concrete idea but undecided; later "we will not apply" (sounds like a withdrawal, no project on file)')
DEL = ('Thomas Delanghe', 't.delanghe@free.example.net')
s.m('2019-05-03 14:44', 'inquiry', 'fr', 'idea and cost estimate, but asks about eligibility before deciding to apply',
    frm=DEL, to=COORD_FR, subject='Fresque murale à Bergues - question',
    body="""Bonjour,

Avec quelques parents et l'école de musique, nous aimerions réaliser une fresque murale sur le grand mur de la salle des sports de Bergues, avec les enfants du quartier et un artiste graffeur. Nous estimons le coût à environ 7 000 €, dont 4 000 € d'honoraires pour l'artiste.

Nous ne savons pas encore si nous allons déposer un dossier : tout dépend de votre réponse. Les honoraires d'un artiste sont-ils éligibles ? Et faut-il l'accord écrit de la mairie pour le mur ?

Merci d'avance,
Thomas Delanghe
06 70 38 12 95
""")
s.m('2019-05-10 08:20', 'inquiry', 'fr',
    'reply to the coordinator\'s answer: they will not apply this year; no project was ever submitted', amb=True,
    note_amb='sounds like a withdrawal, but there is no application on file; could also be filed as out_of_scope',
    frm=DEL, to=COORD_PERSON, subject='Re: Fresque murale à Bergues - question', irt='<ans-2033@partons.example.org>',
    body="""Bonjour Madame Vandamme,

Merci beaucoup pour votre réponse rapide et précise. Finalement, nous ne déposerons pas de dossier cette année : la mairie a décidé de repeindre elle-même le mur cet été. Peut-être l'an prochain !

Bien cordialement,
Thomas Delanghe

Le 07/05/2019 à 16:31, Lies Vandamme a écrit :
> Bonjour Monsieur Delanghe,
>
> Oui, les honoraires d'un artiste peuvent être pris en compte s'il travaille
> avec les habitants. L'accord écrit du propriétaire du mur est indispensable.
>
> Bien cordialement,
> Lies Vandamme
""")

# ------------------------------------------------------------------ H FR application ending with a question
s = Sc('hard', 'FR complete application that ends with a real question')
s.proj('a', 'Vélobus et parcours vélo sécurisé vers l\'école', 'APE de l\'école Saint-Joseph de Caëstre',
       'Julie Vandaele', 'ape.caestre@gmail.example.com', 5500, 'fr')
s.m('2019-05-20 21:37', 'application', 'fr', 'full application; the final question does not make it an inquiry', proj='a',
    frm=('APE Caëstre', 'ape.caestre@gmail.example.com'), to=COORD_FR,
    subject='Candidature : vélobus pour l\'école de Caëstre',
    body="""Bonjour,

L'association des parents d'élèves de l'école Saint-Joseph de Caëstre souhaite mettre en place un « vélobus » : deux matins par semaine, des parents accompagnent à vélo les enfants des hameaux jusqu'à l'école, sur un parcours balisé avec la commune.

Nous demandons 5 500 € pour : gilets et casques pour 40 enfants, panneaux de signalisation du parcours, 6 vélos de prêt, une formation « savoir rouler » avec un moniteur, et une fête de lancement.

Partenaires : la mairie de Caëstre (marquage au sol), le club cycliste local, l'école.

Contact : Julie Vandaele, présidente de l'APE, 07 68 12 45 90.

Dernière question : pouvons-nous commencer à acheter les gilets et les panneaux avant la sélection fin juin, ou faut-il attendre ?

Merci et bonne soirée,
Julie Vandaele
""")

# ------------------------------------------------------------------ H new idea + partial withdrawal
s = Sc('hard', 'NL second, different idea by the same council (new_idea, not a reply), later partial withdrawal of the second idea')
s.proj('a', 'Petanquebanen aan de kerk van Proven', 'Dorpsraad Proven', 'Luc Dewitte', 'luc.dewitte@scarlet.example.net', 3500, 'nl')
s.proj('b', 'Boekenruilkast in het oude bushokje', 'Dorpsraad Proven', 'Luc Dewitte', 'luc.dewitte@scarlet.example.net', 1200, 'nl')
LUC = ('Luc Dewitte', 'luc.dewitte@scarlet.example.net')
s.m('2019-04-16 19:50', 'application', 'nl', 'first idea', proj='a',
    frm=LUC, to=COORD_NL, subject='Dorpsraad Proven - projectidee petanquebanen',
    body="""Beste,

De dorpsraad van Proven wil twee petanquebanen aanleggen naast de kerk, met een paar zitbanken en een kleine berging voor de ballen. Zo hebben de ouderen en de jongeren een plek om samen te komen; nu is er in Proven niets.

We vragen 3.500 euro. De gemeente Poperinge zorgt voor de grondwerken.

Met vriendelijke groeten,
Luc Dewitte
voorzitter Dorpsraad Proven
0476 38 20 51
""")
s.m('2019-05-02 20:31', 'new_idea', 'nl',
    'second, unrelated idea in a new mail; mentions the first reference but is a separate project', proj='b',
    frm=LUC, to=COORD_NL, subject='Tweede projectidee Dorpsraad Proven',
    body=lambda R: f"""Beste,

Naast onze petanquebanen ({R.ref('a')}) hebben we op de laatste vergadering nog een tweede, los idee uitgewerkt, dat we graag apart indienen:

Het oude bushokje aan de Provenplein wordt niet meer gebruikt sinds de halte verplaatst is. Wij willen er een boekenruilkast van maken, met een bankje en een prikbord voor het dorp.

Kostprijs: 1.200 euro (kast, schilderwerk, bank, prikbord).

Groeten,
Luc Dewitte
Dorpsraad Proven
""")
s.m('2019-06-05 21:15', 'withdrawal', 'nl', 'partial withdrawal: drops the second idea, keeps the first', proj='b',
    frm=LUC, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('b'), irt=lambda R: R.rid('b'),
    body=lambda R: f"""Beste,

We hebben in de dorpsraad beslist om het tweede idee (de boekenruilkast) te laten vallen: de bibliotheek gaat dit zelf doen. Ons eerste projectidee, de petanquebanen ({R.ref('a')}), blijft uiteraard behouden.

Groeten,
Luc

""" + R.quote('b', 'gmail_nl'))
