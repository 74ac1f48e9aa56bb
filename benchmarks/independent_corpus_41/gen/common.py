"""Shared helpers for the corpus-41 generator (markup, zip normalisation)."""
import io
import re
import zipfile

COORD_NAME = "Jonas Polin"
COORD_EMAIL = "jonas.polin@west-vlaanderen.be"
COORD_POST = "Provincie West-Vlaanderen, t.a.v. Jonas Polin, Woumenweg 100, 8600 Diksmuide"
COORD_TEL1 = "+32 489 309 839"
COORD_TEL2 = "+32 51 51 94 37"
SESSIONS = ["26/09/2019", "7/11/2019", "28/11/2019", "19/12/2019", "30/01/2020"]
SESSION_HOURS = ["10h-14h", "10h-14h", "18h-21h", "10h-14h", "18h-21h"]

STRIKE_RE = re.compile(r"~~(.+?)~~")


def segments(value):
    """Split a value with ~~struck~~ markup into [(text, struck_bool), ...]."""
    out = []
    pos = 0
    for m in STRIKE_RE.finditer(value):
        if m.start() > pos:
            out.append((value[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(value):
        out.append((value[pos:], False))
    return out


def plain(value):
    """Value with strike markup removed but struck text kept (as it is still legible)."""
    return STRIKE_RE.sub(lambda m: m.group(1), value or "")


ISO_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?")


def normalise_zip(data, stamp):
    """Rewrite an OOXML/ODF zip with fixed timestamps and fixed metadata dates.

    stamp: (Y, M, D, h, m, s)"""
    iso = ("%04d-%02d-%02dT%02d:%02d:%02dZ" % stamp).encode()
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    names = src.namelist()
    if "mimetype" in names:
        names.remove("mimetype")
        names.insert(0, "mimetype")
    with zipfile.ZipFile(buf, "w") as dst:
        for name in names:
            blob = src.read(name)
            if name.endswith(("core.xml", "meta.xml", "app.xml")):
                blob = ISO_RE.sub(iso, blob)
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.external_attr = 0o644 << 16
            if name == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, blob)
    return buf.getvalue()
