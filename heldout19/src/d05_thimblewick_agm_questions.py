from mk import Doc, S, render_html_body

FNAME = 'thimblewick-agm-shareholder-questions.html'
TB, LH, KC, CP = 'Thimblewick Booksellers', 'Pageferret', 'Kettleburn Coffee', 'Cordrake Partners'
AP, NB, LQ, JH = 'Florian Pask', 'Nerys Bowditch', 'Loretta Quayhurst', 'Jonquil Haverick'
EQ, CV, GT = 'Esmond Quarless', 'Verena Vaux-Ridley', 'Lachlan Threapwood'
I = '        '


def who(kind, text):
    return I + '<p class="%s">%s</p>' % (kind, text)


def build():
    d = Doc(FNAME, 'Thimblewick Booksellers')
    d.p(S('Shareholders submitted 41 questions ahead of the Annual General Meeting on 9 December.', t='evidence'),
        S('The Board has grouped them by theme and answers the six most frequently raised below, in the order they were received.',
          t='context'), cls='intro')

    d.h('Question 1: Shop closures', tag='h3')
    d.raw(who('asker', 'Submitted by Florian Pask, private shareholder'))
    d.p(S('The company is closing 12 of its 94 shops in the new year.', sp=AP, co=[TB], t='evidence', st='bearish'),
        S('I fear it is the start of a managed decline.', sp=AP, st='bearish'),
        S('How many more closures should shareholders expect?', sp=AP, t='context'), cls='q')
    d.raw(who('answerer', 'Answered by Verena Vaux-Ridley, Chief Executive'))
    d.p(S('It is not.', sp=CV, t='counterclaim', st='bullish', ctr='managed decline'),
        S('The 12 shops lost a combined £2.3 million last year, and nine of them are within two miles of a larger Thimblewick branch that we expect to take most of their customers.',
          sp=CV, co=[TB], t='evidence', st='bullish'),
        S('We have no plans for further closures, although we review every lease when it falls due.',
          sp=CV, t='evidence'), cls='a')

    d.h('Question 2: Dividend and bonuses', tag='h3')
    d.raw(who('asker', 'Submitted by Nerys Bowditch, Portfolio Manager, Helmstock Value Fund'))
    d.p(S('The Board suspended the final dividend for the second year running while paying £1.8 million in bonuses to the executive team.',
          sp=NB, t='evidence', st='bearish'),
        S('We own 6.2% of the shares and will vote against the remuneration report unless the Board explains why.',
          sp=NB, co=[TB], t='recommendation', st='bearish'), cls='q')
    d.raw(who('answerer', 'Answered by Esmond Quarless, Chair'))
    d.p(S('The bonuses were earned against targets set before the café concessions were sold, and most of them will be paid in shares that cannot be sold for three years.',
          sp=EQ, t='counterclaim', ctr='paying £1.8 million in bonuses'),
        S('The dividend will return when net debt is below one times earnings, which we expect in the 2028 financial year.',
          sp=EQ, t='prediction', st='bullish'),
        S('We accept that we should have explained this in the annual report, and we will do so next year.', sp=EQ),
        cls='a')

    d.h('Question 3: Online sales', tag='h3')
    d.raw(who('asker', 'Submitted by Loretta Quayhurst, private shareholder'))
    d.p(S('Online sales grew just 4% last year.', sp=LQ, t='evidence', st='bearish'),
        S('Pageferret says its own online book sales grew 30% over the same period.',
          sp=LH, co=[LH], t='evidence', st='bullish'),
        S('Why should we believe the shops can compete?', sp=LQ, st='bearish'), cls='q')
    d.raw(who('answerer', 'Answered by Verena Vaux-Ridley, Chief Executive'))
    d.p(S('Pageferret’s figure includes e-books and audiobooks, which we do not sell; on printed books alone, its growth was about 6%.',
          sp=CV, co=[LH], t='counterclaim', st='bearish', ctr='its own online book sales grew 30%'),
        S('Our shops are where most of our online customers first find us, and 58% of online orders are collected in a branch.',
          sp=CV, t='evidence', st='bullish'), cls='a')

    d.h('Question 4: Pay for booksellers', tag='h3')
    d.raw(who('asker', 'Submitted by Jonquil Haverick, bookseller, Tollingford branch (employee shareholder)'))
    d.p(S('Booksellers in my branch are paid 4p an hour above the legal minimum, and three experienced colleagues left for the supermarket across the road this year.',
          sp=JH, t='evidence', st='bearish'),
        S('The Board should share the savings from the closures with the staff who remain.',
          sp=JH, t='recommendation'), cls='q')
    d.raw(who('answerer', 'Answered by Verena Vaux-Ridley, Chief Executive'))
    d.p(S('From April every bookseller with two years’ service will be paid at least 60p above the legal minimum.',
          sp=CV, t='evidence'),
        S('Staff turnover fell to 24% this year from 31%, though we know that is still too high.',
          sp=CV, t='evidence', st='bullish'), cls='a')

    d.h('Question 5: The café sale', tag='h3')
    d.raw(who('asker', 'Submitted by Florian Pask, private shareholder'))
    d.p(S('Selling the cafés to Kettleburn Coffee raised £7 million, but the cafés drew people into the shops.',
          sp=AP, co=[KC], st='bearish'),
        S('What has happened to footfall in the shops that lost their café?', sp=AP, t='context'), cls='q')
    d.raw(who('answerer', 'Answered by Lachlan Threapwood, Chief Financial Officer'))
    d.p(S('Footfall in those 31 shops is down 3%, compared with 2% across the estate, so the effect has been small.',
          sp=GT, t='counterclaim', st='bullish', ctr='the cafés drew people into the shops'),
        S('Kettleburn Coffee pays us a rent and a share of sales under a ten-year agreement, so we kept much of the café income without the cost of running them.',
          sp=GT, co=[KC], t='evidence', st='bullish'), cls='a')

    d.h('Question 6: Approaches for the company', tag='h3')
    d.raw(who('asker', 'Submitted by Nerys Bowditch, Portfolio Manager, Helmstock Value Fund'))
    d.p(S('Press reports in October said a private equity firm, Cordrake Partners, had approached the company.',
          sp=NB, co=[CP, TB], t='evidence'),
        S('Will the Board put any offer to shareholders rather than reject it privately?',
          sp=NB, t='recommendation'), cls='q')
    d.raw(who('answerer', 'Answered by Esmond Quarless, Chair'))
    d.p(S('The Board does not comment on market rumour.', sp=EQ, t='context'),
        S('Any offer that the Board believed shareholders should consider would be put to them.',
          sp=EQ, t='evidence'), cls='a')

    d.p(S('Shareholders may ask further questions at the meeting itself.', t='context'), cls='outro')

    body = render_html_body(d)
    page = HEAD + body + '\n' + FOOT
    return d, page


HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>AGM 2026: shareholder questions and answers | Thimblewick Booksellers plc – Investors</title>
  <meta name="description" content="The Board's answers to questions submitted by shareholders ahead of the 2026 Annual General Meeting.">
  <meta property="og:site_name" content="Thimblewick Booksellers plc – Investors">
  <link rel="stylesheet" href="/assets/ir.css">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "WebPage",
   "name": "AGM 2026: shareholder questions and answers",
   "datePublished": "2026-12-02",
   "publisher": {"@type": "Organization", "name": "Thimblewick Booksellers plc"}}
  </script>
</head>
<body>
  <div class="cookie-bar">We use cookies to understand how this site is used. <button>Accept</button> <button>Manage settings</button></div>
  <header class="ir-header">
    <a class="logo" href="/">Thimblewick Booksellers</a>
    <span class="ticker">THW 142.5p <span class="up">+1.2%</span> · delayed 15 minutes</span>
    <nav>
      <ul>
        <li><a href="/investors/">Investors</a></li>
        <li><a href="/investors/results/">Results &amp; reports</a></li>
        <li><a href="/investors/share-price/">Share price</a></li>
        <li><a href="/investors/agm/">AGM 2026</a></li>
        <li><a href="/investors/governance/">Governance</a></li>
        <li><a href="/contact/">Contact</a></li>
        <li><a href="https://shop.thimblewick.example/">Shop books</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <ol class="breadcrumbs"><li><a href="/investors/">Investors</a></li><li><a href="/investors/agm/">AGM 2026</a></li><li>Shareholder questions</li></ol>
    <article class="ir-page">
      <h1>AGM 2026: shareholder questions and answers</h1>
      <p class="updated">Published 2 December 2026</p>
      <div class="page-body">
'''

FOOT = '''      </div>
      <aside class="documents">
        <h2>AGM documents</h2>
        <ul>
          <li><a href="/docs/notice-of-agm-2026.pdf">Notice of Annual General Meeting 2026 (PDF, 412 KB)</a></li>
          <li><a href="/docs/annual-report-2026.pdf">Annual Report and Accounts 2026 (PDF, 6.1 MB)</a></li>
          <li><a href="/docs/proxy-form-2026.pdf">Form of proxy (PDF, 98 KB)</a></li>
        </ul>
        <p>Registered shareholders can vote online until 48 hours before the meeting.</p>
      </aside>
    </article>
  </main>
  <footer class="site-footer">
    <p>Thimblewick Booksellers plc. Registered office: 14 Quire Street, Tollingford. Company number 04417263.</p>
    <p><a href="/legal/">Legal</a> · <a href="/privacy/">Privacy</a> · <a href="/accessibility/">Accessibility</a> · <a href="/investors/alerts/">Email alerts</a></p>
    <p>© 2026 Thimblewick Booksellers plc</p>
  </footer>
</body>
</html>
'''
