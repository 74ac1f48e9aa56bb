# Builds .eml + truth, verifies truth text against soffice txt export (+ header XML), splits dev/test; seeded.
import json, os, random, zipfile, re, unicodedata
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta
G = os.path.dirname(os.path.abspath(__file__)); B = os.path.join(G, "build"); W = os.path.dirname(G)
R = random.Random(4242)
cases = json.load(open(os.path.join(B, "cases.json")))
from make_sources import nl_money, fr_money
def norm(t): return unicodedata.normalize("NFC", t).replace("\u00a0", " ").replace("\u202f", " ")
def doc_text(path, txt):
    t = open(txt, encoding="utf-8-sig").read()
    z = zipfile.ZipFile(path)
    for n in z.namelist():
        if n in ("styles.xml",) or n.startswith("word/header"):
            t += "\n" + re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8")).replace("&apos;", "'").replace("&amp;", "&").replace("&quot;", '"')
    return norm(t)
errs = 0; rows = []
for c in cases:
    name = f"{c['lang']}-{c['idx']+1:03d}"
    ext = "odt" if c["fmt"] == "odt" else "docx"
    att = os.path.join(B, ext, name + "." + ext)
    text = doc_text(att, os.path.join(B, "txt", name + ".txt"))
    f = {}
    if c["org"]: f["organisation"] = c["org"]
    f["contact_name"] = c["name"]; f["email"] = c["email"]; f["phone"] = c["pe164"]
    f["address"] = c["street"]; f["postcode"] = c["pc"]; f["municipality"] = c["city"]
    f["country"] = "BE" if c["lang"] == "nl" else "FR"
    if c["has_title"]: f["project_title"] = c["ptitle"]
    f["requested_amount"] = f"{c['req']:.2f}"; f["total_budget"] = f"{c['total']:.2f}"
    money = nl_money if c["lang"] == "nl" else fr_money
    checks = [v for k, v in f.items() if k not in ("phone", "country", "requested_amount", "total_budget")] + [c["pdisp"], money(c["req"], c["mstyle"]), money(c["total"], c["mstyle"])]
    for v in checks:
        if norm(v) not in text: print("MISSING", name, repr(v)); errs += 1
    m = EmailMessage()
    fromname = c["name"] if R.random() < 0.7 or not c["org"] else c["org"]
    m["From"] = f'"{fromname}" <{c["email"]}>'; m["To"] = "coordinator@example.org"
    m["Subject"] = R.choice(["Aanvraag Maak werk van je buurt", "Projectoproep Maak werk van je buurt!", "kandidatuur projectoproep", "aanvraag"] if c["lang"] == "nl" else ["Candidature appel à projets Maak werk van je buurt", "Appel à projets - candidature", "Demande de subvention", "projet"])
    y, mo, d = map(int, c["date"].split("-"))
    dt = datetime(y, mo, d, R.randint(7, 22), R.randint(0, 59), R.randint(0, 59), tzinfo=timezone(timedelta(hours=2)))
    m["Date"] = format_datetime(dt); m["Message-ID"] = make_msgid(domain=c["email"].split("@")[1])
    body = R.choice(["Beste,\n\nIn bijlage onze aanvraag voor de projectoproep.\n\nGroeten,\n" + c["name"].split()[0],
                     "Goedendag,\n\nHierbij stuur ik onze brief met het projectidee.\n\nMvg\n" + c["name"]]) if c["lang"] == "nl" else \
           R.choice(["Bonjour,\n\nVeuillez trouver ci-joint notre lettre de candidature.\n\nCordialement,\n" + c["name"],
                     "Madame, Monsieur,\n\nVous trouverez en pièce jointe notre projet.\n\nBien à vous,\n" + c["name"].split()[0]])
    m.set_content(body)
    fname = R.choice(["aanvraag", "brief", "projectidee", "kandidatuur"] if c["lang"] == "nl" else ["candidature", "lettre", "projet", "demande"]) + "_" + re.sub(r"[^A-Za-z0-9]", "_", unicodedata.normalize("NFKD", c["city"]).encode("ascii", "ignore").decode()) + "." + ext
    mt = ("application", "vnd.oasis.opendocument.text") if ext == "odt" else ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
    m.add_attachment(open(att, "rb").read(), maintype=mt[0], subtype=mt[1], filename=fname)
    rows.append((c, {"file": name + ".eml", "format": c["fmt"], "language": c["lang"], "fields": f}, bytes(m)))
# split 50/50 balanced per (lang, format)
S = random.Random(7)
for half in ("dev", "test"):
    for fn in os.listdir(os.path.join(W, half)): os.remove(os.path.join(W, half, fn))
groups = {}
for r in rows: groups.setdefault((r[0]["lang"], r[0]["fmt"]), []).append(r)
out = {"dev": [], "test": []}
for k in sorted(groups):
    g = groups[k]; S.shuffle(g); h = len(g) // 2
    out["dev"] += g[:h]; out["test"] += g[h:]
for half, rs in out.items():
    rs.sort(key=lambda r: r[1]["file"])
    with open(os.path.join(W, half, "truth.jsonl"), "w") as tf:
        for c, t, raw in rs:
            open(os.path.join(W, half, t["file"]), "wb").write(raw); tf.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(half, len(rs), {k: sum(1 for r in rs if (r[0]["lang"], r[0]["fmt"]) == k) for k in sorted(groups)})
print("verification errors:", errs)
