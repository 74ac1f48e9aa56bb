"""A small, deterministic MIME writer (CRLF, explicit boundaries)."""
import base64
import quopri
import urllib.parse
from email.header import Header

CRLF = "\r\n"


def enc_word(text, header_name=None):
    """RFC 2047 encode if needed (for display names and subjects); encoded
    words stay within 75 characters and are folded with CRLF SP."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8", header_name=header_name).encode(linesep=CRLF)


def addr(name, email):
    if not name:
        return email
    n = enc_word(name)
    if n == name and any(c in name for c in ',.;:()"'):
        n = '"%s"' % name.replace('"', '')
    return "%s <%s>" % (n, email)


def fold(name, value):
    """Fold a header line at spaces so that lines stay under 78 chars."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or CRLF in value:  # short or already folded
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > 76:
            out.append(cur)
            cur = " " + word
        else:
            cur = (cur + " " + word) if cur else word
    out.append(cur)
    return CRLF.join(out)


class Part:
    def __init__(self, headers, body_lines=None, parts=None, boundary=None):
        self.headers = headers      # list of (name, value)
        self.body = body_lines      # str (already encoded, CRLF) or None
        self.parts = parts
        self.boundary = boundary

    def render(self):
        out = [fold(n, v) for n, v in self.headers]
        out.append("")
        if self.parts is None:
            return CRLF.join(out) + CRLF + self.body
        s = CRLF.join(out) + CRLF
        if self.preamble:
            s += self.preamble + CRLF
        for p in self.parts:
            s += CRLF + "--" + self.boundary + CRLF + p.render()
        s += CRLF + "--" + self.boundary + "--" + CRLF
        return s

    preamble = ""


def _qp(text):
    data = text.replace("\r\n", "\n").encode("utf-8") if isinstance(text, str) else text
    enc = quopri.encodestring(data, quotetabs=False).decode("ascii")
    enc = enc.replace("\r\n", "\n").replace("\n", CRLF)
    if not enc.endswith(CRLF):
        enc += CRLF
    return enc


def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)) + CRLF


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              format_flowed=False):
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if format_flowed:
        ct += "; format=flowed"
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        body = _qp(raw)
    elif cte == "base64":
        body = _b64(raw)
    else:  # 7bit / 8bit
        body = raw.decode(charset).replace("\n", CRLF)
        if not body.endswith(CRLF):
            body += CRLF
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def file_part(data, ctype, filename, name_style="plain", disposition="attachment",
              content_id=None, extra=None):
    """name_style: plain | rfc2231 (filename*) | rfc2047 (Outlook style)."""
    try:
        filename.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name or name_style == "plain":
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disposition, filename)
    elif name_style == "rfc2047":
        w = Header(filename, "utf-8", maxlinelen=900).encode(linesep=CRLF)
        ct = '%s; name="%s"' % (ctype, w)
        cd = '%s; filename="%s"' % (disposition, w)
    else:
        q = urllib.parse.quote(filename, safe="")
        ct = '%s;%s' % (ctype, _rfc2231("name", q))
        cd = "%s;%s" % (disposition, _rfc2231("filename", q))
    hdrs = [("Content-Type", ct), ("Content-Disposition", cd)]
    if content_id:
        hdrs.append(("Content-ID", "<%s>" % content_id))
    hdrs += list(extra or [])
    hdrs.append(("Content-Transfer-Encoding", "base64"))
    return Part(hdrs, _b64(data))


def _rfc2231(param, q):
    """RFC 2231 extended parameter, split into continuations (Thunderbird style)."""
    if len(q) <= 56:
        return " %s*=utf-8''%s" % (param, q)
    chunks, cur = [], ""
    i = 0
    while i < len(q):
        tok = q[i:i + 3] if q[i] == "%" else q[i]
        if len(cur) + len(tok) > 56:
            chunks.append(cur)
            cur = ""
        cur += tok
        i += len(tok)
    chunks.append(cur)
    parts = []
    for k, c in enumerate(chunks):
        parts.append("%s*%d*=%s%s" % (param, k, "utf-8''" if k == 0 else "", c))
    return CRLF + " " + (";" + CRLF + " ").join(parts)


def multipart(subtype, parts, boundary, extra=None):
    p = Part([("Content-Type", 'multipart/%s;%s\tboundary="%s"' % (subtype, CRLF, boundary))]
             + list(extra or []), parts=parts, boundary=boundary)
    return p


def message(headers, body):
    """headers: list of (name, value); body: Part (its headers are appended)."""
    top = [fold(n, v) for n, v in headers] + ["MIME-Version: 1.0"]
    s = CRLF.join(top) + CRLF + body.render()
    return s.encode("utf-8")
