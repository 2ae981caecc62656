"""Renderer and labeller for the nineteenth held-out set.

One source per document: each dNN_*.py builds a Doc from S(...) sentences, headings and
furniture; render_* writes the document, labels() yields one label per body sentence, so the
text of a document and its labels cannot drift apart.
"""
import html
import re
import textwrap

DEF = object()          # "the document's default voice"
TYPES = {'claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context'}
STANCES = {'bullish', 'bearish', 'neutral'}


class S:
    """One body sentence with its labels.

    sp: speaker (alias or canonical name); omitted = the default voice (attributed=false).
    att: attributed, default True when sp is given.  co: companies (aliases allowed).
    t: type.  st: stance.  ctr: for a counterclaim, a fragment of the earlier sentence answered.
    """

    def __init__(self, text, sp=DEF, att=None, co=(), t='claim', st='neutral', ctr=None):
        assert t in TYPES, (t, text)
        assert st in STANCES, (st, text)
        assert (ctr is not None) == (t == 'counterclaim'), ('counters/type', text)
        assert text == re.sub(r'\s+', ' ', text).strip(), text
        self.text, self.sp, self.att, self.co, self.t, self.st, self.ctr = text, sp, att, co, t, st, ctr


class Doc:
    def __init__(self, fname, default, aliases=None):
        self.fname = fname
        self.default = default
        self.alias = aliases or {}
        self.blocks = []

    # block builders ------------------------------------------------------------------
    def h(self, text, **kw):
        self.blocks.append(('h', text, kw))

    def p(self, *ss, **kw):
        self.blocks.append(('p', list(ss), kw))

    def li(self, *ss, **kw):
        self.blocks.append(('li', list(ss), kw))

    def table(self, *ss, **kw):
        self.blocks.append(('table', list(ss), kw))

    def raw(self, text):
        self.blocks.append(('raw', text, {}))

    # labels --------------------------------------------------------------------------
    def _name(self, n):
        return self.alias.get(n, n)

    def labels(self):
        out, para = [], 0
        for kind, content, kw in self.blocks:
            if kind in ('h', 'raw'):
                continue
            para += 1
            for s in content:
                if s.sp is DEF:
                    sp, att = self.default, False
                else:
                    sp = self._name(s.sp)
                    att = True if s.att is None else s.att
                co = sorted(set(self._name(c) for c in s.co))
                out.append({'doc': 'heldout19/docs/' + self.fname, 'paragraph': para,
                            'text': s.text, 'speaker': sp, 'attributed': att,
                            'companies': co, 'type': s.t, 'stance': s.st,
                            'counters': s.ctr})
        # resolve counters fragments to the one earlier sentence holding them
        for i, r in enumerate(out):
            if r['counters'] is None:
                continue
            frag = r['counters']
            hits = [x['text'] for x in out[:i] if frag in x['text']]
            if len(hits) != 1:
                raise SystemExit('%s: counters fragment %r matches %d earlier sentences'
                                 % (self.fname, frag, len(hits)))
            r['counters'] = hits[0]
        return out


# rendering ---------------------------------------------------------------------------

def sent_join(ss):
    return ' '.join(s.text for s in ss)


def esc(t):
    return html.escape(t, quote=False)


def render_md(doc, front, tail=''):
    lines = ['---']
    for k, v in front:
        lines.append('%s: %s' % (k, v))
    lines += ['---', '']
    for kind, content, kw in doc.blocks:
        if kind == 'h':
            lines += ['## ' + content, '']
        elif kind == 'raw':
            lines += [content, '']
        elif kind == 'p':
            lines += [kw.get('prefix', '') + sent_join(content), '']
        elif kind == 'li':
            lines += [kw.get('marker', '- ') + kw.get('prefix', '') + sent_join(content), '']
        elif kind == 'table':
            rows = [s.text for s in content]
            ncol = rows[0].count(' | ') + 1
            lines.append('| ' + rows[0] + ' |')
            lines.append('|' + '---|' * ncol)
            for r in rows[1:]:
                lines.append('| ' + r + ' |')
            lines.append('')
    if tail:
        lines += [tail, '']
    return '\n'.join(lines).rstrip('\n') + '\n'


def render_html_body(doc, indent='        '):
    out = []
    open_list = None
    for kind, content, kw in doc.blocks:
        if kind != 'li' and open_list:
            out.append(indent + '</%s>' % open_list)
            open_list = None
        if kind == 'h':
            tag = kw.get('tag', 'h2')
            out.append(indent + '<%s>%s</%s>' % (tag, esc(content), tag))
        elif kind == 'raw':
            out.append(content)
        elif kind == 'p':
            cls = ' class="%s"' % kw['cls'] if 'cls' in kw else ''
            out.append(indent + '<p%s>%s%s</p>' % (cls, kw.get('prefix_html', ''),
                                                   esc(sent_join(content))))
        elif kind == 'li':
            lt = kw.get('list', 'ul')
            if open_list != lt:
                if open_list:
                    out.append(indent + '</%s>' % open_list)
                out.append(indent + '<%s>' % lt)
                open_list = lt
            out.append(indent + '  <li>%s</li>' % esc(sent_join(content)))
        elif kind == 'table':
            out.append(indent + '<table class="data">')
            for i, s in enumerate(content):
                cell = 'th' if i == 0 else 'td'
                cells = s.text.split(' | ')
                out.append(indent + '  <tr>' + ''.join('<%s>%s</%s>' % (cell, esc(c), cell)
                                                      for c in cells) + '</tr>')
            out.append(indent + '</table>')
    if open_list:
        out.append(indent + '</%s>' % open_list)
    return '\n'.join(out)


def wrap(text, width=76, prefix='', cont=''):
    return textwrap.fill(text, width=width, initial_indent=prefix, subsequent_indent=cont,
                         break_long_words=False, break_on_hyphens=False)


def render_txt(doc, head_lines, tail=''):
    lines = list(head_lines)
    for kind, content, kw in doc.blocks:
        if kind == 'h':
            lines += [content, '']
        elif kind == 'raw':
            lines += [content, '']
        elif kind == 'p':
            lines += [wrap(sent_join(content), prefix=kw.get('prefix', '')), '']
        elif kind == 'li':
            m = kw.get('marker', '- ')
            lines += [wrap(sent_join(content), prefix=m, cont=' ' * len(m)), '']
        elif kind == 'table':
            for s in content:
                lines.append(s.text)
            lines.append('')
    if tail:
        lines += [tail, '']
    return '\n'.join(lines).rstrip('\n') + '\n'
