from lib import *
d = Doc("gym-results-street-reaction.html", "Tickerside")
PF, OL, TR, CP, WS = "PulseForm Gyms", "Oona Leckie", "Tobias Renwick", "Caius Penrose", "Wenonah Strick"
d.p(S("PulseForm Gyms reported a 14% rise in first-half revenue on Wednesday, to £212 million, as membership passed 1.9 million for the first time.", PF, PF, "ev", "+", k="rev"),
    S("But revenue per member fell 3%, the second fall in a row, and the shares dropped 9%.", None, PF, "cc", "-", c="rev", k="but"))
d.p(S("Finance director Oona Leckie told analysts on a call that the fall reflected cheaper off-peak memberships sold in new towns, and that yields at gyms open more than two years were flat.", OL, "", "cc", "+", c="but", k="leckie"),
    S("Chief executive Tobias Renwick said the company would open 45 gyms this year, in line with its plan, and that January had been “the strongest month in our history.”", TR, PF, "ev", "+", k="jan"),
    S("He declined to give a target for revenue per member.", None, "", "cx", "0"),
    S("The 30 gyms opened in the past year averaged 4,100 members each, against 6,500 across the estate, according to the results statement.", PF, "", "ev", "-"))
d.p(S("Here is how five brokers read the numbers.", None, "", "cx", "0"))
d.li(S("Dunlevy Marsh kept its buy rating on PulseForm and raised its target to 640p from 600p.", "Dunlevy Marsh", PF, "rc", "+"),
     S("“The membership engine is working, and the yield fall is a mix effect, not a pricing problem,” wrote analyst Caius Penrose.", CP, "", "cc", "+", c="but", k="pen"))
d.li(S("Halloran Pike cut PulseForm to sell from hold, with a target of 450p.", "Halloran Pike", PF, "rc", "-"),
     S("Its analyst, Wenonah Strick, argued that the off-peak memberships were a discount by another name, and that the flat yields at older gyms came after two years of price rises that members are starting to resist.", WS, "", "cc", "-", c="leckie"))
d.li(S("Brackley Finch kept its hold rating.", "Brackley Finch", "", "rc", "0"),
     S("“We believe the model works in cities; we are less sure it works in towns of 40,000 people,” the broker said in a note.", "Brackley Finch", "", "cl", "0"))
d.li(S("Analysts at Corran Mews, the only broker to rate the stock a strong buy, called the sell-off “an opportunity.”", "Corran Mews", PF, "cl", "+"),
     S("They expect revenue per member to return to growth in the second half as January joiners move onto full-price plans.", "Corran Mews", "", "pr", "+"))
d.li(S("Sefton Ardwick, which rates the stock a hold, said the results did not change its view that the shares are fairly valued.", "Sefton Ardwick", PF, "cl", "0"),
     S("It did note that capital spending per new gym rose to £1.6 million from £1.3 million, which it called “the number nobody asked about on the call.”", "Sefton Ardwick", "", "ev", "-"))
d.h("What the shares say")
d.p(S("PulseForm’s shares now trade at 14 times next year’s expected earnings, against 19 times a year ago, according to data from Fielding Quote.", "Fielding Quote", PF, "ev", "0"),
    S("That is the lowest multiple since the company listed.", None, PF, "ev", "0"),
    S("Short interest in the stock has doubled since June, the same data show.", "Fielding Quote", PF, "ev", "0"),
    S("Only one of the five brokers now rates the stock a sell.", None, PF, "ev", "0"))
d.h("Our take")
d.p(S("The brokers agree on the membership numbers and disagree on almost everything else.", None, "", "cx", "0"),
    S("We side with the sceptics on one point: Leckie’s split between old and new gyms is helpful, but the company has changed its definition of a “mature” gym twice in three years.", None, PF, "cc", "-", c="leckie"),
    S("That makes year-on-year comparisons harder than they should be.", None, "", "cl", "-"),
    S("And a record January says more about New Year resolutions than about the model, since January is every gym’s best month.", None, "", "cc", "-", c="jan"))
d.p(S("Penrose is right that the membership engine works.", None, "", "cl", "+"),
    S("But a gym chain that grows by selling cheaper memberships in smaller towns is a different business from the one that came to the market in 2021, and the valuation has not caught up with that.", None, "", "cc", "-", c="pen"),
    S("The company’s capital markets day in March is the place to explain it.", None, PF, "rc", "0"),
    S("Investors who bought on the story of steady price rises should look again; those who bought the growth story have less to worry about.", None, "", "rc", "0"))

page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>PulseForm results: what the analysts are saying | Tickerside</title>
  <meta property="og:site_name" content="Tickerside">
  <meta property="og:title" content="PulseForm results: what the analysts are saying">
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"PulseForm results: what the analysts are saying","datePublished":"2026-09-17T16:40:00+01:00","publisher":{{"@type":"Organization","name":"Tickerside"}}}}</script>
</head>
<body>
  <header class="site-head">
    <a class="wordmark" href="/">Tickerside</a>
    <nav>
      <a href="/markets">Markets</a>
      <a href="/results">Results</a>
      <a href="/funds">Funds</a>
      <a href="/watchlist">My watchlist</a>
      <a class="subscribe" href="/premium">Go premium</a>
    </nav>
    <div class="ticker">FTSE 250 &#9650; 0.4% &middot; PFG &#9660; 9.1% &middot; GBP/USD 1.27</div>
  </header>
  <main>
    <article class="analysis">
      <p class="tag">Results reaction</p>
      <h1>PulseForm results: what the analysts are saying</h1>
      <p class="summary">Five brokers, five readings of one number.</p>
      <p class="dateline"><time datetime="2026-09-17">17 September 2026</time></p>
      <div class="social"><a href="https://share.example/x">Post</a> <a href="https://share.example/li">Share</a> <a href="#" class="copy">Copy link</a></div>
{d.html_body("      ")}
      <p class="disclaimer"><em>Tickerside does not give personal investment advice. Prices as at 4.30pm.</em></p>
    </article>
    <section class="more">
      <h2>More results coverage</h2>
      <ul>
        <li><a href="/results/gymnasia-group">Gymnasia Group: budget gyms&rsquo; other listed name</a></li>
        <li><a href="/results/leisure-week">Leisure stocks: the week in numbers</a></li>
      </ul>
    </section>
  </main>
  <footer>
    <p>&copy; Tickerside Ltd 2026 &middot; <a href="/terms">Terms</a> &middot; <a href="/cookies">Cookies</a></p>
  </footer>
</body>
</html>
"""
d.write(page)
