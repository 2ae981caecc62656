import json, html, os, re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TYPES = {"cl": "claim", "cc": "counterclaim", "ev": "evidence", "pr": "prediction",
         "rc": "recommendation", "cx": "context"}
STANCES = {"+": "bullish", "-": "bearish", "0": "neutral"}


class S:
    def __init__(self, text, sp, co, ty, st, c=None, k=None):
        self.text, self.sp, self.co, self.ty, self.st, self.c, self.k = text, sp, co, ty, st, c, k


def ent(s):
    s = s.replace("&", "&amp;")
    for a, b in (("\u2019", "&rsquo;"), ("\u2018", "&lsquo;"), ("\u201c", "&ldquo;"),
                 ("\u201d", "&rdquo;"), ("\u00a3", "&pound;"), ("\u20ac", "&euro;"),
                 ("\u2014", "&mdash;"), ("\u2013", "&ndash;"), ("\u00e9", "&eacute;")):
        s = s.replace(a, b)
    return s


class Doc:
    def __init__(self, name, default):
        self.name, self.default = name, default
        self.blocks = []  # (kind, payload)

    def h(self, text):
        self.blocks.append(("h", text))

    def p(self, *sents, label=None):
        self.blocks.append(("p", (list(sents), label)))

    def li(self, *sents, label=None):
        self.blocks.append(("li", (list(sents), label)))

    def table(self, header, rows):
        # header: S whose text is "a | b"; rows: list of S
        self.blocks.append(("t", [header] + rows))

    # ---- labels
    def labels(self):
        out, keys, n = [], {}, 0
        for kind, pay in self.blocks:
            if kind == "h":
                continue
            n += 1
            sents = pay if kind == "t" else pay[0]
            for s in sents:
                if s.k:
                    assert s.k not in keys, s.k
                    keys[s.k] = s.text
                if s.sp:
                    spk, att = s.sp, True
                else:
                    spk, att = self.default, False
                co = sorted(set(x.strip() for x in s.co.split(";") if x.strip())) if s.co else []
                ctr = None
                if s.c:
                    ctr = keys[s.c]
                    assert s.ty == "cc", s.text
                out.append({"doc": "heldout7/docs/" + self.name, "paragraph": n, "text": s.text,
                            "speaker": spk, "attributed": att, "companies": co,
                            "type": TYPES[s.ty], "stance": STANCES[s.st], "counters": ctr})
        return out

    def write(self, doc_text):
        with open(os.path.join(OUT, "docs", self.name), "w") as f:
            f.write(doc_text)
        os.makedirs(os.path.join(OUT, "src", "build"), exist_ok=True)
        with open(os.path.join(OUT, "src", "build", self.name + ".part"), "w") as f:
            for r in self.labels():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- renderers of the body
    def md_body(self):
        parts, prev_li = [], False
        for kind, pay in self.blocks:
            if kind == "h":
                parts.append("## " + pay)
            elif kind == "p":
                sents, label = pay
                parts.append((label or "") + " ".join(s.text for s in sents))
            elif kind == "li":
                sents, label = pay
                item = "- " + (label or "") + " ".join(s.text for s in sents)
                if parts and parts[-1].startswith("- ") and prev_li:
                    parts[-1] += "\n" + item
                else:
                    parts.append(item)
            elif kind == "t":
                rows = ["| " + s.text + " |" for s in pay]
                ncol = pay[0].text.count(" | ") + 1
                rows.insert(1, "|" + "---|" * ncol)
                parts.append("\n".join(rows))
            prev_li = kind == "li"
        return "\n\n".join(parts) + "\n"

    def txt_body(self, width=None):
        parts = []
        for kind, pay in self.blocks:
            if kind == "h":
                parts.append(pay)
            elif kind in ("p", "li"):
                sents, label = pay
                parts.append((label or "") + " ".join(s.text for s in sents))
            else:
                raise ValueError("no tables in txt")
        return "\n\n".join(parts) + "\n"

    def html_body(self, indent="      "):
        lines, in_ul = [], False
        for kind, pay in self.blocks:
            if kind != "li" and in_ul:
                lines.append(indent + "</ul>")
                in_ul = False
            if kind == "h":
                lines.append(indent + "<h2>" + ent(pay) + "</h2>")
            elif kind == "p":
                sents, label = pay
                lines.append(indent + "<p>" + (ent(label) if label else "") +
                             ent(" ".join(s.text for s in sents)) + "</p>")
            elif kind == "li":
                if not in_ul:
                    lines.append(indent + "<ul>")
                    in_ul = True
                sents, label = pay
                lines.append(indent + "  <li>" + (ent(label) if label else "") +
                             ent(" ".join(s.text for s in sents)) + "</li>")
            else:
                raise ValueError("tables not supported in html here")
        if in_ul:
            lines.append(indent + "</ul>")
        return "\n".join(lines)
