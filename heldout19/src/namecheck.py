"""Name check: every invented name, each word of it, and every capitalised word of the documents
(furniture included) against the READMEs the writer read and the contract (whole words,
case-insensitive). Ordinary English words reviewed by hand are listed in common.txt."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MAIN = os.path.dirname(ROOT)
refs = sorted(p for p in glob.glob(os.path.join(MAIN, 'heldout*', 'README.md'))
              if not p.startswith(ROOT + os.sep))
refs += [os.path.join(MAIN, 'gold', 'README.md'), '/work/shared/CLAIMS.md']
reftext = '\n'.join(open(p, encoding='utf-8').read() for p in refs).lower().replace('’', "'")
WORD = re.compile(r"[a-z0-9]+")
refwords = set(WORD.findall(reftext))
common = {l.strip().lower() for l in open(os.path.join(HERE, 'common.txt'), encoding='utf-8')
          if l.strip() and not l.startswith('#')}
names = [l.strip() for l in open(os.path.join(HERE, 'names.txt'), encoding='utf-8')
         if l.strip() and not l.startswith('#')]
problems = []
for n in names:
    low = n.lower().replace('’', "'")
    if re.search(r'(?<![a-z0-9])' + re.escape(low) + r'(?![a-z0-9])', reftext):
        problems.append('full name in references: ' + n)
    for w in WORD.findall(low):
        if w in refwords and w not in common:
            problems.append('word of a name in references: %s (%s)' % (w, n))
# sweep every capitalised word of the documents, furniture included
seen = set()
for p in sorted(glob.glob(os.path.join(ROOT, 'docs', '*'))):
    txt = open(p, encoding='utf-8').read()
    for w in re.findall(r"\b[A-Z][A-Za-z]+", txt):
        lw = w.lower()
        if lw in refwords and lw not in common and lw not in seen:
            seen.add(lw)
            problems.append('capitalised word in references: %s (%s)' % (w, os.path.basename(p)))
# every capitalised word of the documents must be either common or part of a listed name
namewords = {w for n in names for w in WORD.findall(n.lower())}
for p in sorted(glob.glob(os.path.join(ROOT, 'docs', '*'))):
    txt = open(p, encoding='utf-8').read()
    for w in sorted(set(re.findall(r"\b[A-Z][A-Za-z]+", txt))):
        lw = w.lower()
        if lw not in common and lw not in namewords:
            problems.append('capitalised word neither common nor a listed name: %s (%s)'
                            % (w, os.path.basename(p)))
print('name check: %d names, %d reference files, %d problem(s)' % (len(names), len(refs), len(problems)))
for x in problems:
    print('  ' + x)
sys.exit(1 if problems else 0)
