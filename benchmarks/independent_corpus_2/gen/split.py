# -*- coding: utf-8 -*-
"""Split /work/corpus/fresh/out into dev/ and test/ halves, seeded and balanced per format."""
import json, os, random, shutil, collections
BASE = "/work/corpus/fresh"
OUT = os.path.join(BASE, "out")
rng = random.Random(4242)
truth = [json.loads(l) for l in open(os.path.join(OUT, "truth_all.jsonl"), encoding="utf8")]
by = collections.defaultdict(list)
for t in truth:
    by[t["format"]].append(t)
halves = {"dev": [], "test": []}
for i, fmt in enumerate(sorted(by)):
    lst = sorted(by[fmt], key=lambda t: t["file"])
    rng.shuffle(lst)
    n = len(lst) // 2 + (len(lst) % 2 if i % 2 else 0)
    halves["dev"] += lst[:n]; halves["test"] += lst[n:]
for h, lst in halves.items():
    d = os.path.join(BASE, h)
    if os.path.isdir(d): shutil.rmtree(d)
    os.makedirs(d)
    lst.sort(key=lambda t: t["file"])
    with open(os.path.join(d, "truth.jsonl"), "w", encoding="utf8") as f:
        for t in lst:
            shutil.copy(os.path.join(OUT, t["file"]), os.path.join(d, t["file"]))
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(h, len(lst))
