"""Check invented names against the earlier held-out READMEs, gold/README.md and CLAIMS.md.

Every capitalised word of every document (furniture included) that is not in the reviewed list of
ordinary words (common.txt) must not occur as a whole word (case-insensitive) in those files, and
no full name in names.txt may occur in them."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REFS = ['/work/shared/CLAIMS.md', '/work/main/gold/README.md'] + [
    '/work/main/%s/README.md' % d for d in ['heldout', 'heldout2', 'heldout3', 'heldout5', 'heldout7', 'heldout9',
    'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17']]
ref = '\n'.join(open(p, encoding='utf-8').read() for p in REFS if os.path.exists(p)).lower()
refwords = set(re.findall(r"[a-z0-9]+", ref))
common = {w.strip().lower() for w in open(os.path.join(HERE, 'common.txt')) if w.strip() and not w.startswith('#')}
bad = []
for f in sorted(glob.glob(os.path.join(ROOT, 'docs', '*'))):
    text = open(f, encoding='utf-8').read()
    text = re.sub(r'&[a-z]+;', ' ', text)
    for w in sorted(set(re.findall(r"\b[A-Z][A-Za-z]+\b", text))):
        lw = w.lower()
        if lw in common: continue
        if lw in refwords: bad.append('%s: word %s' % (os.path.basename(f), w))
for n in open(os.path.join(HERE, 'names.txt'), encoding='utf-8'):
    n = n.strip()
    if not n or n.startswith('#'): continue
    if re.search(r'\b' + re.escape(n.lower()) + r'\b', ref): bad.append('name %s' % n)
    for part in re.findall(r"[A-Za-z]+", n):
        if part.lower() not in common and part.lower() in refwords: bad.append('name %s: part %s' % (n, part))
if bad:
    print('\n'.join(sorted(set(bad)))); print('NAMECHECK FAILED'); sys.exit(1)
print('namecheck OK')
