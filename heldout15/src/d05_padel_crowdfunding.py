from mk import Doc, s, render_html_body

doc = Doc('courtvale-padel-crowdfunding.html', 'html', 'Crowdhaven')
D = 'D'
CP = 'Courtvale Padel'
JH = 'Jory Hembrow'
IR = 'Ifeoma Rauhala'


def qa(label, cls):
    return {'html': '<p class="%s"><span class="qa-name">%s</span> {t}</p>' % (cls, label)}


doc.raw('<section id="pitch" class="panel">')
doc.h("The founders’ pitch")
doc.p(
    s("Padel is the fastest-growing racket sport in the country, and there are not nearly enough courts.", JH, '', 'C', '+'),
    s("Courtvale Padel opened its first indoor club in Brackwick in 2023 and now runs four, with 38 courts between them.", JH, CP, 'E', '0'),
)
doc.p(
    s("Our courts were 81% booked at peak times last quarter, and 88% of members renewed.", JH, '', 'E', '+'),
    s("We are raising £1.5 million to open three more clubs by the end of 2027.", JH, '', 'E', '0'),
    s("We expect each new club to pay back its fit-out cost within three years.", JH, '', 'P', '+'),
)
doc.p(
    s("— Jory Hembrow and Ifeoma Rauhala, co-founders", JH, '', 'K', '0'),
    html='<p class="signature">{t}</p>')
doc.raw('</section>')

doc.raw('<section id="due-diligence" class="panel">')
doc.h("What our due-diligence team found")
doc.p(
    s("Crowdhaven’s due-diligence team reviewed the company’s accounts, leases and booking data before the campaign opened.", 'Crowdhaven', 'Crowdhaven;' + CP, 'E', '0'),
    s("The 81% figure is correct for weekday evenings and weekend mornings, which the company defines as peak; across all opening hours, courts were booked 46% of the time.", D, CP, 'X', '-', '81% booked at peak'),
    s("Two of the four clubs are profitable after central costs, and the other two, opened in the past twelve months, are not yet.", D, '', 'E', '0'),
)
doc.p(
    s("We challenged the three-year payback, because it assumes every new club reaches the first club’s booking levels within a year.", D, '', 'X', '-', 'pay back its fit-out cost'),
    s("The founders’ answer was that the first club reached those levels in eight months, and that the new sites were chosen with the same catchment model.", JH, '', 'X', '+', 'We challenged the three-year payback'),
    s("We think that is a reasonable answer for one club and an untested one for seven.", D, '', 'X', '-', 'The founders’ answer was'),
)
doc.p(
    s("The leases on all four clubs give the landlord a break clause after five years, which we consider the main risk not covered in the pitch.", D, '', 'C', '-'),
)
doc.raw('</section>')

doc.raw('<section id="questions" class="panel">')
doc.h("Questions from investors")
doc.raw('<p class="panel-note">Selected by Crowdhaven from questions sent privately to the founders. Open comments are under Discussion.</p>')
doc.raw('<div class="qa">')
doc.p(
    s("The valuation is £14.2 million for a business with four clubs and, as far as I can see from the accounts, a loss of £610,000 last year.", 'Morwenna T.', '', 'C', '-'),
    s("How do you justify that?", 'Morwenna T.', '', 'K', '0'),
    **qa('Morwenna T. asked:', 'q'))
doc.p(
    s("The loss is the cost of opening two clubs in one year; the two mature clubs made £740,000 between them before central costs.", IR, '', 'X', '+', 'The valuation is £14.2 million'),
    s("We priced the round on what seven clubs will earn, not on what four earn today, and the pitch says so.", IR, '', 'C', '+'),
    **qa('Ifeoma Rauhala, co-founder, answered:', 'a'))
doc.raw('</div>')
doc.raw('<div class="qa">')
doc.p(
    s("I play at Courtvale’s Brackwick club and the courts are always full.", 'Kwabena A.', CP, 'E', '+'),
    s("But Lobline Padel has just opened eight courts two miles away, at lower prices.", 'Kwabena A.', 'Lobline Padel', 'X', '-', 'the courts are always full'),
    s("What happens to bookings when the novelty wears off and the competition arrives?", 'Kwabena A.', '', 'C', '-'),
    **qa('Kwabena A. asked:', 'q'))
doc.p(
    s("Lobline’s courts are cheaper because they are outdoor courts under a roof, not indoor courts, and our members tell us they will pay for heating in January.", JH, 'Lobline Padel', 'X', '+', 'But Lobline Padel has just opened'),
    s("Bookings at Brackwick have not moved since Lobline opened in September.", JH, 'Lobline Padel', 'E', '+'),
    **qa('Jory Hembrow, co-founder, answered:', 'a'))
doc.raw('</div>')
doc.raw('<div class="qa">')
doc.p(
    s("Why does the landlord have a break clause at all, and what happens to the fit-out money if one is used?", 'Aurélie D.', '', 'K', '0'),
    **qa('Aur&eacute;lie D. asked:', 'q'))
doc.p(
    s("The break clauses were the price of 20-year leases at below-market rents, and in each case the landlord must repay part of our fit-out cost if it uses the break.", IR, '', 'X', '+', 'main risk not covered in the pitch'),
    s("We accept that investors should weigh the risk, which is why it is in the risk section.", IR, '', 'C', '0'),
    **qa('Ifeoma Rauhala, co-founder, answered:', 'a'))
doc.raw('</div>')
doc.raw('</section>')

doc.raw('<section id="platform-note" class="panel">')
doc.h("A note from Crowdhaven")
doc.p(
    s("We have since checked the landlord contribution clauses: three of the four leases have one, but the lease for the Ellerholt club does not.", D, '', 'X', '-', 'in each case the landlord must repay'),
)
doc.p(
    s("Ifeoma Rauhala told us the Ellerholt landlord has agreed in principle to add one.", IR, '', 'X', '+', 'We have since checked'),
    s("Nothing had been signed when this page was last updated.", D, '', 'X', '-', 'agreed in principle'),
)
doc.p(
    s("Investors should read the risk section and the lease summary before deciding.", D, '', 'R', '0'),
)
doc.raw('</section>')

HEAD = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Courtvale Padel &ndash; Invest in indoor padel clubs | Crowdhaven</title>
<meta name="description" content="Courtvale Padel is raising &pound;1.5m on Crowdhaven to open three more indoor padel clubs.">
<meta property="og:site_name" content="Crowdhaven">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.crowdhaven.example/campaigns/courtvale-padel">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Courtvale Padel","publisher":{"@type":"Organization","name":"Crowdhaven"}}</script>
<script>window.chConfig={campaign:"courtvale-padel",ab:"hero-b",track:true};</script>
<style>.bar{height:6px;background:#e5e5e5}.bar span{display:block;height:6px;background:#0a7}</style>
</head>
<body class="campaign">
<div class="risk-banner" role="alert">Don&rsquo;t invest unless you&rsquo;re prepared to lose all the money you invest. This is a high-risk investment and you are unlikely to be protected if something goes wrong. <a href="/risk">Take 2 mins to learn more</a></div>
<header class="site-header">
  <a class="logo" href="/">Crowdhaven</a>
  <nav class="main-nav"><a href="/invest">Invest</a> <a href="/raise">Raise</a> <a href="/learn">Learn</a> <a href="/login">Log in</a> <a class="btn" href="/signup">Sign up</a></nav>
</header>
<main>
  <section class="campaign-hero">
    <p class="sector">Leisure &middot; Sport &middot; Brackwick</p>
    <h1>Courtvale Padel</h1>
    <p class="tagline">Indoor padel clubs for towns that have none</p>
    <div class="raise-box">
      <p class="raised"><strong>&pound;1,146,200</strong> raised of &pound;1,500,000 target</p>
      <div class="bar"><span style="width:76%"></span></div>
      <ul class="raise-stats"><li>612 investors</li><li>9 days left</li><li>Pre-money valuation &pound;14.2m</li><li>Share price &pound;3.40</li><li>Equity offered 9.6%</li><li>EIS eligible</li></ul>
      <a class="btn btn-invest" href="/campaigns/courtvale-padel/invest">Invest now</a>
      <button class="btn-follow">Follow</button>
    </div>
  </section>
  <nav class="campaign-tabs"><a class="active" href="#pitch">Pitch</a> <a href="#due-diligence">Due diligence</a> <a href="#questions">Questions</a> <a href="#discussion">Discussion (214)</a> <a href="#documents">Documents</a></nav>
  <article class="campaign-body">
'''

TAIL = '''  </article>
  <aside id="discussion" class="discussion">
    <h2>Discussion (214)</h2>
    <div class="comment"><span class="user">padel_paddy</span> <span class="when">2 days ago</span><p>Invested. Best club in Brackwick by a mile.</p><span class="likes">14 likes</span></div>
    <div class="comment"><span class="user">RJ Pomeroy-Lusk</span> <span class="when">3 days ago</span><p>Would like to see the monthly cash burn before I commit.</p><span class="likes">9 likes</span></div>
    <button class="load-more">Load more comments</button>
  </aside>
  <aside id="documents" class="documents">
    <h2>Documents</h2>
    <ul><li><a href="#">Pitch deck (PDF, 6.1MB)</a></li><li><a href="#">Financial forecast (XLSX)</a></li><li><a href="#">Lease summary (PDF)</a></li><li><a href="#">Articles of association (PDF)</a></li></ul>
  </aside>
</main>
<footer class="site-footer">
  <p>Crowdhaven is a trading name of Crowdhaven Markets Ltd, which is authorised and regulated by the financial services regulator. Investing in start-ups and early-stage businesses involves risks, including illiquidity, lack of dividends, loss of investment and dilution.</p>
  <p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; &copy; 2026 Crowdhaven</p>
</footer>
<script src="/static/js/campaign.min.js" defer></script>
</body>
</html>
'''


def render():
    return HEAD + render_html_body(doc, ents='’£', indent='    ') + '\n' + TAIL
