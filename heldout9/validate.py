"""Validate claims.jsonl against docs/ (run from this folder: python3 validate.py)."""
import json, html, os, re, sys
KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}
here = os.path.dirname(os.path.abspath(__file__))
errs = []
def norm(s):
    return re.sub(r"\s+", " ", s).strip()
def doctext(path):
    raw = open(os.path.join(here, "docs", os.path.basename(path)), encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return norm(raw)
by_doc = {}
with open(os.path.join(here, "claims.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {i}: bad JSON {e}"); continue
        if list(r.keys()) != KEYS: errs.append(f"line {i}: keys {list(r.keys())}")
        if r["type"] not in TYPES: errs.append(f"line {i}: type {r['type']}")
        if r["stance"] not in STANCES: errs.append(f"line {i}: stance {r['stance']}")
        if not isinstance(r["attributed"], bool): errs.append(f"line {i}: attributed")
        if r["attributed"] and r["speaker"] is None: errs.append(f"line {i}: attributed with null speaker")
        if r["companies"] != sorted(set(r["companies"])): errs.append(f"line {i}: companies not sorted/unique")
        if r["counters"] is not None and r["type"] != "counterclaim": errs.append(f"line {i}: counters on non-counterclaim")
        if not r["doc"].startswith("heldout9/docs/"): errs.append(f"line {i}: doc path")
        by_doc.setdefault(r["doc"], []).append((i, r))
files = sorted(os.listdir(os.path.join(here, "docs")))
for fn in files:
    if "heldout9/docs/" + fn not in by_doc: errs.append(f"{fn}: not labelled")
for doc, rows in by_doc.items():
    text = doctext(doc)
    pos = 0
    seen = set()
    lastp = 0
    if not (25 <= len(rows) <= 35): errs.append(f"{doc}: {len(rows)} sentences")
    for i, r in rows:
        t = norm(r["text"])
        j = text.find(t, pos)
        if j < 0:
            errs.append(f"line {i}: text not found in order in {doc}: {t[:60]}")
        else:
            pos = j + len(t)
        if r["counters"] is not None and r["counters"] not in seen:
            errs.append(f"line {i}: counters not an earlier sentence: {r['counters'][:50]}")
        if r["text"] in seen: errs.append(f"line {i}: duplicate sentence")
        seen.add(r["text"])
        if r["paragraph"] < lastp: errs.append(f"line {i}: paragraph goes back")
        lastp = r["paragraph"]
print("\n".join(errs) if errs else f"OK: {sum(len(v) for v in by_doc.values())} sentences in {len(by_doc)} documents")
sys.exit(1 if errs else 0)
