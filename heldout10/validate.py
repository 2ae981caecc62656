"""Validate heldout10 labels against documents. Run: python3 validate.py (in this folder)."""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['doc', 'paragraph', 'text', 'speaker', 'attributed', 'companies', 'type', 'stance', 'counters']
TYPES = {'claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context'}
STANCES = {'bullish', 'bearish', 'neutral'}
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
errs = []
bydoc = {}
for i, line in enumerate(open(os.path.join(HERE, 'claims.jsonl'), encoding='utf-8'), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append('line %d: bad JSON %s' % (i, e)); continue
    if list(r) != KEYS: errs.append('line %d: keys %s' % (i, list(r)))
    if r['type'] not in TYPES: errs.append('line %d: type %s' % (i, r['type']))
    if r['stance'] not in STANCES: errs.append('line %d: stance %s' % (i, r['stance']))
    if not isinstance(r['attributed'], bool): errs.append('line %d: attributed' % i)
    if r['attributed'] and r['speaker'] is None: errs.append('line %d: attributed with null speaker' % i)
    c = r['companies']
    if not isinstance(c, list) or c != sorted(set(c)): errs.append('line %d: companies not sorted/unique' % i)
    if r['counters'] is not None and r['type'] != 'counterclaim': errs.append('line %d: counters on non-counterclaim' % i)
    if not r['doc'].startswith('heldout10/docs/'): errs.append('line %d: doc path' % i)
    bydoc.setdefault(r['doc'], []).append((i, r))
docs = sorted(os.listdir(os.path.join(HERE, 'docs')))
for d in docs:
    if 'heldout10/docs/' + d not in bydoc: errs.append('%s: not labelled' % d)
for doc, rows in bydoc.items():
    path = os.path.join(HERE, 'docs', doc.split('/')[-1])
    if not os.path.exists(path):
        errs.append('%s: missing document' % doc); continue
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        raw = re.sub(r'<[^>]+>', ' ', raw)
    body = norm(html.unescape(raw))
    if not 25 <= len(rows) <= 35: errs.append('%s: %d sentences' % (doc, len(rows)))
    pos, seen, lastp = 0, [], 0
    for i, r in rows:
        t = norm(r['text'])
        if t != r['text']: errs.append('line %d: text not whitespace-normalised' % i)
        j = body.find(t, pos)
        if j < 0: errs.append('line %d: text not found in order: %s' % (i, t[:60]))
        else: pos = j + len(t)
        if r['paragraph'] < lastp: errs.append('line %d: paragraph goes back' % i)
        lastp = r['paragraph']
        if r['counters'] is not None and r['counters'] not in seen:
            errs.append('line %d: counters not an earlier sentence: %s' % (i, r['counters'][:60]))
        if r['text'] in seen: errs.append('line %d: duplicate sentence' % i)
        seen.append(r['text'])
print('\n'.join(errs) if errs else 'OK: %d documents, %d sentences' % (len(bydoc), sum(len(v) for v in bydoc.values())))
sys.exit(1 if errs else 0)
