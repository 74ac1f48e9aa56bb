#!/usr/bin/env python3
"""Corpus c16: applications that reach the coordinator inside Outlook .msg files.

    python build.py [OUTDIR]      (default: the folder above gen/)

Writes dev/ and test/ (20 .eml each + truth.jsonl) and gen/manifest_<half>.json.
Byte-for-byte reproducible: every random choice comes from a seeded
random.Random, every date is fixed, zip/PDF timestamps are pinned.
"""
import base64
import datetime
import json
import os
import random
import sys
from decimal import Decimal
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data  # noqa: E402
import docgen  # noqa: E402
import mime  # noqa: E402
import texts as T  # noqa: E402
from msgwriter import (Attachment, Message, PSETID_COMMON, PT_BINARY, PT_BOOLEAN,  # noqa: E402
                       PT_LONG, PT_SYSTIME, PT_TSTRING, filetime, lzfu_compress, lzfu_decompress)

SEEDS = {"dev": 20190516, "test": 20190616}
CEST = datetime.timezone(datetime.timedelta(hours=2))
COORD_NAME = "Bram Vanthuyne"
COORD_EMAIL = "coordinator@example.org"
COORD_PHONE = "+32 51 99 12 34"

# slot table: (slot, lang, country, has_org, budget_mode, format, carrier)
SLOTS = [
    (1, "nl", "BE", True, "both", "body_plain", "msg_plain"),
    (2, "nl", "BE", True, "both", "docx_form", "msg_docx"),
    (3, "fr", "FR", True, "both", "pdf_letter", "msg_pdf"),
    (4, "fr", "FR", True, "share", "body_plain", "msg_rtf"),
    (5, "nl", "BE", True, "req_only", "body_html", "msg_html"),
    (6, "fr", "BE", True, "both", "body_plain", "msg_ansi"),
    (7, "nl", "BE", True, "both", "body_plain", "msg_forwarded"),
    (8, "fr", "FR", True, "both", "pdf_form", "msg_nested"),
    (9, "nl", "BE", False, "share", "body_plain", "msg_octet"),
    (10, "fr", "BE", True, "both", "body_plain", "msg_with_other"),
    (11, "nl", "BE", True, "both", "pdf_form", "msg_other"),
    (12, "fr", "FR", True, "share", "body_html", "msg_other"),
    (13, "nl", "BE", True, "both", "docx_letter", "msg_other"),
    (14, "nl", "BE", False, "both", "body_plain", "plain"),
    (15, "fr", "FR", True, "req_only", "body_html", "plain"),
    (16, "nl", "BE", True, "both", "docx_form", "plain"),
    (17, "fr", "FR", True, "share", "pdf_letter", "plain"),
    (18, "nl", "BE", True, "both", "body_plain", "plain"),
    (19, "fr", "FR", False, "req_only", "pdf_form", "plain"),
    (20, "fr", "BE", True, "both", "docx_letter", "plain"),
]

MSG_CT = "application/vnd.ms-outlook"
# roles the applicant must not have because a forwarder in that slot signs with it
AVOID_ROLES = {1: ("secretaris",), 4: ("secrétaire", "trésorier", "trésorière"), 5: ("penningmeester",),
               10: ("secrétaire",), 11: ("secretaris",), 13: ("secretaris",)}
CRLF = "\r\n"


def J(lines):
    return CRLF.join(lines)


# ====================================================================== half state
class Half:
    def __init__(self, name, used):
        self.name = name
        self.rng = random.Random(SEEDS[name])
        self.used = used            # shared across halves: names, e-mails
        self.used_projects = set()
        self.used_villages = set()
        self.used_requests = set()

    # -------------------------------------------------------------- people
    def person(self, lang, female=None):
        r = self.rng
        if female is None:
            female = r.random() < 0.5
        for _ in range(500):
            if lang == "nl":
                first = r.choice(data.NL_FIRST_F if female else data.NL_FIRST_M)
                last = r.choice(data.NL_LAST)
            else:
                first = r.choice(data.FR_FIRST_F if female else data.FR_FIRST_M)
                last = r.choice(data.FR_LAST)
            key = (first, last)
            if key not in self.used["names"] and last not in self.used["lasts_" + self.name]:
                self.used["names"].add(key)
                self.used["lasts_" + self.name].add(last)
                return {"first": first, "last": last, "name": "%s %s" % (first, last), "female": female}
        raise RuntimeError("name pool exhausted")

    def email_for(self, p, domain=None):
        for _ in range(100):
            e = T.person_email(self.rng, p["first"], p["last"], domain)
            if e not in self.used["emails"]:
                self.used["emails"].add(e)
                return e
        raise RuntimeError

    def mid(self, domain="example.org", style="outlook"):
        r = self.rng
        if style == "outlook":
            return "<%s$%s$%s$@%s>" % ("%012x" % r.getrandbits(48), "%08x" % r.getrandbits(32),
                                      "%08x" % r.getrandbits(32), domain)
        if style == "gmail":
            return "<CA%s@%s>" % (base64.b32encode(r.getrandbits(160).to_bytes(20, "big")).decode().rstrip("="), domain)
        return "<%08x-%04x-%04x-%04x-%012x@%s>" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                                  r.getrandbits(16), r.getrandbits(48), domain)

    def boundary(self, style="outlook"):
        r = self.rng
        if style == "outlook":
            return "----=_NextPart_%03X_%04X_%08X.%08X" % (r.randint(0, 4), r.getrandbits(16), r.getrandbits(32), r.getrandbits(32))
        if style == "gmail":
            return "000000000000%012x" % r.getrandbits(48)
        return "------------%024X" % r.getrandbits(96)

    def thread_index(self):
        return base64.b64encode(self.rng.getrandbits(176).to_bytes(22, "big")).decode()

    # -------------------------------------------------------------- places
    def place(self, lang, country):
        r = self.rng
        for _ in range(200):
            if country == "BE" and lang == "nl":
                v, pc, grp, zone = r.choice(data.BE_NL)
            elif country == "BE":
                v, pc, grp = r.choice(data.BE_FR)
                zone = "056"
            else:
                v, pc = r.choice(data.FR)
                grp, zone = v, None
            if v not in self.used_villages:
                self.used_villages.add(v)
                return v, pc, grp, zone
        raise RuntimeError

    def street(self, lang, country):
        r = self.rng
        n = r.randint(1, 168)
        suffix = r.choice(["", "", "", "", "A", " bus 2", "B"]) if country == "BE" else r.choice(["", "", "", " bis", ""])
        if country == "BE" and lang == "nl":
            name = r.choice(data.NL_STREETS)
            return "%s %d%s" % (name, n, suffix), name
        if country == "BE":
            name = r.choice(data.BEFR_STREETS)
            return "%s %d%s" % (name, n, suffix.replace(" bus 2", " bte 2")), name
        name = r.choice(data.FR_STREETS)
        return "%d%s %s" % (n, suffix, name), name

    # -------------------------------------------------------------- applicant
    def applicant(self, slot, lang, country, has_org, mode, avoid_roles=()):
        """avoid_roles: roles a forwarder of this slot signs with."""
        r = self.rng
        v, pc, grp, zone = self.place(lang, country)
        street, street_name = self.street(lang, country)
        p = self.person(lang)
        A = {"lang": lang, "country": country, "first": p["first"], "last": p["last"],
             "name": p["name"], "female": p["female"], "street": street, "street_name": street_name,
             "pc": pc, "town": v, "group": grp, "zone": zone}
        if has_org:
            pool = data.NL_ORGS if lang == "nl" else (data.BEFR_ORGS if country == "BE" else data.FR_ORGS)
            pat, roles = r.choice(pool) if slot != 2 else ("Ouderraad VBS De Klimop {v}", ["voorzitter"])
            A["org"] = pat.format(v=v)
            role = r.choice([x for x in roles if x not in avoid_roles] or ["voorzitter" if lang == "nl" else "président"])
            if lang == "fr":
                fem = {"président": "présidente", "trésorier": "trésorière", "coordinateur": "coordinatrice",
                       "animateur": "animatrice", "bénévole référent": "bénévole référente",
                       "administrateur": "administratrice"}
                masc = {b: a for a, b in fem.items()}
                role = fem.get(role, role) if p["female"] else masc.get(role, role)
            A["role"] = role
        else:
            A["org"] = None
            A["role"] = None
        if has_org and r.random() < 0.35:
            words = A["org"].split(" ")
            slug = T.ascii_slug((words[0] if words[0] != v else words[-1]) + "." + v).replace("'", "")
            A["email"] = slug + "@" + r.choice(["example.org", "example.net"])
            if A["email"] in self.used["emails"]:
                A["email"] = self.email_for(p)
            self.used["emails"].add(A["email"])
        else:
            A["email"] = self.email_for(p)
        A["phone_w"], A["phone_e164"] = T.phone(r, country, zone)
        # project
        projects = data.NL_PROJECTS if lang == "nl" else data.FR_PROJECTS
        avail = [x for x in projects if x[0] not in self.used_projects]
        title, desc = r.choice(avail)
        self.used_projects.add(title)
        A["title"] = data.TITLE_ALT[title] if self.name == "test" else title
        A["desc"] = desc
        A["particip"] = r.choice(T.NL_PARTICIPATION if lang == "nl" else T.FR_PARTICIPATION)
        # money
        req = r.choice([x for x in data.REQUESTS if x not in self.used_requests])
        self.used_requests.add(req)
        share = Decimal(r.choice(range(300, 4001, 50)))
        total = req + share
        A.update(budget_mode=mode, req=req, total=total, share=share)
        fams = len(T.NL_FAMILIES if lang == "nl" else T.FR_FAMILIES)
        fam = r.randrange(fams)
        fam2 = r.randrange(fams) if r.random() < 0.2 else fam
        A["req_w"], _ = T.amount(r, req, lang, family=fam)
        A["total_w"], _ = T.amount(r, total, lang, family=fam2)
        A["share_w"], _ = T.amount(r, share, lang, family=fam)
        return A

    # -------------------------------------------------------------- dates
    def dates(self):
        r = self.rng
        start = datetime.datetime(2019, 5, 3, tzinfo=CEST)
        day = r.randint(0, 43)  # 3 May .. 15 June
        outer = start + datetime.timedelta(days=day, hours=r.randint(7, 21), minutes=r.randint(0, 59),
                                           seconds=r.randint(0, 59))
        floor = datetime.datetime(2019, 5, 1, 8, 0, tzinfo=CEST)
        while True:
            back = r.choice([0, 0, 1, 1, 2, 3])
            d = (outer - datetime.timedelta(days=back)).replace(hour=r.randint(7, 21), minute=r.randint(0, 59),
                                                                  second=r.randint(0, 59))
            if floor <= d <= outer - datetime.timedelta(minutes=50):
                return outer, d


def truth_fields(A):
    f = {}
    if A.get("org"):
        f["organisation"] = A["org"]
    f.update(contact_name=A["name"], email=A["email"], phone=A["phone_e164"], address=A["street"],
             postcode=A["pc"], municipality=A["town"], country=A["country"], project_title=A["title"],
             requested_amount=T.money(A["req"]))
    if A["budget_mode"] in ("both", "share"):
        f["total_budget"] = T.money(A["total"])
    return f


def written(A):
    w = {"contact_name": A["name"], "email": A["email"], "phone": A["phone_w"], "address": A["street"],
         "postcode": A["pc"], "municipality": A["town"], "project_title": A["title"]}
    if A.get("org"):
        w["organisation"] = A["org"]
    if A["budget_mode"] in ("both", "req_only"):
        w["requested_amount"] = A["req_w"]
    if A["budget_mode"] in ("both", "share"):
        w["total_budget"] = A["total_w"]
    if A["budget_mode"] == "share":
        w["own_share"] = A["share_w"]
    return w


# ====================================================================== .msg construction
def short83(name):
    base, ext = os.path.splitext(name)
    b = T.ascii_slug(base).replace(".", "").replace("-", "").upper()[:6]
    return "%s~1%s" % (b, ext.upper()[:4])


def att_file(data_bytes, long_name, mime_tag, when, only_short=False, cid=None, hidden=False):
    props = [(0x3705, PT_LONG, 1), (0x370E, PT_TSTRING, mime_tag), (0x3701, PT_BINARY, data_bytes),
             (0x0E20, PT_LONG, len(data_bytes) + 300), (0x370B, PT_LONG, -1),
             (0x3704, PT_TSTRING, short83(long_name)), (0x3703, PT_TSTRING, os.path.splitext(long_name)[1]),
             (0x0FFE, PT_LONG, 7), (0x3007, PT_SYSTIME, when), (0x3008, PT_SYSTIME, when)]
    if not only_short:
        props += [(0x3707, PT_TSTRING, long_name), (0x3001, PT_TSTRING, long_name)]
    if cid:
        props += [(0x3712, PT_TSTRING, cid), (0x3714, PT_LONG, 4)]
    if hidden:
        props.append((0x7FFE, PT_BOOLEAN, True))
    return Attachment(props, ctime=filetime(when))


def att_embedded(inner, display, when):
    props = [(0x3705, PT_LONG, 5), (0x3001, PT_TSTRING, display), (0x0E20, PT_LONG, 20000),
             (0x370B, PT_LONG, -1), (0x0FFE, PT_LONG, 7), (0x3007, PT_SYSTIME, when),
             (0x3008, PT_SYSTIME, when)]
    return Attachment(props, embedded=inner, ctime=filetime(when))


def transport_headers(H, sender, to, subject, when, msgid, mailer, multipart):
    lines = ["Received: from smtp.example.net (smtp.example.net [192.0.2.%d])" % H.rng.randint(10, 250),
             "\tby mx.example.org with ESMTPS id %08X; %s" % (H.rng.getrandbits(32),
                                                            format_datetime(when + datetime.timedelta(seconds=3))),
             "From: " + mime.addr(*sender),
             "To: " + ", ".join(mime.addr(*t) for t in to),
             "Subject: " + mime.enc_word(subject, "Subject"),
             "Date: " + format_datetime(when),
             "Message-ID: " + msgid,
             "MIME-Version: 1.0"]
    if multipart:
        lines.append('Content-Type: multipart/mixed;\r\n\tboundary="%s"' % H.boundary())
    else:
        lines.append('Content-Type: text/plain; charset="utf-8"')
    lines.append("X-Mailer: " + mailer)
    return J(lines) + CRLF + CRLF


def mk_msg(H, sender, to, subject, when, lang, body=None, html_body=None, rtf=None, atts=(), cc=(),
           unicode=True, transport=True, mailer="Microsoft Outlook 16.0", msgid=None, codepage=1252,
           top=True):
    """sender/to/cc: (name, email).  Returns Message."""
    m = Message(unicode=unicode, codepage=codepage)
    m.ctime = filetime(when)
    S = PT_TSTRING
    prefix = ""
    for pre in ("RE: ", "FW: ", "TR: ", "Doorst: "):
        if subject.startswith(pre):
            prefix = pre
    msgid = msgid or H.mid(sender[1].split("@")[1])
    p = [(0x001A, S, "IPM.Note"), (0x0037, S, subject), (0x003D, S, prefix) if prefix else None,
         (0x0E1D, S, subject[len(prefix):]), (0x0070, S, subject[len(prefix):]),
         (0x0C1A, S, sender[0]), (0x0C1E, S, "SMTP"), (0x0C1F, S, sender[1]), (0x5D01, S, sender[1]),
         (0x0042, S, sender[0]), (0x0064, S, "SMTP"), (0x0065, S, sender[1]), (0x5D02, S, sender[1]),
         (0x0E04, S, "; ".join(n for n, _ in to)),
         (0x0039, PT_SYSTIME, when), (0x0E06, PT_SYSTIME, when + datetime.timedelta(seconds=4)),
         (0x3007, PT_SYSTIME, when), (0x3008, PT_SYSTIME, when + datetime.timedelta(minutes=2)),
         (0x0E07, PT_LONG, 0x1 | (0x10 if atts else 0)), (0x0E1B, PT_BOOLEAN, bool(atts)),
         (0x0017, PT_LONG, 1), (0x0026, PT_LONG, 0), (0x0036, PT_LONG, 0),
         (0x1035, S, msgid),
         (0x3FDE, PT_LONG, 65001 if unicode else codepage),
         (0x3FFD, PT_LONG, codepage),
         (0x3FF1, PT_LONG, 0x0813 if lang == "nl" else (0x040C)),
         (0x340D, PT_LONG, 0x00040000 | 0x3E7 if unicode else 0x3E7)]
    if cc:
        p.append((0x0E03, S, "; ".join(n for n, _ in cc)))
    if body is not None:
        p.append((0x1000, S, body))
    if html_body is not None:
        p.append((0x1013, PT_BINARY, html_body.encode("utf-8")))
    if rtf is not None:
        comp = lzfu_compress(rtf)
        assert lzfu_decompress(comp) == rtf
        p += [(0x1009, PT_BINARY, comp), (0x0E1F, PT_BOOLEAN, True)]
    if transport:
        th = transport_headers(H, sender, to, subject, when, msgid, mailer, bool(atts))
        p.append((0x007D, S, th))
    m.props = [x for x in p if x]
    for kind, lst in ((1, to), (2, cc)):
        for name, email in lst:
            m.recipients.append([(0x0C15, PT_LONG, kind), (0x3001, S, name), (0x3002, S, "SMTP"),
                                 (0x3003, S, email), (0x39FE, S, email), (0x5FF6, S, name),
                                 (0x3900, PT_LONG, 0), (0x0FFE, PT_LONG, 6), (0x0E0F, PT_BOOLEAN, False)])
    m.attachments = list(atts)
    if top:
        m.named = [(PSETID_COMMON, 0x8514, PT_BOOLEAN, True),          # PidLidSmartNoAttach
                   (PSETID_COMMON, 0x8552, PT_LONG, 0x00024F2E)]        # PidLidCurrentVersion
    return m


# ====================================================================== outer mail
def outer(H, frm, to, subject, when, text, atts, cc=(), html_text=None, style="outlook", lang="nl",
          in_reply=None, mailer=None):
    r = H.rng
    dom = frm[1].split("@")[1]
    hdrs = [("From", mime.addr(*frm)), ("To", ", ".join(mime.addr(*t) for t in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(mime.addr(*c) for c in cc)))
    hdrs += [("Subject", mime.enc_word(subject, "Subject")), ("Date", format_datetime(when)),
             ("Message-ID", H.mid(dom, style))]
    if in_reply:
        hdrs += [("In-Reply-To", in_reply), ("References", in_reply)]
    if style == "outlook":
        hdrs += [("X-Mailer", mailer or "Microsoft Outlook 16.0"), ("Thread-Index", H.thread_index()),
                 ("Content-Language", "nl-be" if lang == "nl" else "fr-fr")]
    elif style == "thunderbird":
        hdrs += [("User-Agent", mailer or "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0"),
                 ("Content-Language", "nl-BE" if lang == "nl" else "fr")]
    textpart = mime.text_part(text, "plain", "utf-8", "quoted-printable")
    if html_text is not None:
        body = mime.multipart("alternative", [textpart, mime.text_part(html_text, "html", "utf-8", "quoted-printable")],
                              H.boundary(style))
    else:
        body = textpart
    if atts:
        body = mime.multipart("mixed", [body] + list(atts), H.boundary(style))
    return mime.message(hdrs, body)


def text_to_html(lang, lines):
    return T.html_mail(lang, [("p", ln) for ln in lines])


def sig_lines(p, role, org=None, street=None, pc=None, town=None, phone=None, email=None, lang="nl"):
    L = [p["name"], role]
    if org:
        L.append(org)
    if street:
        L.append("%s, %s %s" % (street, pc, town) if lang == "nl" or not street[0].isdigit() else "%s – %s %s" % (street, pc, town))
    if phone:
        L.append(("Tel. " if lang == "nl" else "Tél. ") + phone)
    if email:
        L.append(email)
    return L


# ====================================================================== slot builders
def coord_to(lang):
    return [("Partons 2.0 – coördinatie" if lang == "nl" else "Coordination Partons 2.0", COORD_EMAIL)]


def slot1(H, A, when, inner):
    """nl: the organisation's secretary forwards Aanvraag.msg (plain unicode body)."""
    S = H.person("nl")
    S["email"] = H.email_for(S)
    s_street, _ = H.street("nl", "BE")
    s_phone, _ = T.phone(H.rng, "BE", A["zone"], mobile=True)
    subj_in = "Aanvraag Maak werk van je buurt - %s" % A["title"]
    body = J(T.app_fields(A, "nl"))
    m = mk_msg(H, (A["name"], A["email"]), [(S["name"], S["email"])], subj_in, inner, "nl", body=body)
    text = J(["Beste,", "",
              "In bijlage vindt u de aanvraag van %s, %s van onze vereniging, voor de oproep Maak werk van je buurt. "
              "Het bestand had ik eerst van %s gekregen om na te lezen; ik stuur het zo door." % (A["name"], A["role"], A["first"]),
              "", "Met vriendelijke groeten,", ""]
             + sig_lines(S, "secretaris", A["org"], s_street, A["pc"], A["town"], s_phone, S["email"]))
    eml = outer(H, (S["name"], S["email"]), coord_to("nl"), "Aanvraag %s" % A["org"], when, text,
                [mime.file_part(m.to_bytes(), MSG_CT, "Aanvraag.msg")], style="outlook", lang="nl",
                html_text=text_to_html("nl", text.split(CRLF)))
    notes = ["outer From is the secretary (%s) with her own street, phone and e-mail in the signature" % S["name"],
             "application = PR_BODY (PT_UNICODE) of Aanvraag.msg; .msg sender = applicant",
             "PR_TRANSPORT_MESSAGE_HEADERS holds the original internet headers"]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [S["email"]]}


def slot2(H, A, when, inner):
    """nl: .msg original carries a DOCX application form."""
    S = H.person("nl", female=True)
    S["email"] = H.email_for(S)
    school = "VBS De Klimop %s" % A["town"]
    sch_street, _ = H.street("nl", "BE")
    sch_phone, _ = T.phone(H.rng, "BE", A["zone"], mobile=False)
    rows = T.form_rows(A, "nl")
    form = docgen.docx_form("Aanvraagformulier projectoproep \u201cMaak werk van je buurt!\u201d",
                            ["Partons 2.0 – projectoproep voor leefbare dorpen en buurten in de Westhoek. "
                             "Max. 10 000 euro steun per project. Indienen vóór 16 juni 2019."],
                            rows, [("Korte omschrijving van het project", A["desc"]),
                                   ("Wie werkt er mee?", A["particip"])], A["name"], inner)
    fname = "Aanvraagformulier Maak werk van je buurt - %s.docx" % A["town"]
    body = J(["Dag %s," % S["first"], "",
              "Hierbij het ingevulde formulier voor de projectoproep van de provincie. Kan jij het doorsturen? "
              "Ik vind het mailadres van de coördinator niet meer terug.", "", "Groetjes", A["first"]])
    att = att_file(form, fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", inner)
    m = mk_msg(H, (A["name"], A["email"]), [(S["name"], S["email"])], "aanvraagformulier buurtproject", inner,
               "nl", body=body, atts=[att])
    text = J(["Goedemiddag,", "",
              "In bijlage het mailtje van %s (%s) met het ingevulde aanvraagformulier." % (A["name"], A["org"]),
              "", "Met vriendelijke groet,", ""]
             + sig_lines(S, "Secretariaat", school, sch_street, A["pc"], A["town"], sch_phone, S["email"]))
    eml = outer(H, (S["name"], S["email"]), coord_to("nl"), "Doorst: aanvraagformulier buurtproject", when, text,
                [mime.file_part(m.to_bytes(), MSG_CT, "aanvraagformulier buurtproject.msg")], lang="nl")
    notes = ["outer From = school secretariat (%s) with the school's address and landline" % S["name"],
             "application = DOCX form (table of labels/answers) attached inside the .msg",
             "the form's intro repeats the call's 'max. 10 000 euro' (not the request)"]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [S["email"]], "doc": fname}


def mairie(H, v, pc):
    st, _ = H.street("fr", "FR")
    ph, _ = T.phone(H.rng, "FR", mobile=False)
    return {"street": st, "pc": pc, "town": v, "phone": ph}


def slot3(H, A, when, inner):
    """fr: .msg original carries a PDF letter (mairie forwards)."""
    M = H.person("fr", female=True)
    M["email"] = "accueil.mairie.%s@example.org" % T.ascii_slug(A["town"]).replace("-", "")
    mr = mairie(H, A["town"], A["pc"])
    snd, rec, pd, subj, paras, closing, sig = T.letter_parts(A, "fr", inner - datetime.timedelta(days=1))
    pdf = docgen.pdf_letter(snd, rec, pd, subj, paras, closing, sig, A["name"])
    fname = "Courrier candidature Partons 2.0.pdf"
    body = J(["Bonjour,", "",
              "Vous trouverez ci-joint notre courrier de candidature pour l'appel à projets « Partons 2.0 ». "
              "Pourriez-vous le transmettre à la personne en charge du dossier ?", "", "Bien cordialement,", A["name"]])
    m = mk_msg(H, (A["name"], A["email"]), [("Mairie de %s" % A["town"], M["email"])],
               "Appel à projets Partons 2.0 - dossier %s" % A["org"], inner, "fr", body=body,
               atts=[att_file(pdf, fname, "application/pdf", inner)])
    text = J(["Bonjour,", "",
              "Nous avons reçu le message ci-joint à l'adresse de la mairie. Je vous le transmets tel quel, "
              "le courrier de l'association est dans la pièce jointe.", "", "Cordialement,", "",
              M["name"], "Secrétariat de mairie", "Mairie de %s" % A["town"],
              "%s – %s %s" % (mr["street"], mr["pc"], mr["town"]), "Tél. " + mr["phone"],
              "Ouvert du lundi au vendredi de 9h à 12h"])
    eml = outer(H, (M["name"], M["email"]), coord_to("fr"), "TR: Appel à projets Partons 2.0", when, text,
                [mime.file_part(m.to_bytes(), MSG_CT, "Appel à projets Partons 2.0 - dossier.msg", name_style="rfc2047")],
                lang="fr", html_text=text_to_html("fr", text.split(CRLF)))
    notes = ["outer From = mairie reception (%s); signature has the mairie's street in the SAME village and postcode" % M["name"],
             "application = PDF letter inside the .msg; the letter's recipient block is the Province (Woumenweg 100, 8600 Diksmuide)",
             ".msg filename in RFC 2047 form (Outlook style)"]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [M["email"]], "doc": fname}


def slot4(H, A, when, inner):
    """fr: body only as compressed RTF (LZFu), no PR_BODY."""
    S = H.person("fr")
    S["email"] = H.email_for(S)
    lines = T.app_story(A, "fr")
    rtf = T.rtf_document(lines, "fr")
    m = mk_msg(H, (A["name"], A["email"]), [(S["name"], S["email"])], "Projet Partons 2.0", inner, "fr", rtf=rtf)
    text = J(["Bonjour,", "",
              "%s m'a demandé de vous faire suivre sa candidature : son ordinateur n'arrive plus à envoyer de "
              "courriels. Je vous joins son message tel qu'il me l'a envoyé." % A["name"],
              "", "Cordialement", "", S["name"], "%s, %s" % ("Trésorière" if S["female"] else "Trésorier", A["org"]),
              T.phone(H.rng, "FR", mobile=True)[0]])
    eml = outer(H, (S["name"], S["email"]), coord_to("fr"), "Candidature %s" % A["org"], when, text,
                [mime.file_part(m.to_bytes(), MSG_CT, "Projet Partons 2.0.msg")], style="thunderbird", lang="fr")
    notes = ["outer From = the association's secretary (%s) with her/his own mobile" % S["name"],
             ".msg has only PR_RTF_COMPRESSED (LZFu, real compression), no PR_BODY, no PR_HTML",
             "accents and the euro sign are RTF escapes (\\'e9, \\'80) inside the RTF",
             "budget given as total + own share only: request = total - own share"]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [S["email"]], "rtf_len": len(rtf)}


def slot5(H, A, when, inner):
    """nl: .msg with PR_HTML only (contact table)."""
    P = H.person("nl")
    P["email"] = H.email_for(P)
    B1 = H.person("nl")
    B1["email"] = H.email_for(B1)
    rows = T.form_rows(A, "nl")
    blocks = [("p", "Beste bestuursleden,"), ("p", ""),
              ("p", "Hieronder mijn voorstel voor de aanvraag bij de provincie (projectoproep Maak werk van je buurt!). "
                    "Als niemand bezwaar heeft, mag het zo vertrekken."), ("p", ""),
              ("table", rows), ("p", ""), ("p", A["desc"]), ("p", A["particip"]), ("p", ""),
              ("p", "Groetjes,"), ("p", A["name"])]
    html_body = T.html_mail("nl", blocks)
    m = mk_msg(H, (A["name"], A["email"]), [(P["name"], P["email"]), (B1["name"], B1["email"])],
               "voorstel aanvraag Maak werk van je buurt", inner, "nl", html_body=html_body)
    text = J(["Beste,", "",
              "Ons bestuur ging akkoord met het voorstel van %s. Zijn mail met alle gegevens zit in bijlage; "
              "voor vragen mag u hem rechtstreeks contacteren." % A["first"] if not A["female"] else
              "Ons bestuur ging akkoord met het voorstel van %s. Haar mail met alle gegevens zit in bijlage; "
              "voor vragen mag u haar rechtstreeks contacteren." % A["first"],
              "", "Vriendelijke groeten,", P["name"], "penningmeester " + A["org"], T.phone(H.rng, "BE", A["zone"])[0]])
    eml = outer(H, (P["name"], P["email"]), coord_to("nl"), "aanvraag %s" % A["org"], when, text,
                [mime.file_part(m.to_bytes(), MSG_CT, "voorstel aanvraag Maak werk van je buurt.msg")],
                cc=[(B1["name"], B1["email"])], lang="nl")
    notes = [".msg has PR_HTML (0x1013, PT_BINARY, UTF-8, PR_INTERNET_CPID 65001) only: no PR_BODY, no RTF",
             "contact data in an HTML table; e-mail as mailto link",
             "outer From = treasurer %s, Cc another board member; both also recipients of the .msg" % P["name"],
             "no total budget given (request only)"]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [P["email"], B1["email"]]}


def slot6(H, A, when, inner):
    """fr (BE, Comines-Warneton): ANSI .msg (PT_STRING8, cp1252)."""
    D = H.person("fr")
    D["last"] = A["last"]
    D["name"] = "%s %s" % (D["first"], D["last"])
    D["email"] = H.email_for(D)
    d_street, _ = H.street("fr", "BE")
    d_phone, _ = T.phone(H.rng, "BE", "056", mobile=True)
    lines = T.app_fields(A, "fr")
    m = mk_msg(H, (A["name"], A["email"]), [(D["name"], D["email"])], "Projet pour l'appel Partons 2.0 (à transmettre)",
               inner, "fr", body=J(lines), unicode=False, mailer="Microsoft Office Outlook 11")
    rel = "ma mère" if A["female"] else "mon père"
    text = J(["Bonjour,", "",
              "%s (%s) n'arrive pas à envoyer de pièces jointes depuis son vieil ordinateur. %s m'a transféré "
              "son message, que je vous joins ci-dessous en fichier Outlook. Pour toute question sur le projet, "
              "merci de %s contacter directement." % (rel.capitalize(), A["name"], "Elle" if A["female"] else "Il",
                                                      "la" if A["female"] else "le"),
              "", "Bien à vous,", D["name"], "%s, 7700 Mouscron" % d_street, d_phone])
    eml = outer(H, (D["name"], D["email"]), coord_to("fr"), "Projet du club - Partons 2.0", when, text,
                [mime.file_part(m.to_bytes(), MSG_CT, "Projet pour l'appel Partons 2.0.msg")], style="gmail", lang="fr")
    notes = ["ANSI .msg: all strings PT_STRING8 (001E) in cp1252, PR_STORE_SUPPORT_MASK without STORE_UNICODE_OK,"
             " PR_MESSAGE_CODEPAGE/PR_INTERNET_CPID 1252; accents and the euro sign are single cp1252 bytes",
             "outer From = the applicant's child (%s, same surname) with an address in 7700 Mouscron" % D["name"],
             "Belgian applicant in Comines-Warneton writing French"]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [D["email"]]}


def slot7(H, A, when, inner):
    """nl: municipal official (Dienst Vrije Tijd) forwards with her signature."""
    O = H.person("nl", female=True)
    grp = A["group"]
    O["email"] = "%s.%s@example.org" % (T.ascii_slug(O["first"]), T.ascii_slug(O["last"]))
    dept = "vrijetijd.%s@example.org" % T.ascii_slug(grp).replace("-", "")
    th = data.TOWNHALL[grp]
    sch = H.person("nl", female=False)
    sch["email"] = "schepen.%s@example.org" % T.ascii_slug(sch["last"]).replace("'", "")
    lines = ["Beste mensen van de dienst vrije tijd,", "",
             "Kunnen jullie onderstaande aanvraag doorgeven aan de provincie? Ik vond enkel jullie adres in het infoblad."
             , ""] + T.app_story(A, "nl", greet=False)
    m = mk_msg(H, (A["name"], A["email"]), [("Dienst Vrije Tijd", dept)], "projectidee voor ons dorp", inner, "nl",
               body=J(lines))
    text = J(["Dag %s," % COORD_NAME.split()[0], "",
              "Hierbij een projectidee dat bij onze dienst binnenkwam. Het gaat om %s van %s in %s; "
              "ik heb gezegd dat u %s rechtstreeks mag contacteren." % (A["name"], A["org"], A["town"],
                                                                       "haar" if A["female"] else "hem"),
              "Ter info: de vereniging kreeg vorig jaar al 1.250 euro werkingsmiddelen van de gemeente, "
              "los van deze aanvraag.", "",
              "Met vriendelijke groeten,", "", O["name"], "Deskundige vrije tijd", "Dienst Vrije Tijd",
              "Gemeente %s" % grp, th[0], "%s %s" % (th[1], th[2]), "T %s | %s" % (th[3], O["email"])])
    eml = outer(H, (O["name"], O["email"]), coord_to("nl"), "projectidee %s - Maak werk van je buurt" % A["town"],
                when, text, [mime.file_part(m.to_bytes(), MSG_CT, "projectidee voor ons dorp.msg")],
                cc=[("Schepen " + sch["name"], sch["email"])], lang="nl",
                html_text=text_to_html("nl", text.split(CRLF)))
    notes = ["outer From = municipal official %s (Dienst Vrije Tijd) with the town hall's address %s, %s %s and phone"
             % (O["name"], th[0], th[1], th[2]), "Cc = alderman (schepen) %s" % sch["name"],
             "trap amount in the forwarder's text: 1.250 euro from the municipality last year",
             "application = PR_BODY of the .msg, sent by the applicant to the department's mailbox"]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [O["email"], sch["email"]]}


def slot8(H, A, when, inner):
    """fr: .msg carrying another .msg (ATTACH_EMBEDDED_MSG) whose attachment is a PDF form."""
    M1 = H.person("fr", female=True)
    M1["email"] = "accueil.%s@example.org" % T.ascii_slug(A["town"]).replace("-", "")
    M2 = H.person("fr")
    M2["email"] = H.email_for(M2)
    mr = mairie(H, A["town"], A["pc"])
    rows = T.form_rows(A, "fr")
    pdf = docgen.pdf_form("Fiche projet – appel à projets Partons 2.0",
                          ["Appel à projets transfrontalier pour des villages et quartiers vivants – "
                           "aide maximale de 10 000 € par projet."],
                          rows, [("Description du projet", A["desc"]), ("Participation des habitants", A["particip"])],
                          A["name"])
    fname = "Fiche projet %s.pdf" % T.ascii_slug(A["town"])
    innermost_when = inner - datetime.timedelta(minutes=H.rng.randint(25, 150))
    if innermost_when < datetime.datetime(2019, 5, 1, 8, 0, tzinfo=CEST):
        innermost_when = datetime.datetime(2019, 5, 1, 9, 12, tzinfo=CEST)
    subj0 = "Candidature appel à projets - %s" % A["title"]
    body0 = J(["Madame, Monsieur,", "",
               "Veuillez trouver ci-joint la fiche de candidature de notre association pour l'appel à projets "
               "Partons 2.0. Merci de bien vouloir la transmettre.", "", "Cordialement,", A["name"],
               "%s, %s" % (A["role"].capitalize(), A["org"])])
    m0 = mk_msg(H, (A["name"], A["email"]), [("Mairie de %s" % A["town"], M1["email"])], subj0, innermost_when, "fr",
                body=body0, atts=[att_file(pdf, fname, "application/pdf", innermost_when)], top=False)
    body1 = J(["Bonjour %s," % M2["first"], "",
               "Voir le message ci-joint reçu ce matin à l'accueil, c'est pour le projet transfrontalier.", "",
               "Bonne journée,", M1["name"], "Accueil – Mairie de %s" % A["town"],
               "%s – %s %s" % (mr["street"], mr["pc"], mr["town"]), "Tél. " + mr["phone"]])
    m1 = mk_msg(H, (M1["name"], M1["email"]), [(M2["name"], M2["email"])], "TR: " + subj0, inner, "fr", body=body1,
                atts=[att_embedded(m0, subj0, inner)], transport=False)
    text = J(["Monsieur,", "",
              "Je vous transmets ci-joint le dossier de candidature arrivé en mairie pour l'appel à projets. "
              "La commune soutient pleinement cette initiative.", "",
              "Bien cordialement,", "", M2["name"], "Adjoint au maire chargé de la vie associative",
              "Mairie de %s" % A["town"], "%s – %s %s" % (mr["street"], mr["pc"], mr["town"])])
    eml = outer(H, (M2["name"], M2["email"]), coord_to("fr"), "Candidature %s - Partons 2.0" % A["town"], when, text,
                [mime.file_part(m1.to_bytes(), MSG_CT, "TR Candidature appel à projets.msg", name_style="rfc2231")],
                lang="fr")
    notes = ["three levels: outer mail from the deputy mayor %s -> .msg from the mairie reception %s ('TR:') -> "
             "embedded .msg (PR_ATTACH_METHOD 5, __substg1.0_3701000D) from the applicant -> PDF form"
             % (M2["name"], M1["name"]),
             "both forwarders sign with the mairie's address in the applicant's own village/postcode",
             "PDF form repeats the call's 'aide maximale de 10 000 €'",
             ".msg filename with RFC 2231 encoding"]
    return eml, notes, {"msg_sender": A["email"], "msg_sender_level": "embedded",
                        "forwarders": [M1["email"], M2["email"]], "doc": fname}


def slot9(H, A, when, inner):
    """nl: application/octet-stream 'RE Aanvraag buurtproject.msg', outer body a reply chain."""
    N = H.person("nl")
    N["email"] = H.email_for(N)
    work = "%s.%s@example.com" % (T.ascii_slug(A["first"])[0], T.ascii_slug(A["last"]).replace("'", ""))
    if work == A["email"]:
        work = "%s@example.com" % T.ascii_slug(A["last"]).replace("'", "")
    H.used["emails"].add(work)
    q = T.quote_header("nl", "%s <%s>" % (N["name"], N["email"]), inner - datetime.timedelta(hours=5),
                       A["name"], "Aanvraag buurtproject")
    lines = ["Dag %s en de anderen," % N["first"], "",
             "Hieronder de tekst zoals ik hem naar de provincie stuur. Laat maar weten als er nog iets moet veranderen.",
             "", "---", ""] + T.app_story(A, "nl", greet=False) + ["", ""] + q + [
             "", "Hoi %s," % A["first"], "", "Wie schrijft er nu de aanvraag voor ons buurtproject? Jij kan dat het best denk ik.",
             "", N["first"]]
    m = mk_msg(H, (A["name"], A["email"]), [(N["name"], N["email"])], "RE: Aanvraag buurtproject", inner, "nl",
               body=J(lines), transport=False)
    coord_mid = H.mid("example.org")
    asked = when - datetime.timedelta(days=1, hours=3)
    text = J(["Goedemiddag,", "",
              "Vreemd, ik dacht dat hij vertrokken was. Ik stuur de mail uit mijn verzonden items nog eens mee in bijlage.",
              "", "Groeten,", A["first"], "", ""]
             + T.quote_header("nl", "Partons 2.0 – coördinatie <%s>" % COORD_EMAIL, asked, A["name"],
                              "Maak werk van je buurt – uw projectidee?")
             + ["", "Beste,", "",
                "Via de dorpsraad hoorde ik dat jullie een projectidee zouden indienen, maar ik heb nog niets ontvangen. "
                "De deadline is 16 juni; een korte mail volstaat.", "",
                "Met vriendelijke groeten,", "", COORD_NAME, "Projectcoördinator Partons 2.0",
                "Provincie West-Vlaanderen", "Woumenweg 100, 8600 Diksmuide", COORD_PHONE])
    eml = outer(H, (A["name"], work), [("Partons 2.0 – coördinatie", COORD_EMAIL)],
                "RE: Maak werk van je buurt – uw projectidee?", when, text,
                [mime.file_part(m.to_bytes(), "application/octet-stream", "RE Aanvraag buurtproject.msg")],
                lang="nl", in_reply=coord_mid)
    notes = ["attachment sent as application/octet-stream, name 'RE Aanvraag buurtproject.msg'",
             "outer From is the applicant's WORK address %s; truth e-mail is the private address of the .msg" % work,
             "outer body quotes only the coordinator's question (Woumenweg 100, 8600 Diksmuide, coordinator phone)",
             ".msg is a sent item (no transport headers) quoting a neighbour's question",
             "no organisation (neighbours); budget as total + own share"]
    return eml, notes, {"msg_sender": A["email"], "forwarders": []}


def budget_lines(H, A, lang):
    r = H.rng
    total = A["total"]
    items = (["Matériel et petit équipement", "Accompagnement par un expert en participation",
              "Communication (flyers, affiches, site)", "Moment convivial d'inauguration"]
             if lang == "fr" else ["Materiaal", "Begeleiding participatie-expert", "Communicatie", "Opstartmoment"])
    parts = []
    rest = total
    for k in range(len(items) - 1):
        v = Decimal(int(total * Decimal(r.choice([0.15, 0.2, 0.25, 0.3])) / 50) * 50)
        parts.append(v)
        rest -= v
    parts.append(rest)
    assert sum(parts) == total and rest > 0
    fmt = lambda v: T.amount(r, v, lang, "{n},00 €" if lang == "fr" else "€ {n},00")[0] if v == v.to_integral_value() \
        else T.amount(r, v, lang, "{n},{c} €" if lang == "fr" else "€ {n},{c}")[0]
    return [(a, fmt(b)) for a, b in zip(items, parts)], fmt(total), fmt(A["req"]), fmt(total - A["req"])


def slot10(H, A, when, inner):
    """fr (BE): outer mail attaches the .msg AND a separate budget PDF."""
    B = H.person("fr")
    B["email"] = H.email_for(B)
    lines = T.app_fields(A, "fr")
    m = mk_msg(H, (A["name"], A["email"]), [(B["name"], B["email"])], "Candidature Partons 2.0 – version finale",
               inner, "fr", body=J(lines))
    bl, tot, req, own = budget_lines(H, A, "fr")
    pdf = docgen.pdf_budget("Budget détaillé – %s" % A["title"], bl, "Total", tot,
                            ["Subside sollicité auprès de Partons 2.0 : %s" % req,
                             "Apport de l'association (fonds propres et bénévolat valorisé) : %s" % own],
                            B["name"])
    text = J(["Bonjour,", "",
              "Ci-joint la candidature de notre ASBL (message de notre %s, %s) ainsi que le budget détaillé."
              % (A["role"], A["name"]), "", "Bien à vous,", B["name"], "Secrétaire – %s" % A["org"]])
    eml = outer(H, (B["name"], B["email"]), coord_to("fr"), "Candidature %s" % A["org"], when, text,
                [mime.file_part(m.to_bytes(), MSG_CT, "Candidature Partons 2.0 – version finale.msg", name_style="rfc2231"),
                 mime.file_part(pdf, "application/pdf", "Budget détaillé.pdf", name_style="rfc2231")],
                lang="fr", html_text=text_to_html("fr", text.split(CRLF)))
    notes = ["two attachments: the .msg (application in its PR_BODY) and a separate budget PDF",
             "budget PDF repeats total and request in another format (%s / %s) plus the own share %s" % (tot, req, own),
             "outer From = secretary %s" % B["name"]]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [B["email"]]}


def slot11(H, A, when, inner):
    """nl: .msg whose PDF form has only the 8.3 PR_ATTACH_FILENAME (no long name)."""
    K = H.person("nl")
    K["email"] = H.email_for(K)
    rows = T.form_rows(A, "nl")
    pdf = docgen.pdf_form("Aanvraagformulier Maak werk van je buurt!",
                          ["Projectoproep voor dorpen en buurten in de Westhoek – Partons 2.0."],
                          rows, [("Omschrijving", A["desc"]), ("Participatie", A["particip"])], A["name"])
    long_name = "Aanvraagformulier %s.pdf" % A["org"]
    body = J(["Hallo %s," % K["first"], "", "In bijlage ons aanvraagformulier als pdf. Kan jij het doormailen naar de provincie?",
              "", "Groeten", A["first"]])
    att = att_file(pdf, long_name, "application/pdf", inner, only_short=True)
    m = mk_msg(H, (A["name"], A["email"]), [(K["name"], K["email"])], "aanvraag", inner, "nl", body=body, atts=[att])
    text = J(["Beste,", "",
              "In bijlage de aanvraag van %s. Het formulier zit in de mail van %s." % (A["org"], A["first"]),
              "", "Vriendelijke groeten", K["name"], "secretaris"])
    eml = outer(H, (K["name"], K["email"]), coord_to("nl"), "aanvraag %s" % A["org"], when, text,
                [mime.file_part(m.to_bytes(), MSG_CT, "aanvraag.msg")], style="thunderbird", lang="nl")
    notes = ["the PDF form inside the .msg has only PR_ATTACH_FILENAME %s (8.3), no PR_ATTACH_LONG_FILENAME and no "
             "PR_DISPLAY_NAME" % short83(long_name), "outer From = secretary %s" % K["name"]]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [K["email"]], "doc": short83(long_name)}


def slot12(H, A, when, inner):
    """fr: HTML .msg with inline signature image001.png, 'TR:' subject, PR_BODY too."""
    V = H.person("fr")
    V["email"] = H.email_for(V)
    first_sent = inner - datetime.timedelta(days=1, hours=2)
    cid = "image001.png@01D5%04X.%08X" % (H.rng.getrandbits(16), H.rng.getrandbits(32))
    story = T.app_story(A, "fr")
    q = T.quote_header("fr", "%s <%s>" % (A["name"], A["email"]), first_sent,
                       "mairie.%s@example.org" % T.ascii_slug(A["town"]).replace("-", ""),
                       "Notre projet pour l'appel à projets Partons 2.0")
    top = ["%s," % V["first"], "",
           "Voici le texte envoyé hier à la mairie. Peux-tu le transmettre au coordinateur depuis ta boîte ?", "",
           A["first"]]
    sig_html = ('<p class="MsoNormal"><img width="96" height="32" style="width:1.0in;height:.3333in" '
                'id="Image_x0020_1" src="cid:%s" alt="logo"><o:p></o:p></p>\n' % cid)
    blocks = [("p", x) for x in top] + [("raw", sig_html), ("p", ""),
                                         ("raw", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')] \
        + [("p", x) for x in q] + [("raw", "</div>\n"), ("p", "")] + [("p", x) for x in story] + [("raw", sig_html)]
    html_body = T.html_mail("fr", blocks)
    plain = J(top + ["", "[logo]", "", "_" * 32] + q + [""] + story)
    logo = docgen.logo_png(*data.COLORS[H.rng.randrange(len(data.COLORS))])
    att = att_file(logo, "image001.png", "image/png", inner, cid=cid, hidden=True)
    m = mk_msg(H, (A["name"], A["email"]), [(V["name"], V["email"])],
               "TR: Notre projet pour l'appel à projets Partons 2.0", inner, "fr", body=plain, html_body=html_body,
               atts=[att])
    text = J(["Bonjour,", "",
              "Voici le projet présenté par notre %s ; je vous joins son message Outlook tel quel." % A["role"], "",
              "Cordialement,", V["name"], "%s, %s" % ("Vice-présidente" if V["female"] else "Vice-président", A["org"]), T.phone(H.rng, "FR")[0]])
    eml = outer(H, (V["name"], V["email"]), coord_to("fr"), "Projet %s" % A["org"], when, text,
                [mime.file_part(m.to_bytes(), MSG_CT, "TR Notre projet pour l'appel à projets Partons 2.0.msg",
                                name_style="rfc2231")], lang="fr", html_text=text_to_html("fr", text.split(CRLF)))
    notes = [".msg subject starts with 'TR:' (applicant forwarding his own earlier mail to the mairie)",
             ".msg has PR_BODY and PR_HTML; the HTML references an inline image001.png (PR_ATTACH_CONTENT_ID, "
             "PR_ATTACH_FLAGS 4, PR_ATTACHMENT_HIDDEN)",
             "the quoted header block names a mairie mailbox as the earlier recipient",
             "outer From = vice-president %s; budget as total + own share" % V["name"]]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [V["email"]]}


def slot13(H, A, when, inner):
    """nl: .msg sender fields = applicant, outer From = secretary, FW: subject, DOCX letter."""
    S = H.person("nl", female=True)
    S["email"] = H.email_for(S)
    s_phone, _ = T.phone(H.rng, "BE", A["zone"], mobile=True)
    snd, rec, pd, subj, paras, closing, sig = T.letter_parts(A, "nl", inner - datetime.timedelta(days=3))
    letter = docgen.docx_letter(snd, rec, pd, subj, paras, closing, sig, A["name"], inner)
    fname = "Brief aanvraag Partons.docx"
    earlier = inner - datetime.timedelta(days=2, hours=4)
    q = T.quote_header("nl", "%s <%s>" % (A["name"], A["email"]), earlier, "Bestuur %s" % A["org"],
                       "aanvraag Maak werk van je buurt")
    body = J(["Hoi %s," % S["first"], "", "Zoals gevraagd nog eens de brief voor de aanvraag. Jij stuurt hem door naar de provincie?",
              "", A["first"], "", "-----Oorspronkelijk bericht-----"] + q +
             ["", "Beste bestuursleden,", "", "In bijlage mijn voorstel van brief voor de projectoproep.", "", A["first"]])
    m = mk_msg(H, (A["name"], A["email"]), [(S["name"], S["email"])], "FW: aanvraag Maak werk van je buurt", inner,
               "nl", body=body, atts=[att_file(letter, fname,
                                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                               inner)])
    text = J(["Beste,", "",
              "Namens het bestuur van %s stuur ik u onze aanvraag. De brief zit in de bijgevoegde mail van %s, "
              "die ook de contactpersoon is." % (A["org"], A["name"]), "",
              "Met vriendelijke groeten,", S["name"], "secretaris", s_phone])
    eml = outer(H, (S["name"], S["email"]), coord_to("nl"), "Aanvraag %s – Maak werk van je buurt!" % A["org"], when,
                text, [mime.file_part(m.to_bytes(), MSG_CT, "FW aanvraag Maak werk van je buurt.msg")], lang="nl")
    notes = [".msg PR_SENDER_* and PR_SENT_REPRESENTING_* = applicant; outer From = secretary %s (own mobile)" % S["name"],
             ".msg subject 'FW:' and an Outlook '-----Oorspronkelijk bericht-----' block",
             "application = DOCX letter with sender block; recipient block = Province, Woumenweg 100, 8600 Diksmuide"]
    return eml, notes, {"msg_sender": A["email"], "forwarders": [S["email"]], "doc": fname}


# --------------------------------------------------------------- ordinary post-bag
def slot14(H, A, when, inner):
    """nl: plain text mail, neighbours without organisation."""
    text = J(T.app_story(A, "nl"))
    hdrs_style = H.rng.choice(["gmail", "thunderbird"])
    eml = outer(H, (A["name"], A["email"]), [(None, COORD_EMAIL)], "projectidee buurt %s" % A["street_name"], when, text, [],
                style=hdrs_style, lang="nl")
    notes = ["plain text mail, no organisation (group of neighbours)", "To without display name"]
    return eml, notes, {}


def slot15(H, A, when, inner):
    """fr: HTML mail (multipart/alternative) with the application in the body."""
    story = T.app_story(A, "fr")
    eml = outer(H, (A["name"], A["email"]), coord_to("fr"), "Appel à projets Partons 2.0 – %s" % A["title"], when,
                J(story), [], html_text=text_to_html("fr", story), lang="fr")
    notes = ["multipart/alternative text + HTML, no attachment", "request only, no total"]
    return eml, notes, {}


def slot16(H, A, when, inner):
    """nl: short mail with a DOCX form attached."""
    rows = T.form_rows(A, "nl")
    form = docgen.docx_form("Aanvraagformulier projectoproep Maak werk van je buurt!",
                            ["In te dienen vóór 16 juni 2019 bij de projectcoördinator."],
                            rows, [("Korte omschrijving", A["desc"]), ("Participatie", A["particip"])], A["name"], when)
    fname = "aanvraagformulier_%s.docx" % T.ascii_slug(A["town"])
    text = J(["Beste,", "", "Zie bijlage.", "", "Groeten,", A["first"]])
    eml = outer(H, (A["name"], A["email"]), coord_to("nl"), "aanvraag Maak werk van je buurt", when, text,
                [mime.file_part(form, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname)],
                lang="nl")
    return eml, ["body only 'Zie bijlage'; everything in the DOCX form"], {"doc": fname}


def slot17(H, A, when, inner):
    """fr: PDF letter attached."""
    snd, rec, pd, subj, paras, closing, sig = T.letter_parts(A, "fr", when - datetime.timedelta(days=2))
    pdf = docgen.pdf_letter(snd, rec, pd, subj, paras, closing, sig, A["name"])
    fname = "Lettre de candidature - %s.pdf" % A["org"]
    text = J(["Madame, Monsieur,", "", "Veuillez trouver ci-joint notre lettre de candidature à l'appel à projets Partons 2.0.",
              "", "Cordialement,", A["name"]])
    eml = outer(H, (A["name"], A["email"]), coord_to("fr"), "Candidature Partons 2.0", when, text,
                [mime.file_part(pdf, "application/pdf", fname, name_style="rfc2231")], style="thunderbird", lang="fr")
    return eml, ["PDF letter; recipient block = the Province in 8600 Diksmuide", "total + own share only"], {"doc": fname}


def slot18(H, A, when, inner):
    """nl: reply quoting an earlier question of the coordinator."""
    asked = when - datetime.timedelta(days=H.rng.randint(2, 6), hours=2)
    cmid = H.mid("example.org")
    q = T.quote_header("nl", "Partons 2.0 – coördinatie <%s>" % COORD_EMAIL, asked, A["name"],
                       "RE: vraag over de projectoproep")
    reply = ["Beste %s," % COORD_NAME.split()[0], "",
             "Bedankt voor de snelle uitleg. Dan dienen we hierbij ons idee in:", ""] + \
        T.app_fields(A, "nl", greet=False) + ["", ""] + q + [
        "", "Beste %s," % A["first"], "",
        "Ja, ook een vereniging zonder vzw-statuut mag indienen; de steun bedraagt maximaal 10.000 euro per project. "
        "Stuur gerust een korte beschrijving met een raming van de kosten.", "",
        "Met vriendelijke groeten,", COORD_NAME, "Projectcoördinator Partons 2.0", "Provincie West-Vlaanderen",
        "Woumenweg 100, 8600 Diksmuide", COORD_PHONE]
    eml = outer(H, (A["name"], A["email"]), coord_to("nl"), "RE: vraag over de projectoproep", when, J(reply), [],
                lang="nl", in_reply=cmid)
    return eml, ["reply that quotes the coordinator's answer (10.000 euro maximum, Diksmuide address, coordinator phone)"], {}


def slot19(H, A, when, inner):
    """fr: 'voir PJ' with a PDF form, neighbours without organisation, request only."""
    rows = T.form_rows(A, "fr")
    pdf = docgen.pdf_form("Fiche de candidature Partons 2.0", ["Appel à projets 2019 – villages et quartiers."],
                          rows, [("Le projet", A["desc"]), ("Avec qui ?", A["particip"])], A["name"])
    fname = "fiche candidature.pdf"
    text = J(["Bonjour", "", "voir PJ", "", A["first"], "", "Envoyé de mon iPhone"])
    eml = outer(H, (A["name"], A["email"]), [(None, COORD_EMAIL)], "candidature", when, text,
                [mime.file_part(pdf, "application/pdf", fname)], style="gmail", lang="fr")
    return eml, ["two-word body 'voir PJ'; PDF form; no organisation; request only"], {"doc": fname}


def slot20(H, A, when, inner):
    """fr (BE): DOCX letter attached."""
    snd, rec, pd, subj, paras, closing, sig = T.letter_parts(A, "fr", when - datetime.timedelta(days=1))
    letter = docgen.docx_letter(snd, rec, pd, subj, paras, closing, sig, A["name"], when)
    fname = "Dossier %s.docx" % A["org"]
    text = J(["Madame, Monsieur,", "", "Ci-joint notre dossier pour l'appel à projets « Maak werk van je buurt / Partons 2.0 ».",
              "", "Bien à vous,", A["name"]])
    eml = outer(H, (A["name"], A["email"]), coord_to("fr"), "Dossier Partons 2.0 – %s" % A["org"], when, text,
                [mime.file_part(letter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                fname, name_style="rfc2231")], lang="fr")
    return eml, ["DOCX letter from Comines-Warneton (Belgium, French)"], {"doc": fname}


BUILDERS = {1: slot1, 2: slot2, 3: slot3, 4: slot4, 5: slot5, 6: slot6, 7: slot7, 8: slot8, 9: slot9, 10: slot10,
            11: slot11, 12: slot12, 13: slot13, 14: slot14, 15: slot15, 16: slot16, 17: slot17, 18: slot18,
            19: slot19, 20: slot20}


# ====================================================================== main
def build_half(name, outdir, used):
    H = Half(name, used)
    order = list(range(1, 21))
    random.Random(SEEDS[name] + 1).shuffle(order)   # file number -> slot
    file_of_slot = {slot: k + 1 for k, slot in enumerate(order)}
    truths, manifest = {}, {}
    for slot, lang, country, has_org, mode, fmt, carrier in SLOTS:
        A = H.applicant(slot, lang, country, has_org, mode, AVOID_ROLES.get(slot, ()))
        when, inner = H.dates()
        eml, notes, extra = BUILDERS[slot](H, A, when, inner)
        fname = "c16-%s-%03d.eml" % (name, file_of_slot[slot])
        with open(os.path.join(outdir, name, fname), "wb") as f:
            f.write(eml)
        truths[fname] = {"file": fname, "format": fmt, "carrier": carrier, "language": lang,
                         "fields": truth_fields(A)}
        manifest[fname] = {"slot": slot, "format": fmt, "carrier": carrier, "language": lang, "country": country,
                           "budget_mode": mode, "date": format_datetime(when), "written": written(A),
                           "traps": notes, **extra}
    with open(os.path.join(outdir, name, "truth.jsonl"), "w", encoding="utf-8") as f:
        for fn in sorted(truths):
            f.write(json.dumps(truths[fn], ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "gen", "manifest_%s.json" % name), "w", encoding="utf-8") as f:
        json.dump({k: manifest[k] for k in sorted(manifest)}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    used = {"names": set(), "emails": {COORD_EMAIL}, "lasts_dev": set(), "lasts_test": set()}
    for half in ("dev", "test"):
        os.makedirs(os.path.join(outdir, half), exist_ok=True)
        os.makedirs(os.path.join(outdir, "gen"), exist_ok=True)
        for fn in os.listdir(os.path.join(outdir, half)):
            if fn.endswith(".eml") or fn == "truth.jsonl":
                os.remove(os.path.join(outdir, half, fn))
        build_half(half, outdir, used)


if __name__ == "__main__":
    main()
