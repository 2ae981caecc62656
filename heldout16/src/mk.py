"""Shared renderer and labeller for the sixteenth held-out set.

Every document is built from one source (dNN_*.py) that holds both its text and its
labels, so the rendered file and claims.jsonl cannot drift apart."""
import html
import re
import textwrap

DEF = object()  # marker: the document's default voice
TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}


class S:
    """One body sentence with its labels. sp omitted = default voice (attributed false);
    sp given = that speaker (attributed true unless att says otherwise). c = a fragment of
    the earlier sentence a counterclaim answers."""

    def __init__(self, text, ty, st="neutral", co=(), sp=DEF, att=None, c=None):
        assert ty in TYPES, (ty, text)
        assert st in STANCES, (st, text)
        assert c is None or ty == "counterclaim", text
        self.text, self.ty, self.st, self.co = text, ty, st, list(co)
        self.sp, self.att, self.c = sp, att, c


class Doc:
    def __init__(self, name, fmt, default):
        assert fmt in ("md", "html", "txt")
        self.name, self.fmt, self.default = name, fmt, default
        self.blocks = []
        self.front = None      # md: list of YAML lines
        self.header = []       # txt: lines before the body
        self.trailer = []      # txt/md: lines after the body (not body)
        self.pre = ""          # html: everything before the body blocks
        self.post = ""         # html: everything after
        self.ent = {}          # html: characters written as named entities

    # body blocks ------------------------------------------------------------
    def h(self, text):
        self.blocks.append(("h", text, None))

    def p(self, *ss, label=None):
        self.blocks.append(("p", list(ss), label))

    def li(self, *ss, label=None):
        self.blocks.append(("li", list(ss), label))

    def table(self, *rows):
        self.blocks.append(("table", list(rows), None))

    def quote(self, *ss):
        self.blocks.append(("quote", list(ss), None))

    def raw(self, text):
        """Non-body material inside the body area (asides, boxes, directions)."""
        self.blocks.append(("raw", text, None))

    # labels -----------------------------------------------------------------
    def labels(self, prefix="heldout16/docs/"):
        out, seen, n = [], [], 0
        for kind, ss, _ in self.blocks:
            if kind not in ("p", "li", "table", "quote"):
                continue
            n += 1
            for s in ss:
                if s.sp is DEF:
                    speaker, att = self.default, False
                else:
                    speaker, att = s.sp, (True if s.att is None else s.att)
                counters = None
                if s.c is not None:
                    hits = [t for t in seen if s.c in t]
                    if len(hits) != 1:
                        raise SystemExit(f"{self.name}: counters fragment {s.c!r} matches {len(hits)} earlier sentences")
                    counters = hits[0]
                if s.ty == "counterclaim" and counters is None:
                    raise SystemExit(f"{self.name}: counterclaim without target: {s.text}")
                out.append({
                    "doc": prefix + self.name,
                    "paragraph": n,
                    "text": s.text,
                    "speaker": speaker,
                    "attributed": att,
                    "companies": sorted(set(s.co)),
                    "type": s.ty,
                    "stance": s.st,
                    "counters": counters,
                })
                seen.append(s.text)
        return out

    # rendering --------------------------------------------------------------
    def render(self):
        return {"md": self._md, "txt": self._txt, "html": self._html}[self.fmt]()

    def _md(self):
        lines = []
        if self.front:
            lines += ["---"] + self.front + ["---", ""]
        prev = None
        for kind, ss, label in self.blocks:
            if kind == "h":
                chunk = "## " + ss
            elif kind == "p":
                chunk = (label or "") + " ".join(s.text for s in ss)
            elif kind == "li":
                chunk = (label or "- ") + " ".join(s.text for s in ss)
            elif kind == "table":
                rows = ["| " + r.text + " |" for r in ss]
                ncol = ss[0].text.count(" | ") + 1
                rows.insert(1, "|" + "|".join(["---"] * ncol) + "|")
                chunk = "\n".join(rows)
            elif kind == "quote":
                chunk = "> " + " ".join(s.text for s in ss)
            else:
                chunk = ss
            if prev is None:
                lines.append(chunk)
            elif kind == "li" and prev == "li":
                lines.append(chunk)
            elif kind == "quote" and prev == "quote":
                lines += [">", chunk]
            else:
                lines += ["", chunk]
            prev = kind
        if self.trailer:
            lines += [""] + self.trailer
        return "\n".join(lines) + "\n"

    def _txt(self):
        lines = list(self.header)
        for kind, ss, label in self.blocks:
            if kind == "h":
                lines += ["", ss]
                continue
            if kind == "raw":
                lines += ["", ss]
                continue
            text = " ".join(s.text for s in ss)
            if kind == "li":
                first, rest = (label or "- "), "  "
            else:
                first, rest = (label or ""), ("    " if label and label.startswith("  ") else "")
            wrapped = textwrap.wrap(first + text, width=78, subsequent_indent=rest,
                                    break_long_words=False, break_on_hyphens=False)
            lines += [""] + wrapped
        if self.trailer:
            lines += [""] + self.trailer
        return "\n".join(lines) + "\n"

    def enc(self, text):
        t = html.escape(text, quote=False)
        for ch, ent in self.ent.items():
            t = t.replace(ch, ent)
        return t

    def _html(self):
        out = [self.pre.rstrip("\n")]
        in_ul = False
        for kind, ss, label in self.blocks:
            if kind != "li" and in_ul:
                out.append("        </ul>")
                in_ul = False
            if kind == "h":
                out.append("        <h2>" + self.enc(ss) + "</h2>")
            elif kind == "p":
                out.append("        <p>" + (label or "") + self.enc(" ".join(s.text for s in ss)) + "</p>")
            elif kind == "li":
                if not in_ul:
                    out.append("        <ul>")
                    in_ul = True
                out.append("          <li>" + (label or "") + self.enc(" ".join(s.text for s in ss)) + "</li>")
            elif kind == "quote":
                out.append("        <blockquote><p>" + self.enc(" ".join(s.text for s in ss)) + "</p></blockquote>")
            elif kind == "table":
                raise SystemExit("tables are only used in Markdown here")
            else:
                out.append(ss)
        if in_ul:
            out.append("        </ul>")
        out.append(self.post.strip("\n"))
        return "\n".join(out) + "\n"
