#!/bin/sh
# Rebuild docs/, claims.jsonl and STATS.txt from the per-document sources, then validate.
set -e
cd "$(dirname "$0")"
rm -rf build ../docs && mkdir -p ../docs
for f in d[0-9][0-9]_*.py; do python3 "$f"; done
: > ../claims.jsonl
for f in d[0-9][0-9]_*.py; do
  doc=$(grep -o 'build("[^"]*"' "$f" | head -1 | sed 's/build("//; s/"//')
  cat "build/$doc.part" >> ../claims.jsonl
done
cd .. && python3 stats.py > /dev/null && python3 validate.py
