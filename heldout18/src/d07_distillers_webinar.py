from mk import *
SITE = "Independent Distillers' Alliance"
WS = 'Ysabeau Sarkissian-Dowd'
RN = 'Callum Nwosu-Blaine'
GT = 'Genevieve Tolliday'
SD = 'Smokehaven Distilling Company'
QE = 'Quayfarer Export Partners'
OC = 'Orvanian Customs Directorate'
KT = 'Kasparian Trading'
OE = 'Office for Export Negotiations'
def lab(ts, name): return '<span class="ts">[%s]</span> <strong>%s:</strong> ' % (ts, name)
W = lambda ts: lab(ts, 'YSABEAU SARKISSIAN-DOWD')
R = lambda ts: lab(ts, 'CALLUM NWOSU-BLAINE')
G = lambda ts: lab(ts, 'GENEVIEVE TOLLIDAY')
HTML = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Members&rsquo; webinar: the Orvanian spirits tariff (transcript) &ndash; Independent Distillers&rsquo; Alliance</title>
  <meta name="description" content="Video and edited transcript of the members&rsquo; webinar of 24 November 2026.">
  <link rel="stylesheet" href="/assets/site.css">
  <script src="/assets/player.js" defer></script>
  <script>var IDA_MEMBER_AREA=true;</script>
</head>
<body class="members">
  <header>
    <div class="brand"><a href="/">Independent Distillers&rsquo; Alliance</a></div>
    <nav>
      <a href="/members">Members&rsquo; area</a> | <a href="/members/webinars">Webinars</a> | <a href="/members/guides">Guides</a> | <a href="/members/events">Events</a> | <a href="/logout">Log out</a>
    </nav>
  </header>
  <main>
    <p class="breadcrumb"><a href="/members/webinars">Webinars</a> &rsaquo; Trade</p>
    <h1>Members&rsquo; webinar: the Orvanian spirits tariff</h1>
    <p class="when">Recorded 24 November 2026 &middot; 42 minutes</p>
    <div class="player" data-video="ida-webinar-2026-11-24"><button>Play recording</button></div>
    <section class="chapters">
      <h2>Chapters</h2>
      <ol>
        <li><a href="#t0">00:00 Welcome and the tariff in numbers</a></li>
        <li><a href="#t1">04:20 Absorb or pass on?</a></li>
        <li><a href="#t2">17:45 Questions from members</a></li>
        <li><a href="#t3">36:10 What would change your mind?</a></li>
      </ol>
    </section>
    <section class="transcript">
      <h2>Transcript</h2>
@@BODY@@
    </section>
    <p class="downloads"><a href="/members/guides/orvania-tariff.pdf">Download the tariff guide (PDF)</a></p>
  </main>
  <aside class="upcoming">
    <h3>Coming up</h3>
    <ul><li><a href="/members/events/excise-clinic">Excise clinic, 12 January</a></li><li><a href="/members/events/export-day">Export day, 3 March</a></li></ul>
  </aside>
  <footer>
    <p>Independent Distillers&rsquo; Alliance is a trade association for independent producers of spirits.</p>
    <p><a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact the secretariat</a></p>
  </footer>
</body>
</html>
'''
DOC = dict(file='orvania-tariff-webinar-transcript.html', html=HTML, blocks=[
    P(s("This is an edited transcript of the Alliance's members' webinar on the Orvanian spirits tariff, held on 24 November.", SITE, False, [SITE], 'cx', 'ne'),
      s("The speakers were Ysabeau Sarkissian-Dowd, the Alliance's head of trade policy, Callum Nwosu-Blaine, chief executive of Smokehaven Distilling Company, and Genevieve Tolliday of Quayfarer Export Partners.", SITE, False, [QE, SD, SITE], 'cx', 'ne')),
    TURN(W('00:00'),
      s("Orvania's 35% tariff on imported spirits took effect on 1 November, and it applies to everything we export there except wine-based liqueurs.", WS, True, [], 'ev', 'ne'),
      s("Members sold about £140 million of spirits to Orvania last year.", WS, True, [], 'ev', 'ne'),
      s("Callum, you run the largest exporter among our members, so let's start with you.", WS, True, [], 'cx', 'ne')),
    TURN(R('04:20'),
      s("Smokehaven sends about a quarter of its whisky to Orvania, and we have decided not to raise our shelf prices there.", RN, True, [SD], 'ev', 'ne'),
      s("We will absorb the tariff for at least a year, because the brand took fifteen years to build and we are not handing the shelf to local producers.", RN, True, [], 'cl', 'bu'),
      s("Our margins can take it.", RN, True, [], 'cl', 'bu')),
    TURN(W('06:05'),
      s("Genevieve, you broker exports for about 40 of our members.", WS, True, [], 'cx', 'ne')),
    TURN(G('06:12'),
      s("I think Callum is making a mistake, and I'd say so to his face, which I'm now doing.", GT, True, [], 'cc', 'be', ctr='We will absorb the tariff for at least a year'),
      s("Absorbing 35% on a bottle that leaves the distillery at £14 takes almost all of the margin Smokehaven makes in that market.", GT, True, [SD], 'cl', 'be'),
      s("Spirits imports fell 29% in November, according to figures from the Orvanian Customs Directorate.", OC, True, [], 'ev', 'ne'),
      s("So the shelf he wants to defend is shrinking anyway.", GT, True, [], 'cl', 'be')),
    TURN(R('09:40'),
      s("That fall is mostly the cheap brands, not us.", RN, True, [], 'cc', 'bu', ctr='Spirits imports fell 29% in November'),
      s("Our Orvanian distributor, Kasparian Trading, tells me its November orders from us were down 6%.", KT, True, [KT], 'ev', 'ne'),
      s("I'll grant Genevieve that a year is a long time to carry it.", RN, True, [], 'cl', 'ne'),
      s("But if we pull back now, we won't get that shelf back when the tariff goes.", RN, True, [], 'cc', 'bu', ctr="I'll grant Genevieve that a year")),
    TURN(W('17:45'),
      s("We have a question in the chat from Perdita Lawless of Fernbrake Gin, who asks whether the Alliance is lobbying for a deal.", 'Perdita Lawless', True, ['Fernbrake Gin', SITE], 'cx', 'ne'),
      s("We are: we met the Office for Export Negotiations on 19 November and asked it to open talks on a spirits-for-cheese agreement.", WS, True, [OE], 'ev', 'ne'),
      s("The office told us talks could start in the spring.", OE, True, [OE], 'pr', 'ne')),
    TURN(G('19:02'),
      s("With respect, the spring is a guess, and members should plan as if the tariff stays for two years.", GT, True, [], 'cc', 'ne', ctr='The office told us talks could start in the spring.'),
      s("The members I work with are switching shipments to Kelvessa and Tarrasin, where duties are 5% or less.", GT, True, [], 'ev', 'ne'),
      s("That is what I'd recommend to anyone without a brand as strong as Smokehaven's.", GT, True, [SD], 're', 'bu')),
    TURN(R('20:30'),
      s("Thank you, I think.", RN, True, [], 'cx', 'ne')),
    TURN(W('36:10'),
      s("Last word: Callum, what would make you change course?", WS, True, [], 'cx', 'ne')),
    TURN(R('36:18'),
      s("If our orders there fall by more than a fifth by the end of March, we will raise prices and cut our marketing spend.", RN, True, [], 'pr', 'ne')),
    TURN(W('41:30'),
      s("The recording and the Alliance's tariff guide are in the members' area.", WS, True, [SITE], 'cx', 'ne')),
  ])
