"""Normalisers shared by make.py and verify.py (raw 'as written' -> truth value)."""
import re
import unicodedata


def parse_amount(raw):
    """'EUR 7.250,00' / '9 500 EUR' / '€ 9.500,-' / '8.000 euro' / '€7,250.00' -> '7250.00'."""
    s = raw.replace('\u00a0', ' ').replace('\u202f', ' ')
    s = re.sub(r'(?i)euros|euro|eur|€', ' ', s).strip()
    s = s.replace(' ', '')
    s = re.sub(r'[,.]-$', '', s)
    cents = '00'
    m = re.search(r'[.,](\d{2})$', s)
    if m:
        cents = m.group(1)
        s = s[:m.start()]
    s = s.replace('.', '').replace(',', '').replace("'", '')
    if not s.isdigit():
        raise ValueError('bad amount %r' % raw)
    return '%d.%s' % (int(s), cents)


def norm_phone(raw, country):
    s = raw.replace('(0)', '')
    plus = s.strip().startswith('+')
    d = re.sub(r'\D', '', s)
    if plus:
        return '+' + d
    if d.startswith('00'):
        return '+' + d[2:]
    if d.startswith('0'):
        return ('+32' if country == 'BE' else '+33') + d[1:]
    raise ValueError(raw)


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def name_tokens(s):
    return sorted(t for t in re.split(r'[\s]+', fold(s)) if t)


def squash(s):
    """whitespace-normalise extracted text for substring tests."""
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2011', '-')
    return re.sub(r'\s+', ' ', s)
