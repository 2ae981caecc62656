from mk import Doc, S, render_html_body

FNAME = 'wedding-venues-outlook-briefing-transcript.html'
AW, CV, PC, VB, GR = ('Association of Wedding Venues and Caterers', 'Chandlerow Venues', 'Platewright Catering',
                      'Vowbook', 'Garlandry Research')
PA, DV, OF, SR, KS, BH = ('Philomena Aske', 'Dorian Vellacott', 'Oriel Fencott', 'Silvan Rudkin',
                          'Keturah Sloane', 'Benedek Harrop')
LAB = {PA: 'Philomena Aske (Chair, AWVC)', DV: 'Dorian Vellacott (Chief Economist, AWVC)',
       OF: 'Oriel Fencott (Managing Director, Platewright Catering)',
       SR: 'Silvan Rudkin (Chief Executive, Chandlerow Venues)',
       KS: 'Keturah Sloane (Aisle Report)', BH: 'Benedek Harrop (The Banqueting Times)'}


def turn(d, who, *ss):
    d.p(*ss, cls='turn', prefix_html='<strong>%s:</strong> ' % LAB[who])


def build():
    d = Doc(FNAME, AW)
    d.p(S('The Association of Wedding Venues and Caterers held its annual outlook briefing for journalists on 19 November.',
          co=[AW], t='context'),
        S('The transcript below has been edited for length.', t='context'), cls='intro')
    turn(d, PA,
         S('Our members hosted about 231,000 weddings this year, 4% more than in 2025, and average spend per wedding rose to £21,400.',
           sp=PA, t='evidence'),
         S('We expect another good year in 2027, because the couples who postponed during the energy crisis have now almost all married.',
           sp=PA, t='prediction'))
    turn(d, DV,
         S('The picture underneath is less even.', sp=DV, t='counterclaim', ctr='We expect another good year in 2027'),
         S('Bookings for 2027 at our members’ venues are 7% below where they were at this point last year, and the fall is steepest for summer Saturdays.',
           sp=DV, t='evidence'),
         S('Couples are booking later, so some of that gap will close, but not all of it.', sp=DV, t='prediction'))
    turn(d, OF,
         S('Food prices are still the biggest risk for caterers: our costs are up 9% this year and we have passed on only 5%.',
           sp=OF, t='evidence', st='bearish'),
         S('Platewright will raise its prices again in March.', sp=OF, co=[PC], t='evidence'))
    turn(d, KS,
         S('Chandlerow Venues told investors last week that its forward bookings were up 5%.',
           sp=CV, co=[CV], t='evidence', st='bullish'),
         S('Is the slowdown only hitting smaller venues?', sp=KS, t='context'))
    turn(d, DV,
         S('Largely, yes.', sp=DV),
         S('The big groups can cut prices for weekday and winter dates, and independent venues mostly cannot.', sp=DV))
    turn(d, SR,
         S('I would put it differently.', sp=SR, t='counterclaim', ctr='The big groups can cut prices'),
         S('Our bookings are up because we spent £14 million refurbishing eleven houses, not because we are discounting.',
           sp=SR, st='bullish'),
         S('Average spend at Chandlerow weddings rose 8% this year.', sp=SR, co=[CV], t='evidence', st='bullish'))
    turn(d, BH,
         S('Your members have complained all year about Vowbook’s commission.', sp=BH, co=[VB], t='evidence', st='bearish'),
         S('Is the Association going to do anything about it?', sp=BH, co=[AW], t='context'))
    turn(d, PA,
         S('Yes: we have asked Vowbook to cap its commission at 8% for venues with fewer than 60 weddings a year.',
           sp=PA, co=[VB], t='recommendation'),
         S('Many of our smaller members now pay 12% or more on every booking that comes through Vowbook, which is more than most of them make in profit.',
           sp=PA, co=[VB], t='evidence'),
         S('Vowbook says its commission pays for advertising that individual venues could never afford, and that venues which leave it lose a third of their enquiries.',
           sp=VB, co=[VB], t='counterclaim', ctr='cap its commission at 8%'))
    turn(d, KS,
         S('Garlandry Research’s survey of 3,000 couples found that the average guest list fell to 71 this year from 84.',
           sp=GR, t='evidence'),
         S('Doesn’t that undercut your spending figure?', sp=KS, t='counterclaim', ctr='average spend per wedding rose'))
    turn(d, DV,
         S('Not really.', sp=DV, t='counterclaim', ctr='undercut your spending figure'),
         S('Smaller weddings are spending more per guest, and our figure includes the venue hire, which has risen faster than catering.',
           sp=DV),
         S('I would add that Garlandry surveys couples who use its planning app, who tend to be younger and to spend less.',
           sp=DV, co=[GR], t='counterclaim', ctr='average guest list fell to 71'))
    turn(d, PA,
         S('For venues, the advice is to open the diary for 2028 now and to stop relying on a single booking site.',
           sp=PA, t='recommendation'),
         S('We will publish the full outlook report on 3 December.', sp=PA, t='evidence'))

    body = render_html_body(d, indent='        ')
    return d, HEAD + body + '\n' + FOOT


HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Transcript: 2027 outlook briefing | News | Association of Wedding Venues and Caterers</title>
  <meta name="description" content="Edited transcript of the AWVC's annual outlook briefing for journalists.">
  <meta property="og:site_name" content="Association of Wedding Venues and Caterers">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Transcript: 2027 outlook briefing",
   "datePublished": "2026-11-20",
   "publisher": {"@type": "Organization", "name": "Association of Wedding Venues and Caterers"}}
  </script>
</head>
<body>
  <div class="cookies">This site uses cookies. <a href="/cookies">Find out more</a> <button>OK</button></div>
  <header class="site-header">
    <a class="logo" href="/">AWVC</a>
    <nav>
      <ul>
        <li><a href="/find-a-venue/">Find a venue</a></li>
        <li><a href="/news/">News</a></li>
        <li><a href="/research/">Research</a></li>
        <li><a href="/events/">Events</a></li>
        <li><a href="/join/">Join</a></li>
        <li><a href="/members/">Members’ area</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li>Transcript: 2027 outlook briefing</li></ol>
    <article>
      <p class="label">Press briefing</p>
      <h1>Transcript: 2027 outlook briefing</h1>
      <p class="meta"><time datetime="2026-11-20">20 November 2026</time> · Press office</p>
      <p class="download"><a href="/files/outlook-briefing-2027-slides.pdf">Download the briefing slides (PDF, 2.4 MB)</a></p>
      <div class="article-body">
'''

FOOT = '''      </div>
      <aside class="media-contacts">
        <h2>Media contacts</h2>
        <p>Press office: press@awvc.example (weekdays, 9am to 5pm)</p>
      </aside>
      <div class="share">Share: <a href="#">Email</a> <a href="#">Print</a> <a href="#">Copy link</a></div>
    </article>
    <aside class="related">
      <h2>Related news</h2>
      <ul>
        <li><a href="/news/venue-licensing-survey/">Members’ survey: licensing costs up a fifth</a></li>
        <li><a href="/news/awards-2026/">Venue of the Year shortlist announced</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>Association of Wedding Venues and Caterers is a company limited by guarantee. © 2026 AWVC.</p>
    <p><a href="/privacy/">Privacy</a> · <a href="/accessibility/">Accessibility</a> · <a href="/contact/">Contact</a></p>
  </footer>
</body>
</html>
'''
