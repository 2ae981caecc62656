"""HTML full saved page: a newspaper's live blog of a child car-seat recall (oldest first)."""
from mk import Doc, s, esc

DOC = d = Doc('cradlewick-car-seat-recall-live.html', default='Greta Lumsby', co={
    'CW': 'Cradlewick', 'JC': 'Nursery Goods Safety Office', 'PS': 'Pramstead',
    'SN': 'Safe Straps Network', 'OS': 'Ormsworth Securities', 'BS': 'Bellhallow Securities'})
JC = 'Nursery Goods Safety Office'

d.p(s('Cradlewick has recalled 184,000 Tuckabout Pro car seats after finding that the harness buckle can open under strong force, according to a notice published this morning by the Nursery Goods Safety Office.', JC, 'CW', 'ev', 'be'),
    s('The office says no injuries have been reported.', JC, '', 'ev', 'ne'), time='07:41')
d.p(s('Parents are being told to keep using the seat until a replacement buckle arrives, unless their child weighs less than 9kg.', None, '', 're', 'ne'), time='07:58')
d.p(s('In a statement, Cradlewick said the fault affected “a small number of buckles from one supplier’s batch” and that it had acted “out of an abundance of caution”.', 'Cradlewick', 'CW', 'cl', 'ne'),
    s('It said replacement buckles would be posted to every registered owner within 21 days.', 'Cradlewick', '', 'ev', 'ne'), time='08:15')
d.p(s('Shares in Cradlewick are down 11% in early trading.', None, 'CW', 'ev', 'ne'), time='08:40')
d.p(s('We have had dozens of messages from readers this morning.', None, '', 'cx', 'ne'), time='09:05')
d.p(s('Jolene Fairweather, who runs the parents’ group Safe Straps Network, said 21 days was “not good enough for a safety part”.', 'Jolene Fairweather', 'SN', 'cc', 'be', c='within 21 days'),
    s('She wants the company to lend a free replacement seat to any family that asks.', 'Jolene Fairweather', 'CW', 're', 'ne'))
d.p(s('Pramstead, the biggest seller of the Tuckabout Pro, has taken it off its shelves and its website.', None, 'CW,PS', 'ev', 'be'),
    s('A Pramstead spokesman said customers could return the seat for a full refund, with or without a receipt.', 'Pramstead', 'PS', 'ev', 'ne'), time='09:32')
d.p(s('Cradlewick’s chief executive, Signe Ekdahl, has just spoken to us.', 'Signe Ekdahl', 'CW', 'cx', 'ne'), time='10:10')
d.p(s('She said the buckle had passed every test the office requires, and that the fault showed up only in the company’s own, harsher tests.', 'Signe Ekdahl', 'CW,JC', 'cl', 'bu'),
    s('“We found this ourselves, we told the office ourselves, and we are fixing it ourselves,” she said.', 'Signe Ekdahl', 'JC', 'cl', 'bu'),
    s('She rejected the idea of loan seats, saying a seat fitted in a hurry was a bigger risk than the buckle.', 'Signe Ekdahl', '', 'cc', 'ne', c='She wants the company to lend'))
d.p(s('That is a fair point about fitting.', None, '', 'cl', 'ne'),
    s('But parents we have spoken to say the 21 days only start once they register, and the registration page has been down for most of the morning.', None, '', 'cc', 'be', c='That is a fair point about fitting.'), time='10:48')
d.p(s('Cradlewick says the registration page is working again and took 40,000 sign-ups in its first hour back.', 'Cradlewick', 'CW', 'cc', 'ne', c='registration page has been down'), time='11:20')
d.p(s('Analysts at Ormsworth Securities estimate the recall will cost Cradlewick £14 million to £18 million, roughly a quarter of this year’s expected profit.', 'Ormsworth Securities', 'CW', 'pr', 'be'), time='11:55')
d.p(s('Ludovica Sarne, a consumer analyst at Ormsworth, told us the bigger cost is to the brand: car seats are bought on trust, and trust comes back slowly.', 'Ludovica Sarne', 'OS', 'cl', 'be'),
    s('She has cut her rating to hold.', 'Ludovica Sarne', '', 're', 'ne'))
d.p(s('Not every analyst is so worried.', None, '', 'cc', 'bu', c='bought on trust'), time='12:30')
d.p(s('Euan Strickmore of Bellhallow Securities pointed out that Cradlewick’s last recall, of a pushchair wheel in 2022, cost it no market share.', 'Euan Strickmore', 'BS,CW', 'ev', 'bu'),
    s('Its share of pushchair sales was 19% both before that recall and a year after it, according to the market researcher Cotfield Data.', 'Cotfield Data', '', 'ev', 'bu'),
    s('He has kept his buy rating.', 'Euan Strickmore', '', 're', 'bu'))
d.p(s('The office has now published its full notice.', None, 'JC', 'cx', 'ne'),
    s('It says the faulty buckles were made between March and July by a supplier it does not name.', JC, '', 'ev', 'ne'),
    s('It has also asked Cradlewick to report every week on replacements until the recall is complete.', JC, 'CW', 're', 'ne'), time='13:15')
d.p(s('We are pausing our live coverage here; the full story is on our home page.', None, '', 'cx', 'ne'), time='14:02')


def render():
    entries, cur = [], None
    for b in d.blocks:
        kw = b[2]
        if 'time' in kw or cur is None:
            cur = {'time': kw.get('time'), 'paras': []}
            entries.append(cur)
        cur['paras'].append(Doc_text(b[1]))
    body = []
    for i, e in enumerate(entries, 1):
        hh = e['time']
        body.append('          <article class="live-entry" id="entry-%d">' % i)
        body.append('            <div class="live-entry__meta"><time datetime="2026-12-02T%s:00Z">%s</time>'
                    '<span class="live-entry__author">Greta Lumsby</span></div>' % (hh, hh))
        for ptxt in e['paras']:
            body.append('            <p>%s</p>' % esc(ptxt))
        body.append('            <div class="live-entry__share"><a href="#entry-%d">Link to this post</a></div>' % i)
        body.append('          </article>')
    return HEAD + '\n'.join(body) + '\n' + TAIL


def Doc_text(sents):
    return ' '.join(x.text for x in sents)


HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Cradlewick car seat recall: live updates | The Quenchford Herald</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Live: Cradlewick recalls 184,000 Tuckabout Pro car seats over a buckle fault. Reaction from parents, retailers and the City.">
  <meta name="author" content="Greta Lumsby">
  <meta property="og:site_name" content="The Quenchford Herald">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Cradlewick car seat recall: live updates">
  <meta property="article:published_time" content="2026-12-02T07:41:00Z">
  <link rel="canonical" href="https://www.quenchfordherald.example/money/live/2026/dec/02/cradlewick-car-seat-recall-live">
  <link rel="stylesheet" href="/static/css/herald.4c1e.css">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "LiveBlogPosting",
   "headline": "Cradlewick car seat recall: live updates",
   "coverageStartTime": "2026-12-02T07:41:00Z", "coverageEndTime": "2026-12-02T14:02:00Z",
   "datePublished": "2026-12-02T07:41:00Z", "dateModified": "2026-12-02T14:02:00Z",
   "author": {"@type": "Person", "name": "Greta Lumsby"},
   "publisher": {"@type": "NewsMediaOrganization", "name": "The Quenchford Herald"},
   "about": {"@type": "Event", "name": "Tuckabout Pro recall"}}
  </script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "money", "type": "liveblog"});</script>
</head>
<body class="liveblog">
  <div class="cookie-bar" role="dialog">We use cookies to keep the Herald free. <button>Accept all</button> <button>Manage settings</button></div>
  <header class="masthead">
    <a class="masthead__logo" href="/">The Quenchford Herald</a>
    <a class="masthead__support" href="/support">Support the Herald</a>
    <a class="masthead__signin" href="/signin">Sign in</a>
  </header>
  <nav class="primary-nav">
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/money" aria-current="true">Money</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/lifestyle">Lifestyle</a></li>
    </ul>
  </nav>
  <main>
    <div class="breadcrumb"><a href="/money">Money</a> › <a href="/money/consumer">Consumer rights</a></div>
    <article class="liveblog-article">
      <header class="liveblog-header">
        <span class="badge badge--live">Live</span>
        <h1>Cradlewick car seat recall: live updates</h1>
        <p class="standfirst">184,000 Tuckabout Pro seats recalled over a harness buckle fault; retailer pulls the seat; shares fall</p>
        <p class="byline">By <a rel="author" href="/profile/greta-lumsby">Greta Lumsby</a>, Consumer Affairs Correspondent</p>
        <p class="dateline"><time datetime="2026-12-02">Wed 2 Dec 2026</time> · Last updated 14:02</p>
        <ul class="share-links">
          <li><a href="/share/email">Email</a></li>
          <li><a href="/share/copy">Copy link</a></li>
          <li><a href="/share/print">Print</a></li>
        </ul>
        <div class="liveblog-toggle">Showing: <strong>Oldest first</strong> | <a href="?order=newest">Newest first</a></div>
      </header>
      <div class="liveblog-body">
'''

TAIL = '''      </div>
      <ul class="share-links share-links--bottom">
        <li><a href="/share/email">Email</a></li>
        <li><a href="/share/copy">Copy link</a></li>
      </ul>
    </article>
    <aside class="related">
      <h2>More on this story</h2>
      <ul>
        <li><a href="/money/2026/nov/18/buying-a-car-seat-what-to-check">Buying a car seat: what to check before you pay</a></li>
        <li><a href="/money/2026/oct/02/pushchair-prices-rise">Pushchair prices rise for third year</a></li>
        <li><a href="/business/2026/sep/11/cradlewick-half-year-results">Cradlewick profits edge up as pushchair sales hold</a></li>
      </ul>
    </aside>
    <aside class="newsletter">
      <h2>Money Matters</h2>
      <p>Our weekly guide to your rights as a consumer. Sign up with your email address.</p>
      <form><input type="email" placeholder="Email address"><button>Sign up</button></form>
    </aside>
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="/about">About us</a></li>
      <li><a href="/contact">Contact the newsroom</a></li>
      <li><a href="/complaints">Complaints and corrections</a></li>
      <li><a href="/privacy">Privacy</a></li>
    </ul>
    <p>© 2026 Quenchford Herald Media Ltd. Registered office: 4 Pellwick Yard, Quenchford.</p>
  </footer>
  <script src="/static/js/liveblog.9a2.js" defer></script>
</body>
</html>
'''
