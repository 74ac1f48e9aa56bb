"""Small helpers to declare a case."""
from common import dt


def T(org, name, email, phone, address, pc, muni, cc, title, req, tot):
    return {"organisation": org, "contact_name": name, "email": email, "phone": phone,
            "address": address, "postcode": pc, "municipality": muni, "country": cc,
            "project_title": title, "requested_amount": req, "total_budget": tot}


def mail(from_name, from_addr, subject, date, body, filename, html=False, headers=None, **kw):
    m = dict(from_name=from_name, from_addr=from_addr, subject=subject, date=dt(date), body=body,
             filename=filename, html=html, headers=headers or [])
    m.update(kw)
    return m


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdUgXk2f3pL9qR0sTq2Jw8v1Yb7cAA=="),
           ("Content-Language", "nl-BE")]
OUTLOOK_FR = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdUhCq8w1vP2nE4lQe6Zr3m0Xa5kBB=="),
              ("Content-Language", "fr-FR")]
THUNDERBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
               ("Content-Language", "nl")]
THUNDERBIRD_FR = [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
                  ("Content-Language", "fr")]
APPLEMAIL = [("X-Mailer", "Apple Mail (2.3445.104.11)")]
IPHONE = [("X-Mailer", "iPhone Mail (16F203)")]
WEBMAIL = [("X-Mailer", "Open-Xchange Mailer v7.10.1-Rev12")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.3.8")]
ANDROID = [("User-Agent", "K-9 Mail for Android")]
