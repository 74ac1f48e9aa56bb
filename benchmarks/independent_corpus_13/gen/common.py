# -*- coding: utf-8 -*-
"""Normalisation helpers shared by build.py (to derive the truth) and verify.py."""
import re
import html
import unicodedata
from decimal import Decimal

EXAMPLE_DOMAINS = ('example.org', 'example.net', 'example.com')
FIELDS = ['organisation', 'contact_name', 'email', 'phone', 'address', 'postcode',
          'municipality', 'country', 'project_title', 'requested_amount', 'total_budget']
FORMATS = ['pdf_form', 'docx_form', 'odt_form', 'docx_letter', 'pdf_letter', 'rtf',
           'body_plain', 'body_html', 'scan_pdf', 'photo']
MAKEUP = {'pdf_form': 2, 'docx_form': 2, 'odt_form': 2, 'docx_letter': 1, 'pdf_letter': 1,
          'rtf': 1, 'body_plain': 2, 'body_html': 2, 'scan_pdf': 4, 'photo': 3}


def norm(s):
    """whitespace-collapsed, casefolded, NFC, typographic quotes/nbsp flattened"""
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\xa0', ' ').replace('\u202f', ' ').replace('\u2019', "'")
    s = re.sub(r'\s+', ' ', s).strip()
    return s.casefold()


def parse_amount(s):
    """'€ 9.500,-' -> '9500.00', '7 250 EUR' -> '7250.00', '8.400,00 euro' -> '8400.00'"""
    t = s.replace('\xa0', ' ').replace('\u202f', ' ')
    t = re.sub(r'[^\d.,\s]', '', t).strip()
    t = t.strip(' .,')
    m = re.match(r'^(.*?)[.,](\d{2})$', t)
    if m:
        ip, dec = m.group(1), m.group(2)
    else:
        ip, dec = t, '00'
    ip = re.sub(r'[\s.,]', '', ip)
    return '%s.%s' % (int(ip), dec)


def amount_sub(a, b):
    return '%.2f' % (Decimal(a) - Decimal(b))


def phone_e164(s, country):
    s = s.replace('(0)', '')
    digits = re.sub(r'\D', '', s)
    if s.strip().startswith('+'):
        return '+' + digits
    if digits.startswith('00'):
        return '+' + digits[2:]
    cc = '32' if country == 'BE' else '33'
    return '+' + cc + digits[1:]


def name_tokens(s):
    return sorted(t for t in re.split(r'[\s]+', norm(s)) if t)


def country_from_postcode(pc):
    pc = re.sub(r'\D', '', pc)
    return {4: 'BE', 5: 'FR'}.get(len(pc))


def strip_tags(x):
    x = re.sub(r'(?is)<(script|style).*?</\1>', ' ', x)
    x = re.sub(r'(?i)<br\s*/?>|</p>|</w:p>|</text:p>|</tr>|</td>|</w:tc>|</table:table-cell>', ' \n', x)
    x = re.sub(r'<[^>]+>', '', x)
    return html.unescape(x)


ADDR_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
