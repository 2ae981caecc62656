"""HTML full saved page: a securities class-action settlement website's FAQ page."""
from mk import Doc, s, html_body

FA = 'Fallbright Claims Administration'
TF = 'Thelwick Firefighters’ Pension Fund'
AL = 'Ambery Lusk LLP'
DOC = d = Doc('oarwell-settlement-faq.html', default=FA, co={
    'OF': 'Oarwell Fitness', 'SX': 'Stridelux', 'FA': FA})

d.h('What is this lawsuit about?')
d.p(s('Shareholders have sued Oarwell Fitness, claiming that it misled investors about how many members renewed their subscriptions to its rowing classes.', None, 'OF', 'ev', 'be'),
    s('The lead plaintiff, the Thelwick Firefighters’ Pension Fund, alleges that Oarwell reported renewal rates above 90% while its internal reports showed them falling below 70%.', TF, 'OF', 'ev', 'be'),
    s('The complaint also says the company’s former finance chief sold shares worth $4.1 million two weeks before the figure was corrected.', TF, 'OF', 'ev', 'be'),
    s('Oarwell’s shares fell 37% on 11 February 2025, the day it restated the renewal figure.', None, 'OF', 'ev', 'ne'))
d.h('Does Oarwell admit that it did anything wrong?')
d.p(s('Oarwell denies all of the claims and has agreed to settle only to avoid the cost and distraction of further litigation.', 'Oarwell Fitness', 'OF', 'cc', 'bu', c='alleges that Oarwell reported renewal rates'),
    s('In its answer to the complaint, Oarwell said the renewal figure was “accurately calculated under a methodology disclosed in every annual report”.', 'Oarwell Fitness', 'OF', 'cl', 'bu'),
    s('The Court has not decided which side is right.', None, '', 'cx', 'ne'))
d.h('Who is included?')
d.p(s('You are a class member if you bought Oarwell Fitness common stock between 3 March 2024 and 11 February 2025 and were harmed.', None, 'OF', 'ev', 'ne'),
    s('The company’s officers and directors, and their families, are excluded.', None, 'OF', 'ev', 'ne'))
d.h('How much is the settlement?')
d.p(s('Oarwell and its insurers will pay $38 million into a settlement fund by 30 January.', None, 'OF', 'ev', 'ne'),
    s('Oarwell’s latest annual report says insurers will cover all but $9 million of it.', 'Oarwell Fitness', 'OF', 'ev', 'ne'),
    s('Lead counsel, Ambery Lusk LLP, estimates that the average recovery will be about 41 cents per damaged share, before fees and expenses.', AL, '', 'pr', 'ne'))
d.h('Why is there a settlement?')
d.p(s('The lead plaintiff believes its claims are strong but faced real risks at trial, including Oarwell’s argument that the share price fell because of a rival’s launch rather than the restated figure.', TF, 'OF', 'cl', 'ne'),
    s('Oarwell says Stridelux’s folding rower, launched the same week, explains most of the fall.', 'Oarwell Fitness', 'OF,SX', 'cl', 'ne'),
    s('Lead counsel says the settlement recovers about 14% of the largest damages a jury could have awarded, which it calls “an excellent result given the risks”.', AL, '', 'cl', 'ne'))
d.h('How much will the lawyers be paid?')
d.p(s('Lead counsel will ask the Court for fees of up to 28% of the settlement fund, plus expenses of no more than $900,000.', AL, '', 'ev', 'ne'))
d.h('Has anyone objected?')
d.p(s('One objection has been filed so far, by Cyprian Mottershead, a retired engineer who says he bought 22,000 shares during the class period.', 'Cyprian Mottershead', '', 'cx', 'ne'),
    s('He argues that 41 cents a share is too little, because the lead plaintiff’s own damages expert put investors’ losses at $270 million.', 'Cyprian Mottershead', '', 'cc', 'ne', c='an excellent result given the risks'),
    s('He also objects to the fee request, which he calls “a quarter of our money for a case that never saw a courtroom”.', 'Cyprian Mottershead', '', 'cc', 'ne', c='fees of up to 28%'))
d.p(s('Lead counsel has replied that the $270 million figure assumed the class would win on every disputed point, which no jury would have done.', AL, '', 'cc', 'ne', c='He argues that 41 cents'))
d.h('What should I do?')
d.p(s('To receive a payment, you must submit a claim form by 14 March.', None, '', 're', 'ne'),
    s('If you do nothing, you will receive no payment and you will give up any right to sue Oarwell separately over the same claims.', None, 'OF', 'pr', 'ne'))
d.p(s('Objections must reach the Court by 21 February.', None, '', 're', 'ne'),
    s('The Court will hold the final approval hearing on 7 March.', None, '', 'ev', 'ne'))
d.h('Where can I get more information?')
d.p(s('This website is run by the claims administrator, Fallbright Claims Administration, which can also be reached by telephone on weekdays.', None, 'FA', 'cx', 'ne'),
    s('This page is only a summary; the full settlement agreement is available on the Documents page.', None, '', 'cx', 'ne'))


def render():
    return HEAD + html_body(d, ent=False, indent='      ') + TAIL


HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Frequently Asked Questions | Oarwell Fitness Securities Litigation</title>
<meta name="description" content="Answers to common questions about the proposed $38 million settlement of the Oarwell Fitness securities class action.">
<meta property="og:site_name" content="Fallbright Claims Administration">
<meta name="robots" content="index,follow">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "FAQPage",
 "name": "Oarwell Fitness Securities Litigation: Frequently Asked Questions",
 "publisher": {"@type": "Organization", "name": "Fallbright Claims Administration"},
 "dateModified": "2026-12-01"}
</script>
<link rel="stylesheet" href="/css/settlement.css">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<div class="notice-bar">Deadline to submit a claim: <strong>14 March 2027</strong>. <a href="/file-a-claim">File a claim online</a></div>
<header class="site-header">
  <p class="case-name">Oarwell Fitness Securities Litigation</p>
  <p class="case-no">Case No. 25-cv-0418</p>
</header>
<nav class="site-nav">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/faq" aria-current="page">Frequently Asked Questions</a></li>
    <li><a href="/important-dates">Important Dates</a></li>
    <li><a href="/documents">Documents</a></li>
    <li><a href="/file-a-claim">File a Claim</a></li>
    <li><a href="/contact">Contact Us</a></li>
  </ul>
</nav>
<main id="main">
  <h1>Frequently Asked Questions</h1>
  <p class="updated">Last updated: 1 December 2026</p>
  <div class="faq">
'''

TAIL = '''  </div>
  <p class="print-link"><a href="javascript:window.print()">Print this page</a> | <a href="/documents/long-form-notice.pdf">Download the full notice (PDF)</a></p>
</main>
<aside class="dates">
  <h2>Important dates</h2>
  <ul>
    <li>Claim forms due: 14 March 2027</li>
    <li>Objections and exclusions due: 21 February 2027</li>
    <li>Final approval hearing: 7 March 2027</li>
  </ul>
</aside>
<footer class="site-footer">
  <p>Questions? Call the claims administrator toll-free or write to Oarwell Settlement, c/o Fallbright Claims Administration, PO Box 7731.</p>
  <p>Please do not contact the Court or the Clerk of the Court about this settlement.</p>
  <p><a href="/privacy">Privacy policy</a></p>
</footer>
</body>
</html>
'''
