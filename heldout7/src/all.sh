#!/bin/sh
# Rebuild docs/ and claims.jsonl from the sources.
set -e
cd "$(dirname "$0")"
for f in dealer_survey bidding_factbox merger_retro study_writeup funding_round ticktock teardown street_reaction expert_call plant_closure store_visits allhands; do
  python3 $f.py
done
cat build/*.part > ../claims.jsonl
