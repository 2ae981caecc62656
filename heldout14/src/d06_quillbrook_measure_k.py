from mk import Doc, S, D

CQ = "City of Quillbrook"
SN = "Strandwire Networks"
WC = "Eskerline Communications"
MS = "Quillbrook Main Street Merchants Association"
TL = "Quillbrook Taxpayers' League"
FCm = "Quillbrook Finance Commission"
OR = "Octavia Renwick"
DA = "Desmond Achterfeld"
RQ = "Rosalba Quintanilla"
GP = "Gordon Pettifer"

HEAD = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Measure K: Municipal Fiber Network Bonds | Voter Information Guide | Quillbrook City Clerk</title>
<meta property="og:site_name" content="Quillbrook City Clerk">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/city.css">
<script async src="/assets/translate-widget.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="gov-banner">An official website of the City of Quillbrook</div>
<header class="city-header">
  <div class="seal">Quillbrook City Clerk</div>
  <nav aria-label="Primary">
    <ul>
      <li><a href="/clerk/">Home</a></li>
      <li><a href="/clerk/elections/">Elections</a></li>
      <li><a href="/clerk/elections/voter-guide/">Voter guide</a></li>
      <li><a href="/clerk/records/">Public records</a></li>
      <li><a href="/clerk/contact/">Contact</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search the city website"><button>Search</button></form>
  <select class="translate" aria-label="Translate this page"><option>English</option><option>Espa&ntilde;ol</option><option>Ti&#7871;ng Vi&#7879;t</option></select>
</header>
<ol class="breadcrumbs"><li><a href="/clerk/">City Clerk</a></li><li><a href="/clerk/elections/">Elections</a></li><li><a href="/clerk/elections/voter-guide/">November 2026 voter guide</a></li><li>Measure K</li></ol>
<main id="main">
<h1>Measure K: Municipal Fiber Network Bonds</h1>
<p class="download"><a href="/clerk/elections/2026/measure-k.pdf">Download this page as a PDF (412 KB)</a> &middot; <a href="/clerk/elections/2026/full-text-measure-k/">Full text of Measure K</a></p>
<div class="measure-text">
"""

TAIL = """</div>
<aside class="voter-box">
  <h2>Key dates</h2>
  <ul>
    <li>Last day to register: October 20</li>
    <li>Vote centers open: October 31</li>
    <li>Election day: November 3</li>
  </ul>
  <p><a href="/clerk/elections/where-to-vote/">Find your vote center</a></p>
</aside>
</main>
<footer class="city-footer">
  <p>Office of the City Clerk &middot; 200 Civic Plaza, Room 110 &middot; (555) 014-2290</p>
  <p><a href="/accessibility/">Accessibility</a> &middot; <a href="/privacy/">Privacy policy</a> &middot; <a href="/clerk/elections/voter-guide/">Back to the voter guide</a></p>
</footer>
<script src="/assets/analytics.js"></script>
</body>
</html>
"""


def build():
    d = Doc("quillbrook-measure-k-voter-guide.html", "Quillbrook City Clerk")
    d.p(S("Measure K asks voters whether the City of Quillbrook should issue up to $84 million in general obligation bonds to build a citywide fiber-optic network.", D, [CQ], "ev", "ne"))
    d.p(S("The arguments below are printed as submitted by their authors and have not been checked for accuracy by any official agency.", D, [], "cx", "ne"))

    d.h("Impartial analysis by the City Attorney")
    d.p(S("If approved by two-thirds of voters, Measure K would authorize the City to sell bonds repaid from a property-tax levy on all taxable property in Quillbrook.", OR, [CQ], "ev", "ne"))
    d.p(S("The City has selected Strandwire Networks, a private company, to build and operate the network under a 20-year contract, and the City would own the network.", OR, [CQ, SN], "ev", "ne"),
        S("If subscription revenue exceeds operating costs and debt service in any year, the contract requires the surplus to be used to reduce the levy.", OR, [], "ev", "ne"))
    d.p(S("Octavia Renwick, City Attorney", OR, [], "cx", "ne"))

    d.h("Fiscal impact statement by the Director of Finance")
    d.p(S("The levy is estimated at $38 per $100,000 of assessed value in the first year, falling as subscription revenue grows.", DA, [], "pr", "ne"),
        S("Strandwire's business plan, on which this estimate relies, assumes that 38% of households subscribe by the fifth year.", SN, [SN], "ev", "ne"),
        S("If take-up reached only 25%, the levy would stay near its first-year level for the life of the bonds.", DA, [], "pr", "ne"))
    d.p(S("Desmond Achterfeld, Director of Finance", DA, [], "cx", "ne"))

    d.h("Argument in favor of Measure K")
    d.p(S("Quillbrook pays some of the highest internet prices in the state for some of the slowest speeds, because one company, Eskerline Communications, serves nine homes in ten.", RQ, [WC], "cl", "be"),
        S("Measure K builds a network the City owns, so the profits stay here instead of going to Eskerline's shareholders.", RQ, [CQ, WC], "cl", "bu"))
    d.p(S("Strandwire already runs city networks in four other towns, and in each of them prices fell within two years.", RQ, [SN], "ev", "bu"),
        S("Subscribers, not taxpayers, will repay these bonds once the network is running.", RQ, [], "pr", "bu"))
    d.p(S("Vote yes on K.", RQ, [], "rc", "ne"))
    d.p(S("Rosalba Quintanilla, Mayor; Teodoro Villaseñor, President, Quillbrook Main Street Merchants Association; Agatha Prewitt, retired network engineer", RQ, [MS], "cx", "ne"))

    d.h("Rebuttal to argument in favor of Measure K")
    d.p(S("The proponents promise that subscribers will repay these bonds, but that only happens if 38% of households sign up, and that figure is Strandwire's hope, not a fact.", GP, [SN], "cc", "be", ctr="Subscribers, not taxpayers, will repay"))
    d.p(S("In two of Strandwire's four towns, take-up has never passed 20%, according to figures those cities publish.", GP, [SN], "cc", "be", ctr="Strandwire already runs city networks in four other towns"),
        S("Prices fell in those towns because the cable companies there cut them, and taxpayers are still paying for networks that sit half-empty.", GP, [], "cl", "be"))
    d.p(S("Vote no on K.", GP, [], "rc", "ne"))
    d.p(S("Gordon Pettifer, President, Quillbrook Taxpayers' League; Ysolde Farraday, small-business owner", GP, [TL], "cx", "ne"))

    d.h("Argument against Measure K")
    d.p(S("Measure K asks every property owner in Quillbrook to guarantee a private company's business plan for 30 years.", GP, [], "cl", "be"),
        S("Strandwire is not a utility; it is a contractor with a 20-year contract and none of its own money at risk.", GP, [SN], "cl", "be"),
        S("If the network fails, Strandwire walks away and the bonds remain.", GP, [SN], "pr", "be"))
    d.p(S("Eskerline has already announced faster speeds for Quillbrook next year, at no cost to taxpayers.", GP, [WC], "ev", "bu"))
    d.p(S("Gordon Pettifer, President, Quillbrook Taxpayers' League; Ysolde Farraday, small-business owner; Horace Blenkinsop, former member, Quillbrook Finance Commission", GP, [FCm, TL], "cx", "ne"))

    d.h("Rebuttal to argument against Measure K")
    d.p(S("Strandwire has put $6 million of its own capital into the project and is paid nothing in any year the network misses its service targets.", RQ, [SN], "cc", "bu", ctr="none of its own money at risk"))
    d.p(S("Eskerline's “faster speeds” were announced the week after Measure K qualified for the ballot, after nine years of nothing.", RQ, [WC], "cc", "be", ctr="Eskerline has already announced faster speeds"),
        S("Competition is the only reason the incumbent is suddenly investing.", RQ, [WC], "cl", "be"))
    d.p(S("Vote yes on K and keep that pressure on.", RQ, [], "rc", "ne"))
    d.p(S("Rosalba Quintanilla, Mayor; Agatha Prewitt, retired network engineer", RQ, [], "cx", "ne"))
    body = d.html_body(entities=True)
    # signature paragraphs carry a class
    for sig in ("Octavia Renwick, City Attorney", "Desmond Achterfeld, Director of Finance", "Rosalba Quintanilla, Mayor;", "Gordon Pettifer, President,"):
        body = body.replace("<p>" + sig, '<p class="signers">' + sig)
    return d.name, HEAD + body + "\n" + TAIL, d.records()
