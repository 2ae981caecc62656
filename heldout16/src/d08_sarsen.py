from mk import Doc, S

LH, SR, MI, PE = "Lindmoss Heat Networks", "Sarsen Ratings", "Mardle Infrastructure", "Piran Elcock"

PRE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Lindmoss Heat Networks: why we moved the outlook to negative | Sarsen Ratings</title>
  <meta name="robots" content="noarchive">
  <link rel="stylesheet" href="/assets/sarsen.css">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "Report", "name": "Lindmoss Heat Networks: why we moved the outlook to negative",
   "author": {"@type": "Person", "name": "Ondine Fairclough"}, "publisher": {"@type": "Organization", "name": "Sarsen Ratings"}}
  </script>
</head>
<body>
  <header class="top">
    <a class="logo" href="/">Sarsen Ratings</a>
    <nav><a href="/ratings">Ratings</a> <a href="/research">Research</a> <a href="/criteria">Criteria</a> <a href="/regulatory">Regulatory disclosures</a> <a href="/signin">Sign in</a></nav>
  </header>
  <main class="research">
    <p class="doc-type">Research &middot; Sector commentary &middot; Infrastructure</p>
    <h1>Lindmoss Heat Networks: why we moved the outlook to negative</h1>
    <p class="byline">By Ondine Fairclough, Director, Infrastructure Ratings</p>
    <p class="pubdate">Published 24 November 2026</p>
    <aside class="contacts">
      <h3>Analyst contacts</h3>
      <p>Ondine Fairclough, Director &ndash; primary analyst</p>
      <p>Rufus Tennick, Associate Director &ndash; secondary analyst</p>
      <p>Press enquiries: press office, weekdays 8am&ndash;6pm</p>
    </aside>
    <section class="commentary">
"""

POST = """    </section>
    <aside class="related-research">
      <h3>Related research</h3>
      <ul>
        <li><a href="/research/heat-networks-outlook-2027">Heat networks: 2027 sector outlook</a></li>
        <li><a href="/criteria/regulated-style-utilities">Criteria: regulated-style utilities</a></li>
      </ul>
    </aside>
  </main>
  <footer class="disclaimer">
    <p>Credit ratings and outlooks are opinions of relative credit risk, not statements of fact or recommendations to buy, sell or hold any security. Sarsen Ratings does not audit the information it receives from issuers.</p>
    <p>&copy; 2026 Sarsen Ratings. Terms of use | Privacy</p>
  </footer>
</body>
</html>
"""


def doc():
    d = Doc("sarsen-lindmoss-outlook-commentary.html", "html", "Ondine Fairclough")
    d.pre, d.post = PRE, POST
    d.ent = {"£": "&pound;", "’": "&rsquo;"}
    d.p(S("Sarsen Ratings has revised its outlook on Lindmoss Heat Networks to negative from stable and affirmed the company’s BBB rating.", "recommendation", "bearish", [LH], sp=SR),
        S("The revision reflects our view that the company’s plan to connect 40,000 new homes by 2030 will push its debt above six times earnings before it produces the cash to pay that debt down.", "prediction", "bearish", [LH]))
    d.h("Key rating drivers")
    d.li(S("Contracted revenue: about 80% of revenue comes from 25-year heat supply agreements with housing developers and councils.", "evidence", "bullish", []))
    d.li(S("Rising leverage: net debt rose to £1.24 billion in September from £0.97 billion a year earlier, according to the company’s half-year report.", "evidence", "bearish", [LH], sp=LH))
    d.li(S("Complaints: complaints about Lindmoss to the Heat Consumers’ Ombudsman rose 48% last year, the fastest rise among large networks.", "evidence", "bearish", ["Heat Consumers’ Ombudsman", LH]))
    d.li(S("Owner support: Lindmoss’s owner, Mardle Infrastructure, injected £150 million of equity in 2024.", "evidence", "bullish", [LH, MI]))
    d.h("Why we changed the outlook")
    d.p(S("The company told us in October that connection income will make its cash flow positive in 2028.", "prediction", "bullish", [LH], sp=LH),
        S("We think 2029 is more likely.", "counterclaim", "bearish", [], c="connection income will make"))
    d.p(S("Developers are building more slowly than the company assumed.", "claim", "bearish", [LH]),
        S("Housing starts on the sites Lindmoss serves fell 17% in the year to June, according to Brickmark Data.", "evidence", "bearish", [LH], sp="Brickmark Data"),
        S("On our estimates, each year of delay adds about £60 million of debt.", "prediction", "bearish", []),
        S("Mardle has not said whether it would put in more equity.", "context", "neutral", [MI]))
    d.h("What could change the outlook")
    d.p(S("We could return the outlook to stable if leverage stays below 6.5 times and the company completes the sale of a minority stake in its southern networks, which it announced in May.", "prediction", "neutral", [LH]),
        S("We could lower the rating to BBB- if leverage stays above seven times for two years.", "prediction", "neutral", []))
    d.h("Issuer’s comments")
    d.p(S("We invited Lindmoss to comment and print its response in full.", "context", "neutral", [LH]))
    d.raw('        <div class="issuer-comment">')
    d.p(S("Lindmoss Heat Networks disagrees with the outlook change.", "counterclaim", "bullish", [LH], sp=LH, c="has revised its outlook"),
        S("Sarsen’s forecast assumes that new homes connect no faster than in the slowest year on record, which is not our experience.", "counterclaim", "bullish", [SR], sp=PE, c="Developers are building more slowly"),
        S("Our connections rose 11% in the first half, and 6,300 homes are contracted to connect next year.", "evidence", "bullish", [], sp=PE),
        S("The minority stake sale is under way, and we expect to announce a buyer before the end of the first quarter.", "prediction", "bullish", [], sp=PE))
    d.p(S("We accept that complaints rose last year.", "claim", "neutral", [], sp=PE),
        S("But most of the increase came from one network, at Keswold, where a boiler failure last winter has since been fixed.", "counterclaim", "bullish", [], sp=PE, c="We accept that complaints rose"),
        S("Sarsen’s comparison with other networks is also unfair, because we are the only large operator that reports complaints site by site.", "counterclaim", "bullish", [SR], sp=PE, c="Complaints: complaints about Lindmoss"))
    d.p(S("Piran Elcock, Chief Financial Officer, Lindmoss Heat Networks", "context", "neutral", [LH], sp=PE))
    d.raw('        </div>')
    d.h("Our response")
    d.p(S("We have not assumed connections at the slowest rate on record: our base case is the average of the last five years, which is 9% below the company’s plan.", "counterclaim", "bearish", [LH], c="Sarsen’s forecast assumes"),
        S("Most of the first-half rise in connections came from sites that were started before 2025.", "counterclaim", "bearish", [], c="Our connections rose 11%"),
        S("We compare complaints per thousand customers, a measure that does not depend on how an operator reports them.", "counterclaim", "neutral", [], c="Sarsen’s comparison with other networks"),
        S("A stake sale at a good price would help, and we will review the outlook when it is signed.", "prediction", "neutral", []))
    return d
