#!/usr/bin/env python3
"""Write STATS.txt from claims.jsonl."""
import json, os, collections
here = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(here, "claims.jsonl"))]
docs = collections.OrderedDict()
for r in rows:
    docs.setdefault(r["doc"], []).append(r)
ext = collections.Counter(d.rsplit(".", 1)[1] for d in docs)
types = collections.Counter(r["type"] for r in rows)
stances = collections.Counter(r["stance"] for r in rows)
att = sum(r["attributed"] for r in rows)
dv = [r for r in rows if not r["attributed"]]
cc = [r for r in rows if r["type"] == "counterclaim"]
linked = [r for r in cc if r["counters"]]
withco = sum(1 for r in rows if r["companies"])
comps = {c for r in rows for c in r["companies"]}
spk = {r["speaker"] for r in rows if r["speaker"]}
out = []
out.append(f"documents: {len(docs)} (md {ext['md']}, html {ext['html']}, txt {ext['txt']})")
out.append(f"sentences (claims): {len(rows)}")
out.append("per type: " + ", ".join(f"{t} {types[t]}" for t in
           ["claim", "counterclaim", "evidence", "prediction", "recommendation", "context"]))
out.append("per stance: " + ", ".join(f"{s} {stances[s]}" for s in ["bullish", "bearish", "neutral"]))
out.append(f"attributed sentences: {att}")
out.append(f"default voice (attributed=false): {len(dv)} (of which speaker null: {sum(1 for r in dv if r['speaker'] is None)})")
out.append(f"counterclaims: {len(cc)}, with a counters link: {len(linked)}, without: {len(cc) - len(linked)}")
out.append(f"sentences with at least one company: {withco}; distinct companies: {len(comps)}; distinct speakers: {len(spk)}")
out.append("")
out.append("per document: sentences / attributed / counterclaims (linked) / bullish-bearish-neutral")
for d, rs in sorted(docs.items()):
    c = [r for r in rs if r["type"] == "counterclaim"]
    st = collections.Counter(r["stance"] for r in rs)
    out.append(f"  {d.split('/')[-1]}: {len(rs)} / {sum(r['attributed'] for r in rs)} / {len(c)} "
               f"({sum(1 for r in c if r['counters'])}) / {st['bullish']}-{st['bearish']}-{st['neutral']}")
open(os.path.join(here, "STATS.txt"), "w").write("\n".join(out) + "\n")
print("\n".join(out))
