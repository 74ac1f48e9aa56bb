"""Golden cases for what a person's mail means to the call: literal mails in, kind, reason and confidence out."""

from __future__ import annotations

from dataclasses import replace

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


# --- families a careful coordinator sees: never act on a guess (invented mails, example.org) ---

ON_FILE_FULL = {**ON_FILE, "organisation": "Buurtcomité Lo", "email": "griet.devos@example.org"}


@pytest.mark.parametrize(("text", "changed"), [
    ("Bonjour, suite à l'assemblée générale l'association s'appelle maintenant « Lo Ensemble ». Merci de corriger.",
     {"organisation": "Lo Ensemble"}),
    ("Dag, we zijn een vzw geworden, dus de organisatie is nu 'Buurtcomité Lo vzw'. En de titel wordt "
     "'Moestuin aan de vaart'.", {"organisation": "Buurtcomité Lo vzw", "project_title": "Moestuin aan de vaart"}),
    ("Hello, small change: our project title is now 'Gardening by the canal'. Rest the same.",
     {"project_title": "Gardening by the canal"}),
    ("Bonjour, le projet s'appellera désormais « Jardins du canal ». Le reste est inchangé.",
     {"project_title": "Jardins du canal"}),
])
def test_a_name_said_to_change_is_the_organisation_or_the_title_it_names(text, changed):
    judgement = judge(facts("Re: Ontvangstbevestiging MWB-2019-001", text), OnFile("MWB-2019-001", "reference",
                                                                                   ON_FILE_FULL))
    assert judgement.kind == Intent.CHANGED_VALUES and sure(judgement), judgement
    assert {c.name: c.new for c in judgement.changes} == changed


def test_a_renamed_title_is_a_change_even_where_the_file_had_no_title():
    on_file = {"requested_amount": "4600.00", "email": "piet@example.org"}
    mail = facts("Re: Ontvangstbevestiging MWB-2019-002",
                 "Kleine wijziging: ons project heet voortaan «Trefpunt aan de tramhalte». De rest blijft.")
    judgement = judge(mail, OnFile("MWB-2019-002", "reference", on_file))
    assert judgement.kind == Intent.CHANGED_VALUES and sure(judgement)
    assert [(c.name, c.old, c.new) for c in judgement.changes] == [
        ("project_title", None, "Trefpunt aan de tramhalte")]


def test_a_new_name_that_says_not_what_it_names_is_asked():
    judgement = judge(facts("Re: MWB-2019-001", "We noemen het vanaf nu 'Het Pleintje'."),
                      OnFile("MWB-2019-001", "reference", ON_FILE_FULL))
    assert judgement.kind == Intent.CHANGED_VALUES and not sure(judgement)


@pytest.mark.parametrize(("text", "values"), [
    ("Bonjour, notre présidente est souffrante ; c'est désormais Paul Lambert qui suit le dossier "
     "(paul.lambert@example.org, 06 11 22 33 44).", {"email": "paul.lambert@example.org", "phone": "+33611223344"}),
    ("Dag, vanaf nu volgt mijn collega Els Peeters het dossier op: els.peeters@example.org.",
     {"email": "els.peeters@example.org"}),
    ("Hello, from now on Tom Baker will be the contact for our project: tom.baker@example.org.",
     {"email": "tom.baker@example.org"}),
])
def test_another_contact_in_the_text_with_a_word_of_change_is_asked(text, values):
    mail = MailFacts(subject="Re: MWB-2019-001", text=text, values=values, sources=dict.fromkeys(values, "body"))
    judgement = judge(mail, OnFile("MWB-2019-001", "reference", ON_FILE_FULL))
    assert judgement.kind == Intent.CHANGED_VALUES and not sure(judgement), judgement


@pytest.mark.parametrize("text", [
    "Het is beslist: we doen dit jaar niet mee. Schrap ons project dus maar.",
    "Eerlijk gezegd: we zien er misschien van af, er zijn te weinig vrijwilligers.",
    "Bonjour, faute de bénévoles nous ne participerons pas cette année, nous abandonnons le projet.",
    "Bonjour, nous préférons annuler notre candidature.",
    "Hi, sadly we won't take part this year: please count us out.",
])
def test_a_withdrawal_hedged_or_explicit_is_asked_never_joined_with_a_receipt(text):
    judgement = judge(facts("Re: Ontvangstbevestiging MWB-2019-001", text),
                      OnFile("MWB-2019-001", "reference", ON_FILE_FULL))
    assert judgement.kind == Intent.WITHDRAWAL and not sure(judgement), judgement


@pytest.mark.parametrize(("subject", "text", "values"), [
    ("Factuur 2019/0412", "Geachte klant, in bijlage factuur 2019/0412 voor 2.500 flyers 'Maak werk van je buurt!'. "
     "Bedrag: 312,40 euro, te betalen binnen 30 dagen.", {"total_budget": "312.40"}),
    ("Facture F-118", "Madame, Monsieur, ci-joint la facture pour les affiches de l'appel à projets, 480 € à régler "
     "sous 30 jours.", {"requested_amount": "480.00"}),
    ("Invoice 7731", "Dear customer, attached our invoice for the banners of the neighbourhood call, payable within "
     "14 days.", {"total_budget": "950.00"}),
])
def test_a_bill_that_names_the_call_gets_no_receipt(subject, text, values):
    mail = MailFacts(subject=subject, text=text, values=values, attachment_count=1, form_attached=True,
                     sources=dict.fromkeys(values, "label"))
    judgement = judge(mail)
    assert not (judgement.kind == Intent.APPLICATION and sure(judgement)), judgement


def test_other_values_from_a_known_sender_that_is_no_reply_are_asked():
    # not a reply: a second idea as likely as a change, even with a word of change
    mail = facts("Buurtfeest", "Het buurtfeest komt er nu toch, met 4.000 euro.", requested_amount="4000.00")
    judgement = judge(mail,
                      OnFile("MWB-2019-001", "sender", ON_FILE_FULL))
    assert not sure(judgement), judgement


@pytest.mark.parametrize("text", [
    "Dag, hierbij nog de foto's.\nJan Peeters\n0471 22 33 44",
    "Bonjour, voici les photos.\nJean Lambert\n06 98 76 54 32",
])
def test_another_phone_than_on_file_in_a_reply_is_asked(text):
    on_file = {**ON_FILE_FULL, "phone": "+32470112233"}
    mail = MailFacts(subject="Re: MWB-2019-001", text=text, values={"phone": "+32471223344"}, sources={"phone": "body"})
    judgement = judge(mail, OnFile("MWB-2019-001", "reference", on_file))
    assert judgement.kind == Intent.CHANGED_VALUES and not sure(judgement), judgement


@pytest.mark.parametrize("text", [
    "Dag, graag vanaf nu mailen naar ons nieuwe e-mailadres: comite.lo@example.org.",
    "Bonjour, merci d'utiliser désormais notre nouvelle adresse comite.lo@example.org.",
    "Hello, please use our new email address comite.lo@example.org from now on.",
])
def test_a_new_address_to_write_to_is_asked(text):
    mail = MailFacts(subject="Re: MWB-2019-001", text=text, values={"email": "comite.lo@example.org"},
                     sources={"email": "body"})
    judgement = judge(mail, OnFile("MWB-2019-001", "reference", ON_FILE_FULL))
    assert judgement.kind == Intent.CHANGED_VALUES and not sure(judgement), judgement


@pytest.mark.parametrize(("subject", "text"), [
    ("Projectidee Zoutenaaie: buurtbus naar de markt", "Dag, een buurtbus voor de ouderen, elke zaterdag. "
     "Kostprijs 5.500 euro.\nMarie"),
    ("projet Winnezeele", "Bonjour, une boîte à livres et un banc devant l'école, environ 1 800 euros.\nAgnès"),
])
def test_one_value_and_a_subject_that_names_an_idea_is_an_application(subject, text):
    judgement = judge(MailFacts(subject=subject, text=text, values={}))
    assert judgement.kind == Intent.APPLICATION and sure(judgement), judgement


@pytest.mark.parametrize(("subject", "text"), [
    ("Special offer for your funded village projects", "Dear team, your funded projects will need tents. "
     "We offer 15% discount for all projects you select."),
    ("Offre spéciale", "Madame, Monsieur, pour vos porteurs de projets : 20 % de remise sur nos chapiteaux."),
    ("Aanbieding tenten", "Beste, voor uw aanvragers: 10% korting op tenten en tafels voor elk project."),
])
def test_a_suppliers_offer_that_names_the_call_gets_no_receipt(subject, text):
    judgement = judge(MailFacts(subject=subject, text=text, values={"organisation": "Dear team,"},
                                sources={"organisation": "body"}))
    assert not (judgement.kind == Intent.APPLICATION and sure(judgement)), judgement


def test_values_from_the_quoted_earlier_mail_are_no_change_and_no_new_idea() -> None:
    """A reply that quotes the applicant's own first mail (read for what the own words leave out) says
    nothing new by the quote: the old amount and title in it are what was said then, not a change."""
    text = "Dag,\n\nHierbij nog de foto van het pleintje die ik vergat.\n\nGriet\n"
    quoted = {"requested_amount": "8000.00", "project_title": "Tuinieren in Lo"}
    mail = MailFacts(subject="Re: Projectidee", text=text, values=quoted, sources=dict.fromkeys(quoted, "quoted"),
                     attachment_count=1)
    judgement = judge(mail, OnFile("MWB-2019-001", "thread", ON_FILE))
    assert judgement.kind == Intent.FOLLOW_UP and sure(judgement) and not judgement.changes
    # the same values said in the own words are a change to ask or take
    said = judge(facts("Re: Projectidee", "Dag,\nwe vragen nu 8.000 euro in plaats van 9.500 euro.\n",
                       requested_amount="8000.00"), OnFile("MWB-2019-001", "thread", ON_FILE))
    assert said.kind == Intent.CHANGED_VALUES


def test_a_project_that_is_a_contact_point_is_no_change_of_contact() -> None:
    """'Een aanspreekpunt per straat' describes the project; 'ons nieuwe aanspreekpunt is Els' changes who
    follows the file."""
    on_file = OnFile("MWB-2019-003", "sender", {"contact_name": "Jef Lermytte", "project_title": "Buurtmeesters"})
    described = judge(facts("Re: Idee voor Proven", "Korte omschrijving: een aanspreekpunt per straat voor wie hulp "
                            "nodig heeft.\n", summary="een aanspreekpunt per straat voor wie hulp nodig heeft."),
                      on_file)
    assert described.kind == Intent.FOLLOW_UP and sure(described)
    changed = judge(facts("Re: Idee voor Proven", "Dag,\nOns nieuwe aanspreekpunt is Els Devos.\n"), on_file)
    assert changed.kind == Intent.CHANGED_VALUES and not sure(changed)


def test_from_s_name_is_no_change_and_no_sign_of_an_application() -> None:
    # the name in From stands on every mail its sender writes: a word of support from someone else, or a
    # two-line question, is judged as it would be without it
    on_file = OnFile("MWB-2019-002", "reference", {"contact_name": "Jan Blijft", "organisation": "Chiro Loker"})
    for subject, text, file in (("MWB-2019-002 steun", "Wij steunen het project van Jan. Griet Vergeetmij", on_file),
                                ("Vraag", "Is er nog plaats?", None)):
        plain = MailFacts(subject=subject, text=text, values={})
        named = MailFacts(subject=subject, text=text,
                          values={"contact_name": "Griet Vergeetmij", "organisation": "Jeugdhuis De Kelder"},
                          sources={"contact_name": "sender", "organisation": "sender"})
        assert judge(named, file) == judge(plain, file), subject


@pytest.mark.parametrize(("subject", "text"), [
    # the mailbox's own "storage full" phishing, in English: its paragraph reads as a description
    ("Action required: your mailbox storage is 98% full",
     "Your mailbox has exceeded its storage limit. Incoming messages, including project applications, may be "
     "rejected. To avoid losing e-mails, please verify your account within 24 hours."),
    # thanks after the brainstorm, the idea still to come
    ("Bedankt voor gisteren!",
     "Namens het buurtcomité nog eens bedankt voor de brainstorm.\nWe gaan verder met het idee van de "
     "buurtmoestuin naast de speelplaats. We werken het de komende weken uit en sturen het dan door."),
])
def test_a_description_read_from_the_prose_alone_makes_no_application(subject: str, text: str) -> None:
    """Which paragraph describes a project is a guess (parsers/description.py): it is no value of an idea for
    the judgement, which would otherwise answer a phishing mail or a thank-you with a receipt."""
    guessed = judge(MailFacts(subject, text, {"summary": text.split("\n")[-1]}, sources={"summary": "body"}))
    assert not (guessed.kind == Intent.APPLICATION and sure(guessed)), guessed


def test_a_link_to_shared_files_is_an_application_only_when_the_mail_says_it_sends_one() -> None:
    """The review: press photos "for the call" on a WeTransfer were taken in as an application with a receipt."""
    photos = judge(MailFacts("Persfoto's", "Dag, de persfoto's voor de oproep staan hier: https://we.tl/t-Ab1",
                             {}, shared_links=1))
    assert not sure(photos)
    dossier = judge(MailFacts("Aanvraag", "Dag, ons dossier is te groot, het staat hier: https://we.tl/t-Ab1",
                              {}, shared_links=1))
    assert dossier.kind == Intent.APPLICATION and sure(dossier)
    newsletter = judge(MailFacts("Nieuwsbrief", "Ons dossier en nog veel meer", {}, shared_links=10))
    assert not (newsletter.kind == Intent.APPLICATION and sure(newsletter))


def test_a_links_question_mark_asks_nothing() -> None:
    from parsers.intent import questions

    assert questions("Ons dossier: https://drive.google.com/drive/folders/1Qx7?usp=sharing\nGroeten") == ()
    assert questions("Zie https://we.tl/t-x. Mag een school ook meedoen?") == ("Mag een school ook meedoen?",)


def test_question_headings_over_answers_ask_nothing() -> None:
    """An application written under the call's kind of questions ("Wat willen we doen?" over the plan) asks the
    coordinator nothing; a real question among them, or one followed only by its reasons, is still asked."""
    from parsers.intent import questions

    headings = ("Dag,\n\nWat willen we doen?\nEen moestuin aanleggen op het pleintje.\n\nWie zijn wij?\n"
                "Buurtcomité De Linde.\n\n3. Hoeveel vragen we?\n4.500 euro.\n\nMet vriendelijke groeten,\nAn\n")
    assert questions(headings) == ()
    french = ("Bonjour,\n**Quel est votre projet ?**\nUn jardin partagé.\nBudget ?\n6 000 euros.\n"
              "Pour qui ?\nLes habitants du quartier.\nPeut-on aussi acheter des outils ?\nCordialement\n")
    assert questions(french) == ("Peut-on aussi acheter des outils ?",)
    # one question followed by its reasons is a question: one heading is no structure
    assert questions("Wat mogen we allemaal inbrengen?\nWe denken aan verf en borstels.\nGroeten, An") == (
        "Wat mogen we allemaal inbrengen?",)
    # questions one under the other, or one over a greeting, are asked
    assert questions("Wat is de deadline?\nWie beslist er?\nGroeten") == ("Wat is de deadline?", "Wie beslist er?")
    # and the mail is the application it is, not a question with one value
    judgement = judge(facts("Projectidee", "Welke kosten?\nVerf en plantjes.\nWat willen we doen?\n"
                            "Een moestuin aanleggen.\n", requested_amount="4500.00"))
    assert judgement.kind == Intent.APPLICATION and sure(judgement)


@pytest.mark.parametrize(("subject", "text"), [
    ("Vraag: speelbos", "Met de buren willen we een speelbos aanleggen achter de school, kostprijs zo'n 6.500 euro."
     "\nWe weten nog niet of we een aanvraag indienen: komen snoeiwerken in aanmerking?\nGroeten, Mieke"),
    ("Question : boîte à livres", "Nous aimerions installer trois boîtes à livres dans le quartier (environ "
     "2 400 €). Nous ne savons pas encore si nous allons postuler : faut-il être une association ?"),
    ("Question", "We would like to build a bread oven for the village, about 5,000 euro. We are not sure yet "
     "whether we will apply. Is an informal group eligible?"),
])
def test_an_idea_told_before_deciding_to_apply_is_asked_not_acknowledged(subject, text) -> None:
    """Undecided, with a question: a receipt would register what the writer has not sent."""
    judgement = judge(facts(subject, text, requested_amount="6500.00", summary="x"))
    assert not sure(judgement) and judgement.kind == Intent.INQUIRY


@pytest.mark.parametrize(("subject", "text"), [
    # an idea with its budget, told before the form is filled in, with a question (our wording of blind cases)
    ("Projet salle de quartier", "Nous voudrions ouvrir une salle de quartier dans l'ancienne poste, budget "
     "d'environ 6 500 €. Avant de remplir le dossier, pourriez-vous venir nous présenter l'appel ?"),
    ("Speelbos", "We willen een speelbos aanleggen achter de school, zo'n 6.500 euro. Voor we het formulier invullen: "
     "kan iemand eens langskomen?"),
    # whether one such as the writer may apply at all
    ("Leeshoek in de apotheek", "Ik ben apotheker in Proven en wil een leeshoek met koffie inrichten voor de "
     "ouderen, zo'n 6.500 euro. Kan een apotheker hiervoor indienen? Of is dat commercieel?"),
    ("Coin lecture", "Je tiens une librairie à Bergues et voudrais aménager un coin lecture pour le quartier "
     "(6 500 €). Une librairie peut-elle déposer un projet ?"),
])
def test_an_idea_told_before_the_form_or_asking_whether_one_may_apply_is_asked(subject, text) -> None:
    judgement = judge(facts(subject, text, requested_amount="6500.00", summary="x"))
    assert not sure(judgement) and judgement.kind == Intent.INQUIRY, judgement


@pytest.mark.parametrize(("subject", "text"), [
    ("Projectoproep Buurtfonds: indienen tot 30 september", "Beste partner,\n\nHet Buurtfonds lanceert een oproep "
     "voor leefbare dorpen: verenigingen kunnen een projectidee indienen, tot 60.000 euro.\nWil je deze oproep "
     "verspreiden in je netwerk? De brochure zit in bijlage."),
    ("Appel à projets Villages vivants", "Bonjour,\n\nLe fonds Villages vivants ouvre un appel à projets (jusqu'à "
     "50 000 €). Merci de diffuser cet appel dans votre réseau."),
])
def test_another_programmes_call_to_spread_in_ones_network_is_asked_not_acknowledged(subject, text) -> None:
    judgement = judge(facts(subject, text, requested_amount="60000.00", project_title="leefbare dorpen"))
    assert judgement.kind == Intent.OUT_OF_SCOPE and not sure(judgement), judgement


@pytest.mark.parametrize("text", [
    "Bonjour, audit SEO gratuit et sans engagement pour votre site. Cliquez ici pour réserver.",
    "Your mailbox has exceeded its storage limit. Click here within 24 hours to verify your account.",
    "Ontvang een vrijblijvende offerte voor uw website. Klik hier om u af te melden: unsubscribe.",
    "Gagnez des bitcoin en quelques clics !",
])
def test_an_unsolicited_offer_or_phishing_is_no_application(text) -> None:
    # these words never matched: the patterns held backspace characters where a word boundary was meant
    judgement = judge(facts("Offre", text))
    assert judgement.kind == Intent.OUT_OF_SCOPE and sure(judgement), judgement


def test_whether_one_may_apply_without_an_idea_is_a_plain_question() -> None:
    judgement = judge(facts("Vraag", "Interesse, maar nog geen concreet idee. Mag een feitelijke vereniging ook "
                            "indienen?"))
    assert sure(judgement) and judgement.kind == Intent.INQUIRY, judgement


def test_undecided_words_without_a_question_do_not_stop_an_application() -> None:
    text = "We twijfelden lang of we zouden indienen, maar hier is ons idee: een buurtfeest. We vragen 3.000 euro."
    judgement = judge(facts("Projectidee", text, requested_amount="3000.00", project_title="Buurtfeest"))
    assert judgement.kind == Intent.APPLICATION and sure(judgement)


def test_a_plan_said_in_a_question_is_no_plan() -> None:
    """"Mag een KWB-afdeling indienen?" relayed by a colleague asks whether it may apply: an inquiry, not an idea."""
    text = ("Lies,\nEr belde iemand van de KWB. Mag een KWB-afdeling indienen, en kan jij eens langskomen om "
            "het toe te lichten?\nKat")
    judgement = judge(facts("telefoon voor jou", text, organisation="KWB Zarren"))
    assert judgement.kind == Intent.INQUIRY and not sure(judgement)
    # the same words as a statement still tell a plan
    told = judge(facts("Projectidee", "Onze KWB-afdeling wil indienen: een repaircafé.", organisation="KWB Zarren"))
    assert told.kind == Intent.APPLICATION and sure(told)
    # a plan stated before the question it ends in is told: "..., kan je eens langskomen?"
    both = judge(facts("speelpleintjes", "we willen graag meedoen met ons idee rond de speelpleintjes (opknappen en "
                       "een buurtfeest), kan je eens langskomen om te bekijken of dat past?"))
    assert both.kind == Intent.APPLICATION and not sure(both)


@pytest.mark.parametrize("text", [
    "Hierbij vraag ik de subsidie voor de restauratie van onze kapel aan (offerte: 6.240 euro). Gelieve mijn aanvraag "
    "door te geven aan de juiste dienst indien nodig.",
    "Veuillez trouver notre demande de 4 000 € pour la rénovation du lavoir. Merci de la transmettre au service "
    "compétent si je me suis trompé d'adresse.",
])
def test_a_mail_that_asks_to_be_passed_on_is_asked(text) -> None:
    judgement = judge(facts("Aanvraag subsidie", text, requested_amount="6240.00", summary="kapel"))
    assert judgement.kind == Intent.APPLICATION and not sure(judgement)


def test_written_to_others_with_the_mailbox_in_copy_is_asked() -> None:
    """A town hall's "pour info" to its associations, the mailbox in Cc: no brainstorm offer, no receipt."""
    fyi = MailFacts("TR: Appel à projets - pour info", "Pour information, voici un appel à projets. N'hésitez pas "
                    "à contacter la coordination pour toute question.", {}, in_copy=True, to_others=3)
    judgement = judge(fyi)
    assert judgement.kind == Intent.INQUIRY and not sure(judgement) and "only in copy" in judgement.reason
    assert sure(judge(replace(fyi, in_copy=False, to_others=0)))
    application = facts("Projectidee", "We willen een buurtfeest. Titel: Buurtfeest\nGevraagd bedrag: 2.500 euro",
                        project_title="Buurtfeest", requested_amount="2500.00")
    assert not sure(judge(replace(application, in_copy=True, to_others=2)))
    assert sure(judge(replace(application, in_copy=True, to_others=1)))  # to the coordinator in person
    # a reply about one's own file with the mailbox in copy joins it as before
    assert sure(judge(replace(application, in_copy=True), OnFile("MWB-2019-001", "reference", {
        "project_title": "Buurtfeest", "requested_amount": "2500.00"})))


@pytest.mark.parametrize(("text", "old", "amount"), [
    ("Correctie: het wordt 9.000, niet 9.200 - we krijgen korting.", "9200.00", "9000.00"),
    ("Erratum : ce sera 7 300 € et non 7 800 €.", "7800.00", "7300.00"),
    ("Sorry, 4500 euro, not 5000.", "5000.00", "4500.00"),
    # the change of the amount on file, not the cost line corrected before it (a review's case)
    ("Twee correcties: de container is 300 euro, niet 250. En we vragen 8.000 euro, niet 9.500.", "9500.00",
     "8000.00"),
])
def test_a_corrected_amount_said_with_not_is_a_stated_change(text, old, amount) -> None:
    judgement = judge(facts("RE: Ontvangstbevestiging MWB-2019-001", text),
                      OnFile("MWB-2019-001", "reference", {**ON_FILE, "requested_amount": old}))
    assert judgement.kind == Intent.CHANGED_VALUES and sure(judgement)
    assert [(c.name, c.new) for c in judgement.changes] == [("requested_amount", amount)]


@pytest.mark.parametrize("text", [
    "Ik had me vergist: het maximum is 10.000 euro, niet 15.000. Ons bedrag blijft wat het was.",
    "La location du chapiteau coûte 600 €, et non 500 €.",
    "Onze eigen inbreng is 2.500 euro, niet 1.500.",
])
def test_another_euro_amount_corrected_is_no_change_of_the_request(text) -> None:
    judgement = judge(facts("RE: Ontvangstbevestiging MWB-2019-001", text),
                      OnFile("MWB-2019-001", "reference", {**ON_FILE, "requested_amount": "9500.00"}))
    assert not (judgement.kind == Intent.CHANGED_VALUES and sure(judgement))


@pytest.mark.parametrize("text", [
    "Kunnen we nog wijzigen naar 8.000 euro in plaats van 9.500?",
    "Est-il encore possible de passer de 9 500 € à 8 000 € ?",
    "Als de gemeente de aarde levert, vragen we nog maar 8.000 euro in plaats van 9.500.",
])
def test_a_change_asked_about_or_on_a_condition_is_asked(text) -> None:
    judgement = judge(facts("RE: Ontvangstbevestiging MWB-2019-001", text),
                      OnFile("MWB-2019-001", "reference", {**ON_FILE, "requested_amount": "9500.00"}))
    assert judgement.kind == Intent.CHANGED_VALUES and not sure(judgement)


def test_a_mail_found_by_the_address_it_names_is_no_reply() -> None:
    """Found through the address it forwards from: another title is asked about, the same one is more for it."""
    on_file = OnFile("MWB-2019-001", "resent", ON_FILE)
    assert judge(facts("Fw: Samen tuinieren in Lo", "Ik stuur het nog eens van mijn eigen adres.",
                       project_title="Samen tuinieren in Lo"), on_file).kind == Intent.FOLLOW_UP
    other = judge(facts("Fw: Repaircafé", "Hierbij ons dossier.", project_title="Repaircafé Lo"), on_file)
    assert other.kind == Intent.NEW_IDEA and not sure(other)
    # forwarded by someone else: whatever it says is theirs, asked
    assert not sure(judge(facts("Fw: Samen tuinieren in Lo", "Ik ben ertegen.", project_title="Samen tuinieren in Lo"),
                          OnFile("MWB-2019-001", "contact", ON_FILE)))


@pytest.mark.parametrize("text", [
    "Er staat een fout in ons adres: het is Kerkstraat 12, niet 21.",
    "Onze postcode is 8691, niet 8690.",
    "Mijn gsm is 0470 12 34 56, niet 0470 12 34 65.",
    "We verwachten 150, niet 200 bezoekers.",
    "De volksspelen beginnen om 14.00, niet 15.00.",
    "Onze eigen inbreng is 20, niet 10 procent.",
    "Nous sommes au numéro 12, et non 21, rue du Moulin.",
    "The fair is in 2019, not 2020.",
])
def test_a_number_corrected_is_no_amount_without_its_euro_or_the_amount_on_file(text) -> None:
    """A review found these taken for a new requested amount, applied and confirmed."""
    judgement = judge(facts("RE: Ontvangstbevestiging MWB-2019-001", text),
                      OnFile("MWB-2019-001", "reference", {**ON_FILE, "requested_amount": "4000.00"}))
    assert not any(change.name == "requested_amount" for change in judgement.changes) or not sure(judgement)
    assert not (judgement.kind == Intent.CHANGED_VALUES and sure(judgement))


@pytest.mark.parametrize("text", [
    "We weten nog niet zeker of we een aanvraag indienen: komen bloembakken in aanmerking?",
    "Notre comité hésite encore à introduire un dossier : les repas sont-ils pris en charge ?",
    "On ne sait pas encore si on va déposer un projet. Une chorale peut-elle participer ?",
    "We're not sure yet whether we'll apply. Is a bread oven eligible?",
])
def test_more_ways_of_not_having_decided(text) -> None:
    judgement = judge(facts("Vraag", "Een bloemenwijk met de buren, zo'n 1.800 euro. " + text,
                            requested_amount="1800.00", summary="x"))
    assert judgement.kind == Intent.INQUIRY and not sure(judgement)


@pytest.mark.parametrize(("text", "held"), [
    ("We twijfelden lang of we zouden indienen, maar hier is ons projectidee. Kunnen jullie laten weten of alles "
     "goed is toegekomen?", False),  # decided: the doubt is past
    ("Ik hoop dat ik hiermee aan het juiste adres ben. Hierbij ons projectidee.", False),  # politeness
    ("Si ce n'est pas le bon programme, merci de transmettre à qui de droit.", True),
])
def test_doubt_past_and_politeness_do_not_hold_an_application(text, held) -> None:
    judgement = judge(facts("Projectidee", text, project_title="Zomerbar Houtem", requested_amount="3900.00"))
    assert judgement.kind == Intent.APPLICATION and sure(judgement) is not held


def test_real_questions_each_over_a_reason_are_asked() -> None:
    """A review found these taken for headings: questions about the call's course, for leave, or announced."""
    from parsers.intent import questions

    announced = ("Hierbij ons idee: een repaircafé, 3.200 euro.\nIk heb nog twee vragen:\nWat gebeurt er na de "
                 "oproep?\nDe zaal moet in juli vastgelegd worden.\nWie betaalt de verzekering?\nWe hebben er geen.\n")
    assert questions(announced) == ("Wat gebeurt er na de oproep?", "Wie betaalt de verzekering?")
    course = ("Wanneer horen we of we geselecteerd zijn?\nDe zaal moet vastgelegd worden.\n"
              "Hoeveel mag de vergoeding bedragen?\nWe denken aan 20 euro.\n")
    assert questions(course) == ("Wanneer horen we of we geselecteerd zijn?", "Hoeveel mag de vergoeding bedragen?")
    french = ("Quand saurons-nous si le projet est retenu ?\nLa salle doit être réservée.\n"
              "Qui doit participer aux sessions d'accompagnement ?\nNous travaillons tous.\n")
    assert len(questions(french)) == 2


def test_yes_no_questions_and_announced_things_are_no_headings() -> None:
    """A second review found short yes/no questions, each over its reason, taken for headings and lost."""
    from parsers.intent import questions

    assert questions("Hierbij ons idee.\nNog twee dingen:\nIs een vzw verplicht?\nWij zijn met twaalf gezinnen.\n"
                     "Telt vrijwilligerswerk mee?\nWe steken er 200 uur in.\n") == (
        "Is een vzw verplicht?", "Telt vrijwilligerswerk mee?")
    assert len(questions("Les repas sont-ils éligibles ?\nNous cuisinons.\nUne asbl est-elle obligatoire ?\n"
                         "Nous sommes un collectif.\n")) == 2
    assert questions("Wat willen we doen?\nEen moestuin.\nBudget ?\n4500 euro\nDoelgroep?\nDe buren.\n") == ()


@pytest.mark.parametrize("text", [
    "We zijn nog niet zeker of we gaan indienen. Komen plantenbakken in aanmerking?",
    "Ik weet niet of we zullen indienen. Is een offerte nodig?",
    "Nous hésitons encore à répondre à l'appel. Les repas sont-ils éligibles ?",
    "Wij overwegen om in te dienen. Mag een school meedoen?",
    "We're still deciding whether we'll apply. Is food eligible?",
])
def test_a_second_set_of_ways_of_not_having_decided(text) -> None:
    judgement = judge(facts("Vraag", "Een buurtfeest, zo'n 2.000 euro. " + text, requested_amount="2000.00",
                            summary="x"))
    assert judgement.kind == Intent.INQUIRY and not sure(judgement)


@pytest.mark.parametrize("text", [
    "Si ce n'est pas le bon programme, merci de transmettre aux services concernés.",
    "Merci de transférer ma demande au service concerné.",
    "Mag u dit aan de bevoegde collega bezorgen?",
])
def test_more_ways_of_asking_to_be_passed_on(text) -> None:
    judgement = judge(facts("Aanvraag", "Renovatie van het dak, 9.000 euro. " + text, requested_amount="9000.00",
                            project_title="Dak"))
    assert not sure(judgement)


def test_a_mailing_to_its_own_sender_and_a_reply_to_one_other_with_the_mailbox_in_copy_are_asked() -> None:
    mailing = MailFacts("Ter info", "Beste verenigingen, ter info: de oproep loopt. Hebben jullie een idee? Meer "
                        "informatie bij de coördinator.", {}, to_self=True)
    assert judge(mailing).kind == Intent.INQUIRY and not sure(judge(mailing))
    proposal = replace(facts("Re: MWB-2019-001", "Mijn voorstel: we vragen 8.000 euro in plaats van 9.500."),
                       in_copy=True, to_others=1)
    on_file = OnFile("MWB-2019-001", "reference", {**ON_FILE, "requested_amount": "9500.00"})
    assert not sure(judge(proposal, on_file))
    assert sure(judge(replace(proposal, in_copy=False, to_others=0), on_file))


def test_a_change_beside_another_question_stays_stated() -> None:
    """The worker applies it and lists the question (tests/intake/test_questions.py)."""
    judgement = judge(facts("RE: Ontvangstbevestiging MWB-2019-001", "We vragen nu 8.000 euro i.p.v. 9.500. Moeten "
                            "we daarvoor een nieuw formulier invullen?"),
                      OnFile("MWB-2019-001", "reference", {**ON_FILE, "requested_amount": "9500.00"}))
    assert judgement.kind == Intent.CHANGED_VALUES and sure(judgement)
