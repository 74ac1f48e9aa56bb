# -*- coding: utf-8 -*-
"""Mail bodies of the body_plain format: the form's questions copied into the mail and answered there."""


def body_nl_private(r):
    b = "\n".join(f"- {k}: {v}" for k, v in r["budget"])
    return f"""Beste meneer Polin,

Ik las over de oproep 'Maak werk van je buurt!' in het infoblad van de gemeente. Ik heb geen printer, daarom neem ik de vragen van het formulier hieronder over en vul ik ze hier in.

Naam vereniging: geen, het is een privé-initiatief
Naam aanvrager: {r['contact_w']} ({r['role']})
Adres: {r['addr']}, {r['pc']} {r['town']}
Telefoon: {r['phone']}
E-mail: {r['email']}

Titel van het project: {r['title']}
Korte omschrijving: {r['descr']}
Hoe worden de inwoners betrokken? {r['partic']}
Timing: {r['timing']}

Begroting:
{b}
Totaal: {r['total']}
Eigen inbreng: {r['own']}
Gevraagd bedrag: {r['request']}

Ik kom graag eens langs om het idee uit te leggen.

Met vriendelijke groeten,
Roland Hoflack
"""


def body_fr_quartier(r):
    b = "\n".join(f"   * {k} : {v}" for k, v in r["budget"])
    return f"""Bonjour,

Nous n'avons pas réussi à ouvrir le formulaire, alors je recopie les questions ici avec nos réponses.

Nom de l'association : {r['org']} (association de fait, pas encore déclarée)
Personne de contact : {r['contact_w']}
Adresse : {r['addr']}, {r['pc']} {r['town']}
Téléphone : {r['phone']}
Courriel : {r['email']}

Titre du projet : {r['title']}
Description : {r['descr']}
Participation des habitants : {r['partic']}
Calendrier : {r['timing']}

Budget :
{b}
Coût total : {r['total']}
Apport du comité : {r['own']}
Montant demandé : {r['request']}

Merci de répondre de préférence sur mon adresse {r['email']} : ce message part de la boîte mail de la famille.

Bien cordialement,
Yannick Deswarte
"""


def body_nl_markt(r):
    b = "\n".join(f"  {k}  {v}" for k, v in r["budget"])
    return f"""Dag Jonas,

Zoals afgesproken aan de telefoon stuur ik de antwoorden op de vragen van het aanvraagformulier gewoon in deze mail.

1. Naam vereniging: {r['org']}
2. Rechtsvorm: {r['legal']}
3. Contactpersoon: {r['contact_w']}
4. Adres: {r['addr']}, {r['pc']} {r['town']}
5. Telefoon: {r['phone']}
6. E-mail: {r['email']}
7. Naam project: {r['title']}
8. Omschrijving: {r['descr']}
9. Participatie: {r['partic']}
10. Timing: {r['timing']}
11. Budget:
{b}
    Totaal: {r['total']}
12. Eigen inbreng: {r['own']}
13. Gevraagd bedrag: {r['request']}

Groeten,
Stijn
"""


def body_fr_veillees(r):
    b = "\n".join(f"{k} : {v}" for k, v in r["budget"])
    return f"""Bonjour Monsieur,

J'envoie cette candidature depuis ma boîte mail pour mon mari Franck Moreel, président de l'association, qui est en déplacement cette semaine. Merci de lui répondre directement à son adresse ci-dessous.

Nom de l'association : {r['org']}
Statut : {r['legal']}
Président et personne à contacter : {r['contact_w']}
Adresse du siège : {r['addr']}, {r['pc']} {r['town']}
Téléphone : {r['phone']}
Courriel : {r['email']}

Intitulé du projet : {r['title']}
Description : {r['descr']}
Implication des habitants : {r['partic']}
Dates : {r['timing']}

Budget prévisionnel
{b}
TOTAL : {r['total']}
Autofinancement : {r['own']}
Subvention sollicitée : {r['request']}

Cordialement,
Claire Moreel
pour Franck Moreel, président de Hardifort en Fête
"""


DESIGNS = {f.__name__: f for f in [body_nl_private, body_fr_quartier, body_nl_markt, body_fr_veillees]}
