from mk import Doc, S, D

F = "Amberlow Smaller Companies Fund"
AV = "Amberlow & Vosse"
QC = "Quarrell Capital"
FP = "Ferroglen Pumps"
BW = "Brackenfold Wealth"
GA = "Gervase Ashenhurst"
PI = "Persephone Idowu"

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Amberlow Smaller Companies Fund: analyst rating cut to Bronze | Pillarwise</title>
<meta name="description" content="Our analyst lowers the fund to Bronze after the co-manager's exit and a drift toward larger holdings.">
<meta property="og:site_name" content="Pillarwise">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/research.css">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "AnalysisNewsArticle",
 "headline": "Amberlow Smaller Companies Fund: analyst rating cut to Bronze",
 "author": {"@type": "Person", "name": "Sigrun Haldbeck"},
 "publisher": {"@type": "Organization", "name": "Pillarwise"},
 "datePublished": "2026-11-24"}
</script>
<script>window.pwConsent = window.pwConsent || []; pwConsent.push({analytics: false});</script>
</head>
<body class="fund-report">
<div class="cookie-bar" role="dialog">We use cookies to remember your watchlist and to measure traffic. <button>Accept</button> <button>Manage settings</button></div>
<header class="site-header">
  <a class="logo" href="/">Pillarwise</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/funds/">Funds</a></li>
      <li><a href="/investment-trusts/">Investment trusts</a></li>
      <li><a href="/etfs/">ETFs</a></li>
      <li><a href="/ratings/methodology/">How we rate</a></li>
      <li><a href="/portfolio/">My portfolio</a></li>
    </ul>
  </nav>
  <a class="btn-subscribe" href="/subscribe/">Start free trial</a>
</header>
<div class="fund-banner">
  <p class="fund-type">UK smaller companies &middot; Open-ended fund &middot; Accumulation units</p>
  <h1>Amberlow Smaller Companies Fund</h1>
  <p class="rating-change">Analyst rating: <span class="badge bronze">Bronze</span> (from <span class="badge gold">Gold</span>)</p>
  <p class="byline">By <a href="/analysts/sigrun-haldbeck/">Sigrun Haldbeck</a>, Senior Fund Analyst</p>
  <p class="dateline"><time datetime="2026-11-24">24 November 2026</time> &middot; 6 min read</p>
  <ul class="share"><li><a href="#">Email</a></li><li><a href="#">Print</a></li><li><a href="#">Copy link</a></li></ul>
</div>
<div class="layout">
<main>
<article class="analyst-report">
"""

MID_RESPONSE_OPEN = '<blockquote class="manager-response">'
MID_RESPONSE_CLOSE = "</blockquote>"

TAIL = """</article>
</main>
<aside class="fund-facts">
  <h3>Fund facts</h3>
  <dl>
    <dt>Fund size</dt><dd>&pound;1.31bn</dd>
    <dt>Launch</dt><dd>May 2009</dd>
    <dt>Ongoing charge</dt><dd>0.82%</dd>
    <dt>Holdings</dt><dd>61</dd>
    <dt>Benchmark</dt><dd>UK smaller companies index (ex investment trusts)</dd>
  </dl>
  <h3>Pillar ratings</h3>
  <ul><li>People: Average (was High)</li><li>Process: Average</li><li>Parent: Above average</li><li>Price: Above average</li></ul>
</aside>
</div>
<section class="related">
  <h2>Other funds in this sector</h2>
  <ul>
    <li><a href="/funds/ledbrow-uk-microcap/">Ledbrow UK Microcap Fund: Silver</a></li>
    <li><a href="/funds/tolgarrow-smaller-cos/">Tolgarrow Smaller Companies Trust: Neutral</a></li>
    <li><a href="/insights/small-cap-style-drift/">Style drift in small-cap funds: how we measure it</a></li>
  </ul>
</section>
<footer class="site-footer">
  <p>Pillarwise ratings are opinions, not recommendations to buy or sell. Past performance is not a guide to future returns.</p>
  <p><a href="/about/">About</a> &middot; <a href="/terms/">Terms</a> &middot; <a href="/privacy/">Privacy</a> &middot; &copy; 2026 Pillarwise Research Ltd</p>
</footer>
<script src="/static/js/watchlist.js"></script>
</body>
</html>
"""


def build():
    d = Doc("amberlow-fund-rating-downgrade.html", "Sigrun Haldbeck")
    d.h("Summary")
    d.p(S("We have lowered our analyst rating on the Amberlow Smaller Companies Fund from Gold to Bronze.", D, [F], "rc", "be"),
        S("The change reflects the departure of the fund's co-manager and a drift toward larger, more expensive holdings that its process was not built for.", D, [F], "cl", "be"),
        S("Performance has been strong, and it is not why we moved.", D, [], "cl", "ne"))
    d.h("People")
    d.p(S("Thaddeus Quarrell, who co-managed the fund for nine years and ran its stock screens, left in June to set up his own firm, Quarrell Capital.", D, [F, QC], "ev", "be"),
        S("Gervase Ashenhurst now runs the fund alone, with two analysts who joined in the past 18 months.", D, [F], "ev", "ne"),
        S("The screens that found the fund's best ideas were Quarrell's work, and they left with him.", D, [F], "cl", "be"))
    d.h("Process")
    d.p(S("Amberlow & Vosse's prospectus for the fund promises companies worth less than £500 million when first bought.", AV, [AV, F], "ev", "ne"),
        S("Of the 14 holdings added in the past year, six were worth more than £1 billion when bought, according to our analysis of the fund's monthly holdings reports.", D, [F], "ev", "be"),
        S("The largest new holding, Ferroglen Pumps, was valued at £2.4 billion when the fund bought it in March.", D, [F, FP], "ev", "ne"))
    d.p(S("Larger holdings are not bad holdings, and Ferroglen has done well.", D, [FP], "cl", "bu"),
        S("But investors who bought a smaller-companies fund are paying a smaller-companies fee for a portfolio that increasingly looks like a mid-cap tracker.", D, [], "cc", "be", ctr="Larger holdings are not bad holdings"))
    d.h("Performance")
    d.p(S("Over five years the fund returned 68%, against 41% for its benchmark, and it beat the benchmark in four of those years.", D, [F], "ev", "bu"),
        S("Most of that gap came from three holdings that Quarrell's screens found in 2021.", D, [], "cl", "be"))
    d.h("Manager’s response")
    d.p(S("We shared a draft of this report with Amberlow & Vosse, and the fund's manager asked us to print his reply in full.", D, [AV, F], "cx", "ne"))
    d.raw(MID_RESPONSE_OPEN)
    d.p(S("I am disappointed by the downgrade, which I think rests on two mistakes.", GA, [], "cc", "bu", ctr="We have lowered our analyst rating"))
    d.p(S("First, Thaddeus and I built the screens together, and they did not leave with him: they run every Monday, as they have since 2017.", GA, [], "cc", "bu", ctr="The screens that found the fund's best ideas"))
    d.p(S("Second, we buy companies when they are small and are allowed to keep them as they grow; Ferroglen was worth £700 million when we first bought it in 2020, and what we bought in March was a top-up.", GA, [FP], "cc", "ne", ctr="The largest new holding, Ferroglen Pumps"))
    d.p(S("Our fee has not changed since launch, and it is below the sector average.", GA, [], "ev", "bu"))
    d.p(S("Gervase Ashenhurst, Fund Manager, Amberlow Smaller Companies Fund", GA, [F], "cx", "ne"))
    d.raw(MID_RESPONSE_CLOSE)
    d.h("Our view")
    d.p(S("Ashenhurst is right that Ferroglen was first bought as a small company, and we have corrected that line of our holdings analysis.", D, [FP], "cl", "ne"),
        S("That still leaves five of the 14 purchases above £1 billion at first purchase.", D, [], "cc", "be", ctr="Second, we buy companies when they are small"))
    d.p(S("On the screens, we spoke to two former Amberlow analysts, who both said the Monday runs continue but that it was Quarrell who chose which results to act on.", D, [AV], "cc", "be", ctr="First, Thaddeus and I built the screens"),
        S("Quarrell declined to comment on his former fund.", D, [], "cx", "ne"))
    d.p(S("Not every adviser who uses our ratings agrees with the downgrade.", D, [], "cc", "bu", ctr="We have lowered our analyst rating"),
        S("Persephone Idowu, who runs the advisory firm Brackenfold Wealth, said she would keep her clients in the fund because Ashenhurst “was never the passenger in that partnership”.", PI, [BW, F], "rc", "bu"),
        S("She added that the fund's record had survived two earlier analyst departures.", PI, [F], "cl", "bu"))
    d.p(S("Our Bronze rating means we still expect the fund to beat its benchmark over a full market cycle, by less than before.", D, [F], "pr", "ne"),
        S("We will review the rating after the fund's half-year report in March.", D, [F], "ev", "ne"))
    html = HEAD + d.html_body(entities=True) + "\n" + TAIL
    return d.name, html, d.records()
