from mk import *
A = {"PC": "Pinemarsh Cosmetics", "CR": "Cressingham", "MH": "Mallory Hart", "FL": "Fathom Lane Research",
     "SM": "Stellan Gough LLP", "HS": "Henrietta Solvang", "TR": "Tollan & Reeve",
     "NPSA": "National Product Standards Agency", "NSB": "National Securities Board",
     "IL": "Isadora Lanyon", "TOV": "Thaddeus Okorie-Vance"}
S = """
Pinemarsh Cosmetics is a maker of skincare and cosmetics products headquartered in Ellisport, with about 2,400 employees.[1] ~ - ~ PC ~ ev ~ 0
It was founded in 1998 by Isadora Lanyon, who ran it until 2021.[2] ~ - ~  ~ ev ~ 0
The company has been the subject of a short-seller report, a product recall and a lawsuit by its former distributors.[3] ~ - ~ PC ~ ev ~ -

## History

Lanyon started the company selling balms at farmers’ markets before a distribution agreement with the pharmacy chain Cressingham took its products national in 2004.[2] ~ - ~ CR;PC ~ ev ~ 0
Pinemarsh listed its shares in 2015.[4] ~ - ~ PC ~ ev ~ 0
Its best-known product line, Daybreak, accounts for about a third of sales.[4] ~ - ~ PC ~ ev ~ 0

In 2021 Lanyon stepped down and was replaced by Thaddeus Okorie-Vance, formerly of the consumer group Mallory Hart.[5] ~ - ~ MH ~ ev ~ 0
Under Okorie-Vance the company moved most sales online and ended its agreements with independent distributors.[5] ~ - ~ PC ~ ev ~ 0

## Short-seller report

In March 2025 the short seller Fathom Lane Research published a report alleging that Pinemarsh had inflated online sales by counting orders that were later cancelled.[6] ~ FL ~ PC ~ ev ~ - ~ #short
The report said cancelled orders made up as much as 14% of reported online revenue in 2024.[6] ~ FL ~  ~ ev ~ -
Pinemarsh rejected the allegations, saying that its revenue recognition had been reviewed by its auditor, Stellan Gough LLP, and that cancelled orders were excluded.[7] ~ PC ~ PC;SM ~ cc ~ + ~ >short
The shares fell 22% on the day of the report and had recovered about half of the fall by the end of the year.[8] ~ - ~ PC ~ ev ~ 0

Some analysts, including Henrietta Solvang of Tollan & Reeve, argued that the report had misread the company’s returns policy.[9] ~ HS ~ PC;TR ~ cc ~ + ~ >short ~ #solvang
Fathom Lane said in a follow-up note that the returns policy did not explain the timing of the cancellations.[10] ~ FL ~  ~ cc ~ - ~ >solvang
In 2026 the National Securities Board said it had closed an inquiry into the company’s revenue reporting without taking action.[11] ~ NSB ~ NSB;PC ~ ev ~ +

## Daybreak recall

In August 2025 Pinemarsh recalled 180,000 jars of Daybreak moisturiser after the National Product Standards Agency found bacterial contamination in one batch.[12] ~ - ~ NPSA;PC ~ ev ~ -
The agency said the risk to consumers was low.[12] ~ NPSA ~  ~ ev ~ 0
The company blamed a cleaning failure at a contract manufacturer, which it did not name.[13] ~ PC ~ PC ~ c ~ 0
Sales of the Daybreak line fell 11% in the following quarter.[13] ~ - ~ PC ~ ev ~ -

## Distributor lawsuit

Four former distributors sued Pinemarsh in 2023, claiming that the end of their agreements breached exclusivity clauses.[14] ~ - ~ PC ~ ev ~ - ~ #sued
The company argued that the agreements allowed termination on twelve months’ notice.[14] ~ PC ~ PC ~ cc ~ + ~ >sued
The case was settled in 2024 for an undisclosed sum.[15] ~ - ~  ~ ev ~ 0

## Reception

Okorie-Vance has been credited with the company’s move online, which lifted its operating margin from 9% to 15% between 2021 and 2024.[16] ~ - ~ PC ~ ev ~ + ~ #credit
Pinemarsh’s shares have returned 41% since he became chief executive, against 18% for the sector index.[17] ~ - ~ PC ~ ev ~ 0
A 2025 survey by the trade magazine Counter & Shelf ranked Daybreak the third most trusted skincare brand among pharmacists.[21] ~ Counter & Shelf ~ PC ~ ev ~ +

Lanyon has criticised the strategy, telling the trade magazine Counter & Shelf in 2024 that the company had “traded its customers for its shareholders”.[18] ~ IL ~ PC ~ cc ~ - ~ >credit ~ #traded
Okorie-Vance responded that online customers spent more per order than those who bought in pharmacies.[19] ~ TOV ~  ~ cc ~ + ~ >traded
Retail analysts remain divided over whether the online shift can continue once the company’s older pharmacy customers stop buying.[20] ~ - ~ PC ~ ctx ~ 0
Analysts at Brenmoor Securities expect the company to return to sales growth in 2027.[22] ~ Brenmoor Securities ~ PC ~ pr ~ +
"""
def page(b):
    body = render_html_body(b).replace("<h2>", "<h2><span class=\"mw-headline\">").replace("</h2>", "</span><span class=\"mw-editsection\">[<a href=\"#\">edit</a>]</span></h2>")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pinemarsh Cosmetics - Corpedia</title>
<meta property="og:site_name" content="Corpedia">
</head>
<body>
<div id="mw-head"><a href="/" class="logo">Corpedia</a> <form class="search"><input name="q" placeholder="Search Corpedia"></form> <a href="/login">Log in</a></div>
<nav id="mw-panel"><ul><li><a href="/main">Main page</a></li><li><a href="/random">Random article</a></li><li><a href="/help">Help</a></li><li><a href="/donate">Donate</a></li></ul></nav>
<main id="content">
<h1 id="firstHeading">Pinemarsh Cosmetics</h1>
<div id="siteSub">From Corpedia, the free company encyclopedia</div>
<div id="toc"><h2 class="toc-title">Contents</h2><ol><li>History</li><li>Short-seller report</li><li>Daybreak recall</li><li>Distributor lawsuit</li><li>Reception</li><li>See also</li></ol></div>
<div class="mw-parser-output">
{body}
</div>
<div class="seealso"><h2>See also</h2><ul><li><a href="/wiki/Cressingham">Cressingham</a></li><li><a href="/wiki/Mallory_Hart">Mallory Hart</a></li><li><a href="/wiki/List_of_cosmetics_companies">List of cosmetics companies</a></li></ul></div>
<div id="catlinks">Categories: <a href="#">Cosmetics companies</a> | <a href="#">Companies based in Ellisport</a> | <a href="#">Companies established in 1998</a></div>
</main>
<footer id="footer"><p>This page was last edited on 2 December 2026, at 09:12.</p><p>Text is available under a Creative Commons licence; additional terms may apply.</p><p><a href="/privacy">Privacy policy</a> &middot; <a href="/about">About Corpedia</a> &middot; <a href="/disclaimer">Disclaimers</a></p></footer>
</body>
</html>
"""
build("pinemarsh-corpedia-article.html", S, "Corpedia", A, page)
