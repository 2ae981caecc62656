from mk import Doc, S, render_html_body

FNAME = 'harrowbeck-smaller-companies-factsheet-november.html'
HF, SR, FP = 'Harrowbeck Smaller Companies Fund', 'Stridewell Racecourses', 'Ferrisgate Partners'
CT, PS, TF = 'Camberleaf Tea Company', 'Pennyfold Stores', 'Tillerby Foods'
GR, AS, IP = 'Iestyn Rosscarrock', 'Thea Sollitt', 'Isambard Trewhella'


def build():
    d = Doc(FNAME, 'Lettice Breverton')
    d.h('Performance')
    d.p(S('The fund returned 2.4% in November, against 1.1% for its benchmark, the Brashfield Smaller Companies Index.',
          co=[HF], t='evidence'),
        S('Over twelve months it is up 9.8%, against 6.5% for the index.', t='evidence'),
        S('Most of November’s gain came from two holdings that the market had given up on, and this commentary is mostly about them.',
          t='context'))
    d.h('Stridewell Racecourses')
    d.p(S('Stridewell Racecourses rose 19% after it agreed to sell land beside its Hobbleton course for housing.',
          co=[SR], t='evidence'),
        S('The sale will raise £31 million, almost half of what the company was worth on the stock market when we bought our shares in March.',
          co=[SR], t='evidence'),
        S('We think the market still values Stridewell as a racing business in decline, when it is becoming a landowner with a racing business attached.',
          co=[SR], st='bullish'))
    d.p(S('Its chief executive, Iestyn Rosscarrock, told us in October that attendance at the company’s five courses rose 6% this season, helped by evening meetings with live music.',
          sp=GR, co=[SR], t='evidence', st='bullish'))
    d.p(S('Not everyone shares our view.', t='counterclaim', st='bearish', ctr='We think the market still values Stridewell'),
        S('Thea Sollitt, who covers leisure companies at Ferrisgate Partners, argues that the land sale is a one-off and that betting levies, which fund much of racing’s prize money, are falling.',
          sp=AS, co=[FP], st='bearish'),
        S('Her note also points out that two of the five courses need new grandstands within five years.',
          sp=AS, t='evidence', st='bearish'),
        S('She rates the shares a sell.', sp=AS, co=[SR], t='recommendation', st='bearish'))
    d.p(S('She is right that the levy is falling.'),
        S('But Stridewell takes less of its income from prize-money support than any other listed course owner, and the housing land is not a one-off: the company owns another 140 acres next to its courses.',
          co=[SR], t='counterclaim', st='bullish', ctr='She is right that the levy is falling'))
    d.h('Camberleaf Tea Company')
    d.p(S('Camberleaf Tea Company, which blends and packs tea for supermarkets’ own-label ranges, rose 14% after winning back a contract it lost in 2024.',
          co=[CT], t='evidence', st='bullish'),
        S('The company says the contract, with the grocer Pennyfold Stores, is worth about £9 million a year.',
          sp=CT, co=[CT, PS], t='evidence', st='bullish'),
        S('Pennyfold’s buying director, Isambard Trewhella, said the switch back followed “a price we could not refuse”.',
          sp=IP, co=[PS], st='bearish'))
    d.p(S('That is what worries us.', st='bearish'),
        S('Camberleaf’s gross margin has fallen from 24% to 19% in three years, according to its annual reports, and a contract won on price will not lift it.',
          sp=CT, co=[CT], t='evidence', st='bearish'),
        S('A Camberleaf spokeswoman said the contract would be profitable from its first month.',
          sp=CT, co=[CT], t='counterclaim', st='bullish', ctr='a contract won on price will not lift it'),
        S('We have trimmed the holding to 1.8% of the fund.', co=[HF], t='recommendation', st='bearish'))
    d.h('What we sold')
    d.p(S('We sold our remaining shares in Tillerby Foods after its second profit warning in six months.',
          co=[TF], t='recommendation', st='bearish'),
        S('Tillerby blamed the cost of eggs.', sp=TF, co=[TF]),
        S('We think the problem is that its largest customer now has a second supplier.',
          t='counterclaim', st='bearish', ctr='Tillerby blamed the cost of eggs'),
        S('We may be wrong, and we will look again if the shares fall much further.', co=[TF], t='prediction'))
    d.h('Outlook')
    d.p(S('Smaller companies are cheaper relative to larger ones than at any time since 2009, on our measure.'),
        S('We expect that gap to narrow in 2027 as interest rates fall, although we said the same a year ago.',
          t='prediction'),
        S('The fund will keep about 3% of its assets in cash.', co=[HF], t='evidence'))

    body = render_html_body(d, indent='          ')
    return d, HEAD + body + '\n' + FOOT


HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harrowbeck Smaller Companies Fund – Monthly factsheet, November 2026 | Harrowbeck Asset Management</title>
  <meta name="author" content="Lettice Breverton">
  <meta name="description" content="Fund facts, performance and the manager's commentary for November 2026.">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "Article",
   "headline": "Harrowbeck Smaller Companies Fund – Monthly factsheet, November 2026",
   "author": {"@type": "Person", "name": "Lettice Breverton", "jobTitle": "Fund Manager"},
   "publisher": {"@type": "Organization", "name": "Harrowbeck Asset Management"},
   "datePublished": "2026-12-05"}
  </script>
</head>
<body>
  <div class="notice">For professional investors and advisers. Capital at risk.</div>
  <header class="masthead">
    <a class="brand" href="/">Harrowbeck Asset Management</a>
    <nav>
      <a href="/funds/">Our funds</a> <a href="/insights/">Insights</a> <a href="/literature/">Literature library</a>
      <a href="/about/">About us</a> <a href="/login/">Adviser login</a>
    </nav>
  </header>
  <main class="factsheet">
    <h1>Harrowbeck Smaller Companies Fund</h1>
    <p class="kicker">Monthly factsheet · November 2026 · B Accumulation shares</p>
    <div class="grid">
      <aside class="fund-facts">
        <h2>Fund facts</h2>
        <dl>
          <dt>Fund size</dt><dd>£412.6m</dd>
          <dt>Launch date</dt><dd>14 March 2011</dd>
          <dt>Ongoing charge</dt><dd>0.89%</dd>
          <dt>Number of holdings</dt><dd>58</dd>
          <dt>Benchmark</dt><dd>Brashfield Smaller Companies Index</dd>
        </dl>
        <h2>Top ten holdings (%)</h2>
        <table class="holdings">
          <tr><td>Stridewell Racecourses</td><td>4.1</td></tr>
          <tr><td>Orchardly Homes</td><td>3.6</td></tr>
          <tr><td>Quayglass Optics</td><td>3.2</td></tr>
          <tr><td>Anvilby Foundry</td><td>3.0</td></tr>
          <tr><td>Sablecrest Insurance</td><td>2.9</td></tr>
          <tr><td>Mossgable Data</td><td>2.7</td></tr>
          <tr><td>Tideplate Stamping</td><td>2.5</td></tr>
          <tr><td>Molarwick Dental</td><td>2.4</td></tr>
          <tr><td>Fettlewood Tools</td><td>2.2</td></tr>
          <tr><td>Camberleaf Tea Company</td><td>1.8</td></tr>
        </table>
        <h2>Discrete performance (%)</h2>
        <table class="perf">
          <tr><th>12 months to</th><th>Nov 2026</th><th>Nov 2025</th><th>Nov 2024</th></tr>
          <tr><td>Fund</td><td>9.8</td><td>-4.1</td><td>6.3</td></tr>
          <tr><td>Benchmark</td><td>6.5</td><td>-2.2</td><td>4.9</td></tr>
        </table>
      </aside>
      <section class="commentary">
        <h2 class="section-title">Manager’s commentary</h2>
        <p class="byline">By Lettice Breverton, Fund Manager</p>
        <div class="commentary-body">
'''

FOOT = '''        </div>
      </section>
    </div>
    <section class="risks">
      <h2>Important information</h2>
      <p>Past performance is not a guide to future returns. The value of investments and the income from them can fall as well as rise. Smaller companies can be harder to sell than larger ones.</p>
      <p>Holdings are shown for illustration only and are not a recommendation to buy or sell.</p>
    </section>
    <div class="downloads"><a href="/literature/hscf-factsheet-2026-11.pdf">Download this factsheet (PDF)</a> · <a href="/literature/hscf-kid.pdf">Key information document</a></div>
  </main>
  <footer>
    <p>Issued by Harrowbeck Asset Management Limited, 22 Chandry Lane, Quennerby.</p>
    <p><a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a> · <a href="/complaints/">Complaints</a></p>
  </footer>
</body>
</html>
'''
