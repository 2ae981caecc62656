from mk import *
SITE = 'Ebbmouth Harbour Authority'
CS = 'Caldermast Shipping'
SF = 'Tidewick Ferries'
UG = "Ebbmouth Shipping Users' Group"
CV = 'Marit Vandepoel'
CQ = 'Cullenquay Port Company'
def d(t, ty, st, co=(), ctr=None): return s(t, SITE, False, list(co), ty, st, ctr)
HTML = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour dues 2027: you said, we did | Ebbmouth Harbour Authority</title>
<meta name="description" content="The outcome of our consultation on harbour dues for 2027.">
<meta property="og:site_name" content="Ebbmouth Harbour Authority">
<link rel="stylesheet" href="/css/main.css">
<script async src="/js/analytics.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<div class="topbar"><a href="/notices">Notices to mariners</a> <a href="/tides">Tide tables</a> <a href="/webcam">Harbour webcam</a></div>
<header class="masthead">
  <a class="logo" href="/"><img src="/img/crest.svg" alt="Ebbmouth Harbour Authority"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/port-users">Port users</a></li>
      <li><a href="/charges">Charges</a></li>
      <li><a href="/consultations" aria-current="page">Consultations</a></li>
      <li><a href="/community">Community</a></li>
      <li><a href="/about">About</a></li>
    </ul>
  </nav>
</header>
<div class="crumbs"><a href="/">Home</a> / <a href="/consultations">Consultations</a> / Harbour dues 2027</div>
<main id="main">
  <h1>Harbour dues 2027: you said, we did</h1>
  <p class="updated">Published 5 December 2026 &middot; Updated 12 December 2026</p>
  <div class="content">
@@BODY@@
  </div>
  <div class="docs">
    <h3>Documents</h3>
    <ul>
      <li><a href="/docs/dues-2027-schedule.pdf">Schedule of harbour dues 2027 (PDF)</a></li>
      <li><a href="/docs/dues-2027-responses.pdf">Consultation responses (PDF)</a></li>
    </ul>
  </div>
</main>
<footer class="site-footer">
  <p>Ebbmouth Harbour Authority, Harbour Office, Customs Quay.</p>
  <p>Harbour control: VHF channel 14. <a href="/privacy">Privacy notice</a> &middot; <a href="/foi">Freedom of information</a></p>
</footer>
</body>
</html>
'''
DOC = dict(file='ebbmouth-harbour-dues-you-said-we-did.html', html=HTML, blocks=[
    P(d("In September we consulted on our proposed harbour dues for 2027, which would have risen by an average of 9.5%.", 'ev', 'ne'),
      d("We received 47 responses, from shipping lines, ferry operators, fishing businesses, port tenants and residents.", 'ev', 'ne'),
      d("This page sets out what respondents told us and what we have decided.", 'cx', 'ne')),
    H('Why dues are rising'),
    P(d("You said: the rise is far above inflation and pays for the authority's own poor planning.", 'cl', 'be', [SITE])),
    P(d("We say: two-thirds of the rise pays for dredging the main channel, which silted faster than forecast after last winter's storms.", 'cc', 'ne', ctr='You said: the rise is far above inflation'),
      d("Without dredging, the largest container ships calling here would have to wait for high tide from next summer.", 'pr', 'ne'),
      d("We accept that our 2024 forecast of channel silting was too low.", 'cl', 'ne')),
    H('The weekly-call discount'),
    P(d("You said: the 20% discount for lines that call every week favours Caldermast Shipping, which is the only line that does.", 'cl', 'ne', [CS])),
    P(s("Caldermast's own response argued the opposite: that weekly calls justify a larger discount, because they keep the cranes busy.", CS, True, [CS], 'cc', 'ne', ctr='You said: the 20% discount')),
    P(d("We say: the discount is open to any line that commits to a weekly call, and one other line is in talks with us to do so.", 'cc', 'ne', ctr='You said: the 20% discount'),
      d("We have kept the discount at 20%.", 'ev', 'ne')),
    H('Ferries'),
    P(d("You said: the new per-passenger charge will add £4 to a return crossing.", 'pr', 'ne'),
      s("Tidewick Ferries, the main operator on the island route, told us the charge would cost it £1.3 million a year and could force it to drop its winter timetable.", SF, True, [SF], 'pr', 'be')),
    P(d("We say: the charge replaces the tonnage dues ferries paid before, and on our figures Tidewick will pay £410,000 a year more, not £1.3 million.", 'cc', 'ne', [SF], ctr='told us the charge would cost it'),
      s("Tidewick disputes our figures, because they assume passenger numbers stay at this year's level while its own forecast has them rising by a tenth.", SF, True, [SF], 'cc', 'ne', ctr='We say: the charge replaces the tonnage dues'),
      d("We have agreed to cap Tidewick's increase at £500,000 for 2027 while we compare forecasts.", 'ev', 'ne', [SF])),
    H('Fishing'),
    P(d("You said: fishing boats cannot afford any rise this year.", 'cl', 'ne'),
      d("We say: we agree, and fishing dues will stay at 2026 levels.", 'ev', 'ne')),
    H('Our decision'),
    P(d("The average rise will be 8.7% instead of 9.5%.", 'ev', 'ne'),
      d("That is because fishing dues are frozen and the ferry increase is capped.", 'ev', 'ne')),
    H('Update, 12 December: what respondents said afterwards'),
    P(s("The Ebbmouth Shipping Users' Group, which represents 14 lines and agents, said on the day this page was published that the changes were “cosmetic”.", UG, True, [], 'cc', 'be', ctr='The average rise will be 8.7%'),
      s("Its chair, Marit Vandepoel, said an 8.7% rise would push at least one line to move its calls to Cullenquay Port Company's terminal 40 miles up the coast.", CV, True, [CQ], 'pr', 'be')),
    P(d("We do not think that is likely: Cullenquay's channel is shallower than ours, and its own dues rose 11% this year.", 'cc', 'bu', [CQ], ctr='would push at least one line to move its calls'),
      s("Caldermast, which did not sign the group's statement, said it would keep its weekly call.", CS, True, [CS], 'ev', 'bu')),
    H('What happens next'),
    P(d("The new dues take effect on 1 January 2027.", 'ev', 'ne'),
      d("We will publish the dredging accounts for 2027 each quarter, as several respondents asked.", 'ev', 'ne')),
  ])
