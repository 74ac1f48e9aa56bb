"""Small shared helpers for the corpus-42 generator."""
import io
import zipfile

NBSP = "\u00a0"


def _group(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_amt(v, style):
    """Write an amount the way a volunteer would.  v is a float."""
    ip = int(round(v * 100)) // 100
    cents = int(round(v * 100)) % 100
    dec = cents != 0
    c2 = "%02d" % cents
    if style == "be_dash":          # € 7.500,-
        return "€ %s,%s" % (_group(ip, "."), c2 if dec else "-")
    if style == "be_dec":           # 7.500,00
        return "%s,%s" % (_group(ip, "."), c2)
    if style == "be_euro_dec":      # € 7.500,00
        return "€ %s,%s" % (_group(ip, "."), c2)
    if style == "be_dot_euro":      # 7.500 euro
        return "%s euro" % (_group(ip, ".") + ("," + c2 if dec else ""))
    if style == "be_plain_euro":    # 7500 euro
        return "%d%s euro" % (ip, ("," + c2 if dec else ""))
    if style == "be_eur":           # 7.500,00 EUR
        return "%s,%s EUR" % (_group(ip, "."), c2)
    if style == "be_eur_sp":        # 7 500 EUR
        return "%s EUR" % (_group(ip, " ") + ("," + c2 if dec else ""))
    if style == "be_euro_pref":     # € 7.500
        return "€ %s" % (_group(ip, ".") + ("," + c2 if dec else ""))
    if style == "be_dot_eurosign":  # 7.500 €
        return "%s €" % (_group(ip, ".") + ("," + c2 if dec else ""))
    if style == "fr_sp":            # 7 500 €
        return "%s €" % (_group(ip, " ") + ("," + c2 if dec else ""))
    if style == "fr_nbsp":          # 7 500 € with no-break spaces
        return "%s%s€" % (_group(ip, NBSP) + ("," + c2 if dec else ""), NBSP)
    if style == "fr_dec":           # 7 500,00 €
        return "%s,%s €" % (_group(ip, " "), c2)
    if style == "fr_euros":         # 7 500 euros
        return "%s euros" % (_group(ip, " ") + ("," + c2 if dec else ""))
    if style == "fr_num":           # 7 500,00
        return "%s,%s" % (_group(ip, " "), c2)
    if style == "fr_eur_pt":        # 7.500 € (French with dot)
        return "%s €" % (_group(ip, ".") + ("," + c2 if dec else ""))
    if style == "plain":            # 7500
        return "%d%s" % (ip, ("," + c2 if dec else ""))
    if style == "plain_dec":        # 7500.00
        return "%d.%s" % (ip, c2)
    raise ValueError(style)


FIXED_ZIP_TIME = (2019, 5, 1, 12, 0, 0)


def normalise_zip(data, date_time=FIXED_ZIP_TIME, patch=None):
    """Rewrite a zip (OOXML/ODF) with fixed timestamps, keeping member order.
    ODF 'mimetype' stays first and stored.  patch(name, bytes)->bytes optional."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w")
    names = src.namelist()
    if "mimetype" in names:
        names = ["mimetype"] + [n for n in names if n != "mimetype"]
    for n in names:
        blob = src.read(n)
        if patch:
            blob = patch(n, blob)
        zi = zipfile.ZipInfo(n, date_time=date_time)
        zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zi.create_system = 0
        dst.writestr(zi, blob)
    dst.close()
    return out.getvalue()
