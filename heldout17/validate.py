"""Validate claims.jsonl against docs/ (run in this folder: python3 validate.py).

Checks: every line is JSON with exactly the keys doc, paragraph, text, speaker, attributed,
companies, type, stance, counters in that order; enum values; companies a sorted list of
unique strings; attributed never true with a null speaker; counters only on counterclaims
and always equal to the text of an earlier sentence of the same document; text
whitespace-normalised and found, in reading order, in its document after script/style
removal, tag stripping (data-table cells joined by " | "), HTML-entity decoding and
whitespace normalisation; paragraph numbers never going back; no duplicate sentence in a
document; 25-35 sentences per document; every document in docs/ labelled.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}
PREFIX = "heldout17/docs/"


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def plain(path):
    with open(path, encoding="utf-8") as f:
        t = f.read()
    if path.endswith(".html"):
        t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
        t = re.sub(r"<(script|style)\b.*?</\1>", " ", t, flags=re.S | re.I)

        def table(m):
            x = m.group(0)
            x = re.sub(r"</td>\s*<td[^>]*>", " | ", x)
            x = re.sub(r"</th>\s*<th[^>]*>", " | ", x)
            return x
        t = re.sub(r'<table class="data".*?</table>', table, t, flags=re.S)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return norm(t)


def main():
    errors = []

    def err(msg):
        errors.append(msg)

    recs = []
    with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                err("line %d: not JSON (%s)" % (i, e))
                continue
            if list(r.keys()) != KEYS:
                err("line %d: keys %s" % (i, list(r.keys())))
                continue
            r["_line"] = i
            recs.append(r)

    docs = {}
    for r in recs:
        i = r["_line"]
        if not (isinstance(r["doc"], str) and r["doc"].startswith(PREFIX)):
            err("line %d: doc %r" % (i, r["doc"]))
            continue
        if not isinstance(r["paragraph"], int) or isinstance(r["paragraph"], bool) or r["paragraph"] < 1:
            err("line %d: paragraph %r" % (i, r["paragraph"]))
        if not isinstance(r["text"], str) or not r["text"] or r["text"] != norm(r["text"]):
            err("line %d: text not whitespace-normalised" % i)
        if r["speaker"] is not None and (not isinstance(r["speaker"], str) or not r["speaker"]):
            err("line %d: speaker %r" % (i, r["speaker"]))
        if not isinstance(r["attributed"], bool):
            err("line %d: attributed %r" % (i, r["attributed"]))
        if r["attributed"] is True and r["speaker"] is None:
            err("line %d: attributed with a null speaker" % i)
        c = r["companies"]
        if not (isinstance(c, list) and all(isinstance(x, str) and x for x in c)):
            err("line %d: companies %r" % (i, c))
        elif c != sorted(set(c)):
            err("line %d: companies not sorted/unique %r" % (i, c))
        if r["type"] not in TYPES:
            err("line %d: type %r" % (i, r["type"]))
        if r["stance"] not in STANCES:
            err("line %d: stance %r" % (i, r["stance"]))
        if r["counters"] is not None:
            if r["type"] != "counterclaim":
                err("line %d: counters on a %s" % (i, r["type"]))
            if not isinstance(r["counters"], str):
                err("line %d: counters %r" % (i, r["counters"]))
        docs.setdefault(r["doc"], []).append(r)

    files = sorted(os.listdir(os.path.join(HERE, "docs")))
    for fn in files:
        if PREFIX + fn not in docs:
            err("%s: not labelled" % fn)
    for doc, rs in docs.items():
        path = os.path.join(HERE, "docs", doc[len(PREFIX):])
        if not os.path.exists(path):
            err("%s: no such document" % doc)
            continue
        if not 25 <= len(rs) <= 35:
            err("%s: %d sentences" % (doc, len(rs)))
        body = plain(path)
        pos = 0
        seen = []
        last_para = 0
        for r in rs:
            i = r["_line"]
            if r["text"] in seen:
                err("line %d: duplicate sentence in %s" % (i, doc))
            if r["counters"] is not None and r["counters"] not in seen:
                err("line %d: counters is not an earlier sentence of %s" % (i, doc))
            if isinstance(r["paragraph"], int):
                if r["paragraph"] < last_para:
                    err("line %d: paragraph goes back (%d after %d)" % (i, r["paragraph"], last_para))
                last_para = max(last_para, r["paragraph"])
            k = body.find(r["text"], pos)
            if k < 0:
                where = "out of order" if body.find(r["text"]) >= 0 else "not found"
                err("line %d: text %s in %s: %s" % (i, where, doc, r["text"][:70]))
            else:
                pos = k + len(r["text"])
            seen.append(r["text"])

    for e in errors:
        print("ERROR", e)
    print("validate: %d documents, %d sentences, %d errors" % (len(docs), len(recs), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
