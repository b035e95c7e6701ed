#!/usr/bin/env python3
"""Adds one harvested thread to raw-<helper>.jsonl after checking it.

usage: python3 /work/harvest/add.py HELPER_NAME < thread.json
thread.json: {"url", "title", "issue_author", "issue_body", "issue_truncated", "lang", "kind",
              "replies": [{"author", "date", "body", "labels_a": [...], "unsure_a": false}]}
"""
import json, re, sys, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"ORAL", "POSTER", "ATTEND", "CORRECTION", "NEWCOMER", "WITHDRAW", "OTHER"}

def norm(url):
    url = url.strip().rstrip('/')
    url = re.sub(r'#.*$', '', url)
    m = re.match(r'^https://github\.com/([^/]+)/([^/]+)/(issues|pull)/(\d+)$', url)
    if not m:
        sys.exit(f"REJECTED: url must look like https://github.com/OWNER/REPO/issues/N (or /pull/N): {url}")
    return f"https://github.com/{m[1]}/{m[2]}/{m[3]}/{m[4]}"

def main():
    helper = sys.argv[1]
    t = json.load(sys.stdin)
    url = norm(t["url"])
    holdout = {norm(l) for l in open(os.path.join(HERE, "holdout.txt")) if l.strip()}
    if url.lower() in {h.lower() for h in holdout}:
        sys.exit(f"REJECTED: {url} is a HELD-OUT thread. Never use it; do not label it; forget its text.")
    taken = {l.strip().lower() for l in open(os.path.join(HERE, "already-taken.txt")) if l.strip()}
    for f in glob.glob(os.path.join(HERE, "raw-*.jsonl")):
        for line in open(f):
            if line.strip():
                taken.add(json.loads(line)["url"].lower())
    if url.lower() in taken:
        sys.exit(f"REJECTED: {url} was already harvested (by you or another helper). Skip it.")
    owner_repo_n = url.replace("https://github.com/", "").replace("/issues/", "#").replace("/pull/", "#")
    replies = t["replies"]
    if not replies:
        sys.exit("REJECTED: no replies")
    out = []
    for k, r in enumerate(replies):
        labels = r["labels_a"]
        bad = [x for x in labels if x not in LABELS]
        if bad or not labels:
            sys.exit(f"REJECTED: reply {k}: labels must be a non-empty subset of {sorted(LABELS)}: {labels}")
        if "OTHER" in labels and len(labels) > 1:
            sys.exit(f"REJECTED: reply {k}: OTHER only when nothing else applies: {labels}")
        if "ATTEND" in labels and ("ORAL" in labels or "POSTER" in labels):
            sys.exit(f"REJECTED: reply {k}: a talk sign-up never comes with ATTEND (labels.md): {labels}")
        if not r["body"].strip():
            sys.exit(f"REJECTED: reply {k}: empty body")
        out.append({
            "id": f"{owner_repo_n}-{k}",
            "body": r["body"],
            "author": r["author"],
            "date": r.get("date", ""),
            "labels_a": sorted(set(labels), key=lambda x: ["ORAL","POSTER","ATTEND","CORRECTION","NEWCOMER","WITHDRAW","OTHER"].index(x)),
            "unsure_a": bool(r.get("unsure_a", False)),
            "url": url,
            "lang": t.get("lang", ""),
            "kind": t.get("kind", ""),
            "issue": {"title": t["title"], "body": t["issue_body"], "author": t.get("issue_author", ""),
                      "truncated": bool(t.get("issue_truncated", False)), "url": url},
            "harvester": helper,
        })
    with open(os.path.join(HERE, f"raw-{helper}.jsonl"), "a", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    total = sum(1 for _ in open(os.path.join(HERE, f"raw-{helper}.jsonl")))
    threads = len({json.loads(l)["url"] for l in open(os.path.join(HERE, f"raw-{helper}.jsonl"))})
    print(f"OK: added {len(out)} replies from {url}; you now have {total} replies from {threads} threads")

main()
