"""Check every invented name (src/names.txt) against the READMEs the writer was allowed to read:
whole words, case-insensitive. A full name found there fails the check; a distinctive single word
of a name (not a common English or business word) found there is reported too and fails."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
READMES = ["/work/main/gold/README.md"] + ["/work/main/%s/README.md" % d for d in (
    "heldout", "heldout2", "heldout3", "heldout5", "heldout7", "heldout9", "heldout10",
    "heldout11", "heldout12", "heldout13")]
COMMON = set("""
the of and on city main street row lane farm estate industrial centre conference direct wine
club sugar beet growers growers' co-operative processing partners mobility autonomy transport commission
ventures asset management coatings paints equity fund funds companies smaller capital wealth uk
microcap trust research networks communications merchants association taxpayers league finance
power trek outdoor household goods safety airports airport operators council county pension feeds
dairies institute animal nutrition university district inshore fishermen's estuary birds tidal
deliberation flooring mutual insurance sprinklers broking loss adjusters labs genomics grower
weekly plain ledger long table review money clerk pumps clos
""".split())
FIRST_NAMES_OK = True  # first names alone are common; only surnames and coined words are checked


def main():
    corpus = "\n".join(open(p, encoding="utf-8").read() for p in READMES)
    names = [l.strip() for l in open(os.path.join(HERE, "names.txt"), encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    people = set()
    section = None
    for l in open(os.path.join(HERE, "names.txt"), encoding="utf-8"):
        if l.startswith("# people"):
            section = "people"
        elif l.startswith("#"):
            section = "other"
        elif l.strip() and section == "people":
            people.add(l.strip())
    bad = []

    def hit(word):
        return re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", corpus, re.I)

    for n in names:
        m = hit(n)
        if m:
            bad.append("full name %r occurs: ...%s..." % (n, corpus[max(0, m.start() - 40):m.end() + 40].replace("\n", " ")))
        words = re.split(r"[\s&]+", n)
        if n in people:
            words = words[1:]  # skip the first name
        for w in words:
            for part in ([w] + w.split("-") if "-" in w else [w]):
                if len(part) < 3 or part.lower() in COMMON or part.isdigit():
                    continue
                m = hit(part)
                if m:
                    bad.append("word %r of %r occurs: ...%s..." % (part, n, corpus[max(0, m.start() - 40):m.end() + 40].replace("\n", " ")))
    if bad:
        print("\n".join(sorted(set(bad))))
        print("NAMECHECK FAILED: %d hit(s)" % len(set(bad)))
        sys.exit(1)
    print("namecheck OK: %d names, none found in the %d READMEs" % (len(names), len(READMES)))


if __name__ == "__main__":
    main()
