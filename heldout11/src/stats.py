import json, os
from collections import Counter, OrderedDict
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(ROOT, 'claims.jsonl'), encoding='utf-8')]
out = []
def block(name, rs):
    t = Counter(r['type'] for r in rs); s = Counter(r['stance'] for r in rs)
    out.append('%s: sentences %d' % (name, len(rs)))
    out.append('  types: ' + ', '.join('%s %d' % (k, t[k]) for k in ['claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context']))
    out.append('  stances: ' + ', '.join('%s %d' % (k, s[k]) for k in ['bullish', 'bearish', 'neutral']))
    out.append('  attributed %d, default voice %d (speaker null %d), counters links %d, with companies %d' % (
        sum(r['attributed'] for r in rs), sum(not r['attributed'] for r in rs), sum(r['speaker'] is None for r in rs),
        sum(r['counters'] is not None for r in rs), sum(bool(r['companies']) for r in rs)))
block('ALL', rows)
out.append('  distinct companies %d, distinct speakers %d' % (len({c for r in rows for c in r['companies']}), len({r['speaker'] for r in rows if r['speaker']})))
for d in OrderedDict.fromkeys(r['doc'] for r in rows):
    block(d, [r for r in rows if r['doc'] == d])
open(os.path.join(ROOT, 'STATS.txt'), 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:6]))
