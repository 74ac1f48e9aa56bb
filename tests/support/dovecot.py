"""A real Dovecot IMAP server for the tests: its own config, users and Maildirs in a temp dir, on a
free loopback port. Debian's ``dovecot-imapd`` runs it fine as root on an unprivileged port.

What the tests need is not the ``dovecot`` program (Debian's dovecot-core) but its IMAP service: the
``imap-login`` and ``imap`` programs in Dovecot's libexec dir (Debian's dovecot-imapd).
``missing_imap_service()`` checks exactly those, in the dir the server is then started with.
``INTAKE_TEST_DOVECOT_LIBEXEC`` points it at another dir (a test of the check uses an empty one).

Variants play the other servers a coordinator may have (``VARIANTS``):

- ``default``: Dovecot as shipped, personal folders at the top with ``/``;
- ``cyrus``: personal folders below ``INBOX.`` with ``.`` (Cyrus, Courier): CREATE outside it is refused;
- ``courier``: that namespace and no MOVE (``imap_capability``): COPY + UID EXPUNGE (UIDPLUS);
- ``bare``: no MOVE, UIDPLUS, CONDSTORE, QRESYNC or NAMESPACE, ``.`` as separator: only the keyword is left;
- ``oauth2``: no password at all; SASL XOAUTH2 checked by Dovecot's ``oauth2`` passdb against the test
  OAuth2 provider's introspection endpoint (``tests/support/oauth2_provider.py``).
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

IMAP_PROGRAMS = ("imap-login", "imap")  # what `protocols = imap` runs: Debian's dovecot-imapd
DEFAULT_LIBEXEC = Path("/usr/lib/dovecot")  # Debian's; Fedora's and Arch's is /usr/libexec/dovecot

CONFIG = """\
protocols = imap
libexec_dir = {libexec}
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
default_login_user = nobody
default_internal_user = {user}
default_internal_group = {group}
mail_location = maildir:~/Maildir
first_valid_uid = 1
namespace inbox {{
  inbox = yes
  separator = {separator}
  prefix = {prefix}
}}
{capability}
{passdb}
userdb {{
  driver = static
  args = uid={user} gid={group} home={root}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
"""

PASSWORD = "secret-for-tests"

# Dovecot 2.3's capabilities after login, as it ships (what `imap_capability` replaces)
DOVECOT_CAPABILITIES = (
    "IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "SORT", "SORT=DISPLAY", "THREAD=REFERENCES",
    "THREAD=REFS", "THREAD=ORDEREDSUBJECT", "MULTIAPPEND", "URL-PARTIAL", "CATENATE", "UNSELECT", "CHILDREN",
    "NAMESPACE", "UIDPLUS", "LIST-EXTENDED", "I18NLEVEL=1", "CONDSTORE", "QRESYNC", "ESEARCH", "ESORT",
    "SEARCHRES", "WITHIN", "CONTEXT=SEARCH", "LIST-STATUS", "BINARY", "MOVE", "SNIPPET=FUZZY", "PREVIEW=FUZZY",
    "PREVIEW", "STATUS=SIZE", "SAVEDATE", "LITERAL+", "NOTIFY",
)


def _without(*names: str) -> str:
    return " ".join(cap for cap in DOVECOT_CAPABILITIES if cap not in names)


# any user name logs in with the test password: each test gets its own empty mailbox
STATIC_PASSDB = """passdb {{
  driver = static
  args = password={password}
}}"""
# The tests' own helpers (append, folder_contents) still log in with the password; intake never has one
OAUTH2_PASSDB = """passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/dovecot-oauth2.conf.ext
}}
passdb {{
  driver = static
  mechanisms = plain login
  args = password={password}
}}"""
OAUTH2_CONF = """introspection_mode = post
introspection_url = {introspection_url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
"""


@dataclass(frozen=True)
class Variant:
    separator: str = "/"
    prefix: str = ""
    capabilities: str | None = None  # None: Dovecot's own
    oauth2: bool = False
    no_create: bool = False  # the account may not create folders (an ACL without the 'k' right)


VARIANTS = {
    "default": Variant(),
    "cyrus": Variant(separator=".", prefix="INBOX."),
    "courier": Variant(separator=".", prefix="INBOX.", capabilities=_without("MOVE")),
    "bare": Variant(separator=".", capabilities=_without("MOVE", "UIDPLUS", "CONDSTORE", "QRESYNC", "NAMESPACE")),
    "oauth2": Variant(oauth2=True),
    # Debian's stock Cyrus as the issue met it: CREATE answered "Permission denied"
    "nocreate": Variant(separator=".", prefix="INBOX.", no_create=True),
}
NO_CREATE = """mail_plugins = $mail_plugins acl
plugin {{
  acl = vfile:{root}/global-acl
}}
"""


def dovecot_binary() -> str | None:
    if found := shutil.which("dovecot"):
        return found
    return "/usr/sbin/dovecot" if os.access("/usr/sbin/dovecot", os.X_OK) else None  # sbin not on PATH


def libexec_dir() -> Path:
    """Where Dovecot finds its service programs: $INTAKE_TEST_DOVECOT_LIBEXEC, else Dovecot's built-in dir."""
    if override := os.environ.get("INTAKE_TEST_DOVECOT_LIBEXEC"):
        return Path(override)
    doveconf = shutil.which("doveconf") or "/usr/bin/doveconf"
    try:
        # -c /dev/null: the compiled-in default, whatever the system's own dovecot.conf says or breaks
        found = subprocess.run([doveconf, "-c", "/dev/null", "-h", "libexec_dir"], capture_output=True,
                               text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        found = ""
    return Path(found) if found else DEFAULT_LIBEXEC


def missing_imap_service() -> str | None:
    """Why the IMAP tests cannot run here, or None when the dovecot program and its IMAP service are there."""
    if dovecot_binary() is None:
        return "the dovecot program is not installed (Debian: dovecot-core and dovecot-imapd)"
    libexec = libexec_dir()
    absent = [str(libexec / name) for name in IMAP_PROGRAMS if not os.access(libexec / name, os.X_OK)]
    if absent:
        return (f"dovecot is installed but its IMAP service is not: no {' and no '.join(absent)} "
                "(Debian: install dovecot-imapd)")
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Dovecot:
    root: Path
    port: int
    process: subprocess.Popen | None = None
    host: str = "127.0.0.1"
    variant: str = "default"
    introspection_url: str | None = None  # the oauth2 variant's OAuth2 provider

    def folder(self, written: str) -> str:
        """A folder written with '/' as this server spells it (INBOX.Intake.Processed on the cyrus variant)."""
        variant = VARIANTS[self.variant]
        if written.upper() == "INBOX":
            return "INBOX"
        return variant.prefix + written.replace("/", variant.separator)

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    def start(self) -> None:
        binary = dovecot_binary() or "dovecot"
        # the mail user must be able to reach its home below our temp dir
        user = "dovenull" if _user_exists("dovenull") else "nobody"
        entry = pwd.getpwnam(user)
        for sub in ("run", "state", "home"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o755)
        os.chown(self.root / "home", entry.pw_uid, entry.pw_gid)
        variant = VARIANTS[self.variant]
        if variant.oauth2:
            assert self.introspection_url, "the oauth2 variant needs the provider's introspection URL"
            (self.root / "dovecot-oauth2.conf.ext").write_text(
                OAUTH2_CONF.format(introspection_url=self.introspection_url))
            passdb = OAUTH2_PASSDB.format(root=self.root, password=PASSWORD)
            mechanisms = "plain login xoauth2 oauthbearer"
        else:
            passdb, mechanisms = STATIC_PASSDB.format(password=PASSWORD), "plain login"
        capability = f"imap_capability = {variant.capabilities}" if variant.capabilities else ""
        if variant.no_create:
            (self.root / "global-acl").write_text("* owner lrwstipe\n")  # every right but k (create)
            capability += "\n" + NO_CREATE.format(root=self.root)
        self.config_path.write_text(CONFIG.format(
            root=self.root, port=self.port, user=user, group=_group_name(entry.pw_gid), mechanisms=mechanisms,
            separator=variant.separator, prefix=variant.prefix, capability=capability, passdb=passdb,
            libexec=libexec_dir()))
        # its own process group, so that kill() takes the mail processes of open sessions down too
        self.process = subprocess.Popen([binary, "-F", "-c", str(self.config_path)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {self.process.stderr.read().decode()} {self.log()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not answer on port {self.port}: {self.log()}")

    def log(self) -> str:
        try:
            return (self.root / "dovecot.log").read_text()[-3000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        """The server dies at once, open sessions included: what a crash or a cut cable looks like."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def kick(self, user: str) -> None:
        """Drop every open connection of a user, as a flaky server or network would."""
        subprocess.run(["doveadm", "-c", str(self.config_path), "kick", user], check=False,
                       capture_output=True)

    def maildir(self, user: str) -> Path:
        return self.root / "home" / user / "Maildir"


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def _group_name(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name

