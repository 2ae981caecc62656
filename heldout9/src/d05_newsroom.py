from mk import *
A = {"TD": "Tambrook Dairies", "EE": "Eastmoor Examiner", "YM": "Ysolde Kerrigan-Frost", "BU": "Brackenford University",
     "AV": "Ashlow Veterinary Services", "FAWU": "Food and Allied Workers’ Union", "CT": "Cormac Theroux",
     "BW": "Barnaby Whitgift", "TFF": "Tambrook Farmers’ Forum"}
S = """
On Sunday the Eastmoor Examiner published an article about Tambrook Dairies under the headline “The milk money”. ~ - ~ TD ~ ev ~ 0
We respect the Examiner’s journalism, and we answered every question its reporters sent us. ~ - ~  ~ c ~ 0 ~ #respect
But the article contains errors of fact, and it leaves out information we gave the paper before publication. ~ - ~  ~ cc ~ + ~ >respect
This page sets out what the article said and what the facts are. ~ - ~  ~ ctx ~ 0

## Prices paid to farmers

The Examiner reported that Tambrook paid its farmers 4% less per litre in 2026 than in 2025 while its own profit rose by a fifth. ~ EE ~ TD ~ ev ~ - ~ #price
That comparison uses our standard-contract price only. ~ - ~  ~ cc ~ + ~ >price
Seven in ten of our farmers are on the Tambrook Assured contract, whose price rose by 3% over the same period. ~ - ~ TD ~ ev ~ +
The article did not mention the Assured contract at all. ~ - ~  ~ c ~ 0

The Tambrook Farmers’ Forum, which represents 600 of our suppliers, confirmed these figures to the Examiner in writing. ~ TFF ~  ~ ev ~ +
The paper chose not to include them. ~ - ~  ~ c ~ 0

## Antibiotics

The article quoted Dr. Ysolde Kerrigan-Frost, a veterinary epidemiologist at Brackenford University, as saying that antibiotic use on Tambrook farms was “double the national average”. ~ YM ~ BU;TD ~ c ~ - ~ #vet
Dr. Kerrigan-Frost was using 2023 figures. ~ - ~  ~ cc ~ + ~ >vet ~ #old
Our 2026 figures, audited by Ashlow Veterinary Services, put use 18% below the national average. ~ - ~ AV ~ ev ~ +
We offered the Examiner the audit report on 2 December; it did not ask to see it. ~ - ~  ~ ev ~ 0

Kerrigan-Frost told us on Tuesday that she stands by her broader point that the dairy sector uses too many antibiotics. ~ YM ~  ~ cc ~ 0 ~ >old
We agree with her about the sector, and we have never claimed to be finished. ~ - ~  ~ c ~ 0

## The Holmbury plant

The article said Tambrook plans to close its Holmbury cheese plant with the loss of 220 jobs. ~ EE ~ TD ~ ev ~ 0 ~ #holm
No decision has been taken. ~ - ~  ~ cc ~ 0 ~ >holm ~ #nodec
We are consulting staff and the Food and Allied Workers’ Union on options that include a sale of the plant to a new operator. ~ - ~ FAWU ~ ev ~ 0
The plant lost £3.1 million last year and has not made a profit since 2022. ~ - ~  ~ ev ~ -

The union’s regional officer, Cormac Theroux, has said publicly that the consultation is “a closure with extra steps”. ~ CT ~ FAWU ~ cc ~ - ~ >nodec
We understand why he is sceptical, and we will publish the outcome of the consultation in February. ~ - ~  ~ ev ~ 0

## What we have asked the Examiner to do

The article also said Tambrook had “refused to answer questions” about its farm audits. ~ EE ~ TD ~ c ~ - ~ #refused
We answered all forty-one questions the paper sent, in writing, before its deadline. ~ - ~  ~ cc ~ + ~ >refused

We have asked the Examiner to correct the price comparison and the antibiotics figure. ~ - ~  ~ ev ~ 0 ~ #asked
The paper’s editor, Barnaby Whitgift, said in a statement that the Examiner “stands by its reporting” and will publish Tambrook’s response in full on Thursday. ~ BW ~ TD ~ cc ~ 0 ~ >asked
Readers can judge for themselves. ~ - ~  ~ ctx ~ 0
We will update this page if the Examiner corrects its article. ~ - ~  ~ ev ~ 0
"""
def page(b):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Setting the record straight: our response to the Eastmoor Examiner | Tambrook Dairies Newsroom</title>
<meta property="og:site_name" content="Tambrook Dairies Newsroom">
</head>
<body>
<header class="masthead"><a href="/">Tambrook Dairies</a> <span>Newsroom</span></header>
<nav><ul><li><a href="/about">About us</a></li><li><a href="/farmers">Our farmers</a></li><li><a href="/newsroom">Newsroom</a></li><li><a href="/careers">Careers</a></li></ul></nav>
<main>
<article>
<p class="kicker">Statement</p>
<h1>Setting the record straight: our response to the Eastmoor Examiner</h1>
<p class="byline">By Odile Pranger, Director of Corporate Affairs</p>
<time datetime="2026-12-03">3 December 2026</time>
<div class="share"><a href="#">Share on LinkedIn</a> &middot; <a href="#">Share by email</a> &middot; <a href="#">Copy link</a></div>
<div class="article-body">
{render_html_body(b)}
</div>
<aside class="related"><h3>More from the newsroom</h3><ul>
<li><a href="/newsroom/assured-2027">Tambrook Assured price for 2027 announced</a></li>
<li><a href="/newsroom/half-year">Half-year results: volumes steady, costs up</a></li>
<li><a href="/newsroom/holmbury-consultation">Holmbury: questions and answers for staff</a></li>
</ul></aside>
</article>
</main>
<footer><p>&copy; 2026 Tambrook Dairies plc. Registered in Eastmoor. <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p><p>Media enquiries: press office, 0100 555 0199</p></footer>
</body>
</html>
"""
build("tambrook-record-straight.html", S, "Odile Pranger", A, page)
