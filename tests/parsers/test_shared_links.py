"""Links to shared files: which services, which of their pages, and the address behind an HTML button."""

from __future__ import annotations

import pytest

from parsers.email_body import html_to_text
from parsers.shared_links import MAX_LINKS, SharedLink, service_of, shared_links


@pytest.mark.parametrize(("url", "service"), [
    ("https://we.tl/t-AbC123xyz", "WeTransfer"),
    ("https://wetransfer.com/downloads/5f2a9c/1b7e", "WeTransfer"),
    ("https://drive.google.com/file/d/1aBcD/view?usp=sharing", "Google Drive"),
    ("https://docs.google.com/document/d/1xYz/edit", "Google Docs"),
    ("https://1drv.ms/b/s!AkLm", "OneDrive"),
    ("https://gemeente-my.sharepoint.com/:b:/g/personal/x/EaBc", "OneDrive"),
    ("https://www.dropbox.com/scl/fi/abc/aanvraag.pdf?dl=0", "Dropbox"),
    ("https://www.swisstransfer.com/d/8f1e", "SwissTransfer"),
    ("https://filesender.belnet.be/?s=download&token=ab12", "Belnet FileSender"),
    ("https://fromsmash.com/Xy1-dt", "Smash"),
    ("https://www.icloud.com/attachment/?u=https%3A%2F%2Fcvws", "iCloud Mail Drop"),
    # not files: a questionnaire, a web page, a look-alike host
    ("https://docs.google.com/forms/d/e/1FAIpQL/viewform", None),
    ("https://www.example.org/dorpsraad", None),
    ("https://wetransfer.com.example.net/downloads/x", None),
    ("https://notwetransfer.com/downloads/x", None),
])
def test_the_service_of_an_address(url: str, service: str | None) -> None:
    assert service_of(url) == service


def test_links_in_a_mails_text_each_once_without_the_sentences_stop() -> None:
    text = ("Ons dossier: https://we.tl/t-AbC123. De begroting staat op https://1drv.ms/x/s!Qr (zelfde als "
            "https://we.tl/t-AbC123), en meer over ons op https://www.example.org.")
    assert shared_links(text) == (SharedLink("WeTransfer", "https://we.tl/t-AbC123"),
                                  SharedLink("OneDrive", "https://1drv.ms/x/s!Qr"))


def test_a_newsletter_of_links_gives_only_the_first_ones() -> None:
    text = " ".join(f"https://we.tl/t-{n:04d}" for n in range(40))
    assert len(shared_links(text)) == MAX_LINKS


def test_the_address_behind_an_html_button_is_kept_only_for_shared_files() -> None:
    html = ('<p>Hier ons dossier: <a href="https://we.tl/t-Zk3">Download</a>, en onze site '
            '<a href="https://www.example.org/">example.org</a>.</p>')
    text = html_to_text(html)
    assert "Download <https://we.tl/t-Zk3>" in text
    assert "https://www.example.org" not in text  # an ordinary link's address adds nothing to the words
    assert shared_links(text) == (SharedLink("WeTransfer", "https://we.tl/t-Zk3"),)
