"""Renderer and labeller: one source per document gives both the file and its labels."""
import json, textwrap

TYPES = dict(cl='claim', cc='counterclaim', ev='evidence', pr='prediction', re='recommendation', cx='context')
STANCES = dict(bu='bullish', be='bearish', ne='neutral')


def curly(t):
    return t.replace("'", "\u2019")


class S:
    def __init__(self, text, sp, at, co, ty, st, ctr=None):
        self.text = curly(text)
        self.sp, self.at = sp, at
        self.co = sorted(set(co))
        self.ty, self.st = TYPES[ty], STANCES[st]
        self.ctr = curly(ctr) if ctr else None
        assert (self.ty == 'counterclaim') == (ctr is not None), text
        assert not (at and sp is None), text


def s(*a, **k):
    return S(*a, **k)


# blocks: ('h', text) heading; ('p', [S], opts) paragraph; ('li', S) list item paragraph;
# ('table', [S header, S rows...]) one paragraph; ('quote', [S]) blockquote paragraph;
# ('turn', prefix, [S]) labelled turn paragraph (prefix is not text)

def P(*sents, **opts):
    return ('p', list(sents), opts)


def H(t):
    return ('h', curly(t))


def LI(sent):
    return ('li', [sent], {})


def TABLE(*rows):
    return ('table', list(rows), {})


def Q(*sents):
    return ('quote', list(sents), {})


def TURN(prefix, *sents):
    return ('turn', list(sents), {'prefix': prefix})


def labels(doc):
    out, seen, para = [], [], 0
    for b in doc['blocks']:
        if b[0] == 'h':
            continue
        para += 1
        for x in b[1]:
            ctr = None
            if x.ctr:
                hits = [t for t in seen if x.ctr in t]
                if len(hits) != 1:
                    raise SystemExit('counter fragment %r in %s matched %d' % (x.ctr, doc['file'], len(hits)))
                ctr = hits[0]
            if x.text in seen:
                raise SystemExit('duplicate sentence ' + x.text)
            seen.append(x.text)
            out.append(dict(doc='heldout18/docs/' + doc['file'], paragraph=para, text=x.text,
                            speaker=x.sp, attributed=x.at, companies=x.co, type=x.ty,
                            stance=x.st, counters=ctr))
    return out


def esc(t):
    t = t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    for a, b in (('\u2019', '&rsquo;'), ('\u2018', '&lsquo;'), ('\u201c', '&ldquo;'),
                 ('\u201d', '&rdquo;'), ('\u00a3', '&pound;'), ('\u2014', '&mdash;'),
                 ('\u2013', '&ndash;')):
        t = t.replace(a, b)
    return t


def join(sents):
    return ' '.join(x.text for x in sents)


def render_md(doc):
    out = ['---']
    for k, v in doc['front']:
        out.append('%s: %s' % (k, v))
    out.append('---')
    out.append('')
    prev = None
    for b in doc['blocks']:
        kind = b[0]
        if kind == 'h':
            out += ['## ' + b[1], '']
        elif kind == 'p':
            out += [join(b[1]), '']
        elif kind == 'li':
            if prev == 'li' and out and out[-1] == '':
                out.pop()
            out += ['- ' + join(b[1]), '']
        elif kind == 'quote':
            out += ['> ' + join(b[1]), '']
        elif kind == 'table':
            rows = b[1]
            ncol = rows[0].text.count(' | ') + 1
            out.append('| ' + rows[0].text + ' |')
            out.append('|' + '---|' * ncol)
            for r in rows[1:]:
                out.append('| ' + r.text + ' |')
            out.append('')
        elif kind == 'turn':
            out += [b[2]['prefix'] + join(b[1]), '']
        prev = kind
    out += doc.get('md_tail', [])
    return '\n'.join(out).rstrip('\n') + '\n'


def render_html_body(doc):
    out, inlist = [], False
    for b in doc['blocks']:
        kind = b[0]
        if kind != 'li' and inlist:
            out.append('        </ul>')
            inlist = False
        if kind == 'h':
            out.append('        <h2>%s</h2>' % esc(b[1]))
        elif kind == 'p':
            cls = b[2].get('cls')
            out.append('        <p%s>%s</p>' % (' class="%s"' % cls if cls else '', esc(join(b[1]))))
        elif kind == 'li':
            if not inlist:
                out.append('        <ul>')
                inlist = True
            out.append('          <li>%s</li>' % esc(join(b[1])))
        elif kind == 'quote':
            out.append('        <blockquote><p>%s</p></blockquote>' % esc(join(b[1])))
        elif kind == 'table':
            rows = b[1]
            out.append('        <table class="data">')
            cells = rows[0].text.split(' | ')
            out.append('          <thead><tr>' + ''.join('<th>%s</th>' % esc(c) for c in cells) + '</tr></thead>')
            out.append('          <tbody>')
            for r in rows[1:]:
                out.append('            <tr>' + ''.join('<td>%s</td>' % esc(c) for c in r.text.split(' | ')) + '</tr>')
            out.append('          </tbody>')
            out.append('        </table>')
        elif kind == 'turn':
            out.append('        <p class="turn">%s%s</p>' % (b[2]['prefix'], esc(join(b[1]))))
    if inlist:
        out.append('        </ul>')
    return '\n'.join(out)


def render_html(doc):
    return doc['html'].replace('@@BODY@@', render_html_body(doc))


def render_txt(doc):
    out = list(doc['txt_head'])
    for b in doc['blocks']:
        kind = b[0]
        if kind == 'h':
            out += [b[1].upper(), '']
        elif kind in ('p', 'li', 'quote'):
            pre = {'li': '- ', 'quote': '> '}.get(kind, '')
            out += [textwrap.fill(pre + join(b[1]), 78, break_long_words=False, break_on_hyphens=False), '']
        elif kind == 'turn':
            out += [textwrap.fill(b[2]['prefix'] + join(b[1]), 78, break_long_words=False, break_on_hyphens=False), '']
        elif kind == 'table':
            out += [r.text for r in b[1]] + ['']
    out += doc.get('txt_tail', [])
    return '\n'.join(out).rstrip('\n') + '\n'


def render(doc):
    f = doc['file']
    if f.endswith('.md'):
        return render_md(doc)
    if f.endswith('.html'):
        return render_html(doc)
    return render_txt(doc)
