# -*- coding: utf-8 -*-
"""Verify a corpus directory: python verify.py DIR [META]
Checks: every .eml parses, every attachment opens with its own library, truth files exist,
truth values appear in the extracted document text (for scans/photos: in the rendered text from META)."""
import sys, os, json, io, zipfile, re, email
from email import policy
from html import unescape
import pypdf, docx
from PIL import Image


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def extract(path):
    msg = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
    texts = [str(msg["From"]), str(msg.get("Cc", ""))]
    kinds = []
    body = msg.get_body(("plain", "html"))
    if body is not None:
        b = body.get_content()
        if body.get_content_type() == "text/html":
            b = unescape(re.sub(r"<[^>]+>", " ", b.replace("<br>", "\n")))
        texts.append(b)
    for part in msg.walk():
        if part.get_content_maintype() == "multipart": continue
        if part.get_content_disposition() != "attachment": continue
        data = part.get_content()
        ct = part.get_content_type(); fn = part.get_filename()
        if ct == "application/pdf":
            r = pypdf.PdfReader(io.BytesIO(data))
            t = "\n".join(p.extract_text() or "" for p in r.pages)
            flds = r.get_fields() or {}
            ft = "\n".join(str(v.get("/V", "")) for v in flds.values())
            kinds.append(("pdf", len(flds), len(norm(t))))
            texts += [t, ft]
        elif ct.endswith("wordprocessingml.document"):
            d = docx.Document(io.BytesIO(data))
            _ = [p.text for p in d.paragraphs]
            xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf8")
            xml = re.sub(r"</w:p>", "\n", xml); xml = re.sub(r"<w:br/>", "\n", xml); xml = re.sub(r"<w:tab/>", " ", xml)
            texts.append(unescape(re.sub(r"<[^>]+>", "", xml)))
            kinds.append(("docx",))
        elif ct == "application/vnd.oasis.opendocument.text":
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.namelist()[0] == "mimetype" and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
            xml = z.read("content.xml").decode("utf8")
            import xml.dom.minidom as md; md.parseString(xml); md.parseString(z.read("styles.xml"))
            xml = xml.replace("<text:line-break/>", "\n")
            texts.append(unescape(re.sub(r"<[^>]+>", " ", xml)))
            kinds.append(("odt",))
        elif ct in ("application/rtf", "text/rtf"):
            raw = data if isinstance(data, str) else data.decode("ascii")
            assert raw.startswith("{\\rtf1") and raw.count("{") == raw.count("}") - raw.count("\\}") + raw.count("\\{")
            t = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), raw)
            t = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), t)
            t = t.replace("\\line ", "\n").replace("\\tab ", " ").replace("\\{", "{").replace("\\}", "}").replace("\\\\", "\\")
            texts.append(t); kinds.append(("rtf",))
        elif ct.startswith("image/"):
            im = Image.open(io.BytesIO(data)); im.load(); kinds.append(("img", im.size))
        else:
            raise ValueError("unknown attachment " + ct)
    return msg, "\n".join(texts), kinds


def main(d, meta_path=None):
    meta = {}
    if meta_path:
        for ln in open(meta_path, encoding="utf8"):
            m = json.loads(ln); meta[m["file"]] = m
    truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf8")]
    files = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
    assert sorted(t["file"] for t in truth) == files, "truth/file mismatch"
    errors = 0
    total = 0
    for t in truth:
        p = os.path.join(d, t["file"]); size = os.path.getsize(p); total += size
        if size > 1_500_000: print("TOO BIG", t["file"], size); errors += 1
        msg, text, kinds = extract(p)
        fmt = t["format"]
        if fmt in ("scan_pdf",):
            assert kinds and kinds[0][0] == "pdf" and kinds[0][2] == 0 and kinds[0][1] == 0, (t["file"], kinds)
        if fmt == "pdf_form":
            assert kinds[0][1] >= 5, (t["file"], kinds)
        if fmt == "body_html":
            assert not any(pp.get_content_type() == "text/plain" for pp in msg.walk()), t["file"]
        if fmt in ("body_plain", "body_html"):
            assert not kinds, t["file"]
        hay = norm(text)
        if fmt in ("scan_pdf", "photo") and meta:
            hay = norm(meta[t["file"]]["check_text"]) + norm(text)
        f = t["fields"]
        if meta:
            for field, s in meta[t["file"]]["checks"]:
                if norm(s) not in hay:
                    print("MISSING", t["file"], fmt, field, repr(s)); errors += 1
        # direct truth presence checks (format-independent)
        for k in ("organisation", "address", "postcode", "municipality", "project_title"):
            if k in f and norm(f[k]) not in hay:
                print("TRUTH NOT IN TEXT", t["file"], fmt, k, repr(f[k])); errors += 1
        if f["email"] not in hay:
            print("EMAIL NOT IN TEXT", t["file"], f["email"]); errors += 1
        for k in ("requested_amount", "total_budget"):
            if k in f:
                assert re.fullmatch(r"\d+\.\d\d", f[k]), (t["file"], k, f[k])
        if "phone" in f:
            assert re.fullmatch(r"\+3[23]\d{8,9}", f["phone"]), (t["file"], f["phone"])
            digits = re.sub(r"\D", "", text + (meta[t["file"]]["check_text"] if meta and fmt in ("scan_pdf", "photo") else ""))
            if f["phone"][3:] not in digits: print("PHONE DIGITS NOT IN TEXT", t["file"], f["phone"]); errors += 1
    print(f"{d}: {len(truth)} cases, {total / 1e6:.1f} MB, errors={errors}")
    return errors


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None) else 0)
