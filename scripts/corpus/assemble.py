#!/usr/bin/env python3
"""Builds the corpus splits. mode 'work': labels_a (first labeller) for train/dev only, for development.
mode 'final': settled labels (agreed or adjudicated) for all splits."""
import json, glob, sys, os
from split import split_of
mode = sys.argv[1]; outdir = sys.argv[2]
os.makedirs(outdir, exist_ok=True)
ORDER = ["ORAL","POSTER","ATTEND","CORRECTION","NEWCOMER","WITHDRAW","OTHER"]
rows = []
for f in sorted(glob.glob('raw-*.jsonl')):
    rows += [json.loads(l) for l in open(f)]
settled = {}
if mode == 'final':
    for f in glob.glob('settled-*.jsonl'):
        for l in open(f):
            if l.strip():
                o = json.loads(l); settled[o['id']] = o
shared = [json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'corpus', 'real-replies-zh.jsonl'))]
out = {"train": [], "dev": [], "test": []}
excluded = {l.strip() for l in open('excluded-threads.txt') if l.strip()}
for r in rows:
    if r['url'] in excluded:
        continue
    s = split_of(r['url'])
    if mode == 'work':
        if s == 'test':
            continue
        labels = r['labels_a']
    else:
        if r['id'] not in settled:
            continue
        labels = settled[r['id']]['labels']
    o = {"id": r['id'], "body": r['body'], "author": r['author'], "labels": sorted(labels, key=ORDER.index),
         "url": r['url'], "lang": r['lang'],
         "issue": {"title": r['issue']['title'], "body": r['issue']['body'], "author": r['issue']['author'], "url": r['url']}}
    if mode == 'final':
        st = settled[r['id']]
        o["labellers"] = {"a": r['labels_a'], "b": st['b']}
        if st.get('how') != 'agreed':
            o["settled"] = st.get('how')
        if st.get('accept'):
            o["accept"] = st['accept']
    out[s].append(o)
for r in shared:
    if r['issue']['url'] in excluded:
        continue
    o = {"id": r['id'], "body": r['body'], "author": r['author'], "labels": r['labels'], "url": r['issue']['url'],
         "lang": "zh", "issue": {"title": r['issue']['title'], "body": r['issue']['body'], "author": "", "url": r['issue']['url']}}
    if r.get('accept'):
        o['accept'] = r['accept']
    out["train"].append(o)
for s, lst in out.items():
    with open(os.path.join(outdir, f"{s}.jsonl"), "w") as f:
        for o in lst:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(s, len(lst), "replies", len({o['url'] for o in lst}), "threads")
