#!/bin/sh
# Rebuild docs/, claims.jsonl and STATS.txt from the sources, validate, and run the name check.
set -e
cd "$(dirname "$0")/.."
python3 src/build.py
python3 validate.py
python3 src/stats.py > /dev/null
python3 src/namecheck.py
