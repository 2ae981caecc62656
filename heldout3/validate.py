#!/usr/bin/env python3
"""Validate heldout3 labels: run `python3 validate.py` in this folder."""
import json, html, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}
ws = lambda s: re.sub(r"\s+", " ", s).strip()
errors = []
rows = []
with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append("line %d: invalid JSON (%s)" % (i, e)); continue
        if list(r.keys()) != KEYS: errors.append("line %d: keys %s" % (i, list(r.keys())))
        if not r["doc"].startswith("heldout3/docs/"): errors.append("line %d: doc path" % i)
        if not isinstance(r["paragraph"], int) or r["paragraph"] < 1: errors.append("line %d: paragraph" % i)
        if not isinstance(r["text"], str) or not r["text"].strip(): errors.append("line %d: text" % i)
        if r["speaker"] is not None and (not isinstance(r["speaker"], str) or not r["speaker"].strip()): errors.append("line %d: speaker" % i)
        if not isinstance(r["attributed"], bool): errors.append("line %d: attributed" % i)
        if r["attributed"] and r["speaker"] is None: errors.append("line %d: attributed with null speaker" % i)
        c = r["companies"]
        if not isinstance(c, list) or c != sorted(set(c)) or not all(isinstance(x, str) and x for x in c): errors.append("line %d: companies not sorted/unique" % i)
        if r["type"] not in TYPES: errors.append("line %d: type %r" % (i, r["type"]))
        if r["stance"] not in STANCES: errors.append("line %d: stance %r" % (i, r["stance"]))
        if r["counters"] is not None and r["type"] != "counterclaim": errors.append("line %d: counters on a %s" % (i, r["type"]))
        r["_line"] = i
        rows.append(r)
bydoc = collections.OrderedDict()
for r in rows: bydoc.setdefault(r["doc"], []).append(r)
for doc, rs in bydoc.items():
    path = os.path.join(HERE, "docs", doc.split("/")[-1])
    if not os.path.exists(path): errors.append("%s: file missing" % doc); continue
    raw = open(path, encoding="utf-8").read()
    body = ws(html.unescape(raw) if path.endswith(".html") else raw)
    if not 25 <= len(rs) <= 35: errors.append("%s: %d sentences (want 25-35)" % (doc, len(rs)))
    seen, pos, lastpara = [], 0, 0
    for r in rs:
        t = ws(r["text"])
        j = body.find(t, pos)
        if j < 0: errors.append("line %d: text not found (in order) in %s: %s" % (r["_line"], doc, t[:60]))
        else: pos = j + len(t)
        if r["paragraph"] < lastpara: errors.append("line %d: paragraph goes backwards" % r["_line"])
        lastpara = r["paragraph"]
        if r["counters"] is not None and r["counters"] not in seen: errors.append("line %d: counters is not an earlier sentence of %s" % (r["_line"], doc))
        if r["text"] in seen: errors.append("line %d: duplicate text in %s" % (r["_line"], doc))
        seen.append(r["text"])
files = set(os.listdir(os.path.join(HERE, "docs")))
labelled = set(d.split("/")[-1] for d in bydoc)
for f in files - labelled: errors.append("docs/%s has no labels" % f)
print("%d documents, %d sentences" % (len(bydoc), len(rows)))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
