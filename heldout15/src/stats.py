"""Print the counts of claims.jsonl (overall and per document); all.sh writes them to STATS.txt."""
import collections, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ['claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context']
STANCES = ['bullish', 'bearish', 'neutral']


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, 'claims.jsonl'), encoding='utf-8')]
    docs = collections.OrderedDict()
    for r in rows:
        docs.setdefault(r['doc'], []).append(r)
    ext = collections.Counter(d.rsplit('.', 1)[-1] for d in docs)
    ty = collections.Counter(r['type'] for r in rows)
    st = collections.Counter(r['stance'] for r in rows)
    att = sum(r['attributed'] for r in rows)
    dv = [r for r in rows if not r['attributed']]
    cc = [r for r in rows if r['type'] == 'counterclaim']
    print('documents: %d (md %d, html %d, txt %d)' % (len(docs), ext['md'], ext['html'], ext['txt']))
    print('sentences (claims): %d' % len(rows))
    print('per type: ' + ', '.join('%s %d' % (t, ty[t]) for t in TYPES))
    print('per stance: ' + ', '.join('%s %d' % (s, st[s]) for s in STANCES))
    print('attributed sentences: %d' % att)
    print('default voice (attributed=false): %d (of which speaker null: %d)'
          % (len(dv), sum(r['speaker'] is None for r in dv)))
    print('counterclaims: %d, with a counters link: %d, without: %d'
          % (len(cc), sum(r['counters'] is not None for r in cc), sum(r['counters'] is None for r in cc)))
    print('sentences with at least one company: %d; distinct companies: %d; distinct speakers: %d'
          % (sum(bool(r['companies']) for r in rows), len({c for r in rows for c in r['companies']}),
             len({r['speaker'] for r in rows if r['speaker'] is not None})))
    print()
    print('per document: sentences / paragraphs / attributed / counterclaims (linked) / bullish-bearish-neutral / claim-counterclaim-evidence-prediction-recommendation-context')
    for d, rs in docs.items():
        t = collections.Counter(r['type'] for r in rs)
        s = collections.Counter(r['stance'] for r in rs)
        c = [r for r in rs if r['type'] == 'counterclaim']
        print('  %s: %d / %d / %d / %d (%d) / %d-%d-%d / %s' % (
            d.split('/')[-1], len(rs), max(r['paragraph'] for r in rs), sum(r['attributed'] for r in rs),
            len(c), sum(r['counters'] is not None for r in c), s['bullish'], s['bearish'], s['neutral'],
            '-'.join(str(t[x]) for x in TYPES)))
    print()
    print('companies (sentences naming each):')
    cn = collections.Counter(c for r in rows for c in r['companies'])
    for c, n in sorted(cn.items()):
        print('  %s: %d' % (c, n))
    print()
    print('speakers (sentences):')
    sn = collections.Counter(str(r['speaker']) for r in rows)
    for c, n in sorted(sn.items()):
        print('  %s: %d' % (c, n))


if __name__ == '__main__':
    main()
