from mk import Doc, s, render_html_body

doc = Doc('scrivelle-agm-chat-replay.html', 'html', 'Scrivelle Cards')
D = 'D'
SC = 'Scrivelle Cards'
HB = 'Honora Blackstrode'
PO = 'Piers Ottaway'
PS = 'Penderby Supermarkets'


def msg(ts, who, mod=False):
    if mod:
        author = '<span class="author mod">%s <em class="badge">Moderator</em></span>' % who
    else:
        author = '<span class="author">%s</span>' % who
    return {'html': '<li class="chat-msg"><span class="ts">%s</span> %s <span class="text">{t}</span></li>' % (ts, author)}


doc.raw('<div class="replay-intro">')
doc.p(
    s("This is the replay of the live chat that ran alongside the webcast of the Scrivelle Cards annual general meeting on 27 November.", D, SC, 'K', '0'),
    s("Messages appear as they were posted, except that eleven were removed by moderators for abuse.", D, '', 'K', '0'),
)
doc.raw('</div>')
doc.raw('<ol class="chat-log">')
doc.p(
    s("Welcome to the Scrivelle Cards annual general meeting.", SC, SC, 'K', '0'),
    s("Please post questions for the board here, and the chair, Honora Blackstrode, will answer as many as she can once the resolutions have been put to the vote.", SC, '', 'K', '0'),
    **msg('14:00', 'Scrivelle IR', True))
doc.p(
    s("Dividend halved and the chief executive still gets a bonus.", 'cardsharp_77', '', 'C', '-'),
    s("Shameful.", 'cardsharp_77', '', 'C', '-'),
    **msg('14:03', 'cardsharp_77'))
doc.p(
    s("The bonus paid out at 40% of maximum, and it is all in the remuneration report on page 71.", 'gwen_rhys_holds', '', 'X', '0', 'Dividend halved'),
    s("I would rather they paid him for the online numbers than for nothing.", 'gwen_rhys_holds', '', 'C', '+'),
    **msg('14:04', 'gwen_rhys_holds'))
doc.p(
    s("From chief executive Piers Ottaway’s presentation: online sales rose 34% in the year and are now 22% of group revenue.", PO, '', 'E', '+'),
    s("He also said 14 shops will close next year because shoppers have moved online for good.", PO, '', 'C', '-'),
    **msg('14:08', 'Scrivelle IR', True))
doc.p(
    s("Online sales are up because they cut online prices by a fifth in March.", 'margincall_mo', '', 'X', '-', 'online sales rose 34%'),
    s("Ask them what the online business made, not what it sold.", 'margincall_mo', '', 'R', '0'),
    **msg('14:09', 'margincall_mo'))
doc.p(
    s("I managed the Thrushcombe shop until March.", 'ex_store_manager_bea', '', 'E', '0'),
    s("We went from four staff on a Saturday to two, and at Christmas the queue was out of the door.", 'ex_store_manager_bea', '', 'E', '-'),
    s("The shops are closing because nobody is there to sell the cards, not because people stopped buying them.", 'ex_store_manager_bea', '', 'X', '-', '14 shops will close next year'),
    **msg('14:12', 'ex_store_manager_bea'))
doc.p(
    s("Everyone in this chat is ignoring the licensing deal.", 'tenbagger_tilly', '', 'C', '+'),
    s("Scrivelle designs now sell in 900 Penderby Supermarkets branches, and that income is almost pure margin.", 'tenbagger_tilly', PS + ';' + SC, 'C', '+'),
    **msg('14:16', 'tenbagger_tilly'))
doc.p(
    s("Almost pure margin on a contract Penderby can cancel on six months’ notice.", 'margincall_mo', PS, 'X', '-', 'that income is almost pure margin'),
    s("I’m short, for the record.", 'margincall_mo', '', 'R', '-'),
    **msg('14:19', 'margincall_mo'))
doc.p(
    s("The resolutions have now been put to the vote, and the chair is taking questions.", SC, '', 'K', '0'),
    **msg('14:31', 'Scrivelle IR', True))
doc.p(
    s("The chair answered margincall_mo’s question: the online business made an operating profit of £3.1 million this year, its first full-year profit.", HB, '', 'X', '+', 'Ask them what the online business made'),
    s("She said the online price cuts had been paid for by lower delivery costs, not by lower margins.", HB, '', 'X', '+', 'Online sales are up because'),
    **msg('14:33', 'Scrivelle IR', True))
doc.p(
    s("On staffing, the chair said shop labour hours were down 9% on the year, not half, and that the company will review Saturday rotas at its 40 busiest shops.", HB, SC, 'X', '+', 'We went from four staff'),
    **msg('14:36', 'Scrivelle IR', True))
doc.p(
    s("Down 9% on average, with the cuts falling on Saturdays.", 'ex_store_manager_bea', '', 'X', '-', 'On staffing, the chair said'),
    s("Ask any shop manager.", 'ex_store_manager_bea', '', 'R', '0'),
    **msg('14:38', 'ex_store_manager_bea'))
doc.p(
    s("Voted for everything except the remuneration report.", 'gwen_rhys_holds', '', 'R', '0'),
    s("The online profit is the first good news in three years.", 'gwen_rhys_holds', '', 'C', '+'),
    s("But the board still has to explain why the bonus came before the dividend.", 'gwen_rhys_holds', '', 'X', '0', 'The online profit is the first good news'),
    **msg('14:41', 'gwen_rhys_holds'))
doc.p(
    s("Poll results: all resolutions passed, and the remuneration report received 61% of the votes cast.", SC, '', 'E', '0'),
    s("Thank you for joining us.", SC, '', 'K', '0'),
    **msg('14:47', 'Scrivelle IR', True))
doc.p(
    s("61% is a protest vote in anyone’s language.", 'margincall_mo', '', 'C', '-'),
    **msg('14:48', 'margincall_mo'))
doc.raw('</ol>')

HEAD = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>AGM 2026 webcast replay | Scrivelle Cards plc Investors</title>
<meta property="og:site_name" content="Scrivelle Cards">
<meta name="robots" content="index,follow">
<script src="https://player.streamhall.example/embed.js" async></script>
<script>var agmReplay={event:"scrivelle-agm-2026",chat:true,duration:"1:42:10"};</script>
</head>
<body class="investors">
<header class="ir-header">
  <a class="logo" href="/investors">Scrivelle Cards plc</a>
  <nav class="ir-nav"><a href="/investors">Investors home</a> <a href="/investors/results">Results and reports</a> <a href="/investors/share-price">Share price</a> <a class="active" href="/investors/agm">AGM</a> <a href="/investors/contact">Contact IR</a></nav>
  <div class="ticker">SCRV 84.5p <span class="down">&#9660; 1.2%</span></div>
</header>
<main>
  <p class="section-label">Annual General Meeting 2026</p>
  <h1>AGM webcast replay</h1>
  <div class="player-wrap">
    <div class="player" data-src="streamhall:scrivelle-agm-2026"><span class="play">&#9654;</span> <span class="duration">Replay &middot; 1:42:10</span> <span class="views">318 watched live</span></div>
    <p class="downloads"><a href="/investors/agm/2026/slides.pdf">Download the presentation (PDF)</a> &middot; <a href="/investors/agm/2026/poll-results.pdf">Poll results (PDF)</a></p>
  </div>
  <section class="chat-replay">
    <div class="chat-head"><h2 class="chat-title">Live chat replay</h2> <span class="toggle"><a class="on" href="#">Top chat</a> | <a href="#">Live chat</a></span> <button class="hide-chat">Hide chat</button></div>
'''

TAIL = '''    <p class="chat-end">Chat replay ended</p>
  </section>
</main>
<footer class="ir-footer">
  <p>Scrivelle Cards plc. Registered office: 4 Cordwain Yard, Tollcaster. Webcast provided by Streamhall Events.</p>
  <p><a href="/legal">Legal</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; &copy; 2026</p>
</footer>
</body>
</html>
'''


def render():
    return HEAD + render_html_body(doc, ents='’£', indent='    ') + '\n' + TAIL
