"""Validate the fourteenth held-out set: run `python3 validate.py` in this folder."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}
PREFIX = "heldout14/docs/"


def norm(s):
    return " ".join(s.split())


def body_text(raw):
    raw = re.sub(r"(?is)<script\b.*?</script>", " ", raw)
    raw = re.sub(r"(?is)<style\b.*?</style>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return norm(html.unescape(raw))


def main():
    errors = []
    recs = []
    with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % i)
                continue
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON (%s)" % (i, e))
                continue
            recs.append((i, r))
    by_doc = {}
    for i, r in recs:
        where = "line %d" % i
        if list(r.keys()) != KEYS:
            errors.append("%s: keys %s" % (where, list(r.keys())))
            continue
        if not r["doc"].startswith(PREFIX):
            errors.append("%s: doc path %r" % (where, r["doc"]))
        if not isinstance(r["paragraph"], int) or r["paragraph"] < 1:
            errors.append("%s: paragraph %r" % (where, r["paragraph"]))
        if not isinstance(r["text"], str) or norm(r["text"]) != r["text"] or not r["text"]:
            errors.append("%s: text not whitespace-normalised" % where)
        if r["speaker"] is not None and (not isinstance(r["speaker"], str) or not r["speaker"].strip()):
            errors.append("%s: speaker %r" % (where, r["speaker"]))
        if not isinstance(r["attributed"], bool):
            errors.append("%s: attributed %r" % (where, r["attributed"]))
        if r["attributed"] and r["speaker"] is None:
            errors.append("%s: attributed true with null speaker" % where)
        c = r["companies"]
        if not isinstance(c, list) or any(not isinstance(x, str) or not x for x in c):
            errors.append("%s: companies %r" % (where, c))
        elif c != sorted(set(c)):
            errors.append("%s: companies not sorted/unique %r" % (where, c))
        if r["type"] not in TYPES:
            errors.append("%s: type %r" % (where, r["type"]))
        if r["stance"] not in STANCES:
            errors.append("%s: stance %r" % (where, r["stance"]))
        if r["counters"] is not None and r["type"] != "counterclaim":
            errors.append("%s: counters on a %s" % (where, r["type"]))
        by_doc.setdefault(r["doc"], []).append((i, r))

    docs_dir = os.path.join(HERE, "docs")
    files = sorted(os.listdir(docs_dir))
    for fn in files:
        if PREFIX + fn not in by_doc:
            errors.append("%s: document has no labels" % fn)
    for doc, rows in by_doc.items():
        fn = doc[len(PREFIX):]
        path = os.path.join(docs_dir, fn)
        if not os.path.exists(path):
            errors.append("%s: no such document" % doc)
            continue
        text = body_text(open(path, encoding="utf-8").read())
        n = len(rows)
        if not 25 <= n <= 35:
            errors.append("%s: %d sentences (want 25-35)" % (fn, n))
        pos, last_par, seen = 0, 0, set()
        for i, r in rows:
            t = r["text"]
            if t in seen:
                errors.append("%s line %d: duplicate sentence %r" % (fn, i, t[:60]))
            if r["counters"] is not None and r["counters"] not in seen:
                errors.append("%s line %d: counters is not an earlier sentence: %r" % (fn, i, r["counters"][:60]))
            seen.add(t)
            k = text.find(t, pos)
            if k < 0:
                errors.append("%s line %d: text not found in order: %r" % (fn, i, t[:70]))
            else:
                pos = k + len(t)
            if r["paragraph"] < last_par:
                errors.append("%s line %d: paragraph goes back (%d < %d)" % (fn, i, r["paragraph"], last_par))
            last_par = r["paragraph"]
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d documents, %d sentences" % (len(by_doc), len(recs)))


if __name__ == "__main__":
    main()
