"""Shared helpers: amount formatting, deterministic zip writing, paths."""
import hashlib
import io
import os
import zipfile
from decimal import Decimal, ROUND_HALF_UP

GEN = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(GEN)
FONTS = os.path.join(GEN, "fonts")

NBSP = "\u00a0"
NNBSP = "\u202f"


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def s2(x):
    """Truth representation: two decimals, dot."""
    return f"{D(x):.2f}"


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(x, style):
    """Format an amount the way a person would type it.

    styles:
      be      8.500,00        be0     8.500          be_dash  8.500,-
      fr      8 500,00 (nbsp) fr0     8 500          plain    8500
      plainc  8500,00         frsp    8 500,00 (plain space)  frsp0 8 500
      frn     8 500,00 (narrow nbsp, as recent French locales write it)
      en      8,500.00
    """
    x = D(x)
    i = int(x)
    c = int((x - i) * 100)
    if style == "be":
        return f"{_group(i, '.')},{c:02d}"
    if style == "be0":
        return _group(i, ".") + (f",{c:02d}" if c else "")
    if style == "be_dash":
        return _group(i, ".") + (f",{c:02d}" if c else ",-")
    if style == "fr":
        return f"{_group(i, NBSP)},{c:02d}"
    if style == "fr0":
        return _group(i, NBSP) + (f",{c:02d}" if c else "")
    if style == "frn":
        return f"{_group(i, NNBSP)},{c:02d}"
    if style == "frsp":
        return f"{_group(i, ' ')},{c:02d}"
    if style == "frsp0":
        return _group(i, " ") + (f",{c:02d}" if c else "")
    if style == "plain":
        return str(i) + (f",{c:02d}" if c else "")
    if style == "plainc":
        return f"{i},{c:02d}"
    if style == "en":
        return f"{_group(i, ',')}.{c:02d}"
    raise ValueError(style)


FIXED_ZIP_TIME = (2019, 6, 1, 10, 0, 0)


class CP437ZipInfo(zipfile.ZipInfo):
    """A ZipInfo whose name is stored in cp437 without the UTF-8 flag,
    the way the built-in Windows zipper (and many older tools) write it."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("cp437"), self.flag_bits & ~0x800


def write_zip(members, utf8_flag=True, when=FIXED_ZIP_TIME, stored=()):
    """members: list of (name, bytes). Returns zip bytes, deterministic.
    Directory entries are names ending with '/' and empty data."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if utf8_flag:
                zi = zipfile.ZipInfo(name, date_time=when)
            else:
                zi = CP437ZipInfo(name, date_time=when)
            if name.endswith("/"):
                zi.compress_type = zipfile.ZIP_STORED
                zi.external_attr = 0o40775 << 16 | 0x10
            else:
                zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
            zi.create_system = 0  # as written on Windows/FAT
            z.writestr(zi, data)
    return buf.getvalue()


def repack_zip(data, when=FIXED_ZIP_TIME):
    """Rewrite an OOXML zip produced by a library with fixed timestamps
    (libraries stamp 'now' into every member)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def zip_replace(data, replacements):
    """replacements: {member_name: callable(bytes)->bytes}"""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename in replacements:
                b = replacements[info.filename](b)
            zi = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zi.create_system = 0
            z.writestr(zi, b)
    return buf.getvalue()


def seed_of(*parts):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return int(h[:12], 16)


def hexid(*parts, n=16):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]
