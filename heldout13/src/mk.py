"""Shared renderer and labeller for the thirteenth held-out set.

Each document module builds a Doc from blocks of labelled sentences; the same
objects give the document text (Markdown, HTML or plain text) and its labels,
so the two cannot drift apart.
"""
import html
import re
import textwrap

DV = object()  # "default voice": byline, else site, else null; attributed=false

TYPES = {"claim", "counterclaim", "evidence", "prediction", "recommendation", "context"}
STANCES = {"bullish", "bearish", "neutral"}


class S:
    def __init__(self, text, sp=DV, co=(), ty="claim", st="neutral", ctr=None, at=None):
        assert ty in TYPES, (ty, text)
        assert st in STANCES, (st, text)
        assert (ctr is not None) == (ty == "counterclaim"), ("counterclaim needs ctr", text)
        self.text = text
        self.sp = sp
        self.co = list(co)
        self.ty = ty
        self.st = st
        self.ctr = ctr
        self.at = at


def s(text, sp=DV, co=(), ty="claim", st="neutral", ctr=None, at=None):
    return S(text, sp, co, ty, st, ctr, at)


class Block:
    def __init__(self, kind, sents=(), label=None, text=None, level=2):
        self.kind = kind  # p, li, ol, quote, h, raw
        self.sents = list(sents)
        self.label = label
        self.text = text
        self.level = level


class Doc:
    def __init__(self, fname, default_voice):
        self.fname = fname
        self.dv = default_voice
        self.blocks = []

    # body blocks -------------------------------------------------------
    def h(self, text, level=2):
        self.blocks.append(Block("h", text=text, level=level))

    def p(self, *sents, label=None):
        self.blocks.append(Block("p", sents, label=label))

    def li(self, *sents, label=None):
        self.blocks.append(Block("li", sents, label=label))

    def quote(self, *sents):
        self.blocks.append(Block("quote", sents))

    def raw(self, text):
        """Furniture inside the body area (not body, not a paragraph)."""
        self.blocks.append(Block("raw", text=text))

    # labels --------------------------------------------------------------
    def labels(self):
        out = []
        para = 0
        seen = []
        for b in self.blocks:
            if b.kind in ("h", "raw"):
                continue
            para += 1
            for x in b.sents:
                if x.sp is DV:
                    speaker, attributed = self.dv, False
                else:
                    speaker = x.sp
                    attributed = True if x.at is None else x.at
                if speaker is None:
                    assert not attributed, x.text
                counters = None
                if x.ctr is not None:
                    hits = [t for t in seen if x.ctr in t]
                    if len(hits) != 1:
                        raise SystemExit("%s: counters fragment %r matched %d earlier sentences (%s)"
                                         % (self.fname, x.ctr, len(hits), x.text))
                    counters = hits[0]
                text = norm(x.text)
                out.append({
                    "doc": "heldout13/docs/" + self.fname,
                    "paragraph": para,
                    "text": text,
                    "speaker": speaker,
                    "attributed": attributed,
                    "companies": sorted(set(x.co)),
                    "type": x.ty,
                    "stance": x.st,
                    "counters": counters,
                })
                seen.append(text)
        return out

    # renderers -------------------------------------------------------------
    def body_md(self):
        parts = []
        for b in self.blocks:
            if b.kind == "h":
                parts.append("#" * b.level + " " + b.text)
            elif b.kind == "raw":
                parts.append(b.text)
            else:
                t = joined(b)
                if b.kind == "li":
                    t = "- " + t
                elif b.kind == "quote":
                    t = "> " + t
                if b.label:
                    t = b.label + t
                parts.append(t)
        return "\n\n".join(parts)

    def body_txt(self, width=None, indent_labels=False):
        parts = []
        for b in self.blocks:
            if b.kind == "h":
                parts.append(b.text)
            elif b.kind == "raw":
                parts.append(b.text)
            else:
                t = joined(b)
                if b.kind == "li":
                    t = "- " + t
                if b.label:
                    t = b.label + " " + t
                if width:
                    t = "\n".join(textwrap.wrap(t, width=width, break_on_hyphens=False,
                                                break_long_words=False))
                parts.append(t)
        return "\n\n".join(parts)

    def body_html(self, ents=None, indent="      "):
        lines = []
        in_list = False
        for b in self.blocks:
            if b.kind != "li" and in_list:
                lines.append(indent + "</ul>")
                in_list = False
            if b.kind == "h":
                lines.append(indent + "<h%d>%s</h%d>" % (b.level, enc(b.text, ents), b.level))
            elif b.kind == "raw":
                lines.append(b.text)
            elif b.kind == "li":
                if not in_list:
                    lines.append(indent + "<ul>")
                    in_list = True
                lines.append(indent + "  <li>%s</li>" % enc(joined(b), ents))
            elif b.kind == "quote":
                lines.append(indent + "<blockquote><p>%s</p></blockquote>" % enc(joined(b), ents))
            else:
                lab = ""
                if b.label:
                    lab = b.label
                lines.append(indent + "<p>%s%s</p>" % (lab, enc(joined(b), ents)))
        if in_list:
            lines.append(indent + "</ul>")
        return "\n".join(lines)


def joined(b):
    return " ".join(x.text for x in b.sents)


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


DEFAULT_ENTS = {"’": "&rsquo;", "‘": "&lsquo;", "“": "&ldquo;", "”": "&rdquo;",
                "£": "&pound;", "–": "&ndash;", "—": "&mdash;", "é": "&eacute;"}


def enc(text, ents=None):
    t = html.escape(text, quote=False)
    for ch, ent in (DEFAULT_ENTS if ents is None else ents).items():
        t = t.replace(ch, ent)
    return t
