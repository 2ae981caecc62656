"""Render every dNN_*.py into ../docs/ and write ../claims.jsonl from the same source."""
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mk  # noqa: E402

rows = []
names = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, 'd[0-9][0-9]_*.py')))
os.makedirs(os.path.join(ROOT, 'docs'), exist_ok=True)
for f in os.listdir(os.path.join(ROOT, 'docs')):
    os.remove(os.path.join(ROOT, 'docs', f))
for n in names:
    m = importlib.import_module(n)
    text = m.render()
    with open(os.path.join(ROOT, 'docs', m.FILE), 'w', encoding='utf-8') as fh:
        fh.write(text)
    rows += mk.label('heldout20/docs/' + m.FILE, m.BLOCKS, m.DEFAULT)
with open(os.path.join(ROOT, 'claims.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print('built %d documents, %d sentences' % (len(names), len(rows)))
