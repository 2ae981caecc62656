from mk import Doc, S

AM, AA, QR = "Aldercombe Museum of Natural History", "Altivane Aviation", "Quiet Runway"
IG, HMc = "Iolanthe Grice", "Honorine Maclaverty"

PRE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Artists walk out of museum&rsquo;s climate gallery over private-jet sponsor | Ostlegate Reporter</title>
  <meta name="description" content="Four artists withdraw work from the Aldercombe Museum of Natural History as the museum defends its deal with Altivane Aviation.">
  <meta property="og:site_name" content="Ostlegate Reporter">
  <link rel="stylesheet" href="/assets/reporter.css">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Artists walk out of museum's climate gallery over private-jet sponsor",
   "author": {"@type": "Person", "name": "Rosheen Tallentire"},
   "publisher": {"@type": "Organization", "name": "Ostlegate Reporter"},
   "datePublished": "2026-12-02T07:30:00Z"}
  </script>
</head>
<body>
  <div class="cookie-banner">We use cookies to understand how you use our site. <button>Accept all</button> <button>Manage settings</button></div>
  <header class="masthead">
    <a class="logo" href="/">Ostlegate Reporter</a>
    <nav>
      <a href="/news">News</a> <a href="/business">Business</a> <a href="/arts">Arts</a>
      <a href="/sport">Sport</a> <a href="/opinion">Opinion</a>
      <a class="subscribe" href="/subscribe">Subscribe</a>
    </nav>
  </header>
  <main>
    <article>
      <p class="kicker"><a href="/arts">Arts</a></p>
      <h1>Artists walk out of museum&rsquo;s climate gallery over private-jet sponsor</h1>
      <p class="dek">The director says the money pays for half the gallery. Staff and a former trustee tell a different story.</p>
      <p class="byline">By <a href="/authors/rosheen-tallentire">Rosheen Tallentire</a>, Arts Correspondent</p>
      <time datetime="2026-12-02T07:30:00Z">2 December 2026</time>
      <ul class="share"><li><a href="#">Share by email</a></li><li><a href="#">Copy link</a></li><li><a href="#">Print</a></li></ul>
      <div class="article-body">
"""

POST = """      </div>
      <ul class="share share-bottom"><li><a href="#">Share by email</a></li><li><a href="#">Copy link</a></li></ul>
    </article>
    <aside class="newsletter">
      <h3>The Culture Note</h3>
      <p>Exhibitions, openings and the money behind them, every Friday. <a href="/newsletters">Sign up</a></p>
    </aside>
    <aside class="related">
      <h3>Related</h3>
      <ul>
        <li><a href="/arts/theatre-sponsor-drops-out">Theatre loses bank sponsor after two seasons</a></li>
        <li><a href="/arts/gallery-free-entry-review">Gallery reviews free entry as council grant shrinks</a></li>
        <li><a href="/business/private-jet-demand">Private-jet bookings hold up as fares fall</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>&copy; 2026 Ostlegate Reporter. All rights reserved.</p>
    <p><a href="/about">About us</a> &middot; <a href="/corrections">Corrections</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p>
  </footer>
  <script src="/assets/reporter.js"></script>
</body>
</html>
"""


def doc():
    d = Doc("aldercombe-museum-sponsor-row.html", "html", "Rosheen Tallentire")
    d.pre, d.post = PRE, POST
    d.ent = {"’": "&rsquo;", "“": "&ldquo;", "”": "&rdquo;", "£": "&pound;"}
    d.p(S("Four artists have withdrawn their work from the Aldercombe Museum of Natural History’s new climate gallery in protest at its sponsor, the private-jet operator Altivane Aviation.", "evidence", "bearish", [AM, AA]),
        S("The gallery, to be called the Altivane Climate Hall under a five-year deal worth £3.5 million, is due to open on 14 March.", "evidence", "neutral", [AA]))
    d.p(S("In a letter led by the sculptor Iolanthe Grice and published on Monday, the four artists said the museum was “selling its credibility to a company whose customers have the largest carbon footprint per passenger on earth.”", "claim", "bearish", [AM], sp=IG),
        S("Grice said she would not hang her work “under a logo that flies nine people to a ski weekend.”", "claim", "bearish", [], sp=IG),
        S("By Wednesday evening the letter had been signed by 112 other artists and scientists.", "evidence", "neutral", []),
        S("Quiet Runway, a campaign group, says it will picket the opening.", "evidence", "neutral", [QR], sp=QR))
    d.p(S("The museum’s director, Honorine Maclaverty, defended the deal.", "counterclaim", "bullish", [AM], sp=HMc, c="selling its credibility"),
        S("She said the sponsorship paid for half of the gallery and that no sponsor had seen, let alone changed, a word of its content.", "claim", "bullish", [], sp=HMc),
        S("“If we only took money from companies with no carbon footprint, we would have no climate gallery at all,” she said.", "claim", "bullish", [], sp=HMc),
        S("She added that the museum would publish the sponsorship contract in full.", "evidence", "neutral", [AM], sp=HMc))
    d.p(S("That argument does not persuade everyone on the museum’s own staff.", "counterclaim", "bearish", [AM], c="If we only took money"),
        S("Two curators, who asked not to be named, said the gallery’s section on aviation had been cut from four display cases to one after the deal was signed.", "evidence", "bearish", []))
    d.p(S("The museum says the cut was made for space, not content, and was decided in May, before the sponsor was chosen.", "counterclaim", "bullish", [AM], sp=AM, c="cut from four display cases"),
        S("But Lowell Brathwaite-Innes, a trustee who resigned in October, said the cut was first proposed at the same meeting that approved Altivane as sponsor.", "counterclaim", "bearish", [AA], sp="Lowell Brathwaite-Innes", c="The museum says the cut was made for space"))
    d.p(S("Altivane Aviation said it was “proud to support science” and had asked for nothing in return but its name on the door.", "counterclaim", "bullish", [AA], sp=AA, c="first proposed at the same meeting"),
        S("Its chief executive, Torquil Vardy, told investors last month that the company’s jets now burn blends of sustainable aviation fuel on 30% of flights.", "evidence", "bullish", [AA], sp="Torquil Vardy"))
    d.p(S("Quiet Runway calls that figure “a rounding error on a very large footprint”.", "counterclaim", "bearish", [], sp=QR, c="sustainable aviation fuel on 30% of flights"),
        S("It says the blends contain at most 10% sustainable fuel, so the share of the fleet’s fuel that is sustainable is nearer 3%.", "evidence", "bearish", [], sp=QR))
    d.p(S("Sponsorship made up 9% of the museum’s £38 million income last year, according to its annual accounts.", "evidence", "neutral", [AM], sp=AM),
        S("Philomena Sallis, who advises arts charities on sponsorship at Pendlebrook Advisory, thinks the museum cannot afford to turn the money away.", "claim", "neutral", [AM, "Pendlebrook Advisory"], sp="Philomena Sallis"),
        S("“Corporate money for galleries has halved since 2019, and the companies still giving are mostly the ones people object to,” she said.", "evidence", "neutral", [], sp="Philomena Sallis"))
    d.p(S("Aldercombe City Council, which provides a third of the museum’s income, said the choice of sponsor was a matter for the trustees.", "claim", "neutral", ["Aldercombe City Council", AM], sp="Aldercombe City Council"))
    d.p(S("For Altivane, the row is unlikely to matter much.", "claim", "bullish", [AA]),
        S("Bertil Hanshaw, an aviation analyst at Stourvale Capital, said its customers “are not choosing a jet on the basis of a museum wall”.", "claim", "bullish", ["Stourvale Capital"], sp="Bertil Hanshaw"),
        S("But he said the company’s plan to sponsor two university chairs in climate science could draw the same protests.", "counterclaim", "bearish", [AA], sp="Bertil Hanshaw", c="not choosing a jet"))
    d.p(S("Maclaverty said on Wednesday that the gallery would open on time, with or without the four artists.", "evidence", "neutral", [], sp=HMc),
        S("A museum spokeswoman said their works would be replaced by pieces from the museum’s own collection.", "evidence", "neutral", [AM], sp=AM),
        S("Grice’s reply was that a climate gallery without artists is “a showroom with a sponsor’s name on it”.", "counterclaim", "bearish", [], sp=IG, c="would open on time"))
    return d
