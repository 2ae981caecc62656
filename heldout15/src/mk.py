"""Shared renderer and labeller for the fifteenth held-out set.

Each document source (dNN_*.py) builds a Doc from blocks of labelled sentences. The same
objects produce the document file (Markdown, HTML or plain text) and its label lines, so the
text in claims.jsonl and the text in the document cannot drift apart.

Sentence shorthand: s(text, speaker, companies, type, stance, counters_fragment)
  speaker   'D' = the document's default voice (byline, else site, else null), attributed=false;
            any other string = that canonical name, attributed=true.
  companies ';'-separated canonical names ('' for none).
  type      C claim, X counterclaim, E evidence, P prediction, R recommendation, K context.
  stance    '+' bullish, '-' bearish, '0' neutral.
  counters  for X only: a fragment of the one earlier sentence (same document) it answers.
"""
import html as _html
import json
import re
import textwrap

TYPES = {'C': 'claim', 'X': 'counterclaim', 'E': 'evidence', 'P': 'prediction',
         'R': 'recommendation', 'K': 'context'}
STANCES = {'+': 'bullish', '-': 'bearish', '0': 'neutral'}


class Sent:
    def __init__(self, text, sp, co, ty, st, ct=None):
        if ty not in TYPES or st not in STANCES:
            raise ValueError('bad type/stance in: ' + text)
        if (ty == 'X') != (ct is not None):
            raise ValueError('counters given iff counterclaim: ' + text)
        if '  ' in text or text != text.strip():
            raise ValueError('whitespace: ' + text)
        self.text, self.sp, self.ty, self.st, self.ct = text, sp, ty, st, ct
        self.co = sorted(set(c.strip() for c in co.split(';') if c.strip()))


def s(text, sp, co, ty, st, ct=None):
    return Sent(text, sp, co, ty, st, ct)


class Doc:
    def __init__(self, fname, fmt, default, **meta):
        assert fmt in ('md', 'html', 'txt')
        self.fname, self.fmt, self.default, self.meta = fname, fmt, default, meta
        self.blocks = []  # (kind, sents, opts)

    # body blocks
    def h(self, text, **opts):
        self.blocks.append(('h', text, opts))

    def p(self, *sents, **opts):
        self.blocks.append(('p', list(sents), opts))

    def li(self, *sents, **opts):
        self.blocks.append(('li', list(sents), opts))

    # furniture or markup that is not body
    def raw(self, text):
        self.blocks.append(('raw', text, {}))

    # labels
    def labels(self):
        out, seen, n = [], [], 0
        for kind, sents, opts in self.blocks:
            if kind not in ('p', 'li'):
                continue
            n += 1
            for x in sents:
                if x.text in seen:
                    raise ValueError('duplicate sentence in %s: %s' % (self.fname, x.text))
                counters = None
                if x.ct is not None:
                    hits = [t for t in seen if x.ct in t]
                    if len(hits) != 1:
                        raise ValueError('%s: counters fragment %r matches %d earlier sentences'
                                         % (self.fname, x.ct, len(hits)))
                    counters = hits[0]
                if x.sp == 'D':
                    speaker, att = self.default, False
                else:
                    speaker, att = x.sp, True
                out.append({'doc': 'heldout15/docs/' + self.fname, 'paragraph': n, 'text': x.text,
                            'speaker': speaker, 'attributed': att, 'companies': x.co,
                            'type': TYPES[x.ty], 'stance': STANCES[x.st], 'counters': counters})
                seen.append(x.text)
        if not 25 <= len(out) <= 35:
            raise ValueError('%s has %d sentences' % (self.fname, len(out)))
        return out


def joined(sents):
    return ' '.join(x.text for x in sents)


# ---------------------------------------------------------------- Markdown
def render_md(doc, front):
    lines = ['---'] + front + ['---', '']
    prev = None
    for kind, body, opts in doc.blocks:
        if prev == 'li' and kind != 'li':
            lines.append('')
        if kind == 'h':
            lines += [opts.get('mark', '##') + ' ' + body, '']
        elif kind == 'raw':
            lines += [body, '']
        elif kind == 'p':
            lines += [opts.get('quote', '') + opts.get('label', '') + joined(body), '']
        elif kind == 'li':
            lines.append(opts.get('bullet', '- ') + opts.get('label', '') + joined(body))
        prev = kind
    return '\n'.join(lines).rstrip('\n') + '\n'


# ---------------------------------------------------------------- HTML
def esc(text, ents=''):
    t = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    table = {'’': '&rsquo;', '‘': '&lsquo;', '“': '&ldquo;', '”': '&rdquo;', '£': '&pound;',
             '–': '&ndash;', '—': '&mdash;', 'é': '&eacute;', '%': '&#37;'}
    for ch in ents:
        t = t.replace(ch, table[ch])
    return t


def render_html_body(doc, ents='', indent='        '):
    out = []
    for kind, body, opts in doc.blocks:
        if kind == 'raw':
            out.append(indent + body)
        elif kind == 'h':
            tag = opts.get('tag', 'h2')
            out.append('%s<%s>%s</%s>' % (indent, tag, esc(body, ents), tag))
        else:
            txt = esc(joined(body), ents)
            tpl = opts.get('html')
            if tpl is None:
                tpl = '<p>{t}</p>' if kind == 'p' else '<li>{t}</li>'
            out.append(indent + tpl.replace('{t}', txt))
    return '\n'.join(out)


# ---------------------------------------------------------------- plain text
def render_txt(doc, head, tail=None, width=76):
    lines = list(head)
    for kind, body, opts in doc.blocks:
        if kind == 'h':
            lines += [body, '']
        elif kind == 'raw':
            lines += [body, '']
        else:
            pre = opts.get('label', '')
            ind = opts.get('indent', '')
            para = pre + joined(body)
            lines += textwrap.fill(para, width=width, initial_indent=ind, subsequent_indent=ind,
                                   break_long_words=False, break_on_hyphens=False).split('\n')
            lines += ['']
    if tail:
        lines += list(tail)
    return '\n'.join(lines).rstrip('\n') + '\n'


def jsonl(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)
