#!/bin/sh
# Rebuild docs/ and claims.jsonl from the per-document sources.
cd "$(dirname "$0")" || exit 1
rm -f build/*.part
for f in d*.py; do python3 "$f" || exit 1; done
cat $(ls build/*.part | sort) > ../claims.jsonl
cd .. && python3 validate.py && python3 stats.py > STATS.txt
