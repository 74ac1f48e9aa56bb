"""The suite's own guards: what it needs of Dovecot is the IMAP service, and missing it under CI=true fails.

A machine with the `dovecot` program (dovecot-core) but without dovecot-imapd once skipped 58 tests
quietly: the install script and the fixture looked for the program only. Both now look for the
``imap-login`` and ``imap`` programs in Dovecot's libexec dir; here they are pointed at a dir without them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

NEEDS_IMAP = """
def test_needs_imap(dovecot_server):
    pass
"""


def _run_suite_without_imap(tmp_path: Path, *, ci: bool) -> subprocess.CompletedProcess[str]:
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "conftest.py").write_text("from tests.conftest import dovecot_server  # noqa: F401\n")
    (suite / "test_needs_imap.py").write_text(NEEDS_IMAP)
    (suite / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "libexec").mkdir()  # Dovecot's libexec dir without dovecot-imapd's programs
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    env.update(PYTHONPATH=str(REPO), INTAKE_TEST_DOVECOT_LIBEXEC=str(tmp_path / "libexec"))
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-ra", "-p", "no:cacheprovider",
                           "-c", str(suite / "pytest.ini"), str(suite)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)


def test_a_missing_imap_service_fails_the_dovecot_tests_under_ci(tmp_path):
    result = _run_suite_without_imap(tmp_path, ci=True)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 error" in result.stdout and "skipped" not in result.stdout, result.stdout
    assert "Dovecot is required under CI=true" in result.stdout
    assert f"{tmp_path / 'libexec' / 'imap-login'}" in result.stdout and "dovecot-imapd" in result.stdout


def test_a_missing_imap_service_is_skipped_with_its_reason_elsewhere(tmp_path):
    result = _run_suite_without_imap(tmp_path, ci=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout
    assert "IMAP service is not" in result.stdout and "dovecot-imapd" in result.stdout


# Stand-ins on PATH, so the install script's decisions can be watched without touching the machine's packages
FAKE_TOOLS = {
    "dovecot": "exit 0",
    "doveconf": 'echo "$FAKE_LIBEXEC"',
    "pg_isready": "exit 0",
    "sudo": 'exec "$@"',
    "apt-get": """echo "apt-get $*" >> "$FAKE_LOG"
case " $* " in
  *" install "*) if [ -z "${FAKE_APT_BROKEN:-}" ]; then
                   for p in imap-login imap; do
                     printf '#!/bin/sh\\n' > "$FAKE_LIBEXEC/$p"; chmod +x "$FAKE_LIBEXEC/$p"
                   done
                 fi ;;
esac""",
}


def _run_install_script(tmp_path: Path, *, broken_apt: bool = False) -> subprocess.CompletedProcess[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, body in FAKE_TOOLS.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    (tmp_path / "libexec").mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if key != "INTAKE_TEST_DOVECOT_LIBEXEC"}
    env.update(PATH=f"{bin_dir}:{env['PATH']}", FAKE_LIBEXEC=str(tmp_path / "libexec"),
               FAKE_LOG=str(tmp_path / "apt.log"))
    if broken_apt:
        env["FAKE_APT_BROKEN"] = "1"
    return subprocess.run(["bash", str(REPO / "scripts" / "install-test-services.sh")], capture_output=True,
                          text=True, env=env, timeout=60)


def test_the_install_script_installs_the_imap_service_when_only_the_program_is_there(tmp_path):
    result = _run_install_script(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "apt-get install -y -qq dovecot-core dovecot-imapd" in (tmp_path / "apt.log").read_text()
    assert (tmp_path / "libexec" / "imap-login").exists()
    (tmp_path / "apt.log").unlink()
    again = _run_install_script(tmp_path)  # everything there: apt is not asked
    assert again.returncode == 0, again.stderr
    assert not (tmp_path / "apt.log").exists()


def test_the_install_script_fails_when_the_imap_service_cannot_be_installed(tmp_path):
    result = _run_install_script(tmp_path, broken_apt=True)
    assert result.returncode == 1
    assert "--reinstall dovecot-imapd" in (tmp_path / "apt.log").read_text()
    assert "still missing" in result.stderr and "imap-login" in result.stderr
