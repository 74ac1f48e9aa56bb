"""Hard cases, part 2: changes, resends, links, withdrawals, dates, auto-replies, bounces, reply styles."""
from lib import *

# ------------------------------------------------------------------ reworded -> title change
s = Sc('hard', 'NL reworded text of the same idea with a new title (changed_values project_title)')
s.proj('a', 'Buurtkoor Zillebeke', 'Buurtwerking Zillebeke', 'Ann-Sophie Debaere', 'asdebaere@gmail.example.com', 2500, 'nl')
ASD = ('Ann-Sophie Debaere', 'asdebaere@gmail.example.com')
s.m('2019-04-20 10:40', 'application', 'nl', 'application with explicit title', proj='a',
    frm=ASD, to=COORD_NL, subject='Projectidee: Buurtkoor Zillebeke',
    body="""Hallo,

Projecttitel: Buurtkoor Zillebeke
Organisatie: Buurtwerking Zillebeke
Contact: Ann-Sophie Debaere, 0494 73 02 18

We willen een buurtkoor oprichten voor iedereen uit Zillebeke, zonder auditie, met een professionele dirigent. Twee keer per jaar zingen we samen met de school en het rusthuis.

Gevraagd bedrag: 2.500 euro (dirigent eerste jaar, partituren, keyboard).

Groetjes,
Ann-Sophie
""")
s.m('2019-05-11 15:12', 'changed_values', 'nl', 'reworded text, same idea; new title, amount unchanged', proj='a',
    changed={'project_title': 'Zillebeke zingt samen'},
    frm=ASD, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Hallo,

We hebben onze tekst nog eens herwerkt na overleg met de buren. De nieuwe titel wordt "Zillebeke zingt samen": dat dekt beter de lading, want het gaat niet alleen om een koor maar ook om open zangavonden aan de vijver in de zomer. Het bedrag blijft 2.500 euro.

Herwerkte tekst:
Iedereen uit Zillebeke kan meezingen, zonder auditie. Elke dinsdag repetitie in de parochiezaal met een professionele dirigent, en in juli en augustus drie open zangavonden aan de Zillebekevijver. Samen met de school en het rusthuis.

Groetjes,
Ann-Sophie

""" + R.quote('a', 'gmail_nl'))

# ------------------------------------------------------------------ reworded -> follow_up (ambiguous)
s = Sc('hard', 'NL reworded version of the same idea in a new thread with a new subject (follow_up, ambiguous)')
s.proj('a', 'Deelmaterialenkot Passendale', 'Buurtcomité Passendale-Centrum', 'Wim Boudry', 'wim.boudry@telenet.example.net', 6000, 'nl')
WIM = ('Wim Boudry', 'wim.boudry@telenet.example.net')
s.m('2019-05-04 09:20', 'application', 'nl', 'short application', proj='a',
    frm=WIM, to=COORD_NL, subject='Deelmaterialenkot Passendale',
    body="""Beste,

Buurtcomité Passendale-Centrum wil een "deelmaterialenkot": een container naast de sporthal waar buren gereedschap, ladders, een aanhangwagen en feestmateriaal kunnen lenen.

We vragen 6.000 euro.

Wim Boudry
0468 20 55 19
""")
s.m('2019-05-18 22:04', 'follow_up', 'nl',
    'new thread, new subject, "this version replaces the previous one": same idea, title and amount', proj='a', amb=True,
    note_amb='a service could take it for a new application or a new_idea; it is the same idea reworded',
    frm=WIM, to=COORD_NL, subject='Aangepaste versie projectidee buurtcomité Passendale',
    body="""Beste,

Na onze bewonersvergadering van gisteren hebben we ons idee beter uitgeschreven. Deze versie vervangt de vorige.

Deelmaterialenkot Passendale
In Passendale heeft niet iedereen een garage vol gereedschap, maar samen hebben we alles. We plaatsen een zeecontainer naast de sporthal, ingericht met rekken. Buren kunnen er gereedschap, ladders, een aanhangwagen, een hogedrukreiniger, partytenten en feesttafels lenen via een app of bij de twee vaste "kotbazen". Wie iets leent, helpt een keer per jaar mee aan het onderhoud.

Wie doet mee: Buurtcomité Passendale-Centrum, de KWB, de scouts (voor de tenten) en 34 gezinnen die al materiaal willen inbrengen.

Budget: we vragen nog steeds 6.000 euro (container en inrichting 3.800, aankoop basismateriaal 1.500, app en communicatie 700).

Groeten,
Wim Boudry
0468 20 55 19
""")

# ------------------------------------------------------------------ FR new idea in reply thread + late new idea
s = Sc('hard', 'FR second idea written as reply to the first receipt (new_idea), follow-up on it, third idea after the deadline (late)')
s.proj('a', 'Ludothèque itinérante', 'Familles Rurales Houtkerque', 'Céline Top', 'celine.top@orange.example.net', 6000, 'fr')
s.proj('b', 'Poulailler collectif', 'Familles Rurales Houtkerque', 'Céline Top', 'celine.top@orange.example.net', 2500, 'fr')
s.proj('c', 'Troc de plantes et de graines', 'Familles Rurales Houtkerque', 'Céline Top', 'celine.top@orange.example.net', 800, 'fr')
CEL = ('Céline Top', 'celine.top@orange.example.net')
s.m('2019-04-23 14:10', 'application', 'fr', 'first idea', proj='a',
    frm=CEL, to=COORD_FR, subject='Projet ludothèque itinérante - Familles Rurales Houtkerque',
    body="""Bonjour,

Familles Rurales Houtkerque souhaite créer une ludothèque itinérante : une remorque aménagée remplie de jeux qui passe chaque semaine dans un hameau différent (Houtkerque, Herzeele, Winnezeele), avec des bénévoles qui animent des après-midis jeux pour les familles et les aînés.

Montant demandé : 6 000 € (remorque, aménagement, jeux, assurance).

Céline Top
Familles Rurales Houtkerque
06 31 58 27 44
""")
s.m('2019-04-29 20:45', 'new_idea', 'fr',
    'reply to the first receipt, but presents a second, unrelated project to be registered separately', proj='b',
    frm=CEL, to=COORD_FR, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonjour,

Merci pour l'accusé de réception. Lors de notre réunion de samedi, une autre idée est sortie, qui n'a rien à voir avec la ludothèque : un poulailler collectif derrière la salle des fêtes. Chaque famille participante apporte ses épluchures et récupère des oeufs, et les enfants de l'école s'occupent des poules le mercredi.

Nous voudrions le présenter comme un deuxième projet, séparé du premier. Budget : 2 500 € (poulailler, clôture, 8 poules, composteur).

Céline

""" + R.quote('a', 'gmail_fr'))
s.m('2019-04-30 08:15', 'follow_up', 'fr', 'reply to the second receipt: landowner\'s agreement (PDF)', proj='b',
    frm=CEL, to=COORD_FR, subject=lambda R: 'Re: ' + R.rsubj('b'), irt=lambda R: R.rid('b'),
    body=lambda R: """Bonjour,

Petite précision pour le poulailler : le terrain appartient à la commune, qui est d'accord. Je joins le courrier du maire.

Céline

""" + R.quote('b', 'gmail_fr'),
    attach=[('Accord_mairie_poulailler.pdf', make_pdf('Mairie de Houtkerque', [
        'Objet : mise à disposition d\'un terrain derrière la salle des fêtes',
        'La commune donne son accord pour l\'installation d\'un poulailler collectif.']), PDF)])
s.m('2019-06-21 19:12', 'new_idea', 'fr', 'third, different idea sent after the deadline', proj='c',
    frm=CEL, to=COORD_FR, subject='Encore une idée : troc de plantes à Houtkerque',
    body="""Bonjour,

Je sais que la date limite est passée, mais au cas où : nous aimerions aussi organiser deux fois par an un troc de plantes et de graines sur la place, avec une grainothèque à la mairie. Cela coûterait environ 800 €.

Si ce n'est plus possible cette année, ce n'est pas grave.

Céline Top
Familles Rurales Houtkerque
""")

# ------------------------------------------------------------------ loose amount changes
s = Sc('hard', 'NL amount raised loosely ("eerder 9.200 i.p.v. 8.000") in a top-posted reply, then corrected again to 9.000')
s.proj('a', 'Dorpsfeest en dorpsbabbels in Keiem', 'Feestcomité Keiem', 'Geert Vanhoutte', 'geert.vanhoutte@proximus.example.net', 8000, 'nl')
GEERT = ('Geert Vanhoutte', 'geert.vanhoutte@proximus.example.net')
s.m('2019-05-05 17:44', 'application', 'nl', 'application', proj='a',
    frm=GEERT, to=COORD_NL, subject='Projectidee Keiem',
    body="""Dag,

Het feestcomité van Keiem wil het jaarlijkse dorpsfeest omvormen tot een echt buurtgebeuren: in plaats van enkel een bal komen er "dorpsbabbels" in een grote tent (verhalen van oudere Keiemnaars, foto's, muziek van de school) en een gezamenlijk ontbijt.

Wij vragen 8.000 euro (tent, geluid, ontbijt, fototentoonstelling, begeleiding door een verteller).

Groeten,
Geert Vanhoutte
Feestcomité Keiem
0477 50 23 84
""")
s.m('2019-05-19 10:22', 'changed_values', 'nl', 'top-posted, loose wording: "eerder 9.200 i.p.v. 8.000"', proj='a',
    changed={'requested_amount': '9200.00'},
    frm=GEERT, to=COORD_NL, subject=lambda R: 'RE: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Dag Lies,

we gaan toch wat meer nodig hebben, eerder 9.200 i.p.v. 8.000 (we moeten een grotere tent huren, die van de gemeente is afgekeurd).

Groeten, Geert

""" + R.quote('a', 'outlook_nl'))
s.m('2019-05-19 18:05', 'changed_values', 'nl', 'corrects the change again: 9.000 instead of 9.200', proj='a',
    changed={'requested_amount': '9000.00'},
    frm=GEERT, to=COORD_NL, subject=lambda R: 'RE: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Correctie: het wordt 9.000, niet 9.200 - de verhuurder geeft ons toch korting. Sorry voor de verwarring!

Geert

""" + R.quote('a', 'outlook_nl'))

# ------------------------------------------------------------------ total budget only
s = Sc('hard', 'FR total budget changes, requested amount explicitly unchanged')
s.proj('a', 'Salle de convivialité dans l\'ancienne école', 'Les Amis de Flêtre', 'Dominique Heyman',
       'dominique.heyman@laposte.example.net', 10000, 'fr')
DOM = ('Dominique Heyman', 'dominique.heyman@laposte.example.net')
s.m('2019-05-15 10:30', 'application', 'fr', 'application with requested amount and total budget', proj='a',
    frm=DOM, to=COORD_FR, subject='Candidature - salle de convivialité Flêtre',
    body="""Bonjour,

Les Amis de Flêtre veulent transformer une classe de l'ancienne école en salle de convivialité ouverte aux habitants : goûters des aînés, réunions des associations, aide aux devoirs.

Nous demandons 10 000 € sur un budget total de 14 000 € (menuiserie et peinture, mobilier, petite cuisine, inauguration). La commune apporte 4 000 €.

Dominique Heyman
Président - Les Amis de Flêtre
03 28 40 15 62
""")
s.m('2019-06-06 16:48', 'changed_values', 'fr', 'new total budget 15 800; requested amount stays 10 000', proj='a',
    changed={'total_budget': '15800.00'},
    frm=DOM, to=COORD_FR, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonjour,

Nous avons reçu le devis du menuisier : le budget total passe à 15 800 €. Nous demandons toujours 10 000 € ; la différence sera couverte par la commune et par notre brocante de septembre.

Cordialement,
Dominique Heyman

""" + R.quote('a', 'tb_fr'))

# ------------------------------------------------------------------ contact person change NL
s = Sc('ordinary', 'NL contact person hands over: new name, e-mail and phone (new contact in Cc)')
s.proj('a', 'Speeltuin naast de kerk van Woumen', 'Dorpsraad Woumen', 'Marc Vanneste', 'marc.vanneste@telenet.example.net', 9000, 'nl')
MARC = ('Marc Vanneste', 'marc.vanneste@telenet.example.net')
s.m('2019-04-27 11:05', 'application', 'nl', 'application', proj='a',
    frm=MARC, to=COORD_NL, subject='projectidee dorpsraad Woumen: speeltuin',
    body="""Beste,

Woumen heeft geen speeltuin. De dorpsraad wil er een aanleggen op het grasveld naast de kerk, samen met de ouders en de jeugdbeweging, en met een paar toestellen die ook voor kinderen met een beperking bruikbaar zijn.

Gevraagd bedrag: 9.000 euro.
Contact: Marc Vanneste, voorzitter, 0475 80 12 63.

Met vriendelijke groeten,
Marc Vanneste
""")
s.m('2019-06-12 19:40', 'changed_values', 'nl', 'new contact person with new e-mail and phone', proj='a',
    changed={'contact_name': 'Griet Desender', 'email': 'griet.desender@gmail.example.com', 'phone': '+32476123456'},
    frm=MARC, to=COORD_NL, cc=('Griet Desender', 'griet.desender@gmail.example.com'),
    subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Beste,

Ik stop als voorzitter van de dorpsraad (ik verhuis naar Brugge). Vanaf nu is Griet Desender het aanspreekpunt voor ons project: griet.desender@gmail.example.com, 0476 12 34 56. Ik zet haar in kopie.

Bedankt voor alles en veel succes,
Marc

""" + R.quote('a', 'gmail_nl'))

# ------------------------------------------------------------------ changed e-mail FR (from new address)
s = Sc('hard', 'FR applicant announces a new e-mail address, writing from the new address; later a follow-up from it')
s.proj('a', 'Atelier cuisine intergénérationnel', 'Amicale laïque de Hondeghem', 'Patricia Leroy', 'p.leroy@wanadoo.example.com', 4000, 'fr')
s.m('2019-04-18 17:20', 'application', 'fr', 'application', proj='a',
    frm=('Patricia Leroy', 'p.leroy@wanadoo.example.com'), to=COORD_FR,
    subject='Candidature Amicale laïque de Hondeghem',
    body="""Bonjour,

L'Amicale laïque de Hondeghem propose un atelier cuisine intergénérationnel : un mercredi par mois, les aînés du village apprennent leurs recettes flamandes aux enfants et aux jeunes parents, puis tout le monde mange ensemble à la salle polyvalente.

Nous demandons 4 000 € (équipement de cuisine, ingrédients la première année, livret de recettes).

Patricia Leroy, secrétaire
06 09 27 51 38
""")
s.m('2019-05-24 09:12', 'changed_values', 'fr', 'new e-mail address, announced from the new address (different sender)', proj='a',
    changed={'email': 'patricia.leroy59@gmail.example.com'},
    frm=('Patricia Leroy', 'patricia.leroy59@gmail.example.com'), to=COORD_FR,
    subject='Changement d\'adresse mail - atelier cuisine Hondeghem',
    body="""Bonjour,

Mon adresse wanadoo va être fermée à la fin du mois. Merci d'utiliser désormais cette adresse-ci pour notre dossier (atelier cuisine intergénérationnel, Amicale laïque de Hondeghem).

Bonne journée,
Patricia Leroy
""")
s.m('2019-06-03 14:37', 'follow_up', 'fr', 'photos of a test workshop, sent from the new address', proj='a',
    frm=('Patricia Leroy', 'patricia.leroy59@gmail.example.com'), to=COORD_FR,
    subject='Photos atelier cuisine Hondeghem',
    body="""Bonjour,

Voici deux photos de notre atelier « test » de samedi dernier (waterzooi et tarte au sucre !), pour compléter notre dossier.

Patricia Leroy
Amicale laïque de Hondeghem
""",
    attach=[('atelier1.jpg', make_jpg(71), JPG), ('atelier2.jpg', make_jpg(72), JPG)])

# ------------------------------------------------------------------ exact resend
s = Sc('hard', 'NL exact resend of an application (same text and attachment), then "sorry, sent it twice"')
s.proj('a', 'Geveltuintjes in de Sint-Jansstraat', 'Buurtcomité Sint-Jan Ieper', 'Frederik Mahieu',
       'frederik.mahieu@telenet.example.net', 3000, 'nl')
FRED = ('Frederik Mahieu', 'frederik.mahieu@telenet.example.net')
_fred_body = """Beste,

In bijlage het projectidee van het Buurtcomité Sint-Jan (Ieper): we willen samen met de bewoners 40 geveltuintjes aanleggen in de Sint-Jansstraat en de zijstraten, met een plantdag en een wedstrijd "mooiste geveltuin".

We vragen 3.000 euro.

Met vriendelijke groeten,
Frederik Mahieu
Buurtcomité Sint-Jan
0499 31 07 66
"""
_fred_docx = make_docx('Geveltuintjes in de Sint-Jansstraat', [
    ('h', 'Organisatie'), 'Buurtcomité Sint-Jan Ieper',
    ('h', 'Projectidee'), '40 geveltuintjes, plantdag op 28 september, wedstrijd mooiste geveltuin.',
    ('h', 'Budget'), 'Gevraagd: 3.000 euro (planten 1.600, uitbreken stoeptegels door de stad, gereedschap 600, plantdag 800).'])
s.m('2019-05-22 21:05', 'application', 'nl', 'application with DOCX', proj='a',
    frm=FRED, to=COORD_NL, subject='Projectidee geveltuintjes Sint-Jan Ieper', body=_fred_body,
    attach=[('Projectidee_geveltuintjes.docx', _fred_docx, DOCX)])
s.m('2019-05-24 07:58', 'follow_up', 'nl', 'exact resend (same subject, body and attachment, new Message-ID)', proj='a',
    frm=FRED, to=COORD_NL, subject='Projectidee geveltuintjes Sint-Jan Ieper', body=_fred_body,
    attach=[('Projectidee_geveltuintjes.docx', _fred_docx, DOCX)])
s.m('2019-05-24 12:30', 'follow_up', 'nl', 'apologises for sending it twice', proj='a',
    frm=FRED, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Dag,

Ik zie dat ik ons projectidee twee keer verstuurd heb, sorry! Het is uiteraard één en hetzelfde project.

Frederik

""" + R.quote('a', 'gmail_nl'))

# ------------------------------------------------------------------ resend with the attachment added
s = Sc('hard', 'FR application announcing an attachment that is missing, resent 17 minutes later with the attachment')
s.proj('a', 'Sentier du patrimoine de Quaëdypre', 'Quaëdypre Patrimoine', 'Henri Dewaele', 'henri.dewaele@orange.example.net', 5200, 'fr')
HENRI = ('Henri Dewaele', 'henri.dewaele@orange.example.net')
_henri = """Madame, Monsieur,

L'association Quaëdypre Patrimoine souhaite créer, avec les habitants et l'école, un sentier du patrimoine de 6 km reliant l'église, les deux chapelles, l'ancien moulin et la frontière de la Colme. Les textes des panneaux seront écrits par les habitants eux-mêmes (souvenirs, anecdotes), en français et en flamand.

Nous demandons 5 200 €. Vous trouverez ci-joint notre budget détaillé.

Veuillez agréer nos salutations distinguées.

Henri Dewaele
Président de Quaëdypre Patrimoine
03 28 68 90 21
"""
s.m('2019-06-08 10:14', 'application', 'fr', 'says "ci-joint notre budget" but has no attachment', proj='a',
    frm=HENRI, to=COORD_FR, subject='Candidature sentier du patrimoine Quaëdypre', body=_henri, charset='windows-1252')
s.m('2019-06-08 10:31', 'follow_up', 'fr', 'whole mail resent with the missing attachment added', proj='a',
    frm=HENRI, to=COORD_FR, subject='Candidature sentier du patrimoine Quaëdypre (avec la pièce jointe)',
    body="Oups, j'avais oublié la pièce jointe. Je renvoie donc le message complet.\n\n" + _henri, charset='windows-1252',
    attach=[('Budget_sentier_Quaedypre.pdf', make_pdf('Budget - Sentier du patrimoine', [
        'Panneaux (8) : 2 800 EUR', 'Balisage : 600 EUR', 'Ateliers d\'écriture : 900 EUR',
        'Inauguration : 400 EUR', 'Dépliant : 500 EUR', 'Total demandé : 5 200 EUR']), PDF)])

# ------------------------------------------------------------------ receipt bounces at work address; resend from private address
s = Sc('hard', 'NL application from a work address; receipt rejected by work spam filter; resend from private address')
s.proj('a', 'Kermis in een nieuw jasje: buurtspelen in Pervijze', 'Kermiscomité Pervijze', 'Bert Claeys',
       'bert.claeys@bouwbedrijf-claeys.example.com', 5000, 'nl')
_bert = """Beste,

Het kermiscomité van Pervijze wil de kermis nieuw leven inblazen met buurtspelen tussen de wijken (touwtrekken, zeepkistenrace, volksspelen) en een gezamenlijke maaltijd. Vroeger kwam het hele dorp naar de kermis, nu nog amper 50 man.

We vragen 5.000 euro (volksspelen, zeepkistenmateriaal, tent, maaltijd, affiches).

Met vriendelijke groeten,
Bert Claeys
Kermiscomité Pervijze
0474 63 11 29
"""
s.m('2019-05-13 11:40', 'application', 'nl', 'application from the applicant\'s work address', proj='a',
    frm=('Bert Claeys', 'bert.claeys@bouwbedrijf-claeys.example.com'), to=COORD_NL,
    subject='Kermiscomité Pervijze - projectidee', body=_bert)
s.m('2019-05-13 11:46', 'bounce', 'en', 'DSN: the receipt was rejected as spam by the work mail server', proj='a',
    special='bounce', bounce_for='a', failed_rcpt='bert.claeys@bouwbedrijf-claeys.example.com',
    status='5.7.1', remote_mta='mail.bouwbedrijf-claeys.example.com',
    diag_code='smtp; 550 5.7.1 Message rejected as spam by Content Filtering.',
    diag_human=('host mail.bouwbedrijf-claeys.example.com[198.51.100.23] said: 550 5.7.1 Message rejected '
                'as spam by Content Filtering. (in reply to end of DATA command)'),
    queue_id='3F9D20B51A')
s.m('2019-05-20 20:15', 'follow_up', 'nl',
    'same application resent from a private address ("not sure it arrived"); not a change of e-mail', proj='a',
    frm=('Bert Claeys', 'bert.claeys@hotmail.example.com'), to=COORD_NL,
    subject='Fw: Kermiscomité Pervijze - projectidee',
    body="""Beste,

Ik weet niet zeker of mijn mail van vorige week goed is toegekomen (ik stuurde hem van op het werk en kreeg niks terug), daarom stuur ik hem nog eens van mijn eigen adres.

Groeten,
Bert

----- Doorgestuurd bericht -----
Van: Bert Claeys <bert.claeys@bouwbedrijf-claeys.example.com>
Verzonden: maandag 13 mei 2019 11:40
Aan: coordinator@partons.example.org
Onderwerp: Kermiscomité Pervijze - projectidee

""" + _bert)

# ------------------------------------------------------------------ WeTransfer link, then attachment after the deadline
s = Sc('hard', 'NL application with files behind a WeTransfer link; after the deadline the files as attachments (on-time project, not late)')
s.proj('a', 'Skatepleintje en hangplek aan de sporthal', 'Jeugdraad Koekelare', 'Jens Verbeke', 'jeugdraad.koekelare@gmail.example.com', 9900, 'nl')
JENS = ('Jeugdraad Koekelare', 'jeugdraad.koekelare@gmail.example.com')
s.m('2019-06-10 22:48', 'application', 'nl', 'details behind a WeTransfer link; amount in the mail', proj='a',
    frm=JENS, to=COORD_NL, subject='projectidee jeugdraad koekelare',
    body="""Hey,

Ons volledig dossier (projectfiche, begroting, plannetje en foto's) kan je downloaden via WeTransfer: https://we.tl/t-7QmZk2Lx9p (de link is 7 dagen geldig).

Kort: de jeugdraad wil samen met de jongeren en de buren een klein skatepleintje en een overdekte hangplek aanleggen naast de sporthal, met een muur voor graffiti. We vragen 9.900 euro.

Groetjes,
Jens Verbeke
voorzitter jeugdraad Koekelare
0491 08 72 33
""")
s.m('2019-06-19 13:20', 'follow_up', 'nl',
    'link expired; sends the files as attachments after the deadline (follow-up of an on-time project, not late)', proj='a',
    frm=JENS, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Hey,

Ik kreeg een melding dat de WeTransfer-link verlopen is voor hij gedownload werd. Hierbij dus alsnog de projectfiche en de begroting als bijlage.

Jens

""" + R.quote('a', 'gmail_nl'),
    attach=[('Projectfiche_skatepleintje.docx', make_docx('Skatepleintje en hangplek aan de sporthal', [
        ('h', 'Organisatie'), 'Jeugdraad Koekelare', ('h', 'Contact'), 'Jens Verbeke, 0491 08 72 33',
        ('h', 'Wat'), 'Skate-elementen, overdekte hangplek, graffitimuur; bouwdagen met jongeren en buren.']), DOCX),
            ('Begroting_skatepleintje.pdf', make_pdf('Begroting skatepleintje', [
                'Skate-elementen: 5.600 EUR', 'Overdekte hangplek: 3.100 EUR', 'Graffitimuur en verf: 700 EUR',
                'Bouwdagen: 500 EUR', 'Gevraagd: 9.900 EUR']), PDF)])

# ------------------------------------------------------------------ Google Drive, amount only in the linked file
s = Sc('hard', 'FR application with Google Drive link, amount only in the linked file; next day the amount and a DOCX')
s.proj('a', 'Aire de jeux naturelle à Socx', 'Collectif Vivre à Socx', 'Aurélie Bruneel', 'aurelie.bruneel@free.example.net', None, 'fr')
AUR = ('Aurélie Bruneel', 'aurelie.bruneel@free.example.net')
s.m('2019-06-14 18:22', 'application', 'fr', 'files behind a Google Drive link; amount not in the mail', proj='a',
    frm=AUR, to=COORD_FR, subject='Candidature Collectif Vivre à Socx',
    body="""Bonjour,

Voici notre candidature. Tout notre dossier (présentation, budget, photos du terrain) est sur ce Google Drive :
https://drive.google.com/drive/folders/1xK9vQeR7mLpT3sWzYb0nA4dEmo

En résumé : le Collectif Vivre à Socx veut aménager une aire de jeux naturelle (troncs, rondins, tunnel de saule) sur le terrain derrière la mairie, avec des chantiers participatifs le samedi.

Cordialement,
Aurélie Bruneel
06 52 30 71 84
""",
    html="""<html><body><p>Bonjour,</p><p>Voici notre candidature. Tout notre dossier (présentation, budget, photos du terrain) est sur ce <a href="https://drive.google.com/drive/folders/1xK9vQeR7mLpT3sWzYb0nA4dEmo">Google Drive</a>.</p>
<p>En résumé : le Collectif Vivre à Socx veut aménager une aire de jeux naturelle (troncs, rondins, tunnel de saule) sur le terrain derrière la mairie, avec des chantiers participatifs le samedi.</p>
<p>Cordialement,<br>Aurélie Bruneel<br>06 52 30 71 84</p></body></html>""")
s.m('2019-06-15 09:05', 'follow_up', 'fr', 'supplies the missing amount (8 600) and the dossier as DOCX', proj='a',
    frm=AUR, to=COORD_FR, subject=lambda R: 'RE: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonjour,

Je vois dans votre accusé de réception que le montant n'apparaît pas : il était dans le document sur le Drive. Nous demandons 8 600 €. Je vous joins aussi le dossier en Word au cas où vous n'auriez pas accès au Drive.

Aurélie

""" + R.quote('a', 'outlook_fr'),
    attach=[('Dossier_aire_de_jeux_Socx.docx', make_docx('Aire de jeux naturelle à Socx', [
        ('h', 'Porteur'), 'Collectif Vivre à Socx', ('h', 'Budget'),
        ('table', [['Poste', 'Montant'], ['Troncs et rondins', '3 900'], ['Tunnel de saule', '1 200'],
                   ['Sol amortissant', '2 500'], ['Chantiers participatifs', '1 000'], ['Total demandé', '8 600']])]), DOCX)])

# ------------------------------------------------------------------ withdrawal after selection
s = Sc('hard', 'NL application asking "het maximum", photos, withdrawal after the selection')
s.proj('a', 'Oude school Lampernisse wordt dorpshuis', 'Dorpsraad Lampernisse', 'Nele Vermote', 'nele.vermote@telenet.example.net', 10000, 'nl')
NELE = ('Nele Vermote', 'nele.vermote@telenet.example.net')
s.m('2019-05-02 20:00', 'application', 'nl', 'amount stated as "het maximumbedrag" (10 000)', proj='a',
    frm=NELE, to=COORD_NL, subject='Projectidee Dorpsraad Lampernisse: dorpshuis in de oude school',
    body="""Beste,

De oude dorpsschool van Lampernisse staat sinds 2015 leeg. De dorpsraad wil er met de bewoners een dorpshuis van maken: een zaal voor de verenigingen, een kleine bib en een plek voor de jaarlijkse dorpsmaaltijd.

Voor de haalbaarheidsstudie, de begeleiding door een architect en een participatietraject met de bewoners vragen we het maximumbedrag van de oproep.

Met vriendelijke groeten,
Nele Vermote
secretaris Dorpsraad Lampernisse
0486 41 92 07
""")
s.m('2019-05-25 14:33', 'follow_up', 'nl', 'photos of the building', proj='a',
    frm=NELE, to=COORD_NL, subject=lambda R: f"Foto's oude school Lampernisse ({R.ref('a')})",
    body="""Dag,

Zoals gevraagd enkele foto's van het schoolgebouw, binnen en buiten.

Nele
""",
    attach=[('school_buiten.jpg', make_jpg(81), JPG), ('school_binnen.jpg', make_jpg(82), JPG)])
s.m('2019-07-04 10:02', 'withdrawal', 'nl', 'withdraws after the selection; municipality funds it', proj='a',
    frm=NELE, to=COORD_PERSON, subject=lambda R: f"Intrekking project {R.ref('a')} - Dorpsraad Lampernisse",
    body=lambda R: f"""Beste Lies,

Na de selectie kregen we goed nieuws van de stad Diksmuide: zij nemen de herbestemming van de oude school volledig op in het meerjarenplan. We trekken ons project ({R.ref('a')}) daarom in, zodat een ander project de kans krijgt.

Bedankt voor alles, en misschien tot een volgende keer!

Nele Vermote
Dorpsraad Lampernisse
""")

# ------------------------------------------------------------------ not a withdrawal (session)
s = Sc('hard', 'NL application, holiday auto-reply, later "we can\'t make the 26 September session" (not a withdrawal)')
s.proj('a', 'Buurtkeuken Elverdinge', 'Buurtwerking Elverdinge', 'Karel Devos', 'karel.devos@proximus.example.net', 7000, 'nl')
KAREL = ('Karel Devos', 'karel.devos@proximus.example.net')
s.m('2019-05-24 19:15', 'application', 'nl', 'application', proj='a',
    frm=KAREL, to=COORD_NL, subject='Projectidee buurtkeuken Elverdinge',
    body="""Beste,

Buurtwerking Elverdinge wil een buurtkeuken starten in de parochiezaal: elke donderdag koken vrijwilligers met overschotten van de lokale boeren en winkels een betaalbare maaltijd, en iedereen eet samen. Wie wil, kookt mee.

We vragen 7.000 euro (keukenmateriaal, koelcel, hygiëneopleiding, communicatie).

Met vriendelijke groeten,
Karel Devos
0479 26 83 10
""")
s.m('2019-05-24 19:20', 'auto_reply', 'nl', 'holiday auto-reply with Auto-Submitted', proj='a',
    frm=KAREL, to=COORD_NL, subject=lambda R: 'Automatisch antwoord: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    headers={'Auto-Submitted': 'auto-replied'},
    body="""Afwezigheidsbericht: ik ben met vakantie van 25 mei tot en met 2 juni. Ik beantwoord uw mail na mijn terugkeer.

Karel Devos
""")
s.m('2019-08-20 11:40', 'follow_up', 'nl',
    'cannot attend the 26 September session, asks if someone else may come; the project continues (not a withdrawal)',
    proj='a', frm=KAREL, to=COORD_PERSON, subject='Sessie 26 september - buurtkeuken Elverdinge',
    body="""Dag Lies,

Helaas kan ik er op 26 september niet bij zijn (ik moet die week geopereerd worden). Kan iemand anders van ons bestuur in mijn plaats komen, bv. Sara Bouckaert? Ons project gaat uiteraard gewoon door!

Groeten,
Karel Devos
Buurtwerking Elverdinge
""")

# ------------------------------------------------------------------ "nous abandonnons" = reduction (ambiguous)
s = Sc('hard', 'FR "we abandon the bread oven": reduction of the same project (new title and amount), sounds like a withdrawal')
s.proj('a', 'Jardin partagé et four à pain du Bourg', 'Comité de quartier du Bourg de Steenwerck', 'Francis Deroo',
       'francis.deroo@orange.example.net', 9000, 'fr')
FRA = ('Francis Deroo', 'francis.deroo@orange.example.net')
s.m('2019-05-17 20:20', 'application', 'fr', 'application for a garden plus bread oven', proj='a',
    frm=FRA, to=COORD_FR, subject='Candidature comité de quartier du Bourg - Steenwerck',
    body="""Bonsoir,

Le Comité de quartier du Bourg de Steenwerck propose un jardin partagé avec un four à pain collectif, derrière la salle Saint-Jean. Le four servirait pour des fournées mensuelles ouvertes à tous.

Budget demandé : 9 000 € (jardin 5 500 €, four à pain 3 500 €).

Francis Deroo
06 14 83 62 07
""")
s.m('2019-06-13 21:02', 'changed_values', 'fr',
    'drops the bread oven: new title and lower amount for the same project', proj='a', amb=True,
    note_amb='"nous abandonnons" could be read as a (partial) withdrawal; it reduces the same project',
    changed={'project_title': 'Jardin partagé du Bourg', 'requested_amount': '6000.00'},
    frm=FRA, to=COORD_FR, subject=lambda R: 'RE: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonsoir,

Nous abandonnons le four à pain (problème de permis et d'assurance). Le projet se limite donc au jardin partagé, et le titre devient simplement « Jardin partagé du Bourg ». Nous demandons 6 000 € au lieu de 9 000 € (un peu plus que prévu pour le jardin, pour l'arrosage).

Francis Deroo

""" + R.quote('a', 'outlook_fr'))

# ------------------------------------------------------------------ February question
s = Sc('hard', 'NL question in February about whether a new call will come (before the call)')
s.m('2019-02-12 10:30', 'inquiry', 'nl', 'question before the call opened',
    frm=('Noël Vanpeteghem', 'noel.vanpeteghem@telenet.example.net'), to=COORD_ADDR,
    subject='Nieuwe oproep dit jaar?',
    body="""Goeiedag,

Vorig jaar hebben wij met de dorpsraad van Bikschote meegedaan aan "Maak werk van je buurt!" (niet geselecteerd, maar we hebben veel geleerd). Komt er dit jaar opnieuw een oproep? En wanneer ongeveer? We willen ons tijdig voorbereiden.

Vriendelijke groeten,
Noël Vanpeteghem
Dorpsraad Bikschote
""")

# ------------------------------------------------------------------ FR application before the call, resend after opening (ambiguous)
s = Sc('hard', 'FR application in March (before the call), resent after the call opened (ambiguous follow_up)')
s.proj('a', 'Micro-crèche parentale : étude de faisabilité', 'Les P\'tits Loups de Warhem', 'Émilie Verhaeghe',
       'emilie.verhaeghe@laposte.example.net', 10000, 'fr')
EMI = ('Émilie Verhaeghe', 'emilie.verhaeghe@laposte.example.net')
s.m('2019-03-20 21:10', 'application', 'fr', 'application dated before the call opened', proj='a',
    frm=EMI, to=COORD_FR, subject='Candidature - étude micro-crèche Warhem',
    body="""Bonjour,

Nous avons lu dans La Voix du Nord que l'appel à projets allait être lancé. Voici déjà notre idée.

L'association Les P'tits Loups de Warhem (parents du village) veut étudier la création d'une micro-crèche parentale : il n'y a aucun mode de garde à Warhem et les assistantes maternelles sont complètes. Nous demandons 10 000 € pour une étude de faisabilité, une enquête auprès des familles et l'accompagnement par un expert.

Émilie Verhaeghe
06 88 40 12 73
""")
s.m('2019-04-03 19:55', 'follow_up', 'fr',
    'resends the March application now that the call is open (quoted below)', proj='a', amb=True,
    note_amb='could be treated as the application proper, since the first mail came before the call opened',
    frm=EMI, to=COORD_FR, subject='Re: Candidature - étude micro-crèche Warhem', irt=lambda R: R.mid(0),
    body="""Bonjour,

Nous n'avons pas eu de réponse ; maintenant que l'appel est officiellement ouvert, je vous renvoie notre candidature ci-dessous.

Cordialement,
Émilie Verhaeghe

Le 20/03/2019 à 21:10, Émilie Verhaeghe a écrit :
> Bonjour,
>
> Nous avons lu dans La Voix du Nord que l'appel à projets allait être lancé.
> Voici déjà notre idée.
>
> L'association Les P'tits Loups de Warhem (parents du village) veut étudier
> la création d'une micro-crèche parentale : il n'y a aucun mode de garde à
> Warhem et les assistantes maternelles sont complètes. Nous demandons
> 10 000 € pour une étude de faisabilité, une enquête auprès des familles et
> l'accompagnement par un expert.
>
> Émilie Verhaeghe
> 06 88 40 12 73
""")

# ------------------------------------------------------------------ 20 minutes before opening
s = Sc('hard', 'NL application 20 minutes before the call opened (31 March 23:40 +02:00)')
s.proj('a', 'Beweegpad rond de sporthal van Beveren-aan-den-IJzer', 'Dorpsraad Beveren-aan-den-IJzer', 'Ilse Dumon',
       'ilse.dumon@telenet.example.net', 7600, 'nl')
s.m('2019-03-31 23:40', 'application', 'nl', 'sent 20 minutes before the call opened (summer time already in force)', proj='a',
    frm=('Ilse Dumon', 'ilse.dumon@telenet.example.net'), to=COORD_NL,
    subject='Projectidee beweegpad Beveren-aan-den-IJzer (als eerste binnen?)',
    body="""Beste,

Misschien zijn we de eersten! Hierbij ons projectidee.

De dorpsraad van Beveren-aan-den-IJzer wil een beweegpad aanleggen rond de sporthal: 10 eenvoudige toestellen voor jong en oud langs een wandellus van 1,2 km, met een openingswandeling samen met de seniorenraad en de school.

We vragen 7.600 euro.

Groeten,
Ilse Dumon
Dorpsraad Beveren-aan-den-IJzer
0473 61 28 90
""")

# ------------------------------------------------------------------ UTC date just after opening
s = Sc('hard', 'FR application whose Date is in UTC: 31 March 22:25 +0000 = 1 April 00:25 Brussels (not before the call)')
s.proj('a', 'Fête des voisins et annuaire des savoir-faire d\'Arnèke', 'Arnèke Ensemble', 'Vincent Lams',
       'vincent.lams@gmail.example.com', 3400, 'fr')
s.m('2019-03-31 22:25', 'application', 'fr',
    'Date header in UTC (+0000); in Brussels time it is 1 April 00:25, after the opening', proj='a', off=0,
    frm=('Vincent Lams', 'vincent.lams@gmail.example.com'), to=COORD_FR,
    subject='Candidature Arnèke Ensemble',
    body="""Bonjour,

Arnèke Ensemble propose une grande fête des voisins en juin 2020 et, pour la préparer, un « annuaire des savoir-faire » du village : qui sait réparer un vélo, qui parle anglais, qui peut garder des poules pendant les vacances... L'annuaire sera distribué dans toutes les boîtes aux lettres.

Montant demandé : 3 400 €.

Vincent Lams
07 81 20 64 93
""")

# ------------------------------------------------------------------ late application + late follow-up
s = Sc('hard', 'FR late application (18 June) and its follow-up (both late)')
s.proj('a', 'Transport solidaire pour les aînés', 'Zegerscappel Solidaire', 'Monique Brunet', 'monique.brunet@laposte.example.net', 5800, 'fr')
MON = ('Monique Brunet', 'monique.brunet@laposte.example.net')
s.m('2019-06-18 15:06', 'application', 'fr', 'application two days after the deadline', proj='a',
    frm=MON, to=COORD_FR, subject='Candidature transport solidaire Zegerscappel',
    body="""Bonjour,

Désolée pour le retard, nous n'avons appris l'existence de l'appel que la semaine dernière, par la mairie.

L'association Zegerscappel Solidaire veut organiser un transport solidaire : des bénévoles conduisent les aînés et les personnes sans voiture chez le médecin, à la pharmacie ou au marché de Wormhout, contre une petite participation aux frais.

Nous demandons 5 800 € (assurance, formation des chauffeurs, téléphone de réservation, communication).

Monique Brunet
03 28 62 41 09
""")
s.m('2019-06-24 10:40', 'follow_up', 'fr', 'asks whether the late application was received (late project)', proj='a',
    frm=MON, to=COORD_FR, subject='Re: Candidature transport solidaire Zegerscappel', irt=lambda R: R.mid(0),
    body="""Bonjour,

Avez-vous bien reçu notre dossier ? Nous n'avons pas reçu d'accusé de réception. Est-il encore possible d'être pris en compte ?

Monique Brunet
""")

# ------------------------------------------------------------------ late by UTC offset
s = Sc('hard', 'NL application with Date 16 June 22:41 +0000 = 17 June 00:41 Brussels (late); follow-up (late)')
s.proj('a', 'Buurtpicknicks in Wulpen', 'Buurtcomité Wulpen', 'Jolien Coene', 'jolien.coene@gmail.example.com', 2800, 'nl')
JOL = ('Jolien Coene', 'jolien.coene@gmail.example.com')
s.m('2019-06-16 22:41', 'application', 'nl',
    'Date header in UTC; 00:41 on 17 June in Brussels, so after the deadline', proj='a', off=0,
    received='from [192.0.2.77] by mx1.partons.example.org (Postfix) with ESMTPS id 5E7A11C0A2; Mon, 17 Jun 2019 00:41:09 +0200',
    frm=JOL, to=COORD_NL, subject='Projectidee Buurtcomité Wulpen - net op tijd hoop ik!',
    body="""Hallo,

Net op tijd hoop ik!

Buurtcomité Wulpen wil deze zomer en volgend jaar vier buurtpicknicks organiseren op het kerkplein, telkens met een andere straat als gastheer, en picknicktafels aankopen die daarna op het plein blijven staan.

We vragen 2.800 euro (4 picknicktafels, versiering, springkasteel, affiches).

Groetjes,
Jolien Coene
0496 72 15 38
""")
s.m('2019-06-18 08:12', 'follow_up', 'nl', 'asks whether it arrived in time (late project)', proj='a',
    frm=JOL, to=COORD_NL, subject='Re: Projectidee Buurtcomité Wulpen - net op tijd hoop ik!', irt=lambda R: R.mid(0),
    body="""Hallo,

Ik heb nog geen bevestiging gekregen. Is ons idee zondagavond nog op tijd toegekomen? Op mijn laptop was het nog geen middernacht toen ik het verstuurde.

Groetjes,
Jolien
""")

# ------------------------------------------------------------------ 3 minutes before deadline + next-morning follow-up
s = Sc('hard', 'NL sloppy application 3 minutes before the deadline; budget the next morning (on time, follow-up not late)')
s.proj('a', 'Hoogstamboomgaard voor iedereen in Westvleteren', 'Werkgroep Groen Westvleteren', 'Pieter Bruneel',
       'pieter.bruneel@telenet.example.net', 4300, 'nl')
PB = ('Pieter Bruneel', 'pieter.bruneel@telenet.example.net')
s.m('2019-06-16 23:57:12', 'application', 'nl', 'sent at 23:57 +02:00, on time', proj='a',
    frm=PB, to=COORD_ADDR, subject='idee boomgaard westvleteren',
    body="""hallo

hierbij ons idee, sorry voor het late uur. werkgroep groen westvleteren wil een hoogstamboomgaard planten op het stuk grond achter de kerk, met oude rassen, voor iedereen om te plukken. plantdag met de school in november. we vragen ongeveer 4300 euro. begroting volgt morgen

pieter bruneel
0478 12 90 46
""")
s.m('2019-06-17 09:10', 'follow_up', 'nl', 'budget (PDF) and total budget the morning after the deadline; project on time', proj='a',
    frm=PB, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Goeiemorgen,

Zoals beloofd de begroting in bijlage. Totaal 5.150 euro, we vragen 4.300 euro; de rest komt van Natuurpunt en de gemeente.

Pieter

""" + R.quote('a', 'apple_nl'),
    attach=[('begroting_boomgaard.pdf', make_pdf('Begroting hoogstamboomgaard Westvleteren', [
        '25 hoogstambomen: 1.875 EUR', 'Boompalen en bescherming: 1.100 EUR', 'Plantdag: 650 EUR',
        'Snoeicursus: 900 EUR', 'Infobord: 625 EUR', 'Totaal: 5.150 EUR', 'Gevraagd: 4.300 EUR']), PDF)])

# ------------------------------------------------------------------ auto-reply that announces a new private address (ambiguous)
s = Sc('hard', 'NL application from work address; months later an auto-reply to the coordinator\'s answer announcing he left and giving a private address')
s.proj('a', 'Ontmoetingspleintje in de wijk Ter Duinen', 'Bewonersgroep Ter Duinen', 'Stefaan Vyncke',
       'stefaan.vyncke@kustbank.example.com', 5900, 'nl')
STEF = ('Stefaan Vyncke', 'stefaan.vyncke@kustbank.example.com')
s.m('2019-04-24 10:12', 'application', 'nl', 'application from a work address', proj='a',
    frm=STEF, to=COORD_NL, subject='Projectidee Bewonersgroep Ter Duinen (Nieuwpoort)',
    body="""Beste,

De bewonersgroep van de wijk Ter Duinen in Nieuwpoort wil het grijze pleintje aan de Duinenlaan omvormen tot een ontmoetingspleintje met bankjes, bloembakken en een petanqueveld, ontworpen samen met de bewoners tijdens twee workshops.

We vragen 5.900 euro.

Met vriendelijke groeten,
Stefaan Vyncke
Bewonersgroep Ter Duinen
0475 29 30 81
""")
s.m('2019-06-20 14:03', 'auto_reply', 'nl',
    'auto-reply to the coordinator\'s answer (ans-): no longer employed, gives a private address', proj='a', amb=True,
    note_amb='automatic message, but it announces a new private e-mail address; a human might record it as a changed e-mail',
    frm=STEF, to=COORD_PERSON, subject='Automatisch antwoord: Uw projectidee Ter Duinen - vraag naar plan',
    irt='<ans-3307@partons.example.org>',
    headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
    body="""Stefaan Vyncke is sinds 1 juni niet langer werkzaam bij KustBank. Uw bericht wordt niet doorgestuurd.

Voor vragen over uw kredieten kan u terecht bij uw kantoor of op 059 23 40 00.
Privé is Stefaan bereikbaar via stefaan.vyncke@telenet.example.net.
""")

# ------------------------------------------------------------------ FR auto-reply to coordinator's answer
s = Sc('hard', 'FR application; in July an out-of-office answering the coordinator\'s personal mail (In-Reply-To ans-)')
s.proj('a', 'Guinguette des voisins au bord de l\'étang', 'Saint-Jans-Cappel en Fête', 'Laurent Ryckebusch',
       'laurent.ryckebusch@orange.example.net', 3000, 'fr')
LAU = ('Laurent Ryckebusch', 'laurent.ryckebusch@orange.example.net')
s.m('2019-05-31 19:02', 'application', 'fr', 'application', proj='a',
    frm=LAU, to=COORD_FR, subject='Projet guinguette Saint-Jans-Cappel',
    body="""Bonjour,

Saint-Jans-Cappel en Fête voudrait organiser chaque premier dimanche de l'été une guinguette des voisins au bord de l'étang communal : bal, jeux anciens, chacun apporte un plat. Nous avons besoin de tables, de bancs, de guirlandes et d'une petite sono qui resteront au village.

Montant demandé : 3 000 €.

Laurent Ryckebusch
06 23 48 91 50
""")
s.m('2019-07-15 10:05', 'auto_reply', 'fr', 'out-of-office to the coordinator\'s selection mail (ans-), Auto-Submitted', proj='a',
    frm=LAU, to=COORD_PERSON,
    subject=lambda R: f"Réponse automatique : Votre projet {R.ref('a')} - résultat de la sélection",
    irt='<ans-4471@partons.example.org>', headers={'Auto-Submitted': 'auto-replied'},
    body="""Bonjour,

Je suis en congés jusqu'au 5 août. Je prendrai connaissance de votre message à mon retour.

Laurent Ryckebusch
""")

# ------------------------------------------------------------------ Reply-To typo -> bounce -> "did you get it?"
s = Sc('hard', 'NL application with a mistyped Reply-To; receipt bounces (host not found); applicant asks whether it arrived')
s.proj('a', 'Wekelijkse dorpsbabbel en soepnamiddag in Zarren', 'Zarren Leeft', 'Christine Lievens',
       'christine.lievens@telent.example.net', 3600, 'nl')
CHRI = ('Christine Lievens', 'christine.lievens@telenet.example.net')
s.m('2019-05-06 14:22', 'application', 'nl', 'Reply-To has a typo (telent instead of telenet)', proj='a',
    frm=CHRI, reply_to=('Christine Lievens', 'christine.lievens@telent.example.net'), to=COORD_NL,
    subject='Zarren Leeft: dorpsbabbel en soepnamiddag',
    body="""Beste,

Zarren Leeft wil elke woensdag een "dorpsbabbel" met soep en boterhammen in het ontmoetingscentrum, voor alleenstaanden en ouderen, maar iedereen is welkom. De soep wordt gemaakt met groenten van de schooltuin.

Gevraagd: 3.600 euro (keukenmateriaal, vervoer voor wie niet mobiel is, affiches, een begeleider van de Welzijnsschakels).

Christine Lievens
0472 36 80 14
""")
s.m('2019-05-06 14:28', 'bounce', 'en', 'DSN: receipt to the mistyped Reply-To address, host not found', proj='a',
    special='bounce', bounce_for='a', failed_rcpt='christine.lievens@telent.example.net', status='5.4.4',
    diag_code='X-Postfix; Host or domain name not found. Name service error for name=telent.example.net type=MX: Host not found',
    diag_human=('Host or domain name not found. Name service error for name=telent.example.net '
                'type=MX: Host not found, try again'),
    queue_id='9B1C52D7E4')
s.m('2019-05-13 09:45', 'follow_up', 'nl', 'asks whether the application arrived (no receipt received)', proj='a',
    frm=CHRI, to=COORD_NL, subject='Projectidee Zarren Leeft - goed ontvangen?',
    body="""Goeiemorgen,

Ik heb vorige maandag ons projectidee (Zarren Leeft, dorpsbabbel en soepnamiddag) doorgestuurd, maar ik heb nog geen bevestiging gekregen. Is het goed aangekomen?

Vriendelijke groeten,
Christine Lievens
""")

# ------------------------------------------------------------------ reply in another language by a partner
s = Sc('hard', 'NL cross-border application; French partner replies (FR) confirming partnership; applicant asks a question')
s.proj('a', 'Grensfietstocht Watou-Winnezeele', 'Dorpsraad Watou', 'Jan Vandenbroucke', 'jan.vandenbroucke@telenet.example.net', 4800, 'nl')
JAN = ('Jan Vandenbroucke', 'jan.vandenbroucke@telenet.example.net')
MC = ('Marie-Claire Dequidt', 'mc.dequidt@orange.example.net')
s.m('2019-05-12 16:40', 'application', 'nl', 'cross-border application, partner in Cc', proj='a',
    frm=JAN, to=COORD_NL, cc=MC, subject='Projectidee Grensfietstocht Watou-Winnezeele',
    body="""Beste,

De dorpsraad van Watou en het Comité des fêtes van Winnezeele willen samen een jaarlijkse grensfietstocht organiseren langs de hopvelden en de oude smokkelwegen, met een rustpunt aan beide kanten van de grens en een gezamenlijke picknick. Zo leren de inwoners van de twee dorpen elkaar (terug) kennen.

We vragen 4.800 euro (bewegwijzering, tweetalige kaart, picknick, verzekering, fietsherstelpunt).

Met vriendelijke groeten,
Jan Vandenbroucke
Dorpsraad Watou
0476 51 08 32
""")
s.m('2019-05-13 09:05', 'follow_up', 'fr', 'French partner replies-all in French, confirming the partnership', proj='a',
    frm=MC, to=JAN, cc=COORD_NL, subject='RE: Projectidee Grensfietstocht Watou-Winnezeele', irt=lambda R: R.mid(0),
    body="""Bonjour,

Je confirme que le Comité des fêtes de Winnezeele est partenaire du projet. Nous prendrons en charge le ravitaillement côté français et la communication en français.

Cordialement,
Marie-Claire Dequidt
Présidente du Comité des fêtes de Winnezeele
06 11 48 22 90
""")
s.m('2019-05-14 20:10', 'follow_up', 'nl', 'applicant replies to the receipt with a question about the date', proj='a',
    frm=JAN, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bedankt! Zoals Marie-Claire al schreef, is het comité van Winnezeele partner.

Nog één vraag: mag de fietstocht op zondag 29 september doorgaan, dus net na de eerste sessie van het begeleidingstraject?

Jan

""" + R.quote('a', 'gmail_nl'))

# ------------------------------------------------------------------ top-posted reply with changed subject
s = Sc('hard', 'NL top-posted reply to the receipt with a changed subject, supplying the missing total budget')
s.proj('a', 'Trage wegen in Vlamertinge opnieuw begaanbaar', 'Buurtcomité Vlamertinge-Noord', 'Koenraad Lobelle',
       'k.lobelle@scarlet.example.net', 5400, 'nl')
KL = ('Koenraad Lobelle', 'k.lobelle@scarlet.example.net')
s.m('2019-04-21 21:00', 'application', 'nl', 'application without total budget', proj='a',
    frm=KL, to=COORD_NL, subject='Trage wegen Vlamertinge',
    body="""Beste,

Rond Vlamertinge liggen vijf oude kerkwegels die dichtgegroeid of afgesloten zijn. Het buurtcomité wil ze samen met de aangelanden en de bewoners opnieuw begaanbaar maken, met een wandelkaart en een openingswandeling.

We vragen 5.400 euro. Een volledige begroting volgt.

Koenraad Lobelle
Buurtcomité Vlamertinge-Noord
0468 77 41 20
""")
s.m('2019-04-28 16:22', 'follow_up', 'nl', 'subject changed but In-Reply-To set; top-posted; supplies total budget', proj='a',
    frm=KL, to=COORD_NL, subject='Extra info + begroting trage wegen', irt=lambda R: R.rid('a'),
    body=lambda R: """Dag,

Hierbij nog de totale begroting zoals beloofd: 6.900 euro, waarvan wij 5.400 vragen; de rest komt van de stad Ieper (1.000) en Natuurpunt (500).

Mvg,
Koenraad

""" + R.quote('a', 'outlook_nl'))

# ------------------------------------------------------------------ new thread, no headers, supplies amount (FR)
s = Sc('hard', 'FR missing amount supplied in a new thread (no In-Reply-To, new subject)')
s.proj('a', 'Haies et mares pour la biodiversité à Bierne', 'Bierne Nature', 'Yves Devulder', 'yves.devulder@wanadoo.example.com', None, 'fr')
YV = ('Yves Devulder', 'yves.devulder@wanadoo.example.com')
s.m('2019-05-30 18:50', 'application', 'fr', 'application without amount', proj='a',
    frm=YV, to=COORD_FR, subject='Projet haies et mares - Bierne Nature',
    body="""Bonjour,

Bierne Nature veut replanter 1,5 km de haies champêtres et creuser deux mares avec les habitants, les agriculteurs et l'école, pendant trois chantiers nature cet hiver.

Le budget est en cours de finalisation, je vous l'envoie dès que possible.

Yves Devulder
Président de Bierne Nature
03 28 68 24 17
""")
s.m('2019-06-05 12:02', 'follow_up', 'fr', 'new thread without references: supplies the missing amount', proj='a',
    frm=YV, to=COORD_FR, subject='Montant pour notre projet haies',
    body="""Bonjour,

Suite à notre envoi du 30 mai (haies et mares, Bierne Nature), voici le montant : nous demandons 4 350 € (plants 2 100 €, creusement des mares 1 500 €, outils et paillage 450 €, animation 300 €).

Yves Devulder
""")

# ------------------------------------------------------------------ reply to coordinator's answer with total budget (NL)
s = Sc('hard', 'NL reply to the coordinator\'s personal question (In-Reply-To ans-) supplying the total budget')
s.proj('a', 'Buurtkast in de Bolwerkwijk', 'Het Bolwerk vzw', 'Sarah Vandekerckhove', 'sarah@hetbolwerk.example.org', 6500, 'nl')
SAR = ('Sarah Vandekerckhove', 'sarah@hetbolwerk.example.org')
s.m('2019-05-14 11:25', 'application', 'nl', 'application', proj='a',
    frm=SAR, to=COORD_NL, subject='Projectidee Het Bolwerk vzw (Veurne)',
    body="""Beste,

Het Bolwerk vzw (buurtwerk in de Bolwerkwijk in Veurne) wil een "buurtkast" plaatsen op het pleintje: een overdekte kast waar bewoners spullen kunnen ruilen of weggeven, met een koelkast voor voedseloverschotten en een kleine bank ernaast. Bewoners beheren de kast zelf.

We vragen 6.500 euro.

Vriendelijke groet,
Sarah Vandekerckhove
buurtwerker Het Bolwerk vzw
058 31 44 90
""")
s.m('2019-05-23 15:40', 'follow_up', 'nl', 'answers the coordinator\'s question: total budget (was missing)', proj='a',
    frm=SAR, to=COORD_PERSON, subject='RE: Uw projectidee buurtkast - vraag over de begroting',
    irt='<ans-2960@partons.example.org>',
    body="""Dag Lies,

Zoals gevraagd: de totale begroting is 8.300 euro. We vragen 6.500 euro; de eigen inbreng van 1.800 euro komt van de vzw en van een sponsor (de lokale supermarkt).

Groeten,
Sarah

-----Oorspronkelijk bericht-----
Van: Lies Vandamme <coordinator@partons.example.org>
Verzonden: dinsdag 21 mei 2019 10:02
Aan: Sarah Vandekerckhove <sarah@hetbolwerk.example.org>
Onderwerp: Uw projectidee buurtkast - vraag over de begroting

Dag Sarah,

Bedankt voor jullie projectidee. Kunnen jullie nog een totaalbegroting bezorgen, met de eventuele andere inkomsten?

Groeten,
Lies Vandamme
""")

# ------------------------------------------------------------------ reply to coordinator's answer lowering to max (FR)
s = Sc('hard', 'FR application above the maximum; reply to the coordinator\'s answer lowers it to 10 000')
s.proj('a', 'Bibliothèque de rue et coin lecture', 'Ledringhem Vivre Ensemble', 'Sandrine Coudeville',
       'sandrine.coudeville@free.example.net', 12000, 'fr')
SAN = ('Sandrine Coudeville', 'sandrine.coudeville@free.example.net')
s.m('2019-05-08 20:12', 'application', 'fr', 'asks 12 000 EUR, above the 10 000 maximum', proj='a',
    frm=SAN, to=COORD_FR, subject='Candidature Ledringhem Vivre Ensemble',
    body="""Bonsoir,

Ledringhem Vivre Ensemble souhaite installer trois bibliothèques de rue dans le village et aménager un coin lecture couvert près de l'école, avec des lectures à voix haute par les aînés.

Nous demandons 12 000 €.

Sandrine Coudeville
06 40 17 93 28
""")
s.m('2019-05-16 09:48', 'changed_values', 'fr', 'reply to the coordinator\'s answer (ans-): lowers the amount to 10 000', proj='a',
    changed={'requested_amount': '10000.00'},
    frm=SAN, to=COORD_PERSON, subject='Re: Votre candidature - montant maximum', irt='<ans-2581@partons.example.org>',
    body="""Bonjour Madame,

Vous avez raison, nous ramenons notre demande à 10 000 € ; le reste sera couvert par une tombola et la commune.

Bien cordialement,
Sandrine Coudeville

Le mer. 15 mai 2019 à 11:20, Lies Vandamme <coordinator@partons.example.org> a écrit :

> Bonjour Madame Coudeville,
>
> Merci pour votre candidature. Le montant maximum est de 10 000 € par
> projet. Pouvez-vous adapter votre demande ?
>
> Bien cordialement,
> Lies Vandamme
""")

# ------------------------------------------------------------------ journalist (ambiguous)
s = Sc('hard', 'NL journalist asks for figures and an interview (out_of_scope, ambiguous)')
s.m('2019-04-26 11:15', 'out_of_scope', 'nl', 'press question about the call', amb=True,
    note_amb='a question about the call, so it could be filed as an inquiry; but it comes from the press, not a possible applicant',
    frm=('Lotte Debrabandere', 'lotte.debrabandere@westhoekblad.example.com'), to=COORD_ADDR,
    subject='Vraag van Het Westhoekblad over projectenoproep',
    body="""Dag,

Ik schrijf een artikel over de nieuwe projectenoproep "Maak werk van je buurt!". Hoeveel ideeën zijn er al binnen? Mag ik u donderdag even bellen? Ik zou ook graag een foto gebruiken van een project van vorig jaar.

Vriendelijke groeten,
Lotte Debrabandere
journalist Het Westhoekblad
0495 80 27 61
""")

# ------------------------------------------------------------------ third-party support letter (ambiguous)
s = Sc('hard', 'NL application; a school (third party) sends a support letter for it (follow_up, ambiguous)')
s.proj('a', 'Dorpsplein Reningelst vergroenen', 'Dorpsraad Reningelst', 'Bart Vandromme', 'bart.vandromme@telenet.example.net', 9500, 'nl')
s.m('2019-05-26 20:30', 'application', 'nl', 'application', proj='a',
    frm=('Bart Vandromme', 'bart.vandromme@telenet.example.net'), to=COORD_NL,
    subject='Projectidee Dorpsraad Reningelst',
    body="""Beste,

De dorpsraad van Reningelst wil het versteende dorpsplein vergroenen: bomen, een bloemenweide, zitbanken en een waterpunt, ontworpen met de bewoners en de school tijdens drie ontwerpavonden.

We vragen 9.500 euro (landschapsarchitect, participatietraject, beplanting, banken).

Met vriendelijke groeten,
Bart Vandromme
Dorpsraad Reningelst
0479 04 66 25
""")
s.m('2019-06-03 13:05', 'follow_up', 'nl', 'support letter from a third party (the local school) for the project', proj='a', amb=True,
    note_amb='sent by a third party, not the applicant; could be filed as out_of_scope',
    frm=('Directie De Kleine Prins', 'directie@dekleineprins.example.org'), to=COORD_NL,
    subject='Steunbrief project dorpsplein Reningelst (Dorpsraad)',
    body="""Geachte,

Als school steunen wij van harte het projectidee van de dorpsraad van Reningelst om het dorpsplein te vergroenen. Onze leerlingen zullen meewerken aan de ontwerpavonden en de plantdag. In bijlage onze steunbrief.

Met vriendelijke groeten,
An Cappelle
directeur Basisschool De Kleine Prins, Reningelst
""",
    attach=[('Steunbrief_dorpsplein.pdf', make_pdf('Steunbrief', [
        'Basisschool De Kleine Prins steunt het project van de Dorpsraad Reningelst',
        'voor de vergroening van het dorpsplein.']), PDF)])

# ------------------------------------------------------------------ other programme (ambiguous out_of_scope)
s = Sc('hard', 'NL request meant for another subsidy (small heritage), close to the call\'s theme (out_of_scope, ambiguous)')
s.m('2019-05-09 14:50', 'out_of_scope', 'nl',
    'asks for the province\'s small-heritage subsidy for a chapel, a different programme', amb=True,
    note_amb='heritage is mentioned in the call and there is an amount; could be read as an application',
    frm=('Danny Verfaillie', 'danny.verfaillie@skynet.example.net'), to=COORD_ADDR,
    subject='Aanvraag subsidie klein erfgoed - Sint-Rochuskapelletje Kemmel',
    body="""Geachte,

Hierbij vraag ik de provinciale subsidie voor klein historisch erfgoed aan voor de restauratie van het Sint-Rochuskapelletje in de Kemmelstraat. Het dak lekt en het beeld is beschadigd. In bijlage de offerte van de aannemer: 6.240 euro inclusief btw.

Ik vond uw adres op de website van de provincie; gelieve mijn aanvraag door te geven aan de juiste dienst indien nodig.

Met vriendelijke groeten,
Danny Verfaillie
0476 22 09 58
""",
    attach=[('offerte_kapelletje.pdf', make_pdf('Offerte restauratie kapel', [
        'Dakherstelling: 3.900 EUR', 'Restauratie beeld: 1.257 EUR', 'BTW: 1.083 EUR', 'Totaal: 6.240 EUR']), PDF)])

# ------------------------------------------------------------------ near-empty body, everything in DOCX
s = Sc('hard', 'NL application with an almost empty body; all details only in the DOCX')
s.proj('a', 'Zitbanken en buurtpicknicks in de Kouterwijk', 'Buurtcomité De Kouter', 'Marijke Soete',
       'marijke.soete@telenet.example.net', 3900, 'nl')
s.m('2019-06-14 13:02', 'application', 'nl', 'body only "Hierbij ons projectidee"; DOCX holds title, organisation, amount', proj='a',
    frm=('Marijke Soete', 'marijke.soete@telenet.example.net'), to=COORD_ADDR, subject='projectidee',
    body="""Hierbij ons projectidee.

Mvg
Marijke

Verzonden vanaf mijn iPhone
""",
    attach=[('Projectidee De Kouter.docx', make_docx('Zitbanken en buurtpicknicks in de Kouterwijk', [
        ('table', [['Organisatie', 'Buurtcomité De Kouter (Poperinge)'], ['Contactpersoon', 'Marijke Soete'],
                   ['Telefoon', '0485 17 63 02'], ['E-mail', 'marijke.soete@telenet.example.net']]),
        ('h', 'Wat willen we doen?'),
        'Zes zitbanken in de Kouterwijk, op plaatsen die de bewoners kiezen, en drie buurtpicknicks per jaar.',
        ('h', 'Budget'), 'Gevraagd bedrag: 3.900 euro (banken 2.700, picknicks 900, communicatie 300).']), DOCX)])

# ------------------------------------------------------------------ consultant on behalf of a commune + mayor confirms
s = Sc('hard', 'FR consultancy submits on behalf of a commune; the mayor replies-all to confirm (follow_up from another sender)')
s.proj('a', 'Place du village participative', 'Commune d\'Oost-Cappel', 'Mathieu Lemaire',
       'm.lemaire@terre-et-lien.example.com', 10000, 'fr')
ML = ('Mathieu Lemaire - Terre & Lien', 'm.lemaire@terre-et-lien.example.com')
MAIRE = ('Mairie d\'Oost-Cappel', 'maire@oost-cappel.example.org')
s.m('2019-06-07 16:40', 'application', 'fr', 'submitted by a consultancy for the commune (the commune is the applicant)', proj='a',
    frm=ML, to=COORD_FR, cc=MAIRE, subject='Candidature commune d\'Oost-Cappel - place du village participative',
    body="""Madame,

Pour le compte de la commune d'Oost-Cappel, notre bureau d'études vous transmet sa candidature à l'appel « Faites bouger votre quartier ! ».

La commune souhaite réaménager la place du village avec les habitants : trois ateliers de co-conception, un aménagement provisoire testé pendant l'été 2020 (mobilier, bacs plantés, jeux), puis un bilan partagé. Montant sollicité : 10 000 € pour l'animation des ateliers et le mobilier provisoire, sur un budget total de 18 500 €.

M. le Maire est en copie de ce message.

Bien cordialement,
Mathieu Lemaire
Bureau d'études Terre & Lien
03 20 55 81 46
""",
    attach=[('Note_place_Oost-Cappel.pdf', make_pdf('Place du village participative - Oost-Cappel', [
        'Maître d\'ouvrage : Commune d\'Oost-Cappel', 'Assistance : Terre & Lien',
        'Montant sollicité : 10 000 EUR', 'Budget total : 18 500 EUR']), PDF)])
s.m('2019-06-08 09:30', 'follow_up', 'fr', 'the mayor replies-all confirming the commune\'s support', proj='a',
    frm=MAIRE, to=ML, cc=COORD_FR, subject='RE: Candidature commune d\'Oost-Cappel - place du village participative',
    irt=lambda R: R.mid(0),
    body="""Madame,

Je confirme que cette candidature est portée par la commune d'Oost-Cappel et que le conseil municipal s'est prononcé favorablement le 4 juin.

Le Maire
""")

# ------------------------------------------------------------------ organisation change
s = Sc('ordinary', 'NL informal group becomes a vzw: organisation name changes')
s.proj('a', 'Ontmoetingsmoment en buurtkrant De Klokke', 'Feitelijke vereniging De Klokke', 'Evelien Rosseel',
       'evelien.rosseel@telenet.example.net', 4200, 'nl')
EV = ('Evelien Rosseel', 'evelien.rosseel@telenet.example.net')
s.m('2019-04-29 20:20', 'application', 'nl', 'application', proj='a',
    frm=EV, to=COORD_NL, subject='Projectidee De Klokke Kortemark',
    body="""Beste,

Wij zijn De Klokke, een feitelijke vereniging van bewoners rond de Klokkestraat in Kortemark. We willen een maandelijks ontmoetingsmoment organiseren en een buurtkrantje maken (4 keer per jaar) waarin bewoners zichzelf en hun buurt voorstellen.

We vragen 4.200 euro (drukwerk, zaalhuur, koffie en taart, vorming voor de redactie).

Evelien Rosseel
0497 41 28 66
""")
s.m('2019-06-01 10:05', 'changed_values', 'nl', 'organisation is now a vzw with a new name', proj='a',
    changed={'organisation': 'Buurtwerking De Klokke vzw'},
    frm=EV, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Beste,

Kleine aanpassing voor ons dossier: we zijn sinds vorige week officieel een vzw. De naam van onze organisatie is nu "Buurtwerking De Klokke vzw" (ondernemingsnummer volgt). Verder blijft alles hetzelfde.

Groeten,
Evelien

""" + R.quote('a', 'gmail_nl'))

# ------------------------------------------------------------------ change phrased as a question (ambiguous)
s = Sc('hard', 'NL amount change phrased as a question ("Mag het bedrag nog aangepast worden? ... 7.400")')
s.proj('a', 'Dorpsontbijt en vrijwilligersbank in Handzame', 'Handzame Samen', 'Nathalie Mestdagh',
       'nathalie.mestdagh@gmail.example.com', 6900, 'nl')
NM = ('Nathalie Mestdagh', 'nathalie.mestdagh@gmail.example.com')
s.m('2019-05-03 19:40', 'application', 'nl', 'application', proj='a',
    frm=NM, to=COORD_NL, subject='Handzame Samen - projectidee',
    body="""Hallo,

Handzame Samen wil twee keer per jaar een groot dorpsontbijt organiseren en een "vrijwilligersbank" opstarten: een lijst van mensen die een handje willen helpen (boodschappen, tuin, vervoer) en mensen die hulp nodig hebben.

We vragen 6.900 euro.

Nathalie Mestdagh
0494 85 30 17
""")
s.m('2019-05-29 21:15', 'changed_values', 'nl', 'asks whether the amount may still change and states the new amount', proj='a', amb=True,
    note_amb='phrased as a permission question; could be read as a follow_up question with no change yet',
    changed={'requested_amount': '7400.00'},
    frm=NM, to=COORD_NL, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Hallo,

Mag het bedrag nog aangepast worden? We zouden liever 7.400 euro vragen in plaats van 6.900, want de huur van de zaal is gestegen. Als dat niet meer kan, is het ook goed.

Nathalie

""" + R.quote('a', 'gmail_nl'))

# ------------------------------------------------------------------ two board members: duplicate + new idea from another person
s = Sc('hard', 'NL the same idea sent independently by a second board member (follow_up, ambiguous), then a different idea from him (new_idea)')
s.proj('a', 'Bloemenweide en insectenhotels langs de kerkwegel', 'Dorpsraad Oostvleteren', 'Hanne Delbaere',
       'hanne.delbaere@gmail.example.com', 4800, 'nl')
s.proj('b', 'AED-toestel en reanimatiecursus voor Oostvleteren', 'Dorpsraad Oostvleteren', 'Rik Verhelst',
       'rik.verhelst@telenet.example.net', 2600, 'nl')
HAN = ('Hanne Delbaere', 'hanne.delbaere@gmail.example.com')
RIK = ('Rik Verhelst', 'rik.verhelst@telenet.example.net')
s.m('2019-05-09 21:30', 'application', 'nl', 'application by the secretary', proj='a',
    frm=HAN, to=COORD_NL, subject='Projectidee Dorpsraad Oostvleteren',
    body="""Beste,

De dorpsraad van Oostvleteren wil langs de kerkwegel een bloemenweide inzaaien en vijf insectenhotels bouwen met de kinderen van de school en de Chiro, met infobordjes gemaakt door de bewoners.

Gevraagd bedrag: 4.800 euro.

Hanne Delbaere
secretaris Dorpsraad Oostvleteren
0470 93 41 58
""")
s.m('2019-05-11 10:02', 'follow_up', 'nl',
    'the chairman sends the same idea (same amount) not knowing the secretary already did', proj='a', amb=True,
    note_amb='different sender and subject; a service might register it as a new application',
    frm=RIK, to=COORD_NL, subject='bloemenweide kerkwegel Oostvleteren',
    body="""Dag,

Ik weet niet of Hanne het al doorgestuurd heeft, dus voor de zekerheid: de dorpsraad van Oostvleteren dient een projectidee in voor een bloemenweide en insectenhotels langs de kerkwegel, samen met de school en de Chiro. We vragen 4.800 euro.

Rik Verhelst
voorzitter Dorpsraad Oostvleteren
""")
s.m('2019-05-27 19:45', 'new_idea', 'nl', 'a second, different idea from the same council, sent by the chairman', proj='b',
    frm=RIK, to=COORD_NL, subject='Tweede idee dorpsraad Oostvleteren: AED',
    body="""Dag,

Naast de bloemenweide heeft de dorpsraad nog een tweede idee, los van het eerste: een AED-toestel aan de gevel van de dorpszaal, met twee reanimatiecursussen voor de inwoners en een lijst van vrijwilligers die kunnen helpen bij een hartstilstand.

Kostprijs: 2.600 euro.

Rik Verhelst
voorzitter Dorpsraad Oostvleteren
0477 30 12 85
""")

# ------------------------------------------------------------------ town hall applies; its ticket system auto-acknowledges the receipt
s = Sc('hard', 'NL municipality applies; its ticketing system answers the receipt with its own "dossiernummer" (auto_reply that looks like a receipt)')
s.proj('a', 'Telewerkplek en dorpsloket in Jonkershove', 'Gemeente Houthulst', 'Kristof Dewaele',
       'info@houthulst-gemeente.example.org', 10000, 'nl')
HOUT = ('Gemeente Houthulst', 'info@houthulst-gemeente.example.org')
s.m('2019-06-04 10:25', 'application', 'nl', 'local government applies itself', proj='a',
    frm=HOUT, to=COORD_NL, subject='Projectidee gemeente Houthulst - telewerkplek Jonkershove',
    body="""Geachte,

Het gemeentebestuur van Houthulst dient graag een projectidee in voor de oproep "Maak werk van je buurt!".

In de oude pastorij van Jonkershove willen we, samen met de dorpsraad, een telewerkplek met snelle internetverbinding en een wekelijks dorpsloket (hulp bij formulieren, digitale vragen) inrichten. Inwoners bepalen mee de openingsuren en de inrichting via een bevraging en twee dorpsavonden.

Gevraagd bedrag: 10.000 euro.
Dossierbeheerder: Kristof Dewaele, dienst Lokale Economie, 051 70 28 15.

Met vriendelijke groeten,
Namens het college van burgemeester en schepenen
""")
s.m('2019-06-04 10:31', 'auto_reply', 'nl',
    'the municipality\'s ticket system acknowledges the receipt with its own dossier number', proj='a',
    frm=('Gemeente Houthulst - Klantendienst', 'noreply@houthulst-gemeente.example.org'), to=COORD_NL,
    subject=lambda R: '[Dossier 2019-04512] Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    headers={'Auto-Submitted': 'auto-generated', 'Precedence': 'auto_reply'},
    body="""Beste,

Uw e-mail werd goed ontvangen en geregistreerd onder dossiernummer 2019-04512. Wij behandelen uw vraag zo snel mogelijk, uiterlijk binnen 10 werkdagen.

Vermeld dit dossiernummer bij verdere communicatie.

Met vriendelijke groeten,
Klantendienst Gemeente Houthulst

Dit is een automatisch bericht, gelieve niet te antwoorden.
""")

# ------------------------------------------------------------------ FR long conversation: brainstorm, application, phone change, follow-up after deadline
s = Sc('hard', 'FR brainstorm request, later application, phone change in French format, thank-you with photos after the deadline')
s.proj('a', 'Les jardins de la gare', 'Association du Quartier de la Gare (Hazebrouck)', 'Fatima Haddou',
       'fatima.haddou@laposte.example.net', 7800, 'fr')
FAT = ('Fatima Haddou', 'fatima.haddou@laposte.example.net')
s.m('2019-04-05 10:20', 'inquiry', 'fr', 'asks for a brainstorm session with residents',
    frm=FAT, to=COORD_FR, subject='Demande d\'atelier de réflexion - quartier de la Gare, Hazebrouck',
    body="""Bonjour,

Notre association de quartier a entendu parler de l'appel « Faites bouger votre quartier ! ». Nous avons envie de participer, mais nous n'avons pas encore d'idée précise. Vous proposez un atelier de réflexion avec un expert : serait-il possible d'en organiser un chez nous, un samedi matin en avril ou en mai ?

Merci,
Fatima Haddou
Association du Quartier de la Gare
06 27 53 18 40
""")
s.m('2019-05-27 19:30', 'application', 'fr', 'application after the brainstorm', proj='a',
    frm=FAT, to=COORD_FR, subject='Notre projet après l\'atelier : les jardins de la gare',
    body="""Bonsoir,

Merci encore pour l'atelier du 11 mai, nous étions 27 habitants !

Voici notre projet : « Les jardins de la gare ». Nous voulons transformer la friche le long de la voie ferrée en jardins partagés, avec des bacs pour les habitants des immeubles qui n'ont pas de jardin, un espace pour les enfants et une fresque réalisée avec les jeunes du quartier.

Nous demandons 7 800 €.

Fatima Haddou
Association du Quartier de la Gare
06 27 53 18 40
""")
s.m('2019-06-06 12:15', 'changed_values', 'fr', 'new phone number (French format)', proj='a',
    changed={'phone': '+33781452693'},
    frm=FAT, to=COORD_FR, subject=lambda R: 'Re: ' + R.rsubj('a'), irt=lambda R: R.rid('a'),
    body=lambda R: """Bonjour,

Attention, mon numéro de téléphone a changé : 07 81 45 26 93 (l'ancien ne fonctionne plus).

Fatima

""" + R.quote('a', 'gmail_fr'))
s.m('2019-06-28 17:50', 'follow_up', 'fr', 'thanks and photos of the first work day, after the deadline (not late)', proj='a',
    frm=FAT, to=COORD_FR, subject='Photos - jardins de la gare',
    body="""Bonjour,

En attendant les résultats, quelques photos de notre première journée de nettoyage de la friche samedi dernier. Les habitants sont très motivés !

Fatima Haddou
""",
    attach=[('friche1.jpg', make_jpg(91), JPG), ('friche2.jpg', make_jpg(92), JPG)])
