"""Generate the MWB-2019 hard-case corpus into /tmp/jc3/{dev,test}.

Run:  /work/main/.venv/bin/python gen/make_corpus.py   (from /tmp/jc3)
"""
import collections
import datetime as dt
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import lib  # noqa: E402
from lib import (BRU, CALL_OPEN, DEADLINE, SCENARIOS, Ctx, build_message, mid, to_bytes)  # noqa: E402
import s_ord  # noqa: E402,F401
import s_hard1  # noqa: E402,F401
import s_hard2  # noqa: E402,F401

KINDS = ['application', 'follow_up', 'new_idea', 'changed_values', 'inquiry',
         'auto_reply', 'bounce', 'out_of_scope', 'withdrawal']
FLAGS = ['before_call', 'late', 'ambiguous']
NUMBER_SEED = 42        # scenario numbering shuffle
SPLIT_SEED = 2019       # first seed tried for the dev/test split


def msgid_for(spec, rng):
    frm = spec.get('frm')
    if spec.get('special') == 'bounce':
        return f"<{spec['date'].strftime('%Y%m%d%H%M%S')}.{spec['queue_id']}@mx1.partons.example.org>"
    addr = frm[1] if isinstance(frm, tuple) else str(frm)
    domain = addr.split('@')[-1].strip('>')
    if 'gmail' in domain:
        return mid(domain, 'gmail')
    if rng.random() < 0.3:
        return mid('EUR01.prod.outlook.example.com', 'outlook')
    return mid(domain)


def main():
    rng = random.Random(NUMBER_SEED)
    order = list(range(len(SCENARIOS)))
    rng.shuffle(order)
    for n, idx in enumerate(order, 1):
        SCENARIOS[idx].sid = f"s{n:02d}"
    scs = sorted(SCENARIOS, key=lambda s: s.sid)

    # labels, message ids, date order, flags
    idrng = random.Random(7)
    for s in scs:
        for k, p in s.projects.items():
            p.label = f"{s.sid}-{k}"
        dates = [m['date'] for m in s.msgs]
        assert dates == sorted(dates), f"{s.sid} messages not in date order: {s.summary}"
        for m in s.msgs:
            m['message_id'] = msgid_for(m, idrng)
            m['before_call'] = m['date'] < CALL_OPEN
        # project lateness
        late_proj = set()
        for k in s.projects:
            apps = [m for m in s.msgs if m['proj'] == k and m['kind'] in ('application', 'new_idea')]
            assert len(apps) == 1, f"{s.sid}-{k}: {len(apps)} application messages"
            if apps[0]['date'] > DEADLINE:
                late_proj.add(k)
        for m in s.msgs:
            m['late'] = m['proj'] in late_proj
            if m['proj'] is not None:
                assert m['proj'] in s.projects, (s.sid, m['proj'])

    # global numbering of receipts
    todo = []
    for s in scs:
        for m in s.msgs:
            if m['kind'] in ('application', 'new_idea') and not m['before_call'] and not m['late']:
                todo.append((m['date'].astimezone(dt.timezone.utc), s.sid, m['proj'], s, m))
    todo.sort(key=lambda t: (t[0], t[1]))
    drng = random.Random(11)
    for n, (_, _, k, s, m) in enumerate(todo, 1):
        p = s.projects[k]
        p.ref = f"MWB-2019-{n:03d}"
        p.receipt_date = (m['date'] + dt.timedelta(minutes=drng.randint(2, 4), seconds=drng.randint(0, 59))).astimezone(BRU)

    # render
    rendered = {}   # sid -> list of (bytes, truth)
    for s in scs:
        R = Ctx(s.projects, [m['message_id'] for m in s.msgs])
        out = []
        for i, m in enumerate(s.msgs, 1):
            msg = build_message(m, R)
            data = to_bytes(msg)
            irt = m.get('irt')
            irt = irt(R) if callable(irt) else irt
            for k, p in s.projects.items():
                if p.ref and ((irt and p.ref in irt) or m.get('bounce_for') == k or m.get('mdn_for') == k):
                    assert m['date'] > p.receipt_date, f"{s.sid}/{i:02d} precedes receipt of {p.label}"
            t = collections.OrderedDict()
            t['scenario'] = s.sid
            t['file'] = f"{s.sid}/{i:02d}.eml"
            t['date'] = m['date'].isoformat()
            t['kind'] = m['kind']
            t['language'] = m['lang']
            t['project'] = s.projects[m['proj']].label if m['proj'] else None
            if m['kind'] == 'changed_values':
                assert m.get('changed'), t['file']
                t['changed'] = m['changed']
            else:
                assert not m.get('changed'), t['file']
            if m['before_call']:
                t['before_call'] = True
            if m['late']:
                t['late'] = True
            note = m['note']
            if m.get('amb'):
                t['ambiguous'] = True
                note = f"{note}; ambiguous: {m['note_amb']}"
            t['note'] = note
            assert t['kind'] in KINDS, t
            out.append((data, t))
        rendered[s.sid] = out

    # split
    def stats(sids):
        c = collections.Counter()
        for sid in sids:
            for _, t in rendered[sid]:
                c[t['kind']] += 1
                for f in FLAGS:
                    if t.get(f):
                        c[f] += 1
        return c

    all_sids = [s.sid for s in scs]
    total_msgs = sum(len(v) for v in rendered.values())
    seed = SPLIT_SEED
    while True:
        r = random.Random(seed)
        sh = all_sids[:]
        r.shuffle(sh)
        half = len(sh) // 2
        dev, test = sorted(sh[:half]), sorted(sh[half:])
        cd, ct = stats(dev), stats(test)
        ok = all(cd[k] > 0 and ct[k] > 0 for k in KINDS + FLAGS)
        nd = sum(len(rendered[x]) for x in dev)
        ok = ok and abs(2 * nd - total_msgs) <= 8
        ok = ok and all(min(cd[k], ct[k]) >= 0.3 * (cd[k] + ct[k]) for k in
                        ['application', 'follow_up', 'changed_values', 'inquiry', 'auto_reply', 'out_of_scope'])
        if ok:
            break
        seed += 1
    print('split seed', seed)

    tags = {s.sid: s for s in scs}
    for name, sids in (('dev', dev), ('test', test)):
        d = os.path.join(ROOT, name)
        if os.path.exists(d):
            shutil.rmtree(d)
        os.makedirs(d)
        truths = []
        for sid in sids:
            os.makedirs(os.path.join(d, sid))
            for data, t in rendered[sid]:
                with open(os.path.join(d, t['file']), 'wb') as f:
                    f.write(data)
                truths.append(t)
        truths.sort(key=lambda t: (dt.datetime.fromisoformat(t['date']).astimezone(dt.timezone.utc), t['file']))
        with open(os.path.join(d, 'truth.jsonl'), 'w', encoding='utf-8') as f:
            for t in truths:
                f.write(json.dumps(t, ensure_ascii=False) + '\n')

    write_readme(dev, test, rendered, tags, seed, stats)
    for name in ('dev', 'test'):
        open(os.path.join(ROOT, name, 'READY'), 'w').close()
    print('dev', len(dev), 'scenarios', sum(len(rendered[x]) for x in dev), 'messages')
    print('test', len(test), 'scenarios', sum(len(rendered[x]) for x in test), 'messages')


def write_readme(dev, test, rendered, tags, seed, stats):
    cd, ct = stats(dev), stats(test)
    lines = []
    A = lines.append
    A('# MWB-2019 hard-case corpus ("Maak werk van je buurt!" / "Faites bouger votre quartier !")')
    A('')
    A('Invented inbox of the coordinator of the 2019 cross-border call for citizen initiatives')
    A('(Westhoek / Nord), mailbox `coordinator@partons.example.org`. The call opens 2019-04-01 00:00')
    A('Europe/Brussels; the deadline is 2019-06-16T23:59:59+02:00. Receipts ("Ontvangstbevestiging')
    A('MWB-2019-NNN: title" / "Accusé de réception MWB-2019-NNN : title", Message-ID')
    A('`<receipt-MWB-2019-NNN@partons.example.org>`) and the coordinator\'s own answers')
    A('(`<ans-XXXX@partons.example.org>`) are outgoing mail and not in the corpus; replies quote them.')
    A('Reference numbers are assigned in receipt order over both halves to `application` / `new_idea`')
    A('messages that are neither `before_call` nor `late`.')
    A('')
    A('About 70% of the scenarios are deliberately hard judgement cases (press releases and newsletters')
    A('quoting the call, forwards by colleagues and town halls, question-heading applications, inquiries')
    A('that read like applications, new ideas vs. reworded ideas, loose amount changes, resends,')
    A('links instead of attachments, withdrawals and near-withdrawals, date-boundary cases in UTC,')
    A('auto-replies that look like receipts or announce new addresses, bounces, read receipts,')
    A('replies in another language / with changed subjects / top-posted). 30% are ordinary baseline cases.')
    A('All people, organisations, addresses and phone numbers are invented; addresses are at')
    A('example.org / example.net / example.com subdomains. Village names are real.')
    A('')
    A('## Layout')
    A('')
    A('```')
    A('gen/            generator (run: /work/main/.venv/bin/python gen/make_corpus.py) and gen/check.py')
    A('dev/  truth.jsonl READY sNN/MM.eml')
    A('test/ truth.jsonl READY sNN/MM.eml')
    A('```')
    A('')
    A('Every `.eml` is an RFC 5322 message with CRLF line ends, parseable with Python\'s `email` package,')
    A('with Message-ID, Date, From, To and Subject. `MM` numbers the messages of a scenario in date order.')
    A(f'Scenario numbers are a seeded shuffle; the split into halves is seeded (split seed {seed}).')
    A('')
    A('## Counts')
    A('')
    nd = sum(len(rendered[x]) for x in dev)
    nt = sum(len(rendered[x]) for x in test)
    A('| | dev | test | total |')
    A('|---|---:|---:|---:|')
    A(f'| scenarios | {len(dev)} | {len(test)} | {len(dev) + len(test)} |')
    A(f'| messages | {nd} | {nt} | {nd + nt} |')
    for k in KINDS:
        A(f'| kind `{k}` | {cd[k]} | {ct[k]} | {cd[k] + ct[k]} |')
    for f in FLAGS:
        A(f'| flag `{f}` | {cd[f]} | {ct[f]} | {cd[f] + ct[f]} |')
    lang = {n: collections.Counter(t['language'] for sid in s for _, t in rendered[sid]) for n, s in (('dev', dev), ('test', test))}
    for l in ('nl', 'fr', 'en'):
        A(f'| language `{l}` | {lang["dev"][l]} | {lang["test"][l]} | {lang["dev"][l] + lang["test"][l]} |')
    hd = sum(1 for x in dev if tags[x].tag == 'hard')
    ht = sum(1 for x in test if tags[x].tag == 'hard')
    A(f'| hard scenarios | {hd} | {ht} | {hd + ht} |')
    A(f'| ordinary scenarios | {len(dev) - hd} | {len(test) - ht} | {len(dev) + len(test) - hd - ht} |')
    A('')
    for name, sids in (('dev', dev), ('test', test)):
        A(f'## Scenarios in {name}')
        A('')
        for sid in sids:
            s = tags[sid]
            kinds = ', '.join(t['kind'] for _, t in rendered[sid])
            A(f'- **{sid}** ({s.tag}, {len(rendered[sid])} msg: {kinds}) - {s.summary}')
        A('')
    A('## Truth format')
    A('')
    A('`truth.jsonl`: one JSON object per message, in arrival order (Date converted to UTC; ties by file).')
    A('')
    A('```json')
    A('{"scenario": "s05", "file": "s05/03.eml", "date": "2019-04-23T21:05:00+02:00", "kind": "changed_values",')
    A(' "language": "nl", "project": "s05-a", "changed": {"requested_amount": "8750.00"},')
    A(' "note": "reply to the receipt, lowers the requested amount"}')
    A('```')
    A('')
    A('- `scenario`, `file` (relative to the half\'s folder), `date` (Date header, ISO 8601 with its offset).')
    A('- `kind`: `application` (new project idea), `follow_up` (more about an existing project: missing')
    A('  field supplied, attachment, photo, thanks, question about one\'s own file, exact resend),')
    A('  `new_idea` (second, different project from someone who already applied; label `sNN-b`),')
    A('  `changed_values` (changes a value already on file; `changed` lists the new values),')
    A('  `inquiry` (interest or question without a concrete idea on file; brainstorm requests),')
    A('  `auto_reply` (out-of-office, autoresponders, read receipts), `bounce` (DSN for a receipt),')
    A('  `out_of_scope` (colleagues, invoices, newsletters, press, town-hall FYIs, spam), `withdrawal`.')
    A('- `language`: nl / fr / en, language of the new text (bounces: en).')
    A('- `project`: label shared by all messages about one project idea (`s07-a`, `s07-b`), or null.')
    A('  Auto-replies and bounces answering a project\'s receipt carry that project\'s label; a forwarded')
    A('  application carries the project label like any application. Inquiries that precede an')
    A('  application by the same sender are labelled null (no project existed yet).')
    A('- `changed` (only for `changed_values`): fields among `organisation`, `contact_name`, `email`,')
    A('  `phone` (E.164), `project_title`, `requested_amount`, `total_budget` (decimal string, 2 decimals).')
    A('  A value that was missing and is now supplied is a `follow_up`, not a change.')
    A('- `before_call: true`: dated before 2019-04-01T00:00 Europe/Brussels (any kind).')
    A('- `late: true`: an `application` / `new_idea` dated after the deadline, and every other message')
    A('  of that late project. Follow-ups of on-time projects after the deadline are not flagged.')
    A('- `ambiguous: true`: a careful human could judge differently; the note says how. `kind` is the')
    A('  most defensible reading.')
    A('- `note`: short human explanation.')
    A('')
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


if __name__ == '__main__':
    main()
