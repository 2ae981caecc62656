"""Counts for STATS.txt (also usable on its own: python3 stats.py)."""
import collections
import json
import os


def report(rows, fmts):
    out = []
    ty = collections.Counter(r["type"] for r in rows)
    st = collections.Counter(r["stance"] for r in rows)
    att = sum(r["attributed"] for r in rows)
    dflt = [r for r in rows if not r["attributed"]]
    cc = [r for r in rows if r["type"] == "counterclaim"]
    fm = collections.Counter(fmts.values())
    out.append(f"documents: {len(fmts)} (md {fm['md']}, html {fm['html']}, txt {fm['txt']})")
    out.append(f"sentences (claims): {len(rows)}")
    out.append("per type: " + ", ".join(f"{k} {ty[k]}" for k in ["claim", "counterclaim", "evidence", "prediction", "recommendation", "context"]))
    out.append("per stance: " + ", ".join(f"{k} {st[k]}" for k in ["bullish", "bearish", "neutral"]))
    out.append(f"attributed sentences: {att}")
    out.append(f"default voice (attributed=false): {len(dflt)} (of which speaker null: {sum(r['speaker'] is None for r in dflt)})")
    out.append(f"counterclaims: {len(cc)}, with a counters link: {sum(r['counters'] is not None for r in cc)}, without: {sum(r['counters'] is None for r in cc)}")
    comps = {c for r in rows for c in r["companies"]}
    spk = {r["speaker"] for r in rows if r["speaker"]}
    out.append(f"sentences with at least one company: {sum(bool(r['companies']) for r in rows)}; distinct companies: {len(comps)}; distinct speakers: {len(spk)}")
    out.append("")
    out.append("per document: sentences / attributed / counterclaims (linked) / bullish-bearish-neutral / paragraphs")
    by = collections.OrderedDict()
    for r in rows:
        by.setdefault(r["doc"], []).append(r)
    for doc in sorted(by):
        rs = by[doc]
        c = [r for r in rs if r["type"] == "counterclaim"]
        s = collections.Counter(r["stance"] for r in rs)
        out.append(f"  {doc.split('/')[-1]}: {len(rs)} / {sum(r['attributed'] for r in rs)} / {len(c)} ({sum(r['counters'] is not None for r in c)}) / "
                   f"{s['bullish']}-{s['bearish']}-{s['neutral']} / {max(r['paragraph'] for r in rs)}")
    out.append("")
    out.append("per document and type: claim / counterclaim / evidence / prediction / recommendation / context")
    for doc in sorted(by):
        t = collections.Counter(r["type"] for r in by[doc])
        out.append(f"  {doc.split('/')[-1]}: " + " / ".join(str(t[k]) for k in ["claim", "counterclaim", "evidence", "prediction", "recommendation", "context"]))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rows = [json.loads(l) for l in open(os.path.join(root, "claims.jsonl"), encoding="utf-8")]
    fmts = {r["doc"].split("/")[-1]: r["doc"].rsplit(".", 1)[-1] for r in rows}
    print(report(rows, fmts), end="")
