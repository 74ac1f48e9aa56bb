"""Configuration: the contract's keys, secrets from the environment, and errors that name key and file."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from config import ConfigError, load_call, load_settings
from config.call import DEFAULT_CALL_FILE
from config.settings import EMBEDDED
from tests.support.cli import run_intake


def test_embedded_default_is_local(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INTAKE_CONFIG", raising=False)
    settings = load_settings()
    assert settings.source == EMBEDDED
    assert settings.mailbox.kind == "maildir" and settings.mailbox.maildir_path == tmp_path / "var" / "mailbox"
    assert settings.database_url == f"sqlite:///{tmp_path}/var/intake.db"
    assert settings.smtp.kind == "outbox" and settings.smtp.outbox_path == tmp_path / "var" / "outbox"
    assert settings.max_attachment_bytes == 25 * 1024 * 1024


def test_contract_example_with_secret_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("INTAKE_IMAP_PASSWORD", "s3cret")
    monkeypatch.setenv("INTAKE_SMTP_PASSWORD", "smtp-s3cret")
    path = tmp_path / "intake.toml"
    path.write_text(f"""
[mailbox]
url = "imap://coordinator@mail.example.org:993/INBOX"
security = "ssl"
password_env = "INTAKE_IMAP_PASSWORD"
after = "move"
processed_folder = "Intake/Processed"
poll_minutes = 5
[database]
url = "sqlite:///./var/intake.db"
[storage]
data_dir = "./var/data"
[smtp]
url = "smtp://mail.example.org:587"
security = "starttls"
username = "coordinator@example.org"
password_env = "INTAKE_SMTP_PASSWORD"
from = "Maak werk van je buurt <coordinator@example.org>"
coordinator = "coordinator@example.org"
[call]
file = "{load_call().source_path}"
""")
    settings = load_settings(str(path))
    assert (settings.mailbox.host, settings.mailbox.port, settings.mailbox.username) == \
        ("mail.example.org", 993, "coordinator")
    assert settings.mailbox.password == "s3cret"
    assert settings.smtp.password == "smtp-s3cret"
    assert "s3cret" not in repr(settings)  # secrets never show up in logs or tracebacks
    assert settings.data_dir == tmp_path / "var" / "data"  # relative to the config file


def test_password_file(tmp_path):
    (tmp_path / "imap.secret").write_text("from-a-file\n")
    path = tmp_path / "intake.toml"
    path.write_text('[mailbox]\nurl = "imap://c@127.0.0.1:143/INBOX"\nsecurity = "none"\n'
                    'password_file = "imap.secret"\n')
    assert load_settings(str(path)).mailbox.password == "from-a-file"


@pytest.mark.parametrize(("text", "key"), [
    ('[mailbox]\nurl = "imap://c@mail.example.org/INBOX"\npassword = "plain"\n', "mailbox.password"),
    ('[mailbox]\nurl = "imap://c@mail.example.org/INBOX"\nsecurity = "none"\n', "mailbox.security"),
    ('[mailbox]\nurl = "pop3://c@mail.example.org"\n', "mailbox.url"),
    ('[mailbox]\nafter = "delete"\n', "mailbox.after"),
    ('[mailbox]\npoll_minutes = "often"\n', "mailbox.poll_minutes"),
    ('[smtp]\nurl = "smtp://mail.example.org:25"\nsecurity = "none"\n', "smtp.security"),
    ('[database]\nurl = "mysql://x"\n', "database.url"),
    ('[call]\nfile = "nowhere.toml"\n', "call.file"),
    ('[mailbx]\nurl = "x"\n', "mailbx"),
])
def test_bad_config_names_key_and_file(tmp_path, text, key):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_settings(str(path))
    assert key in str(raised.value)


def test_bad_config_exits_2_naming_key_and_file(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[mailbox]\nafter = "delete"\n')
    result = run_intake("poll", config=path)
    assert result.returncode == 2
    assert "mailbox.after" in result.stderr.decode() and str(path) in result.stderr.decode()
    broken = tmp_path / "broken.toml"
    broken.write_text("[mailbox\n")
    result = run_intake("messages", config=broken)
    assert result.returncode == 2 and "not valid TOML" in result.stderr.decode()
    assert run_intake("poll", config=tmp_path / "missing.toml").returncode == 2


def test_call_file_holds_the_facts_of_the_call():
    call = load_call()
    # 16 June 2019 end of day in Brussels is 21:59:59 UTC: summer time
    assert call.deadline.astimezone(UTC) == datetime(2019, 6, 16, 21, 59, 59, tzinfo=UTC)
    assert call.max_amount == Decimal("10000.00") and call.pot == Decimal("100000.00")
    assert [s.day.isoformat() for s in call.sessions] == [
        "2019-09-26", "2019-11-07", "2019-11-28", "2019-12-19", "2020-01-30"]
    assert [(s.start.hour, s.end.hour) for s in call.sessions] == [(10, 14), (10, 14), (18, 21), (10, 14), (18, 21)]
    belgian = [m for m in call.municipalities if m.country == "BE"]
    assert len(belgian) == 18
    assert call.municipality_by_postcode("8647").name == "Lo-Reninge"
    assert call.municipality_by_postcode("59122").country == "FR"
    assert call.municipality_by_postcode("1000") is None
    assert (call.reminder_time.hour, call.digest_time.hour) == (9, 8)
    assert call.coordinator_name["fr"].startswith("Coordinateur") and call.coordinator_name["nl"].startswith("Project")


def test_the_coordinator_s_phones_and_e_mails_are_read_as_extraction_writes_them(tmp_path):
    call = load_call()
    assert call.coordinator_phones == ("+32489309839", "+3251519437")  # as the call text gives them
    assert call.coordinator_emails == ("jonas.polin@west-vlaanderen.be",)
    text = DEFAULT_CALL_FILE.read_text(encoding="utf-8")
    national = tmp_path / "national.toml"
    national.write_text(text.replace('"+32 51 51 94 37"', '"051/51.94.37"').replace("jonas.polin@", "Jonas.Polin@"))
    edited = load_call(national)
    assert edited.coordinator_phones[1] == "+3251519437" and edited.coordinator_emails == call.coordinator_emails
    for bad, key in (('"+32 51 51 94 37"', '"bel ons"'), ('"+32 51 51 94 37"', '"0000"'),
                     ('["jonas.polin@west-vlaanderen.be"]', '["jonas.polin"]'),
                     ('["jonas.polin@west-vlaanderen.be"]', '"jonas.polin@west-vlaanderen.be"')):
        broken = tmp_path / "broken.toml"
        broken.write_text(text.replace(bad, key))
        with pytest.raises(ConfigError, match=r"coordinator_(phones|emails)"):
            load_call(broken)


def test_sessions_have_stable_ids_and_a_place_per_language_or_to_be_announced(tmp_path):
    from tests.support.calls import call_file

    call = load_call()
    assert [s.session_id for s in call.sessions] == [f"coaching-{n}" for n in range(1, 6)]
    assert not any(s.announced for s in call.sessions)  # "to be announced" in the call file
    edited = load_call(call_file(tmp_path / "call.toml", places={
        "coaching-1": 'place = { nl = "Buurthuis De Linde", fr = "Maison de quartier De Linde" }\n'
                      'address = "Dorpsstraat 1, 8647 Lo-Reninge"',
        "coaching-2": 'place = "Ferme du Moulin"'}))
    first, second = edited.sessions[0], edited.sessions[1]
    assert first.place == {"nl": "Buurthuis De Linde", "fr": "Maison de quartier De Linde"}
    assert first.address == "Dorpsstraat 1, 8647 Lo-Reninge"
    assert second.place == {"nl": "Ferme du Moulin", "fr": "Ferme du Moulin"} and second.address == ""
    duplicate = tmp_path / "duplicate.toml"
    duplicate.write_text(DEFAULT_CALL_FILE.read_text().replace('id = "coaching-2"', 'id = "coaching-1"'))
    with pytest.raises(ConfigError, match="same id"):
        load_call(duplicate)


def test_an_unknown_key_is_named_with_the_known_ones(tmp_path):
    import pytest

    from config.errors import ConfigError
    from config.settings import parse_settings
    with pytest.raises(ConfigError) as refused:
        parse_settings({"mailbox": {"url": "maildir:./m", "poll_minute": 5}}, str(tmp_path / "intake.toml"), tmp_path)
    message = str(refused.value)
    assert "mailbox.poll_minute" in message and "poll_minutes" in message and "intake.toml" in message


def test_since_narrows_what_is_answered(tmp_path):
    from datetime import datetime

    from config.settings import parse_settings
    settings = parse_settings({"mailbox": {"url": "maildir:./m", "since": datetime(2019, 5, 1).date()}},
                              str(tmp_path / "intake.toml"), tmp_path)
    assert settings.mailbox.since == datetime(2019, 5, 1)
    assert settings.call.opens is not None and settings.call.opens.isoformat() == "2019-04-01T00:00:00+02:00"


def test_the_fallback_language_for_english_mail(tmp_path):
    import pytest

    from config.errors import ConfigError
    from config.settings import parse_settings
    base = {"mailbox": {"url": "maildir:./m"}}
    assert parse_settings(base, str(tmp_path / "i.toml"), tmp_path).fallback_language == "bilingual"
    chosen = parse_settings({**base, "notifications": {"fallback_language": "fr"}}, str(tmp_path / "i.toml"), tmp_path)
    assert chosen.fallback_language == "fr"
    with pytest.raises(ConfigError, match=r"notifications\.fallback_language"):
        parse_settings({**base, "notifications": {"fallback_language": "en"}}, str(tmp_path / "i.toml"), tmp_path)
