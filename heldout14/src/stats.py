"""Print the counts that go into STATS.txt (run from the set's folder)."""
import collections
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ["claim", "counterclaim", "evidence", "prediction", "recommendation", "context"]
STANCES = ["bullish", "bearish", "neutral"]


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "claims.jsonl"), encoding="utf-8") if l.strip()]
    by_doc = collections.OrderedDict()
    for r in recs:
        by_doc.setdefault(r["doc"], []).append(r)
    exts = collections.Counter(d.rsplit(".", 1)[1] for d in by_doc)
    t = collections.Counter(r["type"] for r in recs)
    s = collections.Counter(r["stance"] for r in recs)
    cc = [r for r in recs if r["type"] == "counterclaim"]
    comps = {c for r in recs for c in r["companies"]}
    spk = {r["speaker"] for r in recs if r["speaker"] is not None}
    out = []
    out.append("documents: %d (md %d, html %d, txt %d)" % (len(by_doc), exts["md"], exts["html"], exts["txt"]))
    out.append("sentences (claims): %d" % len(recs))
    out.append("per type: " + ", ".join("%s %d" % (k, t[k]) for k in TYPES))
    out.append("per stance: " + ", ".join("%s %d" % (k, s[k]) for k in STANCES))
    out.append("attributed sentences: %d" % sum(r["attributed"] for r in recs))
    dv = [r for r in recs if not r["attributed"]]
    out.append("default voice (attributed=false): %d (of which speaker null: %d)"
               % (len(dv), sum(r["speaker"] is None for r in dv)))
    out.append("counterclaims: %d, with a counters link: %d, without: %d"
               % (len(cc), sum(r["counters"] is not None for r in cc), sum(r["counters"] is None for r in cc)))
    out.append("sentences with at least one company: %d; distinct companies: %d; distinct speakers: %d"
               % (sum(bool(r["companies"]) for r in recs), len(comps), len(spk)))
    out.append("")
    out.append("per document: sentences / attributed / counterclaims (linked) / bullish-bearish-neutral / "
               "claim-counterclaim-evidence-prediction-recommendation-context / default voice")
    for d, rs in by_doc.items():
        tc = collections.Counter(r["type"] for r in rs)
        sc = collections.Counter(r["stance"] for r in rs)
        c = [r for r in rs if r["type"] == "counterclaim"]
        dflt = {r["speaker"] for r in rs if not r["attributed"]}
        out.append("  %s: %d / %d / %d (%d) / %s / %s / %s" % (
            d.rsplit("/", 1)[1], len(rs), sum(r["attributed"] for r in rs), len(c),
            sum(r["counters"] is not None for r in c), "-".join(str(sc[k]) for k in STANCES),
            "-".join(str(tc[k]) for k in TYPES),
            ", ".join(sorted(str(x) for x in dflt)) or "(none)"))
    print("\n".join(out))


if __name__ == "__main__":
    main()
