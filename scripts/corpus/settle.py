#!/usr/bin/env python3
"""Settles the two labellers' labels.
  settle.py agree HELPER            -- writes agreed replies to settled-HELPER.jsonl, prints agreement
  settle.py show HELPER FROM COUNT  -- disagreements with thread, both label sets (for the adjudicator)
  settle.py put HELPER < FILE       -- {"id", "labels", "reason", "accept": [[...]] (optional)} lines
  settle.py left HELPER
"""
import json, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["ORAL", "POSTER", "ATTEND", "CORRECTION", "NEWCOMER", "WITHDRAW", "OTHER"]
cmd, helper = sys.argv[1], sys.argv[2]
raw = [json.loads(l) for l in open(os.path.join(HERE, f"raw-{helper}.jsonl")) if l.strip()]
b = {}
for l in open(os.path.join(HERE, f"labels-b-{helper}.jsonl")):
    if l.strip():
        o = json.loads(l); b[o["id"]] = o
outp = os.path.join(HERE, f"settled-{helper}.jsonl")
settled = {}
if os.path.exists(outp):
    for l in open(outp):
        if l.strip():
            o = json.loads(l); settled[o["id"]] = o
def key(ls): return sorted(set(ls), key=LABELS.index)
dis = [r for r in raw if r["id"] in b and key(r["labels_a"]) != key(b[r["id"]]["labels"])]
if cmd == "agree":
    n = agree = 0
    with open(outp, "a") as f:
        for r in raw:
            if r["id"] not in b:
                continue
            n += 1
            if key(r["labels_a"]) == key(b[r["id"]]["labels"]):
                agree += 1
                if r["id"] not in settled:
                    f.write(json.dumps({"id": r["id"], "labels": key(r["labels_a"]), "b": key(b[r["id"]]["labels"]), "how": "agreed"}, ensure_ascii=False) + "\n")
    print(f"{helper}: {agree}/{n} agreed = {agree/max(n,1):.3f}; {len(dis)} to settle")
elif cmd == "show":
    start = int(sys.argv[3]); count = int(sys.argv[4])
    last = None
    for i, r in enumerate(dis[start:start+count], start):
        if r["url"] != last:
            last = r["url"]
            print(f"\n======== THREAD {r['url']} (issue by {r['issue']['author']})\nTITLE: {r['issue']['title']}\nISSUE BODY:\n{r['issue']['body'][:3000]}\n======== REPLIES")
        print(f"\n--- #{i} id={r['id']} author={r['author']}\n{r['body']}\n>>> labeller A: {key(r['labels_a'])}{' (unsure)' if r.get('unsure_a') else ''}   labeller B: {key(b[r['id']]['labels'])}{' (unsure)' if b[r['id']].get('unsure') else ''}")
elif cmd == "put":
    ids = {r["id"]: r for r in dis}
    n = 0
    with open(outp, "a") as f:
        for l in sys.stdin:
            if not l.strip():
                continue
            o = json.loads(l)
            if o["id"] not in ids:
                sys.exit(f"{o['id']} is not a disagreement of {helper}")
            ls = o["labels"]
            if not ls or any(x not in LABELS for x in ls) or ("OTHER" in ls and len(ls) > 1) or ("ATTEND" in ls and ({"ORAL","POSTER"} & set(ls))):
                sys.exit(f"bad labels {ls} for {o['id']}")
            if not o.get("reason"):
                sys.exit(f"give a reason for {o['id']}")
            rec = {"id": o["id"], "labels": key(ls), "b": key(b[o["id"]]["labels"]), "how": "settled: " + o["reason"]}
            if o.get("accept"):
                rec["accept"] = [key(a) for a in o["accept"]]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n"); n += 1
    print(f"recorded {n}")
elif cmd == "left":
    left = [i for i, r in enumerate(dis) if r["id"] not in settled]
    print(f"{len(left)} of {len(dis)} disagreements left; first index {left[0] if left else '-'}")
