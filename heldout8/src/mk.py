import json, html, re, sys, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
TY = dict(cl='claim', cc='counterclaim', ev='evidence', pr='prediction', re='recommendation', cx='context')
ST = {'+': 'bullish', '-': 'bearish', '0': 'neutral'}

def parse(dsl):
    blocks = []  # ('h', text) or ('p', prefix, [sent dicts])
    cur = None; prefix = ''
    for raw in dsl.strip('\n').split('\n'):
        line = raw.strip()
        if not line:
            cur = None; continue
        if line.startswith('## '):
            blocks.append(('h', line[3:])); cur = None; continue
        if line.startswith('%'):
            prefix = raw[raw.index('%')+1:].lstrip(' ') if raw.strip() != '%' else ''
            prefix = prefix.replace('\\s', ' ')
            cur = None; continue
        text, lab = line.split(' || ')
        key = None
        m = re.match(r'^\[(\w+)\] (.*)$', text)
        if m: key, text = m.group(1), m.group(2)
        parts = [x.strip() for x in lab.split('|')]
        while len(parts) < 5: parts.append('')
        sp, co, ty, st, ctr = parts[:5]
        s = dict(key=key, text=text, sp=sp, co=[c.strip() for c in co.split(',') if c.strip()], ty=TY[ty], st=ST[st], ctr=ctr or None)
        if cur is None:
            cur = ('p', prefix, []); blocks.append(cur); prefix = ''
        cur[2].append(s)
    return blocks

def esc(t, ents=True):
    t = t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if ents:
        for a, b in [('’', '&rsquo;'), ('‘', '&lsquo;'), ('“', '&ldquo;'), ('”', '&rdquo;'), ('£', '&pound;'), ('€', '&euro;'), ('—', '&mdash;'), ('–', '&ndash;'), ('é', '&eacute;')]:
            t = t.replace(a, b)
    return t

def md_body(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h': out.append('## ' + b[1])
        elif b[1].strip() == 'TABLE':
            rows = ['| ' + s['text'] + ' |' for s in b[2]]
            ncol = b[2][0]['text'].count(' | ') + 1
            rows.insert(1, '|' + '---|' * ncol)
            out.append('\n'.join(rows))
        else: out.append(b[1] + ' '.join(s['text'] for s in b[2]))
    return '\n\n'.join(out)

def txt_body(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h': out.append(b[1])
        else: out.append(b[1] + ' '.join(s['text'] for s in b[2]))
    return '\n\n'.join(out)

def html_body(blocks, ind='      '):
    out = []; inlist = False
    for b in blocks:
        if b[0] == 'p' and b[1].startswith('- '):
            if not inlist: out.append(ind + '<ul>'); inlist = True
            out.append(ind + '  <li>' + esc(' '.join(s['text'] for s in b[2])) + '</li>')
            continue
        if inlist: out.append(ind + '</ul>'); inlist = False
        if b[0] == 'h': out.append(ind + '<h2>' + esc(b[1]) + '</h2>')
        else: out.append(ind + '<p>' + esc(b[1]) + esc(' '.join(s['text'] for s in b[2])) + '</p>')
    if inlist: out.append(ind + '</ul>')
    return '\n'.join(out)

def build(fname, default, dsl, render):
    blocks = parse(dsl)
    doctext = render(blocks)
    with open(os.path.join(OUT, 'docs', fname), 'w') as f: f.write(doctext)
    keys = {}; rows = []; n = 0
    for b in blocks:
        if b[0] != 'p': continue
        n += 1
        for s in b[2]:
            if s['sp'] == '@': sp, at = default, False
            else: sp, at = s['sp'], True
            ctr = None
            if s['ctr']:
                if s['ctr'] not in keys: raise SystemExit(f'{fname}: unknown ctr {s["ctr"]} in {s["text"]}')
                ctr = keys[s['ctr']]
            if (ctr is not None) != (s['ty'] == 'counterclaim'):
                print(f'WARN {fname}: counterclaim/ctr mismatch: {s["text"][:60]}', file=sys.stderr)
            rows.append(dict(doc='heldout8/docs/' + fname, paragraph=n, text=s['text'], speaker=sp, attributed=at,
                             companies=sorted(set(s['co'])), type=s['ty'], stance=s['st'], counters=ctr))
            if s['key']: keys[s['key']] = s['text']
    os.makedirs(os.path.join(OUT, 'src', 'build'), exist_ok=True)
    with open(os.path.join(OUT, 'src', 'build', fname + '.part'), 'w') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(fname, len(rows), 'sentences')
