"""Ordinary (baseline) scenarios."""
from lib import *

# ------------------------------------------------------------------ O1 Westouter
s = Sc('ordinary', 'NL application (dorpsraad), thank-you reply to the receipt, question after selection')
s.proj('a', 'Ontmoetingsplek in het oud gemeentehuis van Westouter', 'Dorpsraad Westouter',
       'Marleen Vanhove', 'marleen.vanhove@telenet.example.net', 8500, 'nl')
MARLEEN = ('Marleen Vanhove', 'marleen.vanhove@telenet.example.net')
s.m('2019-04-12 20:14', 'application', 'nl', 'plain-text application with amount and total budget', proj='a',
    frm=MARLEEN, to=COORD_ADDR,
    subject='Projectidee Dorpsraad Westouter - ontmoetingsplek oud gemeentehuis',
    body="""Beste,

Namens de dorpsraad van Westouter dien ik graag ons projectidee in voor de oproep "Maak werk van je buurt!".

Sinds het café op het dorpsplein dicht is, heeft Westouter geen plek meer waar mensen elkaar spontaan tegenkomen. Het oude gemeentehuis staat grotendeels leeg en de gemeente Heuvelland is bereid om de benedenverdieping ter beschikking te stellen. Wij willen er een ontmoetingsplek van maken die twee namiddagen per week open is (koffie, kaartnamiddag, boekenruil) en waar verenigingen gratis terecht kunnen.

Wat hebben we nodig? Tafels en stoelen, een eenvoudige keukeninrichting, een kleine bevraging bij de inwoners om de openingsuren te bepalen en een opendeurdag in september.

We vragen 8.500 euro. De totale kost schatten we op 11.200 euro; het verschil komt van de gemeente en van eigen acties (pannenkoekenverkoop).

Er zijn een twaalftal vrijwilligers die willen meedraaien, ook de KVLV en de seniorenraad doen mee.

Met vriendelijke groeten,

Marleen Vanhove
voorzitter Dorpsraad Westouter
Rodebergstraat 14, 8954 Westouter
0473 28 61 90
""")
s.m('2019-04-13 09:02', 'follow_up', 'nl', 'thank-you reply to the receipt', proj='a',
    frm=MARLEEN, to=COORD_NL,
    subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: "Dag,\n\nDank je wel voor de snelle bevestiging!\n\nGroetjes,\nMarleen\n\n" + R.quote('a', 'gmail_nl'))
s.m('2019-07-08 14:25', 'follow_up', 'nl',
    'question about own file after the selection (after the deadline, not late)', proj='a',
    frm=MARLEEN, to=COORD_PERSON,
    subject=lambda R: f"Vraag over aankoop tafels en stoelen - {R.ref('a')}",
    body="""Goeiemiddag Lies,

We kregen het goede nieuws dat ons project geselecteerd is, super!

Mogen we de tafels en stoelen al bestellen, of moeten we wachten tot na de eerste sessie van 26 september? En naar wie sturen we de facturen: naar jou of rechtstreeks naar de provincie?

Groetjes,
Marleen Vanhove
Dorpsraad Westouter
""")

# ------------------------------------------------------------------ O2 Rexpoede
s = Sc('ordinary', 'FR application with PDF, out-of-office (with headers), follow-up after return')
s.proj('a', 'Jardin partagé de la rue du Moulin', 'Comité des fêtes de Rexpoede',
       'Sylvie Deconinck', 'sylvie.deconinck@orange.example.net', 7200, 'fr')
SYLVIE = ('Sylvie Deconinck', 'sylvie.deconinck@orange.example.net')
s.m('2019-04-24 18:37', 'application', 'fr', 'formal application with PDF dossier', proj='a',
    frm=SYLVIE, to=COORD_FR,
    subject='Candidature appel à projets - Jardin partagé Rexpoede',
    body="""Madame, Monsieur,

Le Comité des fêtes de Rexpoede souhaite présenter sa candidature à l'appel à projets « Faites bouger votre quartier ! ».

Notre projet : créer un jardin partagé sur un terrain communal inoccupé de la rue du Moulin. Une vingtaine de familles se sont déjà inscrites lors de notre réunion publique du 6 avril, ainsi que l'école Sainte-Anne qui souhaite y installer deux bacs pédagogiques.

Le montant demandé est de 7 200 € (clôture, cabane à outils, récupérateurs d'eau, bacs surélevés pour les personnes à mobilité réduite, animation par un jardinier-formateur). Le budget total s'élève à 8 900 €, la commune prenant en charge le terrassement.

Vous trouverez le dossier complet en pièce jointe.

Avec nos remerciements et nos salutations distinguées,

Sylvie Deconinck
Secrétaire du Comité des fêtes de Rexpoede
06 84 21 57 30
""",
    attach=[('Dossier_jardin_partage_Rexpoede.pdf',
             make_pdf('Jardin partagé de la rue du Moulin - Rexpoede', [
                 'Porteur : Comité des fêtes de Rexpoede', 'Contact : Sylvie Deconinck, 06 84 21 57 30',
                 '', 'Budget', 'Clôture : 1 900 EUR', 'Cabane à outils : 1 400 EUR',
                 'Récupérateurs d\'eau : 600 EUR', 'Bacs surélevés : 1 800 EUR',
                 'Animation jardinier-formateur : 1 500 EUR', 'Total demandé : 7 200 EUR',
                 'Terrassement (commune) : 1 700 EUR', 'Budget total : 8 900 EUR']), PDF)])
s.m('2019-04-24 18:45', 'auto_reply', 'fr', 'out-of-office reply to the receipt, with Auto-Submitted', proj='a',
    frm=SYLVIE, to=COORD_FR,
    subject=lambda R: 'Réponse automatique : ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
    body="""Bonjour,

Je suis absente du 25 avril au 5 mai inclus. Votre message sera traité à mon retour.
Pour toute urgence concernant le Comité des fêtes, vous pouvez contacter notre président, M. Jacques Hennebelle, au 06 22 19 83 47.

Cordialement,
Sylvie Deconinck
""")
s.m('2019-05-06 09:14', 'follow_up', 'fr', 'back from holiday: confirms the receipt and asks to present the project', proj='a',
    frm=SYLVIE, to=COORD_FR,
    subject=lambda R: 'RE: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonjour,

De retour de congés, je vois votre accusé de réception : tout est correct, merci.
Serait-il possible que vous veniez présenter l'appel à notre comité le 20 mai au soir ? Plusieurs membres ont des questions sur la suite (accompagnement, dates des sessions).

Bien cordialement,
Sylvie Deconinck

""" + R.quote('a', 'outlook_fr'))

# ------------------------------------------------------------------ O3 Izenberge
s = Sc('ordinary', 'NL brainstorm request (inquiry), later application after the brainstorm')
s.proj('a', 'Natuurspeelplek aan de parochiezaal van Izenberge', 'Gezinsbond Izenberge',
       'Koen Lefevere', 'koen.lefevere@skynet.example.net', 6400, 'nl')
KOEN = ('Koen Lefevere', 'koen.lefevere@skynet.example.net')
s.m('2019-04-08 10:15', 'inquiry', 'nl', 'asks for the brainstorm session, no concrete idea yet',
    frm=KOEN, to=COORD_NL, subject='Brainstormsessie aanvragen - Gezinsbond Izenberge',
    body="""Goeiemorgen,

Wij (Gezinsbond afdeling Izenberge) hebben de oproep gelezen en hebben wel interesse, maar nog geen concreet idee. Er wordt een brainstormsessie aangeboden: kan dat bij ons doorgaan, bijvoorbeeld op een weekavond na 20 uur? We kunnen het zaaltje van de parochiezaal gebruiken.

Met vriendelijke groeten,
Koen Lefevere
Gezinsbond Izenberge
0495 61 37 20
""")
s.m('2019-05-21 21:48', 'application', 'nl', 'application after the brainstorm; same sender as the earlier inquiry', proj='a',
    frm=KOEN, to=COORD_NL, subject='Ons projectidee na de brainstorm: natuurspeelplek Izenberge',
    body="""Beste,

Na de brainstorm van 7 mei (nogmaals bedankt aan Pieter voor de begeleiding!) hebben we gekozen voor één idee: een natuurspeelplek op het grasveld naast de parochiezaal van Izenberge. Nu is daar enkel gras; er is in het dorp geen enkele speelplek voor kleine kinderen.

We willen boomstammen, een wilgenhut, een zandzone en een paar zitbanken voor de grootouders. Een landschapsarchitect helpt ons met het ontwerp, en we organiseren twee plantdagen met de buurt.

Gevraagd bedrag: 6.400 euro (ontwerp 1.200, materiaal 4.100, plantdagen 600, communicatie 500).

Groeten,
Koen Lefevere
Gezinsbond Izenberge
0495 61 37 20
""")

# ------------------------------------------------------------------ O5 Reninge school
s = Sc('ordinary', 'NL school application with DOCX, follow-up with a photo (Outlook reply)')
s.proj('a', 'Groene speelplaats voor school en buurt', 'VBS De Regenboog Reninge',
       'Els Maes', 'directie.reninge@scholen.example.org', 9800, 'nl')
ELS = ('Els Maes - VBS De Regenboog', 'directie.reninge@scholen.example.org')
s.m('2019-05-06 13:12', 'application', 'nl', 'short cover mail, details in DOCX project sheet', proj='a',
    frm=ELS, to=COORD_NL, subject='Projectidee VBS De Regenboog Reninge: groene speelplaats',
    body="""Geachte,

In bijlage vindt u de projectfiche van onze school voor de oproep "Maak werk van je buurt!".

In het kort: we willen onze betonnen speelplaats vergroenen en ze na schooltijd en in het weekend openstellen voor de kinderen en ouders uit de buurt. Ouders, buren en de jeugdbeweging helpen mee bij de aanleg.

We vragen 9.800 euro.

Met vriendelijke groet,

Els Maes
directeur VBS De Regenboog
Dorpsstraat 3, 8647 Reninge
057 40 12 88
""",
    attach=[('Projectfiche_groene_speelplaats_Reninge.docx', make_docx('Groene speelplaats voor school en buurt', [
        ('h', 'Organisatie'), 'VBS De Regenboog Reninge (vrije basisschool), contact: Els Maes, directeur, 057 40 12 88',
        ('h', 'Wat willen we doen?'),
        'Een deel van de speelplaats ontharden en vergroenen (moestuinbakken, klimheuvel, bloemenweide) en de speelplaats buiten de schooluren openstellen voor de buurt.',
        ('h', 'Wie doet mee?'), 'Ouderraad, Chiro Reninge, buurtbewoners van de Dorpsstraat en de Lostraat.',
        ('h', 'Begroting'),
        ('table', [['Post', 'Bedrag'], ['Ontwerp landschapsarchitect', '1.500'], ['Materiaal en planten', '6.300'],
                   ['Werkdagen met ouders en buurt', '800'], ['Openingsfeest', '1.200'], ['Gevraagd', '9.800']]),
    ]), DOCX)])
s.m('2019-05-14 16:05', 'follow_up', 'nl', 'sends a photo of the current playground, Outlook-style quote', proj='a',
    frm=ELS, to=COORD_NL,
    subject=lambda R: 'RE: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Beste,

Zoals beloofd bij de infoavond nog een foto van de huidige speelplaats (zoals u ziet: veel asfalt).

Met vriendelijke groet,
Els Maes

""" + R.quote('a', 'outlook_nl'),
    attach=[('speelplaats_nu.jpg', make_jpg(5), JPG)])

# ------------------------------------------------------------------ O6 Ypres Repair Café (EN)
s = Sc('ordinary', 'EN application (Dutch receipt), group autoresponder (X-Autoreply), EN follow-up with photos')
s.proj('a', 'Repair Café Ieper', 'Ypres Repair Café', 'Helen Carter', 'repaircafe.ieper@example.org', 4500, 'nl')
HELEN = ('Helen Carter', 'helen.carter@gmail.example.com')
s.m('2019-04-29 19:22', 'application', 'en', 'English application; Reply-To is the group mailbox', proj='a',
    frm=HELEN, to=COORD_NL, reply_to=('Ypres Repair Café', 'repaircafe.ieper@example.org'),
    subject='Project idea: Repair Café Ieper',
    body="""Dear coordinator,

Apologies for writing in English - my Dutch is still at the "een koffie, alstublieft" level.

We are a group of about 15 neighbours (Belgian, British, Dutch, Polish, Syrian...) who would like to start a monthly Repair Café in the parish hall of Sint-Jan in Ieper. People bring broken lamps, clothes, bikes and small appliances, and volunteers repair them together with the owner, over coffee. It is a good way to get to know each other across language barriers, and it keeps things out of the container park.

We would like to request EUR 4,500 for tools, a soldering station, two sewing machines, insurance for the volunteers and flyers in Dutch, English and French. The total budget is around EUR 5,300; the parish lends the hall for free and we will ask a small voluntary contribution.

Contact: Helen Carter, +32 470 55 81 23 (please use the group address repaircafe.ieper@example.org).

Kind regards,
Helen Carter
Ypres Repair Café
""")
s.m('2019-04-29 19:30', 'auto_reply', 'en', 'group mailbox autoresponder, only X-Autoreply header', proj='a',
    frm=('Ypres Repair Café', 'repaircafe.ieper@example.org'), to=COORD_NL,
    subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    headers={'X-Autoreply': 'yes'},
    body="""Thanks for contacting Ypres Repair Café!

We are all volunteers and we read this mailbox about once a week. Our next Repair Café is announced on our Facebook page.

Bedankt voor je bericht! Wij zijn vrijwilligers en lezen deze mailbox ongeveer één keer per week.
""")
s.m('2019-05-12 11:03', 'follow_up', 'en', 'sends photos of a test session', proj='a',
    frm=HELEN, to=COORD_NL,
    subject=lambda R: f"Photos of our test session ({R.ref('a')})",
    body=lambda R: f"""Hello again,

We did a small test session last Saturday with borrowed tools - 23 visitors and 17 successful repairs! Two photos attached, in case they are useful for the jury.

Reference of our application: {R.ref('a')}.

Best,
Helen
""",
    attach=[('repair1.jpg', make_jpg(61), JPG), ('repair2.jpg', make_jpg(62), JPG)])

# ------------------------------------------------------------------ O7 Kruiseke
s = Sc('ordinary', 'NL application, Outlook read receipt (MDN), clear lowering of the requested amount')
s.proj('a', 'Straatmeesters en buurtfeest in Kruiseke', 'Buurtcomité Kruiseke',
       'Patrick Vandenberghe', 'patrick.vdb@proximus.example.net', 6000, 'nl')
PATRICK = ('Patrick Vandenberghe', 'patrick.vdb@proximus.example.net')
s.m('2019-04-19 22:31', 'application', 'nl', 'application, informal style', proj='a',
    frm=PATRICK, to=COORD_ADDR, subject='aanvraag buurtcomite Kruiseke',
    headers={'Disposition-Notification-To': 'patrick.vdb@proximus.example.net'},
    body="""Hallo,

Wij van het buurtcomité Kruiseke (Wervik) willen graag meedoen met jullie oproep.

Idee: in elke straat van Kruiseke een "straatmeester" die de nieuwe bewoners verwelkomt, een oogje in het zeil houdt bij de oudere mensen en weet wie wat kan (klusjes, vervoer naar de dokter, ...). Om te starten doen we een groot buurtfeest in augustus waar we de straatmeesters voorstellen, en we maken een klein boekje met alle contacten.

We vragen 6000 euro (tent, feest, drukwerk boekje, opleiding straatmeesters door het OCMW).

groeten
Patrick Vandenberghe
buurtcomité Kruiseke
0478 44 90 16
""")
s.m('2019-04-19 22:52', 'auto_reply', 'nl', 'read receipt (disposition-notification) for the receipt', proj='a',
    special='mdn', mdn_for='a', frm=PATRICK,
    subject=lambda R: 'Gelezen: ' + R.rsubj('a'),
    body=lambda R: f"""Uw bericht

  Aan: Patrick Vandenberghe
  Onderwerp: {R.rsubj('a')}
  Verzonden: vrijdag 19 april 2019 {local(R.rdate('a')).strftime('%H:%M')}

werd gelezen op vrijdag 19 april 2019 22:52.
""")
s.m('2019-05-03 08:47', 'changed_values', 'nl', 'lowers the requested amount from 6000 to 5200', proj='a',
    changed={'requested_amount': '5200.00'},
    frm=PATRICK, to=COORD_NL,
    subject=lambda R: 'Antw: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Goeiemorgen,

We hebben onze begroting herbekeken: de tent kunnen we gratis lenen van de stad Wervik. We passen het gevraagde bedrag dus aan naar 5.200 euro.

Groeten,
Patrick

""" + R.quote('a', 'tb_nl'))

# ------------------------------------------------------------------ O8 Boeschepe
s = Sc('ordinary', 'FR application, question about own file, withdrawal')
s.proj('a', 'Fête du moulin et balade du patrimoine', 'Les Amis du Moulin de Boeschepe',
       'Bernard Lefebvre', 'bernard.lefebvre@laposte.example.net', 5000, 'fr')
BERNARD = ('Bernard Lefebvre', 'bernard.lefebvre@laposte.example.net')
s.m('2019-05-09 15:20', 'application', 'fr', 'application', proj='a',
    frm=BERNARD, to=COORD_FR, subject='Appel à projets : fête du moulin de Boeschepe',
    body="""Bonjour,

L'association Les Amis du Moulin de Boeschepe souhaite organiser, avec les habitants, une fête du moulin et une balade guidée du patrimoine du village (moulin, estaminets, chapelles). Le but est de faire (re)découvrir le village aux nouveaux habitants et de créer un groupe de guides bénévoles.

Nous sollicitons 5 000 € : panneaux d'interprétation, formation des guides, location de matériel et communication.

Cordialement,
Bernard Lefebvre
Président des Amis du Moulin de Boeschepe
03 28 49 41 72
""")
s.m('2019-05-23 10:11', 'follow_up', 'fr', 'question about own file (which documents to add)', proj='a',
    frm=BERNARD, to=COORD_FR, subject=lambda R: f"Question dossier {R.ref('a')} (moulin de Boeschepe)",
    body=lambda R: f"""Bonjour,

Concernant notre dossier {R.ref('a')} : faut-il vous fournir les statuts de l'association et un RIB, ou cela viendra-t-il seulement si le projet est retenu ?

Merci d'avance,
Bernard Lefebvre
""")
s.m('2019-06-04 17:45', 'withdrawal', 'fr', 'withdraws the application', proj='a',
    frm=BERNARD, to=COORD_FR,
    subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonjour,

Suite à notre assemblée générale d'hier soir, nous avons décidé de retirer notre candidature : la fête aura bien lieu, mais elle sera entièrement financée par la commune. Autant laisser la place à d'autres villages !

Merci pour votre compréhension et bonne continuation.

Bernard Lefebvre

""" + R.quote('a', 'tb_fr'))

# ------------------------------------------------------------------ O9 spam
s = Sc('ordinary', 'EN SEO spam')
s.m('2019-05-15 03:12', 'out_of_scope', 'en', 'spam', off=0,
    frm=('Digital Growth Team', 'growth@seo-boost.example.com'), to=COORD_ADDR,
    subject='partons.example.org - Page 1 on Google guaranteed',
    body="""Hello,

I was checking your website partons.example.org and noticed it is not ranking for important keywords in your sector.

We can get you on Page 1 of Google within 30 days - guaranteed or your money back. Our packages start at only $199/month.

Reply with "YES" and I will send you a free SEO audit.

Best regards,
Sam Miller
Digital Growth Team

To stop receiving these emails reply "STOP".
""")

# ------------------------------------------------------------------ O10 invoice (before call)
s = Sc('ordinary', 'NL printer invoice with PDF, dated before the call opened')
s.m('2019-03-28 11:30', 'out_of_scope', 'nl', 'invoice for the flyers of the call; dated before the call opened',
    frm=('Drukkerij Vandenbroucke', 'facturatie@drukkerij-vandenbroucke.example.com'), to=COORD_ADDR,
    subject='Factuur 2019/0412 - flyers projectenoproep',
    body="""Geachte,

In bijlage vindt u factuur 2019/0412 voor het drukken van 2.500 flyers A5 "Maak werk van je buurt! / Faites bouger votre quartier !".

Gelieve het bedrag van 487,63 euro te betalen binnen 30 dagen op rekening BE00 0000 0000 0000 met vermelding van het factuurnummer.

Met vriendelijke groeten,
Drukkerij Vandenbroucke bvba
Boterstraat 11, 8900 Ieper
""",
    attach=[('Factuur_2019-0412.pdf', make_pdf('Factuur 2019/0412', [
        'Drukkerij Vandenbroucke bvba', 'Klant: Partons 2.0', '2.500 flyers A5 recto-verso, 135 g',
        'Subtotaal: 403,00 EUR', 'BTW 21%: 84,63 EUR', 'Totaal: 487,63 EUR']), PDF)])

# ------------------------------------------------------------------ O11 Kemmelberg + bounce
s = Sc('ordinary', 'NL application by a retired individual; the receipt bounces (mailbox full)')
s.proj('a', 'Rustbanken langs de wandelroutes van de Kemmelberg', None,
       'Gilbert Verhaeghe', 'gilbert.verhaeghe@hotmail.example.com', 3200, 'nl')
s.m('2019-05-13 10:05', 'application', 'nl', 'individual applicant, no organisation', proj='a',
    frm=('Gilbert Verhaeghe', 'gilbert.verhaeghe@hotmail.example.com'), to=COORD_NL,
    subject='Banken voor wandelaars Kemmelberg',
    body="""Geachte mevrouw, mijnheer,

Ik ben 71 jaar en wandel elke dag op en rond de Kemmelberg. Voor veel oudere mensen uit Kemmel en Loker zijn de wandelingen te lang zonder ergens te kunnen zitten. Ik heb met mijn buren en met de wandelclub De Kemmelse Stappers gesproken en wij zouden graag 8 rustbanken plaatsen langs de bestaande wandelroutes, op plaatsen die we samen met de bewoners kiezen.

Een bank kost ongeveer 400 euro. Ik vraag dus 3.200 euro. Het plaatsen doen wij zelf met de vrijwilligers van de wandelclub, en de gemeente is akkoord.

Met de meeste hoogachting,

Gilbert Verhaeghe
Lindenhoekstraat 27
8956 Kemmel
057 44 63 12
""")
s.m('2019-05-13 10:12', 'bounce', 'en', 'DSN: the receipt could not be delivered (mailbox full)', proj='a',
    special='bounce', bounce_for='a', failed_rcpt='gilbert.verhaeghe@hotmail.example.com',
    status='5.2.2', remote_mta='mx4.hotmail.example.com',
    diag_code='smtp; 552 5.2.2 Requested mail action aborted: exceeded storage allocation',
    diag_human=('host mx4.hotmail.example.com[203.0.113.44] said: 552 5.2.2 Requested mail action '
                'aborted: exceeded storage allocation (in reply to end of DATA command)'),
    queue_id='7C2E41A0F3')

# ------------------------------------------------------------------ O14 colleague (January)
s = Sc('ordinary', 'NL colleague mail about the call text, January (before the call)')
s.m('2019-01-21 08:55', 'out_of_scope', 'nl', 'internal colleague mail, before the call opened',
    frm=('Bart Desmet', 'bart.desmet@provincie.example.org'), to=COORD_PERSON,
    subject='ontwerp oproeptekst MWB 2019 + agenda stuurgroep',
    body="""Dag Lies,

Hierbij mijn opmerkingen bij het ontwerp van de oproeptekst:
- de deadline van 16 juni lijkt me ok, maar zet er zeker "projectidee" en niet "dossier" bij, anders schrikken we mensen af;
- de data van het begeleidingstraject moeten nog bevestigd worden door de Franse partners;
- de vertaling naar het Frans laat ik nalezen door Claire.

Voor de stuurgroep van 7 februari stel ik voor: 1. oproeptekst, 2. communicatieplan, 3. jury.

Groeten,
Bart
""")

# ------------------------------------------------------------------ O15 Bambecque commune + MDN + follow-up
s = Sc('ordinary', 'FR town hall applies itself (PDF), read receipt, council decision as follow-up')
s.proj('a', 'Marché de producteurs mensuel à Bambecque', 'Commune de Bambecque',
       'Anne-Sophie Willaert', 'as.willaert@mairie-bambecque.example.org', 10000, 'fr')
AS = ('Anne-Sophie Willaert', 'as.willaert@mairie-bambecque.example.org')
s.m('2019-05-28 09:41', 'application', 'fr', 'commune as applicant, formal letter style, PDF note', proj='a',
    frm=AS, to=COORD_FR, subject='Candidature de la commune de Bambecque - marché de producteurs',
    body="""Madame, Monsieur,

La commune de Bambecque a l'honneur de vous présenter sa candidature à l'appel à projets « Faites bouger votre quartier ! ».

Il s'agit de créer un marché de producteurs mensuel sur la place, le premier vendredi soir de chaque mois, animé par un collectif d'habitants et de producteurs locaux. Une enquête auprès des habitants a montré une forte demande (146 réponses). La commune demande une participation de 10 000 € pour les stands, l'électricité, la signalétique et l'animation des premières éditions.

Vous trouverez en pièce jointe une note de présentation.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le Maire,
Anne-Sophie Willaert
Secrétaire de mairie
Mairie de Bambecque - 03 28 27 60 14
""",
    attach=[('Note_marche_producteurs_Bambecque.pdf', make_pdf('Marché de producteurs - Bambecque', [
        'Porteur : Commune de Bambecque', 'Montant sollicité : 10 000 EUR', 'Budget total : 13 400 EUR',
        'Partenaires : collectif d\'habitants, 9 producteurs, école de musique']), PDF)])
s.m('2019-05-28 10:20', 'auto_reply', 'fr', 'read receipt (disposition-notification), French', proj='a',
    special='mdn', mdn_for='a', frm=AS, mdn_refs=True,
    subject=lambda R: 'Lu : ' + R.rsubj('a'),
    body=lambda R: f"""Votre message

  À : Anne-Sophie Willaert
  Objet : {R.rsubj('a')}

a été lu le mardi 28 mai 2019 10:20:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""")
s.m('2019-06-14 11:52', 'follow_up', 'fr', 'sends the council decision (PDF)', proj='a',
    frm=AS, to=COORD_FR,
    subject=lambda R: f"{R.ref('a')} - délibération du conseil municipal",
    body=lambda R: f"""Madame, Monsieur,

Pour compléter notre dossier {R.ref('a')} (marché de producteurs), veuillez trouver ci-joint la délibération du conseil municipal du 12 juin 2019 approuvant le projet.

Cordialement,
Anne-Sophie Willaert
Secrétaire de mairie
""",
    attach=[('Deliberation_2019-06-12.pdf', make_pdf('Délibération du conseil municipal - 12 juin 2019', [
        'Objet : marché de producteurs - candidature Partons 2.0', 'Vote : unanimité']), PDF)])

# ------------------------------------------------------------------ O18 Herzeele contact change
s = Sc('ordinary', 'FR application, change of contact person/e-mail/phone, follow-up from the new contact')
s.proj('a', 'Café associatif au foyer rural', 'Foyer rural de Herzeele',
       'Gérard Vanhille', 'foyer.herzeele@orange.example.net', 9500, 'fr')
FOYER = ('Foyer rural de Herzeele', 'foyer.herzeele@orange.example.net')
s.m('2019-04-26 14:03', 'application', 'fr', 'application from the association mailbox', proj='a',
    frm=FOYER, to=COORD_FR, subject='Projet café associatif - Foyer rural de Herzeele',
    body="""Bonjour,

Le Foyer rural de Herzeele voudrait ouvrir un café associatif dans la petite salle du foyer, deux après-midis et un soir par semaine : un lieu convivial sans obligation de consommer, avec jeux de société, point d'information et dépôt de pain le mercredi (il n'y a plus de boulangerie au village).

Nous demandons 9 500 € (aménagement du bar, mobilier, machine à café, formation des bénévoles à l'hygiène, communication).

Contact : Gérard Vanhille, président, 03 28 42 17 55.

Amicalement,
Gérard Vanhille
""")
s.m('2019-05-20 18:16', 'changed_values', 'fr', 'new contact person, e-mail and phone', proj='a',
    changed={'contact_name': 'Nathalie Bollengier', 'email': 'nathalie.bollengier@gmail.example.com',
             'phone': '+33632718814'},
    frm=FOYER, to=COORD_FR, subject=lambda R: f"Changement de contact - dossier {R.ref('a')}",
    body="""Bonjour,

Suite à notre assemblée générale, M. Vanhille a passé la main. La nouvelle présidente et personne de contact pour notre projet de café associatif est Mme Nathalie Bollengier :
- courriel : nathalie.bollengier@gmail.example.com
- tél. : 06 32 71 88 14

Merci d'en prendre note.

Le bureau du Foyer rural de Herzeele
""")
s.m('2019-05-27 20:40', 'follow_up', 'fr', 'the new contact (new address) sends a quote', proj='a',
    frm=('Nathalie Bollengier', 'nathalie.bollengier@gmail.example.com'), to=COORD_FR,
    subject='Café associatif Herzeele - devis machine à café',
    body="""Bonsoir,

Je suis la nouvelle personne de contact pour le café associatif du Foyer rural de Herzeele. Vous trouverez ci-joint le devis pour la machine à café et le petit mobilier, comme demandé par M. Vanhille.

Bien à vous,
Nathalie Bollengier
06 32 71 88 14
""",
    attach=[('Devis_mobilier_cafe.pdf', make_pdf('Devis n° D-2019-118', [
        'Machine à café professionnelle : 1 850 EUR', '6 tables et 24 chaises : 2 280 EUR',
        'Total TTC : 4 130 EUR']), PDF)])

# ------------------------------------------------------------------ O19 EN inquiry
s = Sc('ordinary', 'EN inquiry about eligibility and language')
s.m('2019-04-15 20:40', 'inquiry', 'en', 'eligibility and language questions, no idea yet',
    frm=('Pieter-Jan de Vries', 'pj.devries@example.net'), to=COORD_ADDR,
    subject='Question about the call "Maak werk van je buurt"',
    body="""Hello,

We are a group of Dutch, British and Belgian neighbours in Watou. We are thinking about doing something for our street, but we have two questions before we start:

1. Can a group without any legal status apply?
2. Can we write our project idea in English, or does it need to be in Dutch or French?

Thanks a lot,
Pieter-Jan de Vries
+32 479 20 84 61
""")

# ------------------------------------------------------------------ O20 Oostduinkerke HTML + OOO without headers
s = Sc('ordinary', 'NL HTML-only application; out-of-office without auto headers and without In-Reply-To')
s.proj('a', 'Buurtmoestuin Oostduinkerke-Dorp', 'Buurtwerking Oostduinkerke-Dorp',
       'Sofie Lannoo', 'sofie.lannoo@koksijde-gemeente.example.org', 5600, 'nl')
SOFIE = ('Lannoo Sofie', 'sofie.lannoo@koksijde-gemeente.example.org')
s.m('2019-05-16 12:31', 'application', 'nl', 'HTML-only application', proj='a',
    frm=SOFIE, to=COORD_NL, subject='Projectidee buurtmoestuin Oostduinkerke',
    html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste,</p>
<p>Met een groep buren van Oostduinkerke-Dorp willen we een <b>buurtmoestuin</b> aanleggen op het braakliggende stuk grond achter de Sint-Niklaaskerk. We zijn met 14 gezinnen, en het woonzorgcentrum wil twee verhoogde bakken voor de bewoners.</p>
<p>We vragen <b>5.600 euro</b> voor:</p>
<ul><li>verhoogde bakken en compostvaten</li><li>een tuinhuis voor het gereedschap</li><li>een regenwaterton en pomp</li><li>twee workshops met een moestuincoach</li></ul>
<p>Onze organisatie: Buurtwerking Oostduinkerke-Dorp (feitelijke vereniging).<br>
Contact: Sofie Lannoo, 0472 81 30 55.</p>
<p>Met vriendelijke groeten,<br>Sofie Lannoo</p>
</div></body></html>
""")
s.m('2019-05-16 12:40', 'auto_reply', 'nl',
    'out-of-office without Auto-Submitted and without In-Reply-To; linkable only by subject/sender', proj='a',
    frm=SOFIE, to=COORD_NL, subject=lambda R: 'Afwezig: ' + R.rsubj('a'),
    body="""Beste,

Ik ben afwezig tot en met maandag 20 mei. Uw mail wordt niet doorgestuurd.
Voor dringende zaken kan u terecht bij de dienst Burgerzaken, 058 53 30 00.

Met vriendelijke groeten,
Sofie Lannoo
""")

# ------------------------------------------------------------------ O21 Chiro Woesten (sloppy)
s = Sc('ordinary', 'NL sloppy application by a youth club')
s.proj('a', 'Chirolokalen als buurtlokaal in Woesten', 'Chiro Woesten', 'Lander Dequeker', 'chiro.woesten@gmail.example.com', 8000, 'nl')
s.m('2019-06-02 23:14', 'application', 'nl', 'sloppy, lower-case application by a youth club', proj='a',
    frm=('Chiro Woesten', 'chiro.woesten@gmail.example.com'), to=COORD_ADDR, subject='aanvraag chiro woesten',
    body="""hallo

wij zijn de leiding van chiro woesten. onze lokalen staan de hele week leeg behalve zondag, en in woesten is er geen zaal meer sinds de parochiezaal verkocht is. we willen de lokalen opknappen (keukentje, toiletten, verwarming) zodat de buurt ze ook kan gebruiken voor feestjes, vergaderingen, de seniorennamiddag enz. de ouders en oud-leiding helpen mee met de werken

we vragen 8000 euro ofzo, de offertes hebben we nog niet allemaal

groetjes
lander dequeker (hoofdleiding)
0491 55 20 78
""")

# ------------------------------------------------------------------ O22 Hondschoote + thanks
s = Sc('ordinary', 'FR application and thank-you reply to the receipt (Thunderbird quote)')
s.proj('a', 'Atelier couture et réparation à Hondschoote', 'Hondschoote Solidarité', 'Agnès Vanuxeem',
       'agnes.vanuxeem@orange.example.net', 4200, 'fr')
AGN = ('Agnès Vanuxeem', 'agnes.vanuxeem@orange.example.net')
s.m('2019-05-07 14:55', 'application', 'fr', 'application', proj='a',
    frm=AGN, to=COORD_FR, subject='Candidature Hondschoote Solidarité',
    body="""Bonjour,

Hondschoote Solidarité souhaite ouvrir un atelier couture et réparation deux après-midis par semaine dans l'ancienne école des filles : les habitants y réparent leurs vêtements et petits objets avec l'aide de bénévoles, et les plus âgés transmettent leur savoir-faire aux jeunes.

Nous demandons 4 200 € (4 machines à coudre, outillage, mobilier, communication).

Bien cordialement,
Agnès Vanuxeem
Présidente de Hondschoote Solidarité
06 72 40 18 35
""")
s.m('2019-05-07 18:20', 'follow_up', 'fr', 'thank-you reply to the receipt', proj='a',
    frm=AGN, to=COORD_FR, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: "Merci beaucoup pour votre accusé de réception, nous attendons la suite avec impatience !\n\nAgnès\n\n" + R.quote('a', 'tb_fr'))

# ------------------------------------------------------------------ O23 NL inquiry
s = Sc('ordinary', 'NL eligibility question without an idea on file')
s.m('2019-04-30 08:05', 'inquiry', 'nl', 'eligibility question',
    frm=('Wouter Lefebvre', 'wouter.lefebvre@proximus.example.net'), to=COORD_ADDR,
    subject='Vraag over de projectenoproep',
    body="""Goeiemorgen,

Ik woon in Alveringem en wil met een paar buren iets doen voor onze straat. Mag een groepje buren zonder vereniging indienen, of moeten we ons aansluiten bij de dorpsraad? En moet de gemeente akkoord gaan?

Alvast bedankt,
Wouter Lefebvre
""")

# ------------------------------------------------------------------ O24 Zonnebeke with PDF
s = Sc('ordinary', 'NL application with PDF dossier')
s.proj('a', 'Buurtbib in het oude station van Zonnebeke', 'Vrienden van de Bib Zonnebeke', 'Greet Vermeersch',
       'greet.vermeersch@telenet.example.net', 5500, 'nl')
s.m('2019-05-29 10:45', 'application', 'nl', 'application with PDF', proj='a',
    frm=('Greet Vermeersch', 'greet.vermeersch@telenet.example.net'), to=COORD_NL,
    subject='Projectidee: buurtbib in het oude station van Zonnebeke',
    body="""Beste,

In bijlage ons projectidee. De Vrienden van de Bib Zonnebeke willen in het oude stationsgebouw een kleine buurtbib met leeshoek inrichten, open op woensdag en zaterdag, met voorleesmomenten voor kinderen en een "boek aan huis"-dienst voor ouderen.

Gevraagd bedrag: 5.500 euro.

Met vriendelijke groeten,
Greet Vermeersch
0472 08 55 91
""",
    attach=[('Buurtbib_Zonnebeke.pdf', make_pdf('Buurtbib in het oude station van Zonnebeke', [
        'Organisatie: Vrienden van de Bib Zonnebeke', 'Contact: Greet Vermeersch, 0472 08 55 91',
        'Rekken en leeshoek: 3.200 EUR', 'Boeken: 1.300 EUR', 'Voorleesmomenten en communicatie: 1.000 EUR',
        'Gevraagd: 5.500 EUR']), PDF)])

# ------------------------------------------------------------------ O25 Steenvoorde clear raise
s = Sc('ordinary', 'FR application, clear raise of the requested amount after a quote')
s.proj('a', 'Jardin des aînés à Steenvoorde', 'Steenvoorde Entraide', 'Régis Decool', 'regis.decool@free.example.net', 6000, 'fr')
RD = ('Régis Decool', 'regis.decool@free.example.net')
s.m('2019-04-17 16:30', 'application', 'fr', 'application', proj='a',
    frm=RD, to=COORD_FR, subject='Candidature : jardin des aînés',
    body="""Bonjour,

Steenvoorde Entraide veut aménager, près de la résidence pour personnes âgées, un jardin accessible en fauteuil roulant où les aînés et les enfants du centre de loisirs jardinent ensemble.

Montant demandé : 6 000 €.

Régis Decool
Trésorier - Steenvoorde Entraide
03 28 48 10 26
""")
s.m('2019-05-13 11:10', 'changed_values', 'fr', 'raises the requested amount to 6 800 after a quote', proj='a',
    changed={'requested_amount': '6800.00'},
    frm=RD, to=COORD_FR, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonjour,

Nous avons reçu le devis pour les bacs adaptés aux fauteuils : ils sont plus chers que prévu. Nous portons donc notre demande à 6 800 € au lieu de 6 000 €.

Cordialement,
Régis Decool

""" + R.quote('a', 'gmail_fr'))

# ------------------------------------------------------------------ O26 Hoogstade withdrawal
s = Sc('ordinary', 'NL application and plain withdrawal')
s.proj('a', 'Buurtfeest en dorpswandeling in Hoogstade', 'Dorpscomité Hoogstade', 'Filip Van Acker',
       'filip.vanacker@scarlet.example.net', 2200, 'nl')
FV = ('Filip Van Acker', 'filip.vanacker@scarlet.example.net')
s.m('2019-04-26 20:50', 'application', 'nl', 'application', proj='a',
    frm=FV, to=COORD_NL, subject='Projectidee Dorpscomité Hoogstade',
    body="""Beste,

Het dorpscomité van Hoogstade wil in september een buurtfeest organiseren met een begeleide dorpswandeling langs de oude hoeves, waarbij oudere bewoners hun verhalen vertellen.

We vragen 2.200 euro.

Filip Van Acker
Dorpscomité Hoogstade
0475 14 62 39
""")
s.m('2019-06-09 18:25', 'withdrawal', 'nl', 'plain withdrawal', proj='a',
    frm=FV, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Beste,

Door omstandigheden stopt ons dorpscomité ermee. We trekken ons projectidee daarom in. Bedankt voor de kans.

Filip Van Acker

""" + R.quote('a', 'gmail_nl'))
