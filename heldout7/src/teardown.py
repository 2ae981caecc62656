from lib import *
d = Doc("handheld-teardown.html", "Lorcan Whitby")
OI, MS, VR, PD = "Ondrix Interactive", "Marrowfield Semiconductor", "Valentina Roux", "Priyanka Dresner"
d.p(S("We took apart a Kestrel Pocket on Saturday, two days after Ondrix Interactive’s new handheld went on sale at $349.", None, OI, "ev", "0"),
    S("Our estimate of the parts and assembly cost is $262, which leaves Ondrix a thinner margin on the hardware than its chief executive has suggested.", None, OI, "cl", "-", k="bom"),
    S("Here is what we found.", None, "", "cx", "0"))
d.h("The chip")
d.p(S("The main processor is a Marrowfield Semiconductor M7, from the same family used in two mid-range phones last year.", None, MS, "ev", "0"),
    S("We put its cost at about $71, based on prices quoted by two component brokers.", None, "", "ev", "0"),
    S("That is roughly a quarter of the total bill.", None, "", "ev", "0"),
    S("Marrowfield does not publish prices and declined to comment on our estimate.", None, MS, "cx", "0"))
d.h("The screen and battery")
d.p(S("The 7-inch screen is the most expensive single part after the chip, at an estimated $48.", None, "", "ev", "0"),
    S("Ondrix buys the panel from Sunmere Display, which also supplies two of its rivals.", None, OI + ";Sunmere Display", "ev", "0"),
    S("It is sharp and bright, and in our testing it was the best screen on any handheld we have reviewed.", None, "", "cl", "+"),
    S("The battery, made by Voltan Cells, is smaller than the one in the previous model, 4,300 milliamp-hours against 5,000.", None, "Voltan Cells", "ev", "0"),
    S("That helps explain why battery life fell in our tests, to just under four hours of play.", None, "", "ev", "-"))
d.h("What Ondrix says")
d.p(S("Ondrix’s chief executive, Valentina Roux, told investors in September that the Kestrel Pocket would be “profitable from the first unit.”", VR, OI, "pr", "+", k="roux"),
    S("On our numbers, that is true only if you ignore the $35 or so that shipping, warranty reserves and the retailer’s cut add to each unit.", None, "", "cc", "-", c="roux"))
d.p(S("An Ondrix spokeswoman said our estimate was “directionally reasonable” but overstated the chip by about $15, because the company buys on a long-term contract.", OI, OI, "cc", "+", c="bom", k="spox"),
    S("She would not say what the contract price was.", None, "", "cx", "0"),
    S("Fair enough: if the chip costs $56, our total falls to about $247.", None, "", "cl", "0"),
    S("That still leaves a hardware margin well below the 30% Roux has talked about.", None, "", "cc", "-", c="spox"))
d.h("The analyst view")
d.p(S("Priyanka Dresner, who follows games companies for Sable & Wren Research, said the hardware margin mattered less than it looked.", PD, "Sable & Wren Research", "cc", "+", c="bom"),
    S("In her estimate, each Kestrel Pocket owner will spend about $110 a year on Ondrix games and subscriptions, and the company keeps most of that.", PD, OI, "pr", "+", k="pd"),
    S("“Nobody buys a console business for the consoles,” she said.", PD, "", "cl", "+"),
    S("She has a buy rating on Ondrix shares.", PD, OI, "rc", "+"))
d.p(S("The previous handheld, the Kestrel, sold 2.1 million units in its first year, according to Ondrix’s annual report, well short of the 3 million the company had forecast.", OI, OI, "ev", "-"),
    S("If the new model does no better, the software spending Dresner is counting on will come from a smaller base than she assumes.", None, "", "cc", "-", c="pd"))
d.h("Verdict")
d.p(S("The Kestrel Pocket is a well-made machine with a great screen and a battery that should have been bigger.", None, OI, "cl", "+"),
    S("At $349 it is worth buying if you play mostly at home, and worth waiting for a price cut if you travel.", None, "", "rc", "0"),
    S("Ondrix, for its part, is selling it at close to cost and betting on the games, which is a fine strategy as long as the games arrive.", None, OI, "cl", "0"),
    S("The first two big releases are due in March.", None, "", "ev", "0"))

page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Kestrel Pocket teardown: a $262 handheld and a bet on the games &#8211; Screwdriver Weekly</title>
<link rel='stylesheet' href='https://screwdriverweekly.example/wp-content/themes/torx/style.css' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="https://screwdriverweekly.example/" rel="home">Screwdriver Weekly</a></p>
  <p class="site-description">We open it so you don&#8217;t have to</p>
  <nav id="site-navigation" class="main-navigation">
    <ul id="primary-menu" class="menu">
      <li><a href="/category/teardowns/">Teardowns</a></li>
      <li><a href="/category/reviews/">Reviews</a></li>
      <li><a href="/category/repair/">Repair guides</a></li>
      <li><a href="/about/">About</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-4471" class="post-4471 post type-post status-publish format-standard hentry category-teardowns">
  <header class="entry-header">
    <h1 class="entry-title">Kestrel Pocket teardown: a $262 handheld and a bet on the games</h1>
    <div class="entry-meta">
      <span class="posted-on">Posted on <time class="entry-date published" datetime="2026-11-09T14:12:00+00:00">November 9, 2026</time></span>
      <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/lwhitby/">Lorcan Whitby</a></span></span>
    </div>
  </header>
  <div class="entry-content">
{d.html_body("    ")}
    <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
      <ul><li><a class="share-x" href="?share=x">X</a></li><li><a class="share-reddit" href="?share=reddit">Reddit</a></li><li><a class="share-email" href="?share=email">Email</a></li></ul>
    </div>
    <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
      <p><a href="/2025/10/kestrel-teardown/">Original Kestrel teardown: the battery that saved it</a></p>
      <p><a href="/2026/06/marrowfield-m7-phones/">Inside the Marrowfield M7</a></p>
    </div>
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/teardowns/" rel="category tag">Teardowns</a></span> <span class="tags-links">Tagged <a href="/tag/ondrix/" rel="tag">Ondrix</a>, <a href="/tag/handhelds/" rel="tag">handhelds</a></span></footer>
</article>
<div id="comments" class="comments-area">
  <h2 class="comments-title">14 thoughts on &ldquo;Kestrel Pocket teardown: a $262 handheld and a bet on the games&rdquo;</h2>
  <ol class="comment-list">
    <li class="comment"><p class="comment-author">retro_ricky</p><p>The battery downgrade is unforgivable. Ondrix always does this.</p></li>
    <li class="comment"><p class="comment-author">m_okafor</p><p>$71 for the chip seems high to me, brokers mark up a lot.</p></li>
  </ol>
</div>
</main>
</div>
<footer id="colophon" class="site-footer">
  <div class="site-info">&copy; 2026 Screwdriver Weekly &middot; Proudly powered by coffee</div>
</footer>
</div>
</body>
</html>
"""
d.write(page)
