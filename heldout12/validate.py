#!/usr/bin/env python3
"""Validate heldout12/claims.jsonl against heldout12/docs/. Run in this folder."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}
INLINE = r"a|em|strong|i|b|span|abbr|cite|small|sup|sub|time|code|q|mark|u"
errors = []


def err(msg):
    errors.append(msg)


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def doc_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<script\b.*?</script>", " ", raw)
        raw = re.sub(r"(?is)<style\b.*?</style>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?i)</?(?:%s)\b[^>]*>" % INLINE, "", raw)   # inline tags vanish
        raw = re.sub(r"<[^>]+>", " ", raw)                          # block tags separate
        raw = html.unescape(raw)
    return norm(raw)


recs = []
with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        line = line.rstrip("\n")
        if not line.strip():
            err("line %d: blank line" % n)
            continue
        try:
            r = json.loads(line)
        except ValueError as e:
            err("line %d: bad JSON: %s" % (n, e))
            continue
        if list(r.keys()) != KEYS:
            err("line %d: keys %s" % (n, list(r.keys())))
            continue
        r["_n"] = n
        recs.append(r)

by_doc = {}
for r in recs:
    n = r["_n"]
    if not (isinstance(r["doc"], str) and r["doc"].startswith("heldout12/docs/")):
        err("line %d: doc %r" % (n, r["doc"]))
    if not isinstance(r["paragraph"], int) or r["paragraph"] < 1:
        err("line %d: paragraph %r" % (n, r["paragraph"]))
    if not isinstance(r["text"], str) or not r["text"].strip() or norm(r["text"]) != r["text"]:
        err("line %d: text not a whitespace-normalised string" % n)
    if r["speaker"] is not None and (not isinstance(r["speaker"], str) or not r["speaker"].strip()):
        err("line %d: speaker %r" % (n, r["speaker"]))
    if not isinstance(r["attributed"], bool):
        err("line %d: attributed not a boolean" % n)
    if r["attributed"] is True and r["speaker"] is None:
        err("line %d: attributed true with a null speaker" % n)
    c = r["companies"]
    if not isinstance(c, list) or not all(isinstance(x, str) and x for x in c):
        err("line %d: companies not a list of names" % n)
    elif c != sorted(set(c)):
        err("line %d: companies not sorted and unique: %s" % (n, c))
    if r["type"] not in TYPES:
        err("line %d: type %r" % (n, r["type"]))
    if r["stance"] not in STANCES:
        err("line %d: stance %r" % (n, r["stance"]))
    if r["counters"] is not None and r["type"] != "counterclaim":
        err("line %d: counters on a %s" % (n, r["type"]))
    by_doc.setdefault(r["doc"], []).append(r)

files = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
for f in files:
    if "heldout12/docs/" + f not in by_doc:
        err("document %s has no labels" % f)

for doc, rs in by_doc.items():
    path = os.path.join(DOCS, doc[len("heldout12/docs/"):])
    if not os.path.exists(path):
        err("%s: no such document" % doc)
        continue
    body = doc_text(path)
    pos = 0
    seen = []
    last_par = 0
    for r in rs:
        t = norm(r["text"])
        i = body.find(t, pos)
        if i < 0:
            where = "earlier (out of order)" if body.find(t) >= 0 else "nowhere"
            err("line %d: text not found in order in %s (found %s): %s" % (r["_n"], doc, where, t[:80]))
        else:
            pos = i + len(t)
        if r["paragraph"] < last_par:
            err("line %d: paragraph number goes back" % r["_n"])
        last_par = r["paragraph"]
        if r["counters"] is not None and r["counters"] not in seen:
            err("line %d: counters is not an earlier sentence of %s" % (r["_n"], doc))
        if r["text"] in seen:
            err("line %d: duplicate sentence in %s" % (r["_n"], doc))
        seen.append(r["text"])
    if not 25 <= len(rs) <= 35:
        err("%s: %d sentences (want 25-35)" % (doc, len(rs)))

if errors:
    print("\n".join(errors))
    print("FAIL: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d documents, %d sentences" % (len(by_doc), len(recs)))
