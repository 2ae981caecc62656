#!/bin/sh
# Rebuild docs/, claims.jsonl and STATS.txt from the sources, validate, and run the name check.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 stats.py > /dev/null
(cd .. && python3 validate.py)
python3 namecheck.py
