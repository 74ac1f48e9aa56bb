def truth(organisation, contact_name, email, phone, address, postcode, municipality,
          country, project_title, requested_amount, total_budget):
    return dict(organisation=organisation, contact_name=contact_name, email=email,
                phone=phone, address=address, postcode=postcode, municipality=municipality,
                country=country, project_title=project_title,
                requested_amount=requested_amount, total_budget=total_budget)


def case(key, fmt, lang, truth, mail, form, meta=None):
    return dict(key=key, format=fmt, language=lang, truth=truth, mail=mail,
                form=form, meta=meta or {})
