#!/usr/bin/env python3
"""Check claims.jsonl against docs/: run `python3 validate.py` in this folder."""
import json, html, os, re, sys

KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}
here = os.path.dirname(os.path.abspath(__file__))
errors = []
rows = []
with open(os.path.join(here, "claims.jsonl")) as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            errors.append(f"line {i}: bad JSON: {e}")
            continue
        rows.append((i, r))

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

docs = {}
for i, r in rows:
    if list(r.keys()) != KEYS:
        errors.append(f"line {i}: keys {list(r.keys())}")
        continue
    if not r["doc"].startswith("heldout7/docs/"):
        errors.append(f"line {i}: doc path {r['doc']}")
    if r["type"] not in TYPES:
        errors.append(f"line {i}: type {r['type']}")
    if r["stance"] not in STANCES:
        errors.append(f"line {i}: stance {r['stance']}")
    if not isinstance(r["attributed"], bool):
        errors.append(f"line {i}: attributed not bool")
    if r["attributed"] and r["speaker"] is None:
        errors.append(f"line {i}: attributed with null speaker")
    if r["companies"] != sorted(set(r["companies"])):
        errors.append(f"line {i}: companies not sorted/unique")
    if not isinstance(r["paragraph"], int) or r["paragraph"] < 1:
        errors.append(f"line {i}: paragraph")
    if r["counters"] is not None and r["type"] != "counterclaim":
        errors.append(f"line {i}: counters on a non-counterclaim")
    docs.setdefault(r["doc"], []).append((i, r))

for doc, items in docs.items():
    path = os.path.join(here, "docs", os.path.basename(doc))
    if not os.path.exists(path):
        errors.append(f"{doc}: missing file")
        continue
    raw = open(path, encoding="utf-8").read()
    text = norm(html.unescape(raw) if path.endswith(".html") else raw)
    pos, seen, last_par = 0, [], 0
    for i, r in items:
        t = norm(r["text"])
        j = text.find(t, pos)
        if j < 0:
            errors.append(f"line {i}: text not found in order in {doc}: {t[:70]}")
        else:
            pos = j + len(t)
        if r["paragraph"] < last_par:
            errors.append(f"line {i}: paragraph number goes back")
        last_par = r["paragraph"]
        if r["counters"] is not None and r["counters"] not in seen:
            errors.append(f"line {i}: counters is not an earlier sentence of {doc}")
        if r["text"] in seen:
            errors.append(f"line {i}: duplicate sentence in {doc}")
        seen.append(r["text"])
    if not 25 <= len(items) <= 35:
        errors.append(f"{doc}: {len(items)} sentences (want 25-35)")

files = sorted(os.listdir(os.path.join(here, "docs")))
for fn in files:
    if "heldout7/docs/" + fn not in docs:
        errors.append(f"docs/{fn}: no labels")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK: {len(rows)} sentences in {len(docs)} documents")
