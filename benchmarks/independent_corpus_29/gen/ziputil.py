"""Make zip-based office files byte-stable (fixed timestamps and dates)."""
import re
import zipfile
from io import BytesIO

FIXED = (2019, 6, 1, 12, 0, 0)


def normalize(data, iso="2019-06-14T20:00:00Z"):
    zin = zipfile.ZipFile(BytesIO(data))
    out = BytesIO()
    zout = zipfile.ZipFile(out, "w")
    for info in zin.infolist():
        blob = zin.read(info.filename)
        if info.filename in ("docProps/core.xml",):
            blob = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)',
                          rb'\g<1>' + iso.encode() + rb'\g<2>', blob)
        if info.filename == "meta.xml":
            blob = re.sub(rb'(<(?:meta:creation-date|dc:date)>)[^<]*(<)',
                          rb'\g<1>' + iso.rstrip("Z").encode() + rb'\g<2>', blob)
        if info.filename.endswith(".xml") and info.filename != "docProps/core.xml":
            blob = sort_ns(blob)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
        zi.compress_type = info.compress_type
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, blob)
    zout.close()
    return out.getvalue()


def sort_ns(blob):
    """odfpy emits namespace declarations in hash order: sort them."""
    m = re.search(rb"<(?!\?)([A-Za-z:_-]+)((?:\s+[^\s=>]+=(?:'[^']*'|\"[^\"]*\"))*)\s*(/?)>", blob)
    if not m:
        return blob
    attrs = re.findall(rb"\s+([^\s=>]+=(?:'[^']*'|\"[^\"]*\"))", m.group(2))
    ns = sorted(a for a in attrs if a.startswith(b"xmlns"))
    other = [a for a in attrs if not a.startswith(b"xmlns")]
    new = b"<" + m.group(1) + b"".join(b" " + a for a in ns + other) + m.group(3) + b">"
    return blob[:m.start()] + new + blob[m.end():]
