"""Independent check: read each attachment back with other readers (soffice txt export for
odt/docx/doc; pdftotext + pypdf field values for pdf) and check every truth value appears."""
import email
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TMP = os.path.join(ROOT, "build", "verify")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ").replace("\r", "")
    return re.sub(r"\s+", " ", s).casefold()


def amount_ok(text, val):
    v = float(val)
    i = int(v)
    cents = round((v - i) * 100)
    digits = str(i)
    # allow thousands separators . , space between digits
    pat = r"(?<![\d.,])" + r"[ .,\u00a0\u202f]?".join(digits)
    if cents:
        pat += r"[.,]" + f"{cents:02d}"
    else:
        pat += r"(?![\d])(?:[.,]00|,-)?(?![.,]?\d)"
    return re.search(pat, text) is not None


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    truths = []
    for half in ("dev", "test"):
        for line in open(os.path.join(ROOT, half, "truth.jsonl"), encoding="utf-8"):
            t = json.loads(line)
            t["half"] = half
            truths.append(t)
    files = {}
    for t in truths:
        with open(os.path.join(ROOT, t["half"], t["file"]), "rb") as f:
            m = email.message_from_binary_file(f, policy=email.policy.default)
        atts = list(m.iter_attachments())
        assert len(atts) == 1, t["file"]
        a = atts[0]
        ext = a.get_filename().rsplit(".", 1)[1]
        p = os.path.join(TMP, t["file"][:-4] + "." + ext)
        with open(p, "wb") as f:
            f.write(a.get_content())
        files[t["file"]] = (p, ext, m)
    office = [p for p, ext, m in files.values() if ext in ("odt", "docx", "doc")]
    subprocess.run(["soffice", f"-env:UserInstallation=file://{TMP}/prof", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", os.path.join(TMP, "txt")] + office,
                   capture_output=True, check=True)
    from pypdf import PdfReader
    bad = 0
    for t in truths:
        p, ext, m = files[t["file"]]
        base = os.path.basename(p).rsplit(".", 1)[0]
        if ext == "pdf":
            txt = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
            flds = PdfReader(p).get_fields() or {}
            txt += "\n" + "\n".join(str(v.get("/V", "")) for v in flds.values())
            if t["format"] == "pdf_form":
                assert flds and any(v.get("/V") for v in flds.values()), t["file"]
        else:
            txt = open(os.path.join(TMP, "txt", base + ".txt"), encoding="utf-8-sig").read()
        n = norm(txt)
        digits = re.sub(r"\D", "", txt)
        problems = []
        for k, v in t["fields"].items():
            if k in ("requested_amount", "total_budget"):
                ok = amount_ok(txt, v) or amount_ok(txt.replace(" ", ""), v)
            elif k == "phone":
                nsn = v[3:]
                ok = nsn in digits
            elif k == "country":
                ok = (v == "BE") == (len(t["fields"]["postcode"]) == 4)
            elif k == "contact_name":
                ok = all(norm(x) in n for x in v.split())
            elif k == "email" and norm(v) not in n:
                # the applicant's own address may come from From when the form leaves it empty
                ok = v in str(m["From"])
            else:
                ok = norm(v) in n
            if not ok:
                problems.append(f"{k}={v!r}")
        if problems:
            bad += 1
            print(t["half"], t["file"], t["format"], "MISSING:", "; ".join(problems))
    print(f"checked {len(truths)} cases, {bad} with problems")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
