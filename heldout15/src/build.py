"""Build docs/ and claims.jsonl from the dNN_*.py sources (run from any folder)."""
import glob, importlib, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mk

def main():
    os.makedirs(os.path.join(ROOT, 'docs'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'build'), exist_ok=True)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, 'd[0-9][0-9]_*.py'))):
        name = os.path.basename(path)[:-3]
        m = importlib.import_module(name)
        text = m.render()
        with open(os.path.join(ROOT, 'docs', m.doc.fname), 'w', encoding='utf-8') as f:
            f.write(text)
        lab = m.doc.labels()
        with open(os.path.join(HERE, 'build', name + '.part'), 'w', encoding='utf-8') as f:
            f.write(mk.jsonl(lab))
        rows += lab
        print('%-40s %3d sentences' % (m.doc.fname, len(lab)))
    with open(os.path.join(ROOT, 'claims.jsonl'), 'w', encoding='utf-8') as f:
        f.write(mk.jsonl(rows))
    print('total', len(rows))

if __name__ == '__main__':
    main()
