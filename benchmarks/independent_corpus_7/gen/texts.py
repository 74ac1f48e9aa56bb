"""Language-dependent labels and sentences."""
import datetime

COORD = {
    "nl": ["Provincie West-Vlaanderen", "t.a.v. de coördinator Partons 2.0", "Woumenweg 100", "8600 Diksmuide"],
    "fr": ["Province de Flandre-Occidentale", "À l'attention du coordinateur Partons 2.0", "Woumenweg 100",
           "8600 Diksmuide (Belgique)"],
    "en": ["Province of West Flanders", "Attn. Partons 2.0 coordinator", "Woumenweg 100", "8600 Diksmuide, Belgium"],
}
FOOTER = {
    "nl": "Aanvragen sturen naar coordinator@example.org - info: 051 00 00 00 - Woumenweg 100, 8600 Diksmuide",
    "fr": "Dossier à renvoyer à coordinator@example.org - renseignements : 051 00 00 00 - Woumenweg 100, 8600 Diksmuide",
    "en": "Send to coordinator@example.org - info: 051 00 00 00 - Woumenweg 100, 8600 Diksmuide",
}
FORM_TITLE = {
    "nl": "Aanvraagformulier projectenoproep 'Maak werk van je buurt!'",
    "fr": "Formulaire de candidature - appel à projets « Partons 2.0 »",
    "en": "Application form - call for projects 'Maak werk van je buurt!' / Partons 2.0",
}
LBL = {
    "nl": dict(org="Naam van de vereniging / organisatie", contact="Contactpersoon", role="Functie",
               addr="Adres (straat en nummer)", street="Straat", num="Nr.", bus="Bus", pc="Postcode",
               place="Gemeente / deelgemeente", phone="Telefoon / gsm", email="E-mail", title="Titel van het project",
               descr="Korte omschrijving van het project", budget="Begroting", post="Kostenpost", amount="Bedrag",
               total="Totale kostprijs van het project", own="Eigen inbreng", req="Gevraagd bedrag (max. 10.000 euro)",
               date="Datum", sign="Handtekening", second="Tweede contactpersoon", type="Type aanvrager",
               types=["vereniging / vzw", "bewonersgroep / dorpsraad", "school / oudercomité", "lokaal bestuur",
                      "individuele burger"], see_above="zie hierboven", country="Land", person1="Contactpersoon"),
    "fr": dict(org="Nom de l'association / structure", contact="Personne de contact", role="Fonction",
               addr="Adresse (n° et rue)", street="Rue", num="N°", bus="Boîte", pc="Code postal", place="Commune",
               phone="Téléphone / portable", email="Courriel", title="Intitulé du projet",
               descr="Description courte du projet", budget="Budget prévisionnel", post="Poste de dépense",
               amount="Montant", total="Coût total du projet", own="Autofinancement / apport propre",
               req="Montant sollicité (max. 10 000 €)", date="Date", sign="Signature", second="Second contact",
               type="Type de porteur", types=["association loi 1901", "comité / collectif d'habitants",
                                              "école / parents d'élèves", "collectivité", "particulier"],
               see_above="voir ci-dessus", country="Pays", person1="Porteur du projet"),
    "en": dict(org="Name of the organisation", contact="Contact person", role="Role", addr="Address (street and number)",
               street="Street", num="No.", bus="Box", pc="Postcode", place="Town / village", phone="Phone",
               email="E-mail", title="Project title", descr="Short description", budget="Budget", post="Cost item",
               amount="Amount", total="Total project cost", own="Own contribution", req="Amount requested (max. 10,000 euro)",
               date="Date", sign="Signature", second="Second contact", type="Type of applicant",
               types=["association", "residents' group", "school / parents", "local authority", "individual"],
               see_above="see above", country="Country", person1="Contact person"),
}
DESCR = {
    "nl": ["We willen met een 25-tal vrijwilligers een plek creëren waar jong en oud elkaar ontmoeten. De eerste "
           "bewonersavond in maart bracht 60 mensen samen; daar kwam dit idee uit.",
           "Ons dorp heeft geen winkel of café meer. Met dit project brengen we de mensen opnieuw samen, "
           "met de hulp van de school, de KWB en de gepensioneerdenbond.",
           "Na een bevraging bij 140 gezinnen bleek dat er nood is aan een ontmoetingsplaats en aan vervoer voor "
           "wie niet meer met de auto rijdt. We starten in september 2019 en werken tot juni 2020."],
    "fr": ["Nous voulons créer avec une vingtaine de bénévoles un lieu de rencontre entre générations. La réunion "
           "publique de mars a réuni 45 habitants et l'idée en est sortie.",
           "Le village n'a plus de commerce depuis 2016. Avec l'école, le club des aînés et la mairie, nous voulons "
           "recréer un lien entre les habitants des hameaux.",
           "Le projet démarrera en septembre 2019 ; un questionnaire distribué dans 200 boîtes aux lettres a montré "
           "une forte attente des familles."],
    "en": ["About 30 residents, Belgian, French and British, would like to create a place where neighbours meet. "
           "We started with a survey in March 2019 (85 answers)."],
}
MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet"],
          "en": ["January", "February", "March", "April", "May", "June", "July"]}


def long_date(d, lang):
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def short_date(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"
