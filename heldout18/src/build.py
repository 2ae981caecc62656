"""Build docs/ and claims.jsonl from the d*.py sources."""
import glob, importlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mk
rows = []
for f in sorted(glob.glob(os.path.join(HERE, 'd[0-9][0-9]_*.py'))):
    m = importlib.import_module(os.path.basename(f)[:-3])
    doc = m.DOC
    with open(os.path.join(ROOT, 'docs', doc['file']), 'w', encoding='utf-8') as fh:
        fh.write(mk.render(doc))
    rows += mk.labels(doc)
with open(os.path.join(ROOT, 'claims.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print('built', len(rows), 'sentences')
