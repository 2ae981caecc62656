from mk import *
A = 'Brigitta Saltmarsh-Kato'
VM = 'Veridane Microsystems'
OD = 'Ostrakon Devices'
PS = 'Lumenfold Silicon'
LO = 'Auberon Nnaji-Kessler'
HU = 'Haverleigh University'
OB = 'Octavia Brumfitt'
CR = 'Cantlemere Research'
HTML = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Veridane v Ostrakon: read the filings, five passages that matter | Wafer Level</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="Brigitta Saltmarsh-Kato">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-12-04T07:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Veridane v Ostrakon: read the filings","author":{"@type":"Person","name":"Brigitta Saltmarsh-Kato"},"publisher":{"@type":"Organization","name":"Wafer Level"},"datePublished":"2026-12-04"}</script>
<style>blockquote{border-left:3px solid #999;margin-left:0;padding-left:1em}.cite{font-size:.85em;color:#555}</style>
</head>
<body>
<header class="masthead">
  <a href="/" class="brand">Wafer Level</a>
  <nav class="primary">
    <a href="/chips">Chips</a> <a href="/devices">Devices</a> <a href="/policy">Policy</a> <a href="/deals">Deals</a> <a href="/podcast">Podcast</a>
    <a href="/subscribe" class="btn">Subscribe</a> <a href="/login">Sign in</a>
  </nav>
</header>
<main id="content">
  <article>
    <p class="kicker">Legal</p>
    <h1>Veridane v Ostrakon: read the filings</h1>
    <p class="dek">The licensing fight between a processor designer and a phone-chip maker, in five passages and our notes.</p>
    <div class="byline">By <a href="/authors/saltmarsh-kato" rel="author">Brigitta Saltmarsh-Kato</a>, Legal Correspondent</div>
    <time datetime="2026-12-04">4 December 2026</time> &middot; <span class="readtime">6 min read</span>
    <ul class="share"><li><a href="#">Print</a></li><li><a href="#">Email</a></li><li><a href="#">Copy link</a></li></ul>
    <div class="article-body">
@@BODY@@
    </div>
    <ul class="tags"><li><a href="/tag/licensing">Licensing</a></li><li><a href="/tag/litigation">Litigation</a></li></ul>
  </article>
  <aside class="newsletter">
    <h3>The Tapeout</h3>
    <p>Our weekly briefing on the chip industry. Free, every Monday.</p>
    <form><input type="email" placeholder="Your email"><button>Sign up</button></form>
  </aside>
  <aside class="related">
    <h3>Related</h3>
    <ul>
      <li><a href="/a/ostrakon-modem-results">Ostrakon modem sales beat forecasts</a></li>
      <li><a href="/a/royalty-rates-explained">How processor royalties work</a></li>
    </ul>
  </aside>
</main>
<footer><p>&copy; 2026 Wafer Level Media. All rights reserved.</p><p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
'''
def cite(t, sp, co): return P(s(t, sp, True, co, 'cx', 'ne'), cls='cite')
DOC = dict(file='veridane-ostrakon-filings.html', html=HTML, blocks=[
    P(s("Veridane Microsystems filed its lawsuit against Ostrakon Devices on 18 November, and Ostrakon answered on 2 December.", A, False, [OD, VM], 'ev', 'ne'),
      s("Together the two filings run to 212 pages.", A, False, [], 'ev', 'ne'),
      s("These are the five passages that matter, with our notes.", A, False, [], 'cx', 'ne')),
    H('1. The claim'),
    Q(s("Ostrakon has shipped more than 90 million chips built on Veridane designs while paying the royalty rate that applied to Lumenfold Silicon, a start-up it bought in 2024.", VM, True, [OD, PS, VM], 'ev', 'be'),
      s("That rate is less than a third of the rate in Ostrakon's own licence.", VM, True, [OD], 'ev', 'be')),
    cite("— Veridane's complaint, paragraph 4", VM, [VM]),
    P(s("Our note: the 90 million figure matches the shipments Ostrakon reported for its Lumenfold-based modem chips over the same period.", A, False, [OD], 'ev', 'ne'),
      s("The dispute is over the rate, not over whether the chips use Veridane designs.", A, False, [VM], 'cl', 'ne')),
    H('2. The defence'),
    Q(s("Lumenfold's licence was assigned to Ostrakon with Veridane's written consent on 3 June 2024.", OD, True, [OD, PS, VM], 'cc', 'bu', ctr='while paying the royalty rate that applied to Lumenfold Silicon'),
      s("Veridane accepted royalties at the Lumenfold rate for seven quarters without objection.", OD, True, [VM], 'ev', 'bu')),
    cite("— Ostrakon's answer, paragraph 11", OD, [OD]),
    P(s("Our note: the consent letter, attached as exhibit C, allows the licence to be assigned “for the products described in schedule 2”.", A, False, [], 'ev', 'ne'),
      s("Schedule 2 lists only modem chips, and Veridane says Ostrakon has since used the designs in its application processors.", VM, True, [OD, VM], 'ev', 'be')),
    H('3. The number'),
    Q(s("Veridane estimates the underpayment at $318 million, before interest.", VM, True, [VM], 'ev', 'be')),
    cite("— Veridane's complaint, paragraph 31", VM, [VM]),
    P(s("Our note: Ostrakon's last annual report put its cash at $1.1 billion, so even the full claim would not threaten the company.", OD, True, [OD], 'cl', 'bu')),
    H('4. The industry argument'),
    Q(s("If Veridane's reading were right, every company that buys a licensed start-up would inherit a royalty it never agreed to.", OD, True, [VM], 'cl', 'ne'),
      s("That is not how the industry has ever worked.", OD, True, [], 'cl', 'ne')),
    cite("— Ostrakon's answer, paragraph 46", OD, [OD]),
    P(s("Our note: this is the passage the rest of the industry will read most closely.", A, False, [], 'cl', 'ne')),
    P(s("Auberon Nnaji-Kessler, who teaches licensing law at Haverleigh University, thinks Ostrakon overstates it.", LO, True, [HU, OD], 'cc', 'ne', ctr='would inherit a royalty it never agreed to'),
      s("“Most licences say what happens on a change of control, and this one did,” he said.", LO, True, [], 'cl', 'ne')),
    H('5. The remedy'),
    Q(s("Veridane asks the court to bar Ostrakon from selling application processors built on its designs until the royalties are paid.", VM, True, [OD], 're', 'be')),
    cite("— Veridane's complaint, paragraph 58", VM, [VM]),
    P(s("Our note: an order like that would hit Ostrakon's main product line, which supplies three of the five best-selling phone makers.", A, False, [OD], 'pr', 'be')),
    P(s("Octavia Brumfitt, an analyst at Cantlemere Research, does not expect it to come to that.", OB, True, [CR], 'cc', 'bu', ctr="an order like that would hit Ostrakon's main product line"),
      s("She thinks the companies will settle at a rate somewhere between the two licences.", OB, True, [OD, VM], 'pr', 'bu'),
      s("She rates Ostrakon's shares a buy.", OB, True, [OD], 're', 'bu')),
    P(s("Neither company would comment beyond its filing.", A, False, [OD, VM], 'cx', 'ne')),
  ])
