#!/usr/bin/env python3
"""Write STATS.txt: counts overall and per document."""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..'))
rows = [json.loads(l) for l in open(os.path.join(OUT, 'claims.jsonl'), encoding='utf-8')]
TYPES = ['claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context']
STANCES = ['bullish', 'bearish', 'neutral']
def block(rs):
    t = collections.Counter(r['type'] for r in rs)
    st = collections.Counter(r['stance'] for r in rs)
    cc = [r for r in rs if r['type'] == 'counterclaim']
    return [
        'sentences (claims): %d' % len(rs),
        'per type: ' + ', '.join('%s %d' % (k, t[k]) for k in TYPES),
        'per stance: ' + ', '.join('%s %d' % (k, st[k]) for k in STANCES),
        'attributed sentences: %d' % sum(r['attributed'] for r in rs),
        'default voice (attributed=false): %d (of which speaker null: %d)' % (
            sum(not r['attributed'] for r in rs), sum(r['speaker'] is None for r in rs)),
        'counterclaims: %d, with a counters link: %d, without: %d' % (
            len(cc), sum(r['counters'] is not None for r in cc), sum(r['counters'] is None for r in cc)),
        'sentences with at least one company: %d; distinct companies: %d; distinct speakers: %d' % (
            sum(bool(r['companies']) for r in rs), len({c for r in rs for c in r['companies']}),
            len({r['speaker'] for r in rs if r['speaker']})),
    ]
docs = collections.OrderedDict()
for r in rows:
    docs.setdefault(r['doc'], []).append(r)
ext = collections.Counter(d.rsplit('.', 1)[1] for d in docs)
lines = ['documents: %d (md %d, html %d, txt %d)' % (len(docs), ext['md'], ext['html'], ext['txt'])]
lines += block(rows)
for d, rs in docs.items():
    lines += ['', d] + ['  ' + l for l in block(rs)]
open(os.path.join(OUT, 'STATS.txt'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print('\n'.join(lines[:9]))
