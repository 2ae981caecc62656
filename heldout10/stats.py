"""Print counts for the heldout10 label file. Run: python3 stats.py > STATS.txt"""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, 'claims.jsonl'), encoding='utf-8')]
docs = collections.OrderedDict()
for r in rows:
    docs.setdefault(r['doc'], []).append(r)
ext = collections.Counter(d.rsplit('.', 1)[1] for d in docs)
T = ['claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context']
ST = ['bullish', 'bearish', 'neutral']
tc = collections.Counter(r['type'] for r in rows)
sc = collections.Counter(r['stance'] for r in rows)
cc = [r for r in rows if r['type'] == 'counterclaim']
print('documents: %d (md %d, html %d, txt %d)' % (len(docs), ext['md'], ext['html'], ext['txt']))
print('sentences (claims): %d' % len(rows))
print('per type: ' + ', '.join('%s %d' % (t, tc[t]) for t in T))
print('per stance: ' + ', '.join('%s %d' % (s, sc[s]) for s in ST))
print('attributed sentences: %d' % sum(r['attributed'] for r in rows))
print('default voice (attributed=false): %d (of which speaker null: %d)' % (
    sum(not r['attributed'] for r in rows), sum(r['speaker'] is None for r in rows)))
print('counterclaims: %d, with a counters link: %d, without: %d' % (
    len(cc), sum(r['counters'] is not None for r in cc), sum(r['counters'] is None for r in cc)))
print('sentences with at least one company: %d; distinct companies: %d; distinct speakers: %d' % (
    sum(bool(r['companies']) for r in rows), len({c for r in rows for c in r['companies']}),
    len({r['speaker'] for r in rows if r['speaker']})))
print()
print('per document: sentences / attributed / counterclaims (linked) / bullish-bearish-neutral')
for d in sorted(docs):
    rs = docs[d]
    s = collections.Counter(r['stance'] for r in rs)
    c = [r for r in rs if r['type'] == 'counterclaim']
    print('  %s: %d / %d / %d (%d) / %d-%d-%d' % (d.split('/')[-1], len(rs), sum(r['attributed'] for r in rs),
          len(c), sum(r['counters'] is not None for r in c), s['bullish'], s['bearish'], s['neutral']))
