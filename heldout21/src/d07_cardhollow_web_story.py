"""HTML full saved page: an AMP-style web story (tap-through slides) on a board-game publisher's results."""
from mk import Doc, s, esc

DOC = d = Doc('cardhollow-results-web-story.html', default='Oriel Tamblyn', co={
    'CH': 'Cardhollow Games', 'LC': 'Larchbeck Capital', 'TG': 'Tabletop Retailers’ Guild'})

d.h('The numbers')
d.p(s('Cardhollow Games made £41.2 million of revenue in the year to September, up 9%.', None, 'CH', 'ev', 'bu'),
    s('Profit fell 23% to £5.1 million.', None, '', 'ev', 'be'))
d.h('The warehouse')
d.p(s('Most of the fall came from the move to a new warehouse at Tallybrook, which cost £2.9 million, twice the budget.', None, '', 'ev', 'be'),
    s('Finance director Ulric Fane called the overrun “a one-off” and said the new site would save £1 million a year from 2027.', 'Ulric Fane', '', 'cl', 'bu'))
d.h('The hit')
d.p(s('Lanternvale, its best-selling game, sold 610,000 copies, more than the next five titles combined.', None, 'CH', 'ev', 'bu'),
    s('Chief executive Solenne Korrigan called it “the best year in our history”.', 'Solenne Korrigan', '', 'cl', 'bu'))
d.h('The worry')
d.p(s('But one game is not a company.', None, '', 'cc', 'be', c='the best year in our history'),
    s('Without Lanternvale, sales fell 14%, according to the annual report.', 'Cardhollow Games', 'CH', 'ev', 'be'))
d.h('The plan')
d.p(s('Korrigan says two expansions and a sequel are due next year, and that Lanternvale players buy 1.8 expansions each on average.', 'Solenne Korrigan', 'CH', 'ev', 'bu'),
    s('“We are building a world, not a game,” she said.', 'Solenne Korrigan', '', 'cl', 'bu'))
d.h('The app')
d.p(s('Cardhollow Arena, the digital version, lost £3.4 million.', None, 'CH', 'ev', 'be'),
    s('The company says it will break even in 2027 as subscriptions grow.', 'Cardhollow Games', 'CH', 'pr', 'bu'))
d.p(s('Soren Ketteridge, who covers leisure stocks at Larchbeck Capital, does not believe it.', 'Soren Ketteridge', 'LC', 'cc', 'be', c='break even in 2027'),
    s('In his view, board-game players buy boxes, not subscriptions.', 'Soren Ketteridge', '', 'cl', 'be'),
    s('He thinks the app should be sold, and he has a sell rating with a target of 190p.', 'Soren Ketteridge', '', 're', 'be'))
d.h('The shops')
d.p(s('Independent game shops sell about half of Cardhollow’s games, according to its results.', 'Cardhollow Games', 'CH', 'ev', 'ne'),
    s('The Tabletop Retailers’ Guild says its members are angry that Cardhollow sold the new edition of Lanternvale online three weeks before shops got stock.', 'Tabletop Retailers’ Guild', 'CH', 'cl', 'be'),
    s('Its chair, Wenda Pollexfen, said three shops had cancelled launch nights because their customers already owned the game.', 'Wenda Pollexfen', '', 'ev', 'be'))
d.p(s('Cardhollow said the early sales were a mistake by its warehouse partner and would not happen again.', 'Cardhollow Games', 'CH', 'cc', 'ne', c='its members are angry'))
d.h('The market')
d.p(s('The shares rose 4% on the day, and the dividend was held at 4.2p.', None, 'CH', 'ev', 'ne'),
    s('Analysts at Brisewood Keel raised their target to 285p, arguing that two expansions a year make Lanternvale “a franchise, not a fad”.', 'Brisewood Keel', 'CH', 're', 'bu'))
d.h('What to watch')
d.p(s('Whether the sequel, due in May, keeps Lanternvale players buying.', None, 'CH', 'pr', 'ne'),
    s('Whether the guild’s members cut their orders before Christmas.', None, 'TG', 'pr', 'ne'))
d.h('Our take')
d.p(s('Lanternvale is a very good game, and Cardhollow is a well-run publisher.', None, 'CH', 'cl', 'bu'),
    s('But a publisher that earns most of its profit from one title is one flop away from a bad year.', None, '', 'cc', 'be', c='Lanternvale is a very good game'),
    s('The sequel will tell us which kind of year 2027 is.', None, '', 'pr', 'ne'))


def render():
    pages, cur = [], None
    for b in d.blocks:
        if b[0] == 'h':
            cur = {'h': b[1], 'ps': []}
            pages.append(cur)
        else:
            cur['ps'].append(' '.join(x.text for x in b[1]))
    out = []
    for i, pg in enumerate(pages, 2):
        out.append('  <amp-story-page id="page-%d">' % i)
        out.append('    <amp-story-grid-layer template="fill"><amp-img src="/stories/cardhollow/%02d.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>' % i)
        out.append('    <amp-story-grid-layer template="vertical" class="text-panel">')
        out.append('      <h2>%s</h2>' % esc(pg['h']))
        for p in pg['ps']:
            out.append('      <p>%s</p>' % esc(p))
        out.append('    </amp-story-grid-layer>')
        out.append('  </amp-story-page>')
    return HEAD + '\n'.join(out) + '\n' + TAIL


HEAD = '''<!doctype html>
<html amp lang="en">
<head>
  <meta charset="utf-8">
  <title>Cardhollow’s results: one big hit and some loose pieces | Pocketbrief</title>
  <link rel="canonical" href="https://pocketbrief.example/stories/cardhollow-results">
  <meta name="viewport" content="width=device-width">
  <meta property="og:site_name" content="Pocketbrief">
  <meta property="og:type" content="article">
  <script async src="https://cdn.ampproject.example/v0.js"></script>
  <script async custom-element="amp-story" src="https://cdn.ampproject.example/v0/amp-story-1.0.js"></script>
  <style amp-custom>
    amp-story { font-family: "Pocket Sans", sans-serif; }
    .text-panel { background: linear-gradient(to top, rgba(0,0,0,.8), transparent); color: #fff; }
    .byline { font-size: 14px; opacity: .8; }
  </style>
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Cardhollow’s results: one big hit and some loose pieces",
   "datePublished": "2026-11-25T07:00:00Z",
   "author": {"@type": "Person", "name": "Oriel Tamblyn"},
   "publisher": {"@type": "Organization", "name": "Pocketbrief"}}
  </script>
</head>
<body>
<amp-story standalone title="Cardhollow’s results: one big hit and some loose pieces" publisher="Pocketbrief" publisher-logo-src="/logo-96.png" poster-portrait-src="/stories/cardhollow/cover.jpg">
  <amp-story-page id="cover">
    <amp-story-grid-layer template="fill"><amp-img src="/stories/cardhollow/cover.jpg" width="720" height="1280" layout="responsive" alt="Boxes of board games on a shop shelf"></amp-img></amp-story-grid-layer>
    <amp-story-grid-layer template="vertical" class="text-panel">
      <h1>Cardhollow’s results: one big hit and some loose pieces</h1>
      <p class="byline">By Oriel Tamblyn · 25 November 2026 · 10 slides</p>
    </amp-story-grid-layer>
  </amp-story-page>
'''

TAIL = '''  <amp-story-page id="credits">
    <amp-story-grid-layer template="vertical" class="text-panel">
      <p class="credits">Photos: Pocketbrief / stock. Figures: company results.</p>
    </amp-story-grid-layer>
  </amp-story-page>
  <amp-story-bookend layout="nodisplay">
    <script type="application/json">
    {"bookendVersion": "v1.0",
     "shareProviders": ["email", "system"],
     "components": [
       {"type": "heading", "text": "More stories"},
       {"type": "small", "title": "Toy fair: what sold", "url": "/stories/toy-fair"},
       {"type": "small", "title": "Five results to watch next week", "url": "/stories/week-ahead"}
     ]}
    </script>
  </amp-story-bookend>
</amp-story>
</body>
</html>
'''
