#!/usr/bin/env python3
import json, glob, collections, sys
d = sys.argv[1]
ORDER = ["ORAL","POSTER","ATTEND","CORRECTION","NEWCOMER","WITHDRAW","OTHER"]
tot = collections.Counter(); thr = set(); langs = collections.Counter(); labels = collections.Counter()
agree = n2 = 0; settled = accept = 0; per = {}
for s in ["train","dev","test"]:
    rows = [json.loads(l) for l in open(f"{d}/{s}.jsonl")]
    t = {r['url'] for r in rows}
    lab = collections.Counter(l for r in rows for l in r['labels'])
    per[s] = (len(rows), len(t), lab)
    for r in rows:
        thr.add(r['url']); langs[r.get('lang','?')] += 1
        for l in r['labels']: labels[l] += 1
        if 'labellers' in r:
            n2 += 1
            agree += sorted(r['labellers']['a']) == sorted(r['labellers']['b'])
            settled += 'settled' in r
            accept += 'accept' in r
print("replies", sum(v[0] for v in per.values()), "threads", len(thr))
for s,(n,t,lab) in per.items():
    print(f"  {s}: {n} replies, {t} threads, " + ", ".join(f"{l} {lab[l]}" for l in ORDER))
print("languages", dict(langs))
print("labels", {l: labels[l] for l in ORDER})
print(f"double-labelled {n2}, agreed {agree} ({agree/n2:.3f}), settled {settled}, with accept {accept}")
