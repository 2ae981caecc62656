from mk import *
EL, CI, TC, FTA, KU = 'Estuary Link Holdings', 'Carradine Infrastructure Partners', 'Tamsford City Council', 'Fair Tolls Alliance', 'Kellaway University'
HQ, OP, BO = 'Rosalind Quaintance', 'Oswin Pethick', 'Benedikta Ormsby'
body = [
 P(S('The company that runs the Estuary Link bridge wants to raise the standard car toll from £3.40 to £4.10 in April.', None, EL, 'ev'),
   S('Estuary Link Holdings has published a page of answers to what it calls common questions.', EL, EL, 'cx'),
   S('Here are the claims it makes most often, and what the figures say.', None, '', 'cx')),
 H('Who pays for the bridge'),
 P(S('Myth: “Tolls pay for the upkeep of the crossing and nothing else,” as Estuary Link Holdings puts it.', EL, EL, 'cl', '+', k='upkeep'),
   S('Fact: maintenance cost £11.2 million last year, according to the company’s own annual accounts, while toll income was £38.6 million.', EL, EL, 'cc', '-', k='fact1', c='upkeep'),
   S('Most of the difference went to interest on the loans used to buy the bridge and to dividends for Carradine Infrastructure Partners, which owns 80% of the company.', EL, CI+';'+EL, 'ev'),
   S('In other words, drivers are paying for a financial structure as much as for a bridge.', None, '', 'cl', '-')),
 H('The rise and inflation'),
 P(S('Myth: The April increase “only keeps pace with inflation”, the company told local radio last month.', EL, EL, 'cl', '+', k='infl'),
   S('Fact: a rise from £3.40 to £4.10 is 20.6%, and consumer prices rose 3.1% in the year to October, according to the Office for Regional Statistics.', 'Office for Regional Statistics', '', 'cc', '-', c='infl'),
   S('The company says the comparison is unfair because tolls were frozen for three years.', EL, EL, 'cc', '+', k='frozen', c='fact_infl'),
   S('That is true, but the freeze followed a 30% increase in 2021, and over five years the toll has risen twice as fast as prices.', None, '', 'cc', '-', c='frozen')),
 H('Discounts'),
 P(S('Myth: Local residents are protected by the residents’ discount, which Estuary Link says saves a regular commuter £600 a year.', EL, EL, 'cl', '+', k='disc'),
   S('Fact: the discount requires a £45 annual tag and applies only to the first two crossings each day.', None, '', 'cc', '-', c='disc'),
   S('Carers, shift workers and anyone making a school run and a commute pay full price for the rest.', None, '', 'cl', '-'),
   S('A survey of 1,200 residents by Tamsford City Council found that 38% of eligible households had not signed up, most because they could not afford the tag up front.', TC, '', 'ev', '-')),
 H('What the company says'),
 P(S('We sent this page to Estuary Link Holdings before publishing it.', None, EL, 'cx'),
   S('A spokeswoman, Rosalind Quaintance, said the Alliance had “chosen the figures that suit it”.', HQ, FTA, 'cc', '+', c='fact1'),
   S('She said toll income also funds a £70 million deck replacement planned for 2029, which the upkeep figure leaves out.', HQ, '', 'ev', '+', k='deck'),
   S('“Nobody who drives over a 40-year-old bridge should want us to skimp on its future,” she said.', HQ, '', 'cl', '+')),
 P(S('We accept that the deck will need replacing.', None, '', 'cl'),
   S('But no money has been set aside for it in the accounts, and Carradine has taken £41 million in dividends since 2022.', None, CI, 'cc', '-', c='deck')),
 H('What others say'),
 P(S('Not everyone who studies the crossing sides with the Alliance.', None, FTA, 'cc', '+', c='fact1'),
   S('Dr. Oswin Pethick, a transport economist at Kellaway University, argues that tolls set too low would simply push the deck replacement onto taxpayers.', OP, KU, 'cl', '+'),
   S('“A private bridge with a public-service toll is the worst of both worlds,” he said.', OP, '', 'cl', '-'),
   S('He thinks the council should buy the crossing back when the concession comes up for renewal in 2031.', OP, TC, 'rc', k='buy')),
 P(S('The council’s leader, Benedikta Ormsby, said that was “not on the table”.', BO, TC, 'cc', c='buy')),
 H('What you can do'),
 P(S('Respond to the toll consultation before it closes on 16 January.', None, '', 'rc'), li=True),
 P(S('Ask your councillor whether the council will oppose the increase.', None, TC, 'rc'), li=True),
 P(S('Share this page with anyone who crosses the bridge.', None, '', 'rc'), li=True),
]
# the Fact sentence answered by "The company says the comparison is unfair" is the inflation fact
body[4].sents[1].k = 'fact_infl'
head = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Myths and facts: the Estuary Link toll rise | Fair Tolls Alliance</title>
  <meta property="og:site_name" content="Fair Tolls Alliance">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Fair Tolls Alliance</a>
    <nav><a href="/campaigns">Campaigns</a> | <a href="/news">News</a> | <a href="/about">About us</a> | <a class="btn" href="/donate">Donate</a></nav>
  </header>
  <main>
    <article>
      <h1>Myths and facts: the Estuary Link toll rise</h1>
      <p class="updated">Last updated 28 November 2026</p>
      <div class="share">Share: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
      <div class="article-body">
'''
tail = '''      </div>
      <div class="share">Share this page: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
    </article>
    <aside class="related">
      <h3>Related</h3>
      <ul>
        <li><a href="/news/toll-consultation-opens">Toll consultation opens: how to respond</a></li>
        <li><a href="/news/who-owns-the-bridge">Who owns the bridge? A short history</a></li>
      </ul>
    </aside>
  </main>
  <footer><p>Fair Tolls Alliance &middot; Registered as a community interest company &middot; <a href="/privacy">Privacy</a> &copy; 2026</p></footer>
</body>
</html>
'''
build('estuary-link-myths-facts.html', 'html', 'Fair Tolls Alliance', body, head, tail)
