from mk import *

TG = "Towerleaf Growers"
AK = "Amadou Kinsella-Ferro"
SR = "Solveig Ranulph"
OF = "Oakenshaw Food Halls"
IM = "Idris Mallender"

d = Doc("towerleaf-farms-gallery.html", "html", "Rhiannon Esterhuizen")

N = 8
count = [0]


def fig(img, alt, credit, *sents):
    count[0] += 1
    pre = ('<figure class="gallery-item">\n  <img src="/galleries/towerleaf/%s" alt="%s" loading="lazy">\n'
           '  <figcaption><span class="counter">%d of %d</span>\n    <p>' % (img, alt, count[0], N))
    post = '</p>\n    <span class="credit">Photograph: %s</span></figcaption>\n</figure>' % credit
    d.p(*sents, tag_open=pre, tag_close=post)


d.head = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>In pictures: the last days of Towerleaf&rsquo;s indoor farms | Fieldnote Daily</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Fieldnote Daily">
<link rel="stylesheet" href="/static/gallery.css">
<script async src="/static/ads.js"></script>
</head>
<body>
<header class="site-header">
  <a class="brand" href="/">Fieldnote Daily</a>
  <nav><a href="/news">News</a> <a href="/markets">Markets</a> <a href="/agritech">Agritech</a> <a href="/pictures">Pictures</a> <a href="/events">Events</a></nav>
  <a class="cta" href="/join">Join Fieldnote Pro</a>
</header>
<main class="gallery">
  <p class="section-label">In pictures</p>
  <h1>The last days of Towerleaf&rsquo;s indoor farms</h1>
  <p class="standfirst">Pink light, empty racks and a row over who is to blame: a week inside a vertical-farming dream that ran out of cheap power</p>
  <p class="byline">Words by <a href="/people/rhiannon-esterhuizen">Rhiannon Esterhuizen</a>; photographs by <a href="/people/tobin-marwick-lees">Tobin Marwick-Lees</a></p>
  <p class="dateline"><time datetime="2026-10-17T07:00:00+01:00">17 October 2026</time></p>
  <div class="share-bar"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Email</a></div>
  <section class="gallery-body">
"""
d.foot = """  </section>
  <div class="share-bar share-bottom"><a href="#">Share</a> <a href="#">Save</a></div>
  <aside class="more-galleries">
    <h2>More picture stories</h2>
    <ul>
      <li><a href="/pictures/robot-milkers">The robot milkers of the high pastures</a></li>
      <li><a href="/pictures/seed-vault">Inside a private seed vault</a></li>
    </ul>
  </aside>
  <aside class="promo"><p>Fieldnote Pro: daily agritech briefings, data and events. <a href="/join">Try it free for 14 days</a></p></aside>
</main>
<footer class="site-footer">
  <p>Fieldnote Daily is published by Fieldnote Media Ltd.</p>
  <p><a href="/about">About</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a></p>
</footer>
</body>
</html>
"""

d.p(S("Towerleaf Growers opened its first indoor farm in a disused printworks in 2019, promising lettuce grown without soil, sunlight or pesticides a few miles from the shops that sell it.", D, TG, "ev", "0"),
    S("This month it closed three of its five farms.", D, "", "ev", "-"),
    S("These pictures, taken at the Stannard Road site in its last week of trading, show what the company built and what went wrong.", D, TG, "cx", "0"),
    tag_open="    <p class=\"intro\">")

fig("01-basil.jpg", "Rows of basil under pink lights", "Tobin Marwick-Lees/Fieldnote",
    S("Racks of basil under pink LED light at the Stannard Road farm, which grew about 400 tonnes of leaves a year at its peak.", D, "", "ev", "0"),
    S("Towerleaf says its farms use 95% less water than a field and no pesticides at all.", TG, TG, "cl", "+"))
fig("02-lights.jpg", "Close-up of LED light bars", "Tobin Marwick-Lees/Fieldnote",
    S("The lights are the problem.", D, "", "cl", "-"),
    S("Electricity made up 41% of Towerleaf’s operating costs last year, up from 23% in 2021, according to its annual report.", TG, TG, "ev", "-"),
    S("“We built a business model for cheap power and then the power stopped being cheap,” said Amadou Kinsella-Ferro, the chief executive.", AK, "", "cl", "-"))
fig("03-germination.jpg", "A woman standing in an empty room of trays", "Tobin Marwick-Lees/Fieldnote",
    S("Solveig Ranulph, who ran the growing operation until March, in the empty germination room.", D, "", "cx", "0"),
    S("She thinks energy is only half the story.", SR, "", "cc", "-", c="We built a business model for cheap power"),
    S("In her telling, Towerleaf expanded to five farms before the first one had made a profit, and sold most of its crop to a single grocer on contracts that fixed the price for three years.", SR, TG, "cl", "-"))
fig("04-packing.jpg", "Boxes of lettuce on a conveyor", "Tobin Marwick-Lees/Fieldnote",
    S("Packing bays at Stannard Road, where lettuce was boxed for Oakenshaw Food Halls.", D, OF, "cx", "0"),
    S("Oakenshaw bought about 70% of Towerleaf’s output, according to two former managers.", D, OF + ";" + TG, "ev", "0"),
    S("An Oakenshaw spokeswoman said the grocer had offered to renegotiate prices last year and that Towerleaf had declined.", OF, OF + ";" + TG, "cc", "-", c="contracts that fixed the price"),
    S("Kinsella-Ferro disputes that account.", AK, "", "cc", "0", c="An Oakenshaw spokeswoman said"),
    S("He said the offer came with a 15% price cut that would have made every farm loss-making.", AK, "", "cl", "-"))
fig("05-last-day.jpg", "A worker wheeling away a rack", "Tobin Marwick-Lees/Fieldnote",
    S("A worker clears racks on the farm’s last day; 160 people lost their jobs across the three sites.", D, "", "ev", "-"),
    S("The company said staff would receive two months’ pay.", TG, TG, "ev", "0"))
fig("06-oldcastle.jpg", "Exterior of a warehouse at dusk", "Tobin Marwick-Lees/Fieldnote",
    S("The two remaining farms, including this one on Oldcastle Lane, run on power bought under a fixed-price deal that lasts until 2029.", D, "", "ev", "0"),
    S("Kinsella-Ferro says both are profitable and that Towerleaf will raise prices to its remaining customers rather than chase volume.", AK, TG, "cl", "+"))
fig("07-meters.jpg", "Electricity meters on a wall", "Tobin Marwick-Lees/Fieldnote",
    S("Idris Mallender, an energy analyst at Greyling Energy Research, doubts that the fixed-price deal is the rescue it looks like.", IM, "Greyling Energy Research", "cc", "-", c="both are profitable"),
    S("When it expires, he said, Towerleaf will be buying power in a market where prices are still expected to be about 60% above their 2020 level.", IM, TG, "pr", "-"))
fig("08-seedlings.jpg", "Trays of seedlings under white light", "Tobin Marwick-Lees/Fieldnote",
    S("Lettuce seedlings at the Oldcastle Lane farm, where Towerleaf is testing lower-wattage lights.", D, TG, "ev", "0"),
    S("The company says the new lights cut energy use per kilogram by a quarter.", TG, TG, "ev", "+"),
    S("Its lenders appear less convinced: Northwick Growth Bank, which holds most of Towerleaf’s debt, has set a new covenant test for June, according to the company’s accounts.", TG, "Northwick Growth Bank;" + TG, "cc", "-", c="the new lights cut energy use"))

d.p(S("Kinsella-Ferro says he still believes food will be grown indoors in cities within his lifetime.", AK, "", "pr", "+"),
    S("“Just not, perhaps, by us,” he said.", AK, "", "cl", "-"),
    tag_open="    <p class=\"outro\">")
