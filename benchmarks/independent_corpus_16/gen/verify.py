#!/usr/bin/env python3
"""Checks for corpus c16.  Run with the venv that has olefile, extract-msg,
python-docx and compressed_rtf; needs msgconvert (libemail-outlook-message-perl)
and pdftotext (poppler-utils) on PATH.

    python verify.py [CORPUS_DIR]

Every .msg is read by three programs that we did not write:
  * olefile      - lists the storages/streams; the MAPI streams are decoded
                   from the raw bytes it returns (UTF-16LE / cp1252 / binary)
  * extract-msg  - sender, subject, body, HTML, RTF, attachments (recursive)
  * msgconvert   - converts the .msg to an .eml, which the email package walks
and the application's values (as written, from the manifest) must be found in
what each of them returns.  Prints "N passed, 0 failed" (N = mails).
"""
import datetime
import email
import email.policy
import email.utils
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from decimal import Decimal
from html.parser import HTMLParser

import compressed_rtf
import docx
import extract_msg
import olefile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts  # noqa: E402  (only e164_of, for the truth self-consistency check)

ALLOWED = {"example.org", "example.net", "example.com"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
D0 = datetime.datetime(2019, 5, 1, tzinfo=datetime.timezone.utc)
D1 = datetime.datetime(2019, 6, 16, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]

COUNTS = {"msg": 0, "olefile": 0, "extract-msg": 0, "msgconvert": 0, "streams": 0}


# ------------------------------------------------------------------ text helpers
def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    skip = 0

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip = 1
        if tag in ("p", "br", "tr", "td", "div"):
            self.out.append(" ")


def html_text(s):
    if isinstance(s, bytes):
        s = s.decode("utf-8", "replace")
    p = _Strip()
    p.feed(s)
    return html.unescape(" ".join(p.out))


def rtf_text(b):
    """Very small RTF-to-text (enough for the escapes Outlook/RichEdit write)."""
    if isinstance(b, str):
        b = b.encode("latin-1")
    s = b.decode("latin-1")
    out = []
    i = 0
    skip_depth = []
    depth = 0
    while i < len(s):
        c = s[i]
        if c == "{":
            depth += 1
            m = re.match(r"\{\\(\*|fonttbl|colortbl|stylesheet|info)", s[i:])
            if m and not skip_depth:
                skip_depth.append(depth)
            i += 1
        elif c == "}":
            if skip_depth and skip_depth[-1] == depth:
                skip_depth.pop()
            depth -= 1
            i += 1
        elif c == "\\":
            m = re.match(r"\\'([0-9a-fA-F]{2})", s[i:])
            if m:
                if not skip_depth:
                    out.append(bytes([int(m.group(1), 16)]).decode("cp1252"))
                i += 4
                continue
            m = re.match(r"\\u(-?\d+)\??", s[i:])
            if m:
                if not skip_depth:
                    out.append(chr(int(m.group(1)) % 65536))
                i += len(m.group(0))
                continue
            m = re.match(r"\\([a-z]+)(-?\d+)? ?", s[i:])
            if m:
                if not skip_depth and m.group(1) in ("par", "line", "tab"):
                    out.append("\n")
                i += len(m.group(0))
                continue
            if not skip_depth:
                out.append(s[i + 1:i + 2])
            i += 2
        elif c in "\r\n":
            i += 1
        else:
            if not skip_depth:
                out.append(c)
            i += 1
    return "".join(out)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def pdf_text(data):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True)
    return r.stdout.decode("utf-8")


def blob_text(data):
    if data[:4] == b"PK\x03\x04":
        return docx_text(data)
    if data[:5] == b"%PDF-":
        return pdf_text(data)
    return ""


def undouble(s):
    """msgconvert 0.921 (Debian) writes PT_UNICODE bodies UTF-8-encoded twice
    (mvz/email-outlook-message-perl #14); undo that before searching."""
    try:
        t = s.encode("latin-1").decode("utf-8")
        return t
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


# ------------------------------------------------------------------ readers
def read_olefile(data, exp):
    """List streams with olefile and decode the MAPI streams ourselves."""
    ole = olefile.OleFileIO(data)
    entries = ole.listdir(streams=True, storages=False)
    COUNTS["streams"] += len(entries)
    names = ["/".join(e) for e in entries]
    assert "__properties_version1.0" in names
    assert any(n.startswith("__nameid_version1.0/") for n in names)
    texts_ = []
    for e in entries:
        n = e[-1]
        if not n.startswith("__substg1.0_"):
            continue
        tag = n[12:20]
        typ = tag[4:]
        raw = ole.openstream(e).read()
        if typ == "001F":
            texts_.append(raw.decode("utf-16-le"))
        elif typ == "001E":
            texts_.append(raw.decode("cp1252"))
        elif tag == "10130102":
            texts_.append(html_text(raw))
        elif tag == "10090102":
            texts_.append(rtf_text(compressed_rtf.decompress(raw)))
        elif tag == "37010102":
            texts_.append(blob_text(raw))
    ole.close()
    return names, "\n".join(texts_)


def em_collect(m, depth=0):
    out = [m.subject or "", str(m.sender or ""), m.to or "", m.body or ""]
    if m.htmlBody:
        out.append(html_text(m.htmlBody))
    if m.rtfBody:
        out.append(rtf_text(m.rtfBody))
    atts = []
    for a in m.attachments:
        if type(a).__name__ == "EmbeddedMsgAttachment":
            sub_text, sub_info = em_collect(a.data, depth + 1)
            out.append(sub_text)
            atts.append(("msg", a.name, sub_info))
        else:
            out.append(blob_text(a.data or b""))
            atts.append(("file", a.name, None))
    info = {"sender": str(m.sender or ""), "atts": atts, "body": m.body or "", "html": bool(m.htmlBody),
            "rtf": m.rtfBody}
    return "\n".join(out), info


def read_extract_msg(path):
    m = extract_msg.openMsg(path)
    try:
        return em_collect(m)
    finally:
        m.close()


def read_msgconvert(path, tmp):
    out = os.path.join(tmp, "mc.eml")
    r = subprocess.run(["msgconvert", "--outfile", out, path], capture_output=True)
    assert r.returncode == 0, r.stderr
    raw = open(out, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    parts, froms, rtf = [], [], []
    for part in msg.walk():
        if part.get("From"):
            froms.append(str(part.get("From")))
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True) or b""
        if ct == "text/plain":
            cs = part.get_content_charset() or "utf-8"
            t = payload.decode(cs, "replace")
            parts.append(undouble(t) if cs.lower() == "utf-8" else t)
        elif ct == "text/html":
            cs = part.get_content_charset() or "utf-8"
            parts.append(html_text(payload.decode(cs, "replace")))
        elif ct == "application/rtf":
            rtf.append(payload)
            parts.append(rtf_text(payload))
        else:
            parts.append(blob_text(payload))
    subj = str(msg.get("Subject", ""))
    return "\n".join(parts + [subj]), {"froms": froms, "rtf": rtf, "raw": raw}


# ------------------------------------------------------------------ checks
class Fail(Exception):
    pass


def need(cond, what):
    if not cond:
        raise Fail(what)


def check_values(text, written, who):
    t = norm(text)
    for k, v in written.items():
        need(norm(v) in t, "%s: %s %r not found" % (who, k, v))


def check_eml_raw(raw, fn):
    need(len(raw) < 1_000_000, "size")
    need(b"\r\n" in raw, "no CRLF")
    need(raw.count(b"\n") == raw.count(b"\r\n") and raw.count(b"\r") == raw.count(b"\r\n"), "bare CR or LF")
    for ln in raw.split(b"\r\n"):
        need(len(ln) <= 998, "line over 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        need(not part.defects, "defects %r in %s" % (part.defects, fn))
    d = email.utils.parsedate_to_datetime(msg["Date"])
    need(D0 <= d < D1, "date out of range %s" % d)
    for h in ("From", "To", "Cc", "Reply-To", "Sender"):
        for _, a in email.utils.getaddresses(msg.get_all(h, [])):
            if a:
                need(a.split("@")[1].lower() in ALLOWED, "address %s" % a)
    return msg


def all_addresses_ok(text, where):
    for m in EMAIL_RE.finditer(text):
        if re.match(r"image\d{3}\.(png|jpg)@", m.group(0)):
            continue  # a Content-ID, not an address
        need(m.group(1).lower() in ALLOWED, "%s: foreign address %s" % (where, m.group(0)))


def check_truth(t, man, msg):
    f = t["fields"]
    need(set(f) <= set(FIELDS), "unknown truth key")
    for k in FIELDS:
        if k in ("organisation", "total_budget"):
            continue
        need(k in f, "missing truth key " + k)
    need(("organisation" in f) == ("organisation" in man["written"]), "organisation presence")
    need(f["country"] in ("BE", "FR"), "country")
    need(re.fullmatch(r"\d{4}" if f["country"] == "BE" else r"\d{5}", f["postcode"]), "postcode form")
    need(f["phone"] == texts.e164_of(man["written"]["phone"], f["country"]), "phone e164")
    need(re.fullmatch(r"\+(32|33)\d{8,9}", f["phone"]), "phone form")
    req = Decimal(f["requested_amount"])
    need(Decimal("0") < req <= Decimal("10000"), "request range")
    for k in ("requested_amount", "total_budget"):
        if k in f:
            need(re.fullmatch(r"\d+\.\d\d", f[k]), "two decimals " + k)
    mode = man["budget_mode"]
    need(("total_budget" in f) == (mode != "req_only"), "total presence")
    if mode == "share":
        share = Decimal(re.sub(r"[^\d,]", "", man["written"]["own_share"]).replace(",", "."))
        need(Decimal(f["total_budget"]) - share == req, "total - share != request")
        need("requested_amount" not in man["written"], "request must not be written in share mode")
    if "total_budget" in f:
        need(Decimal(f["total_budget"]) > req, "total > request")
    need(f["email"].split("@")[1] in ALLOWED, "truth e-mail domain")
    frm = email.utils.parseaddr(msg["From"])[1]
    if t["carrier"] == "plain":
        need(frm == f["email"], "plain mail must come from the applicant")
    else:
        need(frm != f["email"], "the outer From must not be the truth e-mail for .msg carriers")
        for fw in man.get("forwarders", []):
            need(fw != f["email"], "forwarder equals applicant")


def msg_structure(names, man, t, em_info, mc_info, outer_part, msg):
    carrier = t["carrier"]
    slot = man["slot"]
    top = [n for n in names if "/" not in n]
    if carrier == "msg_plain":
        need("__substg1.0_1000001F" in top, "PR_BODY unicode")
        need(not any(n.startswith(("__substg1.0_1013", "__substg1.0_1009")) for n in top), "plain only")
    if carrier == "msg_rtf":
        need("__substg1.0_10090102" in top, "PR_RTF_COMPRESSED")
        need(not any(n.startswith(("__substg1.0_1000", "__substg1.0_1013")) for n in top), "RTF only")
        need(em_info["rtf"] and len(mc_info["rtf"]) == 1, "RTF returned by both readers")
        need(mc_info["rtf"][0].rstrip(b"\0") == em_info["rtf"].rstrip(b"\0"), "msgconvert and extract-msg RTF differ")
    if carrier == "msg_html":
        need("__substg1.0_10130102" in top, "PR_HTML binary")
        need(not any(n.startswith(("__substg1.0_1000", "__substg1.0_1009")) for n in top), "HTML only")
    if carrier == "msg_ansi":
        need(not any(n.endswith("001F") for n in names), "no PT_UNICODE in ANSI msg")
        need("__substg1.0_1000001E" in top, "PR_BODY string8")
    if carrier == "msg_nested":
        need(any(n.startswith("__attach_version1.0_#00000000/__substg1.0_3701000D/") for n in names), "embedded msg")
        need(em_info["atts"] and em_info["atts"][0][0] == "msg", "extract-msg sees the embedded message")
    if carrier == "msg_octet":
        need(outer_part.get_content_type() == "application/octet-stream", "octet-stream")
    if carrier == "msg_with_other":
        need(len([p for p in msg.iter_attachments()]) == 2, "two attachments")
    if slot == 11:
        a = "__attach_version1.0_#00000000/"
        need(a + "__substg1.0_3704001F" in names and a + "__substg1.0_3707001F" not in names, "8.3 name only")
        need(em_info["atts"][0][1] == man["doc"], "extract-msg falls back to the short name")
    if slot == 12:
        need("__attach_version1.0_#00000000/__substg1.0_3712001F" in names, "content id")
        need(em_info["html"], "html present")
    if slot == 13:
        need(t["fields"]["email"] in em_info["sender"], "sender = applicant")


def check_msg(data, man, t, msg, outer_part, tmp):
    COUNTS["msg"] += 1
    written = man["written"]
    path = os.path.join(tmp, "x.msg")
    with open(path, "wb") as f:
        f.write(data)
    need(olefile.isOleFile(path), "not an OLE file")
    names, ole_text = read_olefile(data, man)
    check_values(ole_text, written, "olefile")
    COUNTS["olefile"] += 1
    em_text, em_info = read_extract_msg(path)
    check_values(em_text, written, "extract-msg")
    COUNTS["extract-msg"] += 1
    mc_text, mc_info = read_msgconvert(path, tmp)
    check_values(mc_text, written, "msgconvert")
    COUNTS["msgconvert"] += 1
    # who sent the original
    app = t["fields"]["email"]
    if man.get("msg_sender_level") == "embedded":
        need(app in em_info["atts"][0][2]["sender"], "embedded sender (extract-msg)")
        need(any(app in f for f in mc_info["froms"][1:]), "embedded From (msgconvert)")
    else:
        need(app in em_info["sender"], "msg sender (extract-msg) %s" % em_info["sender"])
        need(app in mc_info["froms"][0], "msg From (msgconvert)")
    for tx, who in ((ole_text, "olefile"), (em_text, "extract-msg"), (mc_text, "msgconvert")):
        all_addresses_ok(tx, who)
    msg_structure(names, man, t, em_info, mc_info, outer_part, msg)


def eml_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html_text(part.get_content()))
        else:
            fn = part.get_filename() or ""
            if not fn.lower().endswith(".msg"):
                out.append(blob_text(part.get_payload(decode=True)))
    return "\n".join(out)


def check_mail(path, t, man, tmp):
    raw = open(path, "rb").read()
    msg = check_eml_raw(raw, os.path.basename(path))
    check_truth(t, man, msg)
    all_addresses_ok(eml_text(msg), "eml")
    msgs = [p for p in msg.iter_attachments() if (p.get_filename() or "").lower().endswith(".msg")]
    if t["carrier"] == "plain":
        need(not msgs, "unexpected .msg")
        check_values(eml_text(msg), man["written"], "eml")
    else:
        need(len(msgs) == 1, "exactly one .msg")
        check_msg(msgs[0].get_payload(decode=True), man, t, msg, msgs[0], tmp)
        # the application is NOT in the outer mail's own text (it only carries the .msg)
        outer_t = norm(eml_text(msg))
        need(norm(man["written"]["project_title"]) not in outer_t or t["carrier"] in ("msg_with_other",),
             "title should only be inside the .msg")


def check_reproducible(corpus):
    tmp = tempfile.mkdtemp(prefix="c16rb")
    try:
        shutil.copytree(os.path.join(corpus, "gen"), os.path.join(tmp, "gen"))
        subprocess.run([sys.executable, os.path.join(tmp, "gen", "build.py"), tmp], check=True)
        for half in ("dev", "test"):
            for fn in sorted(os.listdir(os.path.join(corpus, half))):
                a = open(os.path.join(corpus, half, fn), "rb").read()
                b = open(os.path.join(tmp, half, fn), "rb").read()
                need(a == b, "not reproducible: %s/%s" % (half, fn))
            need(sorted(os.listdir(os.path.join(corpus, half))) == sorted(os.listdir(os.path.join(tmp, half))),
                 "file lists differ")
        for half in ("dev", "test"):
            a = open(os.path.join(corpus, "gen", "manifest_%s.json" % half), "rb").read()
            b = open(os.path.join(tmp, "gen", "manifest_%s.json" % half), "rb").read()
            need(a == b, "manifest not reproducible")
    finally:
        shutil.rmtree(tmp)


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    passed, failed = 0, 0
    total_size = 0
    tmp = tempfile.mkdtemp(prefix="c16v")
    layout = {}
    try:
        for half in ("dev", "test"):
            truths = [json.loads(l) for l in open(os.path.join(corpus, half, "truth.jsonl"), encoding="utf-8")]
            man = json.load(open(os.path.join(corpus, "gen", "manifest_%s.json" % half), encoding="utf-8"))
            emls = sorted(f for f in os.listdir(os.path.join(corpus, half)) if f.endswith(".eml"))
            expect = ["c16-%s-%03d.eml" % (half, k) for k in range(1, 21)]
            if emls != expect or sorted(t["file"] for t in truths) != expect:
                print("FAIL %s: file list" % half)
                failed += 1
            layout[half] = sorted((man[f]["slot"], man[f]["format"], man[f]["carrier"], man[f]["language"],
                                   man[f]["country"], man[f]["budget_mode"], "organisation" in man[f]["written"])
                                  for f in man)
            for t in truths:
                p = os.path.join(corpus, half, t["file"])
                total_size += os.path.getsize(p)
                try:
                    m = man[t["file"]]
                    need(m["format"] == t["format"] and m["carrier"] == t["carrier"] and m["language"] == t["language"],
                         "manifest/truth mismatch")
                    check_mail(p, t, m, tmp)
                    passed += 1
                except Fail as e:
                    failed += 1
                    print("FAIL %s/%s (slot %s): %s" % (half, t["file"], man.get(t["file"], {}).get("slot"), e))
                except Exception as e:  # a reader crashed
                    failed += 1
                    print("FAIL %s/%s: %s: %s" % (half, t["file"], type(e).__name__, e))
        if layout.get("dev") != layout.get("test"):
            print("FAIL: the two halves differ in make-up")
            failed += 1
        if total_size >= 6_000_000:
            print("FAIL: corpus too large")
            failed += 1
        try:
            check_reproducible(corpus)
            print("rebuild: byte-for-byte identical")
        except Fail as e:
            print("FAIL:", e)
            failed += 1
    finally:
        shutil.rmtree(tmp)
    print(".msg files: %d; read by olefile %d (%d streams listed), extract-msg %d, msgconvert %d"
          % (COUNTS["msg"], COUNTS["olefile"], COUNTS["streams"], COUNTS["extract-msg"], COUNTS["msgconvert"]))
    print("mails: %d bytes in total" % total_size)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
