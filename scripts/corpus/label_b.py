#!/usr/bin/env python3
"""Second labeller's tool.
  python3 label_b.py show HELPER [FROM] [COUNT]   -- prints replies to label (thread shown once per thread)
  python3 label_b.py put HELPER < labels.jsonl     -- records {"id": ..., "labels": [...], "unsure": false} lines
  python3 label_b.py left HELPER                   -- how many replies still lack your labels
"""
import json, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["ORAL", "POSTER", "ATTEND", "CORRECTION", "NEWCOMER", "WITHDRAW", "OTHER"]
cmd, helper = sys.argv[1], sys.argv[2]
raw = [json.loads(l) for l in open(os.path.join(HERE, f"raw-{helper}.jsonl")) if l.strip()]
outp = os.path.join(HERE, f"labels-b-{helper}.jsonl")
done = {}
if os.path.exists(outp):
    for l in open(outp):
        if l.strip():
            o = json.loads(l); done[o["id"]] = o
if cmd == "show":
    start = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    last_url = None
    for i, r in enumerate(raw[start:start + count], start):
        if r["url"] != last_url:
            last_url = r["url"]
            print(f"\n======== THREAD {r['url']}  (issue by {r['issue']['author']})\nTITLE: {r['issue']['title']}\nISSUE BODY:\n{r['issue']['body']}\n======== REPLIES")
        print(f"\n--- #{i} id={r['id']} author={r['author']}\n{r['body']}")
elif cmd == "put":
    ids = {r["id"] for r in raw}
    n = 0
    with open(outp, "a", encoding="utf-8") as f:
        for l in sys.stdin:
            if not l.strip():
                continue
            o = json.loads(l)
            if o["id"] not in ids:
                sys.exit(f"unknown id {o['id']}")
            ls = o["labels"]
            if not ls or any(x not in LABELS for x in ls) or ("OTHER" in ls and len(ls) > 1) or ("ATTEND" in ls and ({"ORAL", "POSTER"} & set(ls))):
                sys.exit(f"bad labels for {o['id']}: {ls} (labels.md: non-empty, OTHER alone, no ATTEND with a talk)")
            f.write(json.dumps({"id": o["id"], "labels": ls, "unsure": bool(o.get("unsure", False))}, ensure_ascii=False) + "\n")
            n += 1
    print(f"recorded {n}")
elif cmd == "left":
    left = [i for i, r in enumerate(raw) if r["id"] not in done]
    print(f"{len(left)} of {len(raw)} left; first left index: {left[0] if left else '-'}")
