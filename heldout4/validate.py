#!/usr/bin/env python3
"""Validate heldout4/claims.jsonl against heldout4/docs/. Run from this folder: python3 validate.py"""
import collections, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['doc', 'paragraph', 'text', 'speaker', 'attributed', 'companies', 'type', 'stance', 'counters']
TYPES = {'claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context'}
STANCES = {'bullish', 'bearish', 'neutral'}
errors = []


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


recs = []
with open(os.path.join(HERE, 'claims.jsonl'), encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            errors.append('line %d: bad JSON: %s' % (i, e)); continue
        if list(r.keys()) != KEYS:
            errors.append('line %d: keys %s' % (i, list(r.keys())))
        if r['type'] not in TYPES: errors.append('line %d: type %r' % (i, r['type']))
        if r['stance'] not in STANCES: errors.append('line %d: stance %r' % (i, r['stance']))
        if not isinstance(r['attributed'], bool): errors.append('line %d: attributed not bool' % i)
        if r['speaker'] is None and r['attributed']: errors.append('line %d: attributed with null speaker' % i)
        if not isinstance(r['paragraph'], int) or r['paragraph'] < 1: errors.append('line %d: paragraph' % i)
        c = r['companies']
        if not isinstance(c, list) or c != sorted(set(c)): errors.append('line %d: companies not sorted/unique' % i)
        if r['counters'] is not None and r['type'] != 'counterclaim':
            errors.append('line %d: counters on a %s' % (i, r['type']))
        if not r['doc'].startswith('heldout4/docs/'): errors.append('line %d: doc path' % i)
        r['_line'] = i
        recs.append(r)

bydoc = collections.OrderedDict()
for r in recs:
    bydoc.setdefault(r['doc'], []).append(r)

files = sorted(os.listdir(os.path.join(HERE, 'docs')))
for fn in files:
    if 'heldout4/docs/' + fn not in bydoc:
        errors.append('%s: no labels' % fn)

for doc, rs in bydoc.items():
    path = os.path.join(HERE, 'docs', doc.split('/')[-1])
    if not os.path.exists(path):
        errors.append('%s: file missing' % doc); continue
    raw = open(path, encoding='utf-8').read()
    body = norm(html.unescape(raw) if path.endswith('.html') else raw)
    if not 25 <= len(rs) <= 35:
        errors.append('%s: %d sentences' % (doc, len(rs)))
    seen, pos, lastp = set(), 0, 0
    for r in rs:
        t = norm(r['text'])
        if t != r['text']: errors.append('line %d: text not whitespace-normalised' % r['_line'])
        if t in seen: errors.append('line %d: duplicate sentence' % r['_line'])
        j = body.find(t, pos)
        if j < 0:
            errors.append('line %d: text not found in order in %s: %s' % (r['_line'], doc, t[:60]))
        else:
            pos = j + len(t)
        if r['paragraph'] < lastp: errors.append('line %d: paragraph goes backwards' % r['_line'])
        lastp = r['paragraph']
        if r['counters'] is not None and r['counters'] not in seen:
            errors.append('line %d: counters is not an earlier sentence of %s' % (r['_line'], doc))
        seen.add(t)

if errors:
    print('\n'.join(errors)); print('%d errors' % len(errors)); sys.exit(1)
print('OK: %d documents, %d sentences' % (len(bydoc), len(recs)))
