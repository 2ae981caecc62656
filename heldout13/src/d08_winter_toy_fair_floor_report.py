"""A trade-show floor report from a toy fair (HTML, byline with role)."""
from mk import Doc, s

FNAME = "winter-toy-fair-floor-report.html"
BB = "Brickley Blocks"
JA = "Juno Abbatangelo"
OP = "Oisin Treharne-Hume"
RR = "Rocking Rook Stores"
TF = "Tinkerfolk"
AT = "Ambrose Tiplady"
PG = "Priyanka Gorst"
MC = "Mothcircuit Robotics"
HO = "Hamish Onwuachi"
FE = "Fairgrove Events"


def build():
    d = Doc(FNAME, "Lavinia Pennefather")
    d.p(s("The mood on the floor at this year’s Winter Toy & Game Trade Fair was better than the numbers."))
    d.p(s("Attendance was down 8% on last year, according to the organisers, Fairgrove Events.", FE, ty="evidence"),
        s("Fairgrove blamed the dates, a week earlier than usual.", FE, ty="evidence"),
        s("But most of the exhibitors I spoke to said their spring order books were fuller than a year ago.", ty="counterclaim", ctr="Attendance was down 8%"))
    d.h("Hall A: Brickley’s big bet")
    d.p(s("Brickley Blocks had the biggest stand in the hall, built around Comet Keepers, a range of construction sets tied to this summer’s animated film.", co=[BB], ty="evidence"),
        s("Its chief executive, Juno Abbatangelo, told me she expects Comet Keepers to be the company’s biggest launch in a decade.", JA, co=[BB], ty="prediction", st="bullish"),
        s("“Retailers have already ordered more Comet Keepers sets than we sold of our whole range last spring,” she said.", JA, co=[BB], ty="evidence", st="bullish"))
    d.p(s("Buyers were more guarded.", ty="counterclaim", st="bearish", ctr="biggest launch in a decade"),
        s("“Film tie-ins live or die with the film, and nobody here has seen it,” said Oisin Treharne-Hume, head of toys at Rocking Rook Stores, who has ordered the sets but fewer than Brickley hoped.", OP, co=[BB, RR], st="bearish"),
        s("He said Rocking Rook was left with £2 million of unsold stock from a film tie-in in 2024.", OP, co=[RR], ty="evidence", st="bearish"))
    d.p(s("Abbatangelo said Brickley had agreed to take back unsold Comet Keepers sets from its three largest customers, which she called “a measure of our confidence.”", JA, co=[BB], ty="counterclaim", st="bullish", ctr="Film tie-ins live or die with the film"),
        s("Take-back deals are a cost that shows up a year later.", ty="counterclaim", st="bearish", ctr="a measure of our confidence"))
    d.h("Hall B: Tinkerfolk’s wooden comeback")
    d.p(s("Tinkerfolk, the wooden-toy maker that nearly went bust in 2023, had queues at its stand for a range of plastic-free construction kits.", co=[TF], ty="evidence", st="bullish"),
        s("Its founder, Ambrose Tiplady, said parents were now paying a premium for toys without plastic.", AT, st="bullish"),
        s("He said the company’s sales had risen 40% last year, to £18 million.", AT, co=[TF], ty="evidence", st="bullish"))
    d.p(s("Not everyone on the floor thinks the premium will last.", ty="counterclaim", st="bearish", ctr="paying a premium for toys without plastic"),
        s("Priyanka Gorst, who buys for the independent chain Marbles & Mischief, said her customers liked the kits but baulked at £45 for a set of 60 pieces.", PG, co=["Marbles & Mischief"], ty="evidence", st="bearish"),
        s("“At that price it’s a present from a grandparent, not a toy a parent buys on a Saturday,” she said.", PG, st="bearish"))
    d.p(s("Tiplady said that was why Tinkerfolk would launch a smaller £20 set in the spring.", AT, co=[TF], ty="counterclaim", st="bullish", ctr="baulked at £45"))
    d.h("Hall C: the robot that still isn’t shipping")
    d.p(s("Mothcircuit Robotics, the start-up behind the Moth One coding robot, was back for a third year with a robot it has yet to deliver.", co=[MC], ty="evidence", st="bearish"),
        s("Its co-founder, Hamish Onwuachi, said the first 20,000 units would reach shops in April.", HO, ty="evidence"),
        s("He blamed a chip shortage for the two earlier delays, and said the company had raised £6 million from investors in September to see it through to launch.", HO, co=[MC], ty="evidence"))
    d.p(s("Two distributors told me they had stopped taking Moth One pre-orders because customers kept asking for refunds.", co=[MC], ty="counterclaim", st="bearish", ctr="would reach shops in April"))
    d.h("The takeaway")
    d.p(s("Retailers would be wise to order Comet Keepers in small lots and reorder if the film works.", co=[BB], ty="recommendation"),
        s("Tinkerfolk’s smaller set looks like the safer bet for independents.", co=[TF], st="bullish"))
    d.p(s("The fair returns to the Halvenmoor Exhibition Centre in January 2028.", ty="evidence"))

    body = d.body_html()
    text = PAGE.replace("{BODY}", body)
    return d, text


PAGE = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Winter Toy Fair: film bets, wooden kits and a robot that still isn&rsquo;t shipping &ndash; Shelfplay</title>
<meta name="description" content="Our floor report from the Winter Toy &amp; Game Trade Fair.">
<meta name="author" content="Lavinia Pennefather">
<link rel="canonical" href="https://shelfplay.example/news/winter-toy-fair-floor-report">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Winter Toy Fair: film bets, wooden kits and a robot that still isn't shipping","author":[{"@type":"Person","name":"Lavinia Pennefather"}],"publisher":{"@type":"Organization","name":"Shelfplay"},"datePublished":"2027-01-23T17:40:00Z"}</script>
<script async src="https://tags.shelfplay.example/gtm.js"></script>
</head>
<body>
<div class="promo-strip">Exhibiting next year? <a href="/fair-guide">Download our free stand planner</a></div>
<header class="site-header">
  <a href="/" class="logo">Shelfplay</a>
  <nav>
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/retail">Retail</a></li>
      <li><a href="/licensing">Licensing</a></li>
      <li><a href="/events">Events</a></li>
      <li><a href="/bestsellers">Bestseller charts</a></li>
    </ul>
  </nav>
  <a href="/subscribe" class="subscribe">Subscribe</a>
</header>
<main>
  <article class="story">
    <div class="hero">
      <img src="/img/2026/toyfair-floor.jpg" alt="Buyers on the show floor">
      <span class="credit">Photo: Shelfplay</span>
    </div>
    <p class="section-label">Trade fair</p>
    <h1>Winter Toy Fair: film bets, wooden kits and a robot that still isn&rsquo;t shipping</h1>
    <p class="standfirst">Three halls, three stories, and a lot of buyers keeping their pens in their pockets.</p>
    <div class="meta">
      <span class="byline">By Lavinia Pennefather, Senior Reporter</span>
      <time datetime="2027-01-23">23 January 2027</time>
      <span class="read-time">5 min read</span>
    </div>
    <div class="share-tools"><a href="#">Share</a> <a href="#">Copy link</a> <a href="#">Email</a></div>
    <div class="story-body">
{BODY}
    </div>
    <div class="share-tools bottom"><a href="#">Share</a> <a href="#">Copy link</a> <a href="#">Email</a></div>
  </article>
  <section class="more-from">
    <h2>More from the fair</h2>
    <ul>
      <li><a href="/news/fair-day-one">Day one: licensing deals dominate the main hall</a></li>
      <li><a href="/news/board-games-boom">Board games keep growing, but margins are thinning</a></li>
      <li><a href="/news/fair-awards">The fair awards: our pick of the winners</a></li>
    </ul>
  </section>
  <section class="newsletter">
    <h2>Get Shelfplay Daily</h2>
    <p>The toy trade&rsquo;s news, every weekday morning.</p>
    <form><input type="email" placeholder="Email address"><button>Sign me up</button></form>
  </section>
</main>
<footer>
  <p>Shelfplay is published by Tallystone Media Ltd. &copy; 2027.</p>
  <p><a href="/contact">Contact</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookie settings</a></p>
</footer>
<script>document.querySelectorAll('.share-tools a').forEach(function(a){a.rel='noopener';});</script>
</body>
</html>
"""
