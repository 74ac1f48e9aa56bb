"""Assembling RFC 5322 messages the way different mail programs write them."""
import base64
import datetime as dt
import quopri
import textwrap
from email import encoders
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime
import html as htmllib
import io
import re
import uuid

from common import hexid

COORD = "coordinator@example.org"
COORD_NAME = "Coördinator Partons 2.0"

CT = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "pdf": "application/pdf",
    "csv": "text/csv",
    "zip": "application/zip",
    "jpg": "image/jpeg",
    "png": "image/png",
}

PROFILES = {
    "outlook": dict(hdr=[("X-Mailer", "Microsoft Outlook 16.0")], alt=True, cte="qp", html="outlook",
                    thread_index=True),
    "outlook_web": dict(hdr=[("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "")], alt=True, cte="qp", html="owa"),
    "gmail": dict(hdr=[], alt=True, cte="qp", html="gmail"),
    "thunderbird": dict(hdr=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.7.0")],
                        alt=False, cte="8bit", flowed=True),
    "apple": dict(hdr=[("X-Mailer", "Apple Mail (2.3445.104.11)")], alt=True, cte="qp", html="apple"),
    "iphone": dict(hdr=[("X-Mailer", "iPhone Mail (16F203)")], alt=False, cte="qp"),
    "orange": dict(hdr=[("X-Mailer", "Open-Xchange Mailer v7.8.4-Rev59"), ("X-Originating-Client", "open-xchange-appsuite")],
                   alt=True, cte="qp", html="ox"),
    "samsung": dict(hdr=[], alt=True, cte="b64", html="samsung"),
    "laposte": dict(hdr=[("X-Mailer", "Zimbra 8.7.11_GA_1854 (ZimbraWebClient - FF67 (Win)/8.7.11_GA_1854)")], alt=True, cte="qp", html="zimbra"),
}


def enc_word(s, charset="utf-8", enc="Q", fold="\r\n "):
    """RFC 2047 encoded words, split so that no word is longer than 75 chars."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    prefix = f"=?{charset}?{enc}?"
    words, cur, curb = [], "", b""
    for ch in s:
        b = ch.encode(charset)
        if enc == "B":
            nb = curb + b
            if len(prefix) + len(base64.b64encode(nb)) + 2 > 75 and curb:
                words.append(prefix + base64.b64encode(curb).decode() + "?=")
                curb = b
            else:
                curb = nb
            continue
        piece = ""
        for byte in b:
            c = chr(byte)
            if c == " ":
                piece += "_"
            elif byte < 128 and (c.isalnum() or c in "!*+-/"):
                piece += c
            else:
                piece += f"={byte:02X}"
        if len(prefix) + len(cur) + len(piece) + 2 > 75 and cur:
            words.append(prefix + cur + "?=")
            cur = piece
        else:
            cur += piece
    if enc == "B" and curb:
        words.append(prefix + base64.b64encode(curb).decode() + "?=")
    if enc != "B" and cur:
        words.append(prefix + cur + "?=")
    return fold.join(words)


def addr(name, address, charset="utf-8", enc="Q", quote=False):
    if not name:
        return address
    n = enc_word(name, charset, enc)
    if n == name and (quote or any(c in name for c in ',.()')):
        n = f'"{name}"'
    return f"{n} <{address}>"


def boundary(style, key, n):
    h = hexid(key, "b", n, n=64)
    if style == "outlook":
        return f"----=_NextPart_{n:03d}_{int(h[:4],16):04X}_01D5{h[4:8].upper()}.{h[8:16].upper()}"
    if style in ("gmail", "samsung"):
        return f"000000000000{h[:16]}" if style == "gmail" else f"--_com.samsung.android.email_{int(h[:12],16)}"
    if style in ("apple", "iphone"):
        u = uuid.UUID(h[:32])
        return f"Apple-Mail={'_' if style == 'apple' else '-'}{str(u).upper()}"
    if style == "thunderbird":
        return "------------" + "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[int(h[i:i+2], 16) % 36] for i in range(0, 48, 2))[:24]
    if style in ("orange", "laposte"):
        return f"----=_Part_{int(h[:5],16)}_{int(h[5:14],16)}.{int(h[14:27],16) % 10**13}"
    return f"===============_{h[:20]}=="


def to_html(text, style, lang="nl"):
    """Render the plain body as the html alternative a mail program makes."""
    paras = text.split("\n")
    esc = [htmllib.escape(p) for p in paras]
    if style == "outlook":
        body = "\r\n".join(f'<p class="MsoNormal">{p if p else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for p in esc)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\r\n'
                '/* Font Definitions */\r\n@font-face\r\n\t{font-family:Calibri;}\r\np.MsoNormal, li.MsoNormal, div.MsoNormal\r\n'
                '\t{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}\r\n'
                '--></style></head>'
                f'<body lang="{ "NL-BE" if lang == "nl" else "FR"}" link="#0563C1" vlink="#954F72"><div class="WordSection1">\r\n{body}\r\n</div></body></html>')
    if style == "owa":
        body = "".join(f"<div>{p if p else '<br>'}</div>\r\n" for p in esc)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
                f'<body dir="ltr"><div style="font-family: Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\r\n{body}</div></body></html>')
    if style == "gmail":
        body = "".join(f"<div>{p if p else '<br>'}</div>" for p in esc)
        return f'<div dir="ltr">{body}</div>'
    if style == "apple":
        brc = '<br class="">'
        body = "".join('<div class="">' + (p if p else brc) + "</div>" for p in esc)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
                f'{body}</body></html>')
    if style in ("ox", "zimbra", "samsung"):
        body = "".join(f"<p>{p if p else '&nbsp;'}</p>\r\n" for p in esc) if style != "zimbra" else "<br>".join(esc)
        return ('<!doctype html>\r\n<html><head><meta charset="UTF-8"></head><body>'
                f'<div class="default-style">{body}</div></body></html>') if style != "zimbra" else (
                '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                f'<div>{body}</div></div></body></html>')
    raise ValueError(style)


def flowed(text, width=72):
    out = []
    for para in text.split("\n"):
        if para.startswith(">") or len(para) <= width:
            out.append(para.rstrip(" ") if para.startswith(">") else para)
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line + " ")
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def text_part(text, charset="utf-8", cte="qp", subtype="plain", flowed_=False):
    cs = Charset(charset)
    if cte == "b64":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")  # canonical CRLF inside base64
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:
        cs.body_encoding = None
    p = MIMEText(text, subtype, cs)
    if flowed_:
        p.set_param("format", "flowed")
    if cte == "8bit":
        del p["Content-Transfer-Encoding"]
        try:
            text.encode("ascii")
            p["Content-Transfer-Encoding"] = "7bit"
        except UnicodeEncodeError:
            p["Content-Transfer-Encoding"] = "8bit"
    return p


def attachment(att, key, i, fold="\r\n "):
    fn = att["filename"]
    ext = fn.rsplit(".", 1)[-1].lower()
    ctype = att.get("ctype", CT[ext])
    maintype, subtype = ctype.split("/")
    p = MIMEBase(maintype, subtype)
    p.set_payload(att["data"])
    encoders.encode_base64(p)
    del p["Content-Type"]
    del p["Content-Transfer-Encoding"]
    del p["MIME-Version"]
    style = att.get("name_style", "rfc2231")
    disp = "inline" if att.get("cid") else att.get("disposition", "attachment")
    ascii_name = all(ord(c) < 128 for c in fn)
    extra = ""
    if att.get("outlook_dates"):
        extra = (f";{fold}size={len(att['data'])};{fold}creation-date=\"{att['outlook_dates']}\";"
                 f"{fold}modification-date=\"{att['outlook_dates']}\"")
    if style == "encword" and not ascii_name:
        ew = enc_word(fn, "utf-8", att.get("ew_enc", "Q"), fold=fold)
        p["Content-Type"] = f'{ctype};{fold}name="{ew}"'
        if att.get("description", "") == "name":
            p["Content-Description"] = ew
        p["Content-Disposition"] = f'{disp};{fold}filename="{ew}"{extra}'
    elif style == "rfc2231" and not ascii_name:
        from urllib.parse import quote
        q = quote(fn.encode("utf-8"), safe="")
        if att.get("rfc2231_name_too", True):
            p["Content-Type"] = f"{ctype};{fold}name*=utf-8''{q}"
        else:
            p["Content-Type"] = ctype
        p["Content-Disposition"] = f"{disp};{fold}filename*=utf-8''{q}{extra}"
    elif style == "latin1_raw":
        # some webmails send the name as raw 8-bit text; we keep to encoded words
        raise ValueError("not used")
    else:
        p["Content-Type"] = f'{ctype};{fold}name="{fn}"'
        p["Content-Disposition"] = f'{disp};{fold}filename="{fn}"{extra}'
    p["Content-Transfer-Encoding"] = "base64"
    if att.get("cid"):
        p["Content-ID"] = f"<{att['cid']}>"
        if att.get("x_attachment_id"):
            p["X-Attachment-Id"] = att["x_attachment_id"]
    return p


def build(m):
    """m: dict with key, from_name, from_addr, date (datetime), subject, body,
    client, attachments, optional: to, cc, reply_to, in_reply_to, references,
    charset, html (explicit html body), inline (list of inline images for html),
    lang, extra_headers."""
    prof = PROFILES[m["client"]]
    key = m["key"]
    bstyle = {"outlook_web": "outlook", "orange": "orange", "laposte": "laposte"}.get(m["client"], m["client"])
    charset = m.get("charset", "utf-8")
    body = m["body"].replace("\r\n", "\n")
    cte = m.get("cte", prof["cte"])
    nb = [0]
    fold_ = "\r\n\t" if m["client"] in ("outlook", "outlook_web") else "\r\n "

    def nextb():
        nb[0] += 1
        return boundary(bstyle, key, nb[0] - 1)

    if prof.get("flowed") and not m.get("no_flowed"):
        plain = text_part(flowed(body), charset, cte, flowed_=True)
    else:
        plain = text_part(body, charset, cte)
    use_alt = m.get("alt", prof["alt"]) or m.get("html")
    if use_alt:
        html = m.get("html") or to_html(body, prof.get("html", "gmail"), m.get("lang", "nl"))
        hpart = text_part(html, charset, m.get("html_cte", "qp" if cte != "b64" else "b64"), subtype="html")
        alt = MIMEMultipart("alternative", boundary=nextb(), _subparts=[plain, hpart])
        bodypart = alt
        if m.get("inline"):
            rel = MIMEMultipart("related", boundary=nextb(), _subparts=[alt] + [attachment(a, key, i, fold_) for i, a in enumerate(m["inline"])])
            rel.set_param("type", "multipart/alternative")
            bodypart = rel
    else:
        bodypart = plain
    atts = m.get("attachments", [])
    if atts:
        msg = MIMEMultipart("mixed", boundary=nextb(), _subparts=[bodypart] + [attachment(a, key, i, fold_) for i, a in enumerate(atts)])
    else:
        msg = bodypart
    hdrs = []
    if m.get("received"):
        for r in m["received"]:
            hdrs.append(("Received", r))
    hdrs.append(("From", addr(m["from_name"], m["from_addr"], m.get("hdr_charset", "utf-8"), m.get("hdr_enc", "Q"))))
    hdrs.append(("To", m.get("to", addr(COORD_NAME, COORD, "utf-8", "Q") if m.get("to_named") else COORD)))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs.append(("Subject", enc_word(m["subject"], m.get("hdr_charset", "utf-8"), m.get("hdr_enc", "Q"), fold=fold_)))
    hdrs.append(("Date", format_datetime(m["date"])))
    hdrs.append(("Message-ID", m.get("message_id", f"<{hexid(key, 'mid', n=24)}@{m['from_addr'].split('@')[1]}>")))
    if m.get("in_reply_to"):
        hdrs.append(("In-Reply-To", m["in_reply_to"]))
        hdrs.append(("References", m.get("references", m["in_reply_to"])))
    for h, v in prof["hdr"]:
        if v:
            hdrs.append((h, v))
    if prof.get("thread_index"):
        hdrs.append(("Thread-Index", base64.b64encode(bytes.fromhex(hexid(key, "ti", n=44))).decode()))
    if m.get("lang_header", True) and m["client"] in ("outlook", "thunderbird", "outlook_web"):
        hdrs.append(("Content-Language", m.get("content_language", "nl-BE" if m.get("lang") == "nl" else "fr-FR")))
    for h, v in m.get("extra_headers", []):
        hdrs.append((h, v))
    hdrs.append(("MIME-Version", "1.0"))
    # put our headers before the MIME headers the objects already carry
    existing = [(k, v) for k, v in msg.items() if k.lower() != "mime-version"]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs + existing:
        msg[k] = v
    fold = "\r\n\t" if m["client"] in ("outlook", "outlook_web") else "\r\n "
    # number the boundaries from the outside in, as mail programs do
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(boundary(bstyle, key, k))
            k += 1
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            ct = part.get_content_type()
            b_ = part.get_boundary()
            extra = ""
            t = part.get_param("type")
            if t:
                extra = f';{fold}type="{t}"'
            part.replace_header("Content-Type", f'{ct};{fold}boundary="{b_}"{extra}')
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=0)).flatten(msg)
    data = buf.getvalue()
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data
