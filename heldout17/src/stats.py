"""Write STATS.txt: counts overall and per document."""
import collections
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "claims.jsonl"), encoding="utf-8")]
    docs = collections.OrderedDict()
    for r in recs:
        docs.setdefault(r["doc"], []).append(r)
    ext = collections.Counter(os.path.splitext(d)[1][1:] for d in docs)
    ty = collections.Counter(r["type"] for r in recs)
    st = collections.Counter(r["stance"] for r in recs)
    att = sum(r["attributed"] for r in recs)
    dv = [r for r in recs if not r["attributed"]]
    cc = [r for r in recs if r["type"] == "counterclaim"]
    out = []
    out.append("documents: %d (md %d, html %d, txt %d)" % (len(docs), ext["md"], ext["html"], ext["txt"]))
    out.append("sentences (claims): %d" % len(recs))
    out.append("per type: " + ", ".join("%s %d" % (k, ty[k]) for k in
               ["claim", "counterclaim", "evidence", "prediction", "recommendation", "context"]))
    out.append("per stance: " + ", ".join("%s %d" % (k, st[k]) for k in ["bullish", "bearish", "neutral"]))
    out.append("attributed sentences: %d" % att)
    out.append("default voice (attributed=false): %d (of which speaker null: %d)"
               % (len(dv), sum(r["speaker"] is None for r in dv)))
    out.append("counterclaims: %d, with a counters link: %d, without: %d"
               % (len(cc), sum(r["counters"] is not None for r in cc), sum(r["counters"] is None for r in cc)))
    comps = set(c for r in recs for c in r["companies"])
    spk = set(r["speaker"] for r in recs if r["speaker"] is not None)
    out.append("sentences with at least one company: %d; distinct companies: %d; distinct speakers: %d"
               % (sum(bool(r["companies"]) for r in recs), len(comps), len(spk)))
    out.append("")
    out.append("per document: sentences / attributed / counterclaims (linked) / bullish-bearish-neutral / paragraphs")
    for d, rs in docs.items():
        c = [r for r in rs if r["type"] == "counterclaim"]
        s = collections.Counter(r["stance"] for r in rs)
        out.append("  %s: %d / %d / %d (%d) / %d-%d-%d / %d" % (
            os.path.basename(d), len(rs), sum(r["attributed"] for r in rs), len(c),
            sum(r["counters"] is not None for r in c), s["bullish"], s["bearish"], s["neutral"],
            max(r["paragraph"] for r in rs)))
    out.append("")
    out.append("per document: type counts (claim/counterclaim/evidence/prediction/recommendation/context)")
    for d, rs in docs.items():
        t = collections.Counter(r["type"] for r in rs)
        out.append("  %s: %s" % (os.path.basename(d), "/".join(str(t[k]) for k in
                   ["claim", "counterclaim", "evidence", "prediction", "recommendation", "context"])))
    with open(os.path.join(ROOT, "STATS.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
