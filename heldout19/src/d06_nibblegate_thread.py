from mk import Doc, S, render_html_body

FNAME = 'nibblegate-vending-route-thread.html'
NV, FL, TM = 'Nibblegate Vending', 'Furzecombe Leisure Centres', 'Trundlewick Machines'
OPH = 'tillroll_tegan'
I = '      '


def c_open(handle, points, age, depth=0, flair=''):
    fl = ' <span class="flair">%s</span>' % flair if flair else ''
    return (I + '<div class="comment depth-%d">\n' % depth +
            I + '  <div class="comment-meta"><a class="author" href="/user/%s">%s</a>%s · <span class="score">%s points</span> · <time>%s</time></div>\n'
            % (handle, handle, fl, points, age) +
            I + '  <div class="comment-body">')


C_CLOSE = (I + '  </div>\n' + I +
           '  <div class="comment-actions"><a href="#">Reply</a> <a href="#">Share</a> <a href="#">Report</a> <a href="#">Save</a></div>\n' +
           I + '</div>')


def build():
    d = Doc(FNAME, 'Burrowboard')
    d.raw(I + '<div class="post-body">')
    d.p(S('Fourteen months ago I paid Nibblegate Vending £23,600 for eight snack machines and what their brochure called “a proven route in managed sites”.',
          sp=OPH, co=[NV], t='evidence'),
        S('Since people keep asking whether these franchise packages work, here are my real numbers.', sp=OPH, t='context'))
    d.p(S('Gross sales across the eight machines averaged £1,140 a month, against the £2,300 the brochure gave as a typical route.',
          sp=OPH, t='evidence', st='bearish'),
        S('After stock, the site commissions and Nibblegate’s £95 monthly service fee, I take home about £310 a month, so I am nowhere near paying back the £23,600.',
          sp=OPH, co=[NV], t='evidence', st='bearish'))
    d.p(S('Three of the sites they placed me in are gyms run by Furzecombe Leisure Centres, and those machines do fine.',
          sp=OPH, co=[FL], t='evidence'),
        S('The other five are in office buildings that are half empty, and Nibblegate will not move them unless I pay a £400 relocation fee per machine.',
          sp=OPH, co=[NV], t='evidence', st='bearish'))
    d.p(S('My advice: do not buy a route package from anyone without calling at least three existing operators first.',
          sp=OPH, t='recommendation'))
    d.raw(I + '</div>\n' + I + '<div class="post-actions">1.4k comments · Share · Save · Report</div>\n' +
          I + '<section class="comments">\n' + I + '<div class="sort">Sort by: Best</div>')

    d.raw(c_open('quarterlyvend', '412', '13h'))
    d.p(S('The brochure number is for machines in sites with at least 200 people a day, and it says so on page 11.',
          sp='quarterlyvend', t='counterclaim', ctr='against the £2,300 the brochure gave'),
        S('Half-empty offices were never going to get there, and you chose those sites from their list.',
          sp='quarterlyvend'))
    d.raw(C_CLOSE)

    d.raw(c_open(OPH, '388', '12h', 1, 'OP'))
    d.p(S('I chose them from a list of five, all offices, because that was all they offered in my area.',
          sp=OPH, t='counterclaim', st='bearish', ctr='you chose those sites from their list'))
    d.raw(C_CLOSE)

    d.raw(c_open('NibblegateVending', '-14', '11h', 0, 'Official'))
    d.p(S('We are sorry to hear the route has been slower than you hoped.', sp=NV, t='context'),
        S('Across our 310 franchised routes, the median machine took £198 a month in gross sales last year, and we publish that figure in our franchise disclosure pack.',
          sp=NV, t='evidence', st='bullish'),
        S('We waive the relocation fee where a site’s footfall falls by more than a third after installation, and we will contact you directly about the office sites.',
          sp=NV, t='counterclaim', ctr='£400 relocation fee per machine'))
    d.raw(C_CLOSE)

    d.raw(c_open('spreadsheet_ox', '529', '11h', 1))
    d.p(S('A median of £198 a month is still below what the brochure implies, and a median across 310 routes tells you nothing about routes sold in the last two years, when office occupancy collapsed.',
          sp='spreadsheet_ox', t='counterclaim', st='bearish', ctr='the median machine took £198 a month'),
        S('If they published the figures by year of sale, I would take them more seriously.',
          sp='spreadsheet_ox', t='recommendation'))
    d.raw(C_CLOSE)

    d.raw(c_open('quarterlyvend', '201', '10h', 2))
    d.p(S('That’s fair, but it cuts both ways: the gym machines are doing better than most routes I have seen.',
          sp='quarterlyvend', t='counterclaim', ctr='tells you nothing about routes sold in the last two years'),
        S('Vending is a location business, and the franchisor is only as good as the sites it can get.',
          sp='quarterlyvend', co=[NV]))
    d.raw(C_CLOSE)

    d.raw(c_open('mallory_restocks', '677', '9h'))
    d.p(S('I worked in Nibblegate’s site acquisition team until March.', sp='mallory_restocks', co=[NV], t='context'),
        S('We were set targets for the number of new sites signed each month, not for how the machines then traded, and everyone knew the office sites were weak.',
          sp='mallory_restocks', t='evidence', st='bearish'),
        S('Take that for what it’s worth from an ex-employee.', sp='mallory_restocks', t='context'))
    d.raw(C_CLOSE)

    d.raw(c_open('NibblegateVending', '-31', '8h', 1, 'Official'))
    d.p(S('Site targets have included a first-year sales measure since January 2026.',
          sp=NV, t='counterclaim', st='bullish', ctr='not for how the machines then traded'))
    d.raw(C_CLOSE)

    d.raw(c_open('coinsorter_dev', '344', '7h'))
    d.p(S('The machines themselves are Trundlewick units, which sell for about £1,900 new, according to Trundlewick’s own dealer price list.',
          sp=TM, co=[TM], t='evidence'),
        S('So roughly £8,400 of the £23,600 was for the route, the training and the brand.',
          sp='coinsorter_dev', st='bearish'),
        S('I would pay that for a route that works, and I would not pay it for five offices.',
          sp='coinsorter_dev', t='recommendation'))
    d.raw(C_CLOSE)

    d.raw(c_open(OPH, '902', '2h', 0, 'OP'))
    d.p(S('Update: Nibblegate called this morning and offered to move the five office machines to two leisure centres and a college at no charge.',
          sp=NV, co=[NV], t='evidence', st='bullish'),
        S('I will believe it when the machines are moved, but credit where it is due.', sp=OPH),
        S('It took a public thread to get this, which says something too.', sp=OPH, st='bearish'))
    d.raw(C_CLOSE)
    d.raw(I + '</section>')

    body = render_html_body(d, indent=I + '  ')
    return d, HEAD + body + '\n' + FOOT


HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Fourteen months into a vending franchise: my real numbers : sidehustles</title>
  <meta property="og:site_name" content="Burrowboard">
  <meta property="og:title" content="Fourteen months into a vending franchise: my real numbers">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "DiscussionForumPosting",
   "headline": "Fourteen months into a vending franchise: my real numbers",
   "author": {"@type": "Person", "name": "tillroll_tegan"},
   "datePublished": "2026-11-25T08:14:00Z",
   "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction", "userInteractionCount": 1412}}
  </script>
  <style>.comment{margin-left:1em}.depth-1{margin-left:2em}.depth-2{margin-left:3em}</style>
</head>
<body>
  <header class="topbar">
    <a class="logo" href="/">Burrowboard</a>
    <form class="search"><input type="search" placeholder="Search Burrowboard"></form>
    <a class="btn" href="/login">Log in</a> <a class="btn" href="/signup">Sign up</a>
  </header>
  <div class="layout">
    <main class="thread">
      <div class="board-banner"><a href="/b/sidehustles">b/sidehustles</a> · Posted by <a href="/user/tillroll_tegan">tillroll_tegan</a> · 2d</div>
      <div class="votes">2.3k</div>
      <h1>Fourteen months into a vending franchise: my real numbers</h1>
      <span class="post-flair">Numbers inside</span>
'''

FOOT = '''      <div class="more-posts">
        <h3>More posts you may like</h3>
        <ul>
          <li><a href="#">Is a launderette still a good side business in 2026?</a></li>
          <li><a href="#">Bought a coffee cart, AMA</a></li>
          <li><a href="#">Franchise disclosure packs: what to actually read</a></li>
        </ul>
      </div>
    </main>
    <aside class="sidebar">
      <h2>About community</h2>
      <p>b/sidehustles: making money on the side, honestly. No referral links.</p>
      <p>188k members · 1.2k online</p>
      <h2>Rules</h2>
      <ol><li>Show your numbers</li><li>No promotion</li><li>Be civil</li></ol>
    </aside>
  </div>
  <footer class="site-footer">Burrowboard · User agreement · Privacy · Content policy · © 2026</footer>
</body>
</html>
'''
