"""Case registry: every case function builds one application mail and its truth."""
from common import e164, tv

CASES = []


def case(half, lang, fmt):
    def deco(fn):
        CASES.append(dict(half=half, lang=lang, fmt=fmt, fn=fn, key=fn.__name__))
        return fn
    return deco


def truth(org, contact, email, phone, address, postcode, municipality, title, req, total, country):
    return dict(organisation=org, contact_name=contact, email=email, phone=phone, address=address,
                postcode=postcode, municipality=municipality, country=country, project_title=title,
                requested_amount=tv(req), total_budget=tv(total))


def be(p):
    return e164(p, "32")


def fr(p):
    return e164(p, "33")
