"""Write STATS.txt from claims.jsonl."""
import collections, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(ROOT, 'claims.jsonl'), encoding='utf-8')]
def block(rs):
    c = collections.Counter
    t = c(r['type'] for r in rs); st = c(r['stance'] for r in rs)
    out = ['sentences (claims): %d' % len(rs),
           'per type: ' + ', '.join('%s %d' % (k, t[k]) for k in ['claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context']),
           'per stance: ' + ', '.join('%s %d' % (k, st[k]) for k in ['bullish', 'bearish', 'neutral']),
           'attributed sentences: %d' % sum(r['attributed'] for r in rs),
           'default voice (attributed=false): %d (of which speaker null: %d)' % (sum(not r['attributed'] for r in rs), sum(r['speaker'] is None for r in rs)),
           'counterclaims: %d, with a counters link: %d, without: %d' % (t['counterclaim'], sum(1 for r in rs if r['counters']), sum(1 for r in rs if r['type'] == 'counterclaim' and not r['counters'])),
           'sentences with at least one company: %d; distinct companies: %d; distinct speakers: %d' % (
               sum(1 for r in rs if r['companies']), len({x for r in rs for x in r['companies']}), len({r['speaker'] for r in rs if r['speaker']})),
           'paragraphs: %d' % len({(r['doc'], r['paragraph']) for r in rs})]
    return out
docs = sorted({r['doc'] for r in rows})
ext = collections.Counter(d.rsplit('.', 1)[1] for d in docs)
out = ['Eighteenth held-out claim set: counts', '', 'OVERALL',
       'documents: %d (md %d, html %d, txt %d)' % (len(docs), ext['md'], ext['html'], ext['txt'])] + block(rows)
for d in docs:
    out += ['', d] + ['  ' + x for x in block([r for r in rows if r['doc'] == d])]
open(os.path.join(ROOT, 'STATS.txt'), 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:14]))
