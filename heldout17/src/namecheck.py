"""Name check: no invented name of this set may repeat one from the earlier sets' READMEs.

1. Every name in names.txt (full names, and each distinctive word of a name) is searched,
   whole word and case-insensitive, in the READMEs of the earlier held-out sets,
   gold/README.md and shared/CLAIMS.md.
2. Every capitalised word of the twelve documents (body and furniture) is searched the same
   way; hits that are ordinary English words are reviewed once and kept in common.txt.
Exit status 1 if anything is left unexplained.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SETS = ["heldout", "heldout2", "heldout3", "heldout5", "heldout7", "heldout9", "heldout10",
        "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16"]
FILES = ["/work/main/%s/README.md" % x for x in SETS] + ["/work/main/gold/README.md",
                                                        "/work/shared/CLAIMS.md"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def main():
    corpus = ""
    for f in FILES:
        with open(f, encoding="utf-8") as fh:
            corpus += fh.read() + "\n"
    low = corpus.lower()

    def hit(word):
        return re.search(r"(?<![A-Za-z0-9])" + re.escape(word.lower()) + r"(?![A-Za-z0-9])", low)

    common = set(w.lower() for w in load(os.path.join(HERE, "common.txt")))
    bad = []
    for name in load(os.path.join(HERE, "names.txt")):
        parts = [name] + [w for w in re.split(r"[\s\-&’'.,()]+", name) if w]
        for w in parts:
            if w.lower() in common or len(w) < 3:
                continue
            if hit(w):
                bad.append(("name", name, w))
    words = set()
    for path in glob.glob(os.path.join(ROOT, "docs", "*")):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"<[^>]+>", " ", text)
        for w in re.findall(r"\b[A-Z][A-Za-z]+\b", text):
            words.add(w)
    for w in sorted(words):
        if w.lower() in common:
            continue
        if hit(w):
            bad.append(("word", w, w))
    for b in bad:
        print("COLLISION %s: %s (%s)" % b)
    print("namecheck: %d names, %d capitalised words, %d collisions"
          % (len(load(os.path.join(HERE, "names.txt"))), len(words), len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
