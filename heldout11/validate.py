#!/usr/bin/env python3
"""Checker for the eleventh held-out claim set. Run: python3 validate.py (in this folder)."""
import html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['doc', 'paragraph', 'text', 'speaker', 'attributed', 'companies', 'type', 'stance', 'counters']
TYPES = {'claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context'}
STANCES = {'bullish', 'bearish', 'neutral'}
errors = []


def err(msg):
    errors.append(msg)


def norm(t):
    return re.sub(r'\s+', ' ', t).strip()


def doc_text(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'(?s)<[^>]+>', ' ', raw)
        raw = html.unescape(raw)
    return norm(raw)


rows = []
with open(os.path.join(HERE, 'claims.jsonl'), encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            err('line %d: bad JSON (%s)' % (i, e))
            continue
        if list(o) != KEYS:
            err('line %d: keys %s' % (i, list(o)))
            continue
        rows.append((i, o))

by_doc = {}
for i, o in rows:
    if not o['doc'].startswith('heldout11/docs/'):
        err('line %d: doc path %s' % (i, o['doc']))
    if not isinstance(o['paragraph'], int) or o['paragraph'] < 1:
        err('line %d: paragraph' % i)
    if not isinstance(o['text'], str) or not o['text'].strip() or o['text'] != norm(o['text']):
        err('line %d: text empty or not normalised' % i)
    if o['speaker'] is not None and (not isinstance(o['speaker'], str) or not o['speaker'].strip()):
        err('line %d: speaker' % i)
    if not isinstance(o['attributed'], bool):
        err('line %d: attributed not bool' % i)
    if o['attributed'] and o['speaker'] is None:
        err('line %d: attributed with null speaker' % i)
    c = o['companies']
    if not isinstance(c, list) or c != sorted(set(c)) or not all(isinstance(x, str) and x for x in c):
        err('line %d: companies not sorted/unique' % i)
    if o['type'] not in TYPES:
        err('line %d: type %s' % (i, o['type']))
    if o['stance'] not in STANCES:
        err('line %d: stance %s' % (i, o['stance']))
    if o['type'] != 'counterclaim' and o['counters'] is not None:
        err('line %d: counters on a non-counterclaim' % i)
    by_doc.setdefault(o['doc'], []).append((i, o))

docdir = os.path.join(HERE, 'docs')
files = sorted(os.listdir(docdir))
for fn in files:
    if 'heldout11/docs/' + fn not in by_doc:
        err('document not labelled: %s' % fn)
for d, lst in by_doc.items():
    fn = os.path.join(docdir, d.split('/')[-1])
    if not os.path.exists(fn):
        err('%s: no such document' % d)
        continue
    if not 25 <= len(lst) <= 35:
        err('%s: %d sentences (want 25-35)' % (d, len(lst)))
    body = doc_text(fn)
    pos, seen, lastp = 0, [], 0
    for i, o in lst:
        t = norm(o['text'])
        k = body.find(t, pos)
        if k < 0:
            err('line %d: text not found in order in %s: %s' % (i, d, t[:70]))
        else:
            pos = k + len(t)
        if o['paragraph'] < lastp:
            err('line %d: paragraph number goes back' % i)
        lastp = o['paragraph']
        if o['counters'] is not None and o['counters'] not in seen:
            err('line %d: counters is not an earlier sentence of the same document' % i)
        if o['text'] in seen:
            err('line %d: duplicate sentence in document' % i)
        seen.append(o['text'])

if errors:
    print('\n'.join(errors))
    print('%d error(s)' % len(errors))
    sys.exit(1)
t = Counter(o['type'] for _, o in rows)
s = Counter(o['stance'] for _, o in rows)
links = sum(1 for _, o in rows if o['counters'])
print('OK: %d documents, %d sentences' % (len(by_doc), len(rows)))
print('types:', dict(sorted(t.items())))
print('stances:', dict(sorted(s.items())))
print('counterclaims: %d, with counters: %d' % (t['counterclaim'], links))
