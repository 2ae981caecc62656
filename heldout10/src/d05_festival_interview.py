from mk import *
MM, CC, HY, FL = 'Marrowby Marine', 'Caldmouth Crossings', 'Hallerby Yards', 'Fathom Lane Capital'
IS, BO, CR = 'Ingrid Solvay-Hart', 'Bettina Corrigall', 'Colm Restrick'
OL, SH, RE = 'CORRIGALL:', 'SOLVAY-HART:', 'COLM RESTRICK (Fathom Lane Capital):'
body = [
 P(S('Ingrid Solvay-Hart founded Marrowby Marine in 2017 to build battery-electric workboats, and took it public last year.', None, MM, 'ev'),
   S('She spoke to Bettina Corrigall at the Tidewater Business Festival on Saturday; the conversation has been edited for length.', IS, '', 'cx'),
   S('The shares have fallen by half since the listing.', None, MM, 'ev')),
 P(S('You said at the listing that Marrowby would be profitable by the end of 2026.', BO, MM, 'ev'),
   S('It won’t be, will it?', BO, '', 'cl', '-'), label=OL),
 P(S('No, and I was wrong to put a date on it.', IS, '', 'cl', '-'),
   S('What I didn’t expect was that two of our three biggest customers, both ferry operators, would wait for the port-charging grants before ordering.', IS, '', 'ev', '-'),
   S('Those grants were confirmed in October, and we have had eleven orders since.', IS, '', 'ev', '+', k='orders'), label=SH),
 P(S('Eleven orders is not many for a company that planned to build sixty boats a year.', BO, '', 'cc', '-', k='few', c='orders'), label=OL),
 P(S('It’s not, but each of those orders is for a fleet, not a boat.', IS, '', 'cc', '+', c='few'),
   S('The Caldmouth Crossings order alone is for nine vessels over four years.', IS, CC, 'ev', '+'), label=SH),
 P(S('Your finance director told analysts last month that the company might need to raise money again next year.', BO, MM, 'ev', '-', k='raise'),
   S('Will you?', BO, '', 'cx'), label=OL),
 P(S('Possibly, for the second yard.', IS, '', 'pr'),
   S('We have enough cash to build everything on the order book, and I would rather raise money because customers want more boats than because we are running short.', IS, '', 'cc', '+', k='want', c='raise'), label=SH),
 P(S('Let me bring in the room.', BO, '', 'cx'), label=OL),
 P(S('We own a small stake, so I should declare an interest.', CR, '', 'ev'),
   S('My worry is diesel: the operators I speak to say a new diesel boat costs a third of yours and they can run it for twenty years.', CR, '', 'cc', '-', k='diesel', c='want'), label=RE),
 P(S('They can, if fuel stays cheap and the ports keep letting diesel boats in.', IS, '', 'cc', '+', c='diesel'),
   S('Four of the six ports on the east coast have said they will charge diesel vessels more from 2028.', IS, '', 'ev', '+', k='ports'), label=SH),
 P(S('Said, yes; they said the same in 2021 and then delayed it.', CR, '', 'cc', '-', c='ports'), label='RESTRICK:'),
 P(S('Are you worried about competition from Hallerby Yards?', None, HY, 'cx'), label='AUDIENCE MEMBER:'),
 P(S('Hallerby has announced three boats in five years and delivered none.', IS, HY, 'cl', '-'),
   S('I’d be more worried if they had delivered one.', IS, '', 'cl'), label=SH),
 P(S('A last one: what would you tell someone who bought at the listing?', BO, '', 'cx'), label=OL),
 P(S('That I understand why they’re angry, and that the company is worth more now than it was then, whatever the share price says.', IS, MM, 'cl', '+'),
   S('Hold on to the shares.', IS, MM, 'rc', '+'), label=SH),
 P(S('Marrowby’s shares rose 4% on Monday.', None, MM, 'ev'),
   S('Fathom Lane Capital said after the session that it had not changed its holding.', FL, FL, 'ev')),
]
head = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>&ldquo;I was wrong to put a date on it&rdquo;: Marrowby&rsquo;s founder on stage | Tidewater Business Journal</title>
  <meta property="og:site_name" content="Tidewater Business Journal">
</head>
<body>
  <nav class="top"><a href="/">Tidewater Business Journal</a> <a href="/markets">Markets</a> <a href="/maritime">Maritime</a> <a href="/festival">Festival 2026</a> <a class="subscribe" href="/subscribe">Subscribe</a></nav>
  <article>
    <p class="kicker">Festival transcripts</p>
    <h1>&ldquo;I was wrong to put a date on it&rdquo;: Marrowby&rsquo;s founder on stage</h1>
    <p class="byline">Edited by <span class="author">Saoirse Melling</span></p>
    <time datetime="2026-11-30">30 November 2026</time>
    <ul class="share"><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Share on X</a></li><li><a href="#">Copy link</a></li></ul>
    <div class="transcript">
'''
tail = '''    </div>
  </article>
  <aside class="related"><h3>More from the festival</h3>
    <ul><li><a href="/festival/ports-panel">The ports panel: who pays for shore power?</a></li>
    <li><a href="/festival/closing-keynote">Closing keynote: the next five years in shipping</a></li></ul>
  </aside>
  <footer>&copy; 2026 Tidewater Business Journal &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></footer>
</body>
</html>
'''
build('marrowby-festival-onstage.html', 'html', 'Saoirse Melling', body, head, tail)
