"""Golden cases for what a person's mail means to the call: literal mails in, kind, reason and confidence out."""

from __future__ import annotations

import pytest

from parsers.confidence import REVIEW_THRESHOLD
from parsers.intent import Intent, MailFacts, OnFile, judge

ON_FILE = {"project_title": "Samen tuinieren in Lo", "requested_amount": "9500.00", "contact_name": "Griet Devos"}


def facts(subject: str, text: str, **values: str) -> MailFacts:
    return MailFacts(subject=subject, text=text, values=values, sources=dict.fromkeys(values, "label"))


def sure(judgement) -> bool:
    return judgement.confidence >= REVIEW_THRESHOLD


@pytest.mark.parametrize(("subject", "text", "values", "kind"), [
    ("Projectidee buurtfeest", "Dag,\nWe willen een buurtfeest organiseren in Lo.\nTitel: Buurtfeest Lo\n"
     "Gevraagd bedrag: 2.500 euro\n", {"project_title": "Buurtfeest Lo", "requested_amount": "2500.00"},
     Intent.APPLICATION),
    ("Vraag", "Interesse, maar nog geen concreet idee, kunnen jullie helpen?", {}, Intent.INQUIRY),
    ("Question appel à projets", "Bonjour, est-ce que une association de fait est éligible ? Merci.", {},
     Intent.INQUIRY),
    ("Question", "Hello, could you tell me whether a school is eligible for the call?", {}, Intent.INQUIRY),
    ("Message d'absence", "Je suis absente jusqu'au 12 avril.", {}, Intent.AUTO_REPLY),
    ("Re: Projectidee", "Ik ben afwezig tot 15 mei. Voor dringende zaken: bel het onthaal.", {}, Intent.AUTO_REPLY),
    ("Re: your mail", "I am out of the office until Monday with limited access to email.", {}, Intent.AUTO_REPLY),
    ("Factuur 2019-0311", "Beste, in bijlage de factuur voor het drukwerk. Te betalen binnen 30 dagen.", {},
     Intent.OUT_OF_SCOPE),
    ("Vergadering dinsdag", "Hoi collega's, de agenda voor dinsdag staat online.", {}, Intent.OUT_OF_SCOPE),
])
def test_a_new_sender(subject, text, values, kind):
    judgement = judge(facts(subject, text, **values))
    assert judgement.kind == kind, judgement
    assert judgement.reason
    assert sure(judgement), judgement


def test_an_idea_without_values_is_asked_not_taken():
    judgement = judge(facts("Hallo", "Wij vragen ons af of het buurthuis mee kan doen, we hebben een idee."))
    assert not sure(judgement)


@pytest.mark.parametrize(("subject", "text", "values", "linked_by", "kind", "confident"), [
    ("Deuxième idée : fête des voisins", "Bonjour, voici notre deuxième idée : une fête des voisins, 3 000 €.",
     {"project_title": "Fête des voisins", "requested_amount": "3000.00"}, "sender", Intent.NEW_IDEA, True),
    ("Nog iets", "Ik heb nog een ander idee voor de buurt.", {}, "sender", Intent.NEW_IDEA, False),
    ("Re: MWB-2019-001", "We vragen nu 8.750 euro in plaats van 9.500.", {"requested_amount": "8750.00"},
     "reference", Intent.CHANGED_VALUES, True),
    ("Re: MWB-2019-001", "In bijlage het formulier.", {"requested_amount": "8750.00"}, "thread",
     Intent.CHANGED_VALUES, False),
    ("Re: MWB-2019-001", "Le montant est désormais de 8 750 euros.", {"requested_amount": "8750.00"},
     "thread", Intent.CHANGED_VALUES, True),
    ("Re: Projectidee", "Hierbij nog de korte omschrijving.", {"summary": "Een moestuin"}, "thread",
     Intent.FOLLOW_UP, True),
    ("Re: Projectidee", "Hierbij het formulier.", {"requested_amount": "9500.00"}, "sender", Intent.FOLLOW_UP, True),
    ("Message d'absence", "Je suis absente, je lirai votre message à mon retour.", {}, "thread",
     Intent.AUTO_REPLY, True),
    ("Re: MWB-2019-001", "Helaas trekken we ons projectidee in.", {}, "reference", Intent.WITHDRAWAL, False),
    ("Andere titel", "Ons project heet Buurtmoestuin.", {"project_title": "Buurtmoestuin"}, "sender",
     Intent.NEW_IDEA, False),
])
def test_a_known_applicant(subject, text, values, linked_by, kind, confident):
    judgement = judge(facts(subject, text, **values), OnFile("MWB-2019-001", linked_by, ON_FILE))
    assert judgement.kind == kind, judgement
    assert sure(judgement) == confident, judgement


def test_a_changed_amount_names_old_and_new():
    judgement = judge(facts("Re: MWB-2019-001", "We vragen nu 8.750 euro.", requested_amount="8750.00"),
                      OnFile("MWB-2019-001", "thread", ON_FILE))
    assert [(c.name, c.old, c.new) for c in judgement.changes] == [("requested_amount", "9500.00", "8750.00")]
    assert "requested_amount" in judgement.reason and sure(judgement)


@pytest.mark.parametrize(("text", "stated"), [
    ("Kleine correctie: het bedrag moet 8.750 euro zijn i.p.v. 9.500.", {"requested_amount": "8750.00"}),
    ("Le montant sollicité passe donc de 9 800 € à 9 200 €.", {"requested_amount": "9200.00"}),
    ("Elle prend en charge le sol, donc nous ne demandons plus que 7 600 €.", {"requested_amount": "7600.00"}),
    ("Le projet s'appellera désormais « Le Moulin, tiers-lieu citoyen ».",
     {"project_title": "Le Moulin, tiers-lieu citoyen"}),
    ("Het totaal komt nu op 9.200 euro.", {"total_budget": "9200.00"}),
    ("Le budget de 24 000 € est inchangé.", {}),
])
def test_a_change_is_read_from_the_sentence_that_says_it(text, stated):
    from parsers.intent import stated_changes
    assert stated_changes(text) == stated


def test_an_address_in_the_text_is_no_change_of_contact():
    on_file = {**ON_FILE, "email": "griet@example.org"}
    mail = MailFacts(subject="aanvulling", text="Nog een opmerking. secretaris@example.net", values={
        "email": "secretaris@example.net"}, sources={"email": "body"})
    assert judge(mail, OnFile("MWB-2019-001", "thread", on_file)).kind == Intent.FOLLOW_UP


def test_a_follow_up_that_asks_something_is_a_question_quoted():
    from parsers.intent import questions

    text = ("Dag,\n\nWat bedoelen jullie met een korte beschrijving? Ik had toch geschreven wat we willen doen…\n"
            "> Wat nog ontbreekt: korte beschrijving?\n\nGriet\n")
    judgement = judge(facts("Re: MWB-2019-001 Projectidee", text),
                      OnFile("MWB-2019-001", "reference", ON_FILE))
    assert judgement.kind == Intent.INQUIRY and sure(judgement)
    assert "Wat bedoelen jullie met een korte beschrijving?" in judgement.reason
    assert questions(text) == ("Wat bedoelen jullie met een korte beschrijving?",)  # quoted lines are not hers
    assert questions("Interesse, maar nog geen concreet idee. Mag een feitelijke vereniging ook meedoen? Dank.") \
        == ("Mag een feitelijke vereniging ook meedoen?",)


@pytest.mark.parametrize("text", [
    "I'm afraid I gave you the wrong phone number. The correct number is +32 477 90 31 58.",
    "Sorry, ik gaf het verkeerde gsm-nummer door: het juiste nummer is 0477 90 31 58.",
    "Je me suis trompée de numéro, le bon numéro est le 06 12 34 56 78.",
])
def test_a_phone_number_corrected_in_words_is_asked_never_taken_as_a_plain_follow_up(text: str) -> None:
    facts = MailFacts(subject="Re: Ontvangstbevestiging MWB-2019-032", text=text, values={})
    on_file = OnFile("MWB-2019-032", "reference", {"phone": "+32477583190", "requested_amount": "3800.00"})
    judged = judge(facts, on_file)
    assert judged.kind == Intent.CHANGED_VALUES and judged.confidence < 0.8
