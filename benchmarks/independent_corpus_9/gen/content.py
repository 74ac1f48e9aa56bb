"""Application records and the text content (letters, forms, bodies) built from them.

Every value that ends up in the truth is recorded in `raw` as it is written in the document
(a string, or for split form cells a list of parts)."""
import random
from num2words import num2words
from data import *
from common import parse_amount, norm_phone

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July"]
CALL_NL = "Maak werk van je buurt!"
CALL_FR = "Partons 2.0"


def digits(rng, n):
    return ''.join(str(rng.randint(0, 9)) for _ in range(n))


def mk_phone(rng, country, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.7
    if country == 'BE':
        if mobile:
            p = '04' + rng.choice(['76', '77', '78', '79', '86', '96', '72', '73', '95']) + digits(rng, 6)
            a, b, c, d = p[:4], p[4:6], p[6:8], p[8:10]
            raw = rng.choice([f"{a}/{b}.{c}.{d}", f"{a} {b} {c} {d}", f"{a}-{b} {c} {d}", f"+32 {a[1:]} {b} {c} {d}",
                              f"{a}{b}{c}{d}", f"+32 (0){a[1:]} {b} {c} {d}", f"{a}/{b}{c}{d}"])
        else:
            p = rng.choice(['057', '058', '051']) + rng.choice(['2', '3', '4', '6']) + digits(rng, 5)
            a, b, c, d = p[:3], p[3:5], p[5:7], p[7:9]
            raw = rng.choice([f"{a} {b} {c} {d}", f"{a}/{b}.{c}.{d}", f"{a}-{b} {c} {d}", f"+32 {a[1:]} {b} {c} {d}",
                              f"{a}/{b} {c} {d}"])
    else:
        if mobile:
            p = rng.choice(['06', '07']) + digits(rng, 8)
        else:
            p = rng.choice(['0328', '0320', '0328']) + digits(rng, 6)
        g = [p[i:i + 2] for i in range(0, 10, 2)]
        raw = rng.choice(['.'.join(g), ' '.join(g), ''.join(g), '+33 (0)' + g[0][1] + ' ' + ' '.join(g[1:]),
                          '+33 ' + g[0][1] + ' ' + ' '.join(g[1:]), '-'.join(g)])
    return raw, norm_phone(raw, country)


def mk_address(rng, country, lang):
    if country == 'BE':
        street = rng.choice(STREETS_NL)
        nr = str(rng.randint(1, 180))
        if rng.random() < 0.12:
            nr += rng.choice(['A', 'B'])
        box = str(rng.randint(1, 12)) if rng.random() < 0.18 else None
        written = f"{street} {nr}" + (f" bus {box}" if box else "")
        return dict(street=street, nr=nr, box=box, written=written, order='sn')
    street = rng.choice(STREETS_FR)
    nr = str(rng.randint(1, 95))
    if rng.random() < 0.15:
        nr += ' ' + rng.choice(['bis', 'ter'])
    written = f"{nr} {street}"
    return dict(street=street, nr=nr, box=None, written=written, order='ns')


def address_from_parts(parts, order):
    if order == 'sn':
        return f"{parts['street']} {parts['nr']}" + (f" bus {parts['box']}" if parts.get('box') else "")
    return f"{parts['nr']} {parts['street']}"


def euro_groups(n, sep):
    return '{:,}'.format(n).replace(',', sep)


def fmt_amount(rng, cents, lang, no_euro_sign=False):
    e, c = divmod(cents, 100)
    cc = '%02d' % c
    dot, sp, com = euro_groups(e, '.'), euro_groups(e, ' '), euro_groups(e, ',')
    if lang == 'nl':
        opts = [f"EUR {dot},{cc}", f"€ {dot},{cc}", f"{dot},{cc} euro", f"{e},{cc} EUR"]
        if c == 0:
            opts += [f"€ {dot},-", f"{dot} euro", f"{sp} EUR", f"€ {dot}", f"{e} euro", f"{dot} EUR"]
    elif lang == 'fr':
        opts = [f"{sp},{cc} €", f"{sp},{cc} euros", f"{e},{cc} EUR", f"{dot},{cc} €"]
        if c == 0:
            opts += [f"{sp} €", f"{sp} euros", f"{dot} €", f"{e} €", f"{sp} EUR"]
    else:
        opts = [f"€{com}.{cc}", f"EUR {com}.{cc}"]
        if c == 0:
            opts += [f"€{com}", f"EUR {com}", f"{com} euros"]
    if no_euro_sign:
        opts = [o for o in opts if '€' not in o] or [f"{e},{cc} EUR"]
    raw = rng.choice(opts)
    assert parse_amount(raw) == '%d.%s' % (e, cc), (raw, cents)
    return raw


def words(cents, lang):
    e = cents // 100
    w = num2words(e, lang={'nl': 'nl', 'fr': 'fr', 'en': 'en'}[lang])
    return w + (' euros' if lang != 'nl' and e > 1 else ' euro')


def money(cents):
    return '%d.%02d' % divmod(cents, 100)


def person(rng, lang):
    if lang == 'nl':
        return rng.choice(FIRST_NL), rng.choice(LAST_NL)
    if lang == 'fr':
        return rng.choice(FIRST_FR), rng.choice(LAST_FR)
    return rng.choice(FIRST_EN), rng.choice(LAST_EN)


def slug(s):
    import unicodedata, re
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r'[^a-z0-9]+', '', s)


def mk_email(rng, first, last, org=None):
    dom = rng.choice(['example.org', 'example.com', 'example.net'])
    f, l = slug(first), slug(last)
    opts = [f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{l}.{f}{rng.randint(50, 99)}@{dom}", f"{f}{l}@{dom}"]
    if org:
        o = slug(org)[:22]
        opts += [f"{o}@{dom}", f"info.{o}@{dom}"]
    return rng.choice(opts)


def gen_app(rng, fmt, lang, sub=None):
    """One invented applicant + project."""
    A = dict(fmt=fmt, lang=lang, sub=sub)
    country = 'BE' if lang == 'nl' else 'FR' if lang == 'fr' else rng.choice(['BE', 'FR'])
    A['country'] = country
    village, pc = rng.choice(PLACES_BE if country == 'BE' else PLACES_FR)
    A['village'] = village
    kinds = ['org'] * 84 + ['individual'] * 8 + ['municipality'] * 8
    if lang == 'en':
        kinds = ['org'] * 3 + ['individual']
    kind = rng.choice(kinds)
    A['kind'] = kind
    first, last = person(rng, lang)
    A['contact'] = (first, last)
    A['contact_country'] = country
    addr = mk_address(rng, country, lang)
    A['org'] = None
    A['role'] = None
    if kind == 'org':
        pool = ORGS_NL if lang == 'nl' else ORGS_FR if lang == 'fr' else ORGS_EN
        pat, role = rng.choice(pool)
        A['org'] = pat.format(v=village)
        A['role'] = role
    elif kind == 'municipality':
        if country == 'BE':
            if village not in GEMEENTE_OF:
                village, pc = rng.choice([p for p in PLACES_BE if p[0] in GEMEENTE_OF])
                A['village'] = village
            gem = GEMEENTE_OF[village]
            A['org'] = f"Gemeente {gem}"
            A['role'] = rng.choice(['dorpscoördinator', 'deskundige vrije tijd', 'beleidsmedewerker', 'schepen van dorpsontwikkeling'])
            addr = dict(street=rng.choice(['Markt', 'Gemeenteplein', 'Dorpsplaats', 'Sint-Jansstraat']), nr=str(rng.randint(1, 30)),
                        box=None, order='sn')
            addr['written'] = address_from_parts(addr, 'sn')
            pc = GEMEENTE_PC[gem]
            A['home'] = gem
        else:
            A['org'] = rng.choice([f"Mairie de {village}", f"Commune de {village}"])
            A['role'] = rng.choice(["secrétaire de mairie", "adjointe au maire", "chargé de mission vie locale"])
            addr = dict(street=rng.choice(['place de la Mairie', 'place du Général de Gaulle', 'Grand-Place']),
                        nr=str(rng.randint(1, 12)), box=None, order='ns')
            addr['written'] = address_from_parts(addr, 'ns')
    A['addr'] = addr
    A['postcode'] = pc
    A['municipality'] = A.get('home', village)
    A['phone_raw'], A['phone'] = mk_phone(rng, country, mobile=None if kind != 'municipality' else False)
    A['email'] = mk_email(rng, first, last, A['org'] if kind == 'org' and rng.random() < 0.25 else None)
    if kind == 'municipality':
        A['email'] = f"{slug(first)}.{slug(last)}.{slug(A['municipality'])}@example.org"
    titles = TITLES_NL if lang == 'nl' else TITLES_FR if lang == 'fr' else TITLES_EN
    A['title'] = rng.choice(titles).format(v=village)
    # amounts (cents)
    req = rng.choice(range(2000, 10001, 250)) * 100
    if rng.random() < 0.2:
        req = rng.randint(1500, 9999) * 100 + rng.choice([0, 50, 25, 80])
    mode = rng.choice(['req', 'total_own', 'total_own', 'total_own', 'total'])
    A['req'] = req
    A['total'] = None
    A['own'] = None
    if mode == 'total_own':
        own = rng.choice(range(300, 6001, 100)) * 100
        A['own'] = own
        A['total'] = req + own
    elif mode == 'total':
        A['total'] = req
    # a second person (contact for the file / chair / treasurer)
    A['other'] = person(rng, lang)
    A['other_phone_raw'], A['other_phone'] = mk_phone(rng, country)
    A['other_email'] = mk_email(rng, *A['other'])
    return A


def fmt_date(d, lang, style=0):
    if lang == 'nl':
        return [f"{d.day} {MONTHS_NL[d.month - 1]} 2019", d.strftime('%d/%m/%Y'), f"{d.day}-{d.month}-2019"][style % 3]
    if lang == 'fr':
        return [f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} 2019", d.strftime('%d/%m/%Y'), f"{d.day} {MONTHS_FR[d.month - 1]} 2019"][style % 3]
    return [f"{d.day} {MONTHS_EN[d.month - 1]} 2019", d.strftime('%d/%m/%Y'), f"{MONTHS_EN[d.month - 1]} {d.day}, 2019"][style % 3]


def name_written(rng, first, last, style=None):
    style = style if style is not None else rng.choice(['fl', 'fl', 'fl', 'LF', 'fL'])
    if style == 'LF':
        return f"{last.upper()} {first}"
    if style == 'fL':
        return f"{first} {last.upper()}"
    return f"{first} {last}"


def cost_rows(rng, A, lang):
    items = COST_ITEMS_NL if lang == 'nl' else COST_ITEMS_FR if lang == 'fr' else COST_ITEMS_EN
    total = A['total']
    n = rng.randint(3, 5)
    names = rng.sample(items, n)
    # split total into n parts, multiples of 50 euros except the last
    rest = total
    vals = []
    for i in range(n - 1):
        share = max(5000, (rest // (n - i)) // 5000 * 5000 + rng.choice([-5000, 0, 5000, 10000]))
        share = min(share, rest - 5000 * (n - i - 1))
        vals.append(share)
        rest -= share
    vals.append(rest)
    return list(zip(names, vals))


def plain_money(cents, lang):
    """amount cell in a cost table (not part of the truth, except the totals)"""
    e, c = divmod(cents, 100)
    if lang == 'en':
        return f"€{euro_groups(e, ',')}.{c:02d}"
    if lang == 'fr':
        return f"{euro_groups(e, ' ')},{c:02d} €"
    return f"€ {euro_groups(e, '.')},{c:02d}"
