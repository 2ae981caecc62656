#!/usr/bin/env python3
"""Validate heldout8 claims.jsonl against docs/ (run in this folder)."""
import json, html, os, re, sys, glob
KEYS = ['doc', 'paragraph', 'text', 'speaker', 'attributed', 'companies', 'type', 'stance', 'counters']
TYPES = {'claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context'}
STANCES = {'bullish', 'bearish', 'neutral'}
here = os.path.dirname(os.path.abspath(__file__))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
errs = []; bydoc = {}
for i, line in enumerate(open(os.path.join(here, 'claims.jsonl'), encoding='utf-8'), 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f'line {i}: bad JSON {e}'); continue
    if list(r) != KEYS: errs.append(f'line {i}: keys {list(r)}')
    if r['type'] not in TYPES: errs.append(f'line {i}: type {r["type"]}')
    if r['stance'] not in STANCES: errs.append(f'line {i}: stance {r["stance"]}')
    if not isinstance(r['attributed'], bool): errs.append(f'line {i}: attributed not bool')
    if r['attributed'] and r['speaker'] is None: errs.append(f'line {i}: attributed with null speaker')
    if r['companies'] != sorted(set(r['companies'])): errs.append(f'line {i}: companies not sorted/unique')
    if not isinstance(r['paragraph'], int) or r['paragraph'] < 1: errs.append(f'line {i}: paragraph')
    if not r['doc'].startswith('heldout8/docs/'): errs.append(f'line {i}: doc path')
    bydoc.setdefault(r['doc'], []).append((i, r))
docs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(here, 'docs', '*')))
for d in docs:
    if 'heldout8/docs/' + d not in bydoc: errs.append(f'{d}: no labels')
for doc, rows in bydoc.items():
    path = os.path.join(here, 'docs', os.path.basename(doc))
    if not os.path.exists(path): errs.append(f'{doc}: missing file'); continue
    raw = open(path, encoding='utf-8').read()
    text = norm(html.unescape(raw))
    if not (25 <= len(rows) <= 35): errs.append(f'{doc}: {len(rows)} sentences')
    pos = 0; seen = []; lastp = 0
    for i, r in rows:
        t = norm(r['text'])
        j = text.find(t, pos)
        if j < 0:
            errs.append(f'line {i}: text not found in order in {doc}: {t[:70]}')
        else: pos = j + len(t)
        if t in seen: errs.append(f'line {i}: duplicate sentence')
        if r['paragraph'] < lastp: errs.append(f'line {i}: paragraph goes back')
        lastp = r['paragraph']
        if r['counters'] is not None:
            if r['type'] != 'counterclaim': errs.append(f'line {i}: counters on non-counterclaim')
            if r['counters'] not in seen: errs.append(f'line {i}: counters not an earlier sentence: {r["counters"][:60]}')
        seen.append(t)
print('\n'.join(errs) if errs else f'OK: {sum(len(v) for v in bydoc.values())} sentences in {len(bydoc)} documents')
sys.exit(1 if errs else 0)
