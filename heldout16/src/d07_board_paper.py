from mk import Doc, S

AD, TR = "Assaywise Diagnostics", "Ellanby and Marlstone Hospitals Trust"
FS, IP, ME = "Fabian Stollery", "Ione Pargeter", "Matthias Ekwueme"

PRE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Board paper: Pathology services contract &ndash; performance and options | Ellanby and Marlstone Hospitals Trust</title>
  <link rel="stylesheet" href="/css/trust.css">
</head>
<body>
  <header class="trust-header">
    <a href="/" class="trust-logo">Ellanby and Marlstone Hospitals Trust</a>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search this site"><button>Search</button></form>
    <nav>
      <a href="/our-hospitals">Our hospitals</a> <a href="/services">Services</a> <a href="/about-us">About us</a>
      <a href="/about-us/board-meetings">Board papers</a> <a href="/careers">Careers</a> <a href="/contact">Contact</a>
    </nav>
  </header>
  <nav class="breadcrumbs"><a href="/">Home</a> / <a href="/about-us">About us</a> / <a href="/about-us/board-meetings">Board meetings</a> / 12 November 2026</nav>
  <main>
    <h1>Pathology services contract: performance and options</h1>
    <table class="paper-cover">
      <tr><th>Meeting</th><td>Trust Board (held in public), 12 November 2026</td></tr>
      <tr><th>Agenda item</th><td>11</td></tr>
      <tr><th>Report of</th><td>Griselda Fontaine-Orme, Chief Operating Officer</td></tr>
      <tr><th>Paper prepared by</th><td>Head of Contracts and Commercial Services</td></tr>
      <tr><th>Purpose</th><td>For decision</td></tr>
      <tr><th>Previously considered by</th><td>Finance and Performance Committee, 29 October 2026</td></tr>
    </table>
    <p class="download"><a href="/documents/board/2026-11-12-item-11.pdf">Download this paper (PDF, 412 KB)</a></p>
    <div class="paper-body">
"""

POST = """    </div>
  </main>
  <footer>
    <p>Ellanby and Marlstone Hospitals Trust, Ellanby General Hospital, Wardle Road.</p>
    <p><a href="/accessibility">Accessibility statement</a> | <a href="/foi">Freedom of information</a> | <a href="/privacy">Privacy notice</a></p>
  </footer>
</body>
</html>
"""


def n(x):
    return '<span class="para-no">' + x + '</span> '


def doc():
    d = Doc("pathology-contract-board-paper.html", "html", "Griselda Fontaine-Orme")
    d.pre, d.post = PRE, POST
    d.ent = {"£": "&pound;", "’": "&rsquo;", "“": "&ldquo;", "”": "&rdquo;"}
    d.h("1. Purpose")
    d.p(S("This paper asks the Board to decide whether to extend the pathology contract with Assaywise Diagnostics for two years or to let it expire and bring the service back in house.", "context", "neutral", [AD]), label=n("1.1"))
    d.h("2. Background")
    d.p(S("Ellanby and Marlstone Hospitals Trust outsourced its blood sciences and microbiology laboratories to Assaywise in 2021 under a seven-year contract worth £96 million.", "evidence", "neutral", [AD, TR]), label=n("2.1"))
    d.p(S("The contract allows one two-year extension, which must be agreed by 31 March 2027.", "evidence", "neutral", []), label=n("2.2"))
    d.h("3. Performance")
    d.p(S("Assaywise has met the turnaround standard for urgent blood tests in 7 of the last 12 months, against a contractual requirement of 11.", "evidence", "bearish", [AD]), label=n("3.1"))
    d.p(S("Sample rejections, mostly for labelling errors at the new central hub, rose to 2.9% in the third quarter from 1.1% a year earlier.", "evidence", "bearish", []), label=n("3.2"))
    d.p(S("Service credits of £410,000 have been deducted from payments so far this year.", "evidence", "bearish", []), label=n("3.3"))
    d.p(S("Complaints from GP practices about missing results fell to 31 in the quarter, the lowest since the contract began.", "evidence", "bullish", []), label=n("3.4"))
    d.h("4. The contractor’s position")
    d.p(S("Assaywise’s managing director, Fabian Stollery, wrote to the Trust on 2 October to say that most of the delays begin before samples reach the laboratory.", "counterclaim", "bullish", [AD, TR], sp=FS, c="turnaround standard for urgent blood tests"),
        S("He said the Trust’s own porters and ward staff were responsible for 60% of late samples, according to the company’s audit of 4,000 requests.", "evidence", "bullish", [AD, TR], sp=FS), label=n("4.1"))
    d.p(S("He also said the rejection rate would fall below 1.5% once the Trust adopts the electronic ordering system Assaywise recommended in 2024.", "counterclaim", "bullish", [AD, TR], sp=FS, c="Sample rejections"), label=n("4.2"))
    d.p(S("Officers accept that some delays arise before samples reach the laboratory.", "claim", "neutral", []),
        S("But the company’s audit has not been shared with the Trust, and our own sample tracking attributes about a quarter of late samples to the wards.", "counterclaim", "bearish", [AD, TR], c="Officers accept that some delays"), label=n("4.3"))
    d.h("5. Clinical views")
    d.p(S("The Trust’s clinical director for pathology, Dr Ione Pargeter, supports bringing the service back in house.", "recommendation", "bearish", [TR], sp=IP),
        S("In her view, a contractor paid per test has little reason to fix problems that begin on the wards, because the service credits are small next to the fees.", "claim", "bearish", [], sp=IP),
        S("“We lost the laboratory’s relationship with the wards when we lost the laboratory,” she told the Trust’s quality committee in September.", "claim", "bearish", [TR], sp=IP), label=n("5.1"))
    d.p(S("Not every clinician agrees.", "counterclaim", "bullish", [], c="supports bringing the service back in house"),
        S("The emergency department’s lead consultant, Dr Matthias Ekwueme, said the in-house laboratory had been slower before 2021 than Assaywise is now.", "evidence", "bullish", [AD], sp=ME),
        S("He warned that moving the service during a winter would put urgent results at risk.", "prediction", "neutral", [], sp=ME), label=n("5.2"))
    d.h("6. Options")
    d.p(S("The Board has three options:", "context", "neutral", []), label=n("6.1"))
    d.li(S("Option A: extend the Assaywise contract for two years with a revised regime of service credits.", "recommendation", "neutral", [AD]))
    d.li(S("Option B: let the contract expire and bring the service back in house from April 2028, at an estimated one-off cost of £6.8 million.", "recommendation", "neutral", []))
    d.li(S("Option C: retender the service, which would take about 14 months.", "recommendation", "neutral", []))
    d.p(S("Finance colleagues estimate that Option B would cost £1.2 million a year more than the current contract for its first three years.", "prediction", "neutral", []),
        S("Assaywise has offered to cut its price per test by 4% if the contract is extended.", "evidence", "neutral", [AD], sp=AD), label=n("6.2"))
    d.h("7. Recommendation")
    d.p(S("Officers recommend Option A, with the extension conditional on Assaywise meeting the urgent turnaround standard in at least ten months of the first year.", "recommendation", "neutral", [AD]), label=n("7.1"))
    d.p(S("The revised regime also answers the clinical director’s point about incentives: service credits would rise to 10% of the monthly fee in any month the urgent standard is missed.", "counterclaim", "neutral", [], c="little reason to fix problems"), label=n("7.2"))
    d.p(S("Dr Pargeter has asked that her dissent from this recommendation be recorded.", "counterclaim", "bearish", [], sp=IP, c="Officers recommend Option A"), label=n("7.3"))
    d.p(S("The Board is asked to approve Option A.", "recommendation", "neutral", []), label=n("7.4"))
    return d
