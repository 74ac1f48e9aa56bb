"""Printed instructions quoting the call (these are never answers)."""
COORD_NL = ("Jonas Polin, Provincie West-Vlaanderen, Woumenweg 100, 8600 Diksmuide – "
            "jonas.polin@west-vlaanderen.be – +32 489 309 839 / +32 51 51 94 37")
CALL_NL = ("Bezorg dit formulier ten laatste op 16 juni 2019 aan " + COORD_NL + ". "
           "De projectenoproep 'Maak werk van je buurt!' ondersteunt 10 lokale (burger)initiatieven "
           "met in totaal 100 000 euro: max. 10 000 euro per project.")
COACH_NL = ("Geselecteerde projecten volgen het begeleidingstraject Partons 2.0: 26/09/2019 (10h-14h), "
            "7/11/2019 (10h-14h), 28/11/2019 (18h-21h), 19/12/2019 (10h-14h) en 30/01/2020 (18h-21h). "
            "Selectie eind juni 2019, start begeleiding juli/augustus 2019.")
COORD_FR = ("Jonas Polin, Province de Flandre-Occidentale, Woumenweg 100, 8600 Diksmuide (Belgique) – "
            "jonas.polin@west-vlaanderen.be – tél. +32 489 309 839 ou +32 51 51 94 37")
CALL_FR = ("Date limite de dépôt : 16 juin 2019, par courriel ou par courrier à " + COORD_FR + ". "
           "L'appel à projets soutient 10 initiatives locales pour un total de 100 000 € ; "
           "participation de 10 000 € maximum par projet.")
COACH_FR = ("Les projets retenus s'engagent à suivre le parcours d'accompagnement Partons 2.0 : "
            "26/09/2019 (10h-14h), 07/11/2019 (10h-14h), 28/11/2019 (18h-21h), 19/12/2019 (10h-14h) "
            "et 30/01/2020 (18h-21h). Sélection fin juin 2019.")
