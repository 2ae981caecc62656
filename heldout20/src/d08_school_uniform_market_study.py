from mk import S, H, P, LI, OL, T, D, html_body

FILE = 'school-uniform-market-study-interim-findings.html'
DEFAULT = 'Household Markets Office'

BS = 'Blazerfield Schoolwear'
PP = 'Pinafore & Plackett'
UCA = 'Uniform Cost Action'
HPF = "Heads' Procurement Forum"
GS = 'Greengable Stores'
MR = 'Magnhild Rourke'
KO = 'Kezia Wolstenholme'

BLOCKS = [
    P(S('cx', '0', "This page summarises our interim report on the supply of school uniform, published today."),
      S('ev', '0', "We will take comments until 30 January and expect to publish our final findings in the summer.")),
    H("What we found"),
    P(S('ev', '0', "Parents of secondary pupils spend on average £312 a year on uniform, and about £140 of that goes on items carrying a school logo."),
      S('ev', '0', "Logo items cost on average 2.4 times as much as plain equivalents sold in supermarkets."),
      S('ev', '0', "Prices of logo items rose 9% last year, against 4% for plain uniform."),
      S('ev', '0', "In 71% of the schools we sampled, logo items can be bought from only one supplier.")),
    P(S('ev', '0', "Blazerfield Schoolwear holds exclusive contracts with about 1,900 schools, more than any other supplier.", co=[BS]),
      S('cl', '-', "Our provisional view is that exclusive contracts, of which Blazerfield holds the most, are raising prices for parents without a matching benefit in quality or service.", co=[BS])),
    H("What suppliers told us"),
    P(S('cc', '+', "Blazerfield disagrees.", sp=BS, co=[BS], ctr="Our provisional view"),
      S('cl', '+', "In its response, the company argues that exclusive contracts let it keep every size in stock all year and pay for a grant scheme for families on low incomes.", sp=BS, co=[BS]),
      S('cl', '+', "Its chief executive, Magnhild Rourke, told us that without a guaranteed volume “nobody will carry a size-32 blazer in a school's colours in March”.", sp=MR)),
    P(S('cl', '0', "We accept that holding stock has a cost."),
      S('cc', '-', "But Blazerfield's own accounts show a gross margin of 58% on logo items, against 31% on its plain range.", sp=BS, co=[BS], ctr="holding stock has a cost")),
    P(S('ev', '0', "Pinafore & Plackett, the second-largest supplier, said it would accept a three-year limit on exclusive contracts.", sp=PP, co=[PP])),
    H("What parents and schools told us"),
    P(S('rec', '0', "Uniform Cost Action, which campaigns for cheaper uniform, wants logo items limited to one per pupil.", sp=UCA),
      S('cc', '-', "Its director, Kezia Wolstenholme, said the grant scheme reaches fewer than one in ten of the families who qualify.", sp=KO, ctr="a grant scheme for families"),
      S('cc', '+', "Blazerfield says 14,000 families used the scheme last year.", sp=BS, co=[BS], ctr="fewer than one in ten")),
    P(S('cc', '0', "The Heads' Procurement Forum, which represents school business managers, told us that many schools value a single supplier because it handles stock and returns for them.", sp=HPF, ctr="Our provisional view")),
    P(S('ev', '0', "Some schools also receive a commission of up to 10% on uniform sales."),
      S('cl', '0', "Several parents who wrote to us asked why a school should profit from its own uniform rules.")),
    H("Possible remedies"),
    P(S('cx', '0', "We are consulting on three possible remedies.")),
    LI(S('rec', '0', "Exclusive contracts would be limited to three years, after which schools would have to re-tender them.")),
    LI(S('rec', '0', "No school could require more than three logo items.")),
    LI(S('rec', '0', "Suppliers would be banned from paying commission to schools.")),
    P(S('pr', '0', "We have not decided between them, and our final report may recommend more than one.")),
    P(S('pr', '0', "Greengable Stores, whose plain uniform range is the largest sold by a supermarket, told us it would cut prices further if schools allowed plain items.", sp=GS, co=[GS])),
]

HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>School uniform market study: interim findings - Household Markets Office</title>
    <meta name="description" content="Summary of our interim report on the supply of school uniform, with the responses we received and the remedies we are consulting on.">
    <meta name="dcterms.publisher" content="Household Markets Office">
    <link rel="stylesheet" href="/assets/hmo.css">
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "WebPage",
     "name": "School uniform market study: interim findings",
     "datePublished": "2026-11-10",
     "publisher": {"@type": "GovernmentOrganization", "name": "Household Markets Office"}}
    </script>
</head>
<body>
    <a class="skip" href="#content">Skip to main content</a>
    <div class="cookie-notice">We&rsquo;d like to set analytics cookies to understand how you use this site. <a href="/cookies">Cookie settings</a> <button>Accept</button> <button>Reject</button></div>
    <header class="site-header">
        <a class="logo" href="/">Household Markets Office</a>
        <form class="search" action="/search"><input type="search" name="q" aria-label="Search"><button>Search</button></form>
    </header>
    <nav class="site-nav">
        <a href="/markets">Markets we are looking at</a>
        <a href="/decisions">Decisions</a>
        <a href="/consultations">Consultations</a>
        <a href="/news">News</a>
        <a href="/about">About us</a>
    </nav>
    <main id="content">
        <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li><li><a href="/markets/school-uniform">School uniform</a></li><li>Interim findings</li></ol>
        <p class="label">Market study</p>
        <h1>School uniform market study: interim findings</h1>
        <p class="published">Published 10 November 2026 &middot; Last updated 10 November 2026</p>
'''

TAIL = '''        <aside class="documents">
            <h2>Documents</h2>
            <ul>
                <li><a href="/files/school-uniform-interim-report.pdf">Interim report (PDF, 2.1MB)</a></li>
                <li><a href="/files/school-uniform-responses.pdf">Responses to the invitation to comment (PDF, 5.4MB)</a></li>
                <li><a href="/files/school-uniform-price-survey.csv">Price survey data (CSV)</a></li>
            </ul>
            <p><a href="/consultations/school-uniform/respond">Respond to the consultation</a></p>
        </aside>
        <section class="feedback"><p>Is this page useful? <a href="/feedback?yes">Yes</a> <a href="/feedback?no">No</a></p></section>
    </main>
    <footer class="site-footer">
        <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/contact">Contact</a></li></ul>
        <p>Household Markets Office, 12 Pinfold Yard, Orlesby.</p>
    </footer>
</body>
</html>
'''


def render():
    return HEAD + html_body(BLOCKS, entities=False, indent='        ') + '\n' + TAIL
