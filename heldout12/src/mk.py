"""Shared machinery: one Doc per document, from which both the document text and
its labels are generated, so that the two cannot drift apart.

S(text, speaker, companies, type, stance, c=fragment, att=None)
  speaker: D for the document's default voice (attributed=false), or a name
           (attributed=true unless att=False is given).
  companies: "A;B" (sorted on output)
  type: cl cc ev pr re cx
  stance: + - 0
  c: a fragment of the earlier sentence a counterclaim answers
"""
import html, json, os, re

D = object()
TYPES = {"cl": "claim", "cc": "counterclaim", "ev": "evidence", "pr": "prediction",
         "re": "recommendation", "cx": "context"}
STANCES = {"+": "bullish", "-": "bearish", "0": "neutral"}


class S:
    def __init__(self, text, speaker, companies, typ, stance, c=None, att=None):
        self.text = text
        self.speaker = speaker
        self.companies = sorted(set(x.strip() for x in companies.split(";") if x.strip()))
        self.type = TYPES[typ]
        self.stance = STANCES[stance]
        self.c = c
        self.att = att


ENT = {"’": "&rsquo;", "‘": "&lsquo;", "“": "&ldquo;", "”": "&rdquo;", "£": "&pound;",
       "€": "&euro;", "—": "&mdash;", "–": "&ndash;", "é": "&eacute;", "ø": "&oslash;"}


def esc(t, entities=True):
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if entities:
        for k, v in ENT.items():
            t = t.replace(k, v)
    return t


class Doc:
    def __init__(self, name, kind, default, entities=True):
        self.name = name          # file name
        self.kind = kind          # md, html, txt
        self.default = default    # default voice (byline, else site, else None)
        self.entities = entities
        self.blocks = []          # (kind, sentences or text, options)
        self.head = ""
        self.foot = ""

    # block builders -------------------------------------------------------
    def h(self, text, **o):
        self.blocks.append(("h", text, o))

    def p(self, *sents, **o):
        self.blocks.append(("p", list(sents), o))

    def li(self, *sents, **o):
        self.blocks.append(("li", list(sents), o))

    def table(self, header, rows, **o):
        # header: S (context row); rows: list of S; cells joined by " | "
        self.blocks.append(("table", [header] + list(rows), o))

    def raw(self, text):
        self.blocks.append(("raw", text, {}))

    # rendering -------------------------------------------------------------
    def e(self, t):
        return esc(t, self.entities) if self.kind == "html" else t

    def ptext(self, sents):
        return " ".join(self.e(s.text) for s in sents)

    def render_body(self):
        out = []
        k = self.kind
        i = 0
        bl = self.blocks
        while i < len(bl):
            kind, x, o = bl[i]
            pre, post = o.get("pre", ""), o.get("post", "")
            if kind == "raw":
                out.append(x)
            elif kind == "h":
                if k == "md":
                    out.append(pre + "## " + x + post)
                elif k == "html":
                    out.append(o.get("tag_open", "<h2>") + pre + esc(x, self.entities) + post
                               + o.get("tag_close", "</h2>"))
                else:
                    out.append(pre + x + post)
            elif kind == "p":
                if k == "html":
                    out.append(o.get("tag_open", "<p>") + pre + self.ptext(x) + post
                               + o.get("tag_close", "</p>"))
                else:
                    out.append(pre + self.ptext(x) + post)
            elif kind == "li":
                if k == "html":
                    items = []
                    lt = o.get("list", "ul")
                    while i < len(bl) and bl[i][0] == "li":
                        _, xx, oo = bl[i]
                        items.append("  <li>" + oo.get("pre", "") + self.ptext(xx)
                                     + oo.get("post", "") + "</li>")
                        i += 1
                    out.append("<%s>\n%s\n</%s>" % (lt, "\n".join(items), lt))
                    continue
                else:
                    items = []
                    n = 1
                    while i < len(bl) and bl[i][0] == "li":
                        _, xx, oo = bl[i]
                        mark = oo.get("mark", "- ")
                        if mark == "num":
                            mark = "%d. " % n
                        items.append(mark + oo.get("pre", "") + self.ptext(xx) + oo.get("post", ""))
                        n += 1
                        i += 1
                    out.append("\n".join(items))
                    continue
            elif kind == "table":
                if k == "md":
                    rows = x
                    ncol = rows[0].text.count(" | ") + 1
                    lines = ["| " + rows[0].text + " |", "|" + "---|" * ncol]
                    lines += ["| " + r.text + " |" for r in rows[1:]]
                    out.append("\n".join(lines))
                elif k == "html":
                    rows = x
                    def tr(r, cell):
                        return "<tr>" + "".join("<%s>%s</%s>" % (cell, esc(c, self.entities), cell)
                                                for c in r.text.split(" | ")) + "</tr>"
                    out.append("<table>\n<thead>" + tr(rows[0], "th") + "</thead>\n<tbody>\n"
                               + "\n".join(tr(r, "td") for r in rows[1:]) + "\n</tbody>\n</table>")
                else:
                    out.append("\n".join(r.text for r in x))
            i += 1
        sep = "\n\n" if k != "html" else "\n"
        return sep.join(out)

    def render(self):
        body = self.render_body()
        sep = "\n\n" if self.kind != "html" else "\n"
        return self.head + body + sep + self.foot if self.foot else self.head + body + "\n"

    # labels ------------------------------------------------------------------
    def labels(self, folder="heldout12/docs"):
        recs = []
        par = 0
        seen = []
        for kind, x, o in self.blocks:
            if kind in ("raw", "h"):
                continue
            par += 1
            for s in x:
                if s.speaker is D:
                    spk, att = self.default, False
                else:
                    spk, att = s.speaker, (True if s.att is None else s.att)
                ctr = None
                if s.c is not None:
                    hits = [t for t in seen if s.c in t]
                    if len(hits) != 1:
                        raise SystemExit("%s: counters fragment %r matches %d earlier sentences"
                                         % (self.name, s.c, len(hits)))
                    ctr = hits[0]
                    if s.type != "counterclaim":
                        raise SystemExit("%s: counters on a %s" % (self.name, s.type))
                elif s.type == "counterclaim":
                    raise SystemExit("%s: counterclaim without target: %r" % (self.name, s.text))
                recs.append({"doc": folder + "/" + self.name, "paragraph": par, "text": s.text,
                             "speaker": spk, "attributed": att, "companies": s.companies,
                             "type": s.type, "stance": s.stance, "counters": ctr})
                seen.append(s.text)
        return recs

    def write(self, root):
        with open(os.path.join(root, "docs", self.name), "w", encoding="utf-8") as f:
            f.write(self.render())
        os.makedirs(os.path.join(root, "src", "build"), exist_ok=True)
        with open(os.path.join(root, "src", "build", self.name + ".part"), "w", encoding="utf-8") as f:
            for r in self.labels():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
