#!/bin/sh
# Rebuild docs/, claims.jsonl and STATS.txt from the sources, then validate.
cd "$(dirname "$0")/.." && python3 src/build.py && python3 src/stats.py && python3 validate.py
