from mk import *
SW, CL, TR, KR, SBN = 'Sablewick Software', 'Corvasse Learning', 'Thimbleby & Ross', 'Kittle Row Asset Management', 'School Bursars’ Network'
EV, MA, ZM, RA = 'Eamon Valcourt', 'Magnus Arkwright-Pell', 'Zofia Merriweather', 'Rufus Odenwald'
LP = 'Lanterngate Post'
body = [
 P(S('More than 600 employees of Sablewick Software have signed an open letter asking the company to reverse its decision to end free accounts for state schools, according to a copy seen by the Lanterngate Post.', LP, SW, 'ev'),
   S('The letter, addressed to chief executive Magnus Arkwright-Pell, was posted on the company’s internal forum on Tuesday and had gathered signatures from engineers, support staff and two vice-presidents by Thursday.', None, SW, 'ev')),
 P(S('The letter was drafted by Eamon Valcourt, a senior engineer in the company’s classroom team.', EV, SW, 'cx'),
   S('It says the free tier, used by about 9,000 schools, is the main reason teachers recommend Sablewick’s paid products to the districts that buy them.', EV, SW, 'cl', '-', k='funnel'),
   S('“Ending it saves a few million dollars in hosting and throws away the only marketing we have ever had that works,” the letter says.', EV, '', 'cl', '-'),
   S('It also accuses management of announcing the change without consulting the company’s own education advisory board.', EV, SW, 'cl')),
 P(S('Arkwright-Pell replied in an all-staff email on Thursday evening, which the Post has also seen.', MA, '', 'cx'),
   S('“I understand why people feel strongly, and I share the goal,” he wrote.', MA, '', 'cl'),
   S('“But a free product that costs us $14 million a year and converts fewer than one school in fifty into a paying district is not a marketing channel; it is a subsidy.”', MA, '', 'cc', '+', k='subsidy', c='funnel'),
   S('He said schools already on the free tier would keep their accounts until the end of the academic year, and that a discounted plan at $1 per pupil would follow.', MA, '', 'ev')),
 P(S('Valcourt said the conversion figure was misleading.', EV, '', 'cc', '-', c='subsidy'),
   S('Districts, not schools, buy Sablewick’s products, he said, and an internal survey last spring found that 61% of districts that became customers had first used the free tier in at least one school.', EV, SW, 'ev', '-', k='survey'),
   S('The company did not dispute the survey but said it had been “a small sample of enthusiastic customers”.', SW, SW, 'cc', '+', c='survey')),
 P(S('Investors have mostly welcomed the change.', None, '', 'cl', '+', k='welcome'),
   S('The shares have risen 8% since it was announced in October.', None, SW, 'ev'),
   S('Zofia Merriweather, an analyst at Thimbleby & Ross, said the free tier had become “a cost centre with a mission statement” and that the company needed the cash to compete with Corvasse Learning, which has been cutting prices.', ZM, CL+';'+SW+';'+TR, 'cl', '+'),
   S('She raised her price target to $58.', ZM, '', 'rc', '+'),
   S('In her view the staff letter is “a culture story, not a numbers story”.', ZM, '', 'cl')),
 P(S('Not every investor is so sure.', None, '', 'cc', '-', c='welcome'),
   S('Rufus Odenwald, who manages a technology fund at Kittle Row Asset Management and owns the shares, said the staff had a point.', RA, KR+';'+SW, 'cl', '-'),
   S('“Sablewick is a teachers’ brand,” he said.', RA, SW, 'cl'),
   S('“If the teachers stop talking about it, the districts stop buying it, and nothing in the quarterly numbers will show that for two years.”', RA, '', 'pr', '-')),
 P(S('The School Bursars’ Network, which represents finance staff at about 3,000 schools, said most of its members could not afford the new plan.', SBN, SBN, 'ev', '-'),
   S('A Corvasse spokesperson said the company would offer free accounts to any school leaving Sablewick.', CL, CL+';'+SW, 'ev'),
   S('Corvasse’s offer was announced on Wednesday, a day after the letter began circulating.', None, CL, 'ev')),
 P(S('Staff who signed the letter say they will not strike or resign.', None, '', 'ev'),
   S('What they want, Valcourt said, is a meeting.', EV, '', 'rc'),
   S('Arkwright-Pell’s email did not offer one.', None, '', 'cx'),
   S('Sablewick reports third-quarter results on 11 December.', None, SW, 'ev')),
]
head = '''<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>Sablewick staff revolt over end of free school accounts - The Lanterngate Post</title>
  <meta property="og:site_name" content="The Lanterngate Post">
</head>
<body>
  <div class="masthead"><a href="/">The Lanterngate Post</a></div>
  <nav><ul><li><a href="/tech">Tech</a></li><li><a href="/business">Business</a></li><li><a href="/education">Education</a></li><li><a href="/subscribe" class="cta">Subscribe</a></li></ul></nav>
  <article class="story">
    <div class="section-label">Technology</div>
    <h1>Sablewick staff revolt over end of free school accounts</h1>
    <p class="dek">Hundreds of employees sign a letter to the chief executive; he calls the free tier &ldquo;a subsidy&rdquo;</p>
    <div class="byline">By <a href="/staff/anouk-tremellen">Anouk Tremellen</a>, Technology Correspondent</div>
    <time datetime="2026-12-04T18:30:00Z">Dec. 4, 2026</time>
    <div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
    <section class="story-body">
'''
tail = '''    </section>
    <div class="share-tools bottom"><a href="#">Share this story</a></div>
  </article>
  <aside class="related"><h4>Related coverage</h4><ul>
    <li><a href="/tech/sablewick-free-tier-ends">Sablewick to end free accounts for schools</a></li>
    <li><a href="/tech/corvasse-price-cut">Corvasse Learning cuts prices again</a></li></ul></aside>
  <footer><p>&copy; 2026 The Lanterngate Post. All rights reserved. <a href="/privacy">Privacy policy</a></p></footer>
</body>
</html>
'''
build('sablewick-staff-letter.html', 'html', 'Anouk Tremellen', body, head, tail)
