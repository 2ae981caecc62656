from mk import Doc, s, render_html_body

doc = Doc('speckledene-stakeholder-panel.html', 'html', 'Speckledene Farms')
D = 'D'
SF = 'Speckledene Farms'
AP = 'Aldith Penwarden'
RV = 'Rhodri Vennart'
OC = 'Open Coop Trust'
SIG = {'html': '<p class="signature">{t}</p>'}

doc.p(
    s("Every year Speckledene Farms asks an independent stakeholder panel to read this report before it is published and to say what it thinks, and we print the panel’s commentary unedited.", SF, SF, 'K', '0'),
    s("The panel’s members are paid a fee for their time and are not employees of the company.", D, SF, 'E', '0'),
    s("Our response follows the commentary.", D, '', 'K', '0'),
)

doc.h("Panel commentary")
doc.p(
    s("The panel welcomes the fall in antibiotic use, which the report puts at 61% since 2020, and has no reason to doubt it.", AP, '', 'C', '+'),
)
doc.p(
    s("The report’s headline claim is that 100% of Speckledene’s chickens are now raised to the Better Broiler standard, a year ahead of the company’s 2027 target.", SF, SF, 'C', '+'),
    s("That is true of the chickens Speckledene raises on its own 41 farms.", AP, SF, 'C', '+'),
    s("But about a third of the birds it sells are bought in from contract growers, and the report does not say what standard they meet.", AP, '', 'X', '-', 'That is true of the chickens'),
)
doc.p(
    s("Speckledene told the panel that its contract growers are “moving towards” the standard.", SF, SF, 'C', '+'),
    s("It would not give us a figure.", AP, '', 'K', '0'),
    s("The Open Coop Trust, which audits welfare claims, estimates that fewer than one bought-in bird in five meets the standard.", OC, '', 'E', '-'),
    s("On that estimate, the true share of Speckledene’s birds raised to the standard is nearer 73% than 100%.", AP, SF, 'X', '-', 'headline claim is that 100%'),
)
doc.p(
    s("The panel is also concerned that the report’s carbon figure counts emissions from the company’s farms and factories but not from the soya in its feed.", AP, SF, 'C', '-'),
    s("Feed is the largest part of any chicken producer’s footprint, and leaving it out makes a 22% cut look easy.", AP, '', 'C', '-'),
    s("We recommend that next year’s report gives the standard for bought-in birds separately and includes feed in the carbon figure.", AP, '', 'R', '0'),
)
doc.p(s("— Professor Aldith Penwarden, chair of the panel", AP, '', 'K', '0'), **SIG)

doc.h("Our response")
doc.p(
    s("We thank the panel for its commentary and for recognising our progress on antibiotics.", RV, '', 'K', '0'),
)
doc.p(
    s("The Better Broiler figure in this report covers the birds we raise ourselves, and the report says so on page 12.", RV, '', 'X', '0', 'about a third of the birds it sells'),
    s("We do not accept the Open Coop Trust’s estimate, which is based on a survey of 30 growers, only four of whom supply us.", RV, OC, 'X', '+', 'fewer than one bought-in bird in five'),
    s("Our own audits show that 58% of bought-in birds met the standard in the last quarter, and we will publish that figure from next year.", RV, '', 'E', '+'),
    s("Our chief operating officer has since met the Open Coop Trust to compare audit methods.", RV, OC, 'E', '0'),
)
doc.p(
    s("On feed, we agree that soya is the largest part of our footprint.", RV, '', 'C', '0'),
    s("But no producer of our size yet reports feed emissions, because the data from soya traders is not reliable enough to audit.", RV, '', 'X', '0', 'On feed, we agree'),
    s("We will include an estimate of feed emissions, clearly marked as an estimate, in next year’s report.", RV, '', 'E', '0'),
)
doc.p(s("— Rhodri Vennart, chief executive, Speckledene Farms", RV, SF, 'K', '0'), **SIG)

doc.h("The panel’s reply")
doc.p(
    s("Page 12 does say, in a footnote, that the figure covers the company’s own farms.", AP, SF, 'C', '0'),
    s("The headline on page 1 does not, and it is the headline that the company’s advertising repeats.", AP, SF, 'X', '-', 'the report says so on page 12'),
    s("We welcome the promise to publish the bought-in figure, and we will want to see whether 58% survives an outside audit.", AP, '', 'C', '0'),
)
doc.p(s("— Professor Aldith Penwarden", AP, '', 'K', '0'), **SIG)

HEAD = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Independent stakeholder panel commentary &ndash; Annual Report 2026 &ndash; Speckledene Farms plc</title>
<meta name="description" content="The independent stakeholder panel's commentary on the Speckledene Farms Annual Report 2026, and the company's response.">
<meta property="og:site_name" content="Speckledene Farms">
<link rel="stylesheet" href="/ar2026/assets/report.css">
<script src="/ar2026/assets/analytics.js"></script>
</head>
<body class="report-page">
<a class="skip" href="#content">Skip to content</a>
<header class="report-header">
  <a class="logo" href="/ar2026/">Speckledene Farms plc</a> <span class="report-title">Annual Report and Accounts 2026</span>
  <nav class="report-nav"><a href="/ar2026/overview">Overview</a> <a href="/ar2026/strategic-report">Strategic report</a> <a class="active" href="/ar2026/sustainability">Sustainability</a> <a href="/ar2026/governance">Governance</a> <a href="/ar2026/financial-statements">Financial statements</a> <a class="btn" href="/ar2026/downloads/speckledene-ar-2026.pdf">Download full report (PDF, 8.4MB)</a></nav>
</header>
<main id="content">
  <p class="breadcrumb"><a href="/ar2026/sustainability">Sustainability</a> &rsaquo; Stakeholder panel</p>
  <h1>Independent stakeholder panel commentary</h1>
  <p class="page-ref">Pages 58&ndash;61 of the printed report</p>
  <div class="page-body">
'''

TAIL = '''  </div>
  <nav class="pager"><a href="/ar2026/sustainability/animal-welfare">&larr; Previous: Animal welfare</a> <a href="/ar2026/sustainability/our-people">Next: Our people &rarr;</a></nav>
</main>
<footer class="report-footer">
  <p>Speckledene Farms plc. Registered office: Mill Lane, Selbury Dene. Registered number 04418822.</p>
  <p><a href="/cookies">Cookie settings</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/legal">Legal</a></p>
</footer>
</body>
</html>
'''


def render():
    return HEAD + render_html_body(doc, ents='’“”', indent='    ') + '\n' + TAIL
