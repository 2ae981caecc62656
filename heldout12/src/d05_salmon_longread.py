from mk import *

VS = "Vallafjord Seafarms"
EO = "Eirik Oddsen-Brae"
AR = "Anders Rudbeck"
WC = "West Coast Creel Fishermen’s Association"
LH = "Liv Hammerquist"
FD = "Fisheries Directorate"
BA = "Bluecairn Aquaculture"
BE = "Bastian Ekwueme-Lund"

d = Doc("vallafjord-salmon-longread.html", "html", "Ingrid Mooresby")
d.head = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The salmon farmer that wants to go to sea | The Long Table Magazine</title>
<meta name="description" content="Lice, dead fish and a bet on steel pens far offshore: inside the fight over Vallafjord Seafarms.">
<meta property="og:site_name" content="The Long Table Magazine">
<meta name="author" content="Ingrid Mooresby">
<link rel="stylesheet" href="/assets/longread.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"The salmon farmer that wants to go to sea","author":{"@type":"Person","name":"Ingrid Mooresby"},"publisher":{"@type":"Organization","name":"The Long Table Magazine"},"datePublished":"2026-11-29"}</script>
<script>window.dataLayer=window.dataLayer||[];function track(e){dataLayer.push(e)}</script>
</head>
<body class="longread">
<header class="masthead">
  <a class="logo" href="/">The Long Table</a>
  <nav class="sections">
    <a href="/business">Business</a> <a href="/food">Food</a> <a href="/environment">Environment</a> <a href="/longreads">Long reads</a> <a href="/podcast">Podcast</a>
  </nav>
  <a class="button subscribe" href="/subscribe">Subscribe from &pound;1 a week</a>
</header>
<main>
<article>
  <div class="hero">
    <img src="/img/2026/11/hestra-pens.jpg" alt="Circular salmon pens in a grey fjord">
    <span class="hero-credit">Photograph: Long Table / Aske Brennhovd</span>
  </div>
  <p class="kicker">The long read</p>
  <h1>The salmon farmer that wants to go to sea</h1>
  <p class="dek">Lice, dead fish and a &euro;230m bet on steel pens far offshore: inside the fight over Vallafjord Seafarms</p>
  <p class="byline">By <a href="/authors/ingrid-mooresby">Ingrid Mooresby</a></p>
  <time datetime="2026-11-29">Sun 29 Nov 2026</time> <span class="readtime">14 min read</span>
  <ul class="share">
    <li><a href="#share-email">Email</a></li><li><a href="#share-link">Copy link</a></li><li><a href="#share-x">Share on X</a></li>
  </ul>
  <div class="article-body">
"""
d.foot = """  </div>
  <div class="author-box">
    <p><strong>Ingrid Mooresby</strong> writes about food and farming for The Long Table. Her book on the fishing industry, <em>Hard Water</em>, is out next spring.</p>
  </div>
  <ul class="share share-bottom">
    <li><a href="#share-email">Email</a></li><li><a href="#share-link">Copy link</a></li>
  </ul>
</article>
<aside class="newsletter">
  <h3>The Long Table weekly</h3>
  <p>Our best long reads, every Sunday morning. Sign up now.</p>
  <form><input type="email" placeholder="Your email"><button>Sign up</button></form>
</aside>
<aside class="related">
  <h3>More long reads</h3>
  <ul>
    <li><a href="/longreads/oyster-boom">The oyster boom nobody planned for</a></li>
    <li><a href="/longreads/feed-barges">Life on a feed barge</a></li>
  </ul>
</aside>
</main>
<footer>
  <p>&copy; 2026 The Long Table Magazine Ltd. All rights reserved.</p>
  <p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></p>
</footer>
<script src="/assets/app.js"></script>
</body>
</html>
"""

d.p(S("On a grey morning off the island of Brennholm, the pens of Vallafjord Seafarms look like a row of black rubber rings floating in the swell.", D, VS, "cx", "0"),
    S("Inside them are about 1.2 million salmon, and, if the company’s critics are right, a problem that could cost it its licence to farm here.", D, VS, "cl", "-"))
d.p(S("Vallafjord is the third-largest salmon farmer in the northern fjords and the only one of the big three with a stock-market listing.", D, VS, "ev", "0"),
    S("Last year it lost 17% of its fish before harvest, according to the Fisheries Directorate’s annual mortality register, against an industry average of 11%.", FD, "", "ev", "-"),
    S("Its chief executive, Eirik Oddsen-Brae, blames a single warm summer and an outbreak of gill disease that hit every farm on the coast.", EO, "", "cl", "+"),
    S("“Seventeen per cent is a bad number, and it is not our number in a normal year,” he says.", EO, "", "cl", "+"))
d.raw('    <aside class="pullquote"><p>&ldquo;Seventeen per cent is a bad number, and it is not our number in a normal year&rdquo;</p></aside>')

d.h("The lice question")
d.p(S("The fishermen who work the same waters tell a different story.", D, "", "cc", "-", c="blames a single warm summer"),
    S("Anders Rudbeck, who has fished crab and lobster off Brennholm for thirty years and chairs the West Coast Creel Fishermen’s Association, says lice counts near the pens have been above the legal limit in four of the last six springs.", AR, WC, "ev", "-"),
    S("“This is not one summer,” he says.", AR, "", "cl", "-"),
    S("The association wants the directorate to cut Vallafjord’s allowed biomass at Brennholm by a third.", WC, VS + ";" + FD, "re", "-"))
d.p(S("Dr. Liv Hammerquist, a marine biologist at the Tollmouth Marine Institute, has counted lice on wild sea trout in the fjord since 2015.", LH, "Tollmouth Marine Institute", "ev", "0"),
    S("Her data, she says, show infestation on wild fish rising sharply within ten kilometres of a farm and falling away beyond it.", LH, "", "ev", "-"),
    S("She is careful not to blame any one company: “Nobody can tell from a trout which farm its lice came from.”", LH, "", "cc", "0", c="The association wants the directorate"))
d.raw('    <aside class="pullquote"><p>&ldquo;Nobody can tell from a trout which farm its lice came from&rdquo;</p><cite>Dr Liv Hammerquist</cite></aside>')

d.h("Going offshore")
d.p(S("Vallafjord’s answer to all of this is to move out to sea.", VS, VS, "cc", "+", c="The fishermen who work the same waters"),
    S("The company has ordered six semi-submersible pens, steel structures that sit eleven kilometres from shore, where currents are stronger and lice rarer.", D, VS, "ev", "0"),
    S("Each pen costs about €38 million, and the first two are due in the water next autumn.", D, "", "ev", "0"),
    S("Oddsen-Brae says offshore farms will cut mortality to below 8% and let Vallafjord grow output by half without a single new inshore licence.", EO, VS, "pr", "+"))
d.p(S("Bluecairn Aquaculture, which tried an offshore pen in 2021, is not so sure.", BA, BA, "cc", "-", c="Oddsen-Brae says offshore farms"),
    S("It towed the pen back to the coast after two winters, and its operations director, Marit Eikeland-Roos, says storms made feeding impossible on a third of days.", "Marit Eikeland-Roos", "", "ev", "-"),
    S("Vallafjord says its pens are twice the size of Bluecairn’s and were designed for waves of fifteen metres.", VS, BA + ";" + VS, "cc", "+", c="storms made feeding impossible"))

d.h("What investors think")
d.p(S("The shares have fallen by a quarter this year.", D, VS, "ev", "0"),
    S("Bastian Ekwueme-Lund, a portfolio manager at Fjellheim Capital, bought more in September.", BE, "Fjellheim Capital", "re", "+"),
    S("In his view the offshore plan is “the only credible way to grow in a country that has stopped handing out licences”, and the market is already pricing in the worst of the mortality.", BE, "", "cl", "+"))
d.p(S("Others are waiting for the directorate.", D, FD, "cc", "0", c="bought more in September"),
    S("Its decision on the Brennholm biomass limit is due in March, and a cut of a third would remove about 9% of Vallafjord’s harvest, by the company’s own estimate.", VS, VS, "pr", "-"))
d.p(S("Back on the boat, Rudbeck points at the pens and then at the open sea beyond them.", AR, "", "cx", "0"),
    S("“If they want to go out there, good,” he says.", AR, "", "cl", "0"),
    S("“Then they can leave the fjord to us.”", AR, "", "re", "-"))

d.raw('    <aside class="factbox">\n      <h3>Vallafjord Seafarms at a glance</h3>\n      <ul>')
for s in (S("Harvest in 2025: 61,000 tonnes of salmon.", D, "", "ev", "0"),
          S("Farms: 14 inshore sites, with six offshore pens on order.", D, "", "ev", "0"),
          S("Largest shareholder: the Oddsen-Brae family, with 34%.", D, "", "ev", "0")):
    d.blocks.append(("p", [s], {"tag_open": "        <li>", "tag_close": "</li>"}))
d.raw('      </ul>\n    </aside>')
