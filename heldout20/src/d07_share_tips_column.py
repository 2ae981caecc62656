from mk import S, H, P, LI, OL, T, D, html_body

FILE = 'three-shares-wallpaper-groomers-sailcloth.html'
DEFAULT = 'Edwina Pallot'

TW = 'Trellisbrook Wallcoverings'
OS = 'Oxbeck Securities'
BPS = 'Brushtail Pet Salons'
LSA = 'Luffwell Sails'
CF = 'Clarimond Faye'
TS = 'Tobin Scarcliffe'
LS = 'Lowenna Sarrat'
RP = 'Kieran Pettifer'

BLOCKS = [
    P(S('cx', '0', "Each month this column picks three shares and says what we would do with them."),
      S('ev', '0', "Our record since January is nine right, four wrong and two still open.")),
    H("Buy: Trellisbrook Wallcoverings"),
    P(S('cl', '+', "Wallpaper is back in fashion, and Trellisbrook Wallcoverings is the best-placed maker to profit from it.", co=[TW]),
      S('ev', '+', "The company's sales rose 16% in the year to September, according to results published last week, with orders from interior designers up by a quarter.", sp=TW, co=[TW]),
      S('pr', '+', "Its chief executive, Clarimond Faye, expects margins to rise once the new print line at Weirhope runs at full speed.", sp=CF),
      S('ev', '0', "The shares trade at 14 times earnings, below the average of 17 for building-materials companies.", co=[TW])),
    P(S('cc', '-', "The bears point to the housing market.", ctr="best-placed maker to profit"),
      S('cl', '-', "Tobin Scarcliffe of Oxbeck Securities, who rates the shares a sell, argues that designer orders are the first to vanish when fewer people move house.", sp=TS, co=[OS, TW])),
    P(S('cc', '+', "That is true, but Trellisbrook has no debt and sells a third of its paper overseas, where house moves are not falling.", co=[TW], ctr="designer orders are the first to vanish"),
      S('rec', '+', "Verdict: buy at up to 520p.")),
    H("Sell: Brushtail Pet Salons"),
    P(S('cl', '-', "Brushtail Pet Salons has opened 60 grooming salons in two years, and the strain is showing.", co=[BPS]),
      S('ev', '-', "Its half-year figures showed like-for-like sales down 3% and staff turnover of 48%.", sp=BPS),
      S('ev', '0', "Investors who bought at the flotation in 2023 have lost 40%.")),
    P(S('cc', '+', "The chain's founder, Lowenna Sarrat, told shareholders in September that new salons take three years to mature and that the older ones are growing.", sp=LS, co=[BPS], ctr="the strain is showing"),
      S('ev', '+', "Salons opened before 2024 grew sales by 5%, she said.", sp=LS)),
    P(S('cc', '-', "Five per cent is less than the 6% rise in the chain's own grooming prices this year, so fewer pets are coming through the door.", co=[BPS], ctr="grew sales by 5%"),
      S('ev', '0', "A Brushtail spokesman said visits at mature salons were “broadly flat”.", sp=BPS, co=[BPS])),
    P(S('ev', '-', "The company also has a £45 million loan to repay in 2028.", co=[BPS]),
      S('rec', '-', "Verdict: sell.")),
    H("Hold: Luffwell Sails"),
    P(S('ev', '0', "Luffwell Sails makes cloth for racing yachts, and its shares have gone nowhere for a year.", co=[LSA]),
      S('pr', '+', "Its new recycled sailcloth could change that."),
      S('ev', '+', "The company says two crews in next summer's Gannetwick Cup have ordered it.", sp=LSA, co=[LSA])),
    P(S('cc', '-', "Kieran Pettifer, who buys Luffwell cloth for his sail loft in Brineholt, is not yet convinced.", sp=RP, co=[LSA], ctr="could change that"),
      S('cl', '-', "“It stretches more than the old cloth after a season, and racers notice,” he said.", sp=RP),
      S('ev', '0', "Luffwell says a stiffer version will be ready in the spring.", sp=LSA, co=[LSA])),
    P(S('rec', '0', "Until it is, hold.")),
    P(S('cx', '0', "Disclosure: the writer owns shares in Trellisbrook Wallcoverings.", co=[TW])),
]

HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Three shares for December: buy the wallpaper, sell the dog groomer, hold the sailmaker | Gorsemoor Observer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Our monthly share-tips column: one buy, one sell and one hold.">
<meta property="article:section" content="Money">
<link rel="stylesheet" href="/css/main.css">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"Three shares for December: buy the wallpaper, sell the dog groomer, hold the sailmaker","datePublished":"2026-11-29T06:00:00Z","author":[{"@type":"Person","name":"Edwina Pallot"}],"publisher":{"@type":"NewsMediaOrganization","name":"Gorsemoor Observer"},"isAccessibleForFree":true}
</script>
<style>.tip-verdict{font-weight:bold}.comments{border-top:1px solid #ccc}</style>
</head>
<body>
<header id="top">
<div class="edition">Sunday 29 November 2026 &middot; <a href="/weather">Gorsemoor 7&deg;C</a></div>
<a class="logo" href="/">Gorsemoor Observer</a>
<a class="subscribe" href="/subscribe">Subscribe from &pound;1 a week</a>
</header>
<nav>
<a href="/news">News</a> <a href="/sport">Sport</a> <a href="/money" class="here">Money</a> <a href="/property">Property</a> <a href="/opinion">Opinion</a> <a href="/puzzles">Puzzles</a>
</nav>
<main>
<article class="column">
<p class="column-name">Share Tips</p>
<h1>Three shares for December: buy the wallpaper, sell the dog groomer, hold the sailmaker</h1>
<p class="standfirst">A designer-led wallpaper maker, a pet-grooming chain that grew too fast and a sailcloth maker waiting on a new fabric.</p>
<div class="byline"><img src="/img/authors/pallot.jpg" alt=""> <span>Edwina Pallot</span> <span class="role">Investment columnist</span></div>
<time datetime="2026-11-29">29 November 2026</time>
<div class="share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="column-body">
'''

TAIL = '''</div>
<p class="tips-notice"><em>Share tips are the writer&rsquo;s opinion and not personal advice. Prices as at close on Friday.</em></p>
</article>
<section class="comments" id="comments">
<h2>Comments (3)</h2>
<div class="comment"><span class="handle">moorlandsaver</span> <span class="when">2 hours ago</span><p>Bought Trellisbrook after your piece in May, up nicely, thanks.</p></div>
<div class="comment"><span class="handle">DogMumOfThree</span> <span class="when">1 hour ago</span><p>Our local Brushtail is always full, not sure about the sell.</p></div>
<div class="comment"><span class="handle">harbourrat</span> <span class="when">40 minutes ago</span><p>Luffwell cloth is great, my crew swear by it.</p></div>
</section>
<aside class="most-read">
<h2>Most read in Money</h2>
<ol>
<li><a href="/money/pension-pot-questions">Your pension questions answered</a></li>
<li><a href="/money/energy-bills-winter">How to cut your winter bills</a></li>
<li><a href="/money/three-shares-november">Three shares for November</a></li>
</ol>
</aside>
</main>
<footer>
<p>&copy; Gorsemoor Observer Ltd 2026. Registered in Orlesby.</p>
<p><a href="/contact">Contact us</a> &middot; <a href="/complaints">Complaints</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/cookies">Cookies</a></p>
</footer>
<script src="/js/app.js"></script>
</body>
</html>
'''


def render():
    return HEAD + html_body(BLOCKS, entities=True, indent='') + '\n' + TAIL
