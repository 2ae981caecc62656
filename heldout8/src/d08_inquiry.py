from mk import *
F = 'pellinor-outage-review.html'
CW='Cressida Wren'; VA='Imogen Ashworth-Kane'; MI='Marcus Ilori'; GP='Gwenllian Pryce-Morgan'; SD='Saskia Dornier'; RO='Rhys Okonkwo'
PP='Pellinor Payments'; KS='Korvath Systems'; POB='Payments Oversight Board'; IRF='Independent Retailers’ Federation'
dsl = f'''
An independent review of the three-day outage that stopped card payments at 40,000 shops in March has found that Pellinor Payments put a software update into its live systems without testing it properly, and that its board had been warned of the risk a year earlier. || @ | {PP} | ev | -
The review, led by Dame Imogen Ashworth-Kane, a former appeal court judge, was commissioned by the Payments Oversight Board and published on Tuesday. || @ | {POB} | ev | 0

## What the review found

About 1.2 million card transactions failed between 14 and 16 March, according to the review. || {VA} | | ev | -
The update, written by Pellinor’s outside supplier, Korvath Systems, changed how the company’s servers matched payments to merchants. || {VA} | {KS}, {PP} | ev | 0
[ts] It was tested on a copy of the system that held a tenth of the live data, and it went live at 2 a.m. on a Saturday with no engineer from either company on call, the review says. || {VA} | | ev | -
“This was not a sophisticated failure,” Ashworth-Kane wrote. || {VA} | | cl | -
[rq] “It was an ordinary one, made worse by a board that had been told and did not act.” || {VA} | | cl | -

The review found that Pellinor’s internal auditors had warned directors in February 2025 that changes were reaching live systems without sign-off. || {VA} | {PP} | ev | -

## Pellinor’s response

Pellinor’s chief executive, Marcus Ilori, said the company accepted the review’s findings “almost in full” and apologised to every merchant affected. || {MI} | {PP} | ev | 0
It has since hired a chief technology officer from outside and now tests every change on a full copy of the live system, he said. || {MI} | | ev | +
But Ilori disputed the review’s account of the board’s role. || {MI} | | cc | 0 | rq
The 2025 audit report listed 31 findings, he said, and the one about software changes was graded “medium”, not “high”. || {MI} | | ev | 0
[bd] “The board acted on every high-risk finding that year,” he told reporters. || {MI} | | cl | +

That defence has a gap. || @ | | cc | - | bd
The review notes that the same auditors raised the grade to “high” in a follow-up report in October 2025, five months before the outage. || {VA} | | ev | -

## The supplier

Korvath Systems said in a statement that testing was Pellinor’s responsibility under their contract, and that it had delivered the update on time and to Pellinor’s specification. || {KS} | {KS}, {PP} | cc | 0 | ts
The review did not apportion blame between the two companies. || @ | | ev | 0
Pellinor has not said whether it will seek damages from Korvath. || @ | {KS}, {PP} | cx | 0

## Merchants and the regulator

The Independent Retailers’ Federation said the £11 million Pellinor has set aside for compensation was “a fraction of what shops lost”. || {IRF} | {PP} | cl | -
By the federation’s estimate, its members alone lost £46 million in sales over the three days. || {IRF} | | ev | -
Its director, Gwenllian Pryce-Morgan, wants the Payments Oversight Board to order compensation rather than leave it to Pellinor. || {GP} | {POB}, {PP} | re | 0
The Oversight Board said it would decide by the spring whether to open an enforcement case against Pellinor. || {POB} | {POB}, {PP} | ev | -

## The market’s view

Pellinor’s shares rose 3% on Tuesday, as investors had feared a harsher report. || @ | {PP} | ev | 0
[sd] Saskia Dornier, an analyst at Fellgate Securities, thinks the worst is now known. || {SD} | Fellgate Securities | cl | +
In her view, even a fine at the top of the regulator’s recent range would cost Pellinor less than a quarter of one year’s profit, and merchants have few alternatives. || {SD} | {POB}, {PP} | cl | +
Rhys Okonkwo of Tamar Street Research is less relaxed. || {RO} | Tamar Street Research | cc | - | sd
Three large retail chains have started testing a rival processor since the outage, he noted, and contracts with all three come up for renewal next year. || {RO} | | ev | -
He rates the shares a sell. || {RO} | {PP} | re | -
'''
def render(b):
    return f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Pellinor outage review: untested update and an unheeded warning | Harbourgate Financial News</title>
  <meta property="og:site_name" content="Harbourgate Financial News">
</head>
<body>
  <div class="top-bar"><a href="/">Harbourgate Financial News</a> <a class="subscribe" href="/subscribe">Subscribe from &pound;1</a></div>
  <nav aria-label="Sections">
    <ul><li><a href="/companies">Companies</a></li><li><a href="/payments">Payments</a></li><li><a href="/regulation">Regulation</a></li><li><a href="/markets">Markets</a></li></ul>
  </nav>
  <main id="main">
    <article>
      <header>
        <div class="section-label">Payments</div>
        <h1>Pellinor outage review finds untested update and an unheeded warning</h1>
        <p class="dek">The company accepts most of the findings but disputes what they say about its board.</p>
        <address class="byline">By <a rel="author" href="/authors/cressida-wren">Cressida Wren</a>, Payments Correspondent</address>
        <time datetime="2026-11-17T18:30:00+00:00">17 November 2026, 6.30pm</time>
        <div class="share"><a href="/share/x">X</a><a href="/share/linkedin">LinkedIn</a><a href="/share/email">Email</a></div>
      </header>
      <div class="story-body">
{html_body(b)}
      </div>
    </article>
    <section class="related">
      <h2>Related stories</h2>
      <ul>
        <li><a href="/payments/pellinor-outage-day-two">Card payments still down at thousands of shops on day two</a></li>
        <li><a href="/regulation/oversight-board-fines">What the Oversight Board has fined payment firms since 2022</a></li>
        <li><a href="/companies/korvath-contracts">Korvath Systems wins &amp; loses: its biggest contracts</a></li>
      </ul>
    </section>
  </main>
  <footer>
    <p>&copy; Harbourgate Financial News 2026. Registered in England.</p>
    <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a>
  </footer>
</body>
</html>
'''
build(F, CW, dsl, render)
