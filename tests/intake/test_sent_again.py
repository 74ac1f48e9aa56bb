"""An application sent again from another address, without "Fw:" (from home, "in case it did not arrive"), is
not a second application with a second receipt: the coordinator decides, through the real worker on a Maildir."""

from __future__ import annotations

import pytest

from intake.worker.cycle import run_cycle
from intake.worker.settle import resolve
from notifications.attention_words import attention_summary
from storage.attention import AttentionItem
from tests.intake.test_attention import _apps, _items, _outbox_kinds, at, deliver
from tests.parsers.corpus import _text_pdf
from tests.support.applications import application_mail, values
from tests.support.mail import make_email


def _delivered(tmp_path, make_runtime, *mails: bytes):
    """The mails delivered two minutes apart into a Maildir, then one real cycle of the worker."""
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(5, 20)
    for index, raw in enumerate(mails):
        deliver(maildir, f"{index:02d}.eml", raw, at(5, 10 + 2 * index))
    run_cycle(runtime)
    return runtime


def _two(tmp_path, make_runtime, first: bytes, second: bytes):
    return _delivered(tmp_path, make_runtime, first, second)


def _detail(runtime, item) -> dict:
    """An item's stored detail: what the desk and the digest word in Dutch and French."""
    with runtime.db.session() as session:
        return session.get(AttentionItem, item["id"]).detail


def _first_then(tmp_path, make_runtime, second: bytes):
    return _delivered(tmp_path, make_runtime,
                      application_mail(values(1), sender="Griet Voorbeeld1 <griet@werk.example.org>"), second)


def test_the_same_form_from_home_is_asked_and_join_adds_it_to_the_file(tmp_path, make_runtime):
    again = application_mail(values(1), sender="Griet Voorbeeld1 <griet.thuis@example.net>",
                             subject="aanvraag Samen tuinieren")
    runtime = _first_then(tmp_path, make_runtime, again)
    assert list(_apps(runtime)) == ["MWB-2019-001"]
    assert _outbox_kinds(runtime) == [("receipt", "griet@werk.example.org")]  # one receipt, none for the resend
    item, = _items(runtime, "possible_new_idea")
    assert item["reference"] == "MWB-2019-001"
    assert "griet.thuis@example.net" in item["summary"] and "contact address aanvrager1@example.org" in item["summary"]

    # the coordinator's desk and digest say it in their words, with both choices
    detail = _detail(runtime, item)
    said = attention_summary("possible_new_idea", detail, "nl")
    assert "lijkt op MWB-2019-001 (“Samen tuinieren 1”, griet@werk.example.org) (hetzelfde gegeven: " in said, said
    assert "maar komt van een ander adres" in said, said
    assert "aanvrager1@example.org" in said, said
    assert "mais vient d'une autre adresse" in attention_summary("possible_new_idea", detail, "fr")

    resolve(runtime, item["id"], "join", actor="tester")
    application = _apps(runtime)["MWB-2019-001"]
    assert application[0] == "griet@werk.example.org" and application[3] == 4  # two bodies, two forms
    # the updated receipt goes to the address on file
    assert _outbox_kinds(runtime) == [("receipt", "griet@werk.example.org"), ("receipt", "griet@werk.example.org")]


def test_a_resend_that_states_other_values_says_which_before_join_takes_them(tmp_path, make_runtime):
    # a review found `join` taking a resend's other amount into the file without the item having said so
    again = application_mail(values(1, amount="8.750", phone="0470 11 22 33"),
                             sender="Griet Voorbeeld1 <griet.thuis@example.net>")
    runtime = _first_then(tmp_path, make_runtime, again)
    item, = _items(runtime, "possible_new_idea")
    assert "requested_amount 9500.00 -> 8750.00" in item["summary"], item["summary"]
    assert "which join takes into the file" in item["summary"]
    detail = _detail(runtime, item)
    said = attention_summary("possible_new_idea", detail, "nl")
    assert "Andere gegevens dan in het dossier:" in said and "8.750" in said and "toevoegen neemt ze over" in said, said
    assert "l'ajouter les reprend" in attention_summary("possible_new_idea", detail, "fr")

    resolve(runtime, item["id"], "join", actor="tester")
    assert _apps(runtime)["MWB-2019-001"][1]["requested_amount"] == "8750.00"  # what the item said join does


def test_a_resend_with_the_same_values_says_none_differs(tmp_path, make_runtime):
    again = application_mail(values(1), sender="Griet Voorbeeld1 <griet.thuis@example.net>")
    runtime = _first_then(tmp_path, make_runtime, again)
    item, = _items(runtime, "possible_new_idea")
    assert "none of the values it states differs from the file" in item["summary"], item["summary"]


def test_split_makes_it_its_own_application_with_its_receipt(tmp_path, make_runtime):
    again = application_mail(values(1), sender="Griet Voorbeeld1 <griet.thuis@example.net>")
    runtime = _first_then(tmp_path, make_runtime, again)
    item, = _items(runtime, "possible_new_idea")
    resolve(runtime, item["id"], "split", actor="tester")
    assert list(_apps(runtime)) == ["MWB-2019-001", "MWB-2019-002"]
    assert _outbox_kinds(runtime)[-1] == ("receipt", "griet.thuis@example.net")


@pytest.mark.parametrize("second, because", [
    # another title, but the same person of the same group
    (application_mail(values(1, project_title="Bloemen aan de kerk", email="gv@example.net"),
                      sender="G. V. <gv@example.net>"),
     "the same contact person 'Griet Voorbeeld1' of 'Dorpsraad 1'"),
    # a mail without a form that names the contact address on file
    (make_email(sender="Thuis <thuis@example.net>", subject="Projectidee",
                body="Dag,\n\nWe willen een moestuin aanleggen achter de school van Lo.\nTitel: Moestuin voor "
                     "iedereen\nGevraagd bedrag: 4.000 euro\nContact: aanvrager1@example.org\n\nGroeten\n"),
     "it names MWB-2019-001's contact address aanvrager1@example.org"),
    # the same person's name on the mail and in the form, no group's name
    (application_mail(values(1, organisation="", project_title="Lo leeft",
                             email="griet.thuis@example.net"),
                      sender="Griet Voorbeeld1 <griet.thuis@example.net>"),
     "the same contact person 'Griet Voorbeeld1', writing under the same name"),
    # the group typed again with its legal form (a review's case: it became a second application)
    (application_mail(values(1, organisation="Dorpsraad 1 v.z.w.", project_title="Bloemen aan de kerk",
                             email="gv@example.net"), sender="G. V. <gv@example.net>"),
     "the same contact person 'Griet Voorbeeld1' of 'Dorpsraad 1 v.z.w.'"),
    # the title with the village added, sent by a colleague of the same group (a review's case)
    (application_mail(values(1, project_title="Samen tuinieren 1 in Lo", contact_name="Piet Voorbeeld",
                             email="piet@example.net", phone="0470 99 88 77"),
                      sender="Piet Voorbeeld <piet@example.net>"),
     "the same project title 'Samen tuinieren 1 in Lo'"),
])
def test_what_resembles_an_application_on_file_is_asked(tmp_path, make_runtime, second, because):
    runtime = _first_then(tmp_path, make_runtime, second)
    assert list(_apps(runtime)) == ["MWB-2019-001"]
    assert len(_outbox_kinds(runtime)) == 1
    item, = _items(runtime, "possible_new_idea")
    assert because in item["summary"], item["summary"]


@pytest.mark.parametrize("second", [
    # another group, person, title and address
    application_mail(values(2), sender="Jef <jef@example.org>"),
    # a title as common as "Buurtfeest" is many groups' title
    application_mail(values(2, project_title="Buurtfeest"), sender="Jef <jef@example.org>"),
    # the same first name, another person
    application_mail(values(2, contact_name="Griet Andere"), sender="Griet Andere <ga@example.org>"),
])
def test_another_groups_application_is_taken_in_as_usual(tmp_path, make_runtime, second):
    runtime = _two(tmp_path, make_runtime, application_mail(values(1, project_title="Buurtfeest"),
                                                            sender="Griet Voorbeeld1 <griet@werk.example.org>"), second)
    assert list(_apps(runtime)) == ["MWB-2019-001", "MWB-2019-002"]
    assert [kind for kind, _ in _outbox_kinds(runtime)] == ["receipt", "receipt"]
    assert _items(runtime, "possible_new_idea") == []


def test_the_strongest_likeness_names_the_application_not_the_oldest_that_shares_a_title(tmp_path, make_runtime):
    # a review's case: two groups with one common title; the second group's resend from home was put on the
    # first group's file (its title matched first), and `join` mixed the two groups' values
    common = "Buurtfeest in de straat"
    group_b = values(2, project_title=common, municipality="Poperinge", postcode="8970")
    runtime = _delivered(
        tmp_path, make_runtime,
        application_mail(values(1, project_title=common), sender="Griet Voorbeeld1 <griet@werk.example.org>"),
        application_mail(group_b, sender="Jef Andere <jef@example.net>", subject="Ons idee"),
        application_mail(group_b, sender="Jef Andere <jef.thuis@example.org>", subject="nog eens"))
    assert list(_apps(runtime)) == ["MWB-2019-001", "MWB-2019-002"]  # another person of another group: its own
    item, = _items(runtime, "possible_new_idea")
    assert item["reference"] == "MWB-2019-002", item["summary"]


def test_a_town_halls_address_named_by_two_groups_is_no_resend(tmp_path, make_runtime):
    shared = "vrijetijd@lo-reninge.example.org"
    runtime = _two(tmp_path, make_runtime,
                   application_mail(values(1, email=shared), sender="Griet <griet@example.org>"),
                   application_mail(values(2, email=shared), sender="Jef <jef@example.net>"))
    assert list(_apps(runtime)) == ["MWB-2019-001", "MWB-2019-002"]
    assert _items(runtime, "possible_new_idea") == []


def test_a_common_title_with_a_year_is_no_resend(tmp_path, make_runtime):
    # a review's case: "Buurtfeest 2019" from a mail whose people were not read was held as the first's resend
    runtime = _two(tmp_path, make_runtime, application_mail(values(1, project_title="Buurtfeest 2019"),
                                                            sender="Griet Voorbeeld1 <griet@werk.example.org>"),
                   make_email(sender="Wijk Zuid <wijkzuid@example.net>", subject="Projectidee",
                              body="Dag,\n\nWij dienen een projectidee in.\nTitel: Buurtfeest 2019\nGevraagd bedrag: "
                                   "3.000 euro\nWij organiseren een buurtfeest met alle bewoners van de wijk.\n\n"
                                   "Groeten\n"))
    assert list(_apps(runtime)) == ["MWB-2019-001", "MWB-2019-002"]
    assert _items(runtime, "possible_new_idea") == []


@pytest.mark.parametrize("new, on_file, same", [
    ("Samen tuinieren 1 in Lo", "Samen tuinieren 1", True),
    ("Buurt-moestuin Kapellewijk", "Buurtmoestuin Kapellewijk", True),  # a review's case
    ("Comité des Fêtes Bambecque", "Comité des fêtes de Bambecque", True),
    # two words inside a longer title are many groups' ("Fête des voisins rue Pasteur": a review's case)
    ("Jardin partagé du presbytère", "Le jardin partagé", False),
    ("Fête des voisins rue Pasteur", "Fête des voisins", False),
    ("Fête des voisins", "Fête des voisins", False),  # under 12 letters
    ("Buurtfeest 2019", "Buurtfeest in 2019", False),  # one content word: many groups' title
    ("Moestuin", "Moestuin", False),
    ("Samen tuinieren", "Samen koken", False),
])
def test_titles_compare_by_their_content_words(new, on_file, same):
    from intake.applications.resends import same_title
    assert same_title(new, on_file) is same


def test_a_groups_name_compares_without_its_legal_form():
    from intake.applications.resends import group_words
    assert group_words("Dorpsraad Lo vzw") == group_words("Dorpsraad Lo v.z.w.") == group_words("Dorpsraad Lo")
    assert group_words("Comité des fêtes, asbl") == group_words("comite des fetes")
    assert group_words("Dorpsraad Lo") != group_words("Dorpsraad Loker")


@pytest.mark.parametrize("body, because", [
    # from a phone, under the name on file, the same amount, no form (a review's case: a second application)
    ("Hallo,\n\nIk stuur ons idee nog eens, ik weet niet of het aankwam.\nWe willen samen tuinieren in Lo met de "
     "hele buurt en vragen daarvoor 9.500 euro.\n\nGroetjes\nGriet\n\nVerzonden vanaf mijn iPhone\n",
     "the same name 'Griet Voorbeeld1' asking the same amount 9500.00"),
    # the phone number on file, under another display name
    ("Dag,\n\nHierbij nogmaals ons projectidee: samen tuinieren in Lo. We vragen 9.500 euro.\n"
     "Bel me gerust: 051 70 12 34\n\nGroeten\n",
     "the same phone number +3251701234"),
])
def test_a_body_only_resend_from_a_phone_is_asked(tmp_path, make_runtime, body, because):
    sender = ("Griet Voorbeeld1 <griet.gsm@example.net>" if "Griet\n" in body
              else "GV <gv.gsm@example.net>")
    runtime = _first_then(tmp_path, make_runtime, make_email(sender=sender, subject="ons idee", body=body))
    assert list(_apps(runtime)) == ["MWB-2019-001"]
    item, = _items(runtime, "possible_new_idea")
    assert because in item["summary"], item["summary"]


_KAPELLE = dict(organisation="Buurtcomité De Kapelle", project_title="Samen tuinieren in de Kapellewijk")


@pytest.mark.parametrize("first, second, because", [
    # a colleague types the group a little differently; the title is the same (a review's case)
    (application_mail(values(1, **_KAPELLE), sender="Griet <griet@werk.example.org>"),
     application_mail(values(1, organisation="Buurtcomité Kapelle", project_title=_KAPELLE["project_title"],
                             contact_name="Piet Claeys", email="piet@example.net", phone="0470 99 88 77"),
                      sender="Piet Claeys <piet@example.net>"),
     "the same project title 'Samen tuinieren in de Kapellewijk'"),
    # the surname's particles written together (a review's case)
    (application_mail(values(1, contact_name="Griet Van den Broucke"), sender="G <griet@werk.example.org>"),
     application_mail(values(1, contact_name="Griet Vandenbroucke", email="gv@example.net", phone="0470 12 34 56",
                             project_title="Moestuin voor de buurt"), sender="GV <gv@example.net>"),
     "the same contact person 'Griet Vandenbroucke' of 'Dorpsraad 1'"),
    # from a phone, signed with a first name, the surname first, or in French (a review's cases)
    *[(application_mail(values(1, amount="9.450"), sender="Griet Voorbeeld1 <griet@werk.example.org>"),
       make_email(sender=f"{name} <griet.gsm@example.net>", subject="ons idee",
                  body="Hallo,\n\nIk stuur ons idee nog eens.\nWe willen samen tuinieren in Lo en vragen daarvoor "
                       "9.450 euro.\n\nGroetjes\nGriet\n"),
       f"the same name '{name}' asking the same amount 9450.00") for name in ("Griet", "Voorbeeld1 Griet")],
    # a first name and a round amount are many people's: here the words "stuur ... nog eens" say it
    (application_mail(values(1), sender="Griet Voorbeeld1 <griet@werk.example.org>"),
     make_email(sender="Griet <griet.gsm@example.net>", subject="ons idee",
                body="Hallo,\n\nIk stuur ons idee nog eens.\nWe willen samen tuinieren in Lo en vragen daarvoor "
                     "9.500 euro.\n\nGroetjes\nGriet\n"),
     "it says it sends again, under the name 'Griet'"),
    (application_mail(values(1, language="fr"), sender="Camille Exemple1 <camille@werk.example.org>"),
     make_email(sender="EXEMPLE1 Camille <camille.gsm@example.net>", subject="notre projet",
                body="Bonjour,\n\nJe renvoie notre projet au cas où.\nNous voulons un jardin partagé et demandons "
                     "9 500,00 €.\n\nCamille\n"),
     "the same name 'EXEMPLE1 Camille' asking the same amount 9500.00"),
])
def test_resends_typed_again_are_asked(tmp_path, make_runtime, first, second, because):
    runtime = _two(tmp_path, make_runtime, first, second)
    assert list(_apps(runtime)) == ["MWB-2019-001"]
    item, = _items(runtime, "possible_new_idea")
    assert because in item["summary"], item["summary"]


@pytest.mark.parametrize("first, second", [
    # namesakes of two groups, and one person for two associations (a review's cases)
    (application_mail(values(1, contact_name="Jan Peeters", organisation="Buurtcomité Zonnebeke"),
                      sender="Jan Peeters <jan@zonnebeke.example.org>"),
     application_mail(values(2, contact_name="Jan Peeters", organisation="Speelpleinwerking Poperinge",
                             phone="0470 55 66 77", municipality="Poperinge", postcode="8970", amount="6.000"),
                      sender="Jan Peeters <jan.peeters@example.net>")),
    (application_mail(values(1, language="fr", contact_name="Marie Dubois",
                             organisation="Comité des fêtes de Bailleul"), sender="Marie Dubois <md@example.org>"),
     application_mail(values(2, language="fr", contact_name="Marie Dubois", organisation="APE école Jules Ferry",
                             project_title="Cour d'école verte"), sender="Marie Dubois <ape@example.net>")),
    # a town hall's phone and address named by an informal group with another contact person
    (application_mail(values(1, phone="057 34 66 00", email="verenigingen@heuvelland.example.org"),
                      sender="Griet Voorbeeld1 <griet@werk.example.org>"),
     application_mail(values(2, organisation="", contact_name="Tom Buur", phone="057 34 66 00",
                             email="verenigingen@heuvelland.example.org"), sender="Tom Buur <tom@example.net>")),
    # a family's phone, the second form giving a first name only
    (application_mail(values(1), sender="Griet Voorbeeld1 <griet@werk.example.org>"),
     application_mail(values(2, organisation="", contact_name="Els"), sender="Els <els@example.net>")),
    # a common title from another village, and two words inside a longer title (a review's cases)
    (application_mail(values(1, language="fr", project_title="Jardin partagé", municipality="Bailleul",
                             postcode="59270"), sender="Camille <c@example.org>"),
     make_email(sender="Habitants <habitants@example.net>", subject="Projet",
                body="Bonjour,\n\nNous, habitants du quartier de la gare à Hazebrouck, présentons un projet.\n"
                     "Titre : Jardin partagé\nMontant demandé : 3 000 euros\nAdresse : 59190 Hazebrouck\n\n"
                     "Cordialement\n")),
    (application_mail(values(1, language="fr", project_title="Fête des voisins"), sender="Camille <c@example.org>"),
     application_mail(values(2, language="fr", project_title="Fête des voisins rue Pasteur", organisation="",
                             contact_name="", phone="03 20 11 22 33"), sender="Rue Pasteur <pasteur@example.net>")),
])
def test_other_groups_that_share_a_name_phone_address_or_title_are_taken_in(tmp_path, make_runtime, first, second):
    runtime = _two(tmp_path, make_runtime, first, second)
    assert list(_apps(runtime)) == ["MWB-2019-001", "MWB-2019-002"]
    assert _items(runtime, "possible_new_idea") == []


def test_of_a_groups_two_ideas_the_one_sent_again_is_named(tmp_path, make_runtime):
    # a review's case: both files carry the group's address; the older was named, and `join` overwrote it
    maildir = tmp_path / "mailbox"
    runtime = make_runtime(mailbox={"url": f"maildir:{maildir}"})
    runtime.clock = lambda: at(5, 20)
    second_idea = values(1, project_title="Bloemen aan de kerk", amount="4.000")
    deliver(maildir, "00.eml", application_mail(values(1), sender="Griet Voorbeeld1 <griet@werk.example.org>"),
            at(5, 10))
    deliver(maildir, "01.eml", application_mail(second_idea, sender="Griet Voorbeeld1 <griet@werk.example.org>",
                                                subject="idee 2"), at(5, 11))
    run_cycle(runtime)
    asked, = _items(runtime, "possible_new_idea")  # the same sender's other title: a second idea, asked
    resolve(runtime, asked["id"], "split", actor="tester")
    assert list(_apps(runtime)) == ["MWB-2019-001", "MWB-2019-002"]
    deliver(maildir, "02.eml", application_mail(second_idea, sender="Griet Voorbeeld1 <griet.thuis@example.net>",
                                                subject="nog eens"), at(5, 12))
    run_cycle(runtime)
    item, = _items(runtime, "possible_new_idea")
    assert item["reference"] == "MWB-2019-002", item
    assert "none of the values it states differs from the file" in item["summary"], item["summary"]


def test_the_desk_says_both_halves_of_a_name_and_amount_likeness_and_french_spacing(tmp_path, make_runtime):
    # a review found "hetzelfde gegeven: gevraagd bedrag: 9500.00" (the name, half the evidence, unsaid) and
    # "titre du projet: X" without French spacing
    runtime = _two(tmp_path, make_runtime,
                   application_mail(values(1, amount="9.450"), sender="Griet Voorbeeld1 <griet@werk.example.org>"),
                   make_email(sender="Griet <griet.gsm@example.net>", subject="ons idee",
                              body="Hallo,\n\nIk stuur ons idee nog eens: Samen tuinieren in de wijk.\nWe vragen "
                                   "9.450 euro.\n\nGriet\n"))
    item, = _items(runtime, "possible_new_idea")
    detail = _detail(runtime, item)
    said = attention_summary("possible_new_idea", detail, "nl")
    assert "Griet, € 9.450" in said or "Griet, 9.450" in said, said
    french = attention_summary("possible_new_idea", {**detail, "differs": [
        {"field": "project_title", "old": "Samen tuinieren 1", "new": "Samen tuinieren in de wijk"}]}, "fr")
    assert "titre du projet : Samen tuinieren 1 → Samen tuinieren in de wijk" in french, french
    assert "“ons idee” : ressemble à" in french, french


_CENTRUM = dict(organisation="Buurtwerking Lo-Centrum", amount="4.750", total_budget="5.900")


@pytest.mark.parametrize("second, because", [
    # a group that renamed itself and its project writes from its new address, naming the old name
    (make_email(sender="Samen Sterk Lo <info@samensterklo.example.org>", subject="Naamswijziging",
                body="Beste,\n\nOnze vereniging heet sinds de algemene vergadering 'Samen Sterk Lo vzw' (vroeger "
                     "'Buurtwerking Lo-Centrum'), en ons project heet voortaan 'Het Lose Huis'. Ons nieuwe adres is "
                     "info@samensterklo.example.org. Het gevraagde bedrag blijft 4.750 euro.\n\nGroeten,\n"
                     "Griet Voorbeeld1\n"),
     "its text names MWB-2019-001's organisation 'Buurtwerking Lo-Centrum'"),
    # the contact person answers from a private address under her own name (the group's address wrote first)
    (make_email(sender="Griet Voorbeeld1 <griet.prive@example.net>", subject="Antwoord op uw vragen - moestuin",
                body="Dag,\n\nZoals telefonisch besproken: de eigenaar van het perceel gaat akkoord, zie zijn brief in "
                     "bijlage, en de gemeente neemt het onderhoud op zich.\n\nGroeten,\nGriet\n",
                attachments=[("akkoord_eigenaar.pdf", _text_pdf(["Akkoord eigenaar perceel", "Ik ga akkoord met "
                                                                  "de moestuin op mijn perceel in Lo."]),
                              "application/pdf")]),
     "it comes under the name of MWB-2019-001's contact person 'Griet Voorbeeld1'"),
    # from a phone, "nogmaals", under her first name, with another amount
    (make_email(sender="Griet <griet.gsm@example.net>", subject="moestuin",
                body="Hallo, hier nogmaals ons projectidee van de moestuin in Lo. Het budget is ondertussen 5.200 "
                     "euro want we willen ook een regenton. Groeten, Griet\n\nVerzonden vanaf mijn iPhone\n"),
     "it says it sends again, under the name 'Griet'"),
    # a colleague types it again: the group's name shorter, another title, the same budget to the euro
    (application_mail(values(1, organisation="Buurtwerk Lo centrum", contact_name="Dirk Ander",
                             email="dirk@example.net", phone="0475 68 02 14", project_title="Repaircafé",
                             amount="4.750", total_budget="5.900"),
                      sender="Dirk Ander <dirk@example.net>"),
     "the same amounts: 4750.00 asked of 5900.00"),
])
def test_what_a_coordinator_would_recognise_as_the_same_file_is_asked(tmp_path, make_runtime, second, because):
    runtime = _two(tmp_path, make_runtime, application_mail(values(1, **_CENTRUM),
                                                            sender="Buurtwerking <info@buurtwerking.example.org>"),
                   second)
    assert list(_apps(runtime)) == ["MWB-2019-001"]
    item, = _items(runtime, "possible_new_idea")
    assert because in item["summary"], item["summary"]


def test_a_question_from_a_new_address_that_names_a_groups_file_is_asked_not_offered_the_brainstorm(
        tmp_path, make_runtime):
    # our wording of a blind mailbox's case: the group's old address closed, it asks from its new one
    first = application_mail(values(1, language="fr", organisation="Comité des fêtes de Killem"),
                             sender="Comité <comite.killem@example.org>")
    question = make_email(sender="Camille Exemple1 <comite.fetes.killem@example.net>",
                          subject="Nouvelle adresse mail - Comité des fêtes de Killem",
                          body="Bonsoir,\n\nNotre ancienne adresse a été fermée. Pouvez-vous mettre à jour notre "
                               "dossier avec cette nouvelle adresse : comite.fetes.killem@example.net ?\n\nCamille\n")
    runtime = _two(tmp_path, make_runtime, first, question)
    assert _outbox_kinds(runtime) == [("receipt", "comite.killem@example.org")]  # no brainstorm offer
    item, = _items(runtime, "possible_new_idea")
    assert "a new question from comite.fetes.killem@example.net resembles MWB-2019-001" in item["summary"]
    assert "its text names MWB-2019-001's organisation 'Comité des fêtes de Killem'" in item["summary"]


def test_a_plain_question_from_a_new_address_gets_the_brainstorm_offer(tmp_path, make_runtime):
    question = make_email(sender="Anne Autre <anne@example.net>", subject="Question",
                          body="Bonjour,\n\nNous n'avons pas encore d'idée de projet. Pouvez-vous nous envoyer plus "
                               "d'informations sur l'appel ?\n\nAnne\n")
    runtime = _two(tmp_path, make_runtime, application_mail(values(1, language="fr"), sender="C <c@example.org>"),
                   question)
    assert [kind for kind, _ in _outbox_kinds(runtime)] == ["receipt", "brainstorm"]
    assert _items(runtime, "possible_new_idea") == []


_PEETERS = application_mail(values(1, contact_name="Jan Peeters", organisation="Dorpsraad Lo-Zuid", amount="5.000",
                                   project_title="Fête des voisins"), sender="Jan Peeters <jan@lozuid.example.org>")
_RENINGE = dict(organisation="Buurtcomité Reninge-Dorp", contact_name="Pieter Claeys", phone="0478 12 34 56",
                amount="4.300", total_budget="5.100", project_title="Speelweefsel Reninge", email="pc@example.net")


@pytest.mark.parametrize("second", [
    # another group's form names a partner group on file (a second review's case)
    application_mail(values(2, **_RENINGE, summary="We werken hiervoor samen met Dorpsraad Lo-Zuid."),
                     sender="Pieter Claeys <pc@example.net>"),
    # an event on file's title named in another group's mail
    application_mail(values(2, **{**_RENINGE, "project_title": "Buurtbabbel", "summary": "Op de Fête des voisins "
                                  "stellen we het voor."}), sender="Pieter Claeys <pc@example.net>"),
    # everyday words that are no resend, under a first name on file, and a first name with a round amount
    make_email(sender="Jan <jan.devos@example.net>", subject="Waterput",
               body="Dag,\n\nWe willen de oude waterput opnieuw in gebruik nemen, met een pomp en een bank. We vragen "
                    "3.200 euro.\n\nJan\n"),
    make_email(sender="Jan <jan.devos@example.net>", subject="Speelstraat",
               body="Dag,\n\nWe willen een speelstraat in de Molenwijk met spelmateriaal. We vragen 5.000 euro.\n\n"
                    "Nogmaals bedankt voor deze oproep!\nJan\n"),
])
def test_a_second_review_s_false_alarms_are_taken_in(tmp_path, make_runtime, second):
    runtime = _two(tmp_path, make_runtime, _PEETERS, second)
    assert list(_apps(runtime)) == ["MWB-2019-001", "MWB-2019-002"]
    assert _items(runtime, "possible_new_idea") == []


def test_a_question_naming_a_partner_group_on_file_gets_the_brainstorm_offer(tmp_path, make_runtime):
    question = make_email(sender="Luc Ander <luc@example.net>", subject="Vraag",
                          body="Dag,\n\nMogen we een project indienen met Dorpsraad Lo-Zuid als partner? We hebben nog "
                               "geen concreet idee.\n\nLuc\n")
    runtime = _two(tmp_path, make_runtime, _PEETERS, question)
    assert [kind for kind, _ in _outbox_kinds(runtime)] == ["receipt", "brainstorm"]


@pytest.mark.parametrize("body", [
    "Dag,\n\nIk stuur ons idee nog een keer, voor de Fête des voisins in Lo. We vragen 5.000 euro.\n\nJan\n",
    "Bonjour,\n\nJe vous envoie encore une fois notre projet pour la Fête des voisins : 5 000 euros.\n\nJan\n",
])
def test_a_second_review_s_missed_resends_are_asked(tmp_path, make_runtime, body):
    runtime = _two(tmp_path, make_runtime, _PEETERS, make_email(sender="Jan <jan.p@example.net>", subject="idee",
                                                                 body=body))
    assert list(_apps(runtime)) == ["MWB-2019-001"]
    item, = _items(runtime, "possible_new_idea")
    assert "it says it sends again, under the name 'Jan'" in item["summary"], item["summary"]
