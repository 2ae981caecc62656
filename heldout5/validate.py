#!/usr/bin/env python3
"""Check claims.jsonl against docs/: run `python3 validate.py` in this folder."""
import html, json, os, re, sys

KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}
here = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r"\s+", " ", s).strip()
errors, per_doc = [], {}
rows = []
for i, line in enumerate(open(os.path.join(here, "claims.jsonl"), encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except ValueError as e:
        errors.append(f"line {i}: bad JSON {e}")
        continue
    if list(r) != KEYS:
        errors.append(f"line {i}: keys {list(r)}")
    if r["type"] not in TYPES or r["stance"] not in STANCES:
        errors.append(f"line {i}: enum {r['type']} {r['stance']}")
    if not isinstance(r["attributed"], bool) or not isinstance(r["paragraph"], int):
        errors.append(f"line {i}: types")
    if r["attributed"] and r["speaker"] is None:
        errors.append(f"line {i}: attributed with null speaker")
    if r["companies"] != sorted(set(r["companies"])):
        errors.append(f"line {i}: companies not sorted/unique")
    if r["counters"] is not None and r["type"] != "counterclaim":
        errors.append(f"line {i}: counters on a {r['type']}")
    rows.append((i, r))
    per_doc.setdefault(r["doc"], []).append((i, r))
for doc, items in per_doc.items():
    path = os.path.join(here, "docs", os.path.basename(doc))
    if not doc.startswith("heldout5/docs/") or not os.path.exists(path):
        errors.append(f"{doc}: no such document")
        continue
    text = norm(html.unescape(open(path, encoding="utf-8").read()))
    pos, seen = 0, []
    if not 25 <= len(items) <= 35:
        errors.append(f"{doc}: {len(items)} sentences")
    last_par = 0
    for i, r in items:
        t = norm(r["text"])
        k = text.find(t, pos)
        if k < 0:
            errors.append(f"line {i}: text not found in order: {t[:60]}")
        else:
            pos = k + len(t)
        if r["counters"] is not None and r["counters"] not in seen:
            errors.append(f"line {i}: counters not an earlier sentence: {r['counters'][:60]}")
        if r["text"] in seen:
            errors.append(f"line {i}: duplicate sentence")
        if r["paragraph"] < last_par:
            errors.append(f"line {i}: paragraph goes back")
        last_par = r["paragraph"]
        seen.append(r["text"])
print(f"{len(rows)} sentences in {len(per_doc)} documents")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
