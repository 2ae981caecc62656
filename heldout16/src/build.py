"""Render docs/, claims.jsonl and STATS.txt from the dNN_*.py sources."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

MODULES = ["d01_mainbrace", "d02_glimmerbrook", "d03_pensions_desk", "d04_spectrum",
           "d05_museum", "d06_millrace", "d07_board_paper", "d08_sarsen",
           "d09_duskmere", "d10_spindlecart", "d11_gullsway", "d12_gallopwise"]


def main():
    docs = [importlib.import_module(m).doc() for m in MODULES]
    os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
    rows = []
    for d in docs:
        with open(os.path.join(ROOT, "docs", d.name), "w", encoding="utf-8") as f:
            f.write(d.render())
        rows += d.labels()
    with open(os.path.join(ROOT, "claims.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    import stats
    with open(os.path.join(ROOT, "STATS.txt"), "w", encoding="utf-8") as f:
        f.write(stats.report(rows, {d.name: d.fmt for d in docs}))
    print(f"built {len(docs)} documents, {len(rows)} sentences")


if __name__ == "__main__":
    main()
