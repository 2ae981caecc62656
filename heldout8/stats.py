#!/usr/bin/env python3
import json, os, collections
here = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(here, 'claims.jsonl'), encoding='utf-8')]
docs = collections.OrderedDict()
for r in rows: docs.setdefault(r['doc'], []).append(r)
ext = collections.Counter(os.path.splitext(d)[1][1:] for d in docs)
ty = collections.Counter(r['type'] for r in rows); st = collections.Counter(r['stance'] for r in rows)
cc = [r for r in rows if r['type'] == 'counterclaim']
print(f'documents: {len(docs)} (md {ext["md"]}, html {ext["html"]}, txt {ext["txt"]})')
print(f'sentences (claims): {len(rows)}')
print('per type: ' + ', '.join(f'{t} {ty[t]}' for t in ['claim','counterclaim','evidence','prediction','recommendation','context']))
print('per stance: ' + ', '.join(f'{s} {st[s]}' for s in ['bullish','bearish','neutral']))
print(f'attributed sentences: {sum(r["attributed"] for r in rows)}')
print(f'default voice (attributed=false): {sum(not r["attributed"] for r in rows)} (of which speaker null: {sum(r["speaker"] is None for r in rows)})')
print(f'counterclaims: {len(cc)}, with a counters link: {sum(r["counters"] is not None for r in cc)}, without: {sum(r["counters"] is None for r in cc)}')
print(f'sentences with at least one company: {sum(bool(r["companies"]) for r in rows)}; distinct companies: {len({c for r in rows for c in r["companies"]})}; distinct speakers: {len({r["speaker"] for r in rows if r["speaker"]})}')
print('\nper document: sentences / attributed / counterclaims (linked) / bullish-bearish-neutral')
for d, rs in sorted(docs.items()):
    s = collections.Counter(r['stance'] for r in rs); c = [r for r in rs if r['type']=='counterclaim']
    print(f'  {os.path.basename(d)}: {len(rs)} / {sum(r["attributed"] for r in rs)} / {len(c)} ({sum(r["counters"] is not None for r in c)}) / {s["bullish"]}-{s["bearish"]}-{s["neutral"]}')
