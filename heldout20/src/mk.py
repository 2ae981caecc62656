"""Renderer and labeller shared by the document sources (dNN_*.py).

A document source describes its body once, as a list of blocks (headings,
paragraphs, list items, tables), each paragraph a list of labelled sentences.
The same description is rendered into the document and turned into the label
rows, so the text of a label can never drift from the text of the document.
"""
import html
import re
import textwrap

D = 'DEFAULT'  # the document's default voice (byline, else site, else null)

TYPES = {'cl': 'claim', 'cc': 'counterclaim', 'ev': 'evidence',
         'pr': 'prediction', 'rec': 'recommendation', 'cx': 'context'}
STANCES = {'+': 'bullish', '-': 'bearish', '0': 'neutral'}


def curly(t):
    """Apostrophes are written as a right single quotation mark."""
    return t.replace("'", '\u2019')


class S:
    """One body sentence and its labels.

    ty: cl/cc/ev/pr/rec/cx; st: + - 0; sp: speaker (D = default voice);
    co: companies; ctr: a fragment of the earlier sentence a counterclaim
    answers; att: attributed (defaults to True for a named speaker, False for
    the default voice).
    """

    def __init__(self, ty, st, text, sp=D, co=(), ctr=None, att=None):
        # speaker and company names use the same apostrophe as the text
        assert ty in TYPES, ty
        assert st in STANCES, st
        self.type = TYPES[ty]
        self.stance = STANCES[st]
        self.text = curly(text)
        self.sp = sp
        self.co = sorted(set(curly(c) for c in co))
        self.ctr = curly(ctr) if ctr else None
        self.att = att
        if ty == 'cc':
            assert ctr, 'counterclaim without a target: ' + text
        else:
            assert ctr is None, 'counters on a non-counterclaim: ' + text


class H:
    def __init__(self, text):
        self.text = curly(text)


class P:
    """A paragraph. label: a transcript/chat label printed before it (not text).
    kind: 'p' (paragraph), 'li' (bulleted item), 'ol' (numbered item),
    'quote' (block quotation)."""

    def __init__(self, *sents, label=None, kind='p', marker=None):
        self.sents = list(sents)
        self.label = curly(label) if label else None
        self.kind = kind
        self.marker = marker


def LI(*sents, **kw):
    return P(*sents, kind='li', **kw)


def OL(n, *sents, **kw):
    return P(*sents, kind='ol', marker='%d.' % n, **kw)


class T:
    """A table: one paragraph, one sentence per row, cells joined by ' | '."""

    def __init__(self, *rows):
        self.rows = list(rows)


def cells(s):
    return s.text.split(' | ')


# ---------------------------------------------------------------- labelling

def label(docpath, blocks, default_voice):
    rows = []
    n = 0
    for b in blocks:
        if isinstance(b, H):
            continue
        sents = b.rows if isinstance(b, T) else b.sents
        n += 1
        for s in sents:
            if s.sp == D:
                sp, att = default_voice, False
            else:
                sp, att = curly(s.sp), True
            if s.att is not None:
                att = s.att
            ctr = None
            if s.ctr:
                hits = [r['text'] for r in rows if s.ctr in r['text']]
                if len(hits) != 1:
                    raise SystemExit('%s: counters fragment %r matches %d earlier sentences'
                                     % (docpath, s.ctr, len(hits)))
                ctr = hits[0]
            rows.append({'doc': docpath, 'paragraph': n, 'text': s.text,
                         'speaker': sp, 'attributed': att, 'companies': s.co,
                         'type': s.type, 'stance': s.stance, 'counters': ctr})
    return rows


# ---------------------------------------------------------------- rendering

def para_text(b):
    return ' '.join(s.text for s in b.sents)


def md_body(blocks):
    out = []
    for b in blocks:
        if isinstance(b, H):
            out.append('## ' + b.text)
        elif isinstance(b, T):
            rows = [cells(r) for r in b.rows]
            out.append('\n'.join(
                ['| ' + ' | '.join(rows[0]) + ' |',
                 '|' + '|'.join('---' for _ in rows[0]) + '|'] +
                ['| ' + ' | '.join(r) + ' |' for r in rows[1:]]))
        else:
            t = para_text(b)
            if b.label:
                t = b.label + ' ' + t
            if b.kind == 'li':
                t = '- ' + t
            elif b.kind == 'ol':
                t = b.marker + ' ' + t
            elif b.kind == 'quote':
                t = '> ' + t
            out.append(t)
    return '\n\n'.join(out)


def md_doc(front, blocks, tail=None):
    lines = ['---']
    for k, v in front:
        lines.append('%s: %s' % (k, v))
    lines.append('---')
    text = '\n'.join(lines) + '\n\n' + md_body(blocks) + '\n'
    if tail:
        text += '\n' + tail + '\n'
    return text


def esc(t, entities=False):
    t = html.escape(t, quote=False)
    if entities:
        t = (t.replace('\u2019', '&rsquo;').replace('\u201c', '&ldquo;')
              .replace('\u201d', '&rdquo;').replace('\u00a3', '&pound;')
              .replace('\u2013', '&ndash;').replace('\u2014', '&mdash;'))
    return t


def html_body(blocks, entities=False, label_fmt='<strong>%s</strong> ', indent='        '):
    out = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, H):
            out.append('%s<h2>%s</h2>' % (indent, esc(b.text, entities)))
        elif isinstance(b, T):
            rows = [cells(r) for r in b.rows]
            t = [indent + '<table class="data">',
                 indent + '  <thead><tr>' + ''.join('<th>%s</th>' % esc(c, entities) for c in rows[0]) + '</tr></thead>',
                 indent + '  <tbody>']
            for r in rows[1:]:
                t.append(indent + '    <tr>' + ''.join('<td>%s</td>' % esc(c, entities) for c in r) + '</tr>')
            t.append(indent + '  </tbody>')
            t.append(indent + '</table>')
            out.append('\n'.join(t))
        elif b.kind in ('li', 'ol'):
            tag = 'ul' if b.kind == 'li' else 'ol'
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].kind == b.kind:
                items.append(indent + '  <li>%s</li>' % esc(para_text(blocks[i]), entities))
                i += 1
            out.append('%s<%s>\n%s\n%s</%s>' % (indent, tag, '\n'.join(items), indent, tag))
            continue
        else:
            t = esc(para_text(b), entities)
            if b.label:
                t = (label_fmt % esc(b.label, entities)) + t
            if b.kind == 'quote':
                out.append('%s<blockquote><p>%s</p></blockquote>' % (indent, t))
            else:
                out.append('%s<p>%s</p>' % (indent, t))
        i += 1
    return '\n'.join(out)


def wrap(t, width=76, prefix=''):
    return '\n'.join(textwrap.wrap(t, width=width, break_on_hyphens=False,
                                   break_long_words=False, subsequent_indent=prefix))


def txt_body(blocks, width=76, heading=lambda t: t.upper(), wrap_paras=True,
             label_sep=' '):
    out = []
    for b in blocks:
        if isinstance(b, H):
            out.append(heading(b.text))
        elif isinstance(b, T):
            out.append('\n'.join(r.text for r in b.rows))
        else:
            t = para_text(b)
            if b.label:
                t = b.label + label_sep + t
            if b.kind == 'li':
                t = '- ' + t
            elif b.kind == 'ol':
                t = b.marker + ' ' + t
            out.append(wrap(t, width, '   ' if b.kind in ('li', 'ol') else '') if wrap_paras else t)
    return '\n\n'.join(out)
