"""Name check: no name (or word of a name) used by the earlier READMEs or the contract.

Checks every full name in names.txt and each word of it, then sweeps every
capitalised word of the documents (furniture included) against the words of
shared/CLAIMS.md, gold/README.md and every heldout*/README.md except this set's
own. common.txt lists reviewed ordinary words the sweep may meet.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
refs = ['/work/shared/CLAIMS.md', '/work/main/gold/README.md'] + sorted(
    p for p in glob.glob('/work/main/heldout*/README.md') if '/heldout20/' not in p)
reftext = '\n'.join(open(p, encoding='utf-8').read() for p in refs).lower()
refwords = set(re.findall(r"[a-z]+", reftext))
common = set(w.strip().lower() for w in open(os.path.join(HERE, 'common.txt'), encoding='utf-8')
             if w.strip() and not w.startswith('#'))
names = [l.strip() for l in open(os.path.join(HERE, 'names.txt'), encoding='utf-8')
         if l.strip() and not l.startswith('#')]
problems = []
for n in names:
    if re.search(r'(?<![a-z])' + re.escape(n.lower()) + r'(?![a-z])', reftext):
        problems.append('full name used before: ' + n)
    for w in re.findall(r"[A-Za-z]+", n):
        if w.lower() in refwords and w.lower() not in common:
            problems.append('name word used before: %s (in %s)' % (w, n))
sweep = {}
for p in sorted(glob.glob(os.path.join(ROOT, 'docs', '*'))):
    for w in re.findall(r"\b[A-Z][A-Za-z]+", open(p, encoding='utf-8').read()):
        if w.lower() in refwords and w.lower() not in common:
            sweep.setdefault(w, set()).add(os.path.basename(p))
for w in sorted(sweep):
    problems.append('capitalised word in docs also in the READMEs: %s (%s)' % (w, ', '.join(sorted(sweep[w]))))
print('reference files: %d; names checked: %d' % (len(refs), len(names)))
if problems:
    print('\n'.join(problems))
    print('NAME CHECK: %d to review' % len(problems))
    sys.exit(1)
print('NAME CHECK OK')
