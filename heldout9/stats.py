"""Write STATS.txt from claims.jsonl."""
import json, os, collections
here = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(here, "claims.jsonl"), encoding="utf-8")]
docs = collections.OrderedDict()
for r in rows: docs.setdefault(r["doc"], []).append(r)
ext = collections.Counter(d.rsplit(".", 1)[1] for d in docs)
T = ["claim", "counterclaim", "evidence", "prediction", "recommendation", "context"]
S = ["bullish", "bearish", "neutral"]
tc = collections.Counter(r["type"] for r in rows); sc = collections.Counter(r["stance"] for r in rows)
cc = [r for r in rows if r["type"] == "counterclaim"]
out = []
out.append(f"documents: {len(docs)} (md {ext['md']}, html {ext['html']}, txt {ext['txt']})")
out.append(f"sentences (claims): {len(rows)}")
out.append("per type: " + ", ".join(f"{t} {tc[t]}" for t in T))
out.append("per stance: " + ", ".join(f"{s} {sc[s]}" for s in S))
out.append(f"attributed sentences: {sum(r['attributed'] for r in rows)}")
out.append(f"default voice (attributed=false): {sum(not r['attributed'] for r in rows)} (of which speaker null: {sum(r['speaker'] is None for r in rows)})")
out.append(f"counterclaims: {len(cc)}, with a counters link: {sum(r['counters'] is not None for r in cc)}, without: {sum(r['counters'] is None for r in cc)}")
out.append(f"sentences with at least one company: {sum(bool(r['companies']) for r in rows)}; distinct companies: {len(set(c for r in rows for c in r['companies']))}; distinct speakers: {len(set(r['speaker'] for r in rows if r['speaker']))}")
out.append("")
out.append("per document: sentences / attributed / counterclaims (linked) / bullish-bearish-neutral / claim-counterclaim-evidence-prediction-recommendation-context")
for d, rs in docs.items():
    c = [r for r in rs if r["type"] == "counterclaim"]
    st = collections.Counter(r["stance"] for r in rs); ty = collections.Counter(r["type"] for r in rs)
    out.append(f"  {d.split('/')[-1]}: {len(rs)} / {sum(r['attributed'] for r in rs)} / {len(c)} ({sum(r['counters'] is not None for r in c)}) / "
               f"{st['bullish']}-{st['bearish']}-{st['neutral']} / " + "-".join(str(ty[t]) for t in T))
open(os.path.join(here, "STATS.txt"), "w").write("\n".join(out) + "\n")
print("\n".join(out))
