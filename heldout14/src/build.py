"""Rebuild docs/ and claims.jsonl from the dNN_*.py sources (run from the set's folder)."""
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]


def main():
    mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, "d[0-9][0-9]_*.py")))
    docs_dir = os.path.join(ROOT, "docs")
    os.makedirs(docs_dir, exist_ok=True)
    for old in glob.glob(os.path.join(docs_dir, "*")):
        os.remove(old)
    lines = []
    for m in mods:
        name, content, recs = importlib.import_module(m).build()
        with open(os.path.join(docs_dir, name), "w", encoding="utf-8") as f:
            f.write(content)
        for r in recs:
            lines.append(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False))
        print("%-45s %3d sentences" % (name, len(recs)))
    with open(os.path.join(ROOT, "claims.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("total", len(lines))


if __name__ == "__main__":
    main()
