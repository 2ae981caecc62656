#!/usr/bin/env python3
"""Check claims.jsonl against docs/ (run in this folder: python3 validate.py)."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["doc", "paragraph", "text", "speaker", "attributed", "companies", "type", "stance", "counters"]
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}
PREFIX = "heldout16/docs/"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<script\b.*?</script>", " ", raw)
        raw = re.sub(r"(?is)<style\b.*?</style>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return norm(raw)


def main():
    errors = []

    def err(n, msg):
        errors.append(f"line {n}: {msg}")

    rows = []
    with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(n, f"bad JSON: {e}")
                continue
            rows.append((n, r))

    by_doc = {}
    for n, r in rows:
        if list(r.keys()) != KEYS:
            err(n, f"keys {list(r.keys())} != {KEYS}")
            continue
        if not isinstance(r["doc"], str) or not r["doc"].startswith(PREFIX):
            err(n, f"doc must start with {PREFIX}")
        if not isinstance(r["paragraph"], int) or r["paragraph"] < 1:
            err(n, "paragraph must be a positive integer")
        if not isinstance(r["text"], str) or not r["text"].strip() or r["text"] != norm(r["text"]):
            err(n, "text must be a non-empty whitespace-normalised string")
        if r["speaker"] is not None and (not isinstance(r["speaker"], str) or not r["speaker"].strip()):
            err(n, "speaker must be a non-empty string or null")
        if not isinstance(r["attributed"], bool):
            err(n, "attributed must be a boolean")
        if r["attributed"] and r["speaker"] is None:
            err(n, "attributed=true with a null speaker")
        cs = r["companies"]
        if not isinstance(cs, list) or not all(isinstance(c, str) and c for c in cs):
            err(n, "companies must be a list of strings")
        elif cs != sorted(set(cs)):
            err(n, f"companies not sorted/unique: {cs}")
        if r["type"] not in TYPES:
            err(n, f"bad type {r['type']}")
        if r["stance"] not in STANCES:
            err(n, f"bad stance {r['stance']}")
        if r["counters"] is not None:
            if r["type"] != "counterclaim":
                err(n, "counters set on a non-counterclaim")
            if not isinstance(r["counters"], str):
                err(n, "counters must be a string or null")
        by_doc.setdefault(r["doc"], []).append((n, r))

    for doc, items in by_doc.items():
        path = os.path.join(HERE, "docs", doc[len(PREFIX):])
        if not os.path.exists(path):
            errors.append(f"{doc}: file missing")
            continue
        text = doc_text(path)
        pos, last_par, seen = 0, 0, []
        for n, r in items:
            t = norm(r["text"])
            i = text.find(t, pos)
            if i < 0:
                where = "earlier in the document (out of order)" if text.find(t) >= 0 else "nowhere"
                err(n, f"{doc}: text not found in order (found {where}): {t[:70]}")
            else:
                pos = i + len(t)
            if r["paragraph"] < last_par:
                err(n, f"{doc}: paragraph goes back ({r['paragraph']} < {last_par})")
            last_par = r["paragraph"]
            if r["text"] in seen:
                err(n, f"{doc}: duplicate sentence")
            if r["counters"] is not None and r["counters"] not in seen:
                err(n, f"{doc}: counters is not the text of an earlier sentence in this document")
            seen.append(r["text"])
        if not 25 <= len(items) <= 35:
            errors.append(f"{doc}: {len(items)} sentences (want 25-35)")

    on_disk = sorted(f for f in os.listdir(os.path.join(HERE, "docs")) if not f.startswith("."))
    labelled = sorted(d[len(PREFIX):] for d in by_doc)
    for f in on_disk:
        if f not in labelled:
            errors.append(f"docs/{f}: not labelled")

    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(rows)} sentences in {len(by_doc)} documents")


if __name__ == "__main__":
    main()
