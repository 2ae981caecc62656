"""Validate the thirteenth held-out set: run `python3 validate.py` in this folder."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}
PREFIX = "heldout13/docs/"

errors = []


def err(msg):
    errors.append(msg)


def ws(t):
    return re.sub(r"\s+", " ", t).strip()


def doc_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<script\b.*?</script>", " ", raw)
        raw = re.sub(r"(?is)<style\b.*?</style>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return ws(raw)


rows = []
with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err("line %d: blank line" % n)
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("line %d: bad JSON (%s)" % (n, e))
            continue
        if list(obj.keys()) != KEYS:
            err("line %d: keys %s" % (n, list(obj.keys())))
            continue
        rows.append((n, obj))

by_doc = {}
for n, o in rows:
    if not isinstance(o["doc"], str) or not o["doc"].startswith(PREFIX):
        err("line %d: doc %r" % (n, o["doc"]))
        continue
    if not isinstance(o["paragraph"], int) or isinstance(o["paragraph"], bool) or o["paragraph"] < 1:
        err("line %d: paragraph %r" % (n, o["paragraph"]))
    if not isinstance(o["text"], str) or not o["text"] or o["text"] != ws(o["text"]):
        err("line %d: text not a whitespace-normalised string" % n)
    if o["speaker"] is not None and (not isinstance(o["speaker"], str) or not o["speaker"].strip()):
        err("line %d: speaker %r" % (n, o["speaker"]))
    if not isinstance(o["attributed"], bool):
        err("line %d: attributed %r" % (n, o["attributed"]))
    if o["attributed"] and o["speaker"] is None:
        err("line %d: attributed=true with a null speaker" % n)
    c = o["companies"]
    if not isinstance(c, list) or not all(isinstance(x, str) and x for x in c):
        err("line %d: companies %r" % (n, c))
    elif c != sorted(set(c)):
        err("line %d: companies not sorted/unique %r" % (n, c))
    if o["type"] not in TYPES:
        err("line %d: type %r" % (n, o["type"]))
    if o["stance"] not in STANCES:
        err("line %d: stance %r" % (n, o["stance"]))
    if o["counters"] is not None and o["type"] != "counterclaim":
        err("line %d: counters on a %s" % (n, o["type"]))
    by_doc.setdefault(o["doc"], []).append((n, o))

docdir = os.path.join(HERE, "docs")
files = sorted(os.listdir(docdir))
for fn in files:
    if PREFIX + fn not in by_doc:
        err("%s: document not labelled" % fn)

for doc, items in by_doc.items():
    fn = doc[len(PREFIX):]
    path = os.path.join(docdir, fn)
    if not os.path.exists(path):
        err("%s: no such document" % doc)
        continue
    if not 25 <= len(items) <= 35:
        err("%s: %d sentences (want 25-35)" % (fn, len(items)))
    text = doc_text(path)
    pos = 0
    last_para = 0
    seen = []
    for n, o in items:
        t = o["text"]
        i = text.find(t, pos)
        if i < 0:
            where = "anywhere" if text.find(t) < 0 else "in order"
            err("line %d: text not found %s in %s: %r" % (n, where, fn, t[:70]))
        else:
            pos = i + len(t)
        if o["paragraph"] < last_para:
            err("line %d: paragraph goes back (%d after %d)" % (n, o["paragraph"], last_para))
        last_para = max(last_para, o["paragraph"])
        if t in seen:
            err("line %d: duplicate sentence in %s" % (n, fn))
        if o["counters"] is not None and o["counters"] not in seen:
            err("line %d: counters is not an earlier sentence of %s: %r" % (n, fn, o["counters"][:70]))
        seen.append(t)

if errors:
    for e in errors:
        print("ERROR", e)
    print("%d error(s)" % len(errors))
    sys.exit(1)
print("OK: %d documents, %d sentences" % (len(by_doc), len(rows)))
