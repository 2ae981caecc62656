#!/bin/sh
# Rebuild docs/, claims.jsonl and STATS.txt from the sources, then validate.
cd "$(dirname "$0")" && rm -rf build ../docs && mkdir -p ../docs build
for f in d*.py; do python3 "$f" || exit 1; done
cat build/*.part > ../claims.jsonl
cd .. && python3 stats.py > STATS.txt && python3 validate.py
