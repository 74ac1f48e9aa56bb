"""Generate /work/corpus/judgement2 (second, independent mailbox corpus). Run with /work/main/.venv/bin/python."""
import os, sys, json, random, hashlib, shutil, datetime as dt, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from email.utils import format_datetime
import lib
from lib import build, BRU_OPEN, DEADLINE
import scen1, scen2, scen3, scen4, scen5, scen6  # noqa: registers into scen1.S
S = scen1.S
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = int(os.environ.get("SEED", "2019"))
KINDS = ["application", "follow_up", "new_idea", "changed_values", "inquiry", "auto_reply", "bounce", "out_of_scope", "withdrawal"]

rng = random.Random(SEED)
keys = sorted(S)
rng.shuffle(keys)
scen = {}
for i, k in enumerate(keys, 1):
    sid = "s%02d" % i
    msgs = S[k]()
    for j in range(1, len(msgs)):
        assert msgs[j].date >= msgs[j - 1].date, (k, j)
    scen[sid] = msgs

def utc(d): return d.astimezone(dt.timezone.utc)

# flags, labels
allm = []
for sid, msgs in scen.items():
    for j, m in enumerate(msgs, 1):
        m.sid, m.mm, m.file = sid, j, "%s/%02d.eml" % (sid, j)
        m.label = ("%s-%s" % (sid, m.proj)) if m.proj else None
        m.before = utc(m.date) < BRU_OPEN
        m.mid = "<%s.%s@%s>" % (hashlib.sha1(("%s%s%d" % (SEED, sid, j)).encode()).hexdigest()[:16],
                                 m.date.strftime("%Y%m%d%H%M"), (re.search(r"@([\w.-]+)", m.frm).group(1).lower() if m.bounce is None else "mx.partons.example.org"))
        allm.append(m)
late_labels = {m.label for m in allm if m.kind in ("application", "new_idea") and utc(m.date) > DEADLINE}
for m in allm:
    m.late = m.label in late_labels
allm.sort(key=lambda m: (utc(m.date), m.sid, m.mm))

# receipts: every application / new_idea that is neither before_call nor late, in arrival order
rec = {}
n = 0
for m in allm:
    if m.kind in ("application", "new_idea") and not m.before and not m.late:
        n += 1
        ref = "MWB-2019-%03d" % n
        rd = m.date + dt.timedelta(minutes=1)
        fr = m.lang == "fr"
        title = m.title
        rec[m.label] = dict(ref=ref, title=title, mid="<receipt-%s@partons.example.org>" % ref,
                            subj=("Accusé de réception %s : %s" if fr else "Ontvangstbevestiging %s: %s") % (ref, title),
                            date=(rd.strftime("%d/%m/%Y à %H:%M") if fr else rd.strftime("%d-%m-%Y om %H:%M")),
                            dateh=format_datetime(rd))

def resolve(s, sid):
    if not isinstance(s, str):
        return s
    def rep(mo):
        what, p = mo.group(1), "%s-%s" % (sid, mo.group(2))
        r = rec[p]
        return {"REF": r["ref"], "RTITLE": r["title"], "RDATE": r["date"], "RMID": r["mid"],
                "RSUBJ": r["subj"], "RDATEH": r["dateh"]}[what]
    return re.sub(r"\{(REF|RTITLE|RDATE|RMID|RSUBJ|RDATEH):([a-z])\}", rep, s)

# build
for half in ("dev", "test"):
    shutil.rmtree(os.path.join(OUT, half), ignore_errors=True)

# split: seeded, every kind in both halves, roughly half each
sids = sorted(scen)
def kinds_of(ss): return {m.kind for s in ss for m in scen[s]}
for attempt in range(10000):
    r = random.Random(SEED * 1000 + attempt)
    sh = sids[:]; r.shuffle(sh)
    dev = set(sh[: len(sh) // 2]); test = set(sh[len(sh) // 2:])
    nd = sum(len(scen[s]) for s in dev); nt = sum(len(scen[s]) for s in test)
    amb_d = sum(m.amb for s in dev for m in scen[s]); amb_t = sum(m.amb for s in test for m in scen[s])
    fl = lambda ss, a: sum(getattr(m, a) for s in ss for m in scen[s])
    if (kinds_of(dev) == set(KINDS) == kinds_of(test) and abs(nd - nt) <= 8 and amb_d and amb_t
            and fl(dev, "late") and fl(test, "late") and fl(dev, "before") and fl(test, "before")
            and all(min(sum(m.kind == k for s in dev for m in scen[s]), sum(m.kind == k for s in test for m in scen[s]))
                    >= 0.3 * sum(m.kind == k for s in sids for m in scen[s]) for k in KINDS if k not in ("new_idea", "bounce", "withdrawal"))):
        break
else:
    raise SystemExit("no split")
half_of = {s: ("dev" if s in dev else "test") for s in sids}

truth = {"dev": [], "test": []}
for m in allm:
    sid = m.sid
    prev = scen[sid][m.mm - 2] if m.mm > 1 else None
    irt, refs = None, []
    if m.irt and m.irt.startswith("rcpt:"):
        r = rec["%s-%s" % (sid, m.irt[5:])]
        irt, refs = r["mid"], [r["mid"]]
    elif m.irt == "prev":
        irt, refs = prev.mid, [prev.mid]
    elif m.irt == "ans":
        irt = "<ans-%s-%02d@partons.example.org>" % (sid, m.mm)
        refs = [irt]
    m.subj = resolve(m.subj, sid); m.body = resolve(m.body, sid)
    if m.bounce:
        m.bounce = {k: resolve(v, sid) for k, v in m.bounce.items()}
    data = build(m, m.mid, irt, refs)
    h = half_of[sid]
    path = os.path.join(OUT, h, m.file)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "wb").write(data)
    t = {"scenario": sid, "file": m.file, "date": m.date.isoformat(), "kind": m.kind, "language": m.lang,
         "project": m.label}
    if m.kind == "changed_values":
        t["changed"] = m.changed
    if m.before: t["before_call"] = True
    if m.late: t["late"] = True
    if m.amb: t["ambiguous"] = True
    t["note"] = m.note
    truth[h].append(t)

for h in ("dev", "test"):
    with open(os.path.join(OUT, h, "truth.jsonl"), "w") as f:
        for t in truth[h]:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    open(os.path.join(OUT, h, "READY"), "w").write("ready\n")

# README
def cnt(h, pred): return sum(1 for t in truth[h] if pred(t))
rows = []
for k in KINDS:
    a, b = cnt("dev", lambda t: t["kind"] == k), cnt("test", lambda t: t["kind"] == k)
    rows.append("| %s | %d | %d | %d |" % (k, a, b, a + b))
a, b = len(truth["dev"]), len(truth["test"])
rows.append("| **all** | %d | %d | %d |" % (a, b, a + b))
frows = []
def fr(name, pred):
    a, b = cnt("dev", pred), cnt("test", pred)
    frows.append("| %s | %d | %d | %d |" % (name, a, b, a + b))
fr("before_call", lambda t: t.get("before_call"))
fr("late", lambda t: t.get("late"))
fr("ambiguous", lambda t: t.get("ambiguous"))
fr("project-related (project not null)", lambda t: t["project"] is not None)
sd = {h: sorted({t["scenario"] for t in truth[h]}) for h in truth}
pd = {h: {t["project"] for t in truth[h] if t["project"]} for h in truth}
frows.append("| scenarios | %d | %d | %d |" % (len(sd["dev"]), len(sd["test"]), len(sd["dev"]) + len(sd["test"])))
frows.append("| distinct projects | %d | %d | %d |" % (len(pd["dev"]), len(pd["test"]), len(pd["dev"]) + len(pd["test"])))
for L in ("nl", "fr", "en"):
    fr("language " + L, lambda t, L=L: t["language"] == L)
fmt = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.template.md")).read()
readme = (fmt.replace("@DEV@", ", ".join(sd["dev"])).replace("@TEST@", ", ".join(sd["test"]))
          .replace("@KINDROWS@", "\n".join(rows)).replace("@FLAGROWS@", "\n".join(frows)).replace("@NREC@", str(n)))
open(os.path.join(OUT, "README.md"), "w").write(readme)
print("messages", a + b, "dev", a, "test", b, "receipts", n, "split attempt", attempt)
