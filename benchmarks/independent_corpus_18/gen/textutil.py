# -*- coding: utf-8 -*-
"""Amount, number-word and phone writing helpers for corpus 18."""


def _group(n, sep):
    s = str(int(n))
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def amt(x, style):
    """Write amount x (a number) the way the applicant does."""
    whole = int(x)
    cents = int(round((x - whole) * 100))
    has_c = cents != 0
    be = lambda: _group(whole, ".") + ("," + "%02d" % cents if has_c else "")
    fr = lambda: _group(whole, " ") + ("," + "%02d" % cents if has_c else "")
    if style == "be_eur":
        return "€ " + be()
    if style == "be_dec":
        return _group(whole, ".") + ",%02d euro" % cents
    if style == "be_dec_eur":
        return "€ " + _group(whole, ".") + ",%02d" % cents
    if style == "be_dash":
        return "€ " + _group(whole, ".") + (",%02d" % cents if has_c else ",-")
    if style == "be_nodec":
        return be() + " euro"
    if style == "be_nodec_eur":
        return be() + " EUR"
    if style == "sp_eur":
        return fr() + " EUR"
    if style == "plain_euro":
        return str(whole) + (",%02d" % cents if has_c else "") + " euro"
    if style == "plain_euro_sign":
        return str(whole) + (",%02d" % cents if has_c else "") + " €"
    if style == "plain_sign":
        return str(whole) + (",%02d" % cents if has_c else "") + "€"
    if style == "fr_dec":
        return _group(whole, " ") + ",%02d €" % cents
    if style == "fr_nodec":
        return fr() + " €"
    if style == "fr_nodec_eur":
        return fr() + " euros"
    if style == "fr_eur_word":
        return fr() + " euros"
    raise ValueError(style)


def truth_amt(x):
    return "%.2f" % x


# ------------------------------------------------------------ number words
_FR_U = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
         "treize", "quatorze", "quinze", "seize"]
_FR_T = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _fr_99(n):
    if n <= 16:
        return _FR_U[n]
    if n < 20:
        return "dix-" + _FR_U[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        base = _FR_T[t * 10]
        if u == 0:
            return base
        if u == 1:
            return base + " et un"
        return base + "-" + _FR_U[u]
    if n < 80:
        if n == 71:
            return "soixante et onze"
        return "soixante-" + _fr_99(n - 60)
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + _fr_99(n - 80)


def _fr_999(n):
    h, r = divmod(n, 100)
    parts = []
    if h:
        if h == 1:
            parts.append("cent")
        else:
            parts.append(_FR_U[h] + (" cents" if r == 0 else " cent"))
    if r:
        parts.append(_fr_99(r))
    return " ".join(parts)


def fr_words(n):
    n = int(n)
    th, r = divmod(n, 1000)
    parts = []
    if th:
        parts.append("mille" if th == 1 else _fr_999(th).replace("cents", "cent") + " mille")
    if r:
        parts.append(_fr_999(r))
    return " ".join(parts) or "zéro"


_NL_U = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
         "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
_NL_T = {20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 70: "zeventig", 80: "tachtig",
         90: "negentig"}


def _nl_99(n):
    if n < 20:
        return _NL_U[n]
    t, u = divmod(n, 10)
    if u == 0:
        return _NL_T[t * 10]
    en = "ën" if _NL_U[u].endswith("e") else "en"
    return _NL_U[u] + en + _NL_T[t * 10]


def _nl_999(n):
    h, r = divmod(n, 100)
    s = ""
    if h:
        s = ("" if h == 1 else _NL_U[h]) + "honderd"
    if r:
        s += _nl_99(r)
    return s


def nl_words(n):
    n = int(n)
    th, r = divmod(n, 1000)
    s = ""
    if th:
        s = ("" if th == 1 else _nl_999(th)) + "duizend"
    if r:
        s += (" " if th else "") + _nl_999(r)
    return s or "nul"


# ------------------------------------------------------------ phones
def _pairs(d):
    return [d[i:i + 2] for i in range(0, len(d), 2)]


def phone(e164, style):
    if e164.startswith("+32"):
        rest = e164[3:]
        mobile = rest.startswith("4")
        if mobile:
            zone, sub = rest[:3], rest[3:]
        else:
            zone, sub = rest[:2], rest[2:]
        p = _pairs(sub)
        if style == "slash":
            return "0%s/%s" % (zone, ".".join(p))
        if style == "spaces":
            return "0%s %s" % (zone, " ".join(p))
        if style == "plain":
            return "0" + rest
        if style == "intl":
            return "+32 %s %s" % (zone, " ".join(p))
        if style == "intl0":
            return "+32 (0)%s %s" % (zone, " ".join(p))
        raise ValueError(style)
    if e164.startswith("+33"):
        rest = e164[3:]
        nat = "0" + rest
        if style == "fr_sp":
            return " ".join(_pairs(nat))
        if style == "fr_dot":
            return ".".join(_pairs(nat))
        if style in ("fr_intl", "fr_intl_sp"):
            return "+33 %s %s" % (rest[0], " ".join(_pairs(rest[1:])))
        if style == "fr_intl0":
            return "+33 (0)%s %s" % (rest[0], " ".join(_pairs(rest[1:])))
        raise ValueError(style)
    raise ValueError(e164)


if __name__ == "__main__":
    for v in (9500, 7250, 12000, 3500, 2750, 1200, 6000, 9000, 80, 71, 5000, 1500, 2000):
        print(v, "|", fr_words(v), "|", nl_words(v))
    print(amt(4750.5, "fr_dec"), amt(9500, "be_dash"), amt(13250.75, "be_dec_eur"), amt(6500, "plain_sign"))
    print(phone("+32475123456", "slash"), phone("+3257361290", "slash"), phone("+33328654012", "fr_intl"))
