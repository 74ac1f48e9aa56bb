#!/usr/bin/env bash
# Installs what the test suite talks to, from Debian's packages: Dovecot (IMAP) and Chromium (the console's
# browser tests drive it with Playwright; Playwright's own browser download is never used). The suite starts its
# own Dovecot on a loopback port with its own config; the system service stays off. PostgreSQL is
# expected on 127.0.0.1:5432 (trust auth); if its cluster is installed but stopped, we start it.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ]; then
  echo "installing dovecot-imapd (Debian) for the IMAP tests..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # policy-rc.d may forbid starting the system service; we do not want it running anyway
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (Debian) for the console's browser tests..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "starting the local PostgreSQL cluster..."
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
fi
