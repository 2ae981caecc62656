from mk import *
F = 'bun-express-review.html'
JF='Joaquim Ferreira-Dunn'; CH='Clemency Hartwell'; DM='Dev Malhotra'; OW='Oskar Wexley'
BB='Bramble & Bun'; CS='Crumb Street'
dsl = f'''
The first Bun Express opened in a retail park outside Tollbury last month. || @ | {BB} | ev | 0
Bramble & Bun, which has 212 sit-down restaurants, says the drive-through format is the future of the company. || {BB} | {BB} | cl | +
It plans 60 more by the end of 2028. || {BB} | | ev | 0
I ate there four times, twice at lunch and twice late at night, to see whether it deserves that much faith. || @ | | cx | 0

## The food

The burger is the same as in the restaurants, which is to say good: a loose, salty patty on a soft bun, with pickles that taste of something. || @ | | cl | +
The fries were limp on three of my four visits. || @ | | ev | -
The milkshake machine was out of order on two of them. || @ | | ev | -
At £11.40 for a burger, fries and a drink, a meal costs about £1.50 less than in a Bramble & Bun restaurant, and about 60p more than at Crumb Street down the road. || @ | {BB}, {CS} | ev | 0

## The pitch

[hp] Chief executive Clemency Hartwell told investors in September that a drive-through would make 30% more profit per square foot than a restaurant, because it needs less land, fewer staff and no dishwasher. || {CH} | | pr | +
[hq] “Customers have told us they want our food without the wait,” she said. || {CH} | | cl | +
“This is how they get it.” || {CH} | | cl | +

[wt] The wait, on my visits, averaged eleven minutes from ordering to collection, against the four minutes promised on the menu board. || @ | | cc | - | hq
Staff told me the kitchen had been designed for 40 orders an hour and regularly took 70. || @ | | ev | -
A spokesman for Bramble & Bun said the kitchen was being reconfigured and that average waits had fallen to six minutes in November. || {BB} | {BB} | cc | + | wt

## The franchisees

The company plans to let franchisees open most of the 60 new sites. || @ | {BB} | ev | 0
[dm] Dev Malhotra, who runs nine Bramble & Bun restaurants around Tollbury, is not planning to take one. || {DM} | {BB} | re | -
The build cost of £1.9 million is close to what he paid for his last sit-down site, he said, and a drive-through makes money only if it sells twice as many meals. || {DM} | | ev | -
“Head office has the numbers from one site in its first month,” he said. || {DM} | | cc | - | hp
“I would want a year.” || {DM} | | cl | 0

Other franchisees are keener. || @ | | cc | + | dm
Two of the company’s largest franchise groups have signed up for five sites each, according to a filing. || {BB} | {BB} | ev | +

## The analysts

Oskar Wexley, who covers restaurant stocks at Birchall Minton, thinks the format will lift the chain’s margins by 2027. || {OW} | Birchall Minton, {BB} | pr | +
He rates the shares a buy. || {OW} | {BB} | re | +

Crumb Street, which opened its own drive-throughs in 2023, closed four of them this year. || @ | {CS} | ev | -
A Crumb Street spokeswoman said the closures reflected poor sites, not a poor format. || {CS} | {CS} | cl | 0

## Verdict

Two stars out of five. || @ | | cl | -
The burger deserves better than the building it is served from. || @ | | cl | -
If Bramble & Bun can get the wait down to the four minutes it promises, Bun Express could work. || @ | {BB} | pr | 0
Until it does, eat in the restaurants. || @ | | re | 0
'''
def render(b):
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bun Express, Tollbury: a good burger in the wrong building | Plate &amp; Ledger</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Review","publisher":{{"@type":"Organization","name":"Plate & Ledger"}},"datePublished":"2026-12-01"}}</script>
</head>
<body>
<header id="masthead">
  <a class="brand" href="/">Plate &amp; Ledger</a>
  <nav class="menu"><a href="/reviews">Reviews</a> <a href="/chains">Chains</a> <a href="/suppliers">Suppliers</a> <a href="/jobs">Jobs</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
</header>
<main>
<article class="review">
  <p class="kicker">Chain review</p>
  <h1>Bun Express, Tollbury: a good burger in the wrong building</h1>
  <div class="meta"><span class="byline">Words by <a href="/writers/joaquim-ferreira-dunn">Joaquim Ferreira-Dunn</a></span> <span class="date">1 December 2026</span></div>
  <div class="sharebar"><a href="/share?to=x">X</a> &bull; <a href="/share?to=whatsapp">WhatsApp</a> &bull; <a href="/share?to=email">Email</a></div>
  <section class="body">
{html_body(b)}
  </section>
</article>
<aside class="related-reviews">
  <h4>You might also like</h4>
  <ul>
    <li><a href="/reviews/crumb-street-kelham">Crumb Street, Kelham Road: cheap, cheerful, cold</a></li>
    <li><a href="/chains/drive-through-economics">The drive-through arithmetic, explained</a></li>
  </ul>
</aside>
</main>
<footer><p>&copy; 2026 Plate &amp; Ledger. Reviews are independent; we pay for every meal.</p></footer>
</body>
</html>
'''
build(F, JF, dsl, render)
