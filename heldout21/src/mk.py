"""Renderer and labeller shared by the document sources (dNN_*.py).

A document is written once, as a list of blocks; both the saved file and the labels are
generated from the same blocks, so text and labels cannot drift.

  d = Doc('file.md', default='Author Name', co={'KEY': 'Canonical Org', ...})
  d.h('Heading')                       # a heading (not a claim)
  d.p(s(...), s(...), kind='p', label=None)   # one paragraph of sentences
  s(text, spk=None, co='', t='cl', st='ne', c=None, att=None)
     spk  None = the document's default voice (attributed false); a name = that speaker
          (attributed true unless att says otherwise)
     co   comma-separated keys of Doc.co (or canonical names), listed sorted and unique
     t    cl claim, cc counterclaim, ev evidence, pr prediction, re recommendation, cx context
     st   bu bullish, be bearish, ne neutral
     c    for a counterclaim: a fragment of the one earlier sentence it answers
"""
import html as _html, re, textwrap

TYPES = {'cl': 'claim', 'cc': 'counterclaim', 'ev': 'evidence', 'pr': 'prediction',
         're': 'recommendation', 'cx': 'context'}
STANCES = {'bu': 'bullish', 'be': 'bearish', 'ne': 'neutral'}


class S:
    def __init__(self, text, spk=None, co='', t='cl', st='ne', c=None, att=None):
        if re.search(r'\s{2,}|^\s|\s$|\n', text):
            raise ValueError('sentence not normalised: %r' % text)
        if "'" in text:
            raise ValueError('straight apostrophe in %r' % text)
        self.text, self.spk, self.co, self.t, self.st, self.c, self.att = text, spk, co, t, st, c, att
        if t not in TYPES or st not in STANCES:
            raise ValueError('bad type/stance in %r' % text)
        if (t == 'cc') != (c is not None):
            raise ValueError('counterclaim and counters must go together: %r' % text)


def s(*a, **k):
    return S(*a, **k)


class Doc:
    def __init__(self, fname, default, co=None):
        self.fname, self.default, self.co = fname, default, dict(co or {})
        self.blocks = []

    def h(self, text, **kw):
        self.blocks.append(('h', text, kw))

    def p(self, *sents, **kw):
        for x in sents:
            if not isinstance(x, S):
                raise TypeError('not a sentence: %r' % (x,))
        self.blocks.append(('p', list(sents), kw))

    @staticmethod
    def ptext(sents):
        return ' '.join(x.text for x in sents)

    def labels(self, docpath):
        out, seen, para = [], [], 0
        names = set(self.co.values())
        for b in self.blocks:
            if b[0] != 'p':
                continue
            para += 1
            for x in b[1]:
                if x.spk is None:
                    spk, att = self.default, False
                else:
                    spk, att = x.spk, True
                if x.att is not None:
                    att = x.att
                cos = []
                for k in [k.strip() for k in x.co.split(',') if k.strip()]:
                    if k in self.co:
                        cos.append(self.co[k])
                    elif k in names:
                        cos.append(k)
                    else:
                        raise KeyError('%s: unknown company key %r in %r' % (self.fname, k, x.text))
                ctr = None
                if x.c is not None:
                    hits = [t for t in seen if x.c in t]
                    if len(hits) != 1:
                        raise ValueError('%s: counters fragment %r matches %d earlier sentences'
                                         % (self.fname, x.c, len(hits)))
                    ctr = hits[0]
                out.append({'doc': docpath, 'paragraph': para, 'text': x.text, 'speaker': spk,
                            'attributed': att, 'companies': sorted(set(cos)),
                            'type': TYPES[x.t], 'stance': STANCES[x.st], 'counters': ctr})
                seen.append(x.text)
        return out


def esc(t, ent=False):
    """HTML-escape; with ent=True also write typographic characters as named entities."""
    t = _html.escape(t, quote=False)
    if ent:
        for a, b in (('’', '&rsquo;'), ('‘', '&lsquo;'), ('“', '&ldquo;'), ('”', '&rdquo;'),
                     ('£', '&pound;'), ('–', '&ndash;'), ('—', '&mdash;'), ('é', '&eacute;'),
                     ('ç', '&ccedil;')):
            t = t.replace(a, b)
    return t


def wrap(text, width=76, indent=''):
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def md_body(doc):
    """Markdown body: ## headings, paragraphs, - list items, 1. numbered items, tables."""
    out = []
    for b in doc.blocks:
        if b[0] == 'h':
            out.append('## ' + b[1])
            continue
        sents, kw = b[1], b[2]
        kind = kw.get('kind', 'p')
        if kind == 'table':
            rows = ['| ' + x.text + ' |' for x in sents]
            ncol = sents[0].text.count(' | ') + 1
            rows.insert(1, '|' + '|'.join(['---'] * ncol) + '|')
            out.append('\n'.join(rows))
        elif kind == 'li':
            out.append('- ' + kw.get('label', '') + Doc.ptext(sents))
        elif kind == 'ol':
            out.append('%s. ' % kw['n'] + kw.get('label', '') + Doc.ptext(sents))
        elif kind == 'quote':
            out.append('> ' + Doc.ptext(sents))
        else:
            out.append(kw.get('label', '') + Doc.ptext(sents))
    # consecutive list items sit in one list (no blank line between them)
    res = []
    for i, chunk in enumerate(out):
        if res and chunk[:2] in ('- ',) and res[-1].split('\n')[-1][:2] == '- ':
            res[-1] += '\n' + chunk
        elif res and re.match(r'\d+\. ', chunk) and re.match(r'\d+\. ', res[-1].split('\n')[-1]):
            res[-1] += '\n' + chunk
        else:
            res.append(chunk)
    return '\n\n'.join(res) + '\n'


def html_body(doc, ent=False, indent='        ', hlevel='h2'):
    """HTML body: <h2>, <p>, <ul><li>, <table class="data">."""
    out, open_list = [], None
    for b in doc.blocks:
        kind = 'h' if b[0] == 'h' else b[2].get('kind', 'p')
        if open_list and kind != open_list:
            out.append(indent + '</%s>' % open_list)
            open_list = None
        if b[0] == 'h':
            out.append(indent + '<%s>%s</%s>' % (hlevel, esc(b[1], ent), hlevel))
            continue
        sents, kw = b[1], b[2]
        if kind in ('ul', 'ol'):
            if not open_list:
                out.append(indent + '<%s>' % kind)
                open_list = kind
            out.append(indent + '  <li>%s</li>' % esc(Doc.ptext(sents), ent))
        elif kind == 'table':
            cells = [x.text.split(' | ') for x in sents]
            t = [indent + '<table class="data">', indent + '  <thead><tr>' +
                 ''.join('<th>%s</th>' % esc(c, ent) for c in cells[0]) + '</tr></thead>',
                 indent + '  <tbody>']
            for r in cells[1:]:
                t.append(indent + '    <tr>' + ''.join('<td>%s</td>' % esc(c, ent) for c in r) + '</tr>')
            t += [indent + '  </tbody>', indent + '</table>']
            out.append('\n'.join(t))
        else:
            pre = kw.get('pre', '')
            out.append(indent + '<p>%s%s</p>' % (pre, esc(Doc.ptext(sents), ent)))
    if open_list:
        out.append(indent + '</%s>' % open_list)
    return '\n'.join(out) + '\n'
