"""Mining royalty dispute explainer with a definition-list cast of players (HTML)."""
from mk import Doc, s, esc

V = "Veinstone Royalties"
C = "Cragwater Mining"
AK = "Arvid Kestenbaum"
NT = "Nomvula Trevithick"
IR = "Ignatius Rayne-Ofori"
WG = "Wynn Gatacre"
LB = "Leocadia Brunt"


def dt(d, term):
    d.raw("<dt>%s</dt>\n" % esc(term))


def build():
    d = Doc("veinstone-royalty-dispute-explained.html", "html", default="Jolyon Aspinwall-Teo")
    d.raw("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Skarnhead royalty fight, explained | Ore &amp; Assay</title>
<meta name="author" content="Jolyon Aspinwall-Teo">
<meta property="og:site_name" content="Ore &amp; Assay">
<style>dl.cast dt{font-weight:bold}dl.cast dd{margin:0 0 1em 0}</style>
</head>
<body>
<div class="topbar"><a href="/">Ore &amp; Assay</a> <span class="tagline">Mining news for people who read the footnotes</span> <a class="btn" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<nav class="sections"><a href="/gold">Gold</a> <a href="/copper">Copper</a> <a href="/royalties">Royalties &amp; streams</a> <a href="/people">People</a> <a href="/data">Data</a></nav>
<main>
<article>
<header class="article-head">
<p class="section-label">Explainer</p>
<h1>The Skarnhead royalty fight, explained</h1>
<p class="standfirst">A miner and the company that owns a slice of its gold disagree about one word in a 2019 contract.</p>
<p class="byline">By <a href="/staff/jolyon-aspinwall-teo">Jolyon Aspinwall-Teo</a></p>
<p class="dateline"><time datetime="2026-11-18">18 November 2026</time> &middot; 5 min read</p>
<div class="share"><a href="#">Email</a> <a href="#">Copy link</a></div>
</header>
<div class="article-body">
""")
    d.p(s("A dispute over how much Cragwater Mining owes on a royalty at its Skarnhead gold mine has wiped a fifth off Veinstone Royalties’ share price since August.", "ev", co=[C, V]),
        s("Here is who is involved and what each side says.", "cx"))
    d.h("Who’s who")
    d.raw('<dl class="cast">\n')
    dt(d, "Veinstone Royalties")
    d.dd(s("Veinstone owns a 3% net smelter royalty on Skarnhead’s gold, which it bought for £140 million in 2019.", "ev", co=[V]),
         s("Skarnhead provides about 40% of its revenue.", "ev"))
    dt(d, "Cragwater Mining")
    d.dd(s("Cragwater owns and runs the Skarnhead mine and built a £260 million processing plant there last year.", "ev", co=[C]))
    dt(d, "Arvid Kestenbaum")
    d.dd(s("Veinstone’s chief executive since 2021 and the architect of the Skarnhead purchase.", "cx", co=[V]))
    dt(d, "Nomvula Trevithick")
    d.dd(s("Cragwater’s chief executive, a former mining engineer who ran the plant’s construction.", "cx", co=[C]))
    dt(d, "The arbitration panel")
    d.dd(s("Three arbitrators who will hear the case in March under the royalty agreement’s dispute clause.", "ev"))
    d.raw("</dl>\n")

    d.h("What Veinstone says")
    d.p(s("Veinstone says Cragwater has deducted the running costs of the new plant from the royalty since January, cutting its payments by about a third.", "ev", "-", sp=V, co=[C, V]),
        s("The agreement allows deductions only for “smelting and refining,” and a leaching plant at the mine is neither, Kestenbaum argued in a letter to shareholders.", "cl", "+", sp=AK),
        s("“They have found a way to charge us rent for their own plant,” he wrote.", "cl", sp=AK))

    d.h("What Cragwater says")
    d.p(s("Cragwater disputes that reading.", "cc", "+", sp=C, co=[C], ct="allows deductions only for"),
        s("Trevithick said the plant does work that a refiner used to do off site, so its costs are refining costs “in everything but postcode.”", "cl", "+", sp=NT),
        s("She also said the plant had raised the mine’s gold recovery from 81% to 90%, which increases the royalty Veinstone receives.", "cc", "+", sp=NT, co=[V], ct="cutting its payments by about a third"))
    d.p(s("The recovery figures are borne out by Cragwater’s quarterly production reports.", "ev", "+", sp=C, co=[C]),
        s("But the extra gold is worth about £2 million a year to Veinstone, against the £7 million a year the deductions take, on Veinstone’s own figures.", "cc", "-", sp=V, co=[V], ct="increases the royalty Veinstone receives"))

    d.h("What others say")
    d.p(s("Ignatius Rayne-Ofori, who teaches resources law at the University of Pembray, thinks Veinstone has the stronger case on the wording.", "cc", "+", sp=IR, co=["University of Pembray", V], ct="in everything but postcode"),
        s("“Tribunals read royalty deductions narrowly, and a plant at the mine is not a refinery,” he said.", "cl", "+", sp=IR),
        s("But he warned that the panel could still award Cragwater part of the costs if it finds the agreement ambiguous.", "cc", "-", sp=IR, co=[C], ct="has the stronger case on the wording"))
    d.p(s("Wynn Gatacre, an analyst at Flintmere Capital, cut Veinstone to hold last week, saying the dispute had turned a steady royalty into a lawsuit.", "rc", sp=WG, co=["Flintmere Capital", V]),
        s("He expects the panel’s decision no earlier than the summer.", "pr", sp=WG))
    d.p(s("Leocadia Brunt, who manages the Ironhallow Resources Fund, took the other side and has been buying the shares.", "cc", "+", sp=LB, co=["Ironhallow Resources Fund", V], ct="cut Veinstone to hold"),
        s("In her view, even if Veinstone loses, the royalty is worth more than the share price implies.", "cl", "+", sp=LB, co=[V]))

    d.h("What happens next")
    d.p(s("The panel will hear the case over two weeks from 9 March.", "ev"),
        s("Until it rules, Cragwater will keep paying the reduced amount.", "ev", co=[C]),
        s("Veinstone has said it will hold its dividend at 14p a share.", "ev", sp=V, co=[V]),
        s("Kestenbaum declined to say whether Veinstone had tried to settle.", "cx", co=[V]))
    d.raw("""</div>
<footer class="article-foot"><p class="tags">Tags: <a href="/tag/royalties">royalties</a>, <a href="/tag/gold">gold</a>, <a href="/tag/arbitration">arbitration</a></p>
<div class="share"><a href="#">Email</a> <a href="#">Copy link</a></div></footer>
</article>
<aside class="more"><h2>More from Royalties &amp; streams</h2><ul><li><a href="/r/1">Stream buyers pay up for copper</a></li><li><a href="/r/2">Five royalty deals that went wrong</a></li></ul></aside>
</main>
<footer class="site-foot"><p>&copy; 2026 Ore &amp; Assay. Nothing on this site is investment advice.</p><p><a href="/about">About</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/terms">Terms</a></p></footer>
</body>
</html>
""")
    return d
