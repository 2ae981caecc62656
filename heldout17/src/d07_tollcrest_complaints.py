"""News story on debt collectors' complaint figures with an HTML data table in the body (HTML)."""
from mk import Doc, s

T = "Tollcrest Recoveries"
CCB = "Credit Conduct Board"
MO = "Montgomery Okwu-Dane"
SR = "Sunita Rademaker"
ED = "Ewan Dalgleish-Amo"
BS = "Benedetta Sharples"
DH = "Dunlevy Holdings"


def build():
    d = Doc("tollcrest-collector-complaints.html", "html", default="Georgiana Thackwell")
    d.raw("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tollcrest tops debt collector complaint table | Countinghouse Daily</title>
<meta name="author" content="Georgiana Thackwell">
<meta property="article:section" content="Personal finance">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tollcrest tops debt collector complaint table","author":{"@type":"Person","name":"Georgiana Thackwell"},"publisher":{"@type":"Organization","name":"Countinghouse Daily"}}</script>
</head>
<body>
<div id="consent">This site uses cookies. <a href="/privacy">Find out more</a> <button>OK</button></div>
<header><div class="brand"><a href="/">Countinghouse Daily</a></div>
<nav><a href="/markets">Markets</a> | <a href="/companies">Companies</a> | <a href="/money">Your money</a> | <a href="/opinion">Opinion</a> | <a class="subscribe" href="/subscribe">Subscribe</a></nav></header>
<main><article>
<p class="kicker">Your money</p>
<h1>Tollcrest tops debt collector complaint table as regulator demands a plan</h1>
<p class="standfirst">Complaints per account at the collector rose by almost a third last year. It blames a batch of accounts it bought from a failed lender.</p>
<div class="byline">Georgiana Thackwell, Personal Finance Reporter &middot; <time datetime="2026-10-27T06:00">27 October 2026</time></div>
<div class="share-tools"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Gift this article</a></div>
<div class="story">
""")
    d.p(s("Tollcrest Recoveries, the country’s second-largest debt collector, drew more complaints per account last year than any of its big rivals, according to figures published on Tuesday by the Credit Conduct Board.", "ev", "-", sp=CCB, co=[T]))
    d.p(s("The board’s figures count complaints for every 10,000 accounts each firm was collecting at the end of the year.", "ev", sp=CCB))
    d.p(s("The four largest collectors compare as follows:", "cx"))
    d.table(s("Collector | Accounts (millions) | Complaints per 10,000 | Change on 2024", "cx"),
            [s("Kesterby Credit Services | 4.1 | 6.2 | down 8%", "ev", co=["Kesterby Credit Services"]),
             s("Tollcrest Recoveries | 3.6 | 11.9 | up 31%", "ev", co=[T]),
             s("Fernbeck Collections | 2.2 | 7.4 | up 2%", "ev", co=["Fernbeck Collections"]),
             s("Whitmore & Scarth Recoveries | 1.5 | 5.1 | down 12%", "ev", co=["Whitmore & Scarth Recoveries"])])
    d.p(s("Tollcrest said the rise reflected a one-off transfer of 400,000 accounts in March from a failed lender, whose customers “arrived already angry.”", "cc", "+", sp=T, co=[T], ct="drew more complaints per account"),
        s("Its chief executive, Montgomery Okwu-Dane, said complaints about those accounts had halved since the summer.", "ev", "+", sp=MO))
    d.p(s("The board does not accept that explanation.", "cc", "-", sp=CCB, ct="one-off transfer of 400,000 accounts"),
        s("Sunita Rademaker, its director of consumer outcomes, said complaints about accounts Tollcrest had held for more than two years also rose, by 19%.", "ev", "-", sp=SR, co=[T]),
        s("The board has asked Tollcrest for a plan to cut complaints by the end of March.", "ev", "-", sp=CCB, co=[CCB, T]))
    d.p(s("Brightledger Trust, a debt-advice charity, says its advisers see the problem in Tollcrest’s letters.", "cl", "-", sp="Brightledger Trust", co=[T]),
        s("Ewan Dalgleish-Amo, its head of policy, said Tollcrest’s letters threaten court action in the first week, when other collectors offer a payment plan first.", "cl", "-", sp=ED, co=[T]),
        s("“People panic, they ring us, and then they complain,” he said.", "cl", sp=ED))
    d.p(s("Okwu-Dane rejected that.", "cc", "+", sp=MO, ct="threaten court action in the first week"),
        s("He said the letters followed wording the board itself approved in 2023.", "cl", "+", sp=MO, co=[CCB]),
        s("Tollcrest will rewrite them by January anyway, he said.", "ev", sp=MO, co=[T]))
    d.p(s("Kezia Okonedo-Smith, a nurse whose £2,300 phone debt Tollcrest bought last year, said she received four letters in a fortnight before anyone answered her call.", "ev", "-", sp="Kezia Okonedo-Smith", co=[T]))
    d.p(s("Investors have so far shrugged.", "cl"),
        s("Tollcrest’s parent, Dunlevy Holdings, has risen 9% this year.", "ev", co=[DH, T]),
        s("Benedetta Sharples, an analyst at Tessford Equities, said complaint numbers had “never once moved the collection rate.”", "cl", "+", sp=BS, co=["Tessford Equities"]),
        s("She rates Dunlevy a buy.", "rc", "+", sp=BS, co=[DH]))
    d.p(s("That may change.", "cc", "-", ct="never once moved the collection rate"),
        s("The board can stop a collector buying new debt if its complaint rate stays above twice the industry average for two years, and Tollcrest’s is already 1.7 times it.", "ev", "-", co=[CCB, T]),
        s("Fernbeck Collections declined to comment on its own rise.", "cx", co=["Fernbeck Collections"]))
    d.raw("""</div>
<div class="share-tools bottom"><a href="#">Share</a> <a href="#">Save</a></div>
<section class="related"><h2>More on debt</h2><ul><li><a href="/money/1">How to check a debt is really yours</a></li><li><a href="/money/2">Bailiffs: what they can and cannot do</a></li></ul></section>
</article></main>
<footer><p>Countinghouse Daily &middot; <a href="/about">About us</a> &middot; <a href="/complaints">Complaints</a> &middot; <a href="/terms">Terms</a></p><p>&copy; 2026 Countinghouse Daily Ltd</p></footer>
</body>
</html>
""")
    return d
