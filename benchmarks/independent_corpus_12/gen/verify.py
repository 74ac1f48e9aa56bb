#!/usr/bin/env python3
"""Checks for independent corpus 12 (run from anywhere): python gen/verify.py

- every mail parses with Python's email package, one image attachment, format as in truth
- every address (headers, bodies, truth, drawn strings, README) is on example.org/.net/.com
- scan PDFs: no text (pypdf and pdftotext), exactly one JPEG image per page, no fonts
- photos: JPEG about 1200x1600
- every truth value's raw form was drawn on the page (sidecar gen/drawn_*.jsonl, whose
  attachment hash must match the mail) and normalises to the truth value
- identical make-up in both halves, size limit, hands
"""
import collections
import email
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXAMPLE = {"example.org", "example.net", "example.com"}
BANNED = ["caveat", "kalam", "patrick hand", "indie flower", "shadows into light", "gochi hand", "because we learn",
          "because we connect", "annie use your telescope", "architects daughter", "cedarville cursive",
          "covered by your grace", "handlee", "just another hand", "loved by the king", "nothing you could do",
          "reenie beanie", "zeyada", "femkeklaver", "dkghandwriting", "breip"]
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
CALL_NAMES = ["maak werk van je buurt !", "maak werk van je buurt!", "maak werk van je buurt"]

passed = 0
failed = 0
fails = []


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        fails.append(what)


# ---------------------------------------------------------------------------
def norm_phone(raw, country):
    s = raw.replace("(0)", "")
    s = s.strip()
    plus = s.startswith("+")
    digits = re.sub(r"\D", "", s)
    if plus:
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    cc = "32" if country == "BE" else "33"
    return "+" + cc + digits[1:]


def norm_amount(raw):
    s = re.sub(r"(?i)euros?|eur|€", "", raw)
    s = s.replace(",-", "").strip().rstrip(".").strip()
    s = s.replace("\u00a0", " ")
    m = re.search(r",(\d{2})$", s)
    if m:
        whole, cents = s[:m.start()], m.group(1)
    else:
        whole, cents = s, "00"
    whole = re.sub(r"[ .]", "", whole)
    assert whole.isdigit(), raw
    return f"{int(whole)}.{cents}"


def norm_title(raw):
    s = raw.strip()
    for pre in ("Betreft:", "Betreft :", "Objet :", "Objet:", "BETREFT:", "OBJET :"):
        if s.startswith(pre):
            s = s[len(pre):].strip()
    low = s.lower()
    for pre in ("aanvraag ", "projectoproep ", "appel à projets "):
        if low.startswith(pre) and any(low[len(pre):].startswith(c) for c in CALL_NAMES):
            s = s[len(pre):]
            low = s.lower()
    for c in CALL_NAMES:
        if low.startswith(c):
            s = s[len(c):].strip()
            low = s.lower()
            break
    s = s.lstrip("–-— ").strip()
    for q in ("«", "»", "‘", "’", "“", "”", '"'):
        s = s.strip().strip(q)
    return s.strip()


def same_text(raw, truth, caps):
    if caps:
        return raw == truth.upper()
    return raw == truth


def name_tokens(s):
    return sorted(t.casefold() for t in s.split())


# ---------------------------------------------------------------------------
def pdf_checks(data, tag):
    from pypdf import PdfReader
    rd = PdfReader(io.BytesIO(data))
    check(len(rd.pages) >= 1, f"{tag}: pdf has pages")
    for i, pg in enumerate(rd.pages):
        txt = (pg.extract_text() or "").strip()
        check(txt == "", f"{tag}: page {i + 1} has a text layer: {txt[:40]!r}")
        res = pg.get("/Resources") or {}
        res = res.get_object() if hasattr(res, "get_object") else res
        check("/Font" not in res, f"{tag}: page {i + 1} has fonts")
        xo = res.get("/XObject")
        xo = xo.get_object() if xo is not None else {}
        imgs = [xo[k].get_object() for k in xo if xo[k].get_object().get("/Subtype") == "/Image"]
        check(len(imgs) == 1, f"{tag}: page {i + 1} has {len(imgs)} images, expected 1")
        for im in imgs:
            f = im.get("/Filter")
            check(f == "/DCTDecode" or (isinstance(f, list) and "/DCTDecode" in f), f"{tag}: image not JPEG ({f})")
    if shutil.which("pdftotext"):
        p = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True)
        check(p.returncode == 0 and p.stdout.strip() == b"", f"{tag}: pdftotext found text")
    return len(rd.pages)


def main():
    from PIL import Image
    total_bytes = 0
    for dp, dn, fn in os.walk(ROOT):
        for f in fn:
            total_bytes += os.path.getsize(os.path.join(dp, f))
    check(total_bytes < 10 * 1024 * 1024, f"corpus size {total_bytes} >= 10 MB")
    makeup = {}
    hands_used = set()
    n_mails = 0
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
        side = {s["file"]: s for s in (json.loads(l) for l in open(os.path.join(HERE, f"drawn_{half}.jsonl"), encoding="utf-8") if l.strip())}
        emls = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
        check(emls == [f"c12-{half}-{i:03d}.eml" for i in range(1, 21)], f"{half}: file names 001..020")
        check(sorted(t["file"] for t in truth) == emls, f"{half}: truth lines match files")
        cnt = collections.Counter()
        for t in truth:
            fname = t["file"]
            tag = f"{half}/{fname}"
            s = side.get(fname)
            check(s is not None, f"{tag}: sidecar entry")
            if s is None:
                continue
            n_mails += 1
            raw = open(os.path.join(d, fname), "rb").read()
            check(b"\r\n" in raw, f"{tag}: CRLF line ends")
            msg = email.message_from_bytes(raw, policy=policy.default)
            check(not msg.defects, f"{tag}: defects {msg.defects}")
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                check(msg[h] is not None, f"{tag}: header {h}")
            addrs = []
            for h in ("From", "To", "Cc", "Reply-To", "Sender"):
                for v in msg.get_all(h) or []:
                    addrs += [a.addr_spec for a in v.addresses]
            body = msg.get_body(preferencelist=("plain",))
            check(body is not None and len(body.get_content()) < 400, f"{tag}: short text body")
            btxt = body.get_content() if body is not None else ""
            addrs += [m.group(0) for m in MAIL_RE.finditer(btxt)]
            atts = list(msg.iter_attachments())
            check(len(atts) == 1, f"{tag}: exactly one attachment")
            if not atts:
                continue
            a = atts[0]
            data = a.get_content()
            check(hashlib.sha256(data).hexdigest() == s["attachment_sha256"], f"{tag}: sidecar hash matches attachment")
            if t["format"] == "scan_pdf":
                check(a.get_content_type() == "application/pdf", f"{tag}: pdf attachment")
                pdf_checks(data, tag)
            else:
                check(a.get_content_type() == "image/jpeg", f"{tag}: jpeg attachment")
                im = Image.open(io.BytesIO(data))
                check(im.format == "JPEG" and abs(im.size[0] - 1200) <= 100 and abs(im.size[1] - 1600) <= 100,
                      f"{tag}: photo size {im.size}")
            # --- truth vs drawn
            f = t["fields"]
            lang = t["language"]
            caps = s["caps"]
            log = s["page_log"]
            drawn = collections.defaultdict(list)
            for k, v in s["fields_drawn"]:
                drawn[k].append(v)
                check(any(v in line for line in log), f"{tag}: drawn {k}={v!r} not on page log")
            for line in log:
                addrs += [m.group(0) for m in MAIL_RE.finditer(line)]
            addrs += [m.group(0) for m in MAIL_RE.finditer(json.dumps(t, ensure_ascii=False))]
            for ad in addrs:
                check(ad.split("@")[1].lower() in EXAMPLE, f"{tag}: non-example address {ad}")
            from_addr = msg["From"].addresses[0].addr_spec

            def one(k):
                v = drawn.get(k, [])
                return v[0] if v else None

            pc = one("pcplace")
            exp_country = "BE" if lang == "nl" else "FR"
            check(f.get("country") == exp_country, f"{tag}: country")
            check(re.fullmatch(r"8\d{3}" if lang == "nl" else r"59\d{3}", f.get("postcode", "")) is not None,
                  f"{tag}: postcode in call area")
            # organisation
            if "organisation" in f:
                check(one("org") is not None and same_text(one("org"), f["organisation"], caps), f"{tag}: organisation")
            else:
                check(one("org") is None, f"{tag}: organisation drawn but absent in truth")
            # contact
            c = one("contact")
            check(c is not None and name_tokens(c) == name_tokens(f["contact_name"]), f"{tag}: contact_name {c!r}")
            check(len(f["contact_name"].split()) >= 2 and not f["contact_name"].isupper(), f"{tag}: contact First Last")
            # email
            e = one("email")
            if e is None:
                check(f["email"] == from_addr, f"{tag}: email falls back to From")
            else:
                check(e.lower() == f["email"].lower(), f"{tag}: email {e!r}")
            # phone
            p = one("phone")
            check(p is not None and norm_phone(p, exp_country) == f["phone"], f"{tag}: phone {p!r} -> {f['phone']}")
            check(re.fullmatch(r"\+3[23]\d{8,9}", f["phone"]) is not None, f"{tag}: phone E.164")
            # address
            ad = one("address")
            check(ad is not None and same_text(ad, f["address"], caps), f"{tag}: address {ad!r}")
            # postcode / municipality
            pcd = one("postcode")
            if pcd is None and pc:
                pcd = pc.split(" ", 1)[0]
            check(pcd == f["postcode"], f"{tag}: postcode {pcd!r}")
            pl = one("place")
            if pl is None and pc:
                pl = pc.split(" ", 1)[1]
            check(pl is not None and same_text(pl, f["municipality"], caps), f"{tag}: municipality {pl!r}")
            # title
            ti = one("title")
            if ti is not None:
                check(same_text(ti, f["project_title"], caps), f"{tag}: project_title {ti!r}")
            else:
                sj = one("subject")
                check(sj is not None and norm_title(sj) == f["project_title"], f"{tag}: subject -> title {sj!r}")
            # amounts
            rq, tt, ow = one("req"), one("total"), one("own")
            if rq is not None:
                check(norm_amount(rq) == f["requested_amount"], f"{tag}: requested {rq!r}")
            else:
                check(tt is not None and ow is not None, f"{tag}: requested needs total and own")
                if tt and ow:
                    rv = float(norm_amount(tt)) - float(norm_amount(ow))
                    check(f"{rv:.2f}" == f["requested_amount"], f"{tag}: requested = total - own")
            check(float(f["requested_amount"]) <= 10000 and re.fullmatch(r"\d+\.\d\d", f["requested_amount"]),
                  f"{tag}: requested format/limit")
            if "total_budget" in f:
                check(tt is not None and norm_amount(tt) == f["total_budget"], f"{tag}: total {tt!r}")
                check(float(f["total_budget"]) >= float(f["requested_amount"]), f"{tag}: total >= requested")
            else:
                check(tt is None, f"{tag}: total drawn but absent in truth")
            allowed = {"organisation", "contact_name", "email", "phone", "address", "postcode", "municipality",
                       "country", "project_title", "requested_amount", "total_budget"}
            check(set(f) <= allowed, f"{tag}: unknown fields {set(f) - allowed}")
            hands_used.add(s["hand"])
            check(not any(b in s["hand"].lower() for b in BANNED), f"{tag}: banned hand {s['hand']}")
            cnt[(t["format"], t["language"], s["kind"], caps)] += 1
        makeup[half] = cnt
        check(sum(cnt.values()) == 20, f"{half}: 20 mails")
    check(makeup.get("dev") == makeup.get("test"), "identical make-up in both halves")
    dev = makeup.get("dev", {})
    check(sum(v for k, v in dev.items() if k[1] == "nl") == 10, "half Dutch")
    check(sum(v for k, v in dev.items() if k[0] == "scan_pdf" and k[2] == "form") == 6, "6 scanned forms per half")
    check(sum(v for k, v in dev.items() if k[0] == "photo" and k[2] == "letter") == 4, "4 photographed letters per half")
    check(sum(v for k, v in dev.items() if k[3]) == 2, "2 capital forms per half")
    check(len(hands_used) == 8, f"8 hands used ({len(hands_used)})")
    readme = os.path.join(ROOT, "README.md")
    if os.path.exists(readme):
        for m in MAIL_RE.finditer(open(readme, encoding="utf-8").read()):
            check(m.group(1).lower() in EXAMPLE, f"README: non-example address {m.group(0)}")
    for f_ in fails:
        print("FAIL", f_)
    print(f"mails: {n_mails}; make-up per half: " +
          ", ".join(f"{k[0]}/{k[1]}/{k[2]}{'/caps' if k[3] else ''}={v}" for k, v in sorted(makeup.get('dev', {}).items())))
    print(f"hands: {', '.join(sorted(hands_used))}")
    print(f"corpus size: {total_bytes} bytes")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
