"""Per-case choices of how the applicant filled things in, and the truth that follows from them."""
from common import fmt_amount, fmt_phone, plain_amount

SEE_ABOVE = {'nl': ['zie boven', 'zie hierboven', 'idem'], 'fr': ['voir ci-dessus', 'idem'], 'en': ['see above', 'as above']}


def make_view(r, rng, kind):
    """kind: form | letter | body | image"""
    lang = r['lang']
    v = {}
    v['name_order'] = rng.choice(['first_last', 'first_last', 'last_first', 'split', 'upper_last']) if kind in ('form', 'image') else 'first_last'
    if v['name_order'] == 'last_first':
        v['name_str'] = f"{r['last']} {r['first']}"
    elif v['name_order'] == 'upper_last':
        v['name_str'] = f"{r['last'].upper()} {r['first']}"
    else:
        v['name_str'] = f"{r['first']} {r['last']}"
    x = rng.random()
    if kind == 'body':
        v['email_mode'] = 'given' if x < 0.4 else 'empty'
        if r['sender'] != 'self':
            v['email_mode'] = 'given'
    elif kind == 'letter':
        v['email_mode'] = 'given' if x < 0.75 or r['sender'] != 'self' else 'empty'
        if r['sender'] != 'self' and rng.random() < 0.2:
            v['email_mode'] = 'empty'
    else:
        if r['sender'] == 'self':
            v['email_mode'] = 'given' if x < 0.7 else ('see_above' if x < 0.85 else 'empty')
        else:
            v['email_mode'] = 'given' if x < 0.85 else 'empty'
    v['email_above'] = rng.choice(SEE_ABOVE[lang])
    v['alt_from'] = v['email_mode'] == 'given' and r['sender'] == 'self' and rng.random() < 0.2
    v['phone_shown'] = rng.random() < 0.88
    v['phone_str'] = fmt_phone(r['phone'], rng)
    v['addr_mode'] = rng.choice(['separate', 'separate', 'pc_place_one', 'multiline'])
    v['req_str'] = fmt_amount(r['requested'], lang, rng, allow_words=(rng.random() < 0.12))
    v['total_stated'] = rng.random() < (0.9 if kind in ('form', 'image') else 0.7)
    v['total_str'] = fmt_amount(r['total'], lang, rng) if v['total_stated'] else None
    v['own_str'] = fmt_amount(r['own'], lang, rng) if r['own'] else None
    v['other_str'] = fmt_amount(r['other'], lang, rng) if r['other'] else None
    v['lines_str'] = [(d, plain_amount(a, lang)) for d, a in r['lines']]
    # sloppy: table total that is not the sum of the lines (stated total is what counts)
    if kind == 'form' and v['total_stated'] and rng.random() < 0.12:
        d, a = r['lines'][0]
        v['lines_str'][0] = (d, plain_amount(a + rng.choice([-10000, 5000, 20000]), lang))
        v['lines_mismatch'] = True
    return v


def truth(r, v, from_addr):
    f = {}
    if r['org']:
        f['organisation'] = r['org']
    f['contact_name'] = f"{r['first']} {r['last']}"
    if v['email_mode'] == 'given':
        f['email'] = r['email']
    elif r['sender'] == 'self':
        f['email'] = from_addr
    if v['phone_shown']:
        f['phone'] = r['phone']
    f['address'] = r['address']
    f['postcode'] = r['postcode']
    f['municipality'] = r['municipality']
    f['country'] = r['country']
    f['project_title'] = r['title']
    f['requested_amount'] = f"{r['requested'] // 100}.{r['requested'] % 100:02d}"
    if v['total_stated']:
        f['total_budget'] = f"{r['total'] // 100}.{r['total'] % 100:02d}"
    return f


def checks(r, v):
    """(field, string that must be found in the extracted document text)."""
    c = []
    if r['org']:
        c.append(('organisation', r['org']))
    c.append(('contact_name', r['first']))
    c.append(('contact_name', r['last']))
    if v['email_mode'] == 'given':
        c.append(('email', r['email']))
    if v['phone_shown']:
        c.append(('phone', v['phone_str']))
    c.append(('address', r['address']))
    c.append(('postcode', r['postcode']))
    c.append(('municipality', r['municipality']))
    c.append(('project_title', r['title']))
    c.append(('requested_amount', v['req_str']))
    if v['total_stated']:
        c.append(('total_budget', v['total_str']))
    return c
