from mk import Doc, s, render_html_body

doc = Doc('hollyfen-promise-tracker.html', 'html', 'Lavinia Thorrold')
D = 'D'
HG = 'Hollyfen Garden Centres'
WC = 'Wraxby Capital'
CL = 'Carys Lathwell'

doc.p(
    s("When Wraxby Capital bought Hollyfen Garden Centres for £186 million in November 2024, it made five promises in its offer document about jobs, centres and investment.", D, HG + ';' + WC, 'E', '0'),
    s("Takeover rules expect such statements to hold for at least a year, and two years on we have checked each of them.", D, '', 'K', '0'),
)

doc.h("Promise 1: no centre will close")
doc.p(
    s("Wraxby said it had “no intention” of closing any of Hollyfen’s 27 centres.", 'Wraxby Capital', HG + ';' + WC, 'E', '0'),
    html='<p class="promise">{t}</p>')
doc.p(
    s("Status: broken.", D, '', 'C', '-'),
    html='<p class="status status-broken">{t}</p>')
doc.p(
    s("The centres at Morrowell and Tavistead closed in March, and the one at Pennerly will shut in January.", D, '', 'E', '-'),
    s("Hollyfen’s managing director, Carys Lathwell, said the three sites had lost money for five years and that the promise had been made “in good faith on the information available.”", CL, HG, 'X', '0', 'Status: broken.'),
    s("Hollyfen’s accounts for 2023, which Wraxby had before it bid, show all three losing money.", 'Hollyfen Garden Centres', HG + ';' + WC, 'X', '-', 'in good faith'),
)

doc.h("Promise 2: jobs and terms")
doc.p(
    s("The offer document promised that “the existing employment rights of all Hollyfen staff will be fully safeguarded.”", 'Wraxby Capital', HG, 'E', '0'),
    html='<p class="promise">{t}</p>')
doc.p(
    s("Status: kept, on paper.", D, '', 'C', '0'),
    html='<p class="status status-kept">{t}</p>')
doc.p(
    s("Nobody has lost a contractual right.", D, '', 'E', '0'),
    s("But 140 weekend staff were moved onto annualised-hours contracts in April.", D, '', 'X', '0', 'Nobody has lost a contractual right'),
    s("The Retail and Garden Workers’ Union says the change cut their pay by up to £1,900 a year.", 'Retail and Garden Workers’ Union', '', 'E', '0'),
    s("Lathwell said the contracts give staff “more predictable income across the year” and that nobody earns less over twelve months.", CL, '', 'X', '0', 'cut their pay by up to'),
)

doc.h("Promise 3: £30 million of investment")
doc.p(
    s("Wraxby promised to invest £30 million in the centres within three years.", 'Wraxby Capital', WC, 'E', '0'),
    html='<p class="promise">{t}</p>')
doc.p(
    s("Status: on track, according to the company, which says £19 million has been spent so far.", 'Hollyfen Garden Centres', HG, 'C', '+'),
    html='<p class="status status-ontrack">{t}</p>')
doc.p(
    s("About £11 million of that went on a new head office and the online shop, not on the centres.", D, '', 'X', '-', 'on track, according to the company'),
    s("Lathwell said the online shop “is part of every centre, because customers collect from them.”", CL, '', 'X', '+', 'About £11 million of that'),
)

doc.h("Promise 4: local growers")
doc.p(
    s("The fourth promise was to keep buying at least 40% of plants from growers within 50 miles of each centre.", 'Wraxby Capital', '', 'E', '0'),
    html='<p class="promise">{t}</p>')
doc.p(
    s("Status: broken, according to growers.", D, '', 'C', '-'),
    html='<p class="status status-broken">{t}</p>')
doc.p(
    s("The Eastwold Nursery Growers’ Association says its members’ sales to Hollyfen have fallen by a third since central buying went to a single wholesaler, Veldmann Plants, in 2025.", 'Eastwold Nursery Growers’ Association', 'Eastwold Nursery Growers’ Association;' + HG + ';Veldmann Plants', 'E', '-'),
    s("Lathwell disputes that, saying 43% of plants still come from local growers.", CL, '', 'X', '+', 'fallen by a third'),
    s("She would not say how the company defines local.", D, HG, 'K', '0'),
)

doc.h("Promise 5: the head office stays in Ludmore")
doc.p(
    s("Wraxby also promised to keep Hollyfen’s head office in Ludmore.", 'Wraxby Capital', HG + ';' + WC, 'E', '0'),
    html='<p class="promise">{t}</p>')
doc.p(
    s("Status: kept.", D, '', 'C', '0'),
    html='<p class="status status-kept">{t}</p>')

doc.h("What it adds up to")
doc.p(
    s("Two promises kept, one of them only on paper, one on track and two broken is not a record the company’s owners will want to advertise.", D, HG + ';' + WC, 'C', '-'),
    s("Wraxby’s partner in charge of the investment, Dominik Saulnier, said in a statement that Hollyfen was “a stronger business than when we bought it,” with sales up 8% last year.", 'Dominik Saulnier', HG + ';' + WC, 'X', '+', 'not a record the company'),
    s("Sales did rise 8%, but the business is carrying £120 million of debt that Wraxby put on it to pay for the purchase, according to its latest accounts.", 'Hollyfen Garden Centres', HG + ';' + WC, 'X', '-', 'a stronger business than'),
)
doc.p(
    s("The Pennerly centre’s last day of trading is 11 January.", D, '', 'E', '0'),
    s("We will update this tracker when the company publishes its next accounts in the spring.", D, HG, 'K', '0'),
)

HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Promise tracker: what happened to Wraxby&#39;s five pledges for Hollyfen? | Eastwold Post</title>
<meta name="author" content="Lavinia Thorrold">
<meta property="og:site_name" content="Eastwold Post">
<meta property="article:section" content="Business">
<meta property="article:published_time" content="2026-12-01T07:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Promise tracker: what happened to Wraxby's five pledges for Hollyfen?","author":{"@type":"Person","name":"Lavinia Thorrold"},"publisher":{"@type":"Organization","name":"Eastwold Post"},"datePublished":"2026-12-01"}</script>
<script async src="/js/ads.js"></script>
</head>
<body>
<div id="cookie-consent" class="cookie">We use cookies to make this site work and to measure how it is used. <button>Accept all</button> <button>Manage</button></div>
<header class="masthead">
  <a href="/" class="brand">Eastwold Post</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/property">Property</a></li><li><a href="/opinion">Opinion</a></li><li><a class="subscribe" href="/subscribe">Subscribe from &pound;1</a></li></ul></nav>
</header>
<main>
  <p class="breadcrumb"><a href="/business">Business</a> &rsaquo; <a href="/business/retail">Retail</a></p>
  <article class="tracker">
    <p class="kicker">PROMISE TRACKER</p>
    <h1>What happened to Wraxby&rsquo;s five pledges for Hollyfen?</h1>
    <p class="dek">Two years after the private-equity firm bought the garden-centre chain, we check the promises it made.</p>
    <p class="byline">By <a href="/authors/lavinia-thorrold">Lavinia Thorrold</a>, Business Editor</p>
    <time datetime="2026-12-01">1 December 2026</time>
    <ul class="share"><li><a href="#">Share</a></li><li><a href="#">Post</a></li><li><a href="#">Email</a></li></ul>
    <div class="scorecard" aria-label="scorecard"><span>Kept: 2</span> <span>On track: 1</span> <span>Broken: 2</span></div>
    <div class="article-body">
'''

TAIL = '''    </div>
    <aside class="newsletter"><h3>Eastwold Business Briefing</h3><p>The county&rsquo;s business news, every Tuesday morning.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
    <ul class="share share-bottom"><li><a href="#">Share</a></li><li><a href="#">Post</a></li><li><a href="#">Email</a></li></ul>
  </article>
  <aside class="related">
    <h2>Related</h2>
    <ul>
      <li><a href="#">Hollyfen to close Pennerly garden centre in January</a></li>
      <li><a href="#">Growers say buying changes have cost them a third of their Hollyfen sales</a></li>
      <li><a href="#">Wraxby Capital completes &pound;186m Hollyfen takeover</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer"><p>&copy; 2026 Eastwold Post. All rights reserved.</p><p><a href="/contact">Contact us</a> &middot; <a href="/complaints">Complaints</a> &middot; <a href="/privacy">Privacy notice</a></p></footer>
</body>
</html>
'''


def render():
    return HEAD + render_html_body(doc, ents='’“”£', indent='      ') + '\n' + TAIL
