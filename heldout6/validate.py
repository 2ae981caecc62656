#!/usr/bin/env python3
"""Checks claims.jsonl against docs/: JSON, key order, enums, sorted unique companies,
counters equal to an earlier sentence's text in the same document, every text found in
order in its document (HTML entities decoded, whitespace normalised), 25-35 sentences a doc."""
import json, html, os, re, sys, collections
here=os.path.dirname(os.path.abspath(__file__))
KEYS=['doc','paragraph','text','speaker','attributed','companies','type','stance','counters']
TYPES={'claim','counterclaim','evidence','prediction','recommendation','context'}
STANCES={'bullish','bearish','neutral'}
err=0
def bad(n,m):
    global err; err+=1; print('line',n,':',m)
norm=lambda s: re.sub(r'\s+',' ',s).strip()
docs=collections.OrderedDict(); seen=collections.defaultdict(list)
for n,line in enumerate(open(os.path.join(here,'claims.jsonl')),1):
    try: r=json.loads(line)
    except Exception as e: bad(n,'bad json %s'%e); continue
    if list(r)!=KEYS: bad(n,'keys %s'%list(r))
    if r['type'] not in TYPES: bad(n,'type')
    if r['stance'] not in STANCES: bad(n,'stance')
    if not isinstance(r['attributed'],bool): bad(n,'attributed')
    if not isinstance(r['paragraph'],int): bad(n,'paragraph')
    if r['companies']!=sorted(set(r['companies'])): bad(n,'companies not sorted/unique')
    if r['attributed'] and not r['speaker']: bad(n,'attributed without speaker')
    if r['counters'] is not None:
        if r['type']!='counterclaim': bad(n,'counters on non-counterclaim')
        if r['counters'] not in seen[r['doc']]: bad(n,'counters not an earlier text: %r'%r['counters'])
    seen[r['doc']].append(r['text'])
    docs.setdefault(r['doc'],[]).append(r)
for d,rs in docs.items():
    p=os.path.join(here,'docs',os.path.basename(d))
    if not d.startswith('heldout6/docs/') or not os.path.exists(p): bad(0,'missing doc %s'%d); continue
    t=open(p,encoding='utf-8').read()
    if p.endswith('.html'): t=html.unescape(t)
    t=norm(t); pos=0
    for r in rs:
        i=t.find(norm(r['text']),pos)
        if i<0: bad(0,'%s: text not found in order: %r'%(d,r['text'][:70]))
        else: pos=i+len(norm(r['text']))
    if not 25<=len(rs)<=35: bad(0,'%s: %d sentences'%(d,len(rs)))
print('documents',len(docs),'sentences',sum(len(v) for v in docs.values()),'errors',err)
sys.exit(1 if err else 0)
