"""Write STATS.txt from claims.jsonl."""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
recs = [json.loads(l) for l in open(os.path.join(ROOT, "claims.jsonl"), encoding="utf-8")]
TYPES = ["claim", "counterclaim", "evidence", "prediction", "recommendation", "context"]
STANCES = ["bullish", "bearish", "neutral"]


def block(rs):
    t = collections.Counter(r["type"] for r in rs)
    s = collections.Counter(r["stance"] for r in rs)
    att = sum(r["attributed"] for r in rs)
    dflt = [r for r in rs if not r["attributed"]]
    cc = [r for r in rs if r["type"] == "counterclaim"]
    return [
        "sentences: %d" % len(rs),
        "paragraphs: %d" % len({(r["doc"], r["paragraph"]) for r in rs}),
        "per type: " + ", ".join("%s %d" % (k, t[k]) for k in TYPES),
        "per stance: " + ", ".join("%s %d" % (k, s[k]) for k in STANCES),
        "attributed: %d; default voice (attributed=false): %d (of which speaker null: %d)"
        % (att, len(dflt), sum(r["speaker"] is None for r in dflt)),
        "counterclaims: %d, with a counters link: %d, without: %d"
        % (len(cc), sum(r["counters"] is not None for r in cc), sum(r["counters"] is None for r in cc)),
        "sentences with at least one company: %d; distinct companies: %d; distinct speakers: %d"
        % (sum(bool(r["companies"]) for r in rs), len({c for r in rs for c in r["companies"]}),
           len({r["speaker"] for r in rs if r["speaker"] is not None})),
    ]


docs = collections.OrderedDict()
for r in recs:
    docs.setdefault(r["doc"], []).append(r)
kinds = collections.Counter(d.rsplit(".", 1)[1] for d in docs)
out = ["heldout12 claim set: statistics (made by src/stats.py from claims.jsonl)", "",
       "OVERALL", "documents: %d (md %d, html %d, txt %d)" % (len(docs), kinds["md"], kinds["html"], kinds["txt"])]
out += block(recs)
out += ["", "PER DOCUMENT"]
for d, rs in docs.items():
    out += ["", d.split("/")[-1]] + ["  " + x for x in block(rs)]
out += ["", "DISTINCT COMPANIES", ", ".join(sorted({c for r in recs for c in r["companies"]})),
        "", "DISTINCT SPEAKERS", ", ".join(sorted({r["speaker"] for r in recs if r["speaker"]}))]
open(os.path.join(ROOT, "STATS.txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out[:12]))
