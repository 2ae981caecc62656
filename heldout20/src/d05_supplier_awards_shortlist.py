from mk import S, H, P, LI, OL, T, D, html_body

FILE = 'equipment-supplier-of-the-year-shortlist.html'
DEFAULT = 'Wilfreda Tosh'

CO = 'Combivane Ovens'
SCE = 'Searfold Catering Equipment'
CESR = 'Catering Equipment Safety Register'
RW = 'Rinsewell Warewashing'
RC = 'Rimefield Cooling'
SC = 'Wrackfield Capital'
HC = 'Hamish Corrievale'
MP = 'Alasdair Pettigrew'
DQ = 'Dagny Quarrell'
CA = 'Cuthbert Pengelly'

BLOCKS = [
    P(S('ev', '0', "Three companies have made the shortlist for Equipment Supplier of the Year, the biggest prize at this year's Kitchen Supplier Awards."),
      S('ev', '0', "The winner will be announced at the awards dinner on 4 March."),
      S('cx', '0', "As in past years, the judges scored each entry on reliability, service and value, drawing on a survey of 340 kitchens that buy from the finalists.")),
    H("Combivane Ovens"),
    P(S('ev', '+', "Combivane's entry rests on its new Hydrasear combination oven, which the company says uses 30% less energy than the model it replaces.", sp=CO, co=[CO]),
      S('cl', '+', "The judges called its service network “the best in the trade”.")),
    P(S('cl', '0', "Its place on the list has not been universally welcomed."),
      S('ev', '-', "In June, Combivane was fined £240,000 after a steam door injured a cook in a hotel kitchen.", co=[CO]),
      S('cc', '-', "Hamish Corrievale, chief executive of the rival oven maker Searfold Catering Equipment, wrote to the magazine arguing that a supplier fined over a safety breach should not be eligible.", sp=HC, co=[SCE], ctr="the best in the trade"),
      S('ev', '0', "Searfold entered the same category this year and was not shortlisted.", co=[SCE])),
    P(S('cc', '+', "The chair of the judges, Alasdair Pettigrew, said the rules exclude only suppliers convicted of an offence, which Combivane was not.", sp=MP, co=[CO], ctr="should not be eligible"),
      S('cl', '+', "“We looked at the fine, and we looked at what the company did afterwards,” he said.", sp=MP, co=[CO]),
      S('ev', '0', "Combivane replaced the door seals on 1,100 ovens within a month of the accident, according to the Catering Equipment Safety Register.", sp=CESR, co=[CO])),
    H("Rinsewell Warewashing"),
    P(S('ev', '0', "Rinsewell leases dishwashers rather than selling them, and its entry says the model lets a small café replace a machine for £19 a week.", sp=RW, co=[RW]),
      S('ev', '+', "In our survey, Rinsewell's customers gave it the highest service score of the three, 8.9 out of ten.", co=[RW])),
    P(S('cc', '-', "The judges were less sure about the contracts.", ctr="replace a machine for £19 a week"),
      S('ev', '-', "Several customers complained in the survey that leases run for five years and cost more to leave early than the machine is worth.")),
    P(S('cc', '0', "Rinsewell's founder, Dagny Quarrell, said early-exit fees had been halved in September.", sp=DQ, co=[RW], ctr="cost more to leave early"),
      S('pr', '+', "She thinks leasing will account for most new dishwashers sold to restaurants within five years.", sp=DQ)),
    H("Rimefield Cooling"),
    P(S('ev', '0', "Rimefield is the smallest finalist, with 40 engineers, and the only one that guarantees a same-day repair.", co=[RC]),
      S('ev', '+', "Its customers gave it the best score for reliability, and one hotel group told the judges that Rimefield had answered every call-out in under four hours.", co=[RC])),
    P(S('cl', '-', "Rimefield's growth is also its risk.", co=[RC]),
      S('ev', '-', "It doubled its engineering staff in two years with a loan from Wrackfield Capital, and its latest accounts show a loss of £310,000.", sp=RC, co=[SC])),
    P(S('cc', '+', "Its managing director, Cuthbert Pengelly, said the loss reflected the cost of training new engineers and that the company had been profitable every month since June.", sp=CA, co=[RC], ctr="a loss of £310,000"),
      S('pr', '+', "He expects to hire another 15 engineers next year.", sp=CA)),
    H("Our view"),
    P(S('cl', '0', "The judges' decision is theirs, not ours."),
      S('cc', '-', "But readers choosing a supplier should know that the finalist with the best service score also has the least flexible contracts.", co=[RW], ctr="the highest service score"),
      S('rec', '0', "Ask any leasing supplier for its early-exit fee in writing before you sign.")),
]

HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Kitchen Supplier Awards 2026: the Equipment Supplier of the Year shortlist | Salamander Trade</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="An oven maker fined in June, a dishwasher leasing firm and a small refrigeration engineer make the final three.">
  <meta name="author" content="Wilfreda Tosh">
  <meta property="og:site_name" content="Salamander Trade">
  <meta property="og:type" content="article">
  <link rel="stylesheet" href="/assets/css/site.css">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Kitchen Supplier Awards 2026: the Equipment Supplier of the Year shortlist",
   "datePublished": "2026-11-20T07:00:00+00:00",
   "author": {"@type": "Person", "name": "Wilfreda Tosh", "jobTitle": "Awards Editor"},
   "publisher": {"@type": "Organization", "name": "Salamander Trade"},
   "articleSection": "Awards"}
  </script>
  <script src="/assets/js/consent.js" defer></script>
</head>
<body class="article awards">
  <div class="cookie-bar" role="dialog">We use cookies to count visitors and remember your settings. <button>Accept</button> <button>Manage</button></div>
  <header class="masthead">
    <a class="logo" href="/">Salamander Trade</a>
    <span class="tagline">For the people who equip professional kitchens</span>
    <a class="btn subscribe" href="/subscribe">Subscribe</a> <a class="btn" href="/login">Sign in</a>
  </header>
  <nav class="main-nav">
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/equipment">Equipment</a></li>
      <li><a href="/operators">Operators</a></li>
      <li><a href="/awards">Awards</a></li>
      <li><a href="/jobs">Jobs</a></li>
      <li><a href="/events">Events</a></li>
    </ul>
  </nav>
  <main>
    <article>
      <p class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/awards">Awards</a> &rsaquo; Kitchen Supplier Awards 2026</p>
      <p class="kicker">Kitchen Supplier Awards 2026</p>
      <h1>The Equipment Supplier of the Year shortlist: an oven maker, a leasing firm and a small engineer</h1>
      <p class="dek">One finalist was fined this summer, one is loved for service and disliked for its contracts, and one is losing money while it grows.</p>
      <p class="byline">By <a href="/authors/wilfreda-tosh">Wilfreda Tosh</a>, Awards Editor</p>
      <p class="dateline"><time datetime="2026-11-20">20 November 2026</time> &middot; 5 min read</p>
      <ul class="share">
        <li><a href="mailto:?subject=Shortlist">Email</a></li>
        <li><a href="#" onclick="window.print()">Print</a></li>
        <li><a href="#" class="copy">Copy link</a></li>
      </ul>
      <div class="article-body">
'''

TAIL = '''      </div>
      <ul class="share share-bottom">
        <li><a href="mailto:?subject=Shortlist">Email</a></li>
        <li><a href="#" onclick="window.print()">Print</a></li>
        <li><a href="#" class="copy">Copy link</a></li>
      </ul>
    </article>
    <aside class="related">
      <h3>Related</h3>
      <ul>
        <li><a href="/awards/2026/judges">Meet this year&rsquo;s judges</a></li>
        <li><a href="/awards/2025/winners">All the 2025 winners</a></li>
        <li><a href="/equipment/combination-ovens-buyers-guide">Buyer&rsquo;s guide: combination ovens</a></li>
      </ul>
    </aside>
    <aside class="newsletter">
      <h3>The Pass Sheet</h3>
      <p>Equipment news every Friday morning. <a href="/newsletter">Sign up free</a></p>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2026 Salamander Trade Publishing Ltd. All rights reserved.</p>
    <p><a href="/about">About us</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p>
  </footer>
  <script src="/assets/js/site.js"></script>
</body>
</html>
'''


def render():
    return HEAD + html_body(BLOCKS, entities=True) + '\n' + TAIL
