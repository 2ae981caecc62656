#!/bin/sh
# Rebuild docs/, claims.jsonl and STATS.txt from the sources, validate, and run the name check.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
python3 build.py
python3 stats.py
cd .. && python3 validate.py && cd src
python3 namecheck.py
