#!/usr/bin/env bash
# Installs what the test suite talks to, from Debian's packages: Dovecot's IMAP service, tesseract (nld, fra) and
# antiword for the parsers, and Chromium (the console's browser tests drive it with Playwright; Playwright's own
# browser download is never used). The
# suite starts its own Dovecot on a loopback port with its own config; the system service stays off. PostgreSQL is
# expected on 127.0.0.1:5432 (trust auth); if its cluster is installed but stopped, we start it.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

# What the tests run is not the `dovecot` program (dovecot-core) but its IMAP service, the imap-login
# and imap programs in Dovecot's libexec dir (dovecot-imapd): check those, as tests/support/dovecot.py does.
dovecot_libexec() {
  if [ -n "${INTAKE_TEST_DOVECOT_LIBEXEC:-}" ]; then echo "$INTAKE_TEST_DOVECOT_LIBEXEC"; return; fi
  doveconf -c /dev/null -h libexec_dir 2>/dev/null || echo /usr/lib/dovecot
}
imap_service_missing() {  # prints what is missing; succeeds (0) when something is
  if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ]; then echo "the dovecot program"; return 0; fi
  local dir program
  dir="$(dovecot_libexec)"
  for program in imap-login imap; do
    if [ ! -x "$dir/$program" ]; then echo "$dir/$program"; return 0; fi
  done
  return 1
}

if missing="$(imap_service_missing)"; then
  if [ -n "${INTAKE_TEST_DOVECOT_LIBEXEC:-}" ]; then
    echo "error: Dovecot's IMAP service is missing: $missing (INTAKE_TEST_DOVECOT_LIBEXEC is set; apt installs elsewhere)" >&2
    exit 1
  fi
  echo "installing dovecot-imapd (Debian) for the IMAP tests: missing $missing..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # policy-rc.d may forbid starting the system service; we do not want it running anyway
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-core dovecot-imapd >/dev/null
  if imap_service_missing >/dev/null; then
    # dpkg says installed but the files are gone (removed by hand, a broken image): put them back
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall dovecot-imapd >/dev/null
  fi
  if missing="$(imap_service_missing)"; then
    echo "error: Dovecot's IMAP service is still missing after installing dovecot-imapd: $missing" >&2
    exit 1
  fi
fi

# OCR of scans and photos (tesseract with the Dutch and French data; Debian's Dutch and French word lists,
# which settle between tesseract's reading of a handwritten line and the second engine's) and legacy Word
# files (antiword): the parser runs these programs and reads these lists, so the tests need them
ocr_missing() {
  command -v tesseract >/dev/null 2>&1 || { echo tesseract; return 0; }
  command -v antiword >/dev/null 2>&1 || { echo antiword; return 0; }
  for words in dutch french; do
    [ -f "/usr/share/dict/$words" ] || { echo "the $words word list"; return 0; }
  done
  local languages
  languages="$(tesseract --list-langs 2>/dev/null)"
  for language in nld fra; do
    grep -qx "$language" <<<"$languages" || { echo "tesseract's $language data"; return 0; }
  done
  return 1
}
if missing="$(ocr_missing)"; then
  echo "installing tesseract-ocr (nld, fra), wdutch, wfrench and antiword (Debian) for the parser's tests: missing $missing..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-nld \
    tesseract-ocr-fra wdutch wfrench antiword >/dev/null
  if missing="$(ocr_missing)"; then
    echo "error: still missing after installing tesseract-ocr and antiword: $missing" >&2
    exit 1
  fi
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (Debian) for the console's browser tests..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# the jury pack's tests read the PDF back with pdftotext; the pack itself is set in DejaVu Sans when present
if ! command -v pdftotext >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  echo "installing poppler-utils and fonts-dejavu-core (Debian) for the jury pack..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils fonts-dejavu-core >/dev/null
fi

# the OCR tests write numbers and names by hand in Rufscript, a handwriting-like font
if [ ! -f /usr/share/fonts/truetype/rufscript/Rufscript010.ttf ]; then
  echo "installing fonts-rufscript (Debian) for the OCR tests' handwriting..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-rufscript >/dev/null
fi

# the winmail.dat tests hand their samples to Debian's tnef too: another program's reader of the format
if ! command -v tnef >/dev/null 2>&1; then
  echo "installing tnef (Debian) for the winmail.dat tests..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tnef >/dev/null
fi

# the Outlook .msg tests hand their samples to Debian's msgconvert (Email::Outlook::Message): another reader
if ! command -v msgconvert >/dev/null 2>&1; then
  echo "installing libemail-outlook-message-perl (Debian) for the .msg tests..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libemail-outlook-message-perl >/dev/null
fi

if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "starting the local PostgreSQL cluster..."
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
fi
