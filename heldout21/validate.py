#!/usr/bin/env python3
"""Validate claims.jsonl against docs/ (run in this folder: python3 validate.py)."""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['doc', 'paragraph', 'text', 'speaker', 'attributed', 'companies', 'type', 'stance', 'counters']
TYPES = {'claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context'}
STANCES = {'bullish', 'bearish', 'neutral'}
errs = []
def err(m): errs.append(m)
def norm(t): return re.sub(r'\s+', ' ', t).strip()
def plain(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'(?is)<table class="data">.*?</table>',
                     lambda m: re.sub(r'</t[dh]>\s*<t[dh][^>]*>', ' | ', m.group(0)), raw)
        raw = re.sub(r'<[^>]+>', ' ', raw)
        raw = html.unescape(raw)
    return norm(raw)
rows = []
for i, line in enumerate(open(os.path.join(HERE, 'claims.jsonl'), encoding='utf-8'), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        err('line %d: bad JSON %s' % (i, e)); continue
    if list(r.keys()) != KEYS: err('line %d: keys %s' % (i, list(r.keys())))
    rows.append((i, r))
bydoc = {}
for i, r in rows:
    if not r['doc'].startswith('heldout21/docs/'): err('line %d: doc path' % i)
    if not isinstance(r['paragraph'], int) or r['paragraph'] < 1: err('line %d: paragraph' % i)
    if r['type'] not in TYPES: err('line %d: type %r' % (i, r['type']))
    if r['stance'] not in STANCES: err('line %d: stance %r' % (i, r['stance']))
    if not isinstance(r['attributed'], bool): err('line %d: attributed not bool' % i)
    if r['attributed'] and r['speaker'] is None: err('line %d: attributed with null speaker' % i)
    if r['speaker'] is not None and not (isinstance(r['speaker'], str) and r['speaker'].strip()): err('line %d: speaker' % i)
    c = r['companies']
    if not isinstance(c, list) or c != sorted(set(c)) or not all(isinstance(x, str) and x for x in c): err('line %d: companies not sorted/unique' % i)
    if r['counters'] is not None and r['type'] != 'counterclaim': err('line %d: counters on a %s' % (i, r['type']))
    if not isinstance(r['text'], str) or norm(r['text']) != r['text'] or not r['text']: err('line %d: text not normalised' % i)
    bydoc.setdefault(r['doc'], []).append((i, r))
files = sorted(os.listdir(os.path.join(HERE, 'docs')))
for f in files:
    if 'heldout21/docs/' + f not in bydoc: err('unlabelled document ' + f)
for d, rs in bydoc.items():
    path = os.path.join(HERE, 'docs', d.split('/')[-1])
    if not os.path.exists(path): err('missing document ' + d); continue
    body = plain(path)
    pos, lastp, seen = 0, 0, []
    for i, r in rs:
        k = body.find(r['text'], pos)
        if k < 0: err('line %d: text not found in order in %s: %s' % (i, d, r['text'][:70]))
        else: pos = k + len(r['text'])
        if r['paragraph'] < lastp: err('line %d: paragraph goes back' % i)
        lastp = r['paragraph']
        if r['text'] in seen: err('line %d: duplicate sentence' % i)
        if r['counters'] is not None and r['counters'] not in seen: err('line %d: counters is not an earlier sentence' % i)
        seen.append(r['text'])
    if not 25 <= len(rs) <= 35: err('%s: %d sentences' % (d, len(rs)))
if errs:
    print('\n'.join(errs)); print('FAILED: %d problem(s)' % len(errs)); sys.exit(1)
print('OK: %d documents, %d sentences' % (len(bydoc), len(rows)))
