"""Shared helpers: parse a per-document spec into paragraphs and labels.

Spec lines:
  blank line        -> paragraph break
  ## Heading        -> section heading (not a claim)
  @li               -> next paragraph is a list item
  @lab LABEL        -> next paragraph carries a label (rendered by the document's renderer)
  text ~ spk ~ comps ~ type ~ stance [~ #id] [~ >target]
      spk: '-' = default voice (attributed false), otherwise alias or canonical name
      comps: ';'-separated aliases/names or '' ; type: c cc ev pr rec ctx ; stance: + - 0
"""
import json, html, os, sys

TYPES = {"c": "claim", "cc": "counterclaim", "ev": "evidence", "pr": "prediction",
         "rec": "recommendation", "ctx": "context"}
ST = {"+": "bullish", "-": "bearish", "0": "neutral"}


def parse(spec, default, alias):
    blocks = []   # list of dict(kind=para/heading, ...)
    cur = None
    pending = {}
    for raw in spec.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            cur = None
            continue
        if line.startswith("## "):
            blocks.append({"kind": "h", "text": line[3:]})
            cur = None
            continue
        if line.startswith("@raw "):
            blocks.append({"kind": "raw", "text": line[5:]})
            cur = None
            continue
        if line == "@li":
            pending["li"] = True
            continue
        if line.startswith("@lab "):
            pending["label"] = line[5:]
            continue
        parts = [p.strip() for p in line.split(" ~ ")]
        if len(parts) < 5:
            raise SystemExit("bad line: " + line)
        text, spk, comps, typ, st = parts[:5]
        sid = tgt = None
        for extra in parts[5:]:
            if extra.startswith("#"):
                sid = extra[1:]
            elif extra.startswith(">"):
                tgt = extra[1:]
        if cur is None:
            cur = {"kind": "p", "sents": [], "li": pending.pop("li", False),
                   "label": pending.pop("label", None)}
            blocks.append(cur)
        cur["sents"].append(dict(text=text, spk=spk, comps=comps, typ=typ, st=st, sid=sid, tgt=tgt))
    return blocks


def labels(docname, blocks, default, alias):
    out = []
    ids = {}
    n = 0
    for b in blocks:
        if b["kind"] != "p":
            continue
        n += 1
        for s in b["sents"]:
            if s["spk"] == "-":
                spk, att = default, False
            else:
                spk, att = alias.get(s["spk"], s["spk"]), True
            comps = sorted(set(alias.get(c.strip(), c.strip()) for c in s["comps"].split(";") if c.strip()))
            typ = TYPES[s["typ"]]
            ctr = None
            if s["tgt"]:
                if s["tgt"] not in ids:
                    raise SystemExit(f"{docname}: unknown target {s['tgt']}")
                ctr = ids[s["tgt"]]
            if typ == "counterclaim" and ctr is None and s["tgt"] != "NONE":
                raise SystemExit(f"{docname}: counterclaim without target: {s['text']}")
            if ctr is not None and typ != "counterclaim":
                raise SystemExit(f"{docname}: target on non-counterclaim: {s['text']}")
            if s["sid"]:
                ids[s["sid"]] = s["text"]
            out.append({"doc": "heldout9/docs/" + docname, "paragraph": n, "text": s["text"],
                        "speaker": spk, "attributed": att, "companies": comps, "type": typ,
                        "stance": ST[s["st"]], "counters": ctr})
    return out


def para_text(b):
    return " ".join(s["text"] for s in b["sents"])


def hesc(t):
    t = html.escape(t, quote=False)
    return (t.replace("\u2019", "&rsquo;").replace("\u2018", "&lsquo;").replace("\u201c", "&ldquo;")
             .replace("\u201d", "&rdquo;").replace("\u2014", "&mdash;").replace("\u2013", "&ndash;")
             .replace("\u00a3", "&pound;").replace("\u20ac", "&euro;"))


def write(docname, content, recs):
    base = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(base)
    with open(os.path.join(root, "docs", docname), "w", encoding="utf-8") as f:
        f.write(content)
    os.makedirs(os.path.join(base, "build"), exist_ok=True)
    with open(os.path.join(base, "build", docname + ".part"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(docname, len(recs))


def render_txt(blocks, head=""):
    out = [head.rstrip("\n")] if head else []
    for b in blocks:
        if b["kind"] == "h":
            out.append(b["text"])
        elif b["kind"] == "raw":
            out.append(b["text"])
        else:
            t = para_text(b)
            if b["label"]:
                t = b["label"] + ": " + t
            if b["li"]:
                t = "- " + t
            out.append(t)
    return "\n\n".join(out) + "\n"


def render_md(blocks, head=""):
    out = [head.rstrip("\n")] if head else []
    for b in blocks:
        if b["kind"] == "h":
            out.append("## " + b["text"])
        elif b["kind"] == "raw":
            out.append(b["text"])
        else:
            t = para_text(b)
            if b["label"]:
                t = "**" + b["label"] + ":** " + t
            if b["li"]:
                t = "- " + t
            out.append(t)
    return "\n\n".join(out) + "\n"


def render_html_body(blocks, labelfmt="<strong>{}:</strong> "):
    out = []
    inlist = False
    for b in blocks:
        if b["kind"] == "p" and b["li"]:
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append("  <li>" + hesc(para_text(b)) + "</li>")
            continue
        if inlist:
            out.append("</ul>")
            inlist = False
        if b["kind"] == "h":
            out.append("<h2>" + hesc(b["text"]) + "</h2>")
        elif b["kind"] == "raw":
            out.append(b["text"])
        else:
            lab = labelfmt.format(hesc(b["label"])) if b["label"] else ""
            out.append("<p>" + lab + hesc(para_text(b)) + "</p>")
    if inlist:
        out.append("</ul>")
    return "\n".join(out)


def build(docname, spec, default, alias, render):
    blocks = parse(spec, default, alias)
    recs = labels(docname, blocks, default, alias)
    write(docname, render(blocks), recs)
