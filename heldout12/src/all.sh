#!/bin/sh
# Rebuild docs/, claims.jsonl and STATS.txt from the sources, then validate.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 stats.py
cd .. && python3 validate.py
