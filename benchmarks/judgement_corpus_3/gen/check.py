"""Sanity checks for the generated corpus. Run: python gen/check.py (from /tmp/jc3)."""
import collections
import datetime as dt
import email
import json
import os
import re
import sys
from email import policy
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BRU = ZoneInfo('Europe/Brussels')
OPEN = dt.datetime(2019, 4, 1, tzinfo=BRU)
DEADLINE = dt.datetime(2019, 6, 16, 23, 59, 59, tzinfo=BRU)
KINDS = {'application', 'follow_up', 'new_idea', 'changed_values', 'inquiry', 'auto_reply', 'bounce',
         'out_of_scope', 'withdrawal'}
FIELDS = {'organisation', 'contact_name', 'email', 'phone', 'project_title', 'requested_amount', 'total_budget'}
ADDR_RE = re.compile(r'[\w.+-]+@([\w-]+(?:\.[\w-]+)+)')
errors = []


def err(*a):
    errors.append(' '.join(str(x) for x in a))


ref_owner = {}
counts = {}
all_sids = set()
for half in ('dev', 'test'):
    d = os.path.join(ROOT, half)
    if not os.path.exists(os.path.join(d, 'READY')):
        err(half, 'READY missing')
    truths = [json.loads(l) for l in open(os.path.join(d, 'truth.jsonl'), encoding='utf-8')]
    files = set()
    for sid in sorted(os.listdir(d)):
        p = os.path.join(d, sid)
        if os.path.isdir(p):
            if sid in all_sids:
                err('scenario in both halves', sid)
            all_sids.add(sid)
            names = sorted(os.listdir(p))
            if names != [f"{i:02d}.eml" for i in range(1, len(names) + 1)]:
                err(half, sid, 'bad numbering', names)
            for n in names:
                files.add(f"{sid}/{n}")
    tfiles = [t['file'] for t in truths]
    if len(set(tfiles)) != len(tfiles):
        err(half, 'duplicate truth lines')
    if set(tfiles) != files:
        err(half, 'truth/file mismatch', set(tfiles) ^ files)
    c = collections.Counter()
    prev = None
    per_sid_dates = collections.defaultdict(list)
    for t in truths:
        raw = open(os.path.join(d, t['file']), 'rb').read()
        if re.search(rb'(?<!\r)\n', raw):
            err(t['file'], 'bare LF')
        if re.search(rb'\r(?!\n)', raw):
            err(t['file'], 'bare CR')
        m = email.message_from_bytes(raw, policy=policy.default)
        for h in ('Message-ID', 'Date', 'From', 'To', 'Subject'):
            if m[h] is None:
                err(t['file'], 'missing', h)
        dh = parsedate_to_datetime(str(m['Date']))
        if dh.isoformat() != t['date']:
            err(t['file'], 'date mismatch', dh.isoformat(), t['date'])
        u = dh.astimezone(dt.timezone.utc)
        if prev and u < prev:
            err(t['file'], 'truth not in arrival order')
        prev = u
        per_sid_dates[t['scenario']].append((t['file'], dh))
        if not (dt.datetime(2019, 1, 1, tzinfo=BRU) <= dh <= dt.datetime(2019, 8, 31, 23, 59, tzinfo=BRU)):
            err(t['file'], 'date out of range')
        # all addresses in headers and text are example domains
        text = '\n'.join(f'{k}: {v}' for k, v in m.items())
        for part in m.walk():
            if part.get_content_type() in ('message/rfc822', 'text/rfc822-headers', 'message/delivery-status'):
                text += '\n' + part.as_string()
            if part.get_content_maintype() == 'text':
                try:
                    text += part.get_content()
                except Exception as e:  # noqa
                    err(t['file'], 'cannot decode part', e)
        for dom in ADDR_RE.findall(text):
            dom = dom.lower().rstrip('.')
            if not re.search(r'(^|\.)example\.(org|net|com)$', dom) and not dom.endswith('prod.outlook.example.com'):
                if '=' in dom or dom.endswith(('.docx', '.pdf', '.jpg')):
                    continue
                err(t['file'], 'non-example domain', dom)
        if t['kind'] not in KINDS:
            err(t['file'], 'bad kind')
        if t['language'] not in ('nl', 'fr', 'en'):
            err(t['file'], 'bad language')
        if t['kind'] == 'changed_values':
            if not t.get('changed') or set(t['changed']) - FIELDS:
                err(t['file'], 'bad changed')
            for k, v in t['changed'].items():
                if k in ('requested_amount', 'total_budget') and not re.fullmatch(r'\d+\.\d\d', v):
                    err(t['file'], 'bad amount', v)
                if k == 'phone' and not re.fullmatch(r'\+\d{9,14}', v):
                    err(t['file'], 'bad phone', v)
        elif 'changed' in t:
            err(t['file'], 'changed on non-change')
        if t.get('before_call') != (dh < OPEN or None):
            err(t['file'], 'before_call flag wrong')
        if t['kind'] in ('application', 'new_idea') and (dh > DEADLINE) != bool(t.get('late')):
            err(t['file'], 'late flag wrong')
        if t['kind'] in ('bounce',):
            if m.get_content_type() != 'multipart/report' or m.get_param('report-type') != 'delivery-status':
                err(t['file'], 'bounce not a DSN')
        if t['project'] and not t['project'].startswith(t['scenario'] + '-'):
            err(t['file'], 'project label mismatch')
        if t.get('ambiguous') and 'ambiguous' not in t['note']:
            err(t['file'], 'ambiguous without explanation')
        for k in ('before_call', 'late', 'ambiguous'):
            if k in t and t[k] is not True:
                err(t['file'], 'flag must be true when present', k)
        # receipt references -> project
        irt = str(m.get('In-Reply-To') or '')
        refs = set(re.findall(r'receipt-(MWB-2019-\d{3})@', irt))
        if t['kind'] == 'bounce' or (m.get_content_type() == 'multipart/report'):
            refs |= set(re.findall(r'receipt-(MWB-2019-\d{3})@', raw.decode('ascii', 'replace')))
        for r in refs:
            key = (r)
            if key in ref_owner and ref_owner[key] != t['project']:
                err(t['file'], 'receipt', r, 'belongs to', ref_owner[key], 'not', t['project'])
            ref_owner.setdefault(key, t['project'])
        for f in ('before_call', 'late', 'ambiguous'):
            if t.get(f):
                c[f] += 1
        c[t['kind']] += 1
        c['messages'] += 1
    for sid, lst in per_sid_dates.items():
        lst.sort()
        ds = [x[1] for x in lst]
        if ds != sorted(ds):
            err(half, sid, 'MM not in date order')
    c['scenarios'] = len({t['scenario'] for t in truths})
    counts[half] = c

# README counts
readme = open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read()
for row in re.findall(r'^\| (.+?) \| (\d+) \| (\d+) \| (\d+) \|$', readme, re.M):
    label, dv, ts, tot = row
    key = label.replace('kind ', '').replace('flag ', '').strip('`')
    if key in counts['dev'] or key in KINDS or key in ('before_call', 'late', 'ambiguous'):
        if counts['dev'][key] != int(dv) or counts['test'][key] != int(ts):
            err('README count mismatch', key, dv, ts, counts['dev'][key], counts['test'][key])
nums = sorted(int(r[-3:]) for r in ref_owner)
print('receipt refs seen in replies:', len(nums), 'max', max(nums) if nums else None)
for h in ('dev', 'test'):
    print(h, dict(counts[h]))
if errors:
    print('\n'.join(errors))
    sys.exit(1)
print('OK')
