"""What goes into each box of a form, given a record and a view."""
from labels import L


def answers(r, v, rng, has_full_addr=False, has_pcplace=False):
    lang = r['lang']
    a = {}
    a['org'] = r['org'] or ''
    if r['org']:
        a['type'] = 0 if ('vzw' in r['org'].lower() or 'association' in r['org'].lower() or rng.random() < 0.4) else 1
    else:
        a['type'] = 2
    a['name'] = v['name_str']
    a['first'], a['last'] = r['first'], r['last']
    if v['name_order'] == 'upper_last':
        a['last'] = r['last'].upper()
    pc, pl = r['postcode'], r['municipality']
    mode = v['addr_mode']
    if mode == 'multiline' and not has_full_addr:
        mode = 'separate'
    a['addr_mode'] = mode
    a['addr'] = r['address']
    a['pc'], a['place'] = pc, pl
    a['pcplace'] = f"{pc} {pl}"
    if mode == 'pc_place_one' and not has_pcplace:
        # postcode and place written together in the place box, postcode box left empty
        a['pc'], a['place'] = '', f"{pc} {pl}"
    a['full'] = f"{r['address']}\n{pc} {pl}"
    if rng.random() < 0.15:
        # a few people add the country
        cn = {'BE': {'nl': 'België', 'fr': 'Belgique', 'en': 'Belgium'}, 'FR': {'nl': 'Frankrijk', 'fr': 'France', 'en': 'France'}}[r['country']][lang]
        a['pcplace'] += ', ' + cn
        a['full'] += ', ' + cn
    if lang == 'fr' and r['country'] == 'FR' and rng.random() < 0.3:
        a['pcplace'] = f"{pc} {pl.upper()}" if False else a['pcplace']
    a['email'] = r['email'] if v['email_mode'] == 'given' else (v['email_above'] if v['email_mode'] == 'see_above' else '')
    a['phone'] = v['phone_str'] if v['phone_shown'] else ''
    a['title'] = r['title']
    a['req'] = v['req_str']
    a['total'] = v['total_str'] or ''
    a['own'] = v['own_str'] or ''
    a['other'] = v['other_str'] or ''
    a['lines'] = v['lines_str']
    a['mismatch'] = v.get('lines_mismatch', False)
    a['descr'] = ' '.join(rng.sample(L[lang]['descrs'], 2))
    a['date'] = r['date'].strftime(rng.choice(['%d/%m/%Y', '%d-%m-%Y', '%d.%m.%Y']))
    sec_first = rng.choice({'nl': ['Marc', 'Greet', 'Luc', 'Rita', 'Dirk'], 'fr': ['Alain', 'Chantal', 'Bernard', 'Josiane'],
                            'en': ['Paul', 'Anne', 'Simon']}[lang])
    sec_last = rng.choice({'nl': ['Maes', 'Lannoo', 'Cnockaert', 'Vandaele'], 'fr': ['Duriez', 'Caron', 'Lefebvre', 'Hochart'],
                           'en': ['Green', 'Walker', 'Price']}[lang])
    a['second_role'] = rng.choice(L[lang]['second'])
    a['second_name'] = f"{sec_first} {sec_last}"
    from common import fmt_phone, make_phone
    a['second_phone'] = fmt_phone(make_phone(rng, r['country']), rng) if rng.random() < 0.5 else ''
    if not r['org']:
        a['second_name'] = a['second_phone'] = ''
    return a
