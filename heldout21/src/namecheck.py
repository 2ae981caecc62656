#!/usr/bin/env python3
"""Name check: every invented name (names.txt, each word) and every capitalised word of the
documents (furniture included) against the READMEs read and CLAIMS.md (whole words,
case-insensitive). Capitalised words found there must be in common.txt (reviewed ordinary
words). Usage: python3 namecheck.py [word ...]  (with words: just report those)."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
SOURCES = sorted(glob.glob(os.path.join(ROOT, 'heldout*', 'README.md')))
SOURCES = [s for s in SOURCES if '/heldout21/' not in s]
SOURCES += [os.path.join(ROOT, 'gold', 'README.md'), os.path.join(ROOT, '..', 'shared', 'CLAIMS.md')]
WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
ref = {}
for s in SOURCES:
    for w in WORD.findall(open(s, encoding='utf-8').read()):
        ref.setdefault(w.lower(), os.path.relpath(s, ROOT))
def hit(w): return ref.get(w.lower())
if len(sys.argv) > 1:
    for a in sys.argv[1:]:
        for w in WORD.findall(a):
            h = hit(w)
            print('%-20s %s' % (w, 'COLLIDES (%s)' % h if h else 'ok'))
    sys.exit(0)
bad = 0
names = [l.strip() for l in open(os.path.join(HERE, 'names.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')]
for n in names:
    for w in WORD.findall(n):
        if hit(w):
            print('NAME COLLISION: %s (%s) in %s' % (w, n, hit(w))); bad += 1
common = set(l.strip().lower() for l in open(os.path.join(HERE, 'common.txt'), encoding='utf-8') if l.strip() and not l.startswith('#'))
namewords = set(w.lower() for n in names for w in WORD.findall(n))
unreviewed = {}
for f in sorted(glob.glob(os.path.join(HERE, '..', 'docs', '*'))):
    txt = open(f, encoding='utf-8').read()
    for w in re.findall(r"\b[A-Z][A-Za-zÀ-ÿ]*", txt):
        lw = w.lower()
        if lw in common or lw in namewords: continue
        if hit(w): unreviewed.setdefault(w, os.path.basename(f))
        else: unreviewed.setdefault(w, os.path.basename(f) + ' (not in READMEs: add to names.txt or common.txt)')
for w, f in sorted(unreviewed.items()):
    print('UNREVIEWED capitalised word: %s  [%s]' % (w, f)); bad += 1
print('namecheck: %d names, %d problem(s), %d sources' % (len(names), bad, len(SOURCES)))
sys.exit(1 if bad else 0)
