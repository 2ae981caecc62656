from mk import S, H, P, LI, OL, T, D, html_body

FILE = 'most-bought-and-sold-week-46.html'
DEFAULT = 'Sorrel Gaudin'

OC = 'Orchardine Cider'
AS = 'Aerocline Seating'
RM = 'Relicroom Marketplace'
CS = 'Corvenny Securities'
EPn = 'Ellisfold Partners'
BS = 'Benedict Sawle'
ED = 'Esme Dunstaffe'
PV = 'Maarten Vanstone'
HM = 'Helge Marsworth'

BLOCKS = [
    P(S('ev', '0', "Orchardine Cider was the most bought share on our platform this week, even after the cider maker cut its profit forecast on Tuesday.", co=[OC]),
      S('ev', '-', "The company blamed the wettest August in twenty years for a 12% fall in summer sales.", sp=OC, co=[OC]),
      S('ev', '0', "Its shares fell 19% on the day.")),
    P(S('cx', '0', "The three shares with the most one-sided orders this week are below.")),
    T(S('cx', '0', "Company | Share of buy orders | Share of sell orders"),
      S('ev', '0', "Orchardine Cider | 71% | 29%", co=[OC]),
      S('ev', '0', "Aerocline Seating | 22% | 78%", co=[AS]),
      S('ev', '0', "Relicroom Marketplace | 64% | 36%", co=[RM])),
    H("Buying the dip"),
    P(S('cl', '+', "Our customers clearly think the weather is a one-off."),
      S('cl', '+', "One, commenting under our results article, wrote that “people will still drink cider next summer”.")),
    P(S('cl', '+', "Orchardine's chief executive, Benedict Sawle, made the same argument to analysts on Tuesday, adding that the company had not lost a single supermarket listing.", sp=BS, co=[OC])),
    P(S('cc', '-', "Not every analyst agrees.", ctr="the weather is a one-off"),
      S('cc', '-', "Esme Dunstaffe, who covers drinks makers at Corvenny Securities, thinks the problem is older than the weather.", sp=ED, co=[CS], ctr="made the same argument to analysts"),
      S('ev', '-', "Orchardine's sales also fell in the dry summer of 2025, by 4%, she pointed out, as younger drinkers moved to low-alcohol brands.", sp=ED, co=[OC]),
      S('rec', '-', "She has a sell rating and a 140p target.", sp=ED)),
    P(S('cc', '+', "Sawle's answer, in an interview with us on Thursday, was that the 2025 fall came from a lost export contract that has since been replaced.", sp=BS, ctr="in the dry summer of 2025")),
    H("Taking profits"),
    P(S('ev', '0', "Aerocline Seating was the most sold, after a 34% rise in its shares since it won a contract to fit seats to a new regional jet.", co=[AS]),
      S('rec', '0', "Selling after a run like that is sensible, and we would not argue with anyone who has doubled their money."),
      S('ev', '0', "The company says the contract is worth £380 million over eight years.", sp=AS, co=[AS]),
      S('ev', '+', "Its finance director, Maarten Vanstone, told a conference in October that the order book now covers 90% of next year's revenue.", sp=PV)),
    H("A quieter favourite"),
    P(S('ev', '0', "Relicroom Marketplace, the online dealer in second-hand furniture, has been on our most-bought list for six weeks in a row.", co=[RM]),
      S('ev', '+', "Its sales rose 41% in the half, according to its interim results.", sp=RM),
      S('ev', '-', "The same results show it has yet to make a profit.", sp=RM)),
    P(S('rec', '-', "Helge Marsworth, a fund manager at Ellisfold Partners, said he had sold his Relicroom shares because the company spends £1.40 on marketing for every £1 of new sales.", sp=HM, co=[EPn, RM])),
    H("Our view"),
    P(S('cx', '0', "We do not tell customers what to buy, and these figures describe what they did, not what they should do."),
      S('cc', '0', "But buying a share because it has fallen is not a strategy on its own.", ctr="the weather is a one-off"),
      S('rec', '0', "Anyone adding Orchardine now should be ready for another wet summer.", co=[OC])),
]

HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Most bought and sold this week: cider on the dip, seats sold on the rise | Tillerstone Invest</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="What Tillerstone customers bought and sold in week 46, and what the analysts say.">
  <link rel="canonical" href="https://www.tillerstone.example/insights/most-bought-sold-week-46">
  <link rel="stylesheet" href="/static/app.css">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "Article",
   "headline": "Most bought and sold this week: cider on the dip, seats sold on the rise",
   "datePublished": "2026-11-14T16:30:00+00:00",
   "author": {"@type": "Person", "name": "Sorrel Gaudin"},
   "publisher": {"@type": "Organization", "name": "Tillerstone Invest"}}
  </script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page": "insight", "week": 46});</script>
</head>
<body>
  <div class="risk-banner">Capital at risk. The value of investments can fall as well as rise, and you may get back less than you invest.</div>
  <header class="topbar">
    <a class="brand" href="/">Tillerstone Invest</a>
    <a class="login" href="/login">Log in</a>
    <a class="cta" href="/open-account">Open an account</a>
  </header>
  <nav class="primary">
    <a href="/invest">Invest</a>
    <a href="/savings-accounts">Savings accounts</a>
    <a href="/pensions">Pensions</a>
    <a href="/insights" class="active">Insights</a>
    <a href="/help">Help</a>
  </nav>
  <main class="insight">
    <ol class="crumbs"><li><a href="/insights">Insights</a></li><li><a href="/insights/market-news">Market news</a></li><li>Most bought and sold</li></ol>
    <p class="series">Most bought and sold &middot; Week 46</p>
    <h1>Most bought and sold this week: cider on the dip, seats sold on the rise</h1>
    <div class="meta">
      <span class="author">Sorrel Gaudin, Head of Investment Research</span>
      <span class="date">14 November 2026</span>
      <span class="readtime">4 minute read</span>
    </div>
    <div class="share-tools"><a href="#" class="copy-link">Copy link</a> <a href="mailto:?subject=Most%20bought">Email</a></div>
    <section class="insight-body">
'''

TAIL = '''    </section>
    <p class="disclaimer">This article is not personal advice. If you are unsure whether an investment is right for you, please seek advice. Figures are for the week to Friday 14 November.</p>
    <section class="related-insights">
      <h2>More insights</h2>
      <ul>
        <li><a href="/insights/results-season-calendar">Results season: the dates to know</a></li>
        <li><a href="/insights/what-is-a-profit-warning">What is a profit warning?</a></li>
        <li><a href="/insights/most-bought-sold-week-45">Most bought and sold: week 45</a></li>
      </ul>
    </section>
  </main>
  <footer>
    <p>Tillerstone Invest is a trading name of Tillerstone Investment Services Ltd, registered office 4 Weaver Row, Orlesby.</p>
    <p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/complaints">Complaints</a> | <a href="/accessibility">Accessibility</a></p>
  </footer>
</body>
</html>
'''


def render():
    return HEAD + html_body(BLOCKS, entities=False, indent='      ') + '\n' + TAIL
