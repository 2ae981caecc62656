"""Render the 12 documents into ../docs and write ../claims.jsonl from the same sources."""
import glob, importlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, 'd[0-9][0-9]_*.py')))
rows, names = [], set()
for m in mods:
    doc, text = importlib.import_module(m).build()
    assert doc.fname not in names, doc.fname
    names.add(doc.fname)
    with open(os.path.join(ROOT, 'docs', doc.fname), 'w', encoding='utf-8') as f:
        f.write(text)
    rows += doc.labels()
for f in os.listdir(os.path.join(ROOT, 'docs')):
    if f not in names:
        os.remove(os.path.join(ROOT, 'docs', f))
with open(os.path.join(ROOT, 'claims.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('built %d documents, %d sentences' % (len(names), len(rows)))
