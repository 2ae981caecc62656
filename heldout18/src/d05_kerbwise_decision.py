from mk import *
A = 'Imelda Cradock-Vyse'
KP = 'Kerbwise Parking'
CT = 'Tancred Threlfall'
DR = "Drivers' Rights Network"
RP = 'Roswitha Pengelly'
CG = "Car Park Operators' Guild"
HE = 'Portreeve Estates'
HTML = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Decision: Kerbwise Parking Ltd &ndash; accreditation suspended | Private Parking Standards Authority</title>
  <meta name="description" content="Our decision to suspend the accreditation of Kerbwise Parking Ltd for six months.">
  <meta name="author" content="Imelda Cradock-Vyse">
  <meta property="og:site_name" content="Private Parking Standards Authority">
  <style>body{font-family:Arial,sans-serif;max-width:760px;margin:auto} .meta dt{font-weight:bold}</style>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body>
  <div class="cookie-banner" role="region" aria-label="Cookies">
    <p>We use essential cookies to make this site work. We&rsquo;d also like to use analytics cookies to understand how you use it.</p>
    <button>Accept analytics cookies</button> <button>Reject analytics cookies</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">Private Parking Standards Authority</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/motorists">For motorists</a></li>
        <li><a href="/operators">For operators</a></li>
        <li><a href="/decisions">Decisions</a></li>
        <li><a href="/about">About us</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol><li><a href="/">Home</a></li><li><a href="/decisions">Decisions</a></li><li>Kerbwise Parking Ltd</li></ol>
  </nav>
  <main>
    <article class="decision">
      <h1>Decision: Kerbwise Parking Ltd &ndash; accreditation suspended</h1>
      <dl class="meta">
        <dt>Reference</dt><dd>PPSA/ENF/2026/031</dd>
        <dt>Operator</dt><dd>Kerbwise Parking Ltd</dd>
        <dt>Date of decision</dt><dd><time datetime="2026-11-30">30 November 2026</time></dd>
        <dt>Outcome</dt><dd>Suspension, six months</dd>
        <dt>Decision maker</dt><dd class="byline">Imelda Cradock-Vyse, Head of Enforcement</dd>
      </dl>
      <div class="decision-body">
@@BODY@@
      </div>
      <p class="print"><a href="/decisions/ppsa-enf-2026-031.pdf">Download this decision (PDF, 212KB)</a></p>
    </article>
    <aside class="related">
      <h2>Related decisions</h2>
      <ul>
        <li><a href="/decisions/ppsa-enf-2026-027">Sentinel Bay Parking: formal warning</a></li>
        <li><a href="/decisions/ppsa-enf-2025-044">Code of practice review: outcome</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2026 Private Parking Standards Authority. Registered office: 4 Cordwainer Yard.</p>
    <ul><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/cookies">Cookies</a></li></ul>
  </footer>
</body>
</html>
'''
DOC = dict(file='kerbwise-accreditation-decision.html', html=HTML, blocks=[
    H('Summary'),
    P(s("We have suspended Kerbwise Parking's accreditation for six months from 14 December 2026.", A, False, [KP], 'ev', 'be'),
      s("During the suspension Kerbwise may not request vehicle keepers' details, which means it cannot pursue unpaid charges at its 340 car parks.", A, False, [KP], 'ev', 'be'),
      s("The suspension is the longest we have imposed since the accreditation scheme began in 2019.", A, False, [], 'ev', 'be'),
      s("Kerbwise has 28 days to appeal.", A, False, [KP], 'ev', 'ne')),
    H('What we found'),
    P(s("Between January and June, Kerbwise issued 61,200 parking charges, of which 14,900 were appealed.", A, False, [KP], 'ev', 'ne'),
      s("Independent adjudicators upheld 71% of the appeals they decided, against an average of 38% for other accredited operators.", A, False, [], 'ev', 'be'),
      s("Most of the upheld appeals concerned the same fault: cameras at 23 sites recorded drivers entering and leaving but not the time spent queuing at barriers.", A, False, [], 'ev', 'be'),
      s("In our view, that fault was known to Kerbwise by March and was not fixed until August.", A, False, [KP], 'cl', 'be')),
    H("Kerbwise's representations"),
    P(s("Kerbwise's managing director, Tancred Threlfall, told us in written representations that the appeal figures were distorted by a small number of sites.", CT, True, [KP], 'cc', 'bu', ctr='Independent adjudicators upheld 71%'),
      s("He said that 19 of the 23 sites were at a single shopping centre, Quernside Retail Park, whose owner had refused to pay for new cameras.", CT, True, [], 'ev', 'ne'),
      s("“We were fixing a landlord's problem with a landlord's budget,” he wrote.", CT, True, [], 'cl', 'ne'),
      s("He also argued that suspension would hurt drivers, because Kerbwise patrols would be withdrawn and the car parks would fill with long-stay commuters.", CT, True, [KP], 'cc', 'ne', ctr="We have suspended Kerbwise Parking's accreditation")),
    H('Our response'),
    P(s("We do not accept that the fault was someone else's.", A, False, [], 'cc', 'be', ctr='He said that 19 of the 23 sites'),
      s("Kerbwise chose to keep issuing charges at those sites after it knew the cameras were wrong, and its own contract with the park's owner made it responsible for the equipment.", A, False, [KP], 'ev', 'be'),
      s("Excluding the 19 sites, its uphold rate was still 52%.", A, False, [], 'cc', 'be', ctr='the appeal figures were distorted by a small number of sites')),
    P(s("We have considered the point about commuters.", A, False, [], 'cx', 'ne'),
      s("Landowners may use other operators during the suspension, and two have told us they intend to.", A, False, [], 'cc', 'ne', ctr='He also argued that suspension would hurt drivers'),
      s("Our decision takes account of Kerbwise's prompt repayment of charges at four sites in September.", A, False, [KP], 'ev', 'bu')),
    H('Other views'),
    P(s("The Drivers' Rights Network, which helped 2,100 motorists appeal Kerbwise charges, wants every charge from the 23 sites refunded.", DR, True, [KP], 're', 'ne'),
      s("Its director, Roswitha Pengelly, said a suspension without refunds “punishes the company and leaves the victims out of pocket”.", RP, True, [], 'cl', 'ne'),
      s("A Kerbwise spokeswoman said the company had already refunded £212,000 to 3,400 drivers.", KP, True, [KP], 'ev', 'bu')),
    P(s("The Car Park Operators' Guild, the trade body to which Kerbwise belongs, said the decision was “disproportionate” for what was a technical failure.", CG, True, [KP], 'cc', 'bu', ctr="We have suspended Kerbwise Parking's accreditation")),
    H('Refunds'),
    P(s("We cannot order refunds, which are a matter between Kerbwise and the motorists concerned.", A, False, [KP], 'ev', 'ne'),
      s("We expect Kerbwise to cancel any unpaid charge from the 23 sites before its accreditation is restored.", A, False, [KP], 're', 'ne')),
    P(s("Kerbwise's parent, Portreeve Estates, said in a statement that it was “disappointed” and was considering an appeal.", HE, True, [HE, KP], 'ev', 'ne'),
      s("Portreeve's shares fell 4% on the day the decision was sent to the company.", A, False, [HE], 'ev', 'ne')),
  ])
