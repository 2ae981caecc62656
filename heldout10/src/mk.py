"""Shared builder: one source per document produces both the document and its labels."""
import html, json, os, re, textwrap

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {'cl': 'claim', 'cc': 'counterclaim', 'ev': 'evidence', 'pr': 'prediction',
         'rc': 'recommendation', 'cx': 'context'}
STANCE = {'+': 'bullish', '-': 'bearish', '0': 'neutral'}


class S:
    """A sentence. sp=None -> document default voice (attributed False)."""
    def __init__(self, text, sp=None, comps='', t='cl', st='0', k=None, c=None):
        self.text, self.sp, self.t, self.st, self.k, self.c = text, sp, t, st, k, c
        self.comps = sorted(set(x.strip() for x in comps.split(';') if x.strip()))


class P:
    def __init__(self, *sents, label=None, li=False, table=False):
        self.sents, self.label, self.li, self.table = sents, label, li, table


class H:
    def __init__(self, text):
        self.text = text


def ent(s):
    s = html.escape(s, quote=False)
    for a, b in (('’', '&rsquo;'), ('‘', '&lsquo;'), ('“', '&ldquo;'), ('”', '&rdquo;'),
                 ('£', '&pound;'), ('€', '&euro;'), ('—', '&mdash;'), ('–', '&ndash;'), ('é', '&eacute;')):
        s = s.replace(a, b)
    return s


def render(kind, body, head, tail):
    out = []
    if kind == 'md':
        for it in body:
            if isinstance(it, H):
                out.append('## ' + it.text + '\n')
            elif it.table:
                rows = [s.text for s in it.sents]
                lines = ['| ' + rows[0] + ' |', '|' + '---|' * (rows[0].count(' | ') + 1)]
                lines += ['| ' + r + ' |' for r in rows[1:]]
                out.append('\n'.join(lines) + '\n')
            else:
                t = ' '.join(s.text for s in it.sents)
                if it.label:
                    t = '**' + it.label + '** ' + t
                if it.li:
                    t = (it.li if isinstance(it.li, str) else '- ') + t
                out.append(t + '\n')
        return head + '\n'.join(out) + tail
    if kind == 'txt':
        for it in body:
            if isinstance(it, H):
                out.append(it.text.upper())
            else:
                t = ' '.join(s.text for s in it.sents)
                if it.label:
                    t = it.label + ' ' + t
                if it.li:
                    t = (it.li if isinstance(it.li, str) else '- ') + t
                out.append(textwrap.fill(t, 78, subsequent_indent='  ' if it.li else ''))
        return head + '\n\n'.join(out) + '\n' + tail
    # html
    inlist = False
    for it in body:
        if isinstance(it, P) and it.li:
            if not inlist:
                out.append('        <ul>')
                inlist = True
        elif inlist:
            out.append('        </ul>')
            inlist = False
        if isinstance(it, H):
            out.append('        <h2>' + ent(it.text) + '</h2>')
        else:
            t = ' '.join(ent(s.text) for s in it.sents)
            if it.label:
                t = '<strong>' + ent(it.label) + '</strong> ' + t
            tag = 'li' if it.li else 'p'
            out.append('        <%s>%s</%s>' % (tag, t, tag) if not it.li else '          <li>%s</li>' % t)
    if inlist:
        out.append('        </ul>')
    return head + '\n'.join(out) + '\n' + tail


def build(name, kind, default, body, head='', tail=''):
    text = render(kind, body, head, tail)
    with open(os.path.join(OUT, 'docs', name), 'w') as f:
        f.write(text)
    recs, keys, n = [], {}, 0
    for it in body:
        if isinstance(it, H):
            continue
        n += 1
        for s in it.sents:
            if s.k:
                assert s.k not in keys, s.k
                keys[s.k] = s.text
            sp = default if s.sp is None else s.sp
            ctr = keys[s.c] if s.c else None
            assert (s.t == 'cc') == (s.c is not None) or s.t == 'cc', (s.text, s.t, s.c)
            recs.append({'doc': 'heldout10/docs/' + name, 'paragraph': n, 'text': s.text,
                         'speaker': sp, 'attributed': s.sp is not None,
                         'companies': s.comps, 'type': TYPES[s.t], 'stance': STANCE[s.st],
                         'counters': ctr})
    os.makedirs(os.path.join(OUT, 'src', 'build'), exist_ok=True)
    with open(os.path.join(OUT, 'src', 'build', name + '.part'), 'w') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(name, len(recs))
