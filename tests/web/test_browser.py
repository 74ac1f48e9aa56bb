"""The coordinator's desk in a real browser: Debian's Chromium, driven by Playwright, against `intake web`.

Screenshots of the desk, the list and one application are written to var/test-output/web/.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.support.cli import run_intake_here
from tests.web.conftest import (
    COORDINATOR,
    HOSTILE_ORGANISATION,
    HOSTILE_SUBJECT,
    HOSTILE_TITLE,
    REVIEWER,
    SCREENSHOTS,
    sign_in,
)

PROTECTED = ["/", "/applications", "/applications/MWB-2019-001", "/messages", "/outbox", "/export/xlsx",
             "/applications/MWB-2019-001/documents/2"]


def _reference_of(console, sender: str) -> str:
    return next(r["reference"] for r in console.records() if r["sender"] == sender)


def _pdf_document(console, reference: str) -> dict:
    shown = console.show(reference)
    return next(d for d in shown["documents"] if d["content_type"] == "application/pdf")


def test_anonymous_visitor_is_sent_to_login(console, browser_context):
    watched = browser_context()
    page = watched.page
    for path in PROTECTED:
        response = page.goto(console.url + path)
        assert response.ok
        assert page.url.startswith(console.url + "/login?next="), path
        assert page.locator("form[action='/login'] input[name=email]").count() == 1
    assert page.request.get(console.url + "/healthz").text() == "ok"
    assert watched.problems() == []


def test_sign_in_and_the_list_shows_every_application(console, browser_context):
    watched = browser_context()
    page = watched.page
    page.goto(console.url + "/applications")
    page.fill("#email", COORDINATOR[0])
    page.fill("#password", "wrong password, twelve+")
    page.click("button[type=submit]")
    assert page.locator("#login-error").is_visible()
    page.fill("#password", COORDINATOR[1])
    page.click("button[type=submit]")
    page.wait_for_url(console.url + "/applications")  # back where the visitor wanted to go
    records = console.records()
    assert len(records) == 4
    shown = page.locator("#applications tbody tr td:first-child a").all_inner_texts()
    assert sorted(shown) == sorted(r["reference"] for r in records)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "list.png"), full_page=True)
    page.goto(console.url + "/")
    assert page.locator("h1").inner_text() == "Overzicht"
    page.screenshot(path=str(SCREENSHOTS / "desk.png"), full_page=True)
    # the filter and the search narrow the same list
    page.goto(console.url + "/applications?language=fr")
    assert page.locator("#applications tbody tr").count() == sum(r["language"] == "fr" for r in records)
    page.goto(console.url + "/applications?q=tuinieren")
    assert page.locator("#applications tbody tr").count() == 1
    assert watched.problems() == []


def test_a_pdf_is_viewable_beside_the_fields(console, browser_context):
    watched = browser_context()
    sign_in(watched, console)
    page = watched.page
    reference = _reference_of(console, "griet@example.org")
    pdf = _pdf_document(console, reference)
    page.goto(f"{console.url}/applications/{reference}")
    frame = page.locator("iframe.pdf")
    assert frame.count() == 1
    source = frame.get_attribute("src")
    assert source.split("#")[0] == f"/applications/{reference}/documents/{pdf['id']}"
    response = page.request.get(console.url + source.split("#")[0])
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline;")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.body().startswith(b"%PDF-")
    # the fields are on the same screen, with their source
    assert page.locator("input[name=requested_amount]").input_value() == "9500.00"
    page.set_viewport_size({"width": 1400, "height": 1500})
    page.wait_for_timeout(5000)  # the PDF viewer draws the page a moment after the frame loads
    page.screenshot(path=str(SCREENSHOTS / "application.png"))
    assert watched.problems() == []


def test_a_correction_through_the_page_is_what_show_reports(console, browser_context):
    watched = browser_context()
    sign_in(watched, console)
    page = watched.page
    reference = _reference_of(console, "griet@example.org")
    page.goto(f"{console.url}/applications/{reference}")
    page.fill("input[name=requested_amount]", "8.750,00")
    page.fill("input[name=municipality]", "poperinge")
    page.select_option("select[name=status]", "selected")
    page.fill("textarea[name=note]", "Jury 20/6: sterk buurtproject")
    page.click("#save")
    page.wait_for_url(re.compile(r".*outcome=saved"))
    shown = console.show(reference)
    assert shown["requested_amount"] == "8750.00"
    assert shown["fields"]["requested_amount"]["set_by"] == "coordinator"
    assert shown["municipality"] == "Poperinge"  # normalised as `intake set` would
    assert shown["status"] == "selected"
    decision = [e for e in shown["history"] if e["kind"] == "status_set"][-1]
    assert decision["note"] == "Jury 20/6: sterk buurtproject" and decision["by"] == COORDINATOR[0]
    corrected = [e for e in shown["history"] if e["kind"] == "corrected"]
    assert {e["field"] for e in corrected} == {"requested_amount", "municipality"}
    assert all(e["by"] == COORDINATOR[0] for e in corrected)
    # the page shows what was stored
    assert page.locator("input[name=requested_amount]").input_value() == "8750.00"
    # a wrong value changes nothing and says which field
    page.fill("input[name=requested_amount]", "veel geld")
    page.fill("input[name=organisation]", "Nieuwe naam")
    page.click("#save")
    assert page.locator("#form-errors").is_visible()
    assert page.locator("input[name=requested_amount][aria-invalid=true]").count() == 1
    after = console.show(reference)
    assert after["requested_amount"] == "8750.00" and after["organisation"] == shown["organisation"]
    assert watched.problems() == []


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(console, browser_context):
    watched = browser_context()
    sign_in(watched, console)
    page = watched.page
    reference = _reference_of(console, "camille@example.net")
    before = console.show(reference)
    url = f"{console.url}/applications/{reference}"
    for form in ({"requested_amount": "1,00", "status": "rejected"},
                 {"requested_amount": "1,00", "status": "rejected", "csrf_token": "forged"}):
        response = page.request.post(url, form=form, max_redirects=0)
        assert response.status == 403
    assert console.show(reference) == before
    # the same change with the page's own token goes through: the refusal was the token, nothing else
    page.goto(url)
    token = page.locator("#correction input[name=csrf_token]").input_value()
    response = page.request.post(url, form={"requested_amount": "7000", "csrf_token": token}, max_redirects=0)
    assert response.status == 303
    assert console.show(reference)["requested_amount"] == "7000.00"
    assert watched.problems() == []


def test_a_reviewer_reads_and_cannot_change_anything(console, browser_context):
    watched = browser_context()
    sign_in(watched, console, REVIEWER)
    page = watched.page
    reference = _reference_of(console, "camille@example.net")
    before = console.show(reference)
    page.goto(f"{console.url}/applications/{reference}")
    assert page.locator("form#correction").count() == 0
    assert page.locator("input[name=requested_amount], select[name=status]").count() == 0
    assert page.get_by_text(before["project_title"]).count() >= 1
    # the contact person is not the jury's business: not among the fields, not as the sender (the form itself,
    # shown as the document it is, still carries its contact block: README, "Roles")
    assert page.locator("table.fields").get_by_text(before["email"]).count() == 0
    assert page.locator("table.fields").get_by_text(before["contact_name"]).count() == 0
    assert page.locator(".apphead").get_by_text(before["sender"]).count() == 0
    token = page.locator("form[action='/logout'] input[name=csrf_token]").input_value()
    url = f"{console.url}/applications/{reference}"
    response = page.request.post(url, form={"requested_amount": "1", "status": "rejected", "csrf_token": token},
                                 max_redirects=0)
    assert response.status == 403
    response = page.request.post(console.url + "/outbox/retry", form={"id": "1", "csrf_token": token},
                                 max_redirects=0)
    assert response.status == 403
    for path in ("/messages", "/outbox", "/export/xlsx"):
        assert page.request.get(console.url + path, max_redirects=0).status == 403, path
    assert console.show(reference) == before
    assert watched.problems() == []


def test_applicant_html_and_script_never_run(console, browser_context):
    watched = browser_context()
    sign_in(watched, console)
    page = watched.page
    reference = _reference_of(console, "mallory@example.org")
    for path in ("/", "/applications", f"/applications/{reference}", "/messages", "/outbox"):
        page.goto(console.url + path)
        page.wait_for_load_state("load")
        assert page.locator("img[src=x]").count() == 0, path
        assert page.locator("script").count() == 0, path  # not even ours: the pages need none
    page.goto(console.url + "/messages")
    assert page.get_by_text(HOSTILE_SUBJECT).count() == 1  # shown as the text it is
    page.goto(f"{console.url}/applications/{reference}")
    assert page.locator("input[name=organisation]").input_value() == HOSTILE_ORGANISATION
    assert page.locator("input[name=project_title]").input_value() == HOSTILE_TITLE
    page.goto(f"{console.url}/applications?q=script")
    assert page.get_by_text(HOSTILE_TITLE).count() == 1
    assert watched.dialogs == []
    assert watched.problems() == []


def test_french_with_lang_fr_and_from_the_browser(console, browser_context):
    watched = browser_context()
    sign_in(watched, console)
    page = watched.page
    page.goto(console.url + "/applications?lang=fr")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Demandes"
    assert page.get_by_role("link", name="Tableau de bord").count() == 1
    page.goto(console.url + "/")  # the choice stays for the session
    assert page.locator("h1").inner_text() == "Tableau de bord"
    assert "Heures de Bruxelles" in page.locator("footer").inner_text()
    page.goto(console.url + "/?lang=nl")
    assert page.locator("h1").inner_text() == "Overzicht"
    french_browser = browser_context(locale="fr-BE")
    french_browser.page.goto(console.url + "/login")
    assert french_browser.page.locator("h1").inner_text() == "Se connecter"
    assert watched.problems() == [] and french_browser.problems() == []


def test_the_correction_form_works_with_the_keyboard_alone(console, browser_context):
    watched = browser_context()
    page = watched.page
    page.goto(console.url + "/login")
    assert page.evaluate("document.activeElement.id") == "email"  # the sign-in form has the focus at once
    page.keyboard.type(COORDINATOR[0])
    page.keyboard.press("Tab")
    page.keyboard.type(COORDINATOR[1])
    page.keyboard.press("Enter")
    page.wait_for_url(console.url + "/")
    reference = next(r["reference"] for r in console.records() if r["sender"] == "jef@example.org")
    page.goto(f"{console.url}/applications/{reference}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"  # the first stop skips the menu
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # from the start of the content, Tab reaches the first field of the form
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "organisation":
            break
    else:
        pytest.fail("Tab never reached the correction form")
    while page.evaluate("document.activeElement.name") != "summary":
        page.keyboard.press("Tab")
    page.keyboard.type("Een buurtmeester per straat en een buurtbabbel.")
    while page.evaluate("document.activeElement.name") != "status":
        page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # auto -> selected
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "note"
    page.keyboard.type("per telefoon aangevuld")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "save"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*outcome=saved"))
    shown = console.show(reference)
    assert shown["summary"] == "Een buurtmeester per straat en een buurtbabbel."
    assert shown["status"] == "selected"
    assert "summary" not in shown["missing"]
    assert watched.problems() == []


def test_no_console_errors_on_any_page(console, browser_context):
    watched = browser_context()
    sign_in(watched, console)
    page = watched.page
    paths = ["/", "/applications", "/applications?sort=requested_amount&dir=desc", "/applications?problem=any",
             "/messages", "/outbox", "/?lang=fr", "/applications?lang=fr"]
    for record in console.records():
        for document in console.show(record["reference"])["documents"]:
            paths.append(f"/applications/{record['reference']}?doc={document['id']}")
    for path in paths:
        response = page.goto(console.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    assert watched.problems() == []


def test_the_decision_letter_is_drafted_edited_and_approved_on_the_application_page(console, browser_context):
    watched = browser_context()
    sign_in(watched, console)
    page = watched.page
    reference = _reference_of(console, "camille@example.net")
    page.goto(f"{console.url}/applications/{reference}")
    page.select_option("select[name=status]", "rejected")
    page.fill("textarea[name=note]", "Jury: buiten het thema")
    page.click("#save")
    page.wait_for_url(re.compile(r".*outcome=saved"))
    page.click("#letter-draft")
    page.wait_for_url(re.compile(r".*outcome=letter_drafted"))
    assert page.locator("#letter-state").inner_text() in ("ontwerp", "brouillon")
    text = page.locator("#letter_text").input_value()
    assert reference in text and "buiten het thema" not in text  # the note stays with the coordinator
    page.fill("#letter_text", text.replace(reference, f"{reference} (met dank aan de hele buurt)", 1))
    page.click("#letter-approve")
    page.wait_for_url(re.compile(r".*outcome=letter_approved"))
    assert page.locator("#letter-state").inner_text() in ("goedgekeurd", "approuvée")
    assert "(met dank aan de hele buurt)" in page.locator("#letter_text").input_value()
    listed = run_intake_here("letters", "list", "--format", "jsonl", config=console.config).stdout.decode()
    record = next(json.loads(line) for line in listed.splitlines() if json.loads(line)["reference"] == reference)
    assert (record["decision"], record["state"], record["approved_by"]) == ("rejected", "approved", COORDINATOR[0])
    assert record["outbox_id"] is None  # approved is not sent
    page.screenshot(path=str(SCREENSHOTS / "letter.png"), full_page=True)
    page.click("#letter-send")
    page.wait_for_url(re.compile(r".*outcome=letter_queued"))
    listed = run_intake_here("letters", "list", "--format", "jsonl", config=console.config).stdout.decode()
    record = next(json.loads(line) for line in listed.splitlines() if json.loads(line)["reference"] == reference)
    assert record["state"] == "queued" and record["outbox_id"] is not None
    assert page.locator("#letter-form").count() == 0 and page.locator("#letter-draft").count() == 0
    assert watched.problems() == []


def test_a_reviewer_sees_no_letter_and_cannot_post_one(console, browser_context):
    watched = browser_context()
    sign_in(watched, console, REVIEWER)
    page = watched.page
    reference = console.records()[0]["reference"]
    page.goto(f"{console.url}/applications/{reference}")
    assert page.locator("#letter").count() == 0
    token = page.locator("input[name=csrf_token]").first.input_value()  # the sign-out form's: a valid token
    response = page.request.post(f"{console.url}/applications/{reference}/letter",
                                 form={"action": "draft", "csrf_token": token})
    assert response.status == 403  # a reviewer only reads
    assert run_intake_here("letters", "list", "--format", "jsonl", config=console.config).stdout.decode().count(
        reference) == 0


def test_the_desk_starts_with_what_to_decide_and_a_button_settles_it(console, browser_context):
    watched = browser_context()
    sign_in(watched, console, COORDINATOR)
    page = watched.page
    page.goto(console.url + "/")
    heading = page.locator("h2#h-decide")
    assert re.match(r"Te beslissen \(\d+\)", heading.inner_text())
    before = page.locator("ul.decide > li").count()
    assert before >= 1  # at least the seeded inquiry
    first = page.locator("ul.decide > li").first
    item_id = first.get_attribute("id")
    first.locator("button").first.click()
    page.wait_for_url(re.compile(r"/\?outcome=settled-\d+$"))
    assert page.locator("ul.decide > li").count() == before - 1
    assert page.locator(f"#{item_id}").count() == 0
    listed = [line for line in console_attention(console) if f'"id": {item_id.split("-")[1]},' in line]
    assert listed == []
    assert watched.problems() == []


def console_attention(console) -> list[str]:
    return run_intake_here("attention", "--format", "jsonl", config=console.config).stdout.decode().splitlines()
