from mk import *
VS, CPC, PAW, BCM = 'Velderan Semiconductor', 'Coldharbour Policy Centre', 'Public Accounts Watch', 'Brisling Capital Markets'
SO, AM, SH = 'Seraphine Obuya', 'Aurelio Manganaro', 'Ysolde Hartfield'
body = [
 P(S('The government agreed on Wednesday to give Velderan Semiconductor £1.4 billion toward a chip plant at Carrowmere, the largest industrial grant in a decade.', None, VS, 'ev', '+'),
   S('Ministers call it a bet on the future; critics call it a bet they cannot check.', None, '', 'cx'),
   S('Here are the numbers behind the deal, and what the people arguing about them say.', None, '', 'cx')),
 H('The numbers'),
 P(S('£1.4 billion is the grant, paid in four instalments as construction milestones are met.', None, '', 'ev'), li=True),
 P(S('£5.2 billion is what Velderan says the plant will cost to build, which would make the taxpayer’s share 27%.', VS, VS, 'ev'), li=True),
 P(S('2,100 is the number of permanent jobs the company has promised, or about £667,000 of grant per job.', VS, VS, 'ev', k='jobs'), li=True),
 P(S('2029 is when the first wafers are due to come off the line.', None, '', 'ev'), li=True),
 P(S('0 is the amount the company must repay if it misses the jobs target, under the terms published on Thursday.', None, VS, 'ev', k='zero'), li=True),
 P(S('£300 million is the extra the regional council has pledged for roads and a rail spur to the site.', None, '', 'ev'), li=True),
 P(S('14 is the number of years Velderan has agreed to keep the plant in the country.', None, VS, 'ev'), li=True),
 H('The argument for'),
 P(S('Velderan’s chief executive, Seraphine Obuya, said the plant would give the country its first source of the power chips used in electric cars and wind turbines.', SO, VS, 'pr', '+'),
   S('“Every other industrial country is paying for this,” she said.', SO, '', 'cl'),
   S('“The choice was never between a grant and no grant; it was between a plant here and a plant somewhere else.”', SO, '', 'cl', '+', k='choice')),
 P(S('Dr. Aurelio Manganaro, an economist at the Coldharbour Policy Centre, thinks the job figure understates the benefit, because suppliers will cluster around the site.', AM, CPC, 'cl', '+', k='cluster'),
   S('By his estimate each plant job supports two more in the region.', AM, '', 'cl', '+')),
 H('The argument against'),
 P(S('Public Accounts Watch, a spending campaign, said the deal gave the company “all of the upside and none of the risk”.', PAW, VS, 'cc', c='choice'),
   S('It pointed to the repayment terms: a company that promises 2,100 jobs and delivers 900 keeps every pound.', PAW, '', 'ev')),
 P(S('Supplier clustering is also less certain than Manganaro suggests.', None, '', 'cc', '-', c='cluster'),
   S('When Velderan opened its last plant, at Dunfirth in 2016, it promised 1,200 jobs; its own sustainability report lists 780 there today.', VS, VS, 'ev', '-', k='dunfirth')),
 P(S('Ysolde Hartfield, who covers the chip sector at Brisling Capital Markets, said the grant made the plant viable but not cheap.', SH, BCM, 'cl', '+'),
   S('She expects Velderan’s margins to be lower at Carrowmere than at its Asian plants for at least five years, because power costs twice as much.', SH, VS, 'pr', '-'),
   S('She has a hold rating on the shares.', SH, VS, 'rc')),
 H('What the company says'),
 P(S('A Velderan spokesman said the repayment terms were standard for grants of this kind and that the company had “every incentive” to hire.', VS, VS, 'cc', '+', c='zero'),
   S('He said the Dunfirth figure reflected automation that had kept the plant competitive, not a broken promise.', VS, '', 'cc', '+', c='dunfirth'),
   S('“We are the only company in the country that can build this plant, and we have never missed a grant milestone,” he added.', VS, '', 'cl', '+')),
 H('Our reading'),
 P(S('Both sides are partly right.', None, '', 'cl'),
   S('The plant probably would have gone elsewhere without a grant, and the clustering argument has some evidence behind it.', None, '', 'cl', '+'),
   S('But a grant with no claw-back asks taxpayers to trust a jobs number the company has missed before.', None, VS, 'cc', '-', c='jobs'),
   S('The first test comes in 2027, when the second instalment is due and the site should employ its first 400 people.', None, '', 'pr')),
]
head = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>The Velderan chip grant, by the numbers | Northmarch Ledger</title>
  <meta property="og:site_name" content="Northmarch Ledger">
</head>
<body>
  <header><a class="brand" href="/">Northmarch Ledger</a>
    <nav><a href="/industry">Industry</a> <a href="/politics">Politics</a> <a href="/money">Money</a> <a href="/login">Sign in</a></nav></header>
  <div class="cookie-notice">We use cookies to improve your experience. <a href="/cookies">Manage preferences</a></div>
  <article>
    <span class="kicker">Explainer</span>
    <h1>The Velderan chip grant, by the numbers</h1>
    <p class="standfirst">Six figures that explain the biggest industrial subsidy in a decade &mdash; and the fight over it</p>
    <p class="byline">By <b>Lucan Ruddock</b>, Industry Editor</p>
    <time datetime="2026-12-03">3 December 2026</time>
    <div class="share"><a href="#">Facebook</a> &middot; <a href="#">LinkedIn</a> &middot; <a href="#">Email</a></div>
    <div class="body">
'''
tail = '''    </div>
    <div class="newsletter">Get the Industry Briefing every Monday. <a href="/newsletters">Sign up</a></div>
  </article>
  <section class="related"><h3>Related</h3><ul>
    <li><a href="/industry/carrowmere-site">Why Carrowmere? The site behind the grant</a></li>
    <li><a href="/politics/grant-vote">Ministers defend chip subsidy in vote</a></li></ul></section>
  <footer>Northmarch Ledger &copy; 2026 &middot; <a href="/about">About</a> &middot; <a href="/complaints">Complaints</a></footer>
</body>
</html>
'''
build('velderan-grant-by-the-numbers.html', 'html', 'Lucan Ruddock', body, head, tail)
