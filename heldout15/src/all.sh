#!/bin/sh
# Rebuild docs/, claims.jsonl and STATS.txt from the sources, then validate and check names.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 stats.py > ../STATS.txt
cd ..
python3 validate.py
python3 src/namecheck.py
