"""HTML full saved page: a print-trade magazine's monthly "people moves" page."""
from mk import Doc, s, html_body

DOC = d = Doc('print-trade-people-moves-november.html', default='Marisela Hunnicutt', co={
    'TL': 'Tagcastle Labels', 'CS': 'Cantrip Securities', 'FE': 'Foldstead Envelopes',
    'SQ': 'Sprayquill', 'DP': 'Drumwheel Print', 'LP': 'Ledstow Print Group',
    'SC': 'Sandhollow Capital', 'IG': 'Independent Printers’ Guild'})

d.p(s('It has been a busy month in the corner office, and not every departure was planned.', None, '', 'cx', 'ne'),
    s('Here are the moves that matter.', None, '', 'cx', 'ne'))
d.h('Tagcastle Labels: Aurelie Castellack to be chief executive')
d.p(s('Tagcastle Labels has appointed Aurelie Castellack, its operations director, as chief executive from 1 January.', None, 'TL', 'ev', 'ne'),
    s('She replaces Crispin Ollerenshaw, who retires after eleven years and a year in which profit fell by a third.', None, '', 'ev', 'be'))
d.p(s('The chair, Wilbur Tennick, said Castellack had “turned the Hexworth plant from our worst site into our best” and was the right person to lead the company’s move into flexible packaging.', 'Wilbur Tennick', 'TL', 'cl', 'bu'),
    s('He said the board had not looked outside the company because “the answer was already in the building”.', 'Wilbur Tennick', 'TL', 'cl', 'ne'))
d.p(s('Not everyone thinks an internal appointment is what Tagcastle needs.', None, 'TL', 'cc', 'be', c='had not looked outside the company'),
    s('Emlyn Pellowe, who covers packaging stocks at Cantrip Securities, said the flexible-packaging plan was Ollerenshaw’s and had so far lost money.', 'Emlyn Pellowe', 'CS', 'cl', 'be'),
    s('“Promoting the person who ran his factories is a vote for more of the same,” he said.', 'Emlyn Pellowe', '', 'cl', 'be'),
    s('He rates the shares a sell.', 'Emlyn Pellowe', 'TL', 're', 'be'))
d.h('Foldstead Envelopes: finance director leaves after five months')
d.p(s('Foldstead Envelopes said on Monday that its finance director, Petronella Kask, had resigned “for personal reasons” after five months in the job.', 'Foldstead Envelopes', 'FE', 'ev', 'ne'),
    s('She is the third finance director to leave the company in two years.', None, 'FE', 'ev', 'be'),
    s('The group financial controller, Philomena Dabb, will act as finance director while a successor is found.', None, '', 'ev', 'ne'))
d.p(s('A person who worked in the finance team said Kask had clashed with the board over when to book a large customer’s rebates.', None, '', 'cc', 'be', c='for personal reasons'),
    s('A Foldstead spokeswoman said there had been “no disagreement on any accounting matter”.', 'Foldstead Envelopes', 'FE', 'cc', 'ne', c='clashed with the board'),
    s('The company’s auditors would not comment.', None, 'FE', 'cx', 'ne'),
    s('Foldstead’s shares fell 4% on the news.', None, 'FE', 'ev', 'ne'))
d.h('Sprayquill hires Drumwheel’s sales chief')
d.p(s('Sprayquill, the digital-print start-up that raised £22 million in the spring, has hired Anouk Tregellas, sales director of Drumwheel Print.', None, 'DP,SQ', 'ev', 'ne'),
    s('Sprayquill’s founder, Emeric Dunwoody, said Tregellas would help it win the catalogue customers who “still think inkjet means cheap”.', 'Emeric Dunwoody', 'SQ', 'cl', 'bu'))
d.p(s('Drumwheel does not think she can start.', 'Drumwheel Print', 'DP', 'cc', 'ne', c='has hired Anouk Tregellas'),
    s('Its chief executive, Gaspard Hollowell, said her contract barred her from working for a rival for nine months and that Drumwheel would “enforce it if necessary”.', 'Gaspard Hollowell', 'DP', 'cl', 'ne'),
    s('Dunwoody said Sprayquill had taken legal advice and did not regard itself as a rival, since it sells no litho printing.', 'Emeric Dunwoody', 'SQ', 'cc', 'ne', c='barred her from working for a rival'),
    s('That distinction may not survive contact with the catalogue customers both firms are chasing.', None, 'DP,SQ', 'cc', 'ne', c='did not regard itself as a rival'),
    s('Expect Drumwheel to follow through: it took a former print manager to court over the same clause in 2024.', None, 'DP', 'pr', 'ne'))
d.h('Also moving')
d.p(s('Hepzibah Larkmoor joins the board of Ledstow Print Group as a non-executive director, nominated by its largest shareholder, the activist fund Sandhollow Capital.', None, 'LP,SC', 'ev', 'ne'), kind='ul')
d.p(s('The Independent Printers’ Guild has elected Leofric Pellinger as president; he has promised to campaign against the proposed levy on paper packaging.', None, 'IG', 'ev', 'ne'), kind='ul')
d.p(s('Drumwheel Print has named its regional sales manager, Orson Kellaway, as interim sales director.', None, 'DP', 'ev', 'ne'), kind='ul')


def render():
    return HEAD + html_body(d, ent=True, indent='        ') + TAIL


HEAD = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>People on the move: November &ndash; The Inkwold Journal</title>
<meta name="description" content="New chief at Tagcastle Labels, a short stay at Foldstead Envelopes and a contract row over Sprayquill&rsquo;s new sales chief.">
<meta name="author" content="Marisela Hunnicutt">
<meta property="og:site_name" content="The Inkwold Journal">
<meta property="og:title" content="People on the move: November">
<meta property="article:section" content="People">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"People on the move: November",
 "datePublished":"2026-11-27T09:00:00+00:00",
 "author":[{"@type":"Person","name":"Marisela Hunnicutt","jobTitle":"News Editor"}],
 "publisher":{"@type":"Organization","name":"The Inkwold Journal","logo":{"@type":"ImageObject","url":"https://inkwold.example/logo.png"}}}
</script>
<link rel="stylesheet" href="/assets/inkwold.css">
</head>
<body>
<div id="top-bar"><a href="/subscribe" class="btn">Subscribe</a> <a href="/login">Log in</a> <a href="/digital-edition">Digital edition</a></div>
<header id="masthead"><a href="/"><img src="/assets/logo.svg" alt="The Inkwold Journal"></a><span class="strap">For the printing and packaging trade since 1952</span></header>
<nav id="main-nav">
  <a href="/news">News</a> <a href="/people">People</a> <a href="/kit">Kit &amp; presses</a> <a href="/packaging">Packaging</a> <a href="/jobs">Jobs</a> <a href="/events">Events</a>
</nav>
<main id="content">
  <article class="story">
    <p class="section-label"><a href="/people">People</a></p>
    <h1>People on the move: November</h1>
    <p class="dek">A new chief at Tagcastle, a short stay at Foldstead and a contract row over Sprayquill&rsquo;s new sales chief</p>
    <div class="byline">By <a href="/author/marisela-hunnicutt">Marisela Hunnicutt</a>, News Editor <span class="sep">|</span> <time datetime="2026-11-27">27 November 2026</time></div>
    <div class="share">Share: <a href="/share?via=email">Email</a> <a href="/share?via=link">Copy link</a> <a href="javascript:print()">Print</a></div>
    <div class="story-body">
'''

TAIL = '''    </div>
    <div class="share share--bottom">Share: <a href="/share?via=email">Email</a> <a href="/share?via=link">Copy link</a></div>
    <aside class="promo"><p><em>Moving jobs? Send appointments to the news desk by the 20th of the month for the next issue.</em></p></aside>
  </article>
  <aside id="related">
    <h3>Related</h3>
    <ul>
      <li><a href="/news/2026/10/tagcastle-profit-warning">Tagcastle warns on profit as label volumes slide</a></li>
      <li><a href="/news/2026/06/sprayquill-raises-22m">Sprayquill raises &pound;22m for inkjet push</a></li>
      <li><a href="/people/october">People on the move: October</a></li>
    </ul>
  </aside>
</main>
<footer id="footer">
  <p>The Inkwold Journal is published by Inkwold Media Ltd, 9 Quillet Court, Bramcaster. &copy; 2026.</p>
  <p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/advertise">Advertise with us</a></p>
</footer>
</body>
</html>
'''
