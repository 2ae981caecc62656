"""Shared builder: each document module defines META and BODY; render() writes the doc and returns label rows."""
import html, json

TY = {'c': 'claim', 'cc': 'counterclaim', 'e': 'evidence', 'p': 'prediction', 'r': 'recommendation', 'x': 'context'}
ST = {'+': 'bullish', '-': 'bearish', '0': 'neutral'}


def S(text, sp, co, ty, st, ctr=None, att=None):
    """sp: speaker name, or None for the document's default voice. co: comma-separated companies."""
    return dict(text=text, sp=sp, co=[c.strip() for c in co.split(';') if c.strip()] if co else [],
                ty=TY[ty], st=ST[st], ctr=ctr, att=att)


def label(doc, default, blocks):
    rows, seen, n = [], [], 0
    for b in blocks:
        if b[0] in ('h', 'img', 'sig'):
            continue
        n += 1
        for s in b[1]:
            if s['sp'] is None:
                sp, att = default, False
            else:
                sp, att = s['sp'], True
            if s['att'] is not None:
                att = s['att']
            ctr = None
            if s['ctr'] is not None:
                hits = [t for t in seen if s['ctr'] in t]
                assert len(hits) == 1, (doc, s['ctr'], hits)
                ctr = hits[0]
            assert (ctr is not None) == (s['ty'] == 'counterclaim'), (doc, s['text'])
            rows.append({'doc': 'heldout11/docs/' + doc, 'paragraph': n, 'text': s['text'], 'speaker': sp,
                         'attributed': att, 'companies': sorted(set(s['co'])), 'type': s['ty'],
                         'stance': s['st'], 'counters': ctr})
            seen.append(s['text'])
    return rows


def ent(t):
    t = html.escape(t, quote=False)
    return (t.replace('\u2019', '&rsquo;').replace('\u201c', '&ldquo;').replace('\u201d', '&rdquo;')
             .replace('\u00a3', '&pound;').replace('\u2014', '&mdash;'))


def joined(b):
    return ' '.join(s['text'] for s in b[1])


def render_md(m, blocks):
    out = ['---', 'title: "%s"' % m['title'], 'author: %s' % m['author'], 'date: %s' % m['date'],
           'site: %s' % m['site'], '---', '']
    for b in blocks:
        k = b[0]
        if k == 'h':
            out += ['## ' + b[1], '']
        elif k == 'img':
            out += ['![%s](%s)' % (b[1], b[2]), '']
        elif k == 'p':
            out += [joined(b), '']
        elif k == 'li':
            out += ['- ' + joined(b)]
            out += ['']
        elif k == 'q':
            out += ['> ' + s['text'] for s in b[1]] + ['']
        elif k == 'tbl':
            rows = [s['text'] for s in b[1]]
            out += ['| ' + rows[0] + ' |', '|' + '---|' * (rows[0].count(' | ') + 1)]
            out += ['| ' + r + ' |' for r in rows[1:]] + ['']
        elif k == 'lab':
            out += ['**%s** %s' % (b[2], joined(b)), '']
    for line in m.get('tail', []):
        out += [line, '']
    return '\n'.join(out).rstrip() + '\n'


def render_txt(m, blocks):
    out = [m['title'], '']
    if m.get('by'):
        out += ['By ' + m['by'], '']
    for b in blocks:
        k = b[0]
        if k == 'h':
            out += [b[1].upper(), '']
        elif k == 'p':
            out += [joined(b), '']
        elif k == 'lab':
            out += ['%s %s' % (b[2], joined(b)), '']
        elif k == 'sig':
            out += ['(%s)' % b[2], '']
    for line in m.get('tail', []):
        out += [line, '']
    return '\n'.join(out).rstrip() + '\n'


def render_html(m, blocks):
    body = []
    inlist = False
    for b in blocks:
        k = b[0]
        if k != 'li' and inlist:
            body.append('      </ul>')
            inlist = False
        if k == 'h':
            body.append('      <h2>%s</h2>' % ent(b[1]))
        elif k == 'p':
            body.append('      <p>%s</p>' % ent(joined(b)))
        elif k == 'li':
            if not inlist:
                body.append('      <ul class="ratings">')
                inlist = True
            body.append('        <li>%s</li>' % ent(joined(b)))
        elif k == 'lab':
            body.append('      <p><strong>%s</strong> %s</p>' % (ent(b[2]), ent(joined(b))))
    if inlist:
        body.append('      </ul>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m['title'],
          "datePublished": m['date'], "publisher": {"@type": "Organization", "name": m['site']}}
    if m.get('author'):
        ld["author"] = {"@type": "Person", "name": m['author']}
    navs = ''.join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(' ', '-'), x) for x in m['nav'])
    rel = '\n'.join('        <li><a href="/story/%d">%s</a></li>' % (i, ent(x)) for i, x in enumerate(m['related'], 101))
    byline = ('\n      <p class="byline">By <a href="/authors/x">%s</a>%s</p>' % (ent(m['author']), m.get('role', ''))) if m.get('author') else ''
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{ent(m['title'])} | {ent(m['site'])}</title>
  <meta name="description" content="{ent(m['dek'])}">
  <link rel="canonical" href="{m['url']}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "{m['kicker']}"}});</script>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">{ent(m['site'])}</a>
    <nav><ul>{navs}</ul></nav>
    <a class="btn-subscribe" href="/subscribe">Subscribe</a>
  </header>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
  <main>
    <article>
      <p class="kicker">{ent(m['kicker'])}</p>
      <h1>{ent(m['title'])}</h1>
      <p class="dek">{ent(m['dek'])}</p>{byline}
      <time datetime="{m['date']}">{m['datestr']}</time>
      <ul class="share"><li><a href="#">Share on X</a></li><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Email</a></li><li><button>Copy link</button></li></ul>
      <div class="article-body">
{chr(10).join(body)}
      </div>
      <aside class="promo"><p>Get {ent(m['site'])} in your inbox every morning. <a href="/newsletters">Sign up free</a></p></aside>
      <ul class="share share-bottom"><li><a href="#">Share on X</a></li><li><a href="#">Share on LinkedIn</a></li></ul>
    </article>
    <aside class="related">
      <h3>Related</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer><p>&copy; 2026 {ent(m['site'])}. All rights reserved.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact us</a></p></footer>
</body>
</html>
'''
