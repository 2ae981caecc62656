"""Renderer and labeller shared by the document sources.

Each document source builds its file with a Doc object: furniture is written with
raw(), body paragraphs with p()/li()/dd()/table(), headings with h().  Every body
sentence is an S() carrying its labels, so the document text and the label line
come from the same string and cannot drift apart.
"""
import json
import os
import textwrap

TYPES = {"cl": "claim", "cc": "counterclaim", "ev": "evidence", "pr": "prediction",
         "rc": "recommendation", "cx": "context"}
STANCES = {"+": "bullish", "-": "bearish", "n": "neutral"}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class S:
    """One body sentence and its labels.

    sp: speaker name; None means the document's default voice (attributed=false).
    at: override for attributed (only needed when a named speaker is the default voice).
    co: organisations discussed (canonical names).
    ct: for a counterclaim, a fragment of the earlier sentence it answers.
    """

    def __init__(self, text, ty, st="n", sp=None, co=(), ct=None, at=None):
        assert ty in TYPES, ty
        assert st in STANCES, st
        assert "  " not in text and text == text.strip(), text
        self.text, self.ty, self.st, self.sp, self.co, self.ct, self.at = text, ty, st, sp, tuple(co), ct, at


def s(text, ty, st="n", sp=None, co=(), ct=None, at=None):
    return S(text, ty, st, sp, co, ct, at)


ENT = [("£", "&pound;"), ("’", "&rsquo;"), ("‘", "&lsquo;"), ("“", "&ldquo;"),
       ("”", "&rdquo;"), ("—", "&mdash;"), ("–", "&ndash;"), ("é", "&eacute;"), ("á", "&aacute;")]


def esc(text, entities=True):
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if entities:
        for a, b in ENT:
            t = t.replace(a, b)
    return t


class Doc:
    def __init__(self, name, fmt, default, entities=True, wrap=78):
        self.name = name            # file name inside docs/
        self.fmt = fmt              # md | html | txt
        self.default = default      # default voice: byline, else site, else None
        self.entities = entities
        self.wrap = wrap
        self.out = []
        self.para = 0
        self.sents = []             # (paragraph, S)

    # ---- writing -------------------------------------------------------------
    def raw(self, text):
        self.out.append(text)

    def _reg(self, sents):
        self.para += 1
        for x in sents:
            self.sents.append((self.para, x))

    def _join(self, sents):
        return " ".join(x.text for x in sents)

    def h(self, text, level=2):
        if self.fmt == "md":
            self.out.append("#" * level + " " + text + "\n\n")
        elif self.fmt == "html":
            self.out.append("<h%d>%s</h%d>\n" % (level, esc(text, self.entities), level))
        else:
            self.out.append(text + "\n\n")

    def p(self, *sents, tag="p", prefix="", indent=""):
        self._reg(sents)
        body = self._join(sents)
        if self.fmt == "html":
            self.out.append("<%s>%s</%s>\n" % (tag, esc(body, self.entities), tag.split()[0]))
        elif self.fmt == "md":
            self.out.append(prefix + body + "\n\n")
        else:
            if self.wrap:
                lines = textwrap.wrap(body, self.wrap, break_long_words=False,
                                      break_on_hyphens=False,
                                      initial_indent=prefix + indent, subsequent_indent=indent)
                self.out.append("\n".join(lines) + "\n\n")
            else:
                self.out.append(prefix + indent + body + "\n\n")

    def li(self, *sents, marker="- "):
        if self.fmt == "html":
            self.p(*sents, tag="li")
        else:
            self.p(*sents, prefix=marker)

    def dd(self, *sents):
        self.p(*sents, tag="dd")

    def table(self, header, rows, cls="data"):
        """header and rows are S objects whose text is 'a | b | c'."""
        self._reg([header] + list(rows))
        if self.fmt == "md":
            cells = header.text.split(" | ")
            lines = ["| " + header.text + " |", "|" + "|".join("---" for _ in cells) + "|"]
            lines += ["| " + r.text + " |" for r in rows]
            self.out.append("\n".join(lines) + "\n\n")
        else:
            def row(x, tag):
                return "<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c, self.entities), tag)
                                        for c in x.text.split(" | ")) + "</tr>"
            html = ['<table class="%s">' % cls, "<thead>", row(header, "th"), "</thead>", "<tbody>"]
            html += [row(r, "td") for r in rows]
            html += ["</tbody>", "</table>"]
            self.out.append("\n".join(html) + "\n")

    # ---- output --------------------------------------------------------------
    def text(self):
        return "".join(self.out)

    def labels(self):
        docpath = "heldout17/docs/" + self.name
        seen = []
        recs = []
        for para, x in self.sents:
            assert x.text not in seen, ("duplicate sentence", self.name, x.text)
            counters = None
            if x.ct is not None:
                assert x.ty == "cc", ("counters on a non-counterclaim", x.text)
                hits = [t for t in seen if x.ct in t]
                assert len(hits) == 1, ("counters fragment", self.name, x.ct, hits)
                counters = hits[0]
            if x.sp is None:
                speaker, attributed = self.default, False
            else:
                speaker, attributed = x.sp, True
            if x.at is not None:
                attributed = x.at
            assert not (attributed and speaker is None), x.text
            co = sorted(set(x.co))
            recs.append({"doc": docpath, "paragraph": para, "text": x.text, "speaker": speaker,
                         "attributed": attributed, "companies": co, "type": TYPES[x.ty],
                         "stance": STANCES[x.st], "counters": counters})
            seen.append(x.text)
        n = len(recs)
        assert 25 <= n <= 35, (self.name, n)
        return recs

    def write(self):
        path = os.path.join(ROOT, "docs", self.name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.text())
        part = os.path.join(ROOT, "src", "build", self.name + ".part")
        os.makedirs(os.path.dirname(part), exist_ok=True)
        with open(part, "w", encoding="utf-8") as f:
            for r in self.labels():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
