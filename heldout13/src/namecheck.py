"""Check the set's invented names against the READMEs of the earlier held-out sets.

Every name in names.txt is checked as a whole phrase, and every distinctive word in it (not a
generic word such as Group, Capital, Review) as a whole word, case-insensitively, against the
READMEs the writer was allowed to read. Then every capitalised word in the documents that is not
a common English word is checked the same way, to catch a name missing from names.txt.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
READMES = ["/work/main/gold/README.md"] + [
    "/work/main/%s/README.md" % d for d in
    ("heldout", "heldout2", "heldout3", "heldout5", "heldout7", "heldout9", "heldout10", "heldout11", "heldout12")]

GENERIC = set("""
and of the for & mutual group capital review weekly data index room union university society
building commission partners advisory institute nurseries day pet insurance veterinary practice
research joint canine ombudsman service services policyholders banking bank trust income parks
holiday leisure timber rules takeover stores blocks robotics events media fair trade game toy winter
exhibition centre assurance campaign cup growers cooperative racing cycling farms stockbrokers
investors conference opticians optics asset management regional assembly medical aviation
helicopters civil safety directorate coffee roasters pianos workers instrument furniture foodservice
price grid notes pass keep press standards council valley row lane way eastern hill alliance
consumer plus one
""".split())

COMMON = set("""
a about after all also an and are as at be because been before both but by can could day did do does
each for from had has have he her here his how i if in into is it its just last many may more most
my no not now of on one only or our out over said says she so some than that the their them then there
these they this those three to two up was we were what when where whether which who will with would yes
you your
""".split())


def load(path):
    return open(path, encoding="utf-8").read()


def main():
    corpus = "\n".join(load(p) for p in READMES if os.path.exists(p))
    missing = [p for p in READMES if not os.path.exists(p)]
    low = corpus.lower()

    def hit(word):
        return re.search(r"(?<![A-Za-z])" + re.escape(word.lower()) + r"(?![A-Za-z])", low) is not None

    problems = []
    names = [l.strip() for l in open(os.path.join(HERE, "names.txt"), encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    for name in names:
        if hit(name):
            problems.append("name %r occurs in an earlier README" % name)
        for w in re.split(r"[\s\-&']+", name):
            if w and w.lower() not in GENERIC and hit(w):
                problems.append("word %r of %r occurs in an earlier README" % (w, name))
    # capitalised words in the documents that the READMEs also contain
    known = {w.lower() for n in names for w in re.split(r"[\s\-&']+", n) if w}
    flagged = set()
    for fn in sorted(os.listdir(os.path.join(ROOT, "docs"))):
        text = load(os.path.join(ROOT, "docs", fn))
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        for w in set(re.findall(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?\b", text)):
            if w.lower() in COMMON or w.lower() in GENERIC:
                continue
            if w.lower() not in known and hit(w):
                flagged.add(w)
    print("namecheck: %d names checked against %d READMEs" % (len(names), len(READMES) - len(missing)))
    if missing:
        print("  (missing READMEs: %s)" % ", ".join(missing))
    for p in problems:
        print("  PROBLEM:", p)
    if flagged:
        print("  capitalised words in the documents that also occur in earlier READMEs (review by hand):")
        print("   ", " ".join(sorted(flagged)))
    if problems:
        sys.exit(1)
    print("namecheck: OK (no invented name or distinctive name word repeats an earlier set's)")


if __name__ == "__main__":
    main()
