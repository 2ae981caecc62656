#!/usr/bin/env python3
"""Build docs/ and claims.jsonl from the document sources dNN_*.py."""
import glob, importlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..'))
sys.path.insert(0, HERE)
rows = []
os.makedirs(os.path.join(OUT, 'docs'), exist_ok=True)
for f in sorted(glob.glob(os.path.join(HERE, 'd[0-9][0-9]_*.py'))):
    m = importlib.import_module(os.path.basename(f)[:-3])
    text = m.render()
    with open(os.path.join(OUT, 'docs', m.DOC.fname), 'w', encoding='utf-8') as fh:
        fh.write(text)
    rows += m.DOC.labels('heldout21/docs/' + m.DOC.fname)
with open(os.path.join(OUT, 'claims.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print('built %d sentences' % len(rows))
