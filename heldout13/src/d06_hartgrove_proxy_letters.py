"""A proxy fight as an exchange of letters, published by a trade site (HTML, byline)."""
from mk import Doc, s

FNAME = "hartgrove-proxy-letters.html"
HT = "Hartgrove Timber"
FP = "Ferncastle Partners"
LQ = "Lysander Quaye"
GA = "Gwendolyn Askwith"
TR = "Tilda Ravenscroft"


def build():
    d = Doc(FNAME, "Ingeborg Ashlock")
    d.p(s("Ferncastle Partners, which owns 7.2% of Hartgrove Timber, wants shareholders to replace three of the sawmill group’s seven directors at a general meeting on 8 December.", co=[FP, HT], ty="evidence"),
        s("The two sides have now exchanged three letters, which we publish below with their permission, lightly cut.", ty="context"))
    d.h("Ferncastle Partners to the board, 3 November")
    d.p(s("Dear Members of the Board,", LQ, ty="context"))
    d.p(s("Hartgrove owns the best forest estate of any listed timber company, and its shares trade below the value of the trees alone.", LQ, co=[HT], st="bullish"),
        s("Over five years the company has spent £240 million on new sawmills, and its return on that money has been under 4%.", LQ, co=[HT], ty="evidence", st="bearish"))
    d.p(s("We believe the board should stop building mills, sell the Glenvarroch forest and return the proceeds to shareholders.", LQ, ty="recommendation"),
        s("If the board does this, we estimate that the shares would be worth at least 40% more within two years.", LQ, co=[HT], ty="prediction", st="bullish"),
        s("We also believe that a board on which four of seven directors have served for more than nine years is in no position to judge its own strategy.", LQ, st="bearish"))
    d.p(s("Yours faithfully,", LQ, ty="context"))
    d.p(s("Lysander Quaye, Managing Partner, Ferncastle Partners", LQ, co=[FP], ty="context"))
    d.h("The board’s reply, 10 November")
    d.p(s("Dear Mr Quaye,", GA, ty="context"))
    d.p(s("Thank you for your letter, which the board has considered with care.", GA, ty="context"))
    d.p(s("Your return figure counts mills that have not yet been finished.", GA, ty="counterclaim", st="bullish", ctr="its return on that money has been under 4%"),
        s("The two mills that have run for a full year earned 11% on their cost in 2025, and the third opens in March.", GA, ty="evidence", st="bullish"))
    d.p(s("Selling Glenvarroch would raise cash once, but the forest supplies a third of the logs our mills need, and we would then have to buy those logs at market prices for ever.", GA, ty="counterclaim", st="bullish", ctr="sell the Glenvarroch forest"))
    d.p(s("We accept that the board needs fresh faces, and two of our longest-serving directors will stand down next year.", GA),
        s("But we do not believe that Ferncastle’s three nominees, two of whom work for Ferncastle, would be more independent than the directors they would replace.", GA, co=[FP], ty="counterclaim", ctr="is in no position to judge its own strategy"))
    d.p(s("Yours sincerely,", GA, ty="context"))
    d.p(s("Gwendolyn Askwith, Chair, Hartgrove Timber", GA, co=[HT], ty="context"))
    d.h("Ferncastle’s response, 14 November")
    d.p(s("Dear Ms Askwith,", LQ, ty="context"))
    d.p(s("A mill that is not yet finished has still cost money, and your shareholders paid for it.", LQ, ty="counterclaim", st="bearish", ctr="counts mills that have not yet been finished"),
        s("Your 11% is also before the £38 million the company borrowed to build them.", LQ, co=[HT], ty="counterclaim", st="bearish", ctr="earned 11% on their cost"))
    d.p(s("We welcome the two retirements, which nobody had mentioned to us before your letter.", LQ),
        s("Our nominations stand.", LQ, ty="evidence"))
    d.p(s("Lysander Quaye", LQ, ty="context"))
    d.h("What happens next")
    d.p(s("Proxlight Advisory, the proxy adviser, has recommended that shareholders back one of Ferncastle’s three nominees and reject the other two.", "Proxlight Advisory", co=[FP], ty="recommendation"))
    d.p(s("Tilda Ravenscroft, who covers forestry stocks at Pardoe Whitcroft, thinks Ferncastle is right about the mills and wrong about the forest.", TR, co=[FP, "Pardoe Whitcroft"], ty="counterclaim", ctr="sell the Glenvarroch forest"),
        s("Without its own logs, she said, Hartgrove would be just another sawmill operator, and those trade at a discount.", TR, co=[HT], st="bullish"))
    d.p(s("Hartgrove’s shares have risen 14% since Ferncastle disclosed its stake in September.", co=[FP, HT], ty="evidence"))

    body = d.body_html()
    text = PAGE.replace("{BODY}", body)
    return d, text


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Hartgrove Timber proxy fight: the letters in full | Boardfeet Weekly</title>
  <meta name="author" content="Ingeborg Ashlock">
  <meta property="og:site_name" content="Boardfeet Weekly">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2026-11-17T09:00:00Z">
  <link rel="stylesheet" href="/static/bfw.css">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@type":"NewsArticle","headline":"Hartgrove Timber proxy fight: the letters in full",
   "author":{"@type":"Person","name":"Ingeborg Ashlock"},"publisher":{"@type":"Organization","name":"Boardfeet Weekly"},
   "datePublished":"2026-11-17"}
  </script>
  <script>(function(){var t=document.createElement('script');t.src='/static/ads.js';document.head.appendChild(t);})();</script>
</head>
<body>
  <header class="masthead">
    <a href="/" class="brand">Boardfeet Weekly</a>
    <span class="tagline">News for the timber, sawmill and panel trades</span>
    <a href="/subscribe" class="btn-subscribe">Subscribe</a>
  </header>
  <nav class="primary">
    <a href="/news">News</a> | <a href="/markets">Markets</a> | <a href="/sawmilling">Sawmilling</a> | <a href="/forestry">Forestry</a> | <a href="/companies">Companies</a> | <a href="/jobs">Jobs</a>
  </nav>
  <main>
    <article>
      <p class="kicker">Companies</p>
      <h1>Hartgrove Timber proxy fight: the letters in full</h1>
      <p class="dek">An activist wants three seats on the board of the sawmill group. Here is what each side has written to the other.</p>
      <p class="byline">By <a href="/staff/ingeborg-ashlock">Ingeborg Ashlock</a>, Companies Editor</p>
      <time datetime="2026-11-17">17 November 2026</time>
      <ul class="share">
        <li><a href="#" class="share-email">Email</a></li>
        <li><a href="#" class="share-link">Copy link</a></li>
        <li><a href="#" class="share-print">Print</a></li>
      </ul>
      <div class="article-body">
{BODY}
      </div>
      <div class="newsletter-box">
        <h3>The Monday Log</h3>
        <p>Prices, deals and people in the timber trade, in your inbox every Monday.</p>
        <form><input type="email" placeholder="Your email"> <button>Sign up</button></form>
      </div>
    </article>
    <aside class="related">
      <h3>Related</h3>
      <ul>
        <li><a href="/news/hartgrove-third-mill">Hartgrove&rsquo;s third mill slips to March</a></li>
        <li><a href="/news/ferncastle-stake">Ferncastle Partners builds 7% stake in Hartgrove</a></li>
        <li><a href="/markets/log-prices-q3">Log prices: third quarter review</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>&copy; 2026 Boardfeet Weekly. All rights reserved.</p>
    <p><a href="/about">About</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p>
  </footer>
</body>
</html>
"""
