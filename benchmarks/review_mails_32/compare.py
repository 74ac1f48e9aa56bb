# Compares `intake extract --format jsonl` output (out.jsonl) with truth.jsonl.
import json, re, sys, os
from decimal import Decimal

D = os.path.dirname(os.path.abspath(__file__))
truth = {json.loads(l)["file"]: json.loads(l) for l in open(os.path.join(D, "truth.jsonl"), encoding="utf-8")}
out = {}
for l in open(os.path.join(D, sys.argv[1] if len(sys.argv) > 1 else "out.jsonl"), encoding="utf-8"):
    o = json.loads(l)
    out[os.path.basename(o["file"])] = o

FIELDS = ["organisation", "contact_name", "email", "phone", "address", "postcode", "municipality", "country",
          "project_title", "requested_amount", "total_budget"]


def norm(field, v):
    if v is None:
        return None
    v = str(v).replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    v = re.sub(r"\s+", " ", v).strip()
    if field == "phone":
        return re.sub(r"\D", "", v)
    if field in ("requested_amount", "total_budget"):
        return str(Decimal(v).quantize(Decimal("0.01")))
    if field == "organisation":  # case kept (behaviour 8); a small legal form dropped
        v = re.sub(r"^(vzw|asbl|association)\s+|\s+(vzw|asbl)$", "", v)
        v = re.sub(r",?\s*(association loi 1901|feitelijke vereniging)$", "", v)
        return v
    return v.casefold()


rows, right, wrong, wrong_sure, missing, low_ok = [], 0, 0, 0, 0, []
for f, t in truth.items():
    o = out.get(f)
    if o is None:
        print("NO OUTPUT", f)
        continue
    fields = o.get("fields", {})
    for k in FIELDS:
        tv = t["truth"].get(k)
        okv = {norm(k, tv)} | {norm(k, a) for a in t["accept"].get(k, [])}
        got = fields.get(k)
        gv = got["value"] if got else None
        conf = got["confidence"] if got else None
        if norm(k, gv) in okv:
            if gv is not None or tv is None:
                right += 1
                if k in t["expect_low"] and conf is not None and conf >= 0.8:
                    rows.append((f, k, gv, conf, tv, "right but expected TO CHECK", t["behaviours"]))
            continue
        if gv is None:
            missing += 1
            rows.append((f, k, None, None, tv, "missing", t["behaviours"]))
            continue
        wrong += 1
        if conf >= 0.8:
            wrong_sure += 1
        rows.append((f, k, gv, conf, tv, "WRONG" + (" SURE" if conf >= 0.8 else ""), t["behaviours"]))

for r in rows:
    print(f"{r[0]:42} {r[1]:17} {str(r[2])!r:45} {str(r[3]):5} truth={r[4]!r:40} {r[5]} b={r[6]}")
print(f"\nright {right}, wrong {wrong} (of which >=0.8: {wrong_sure}), missing {missing}, "
      f"total {len(truth) * len(FIELDS)}")
