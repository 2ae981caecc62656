#!/usr/bin/env bash
# How far retraining alone moves each figure `pincite score-claims --set all` prints.
#
#   eval/retraining-swing.sh [RUNS]      (default 4; about four minutes a run on 2 cores)
#
# The type, stance, voice and link models are trained at every build on gold/ and train/, with the
# speakers, companies and types the rules give. A rule change that moves a few dozen of train/'s
# 15,000 sentences changes what the models learn, and the small evaluation sets move with them
# although no rule touched them. To know how much of a figure's move is that, each run trains the
# models on gold/ and train/ less a different 1% of train/'s documents (seeded by the run's number,
# so the runs are the same every time), and scores them. It prints, for each figure, its value with
# the built models, the standard deviation over those and the runs, and the range (TSV). The floors
# of eval/floors.yaml keep twice the standard deviation as their margin (see its header).
#
# Needs the build (bin/pincite build) and python3. Runs the blind sets as score-claims does: say
# so wherever their figures are reported.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-4}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PINCITE_AOT=0

"$ROOT/bin/pincite" score-claims --set all >"$WORK/score-0.txt" 2>/dev/null
for k in $(seq 1 "$RUNS"); do
  echo "retraining-swing: run $k of $RUNS ..." >&2
  # The labels' document paths are "train/docs/...", read from the labels folder's parent.
  labels="$WORK/run-$k/train"
  mkdir -p "$labels"
  ln -s "$ROOT/train/docs" "$labels/docs"
  python3 - "$ROOT/train/claims.jsonl" "$labels/claims.jsonl" "$k" <<'PY'
import json, random, sys
source, target, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [json.loads(line) for line in open(source, encoding="utf-8")]
docs = sorted({r["doc"] for r in rows})
random.seed(seed)
left_out = set(random.sample(docs, max(1, len(docs) // 100)))
with open(target, "w", encoding="utf-8") as out:
    for r in rows:
        if r["doc"] not in left_out:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
  "$ROOT/bin/pincite" train-models --out "$WORK/run-$k/models/dev/pincite/claims" \
    --labels "$ROOT/gold,$labels" >"$WORK/run-$k/train.log" 2>&1
  PINCITE_MODELS="$WORK/run-$k/models" "$ROOT/bin/pincite" score-claims --set all \
    >"$WORK/score-$k.txt" 2>/dev/null
done

python3 - "$WORK" "$RUNS" <<'PY'
import re, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
def figures(path):
    out, current = {}, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"== (\S+):", line)
        if m:
            current = m.group(1)
            continue
        m = re.match(r"  ([a-z_0-9]+)\s+(-?[0-9.]+)\s", line)
        if m and current:
            out[(current, m.group(1))] = float(m.group(2))
    return out
scores = [figures(f"{work}/score-{k}.txt") for k in range(runs + 1)]
print("set\tfigure\tvalue\tsd\trange")
for key, value in scores[0].items():
    values = [s.get(key) for s in scores]
    if None in values or value > 1.0:
        continue  # counts, not fractions
    print(f"{key[0]}\t{key[1]}\t{value:.3f}\t{statistics.pstdev(values):.4f}\t{max(values) - min(values):.3f}")
PY
