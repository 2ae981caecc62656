from mk import *
A = {"QS": "Quellmark Software", "TP": "Tindall Payroll", "EV": "Edda Varnstrom", "JP": "Jonas Pellegrew",
     "ML": "Maude Lintwhistle", "BH": "Brisco Hardware", "KH": "Kestermann HR", "VS": "Vikram Sennet",
     "GB": "Garwick Brothers"}
S = """
The following press release was issued by Quellmark Software on Monday morning. ~ QS ~ QS ~ ctx ~ 0
An editor’s note follows it. ~ - ~  ~ ctx ~ 0

@raw <div class="press-release">

HALDEN BAY, Dec. 1, 2026 -- Quellmark Software today announced a definitive agreement to acquire Tindall Payroll, a provider of payroll software to mid-sized employers, for $410 million in cash. ~ QS ~ QS;TP ~ ev ~ 0
The acquisition will add about 9,000 customers and create the most complete workforce platform for mid-sized businesses. ~ QS ~  ~ c ~ +
Quellmark expects the transaction to add to adjusted earnings per share in the first full year after closing. ~ QS ~ QS ~ pr ~ + ~ #eps

“Payroll is the system our customers open every two weeks, whether they like it or not,” said Edda Varnstrom, chief executive of Quellmark. ~ EV ~ QS ~ c ~ +
“Bringing Tindall into the platform means they will never have to leave it.” ~ EV ~ TP ~ c ~ + ~ #leave

“We have admired Quellmark for years, and our customers will benefit from its scale,” said Jonas Pellegrew, founder of Tindall Payroll. ~ JP ~ QS;TP ~ c ~ +

Quellmark will fund the purchase with cash on hand and new borrowing. ~ QS ~  ~ ev ~ 0
The transaction is expected to close in the first quarter of 2027, subject to regulatory approval and other customary conditions. ~ QS ~  ~ ev ~ 0

About Quellmark Software: Quellmark Software provides human-resources and scheduling software to more than 30,000 businesses. ~ QS ~ QS ~ ev ~ 0

Forward-looking statements: This release contains forward-looking statements that involve risks and uncertainties. ~ QS ~  ~ ctx ~ 0
Actual results may differ materially from those expressed or implied by these statements. ~ QS ~  ~ ctx ~ 0

@raw </div>

## Editor’s note

Three things are missing from the release. ~ - ~  ~ c ~ 0
First, the price: $410 million is about nine times Tindall’s annual revenue, according to figures Tindall gave investors during a funding round last year. ~ TP ~ TP ~ ev ~ 0
That is a full price for a business growing at 11% a year. ~ - ~  ~ c ~ -

Second, “add to adjusted earnings” leaves out the cost of the debt Quellmark is taking on to pay for it. ~ - ~ QS ~ cc ~ - ~ >eps
Quellmark’s own filing on Monday shows a new $350 million term loan. ~ QS ~ QS ~ ev ~ 0
The filing also shows that Pellegrew will stay for a year as an adviser. ~ QS ~  ~ ev ~ 0

Third, Tindall customers we spoke to are less sure they will never want to leave. ~ - ~ TP ~ cc ~ - ~ >leave ~ #unsure
“We picked Tindall because it was not part of a suite,” said Maude Lintwhistle, finance director of Brisco Hardware, a 400-employee Tindall customer. ~ ML ~ BH;TP ~ c ~ -
She said her contract comes up for renewal in June and she will look at other providers. ~ ML ~  ~ ev ~ -
Rival Kestermann HR said on Monday it would offer Tindall customers a year free if they switch. ~ KH ~ KH;TP ~ ev ~ -

Vikram Sennet, who covers software at Garwick Brothers, was more relaxed. ~ VS ~ GB ~ cc ~ + ~ >unsure
Payroll customers almost never switch, he said, because the cost of getting it wrong is a missed pay day. ~ VS ~  ~ c ~ + ~ #never
He expects Quellmark to lose fewer than 5% of Tindall’s customers in the first year. ~ VS ~ QS;TP ~ pr ~ +
He rates Quellmark a buy with a $96 price target. ~ VS ~ QS ~ rec ~ +

He may be right about switching in general, but Brisco is not the only customer we heard this from. ~ - ~ BH ~ cc ~ - ~ >never
Quellmark did not respond to questions about customer retention. ~ - ~ QS ~ ctx ~ 0
"""
def page(b):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Quellmark to buy Tindall Payroll for $410 million &ndash; PayTech Dispatch</title>
<meta property="og:site_name" content="PayTech Dispatch">
</head>
<body>
<div class="topbar"><a href="/" class="logo">PayTech Dispatch</a> <a href="/subscribe" class="btn">Subscribe</a></div>
<nav class="sections"><a href="/payroll">Payroll</a> | <a href="/hr-tech">HR tech</a> | <a href="/deals">Deals</a> | <a href="/people">People moves</a> | <a href="/events">Events</a></nav>
<article class="post">
<div class="category"><a href="/deals">Deals</a></div>
<h1>Quellmark to buy Tindall Payroll for $410 million</h1>
<div class="post-meta">Posted by <span class="author">Rhona Tiernan</span> on <time datetime="2026-12-01">December 1, 2026</time></div>
<div class="post-content">
{render_html_body(b)}
</div>
<div class="share-bar">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<section class="related"><h3>Related coverage</h3><ul>
<li><a href="/deals/kestermann-funding">Kestermann HR raises $60 million</a></li>
<li><a href="/payroll/switching-survey">Why payroll buyers rarely switch &amp; when they do</a></li>
<li><a href="/deals/quellmark-q3">Quellmark&rsquo;s third quarter in five charts</a></li>
</ul></section>
</article>
<footer><p>PayTech Dispatch &copy; 2026 &middot; <a href="/about">About</a> &middot; <a href="/advertise">Advertise</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""
build("quellmark-release-editors-note.html", S, "Rhona Tiernan", A, page)
