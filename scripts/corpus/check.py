#!/usr/bin/env python3
"""Prints new / TAKEN / HOLDOUT for each URL given; writes nothing. usage: check.py URL..."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def norm(url):
    url = re.sub(r'#.*$', '', url.strip().rstrip('/'))
    m = re.match(r'^https://github\.com/([^/]+)/([^/]+)/(issues|pull)/(\d+)$', url)
    return f"https://github.com/{m[1]}/{m[2]}/{m[3]}/{m[4]}".lower() if m else None
hold = {norm(l) for l in open(os.path.join(HERE, "holdout.txt")) if l.strip()}
taken = {l.strip().lower() for l in open(os.path.join(HERE, "already-taken.txt")) if l.strip()}
for f in glob.glob(os.path.join(HERE, "raw-*.jsonl")):
    for line in open(f):
        if line.strip():
            taken.add(json.loads(line)["url"].lower())
for u in sys.argv[1:]:
    n = norm(u)
    print(("BAD-URL" if n is None else "HOLDOUT" if n in hold else "TAKEN" if n in taken else "new"), u)
