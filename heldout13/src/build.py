"""Build docs/ and claims.jsonl from the dNN_*.py sources (run from the set folder or src/)."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

MODULES = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("d") and f[1:3].isdigit() and f.endswith(".py"))


def main():
    rows = []
    names = set()
    for m in MODULES:
        mod = importlib.import_module(m)
        doc, text = mod.build()
        assert doc.fname not in names, doc.fname
        names.add(doc.fname)
        with open(os.path.join(ROOT, "docs", doc.fname), "w", encoding="utf-8") as f:
            f.write(text)
        rows.extend(doc.labels())
    with open(os.path.join(ROOT, "claims.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("built %d documents, %d sentences" % (len(names), len(rows)))


if __name__ == "__main__":
    main()
