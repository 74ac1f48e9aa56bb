"""Re-open every .eml, extract the attachment text with its own library, check every non-null truth value."""
import os, sys, io, re, json, zipfile, email
from email import policy
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def att_text(fname, blob):
    ext = fname.rsplit(".", 1)[-1].lower()
    parts = []
    widgets = 0
    if ext == "pdf":
        from pypdf import PdfReader
        rd = PdfReader(io.BytesIO(blob))
        for p in rd.pages:
            parts.append(p.extract_text() or "")
        f = rd.get_fields() or {}
        widgets = len(f)
        for k, v in f.items():
            parts.append(str(v.get("/V", "") or ""))
            parts.append(str(v.get("/TU", "") or ""))
    elif ext == "docx":
        import docx
        d = docx.Document(io.BytesIO(blob))
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        xml = zipfile.ZipFile(io.BytesIO(blob)).read("word/document.xml").decode()
        parts += re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)  # content controls
    elif ext == "odt":
        from odf.opendocument import load
        from odf import teletype
        from odf.text import P
        doc = load(io.BytesIO(blob))
        parts += [teletype.extractText(p) for p in doc.getElementsByType(P)]
    elif ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(blob), data_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float) or isinstance(v, int):
                        parts.append("%.2f" % v)
                    else:
                        parts.append(str(v))
    return "\n".join(parts), widgets


AMT_RE = re.compile(r"(?<![\d])(\d{1,3}(?:[ .\u00a0]\d{3})+|\d+)(?:([.,])(\d{1,2})|,-)?(?![\d])")


def amounts(text):
    out = set()
    for m in AMT_RE.finditer(text):
        ip = re.sub(r"[ .\u00a0]", "", m.group(1))
        dec = m.group(3) or "0"
        try:
            out.add(Decimal(ip) + Decimal("0." + dec.ljust(2, "0")))
        except Exception:
            pass
    return out


def digits_joined(text):
    return re.sub(r"(?<=\d)[\s./\-()]+(?=\d)", "", text)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    bad = 0
    stats = {}
    for half in ("dev", "test"):
        d = os.path.join(ROOT, half)
        truth = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8")]
        assert len(truth) == 20
        for t in truth:
            raw = open(os.path.join(d, t["file"]), "rb").read()
            msg = email.message_from_bytes(raw, policy=policy.default)
            text = msg.get_body(preferencelist=("plain",)).get_content()
            atts = list(msg.iter_attachments())
            assert len(atts) == 1, t["file"]
            a = atts[0]
            at, widgets = att_text(a.get_filename(), a.get_payload(decode=True))
            if t["format"] == "pdf_form":
                assert widgets > 0, t["file"]
            if t["format"] == "pdf_letter":
                assert widgets == 0, t["file"]
            full = text + "\n" + at + "\n" + str(msg["From"])
            nf, dj = norm(full), digits_joined(full)
            am = amounts(full)
            for k, v in t["fields"].items():
                if v is None:
                    continue
                ok = True
                if k == "phone":
                    nat = "0" + v[3:]
                    ok = nat in dj or v in dj.replace(" ", "") or ("00" + v[1:]) in dj
                elif k in ("requested_amount", "total_budget"):
                    ok = Decimal(v) in am
                elif k == "country":
                    ok = True
                else:
                    ok = norm(v) in nf
                if not ok:
                    bad += 1
                    print("MISSING", t["file"], k, v)
            key = (half, t["format"], t["language"])
            stats[key] = stats.get(key, 0) + 1
            assert len(raw) < 300_000
    for k in sorted(stats):
        print(k, stats[k])
    print("problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
