"""Check the set's invented names against the READMEs of the earlier sets.

1. Every line of names.txt, and every distinctive word of it (not in COMMON), must not
   occur as a whole word (case-insensitive) in any earlier README.
2. Sweep: every capitalised word in docs/ that occurs in an earlier README is listed unless
   it is an ordinary English word in COMMON (reviewed by hand)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MAIN = "/work/main"
READMES = [os.path.join("/work/shared", "CLAIMS.md"), os.path.join(MAIN, "gold", "README.md")] + [
    os.path.join(MAIN, d, "README.md") for d in
    ["heldout", "heldout2", "heldout3", "heldout5", "heldout7", "heldout9", "heldout10",
     "heldout11", "heldout12", "heldout13", "heldout14", "heldout15"]]

COMMON = set(open(os.path.join(HERE, "common.txt"), encoding="utf-8").read().split())


def words(s):
    return re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’]*", s)


def main():
    corpus = "\n".join(open(p, encoding="utf-8").read() for p in READMES)
    low = corpus.lower()
    vocab = set(w.lower().strip("'’") for w in words(corpus))
    problems = []
    names = [l.strip() for l in open(os.path.join(HERE, "names.txt"), encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    for name in names:
        if re.search(r"(?<![A-Za-z])" + re.escape(name.lower()) + r"(?![A-Za-z])", low):
            problems.append(f"name repeats an earlier set: {name}")
        for w in words(name):
            w2 = w.lower().strip("'’")
            if w2 in COMMON or len(w2) < 3:
                continue
            if w2 in vocab:
                problems.append(f"word of {name!r} occurs in an earlier README: {w}")
    sweep = set()
    for f in sorted(os.listdir(os.path.join(ROOT, "docs"))):
        text = open(os.path.join(ROOT, "docs", f), encoding="utf-8").read()
        text = re.sub(r"<[^>]+>", " ", text)
        for w in words(text):
            if w[0].isupper():
                w2 = w.lower().strip("'’")
                if w2.endswith("'s") or w2.endswith("’s"):
                    w2 = w2[:-2]
                if w2 in vocab and w2 not in COMMON:
                    sweep.add((w2, f))
    for w, f in sorted(sweep):
        problems.append(f"sweep: capitalised word {w!r} in {f} occurs in an earlier README")
    if problems:
        print("\n".join(problems))
        print(f"namecheck: {len(problems)} item(s) to review")
        sys.exit(1)
    print(f"namecheck: OK ({len(names)} names, no collisions)")


if __name__ == "__main__":
    main()
