"""Build docs/ and claims.jsonl from the dNN_*.py sources."""
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)


def main():
    mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "d[0-9][0-9]_*.py")))
    names = []
    lines = []
    for m in mods:
        d = importlib.import_module(m).build()
        d.write()
        names.append(d.name)
        with open(os.path.join(HERE, "build", d.name + ".part"), encoding="utf-8") as f:
            lines += f.read().splitlines()
    assert len(set(names)) == len(names)
    for p in glob.glob(os.path.join(ROOT, "docs", "*")):
        assert os.path.basename(p) in names, ("stale document", p)
    with open(os.path.join(ROOT, "claims.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            json.loads(l)
            f.write(l + "\n")
    print("built %d documents, %d sentences" % (len(names), len(lines)))


if __name__ == "__main__":
    main()
