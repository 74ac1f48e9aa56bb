"""Case registry: every case function registers itself here."""
CASES = []

COORD = "Jonas Polin <jonas.polin@example.org>"


def case(split, lang, fmt, family):
    def deco(fn):
        CASES.append(dict(split=split, lang=lang, fmt=fmt, family=family, fn=fn, key=fn.__name__))
        return fn
    return deco


def truth(*, organisation, contact_name, email, phone, address, postcode, municipality,
          country, project_title, requested_amount, total_budget):
    return dict(organisation=organisation, contact_name=contact_name, email=email, phone=phone,
                address=address, postcode=postcode, municipality=municipality, country=country,
                project_title=project_title, requested_amount=requested_amount,
                total_budget=total_budget)


def result(*, attachment, filename, truth, mail, checks=None):
    """mail: dict(sender, subject, body, date, [html, octet, cc, mailer, qp]).
    checks: extra verification hints: {'absent': [...strings that must NOT be in accepted text]}"""
    return dict(attachment=attachment, filename=filename, truth=truth, mail=mail, checks=checks or {})
