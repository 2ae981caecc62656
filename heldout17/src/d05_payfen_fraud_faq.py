"""Consumer site's accordion FAQ (details/summary) on an app bank's fraud-refund refusals (HTML)."""
from mk import Doc, s, esc

P = "Payfen Money"
PSO = "Payment Standards Office"
MDO = "Money Disputes Ombudsman"
CL = "Corentin Lamarr-Eze"
HF = "Honorine Ferreday"
SM = "Sebastiaan Moorcroft"


def q(d, question):
    d.raw('<details class="faq-item" open>\n<summary>%s</summary>\n' % esc(question))


def endq(d):
    d.raw("</details>\n")


def build():
    d = Doc("payfen-fraud-refunds-faq.html", "html", default="Tallulah Ormerod")
    d.raw("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Payfen fraud refunds: your questions answered | Plainpurse</title>
<meta name="description" content="Why Payfen Money refuses so many fraud refund claims, what the new rules change and what to do if you have been refused.">
<meta property="og:site_name" content="Plainpurse">
<link rel="canonical" href="https://plainpurse.example/guides/payfen-fraud-refunds-faq">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"Payfen fraud refunds: your questions answered","publisher":{"@type":"Organization","name":"Plainpurse"}}</script>
<script>window.ppConsent = window.ppConsent || {analytics: false};</script>
</head>
<body>
<div class="cookie-banner" role="dialog">We use cookies to see which guides are read. <button>Accept</button> <button>Reject</button> <a href="/cookies">Cookie settings</a></div>
<header class="masthead">
<a class="logo" href="/">Plainpurse</a>
<nav><ul><li><a href="/banking">Banking</a></li><li><a href="/scams">Scams</a></li><li><a href="/energy">Energy</a></li><li><a href="/complaints">Complaints</a></li><li><a class="btn" href="/join">Join free</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/scams">Scams</a> &rsaquo; Payfen refunds</div>
<main>
<article class="guide">
<p class="kicker">Scams and fraud</p>
<h1>Payfen fraud refunds: your questions answered</h1>
<p class="dek">The app bank turns down more claims than any big rival. Here is why, and what you can do.</p>
<p class="byline">Written by <a href="/authors/tallulah-ormerod">Tallulah Ormerod</a>, Consumer Rights Editor</p>
<p class="meta"><time datetime="2026-11-24">24 November 2026</time> &middot; Updated 3 December 2026</p>
<ul class="share"><li><a href="#">Share by email</a></li><li><a href="#">Copy link</a></li><li><a href="#">Print</a></li></ul>
<div class="guide-body">
""")
    d.p(s("Payfen Money, the app-based bank with 1.8 million customers, refused more than half of the fraud refund claims it received last year.", "ev", "-", co=[P]),
        s("Readers have sent us hundreds of questions about it, and we answer the most common below.", "cx"))

    q(d, "How often does Payfen refuse fraud refunds?")
    d.p(s("Payfen refused 54% of the claims it received in 2025, according to figures it filed with the Payment Standards Office.", "ev", "-", sp=P, co=[P]),
        s("The average across the eight largest banks was 23%, the office’s figures show.", "ev", sp=PSO))
    endq(d)

    q(d, "Why does Payfen say it refuses so many?")
    d.p(s("Payfen says most refused claims involve customers who ignored a warning in the app before sending money.", "cl", "+", sp=P, co=[P]),
        s("Its chief executive, Corentin Lamarr-Eze, told a fintech conference in May that “a bank cannot be an insurer against every decision a customer makes.”", "cl", "+", sp=CL),
        s("He said Payfen’s fraud losses per customer were the lowest of any bank its size.", "ev", "+", sp=CL, co=[P]))
    d.p(s("Tetherline Fraud Support, a charity that helps scam victims, does not accept the warning defence.", "cc", "-", sp="Tetherline Fraud Support", ct="ignored a warning in the app"),
        s("Its director, Honorine Ferreday, said the warnings appear “on every payment, so customers learn to tap straight through them.”", "cl", "-", sp=HF),
        s("She pointed to cases in which Payfen refused refunds to customers who had been coached by fraudsters on the phone while the warning was on screen.", "ev", "-", sp=HF, co=[P]))
    endq(d)

    q(d, "Do the new rules change anything?")
    d.p(s("From 1 April, payment firms must refund most victims of authorised push-payment fraud within five working days, under rules set by the Payment Standards Office.", "ev", co=[PSO]),
        s("A firm can refuse only if it can show the customer was grossly negligent.", "ev"),
        s("Payfen says its refusal rate will fall “to the industry norm” once the rules apply.", "pr", "+", sp=P, co=[P]))
    d.p(s("That is less reassuring than it sounds.", "cc", "-", ct="to the industry norm"),
        s("Payfen has told the office it will treat ignoring an in-app warning as gross negligence, according to its response to the office’s consultation.", "ev", sp=P, co=[P, PSO]),
        s("If the office accepts that reading, little will change for Payfen’s customers.", "pr", "-", co=[P, PSO]))
    d.p(s("The Payment Standards Office said it would publish its view on gross negligence before the rules start.", "ev", sp=PSO, co=[PSO]))
    endq(d)

    q(d, "What does the ombudsman say?")
    d.p(s("The Money Disputes Ombudsman upheld 71% of the complaints about Payfen fraud refusals that it decided last year, against 44% across the industry, according to its annual complaints data.", "ev", "-", sp=MDO, co=[MDO, P]),
        s("A Payfen spokeswoman said the upheld cases were “a small share of a small share” of its payments, and that the firm had changed its process since.", "cc", "+", sp=P, co=[P], ct="upheld 71% of the complaints"))
    d.p(s("Sebastiaan Moorcroft, a bank analyst at Pettigrew Lane, thinks the refusals are also a business decision.", "cc", "-", sp=SM, co=["Pettigrew Lane"], ct="most refused claims involve"),
        s("By his estimate, refunding at the industry rate would have cost Payfen £19 million last year, about a third of its profit.", "cl", "-", sp=SM, co=[P]),
        s("He rates Payfen’s shares a sell.", "rc", "-", sp=SM, co=[P]))
    endq(d)

    q(d, "I was refused. What should I do?")
    d.p(s("Ask Payfen for its final response in writing, and take it to the ombudsman if the answer is still no.", "rc", co=[MDO, P]),
        s("Honorine Ferreday’s advice is to keep screenshots of every message from the fraudster, including the phone numbers.", "rc", sp=HF),
        s("Payfen did not respond to our question about how many refused customers it has since refunded.", "cx", co=[P]))
    d.p(s("Update, 3 December: Payfen has since told us it refunded 1,200 customers after reviewing their claims again.", "ev", sp=P, co=[P]))
    endq(d)

    d.raw("""</div>
<ul class="share share-bottom"><li><a href="#">Share by email</a></li><li><a href="#">Copy link</a></li></ul>
<aside class="newsletter"><h2>Scam alerts, every Friday</h2><p>Get our weekly round-up of new scams and how to spot them.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
</article>
<aside class="related"><h2>Related guides</h2><ul><li><a href="/scams/push-payment-fraud">What is push-payment fraud?</a></li><li><a href="/complaints/ombudsman">How to take a complaint to the ombudsman</a></li><li><a href="/banking/app-banks-compared">App banks compared</a></li></ul></aside>
</main>
<footer><p>Plainpurse is a free consumer guide. We do not take money from the firms we write about.</p><p>&copy; 2026 Plainpurse &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact us</a></p></footer>
<script src="/assets/faq.js"></script>
</body>
</html>
""")
    return d
