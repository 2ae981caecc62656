from mk import *
F = 'quiver-staff-reviews.html'
TE='Tomasz Eberhardt'; AB='Annelise Quaid'; LV='Lionel Vandersloot'; FQ='Feodora Quist'
QF='Quiver Finance'; CN='Cubicle Notes'
dsl = f'''
[p1] Quiver Finance’s own staff have turned sharply against it this year, if the anonymous reviews they post online are any guide, and some investors have started to pay attention. || @ | {QF} | ev | -
[cn] According to Cubicle Notes, the employer-review site, Quiver’s average rating fell from 4.1 out of 5 in January to 2.9 in October, the steepest fall among the 40 financial-technology companies it tracks. || {CN} | {QF} | ev | -
The share of reviewers who would recommend the company to a friend dropped from 78% to 41% over the same period, the site’s figures show. || {CN} | {QF} | ev | -

## What staff say

The complaints cluster around two changes. || @ | | cx | 0
In April Quiver moved its customer-support team to a contractor, Bellwether Services, and in June it ended a four-day-week trial six weeks early. || @ | Bellwether Services, {QF} | ev | 0
[pm] “Leadership promised the trial would run to the end of the year and then cancelled it by email on a Friday,” wrote one reviewer who described herself as a product manager. || @ | | cl | -
Another, listed as a risk analyst, wrote that the collections team had been told to “call more often and ask less”. || @ | | ev | -
Cubicle Notes does not check that reviewers work where they say they do, though it says it removes reviews it finds to be fake. || {CN} | {CN} | ev | 0

Not all the reviews are hostile. || @ | | cc | 0 | p1
Engineers, in particular, still rate the company at 3.8, and several praise the pay. || @ | {QF} | ev | +

## The company replies

Quiver’s chief people officer, Annelise Quaid, has answered dozens of the reviews on the site, which lets employers post public replies. || {AB} | {QF} | cx | 0
“We ended the trial because response times for customers got worse, not because we stopped caring about our people,” one of her replies reads. || {AB} | | cc | 0 | pm
[ab] In an interview, she said the support move had saved about £6 million a year and that customer complaints had fallen since. || {AB} | | ev | +
“Ratings on these sites always dip when you change things,” she said. || {AB} | | cc | 0 | cn
“They come back when people see the results.” || {AB} | | pr | +
Complaints to the Financial Ombudsman Office about Quiver, however, rose by a third in the third quarter, according to the office’s quarterly data. || Financial Ombudsman Office | {QF} | cc | - | ab
A Bellwether spokesman declined to comment. || @ | Bellwether Services | cx | 0

## Does it matter?

Investors have rarely paid much attention to review sites. || @ | | cl | 0
Lionel Vandersloot, who manages a fintech fund at Greyhaven Capital, thinks that is a mistake. || {LV} | Greyhaven Capital | cl | 0
[lv] In his experience, a sustained fall in staff ratings tends to come six to twelve months before a fall in customer numbers, because the best people leave first. || {LV} | | cl | 0
He sold half of Greyhaven’s Quiver shares in September. || {LV} | Greyhaven Capital, {QF} | ev | -

[fq] Dr. Feodora Quist, an economist at Cobbridge Business School who studies workplace data, is sceptical. || {FQ} | Cobbridge Business School | cc | 0 | lv
Reviews are written disproportionately by people who are leaving or angry, she said, and a company that changes how it asks staff for reviews can move its rating by half a point without changing anything else. || {FQ} | | cl | 0
In a 2025 study of 300 companies, she found that ratings explained almost none of the later change in sales. || {FQ} | | ev | 0

Vandersloot’s reply is that he does not use ratings on their own. || {LV} | | cc | 0 | fq
“I use them to decide which questions to ask management,” he said. || {LV} | | cl | 0

My own read is that the ratings matter less than the ombudsman figures, which Quiver cannot answer with a reply on a website. || @ | {QF} | cl | -

## What to watch

Quiver reports third-quarter results on 12 December, when investors will see whether the complaints show up in customer numbers. || @ | {QF} | pr | 0
Cubicle Notes says it will publish its annual ranking of fintech employers in January. || {CN} | {CN} | pr | 0
'''
def render(b):
    return f'''<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Quiver&rsquo;s staff have soured. Should its investors care? &mdash; Wirebrook</title>
<meta name="author" content="Tomasz Eberhardt">
<meta name="description" content="Employer reviews of the payments start-up have collapsed this year.">
</head>
<body class="single-post">
<div class="site-header">
  <a href="/" class="site-title">Wirebrook</a>
  <nav id="primary-menu">
    <a href="/fintech">Fintech</a> | <a href="/markets">Markets</a> | <a href="/work">Work</a> | <a href="/newsletters">Newsletters</a> | <a href="/login">Sign in</a>
  </nav>
</div>
<div class="content">
  <article id="post-8812">
    <header class="entry-header">
      <span class="category"><a href="/work">Work</a></span>
      <h1 class="entry-title">Quiver&rsquo;s staff have soured. Should its investors care?</h1>
      <p class="byline">By <span class="author">Tomasz Eberhardt</span> &middot; <time datetime="2026-11-24T07:00:00Z">24 November 2026</time> &middot; 5 min read</p>
      <div class="share-top"><a href="#" class="share-x">Post</a> <a href="#" class="share-li">Share on LinkedIn</a> <a href="#" class="copy-link">Copy link</a></div>
    </header>
    <div class="entry-content">
{html_body(b)}
    </div>
    <div class="share-bottom">Share this story: <a href="#">X</a> &middot; <a href="#">LinkedIn</a> &middot; <a href="#">Email</a></div>
  </article>
  <aside class="more-stories">
    <h3>More from Work</h3>
    <ol>
      <li><a href="/work/four-day-week-fintech">Which fintechs still run a four-day week?</a></li>
      <li><a href="/work/bellwether-contracts">Bellwether&rsquo;s outsourcing contracts, mapped</a></li>
      <li><a href="/fintech/bnpl-complaints">Buy-now-pay-later complaints hit a record</a></li>
    </ol>
  </aside>
</div>
<footer class="site-footer">
  <p>Wirebrook is an independent publication. &copy; 2026 Wirebrook Media.</p>
  <p><a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy &amp; cookies</a></p>
</footer>
</body>
</html>
'''
build(F, TE, dsl, render)
