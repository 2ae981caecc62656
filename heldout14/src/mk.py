"""Shared renderer and labeller for the fourteenth held-out set.

Each document source (dNN_*.py) builds a Doc from S(...) sentences and asks for one of the
three renderings; the same objects give the label records, so text and labels cannot drift.
"""
import re
import textwrap

D = "<default voice>"  # marker: the document's own voice (byline, else site, else null)

TYPES = dict(cl="claim", cc="counterclaim", ev="evidence", pr="prediction",
             rc="recommendation", cx="context")
STANCES = dict(bu="bullish", be="bearish", ne="neutral")


def S(text, spk, comps, typ, st, ctr=None, att=None):
    """One body sentence: text, speaker (D = default voice), companies, type code, stance code,
    counters fragment (resolved to the one earlier sentence containing it), attributed override."""
    assert typ in TYPES, typ
    assert st in STANCES, st
    if ctr is not None:
        assert typ == "cc", ("counters on a non-counterclaim", text)
    return dict(text=" ".join(text.split()), spk=spk, comps=list(comps), typ=TYPES[typ],
                st=STANCES[st], ctr=ctr, att=att)


ENTITIES = {
    "\u2019": "&rsquo;", "\u2018": "&lsquo;", "\u201c": "&ldquo;", "\u201d": "&rdquo;",
    "\u00a3": "&pound;", "\u2014": "&mdash;", "\u2013": "&ndash;", "\u00f1": "&ntilde;",
    "\u00e9": "&eacute;", "\u00e2": "&acirc;",
}


def enc(text, entities=True):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if entities:
        for ch, ent in ENTITIES.items():
            text = text.replace(ch, ent)
    return text


class Doc:
    def __init__(self, name, default):
        self.name = name          # file name under docs/
        self.default = default    # default voice (byline, else site, else None)
        self.blocks = []

    # --- building ---------------------------------------------------------------
    def h(self, text, level=2):
        self.blocks.append(("h", level, text))

    def p(self, *sents, label=None):
        self.blocks.append(("p", list(sents), label))

    def li(self, *sents):
        self.blocks.append(("li", list(sents), None))

    def table(self, header, *rows):
        self.blocks.append(("table", [header] + list(rows), None))

    def raw(self, text):
        """Furniture or markup inserted in the body flow (not body text)."""
        self.blocks.append(("raw", text))

    # --- labels -----------------------------------------------------------------
    def records(self, prefix="heldout14/docs/"):
        out, n = [], 0
        for b in self.blocks:
            if b[0] in ("h", "raw"):
                continue
            n += 1
            for s in b[1]:
                if s["spk"] == D:
                    spk, att = self.default, False
                else:
                    spk, att = s["spk"], (True if s["att"] is None else s["att"])
                ctr = None
                if s["ctr"] is not None:
                    hits = [r["text"] for r in out if s["ctr"] in r["text"]]
                    if len(hits) != 1:
                        raise SystemExit("%s: counters fragment %r matches %d earlier sentences"
                                         % (self.name, s["ctr"], len(hits)))
                    ctr = hits[0]
                out.append(dict(doc=prefix + self.name, paragraph=n, text=s["text"],
                                speaker=spk, attributed=att,
                                companies=sorted(set(s["comps"])), type=s["typ"],
                                stance=s["st"], counters=ctr))
        return out

    # --- renderers --------------------------------------------------------------
    @staticmethod
    def _join(sents):
        return " ".join(s["text"] for s in sents)

    def md(self, front):
        parts = [front.strip() + "\n"]
        prev = None
        for b in self.blocks:
            if b[0] == "h":
                parts.append("#" * b[1] + " " + b[2] + "\n")
            elif b[0] == "p":
                lab = ("**%s** " % b[2]) if b[2] else ""
                parts.append(lab + self._join(b[1]) + "\n")
            elif b[0] == "li":
                item = "- " + self._join(b[1]) + "\n"
                if prev == "li":
                    parts[-1] += item
                else:
                    parts.append(item)
            elif b[0] == "table":
                rows = [s["text"] for s in b[1]]
                ncol = rows[0].count(" | ") + 1
                lines = ["| " + rows[0] + " |", "|" + "---|" * ncol]
                lines += ["| " + r + " |" for r in rows[1:]]
                parts.append("\n".join(lines) + "\n")
            elif b[0] == "raw":
                parts.append(b[1] + "\n")
            prev = b[0]
        return "\n".join(parts)

    def html_body(self, entities=True, hclass=None):
        out, prev = [], None
        for b in self.blocks:
            if prev == "li" and b[0] != "li":
                out.append("</ul>")
            if b[0] == "h":
                cls = (' class="%s"' % hclass) if hclass else ""
                out.append("<h%d%s>%s</h%d>" % (b[1], cls, enc(b[2], entities), b[1]))
            elif b[0] == "p":
                lab = ("<strong>%s</strong> " % enc(b[2], entities)) if b[2] else ""
                out.append("<p>" + lab + enc(self._join(b[1]), entities) + "</p>")
            elif b[0] == "li":
                if prev != "li":
                    out.append("<ul>")
                out.append("  <li>" + enc(self._join(b[1]), entities) + "</li>")
            elif b[0] == "raw":
                out.append(b[1])
            elif b[0] == "table":
                raise SystemExit("tables are Markdown only in this set")
            prev = b[0]
        if prev == "li":
            out.append("</ul>")
        return "\n".join(out)

    def txt(self, head, tail="", width=76):
        parts = [head.rstrip("\n") + "\n"]
        for b in self.blocks:
            if b[0] == "h":
                parts.append(b[2].upper() + "\n")
            elif b[0] in ("p", "li"):
                lab = (b[2] + " ") if (b[0] == "p" and b[2]) else ""
                lead = "- " if b[0] == "li" else ""
                body = textwrap.fill(lead + lab + self._join(b[1]), width=width,
                                     break_long_words=False, break_on_hyphens=False,
                                     subsequent_indent="  " if lead else "")
                parts.append(body + "\n")
            elif b[0] == "raw":
                parts.append(b[1].rstrip("\n") + "\n")
            elif b[0] == "table":
                raise SystemExit("tables are Markdown only in this set")
        text = "\n".join(parts)
        if tail:
            text += "\n" + tail.rstrip("\n") + "\n"
        return text
