from lib import *
d = Doc("lowmoor-talks-collapse.html", "Caspian Moreau")
QP, LB, ME, DH, RCs = ("Quintrell Pharma", "Lowmoor Biotherapeutics", "Margarethe Ellwood", "Desmond Haldane",
                       "Ruben Castellanos")
d.p(S("On the evening of Sunday, Sept. 14, Margarethe Ellwood believed she had a deal.", ME, "", "cx", "0"),
    S("Quintrell Pharma’s chief executive had agreed a price of $31 a share with the chairman of Lowmoor Biotherapeutics over dinner, according to three people briefed on the meeting, and the two companies’ lawyers were due to start drafting on Monday.", None, QP + ";" + LB, "ev", "0"),
    S("By Friday the talks were over.", None, "", "ev", "0"),
    S("Ellwood has done 11 acquisitions in six years as chief executive, none of them larger than $3 billion.", None, "", "ev", "0"))
d.p(S("What happened in between is disputed, and this account draws on interviews with nine people involved on both sides, most of whom asked not to be named because the talks were confidential, as well as on statements both companies have since published.", None, "", "cx", "0"))
d.p(S("Quintrell’s version is that Lowmoor moved the goalposts.", QP, LB, "cl", "0", k="qv"),
    S("In a statement on Sept. 22, the company said Lowmoor had asked on Tuesday for an additional payment of up to $6 a share tied to sales of its lead drug, velorant, and that Quintrell’s board “could not responsibly agree to terms that changed after a price had been settled.”", QP, QP + ";" + LB, "ev", "0"))
d.p(S("Lowmoor tells it differently.", LB, LB, "cc", "0", c="qv"),
    S("Its chairman, Desmond Haldane, said in a letter to shareholders that the $31 discussed at dinner had always been “subject to the board and to a contingent value right,” and that Ellwood had known this.", DH, "", "cl", "0", k="dh"),
    S("“Nothing changed on Tuesday except Quintrell’s appetite,” he wrote.", DH, QP, "cl", "0"))
d.p(S("Two people on the Quintrell side said the contingent payment had been mentioned at dinner only as something Lowmoor’s bankers “might want to explore.”", None, LB, "cc", "0", c="dh", k="twoq"),
    S("A person close to Lowmoor said that was not how Haldane remembered it.", None, "", "cc", "0", c="twoq"))
d.p(S("What is not disputed is that on Wednesday, Quintrell’s share price fell 7% after a report in the Farrowgate Journal that the two companies were in talks.", None, QP, "ev", "0"),
    S("Several of Quintrell’s largest investors called the company that day to say they would not support a higher price, according to two people familiar with the calls.", None, QP, "ev", "0"),
    S("One of them, Ruben Castellanos of Marrowgate Asset Management, confirmed that he had called.", RCs, "Marrowgate Asset Management", "ev", "0"),
    S("“Lowmoor is a good company with one good drug, and we were being asked to pay for three,” he said.", RCs, LB, "cl", "-"))
d.p(S("Haldane said the investor pressure, not the contingent payment, was what ended the talks.", DH, "", "cc", "0", c="qv"),
    S("Quintrell declined to comment on the investor calls.", None, QP, "cx", "0"))
d.h("The aftermath")
d.p(S("Lowmoor’s shares have since fallen to $22, below where they traded before the talks became public.", None, LB, "ev", "0"),
    S("The company said on Monday that it had received no new approaches.", LB, LB, "ev", "0"),
    S("Analysts at Pennyfeather & Gault, which is not advising either company, think Lowmoor’s board misjudged its leverage.", "Pennyfeather & Gault", LB, "cl", "-", k="pg"),
    S("Velorant’s sales growth slowed to 9% in the second quarter, they noted, and the drug faces a generic challenge in 2029.", "Pennyfeather & Gault", LB, "ev", "-"))
d.p(S("Not every shareholder blames the board.", None, "", "cc", "+", c="pg"),
    S("Lowmoor’s second-largest investor, the Hawkridge Life Sciences Fund, said in a statement that the board had been right to insist on protection for velorant’s upside.", "Hawkridge Life Sciences Fund", LB, "cl", "+"),
    S("It expects Lowmoor to receive “better offers, from Quintrell or others, within a year.”", "Hawkridge Life Sciences Fund", LB + ";" + QP, "pr", "+"))
d.p(S("Ellwood, speaking at an industry conference on Tuesday, said Quintrell had “moved on” and would look at other acquisitions.", ME, QP, "ev", "0"),
    S("Asked whether she would return to Lowmoor at a lower price, she smiled and said only that she “never says never.”", ME, LB, "cx", "0"))
d.p(S("A return at $22 would cost Quintrell far less than the deal it walked away from, which may be the most awkward fact of all for Lowmoor’s board.", None, QP + ";" + LB, "cl", "-"))

page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>How the Quintrell&ndash;Lowmoor deal fell apart in five days &mdash; The Ledger Room</title>
<meta property="og:site_name" content="The Ledger Room">
<meta property="og:type" content="article">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="single-story">
<div class="topbar"><a href="/" class="brand">The Ledger Room</a>
<nav aria-label="Sections">
<a href="/deals">Deals</a> <a href="/pharma">Pharma</a> <a href="/markets">Markets</a> <a href="/opinion">Opinion</a> <a href="/login">Sign in</a> <a href="/join" class="cta">Become a member</a>
</nav></div>
<div class="cookie-notice">We use cookies to understand how you use our site. <button>Accept</button> <button>Manage</button></div>
<main id="content">
<article>
<header>
<span class="section-label">Deals &middot; The Long Read</span>
<h1>How the Quintrell&ndash;Lowmoor deal fell apart in five days</h1>
<p class="standfirst">A handshake over dinner, a request on Tuesday, and a share price that did the rest.</p>
<div class="meta"><time datetime="2026-10-03">3 October 2026</time> &middot; 9 min read</div>
<div class="share-tools"><a href="#" data-share="copy">Copy link</a> <a href="https://share.example/x">X</a> <a href="https://share.example/li">LinkedIn</a> <a href="https://share.example/mail">Email</a></div>
</header>
<section class="article-body">
{d.html_body("")}
</section>
<div class="author-box">
<img src="/img/authors/cmoreau.jpg" alt="">
<p class="author-name">Caspian Moreau</p>
<p class="author-bio">Caspian Moreau covers pharmaceutical deals for The Ledger Room. He was previously a healthcare reporter at a wire service.</p>
<a href="/authors/caspian-moreau">More from Caspian Moreau</a>
</div>
</article>
<aside class="read-next">
<h2>Read next</h2>
<ol>
<li><a href="/pharma/velorant-generic-challenge">The 2029 problem hanging over velorant</a></li>
<li><a href="/deals/quintrell-ellwood-profile">Margarethe Ellwood&rsquo;s shopping list</a></li>
<li><a href="/deals/cvr-explainer">What is a contingent value right, and who wins from one?</a></li>
</ol>
</aside>
</main>
<footer class="site-footer">
<p>The Ledger Room &copy; 2026. Independent financial journalism.</p>
<p><a href="/about">About</a> | <a href="/privacy">Privacy</a> | <a href="/corrections">Corrections</a></p>
</footer>
</body>
</html>
"""
d.write(page)
