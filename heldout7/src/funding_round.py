from lib import *
d = Doc("estimating-startup-funding.html", "Rhiannon Castell")
PW, LV, SA, IK, DSh, TO, VS = ("Plinthwise", "Ladderback Ventures", "Siobhan Achterberg", "Idris Kallander",
                               "Dominika Sheard", "Tamsin Oduro", "Veldon Software")
d.p(S("Plinthwise, a two-year-old start-up that uses machine learning to price building jobs from drawings, has raised £18 million in a funding round led by Ladderback Ventures.", None, PW + ";" + LV, "ev", "0"),
    S("The company says its software can produce a first estimate for a mid-sized housing scheme in about four hours, a job that takes a quantity surveyor two to three weeks.", PW, PW, "cl", "+", k="fourh"),
    S("It will use the money to hire 40 engineers and open a second office, in Kelsall Quay.", PW, "", "ev", "0"))
d.p(S("Siobhan Achterberg, the Ladderback partner who led the deal, said estimating was “the last big job in construction still done mostly in spreadsheets.”", SA, LV, "cl", "+"),
    S("“Whoever gets it right will own the category, and we think Plinthwise is furthest along,” she said.", SA, PW, "cl", "+", k="along"),
    S("Ladderback expects Plinthwise to be profitable by 2028, Achterberg said.", SA, LV + ";" + PW, "pr", "+"),
    S("Corbelwood Capital, which led the company’s seed round in 2024, also invested.", None, "Corbelwood Capital;" + PW, "ev", "0"))
d.p(S("Founder and chief executive Idris Kallander said 37 contractors were paying for the software, up from nine a year ago.", IK, "", "ev", "+"),
    S("He would not give revenue figures.", None, "", "cx", "0"))
d.p(S("Contractors who have tried the software are more measured.", None, "", "cc", "-", c="fourh"),
    S("Dominika Sheard, operations director at Mosscroft Builders, one of the paying customers, said the four-hour estimates were “a good starting point” but typically missed 8% to 12% of costs on refurbishment jobs, where drawings are incomplete.", DSh, "Mosscroft Builders", "ev", "-"),
    S("“On new-build it is excellent,” she said.", DSh, "", "cl", "+"),
    S("“On anything older than the 1970s, we still send a surveyor.”", DSh, "", "cl", "-"))
d.p(S("Tamsin Oduro, a quantity surveyor at Hallbeck Partners, was blunter.", TO, "Hallbeck Partners", "cc", "-", c="fourh"),
    S("In her view, the slow part of estimating has never been the arithmetic but the phone calls to suppliers, and software cannot make those any faster.", TO, "", "cl", "-", k="calls"),
    S("She said Hallbeck had tested Plinthwise on three jobs last year and decided not to buy it.", TO, "Hallbeck Partners;" + PW, "ev", "-", k="tested"))
d.p(S("Kallander said the January release of Plinthwise pulls live prices from 60 builders’ merchants, which answers exactly that objection.", IK, PW, "cc", "+", c="calls"),
    S("“The test she is describing was on a version we retired ten months ago,” he said.", IK, "", "cc", "+", c="tested"))
d.p(S("The incumbent, Veldon Software, whose CostBench package is used by most large contractors, said it had added similar features.", VS, VS, "ev", "0"),
    S("A Veldon spokesman said the company did not see Plinthwise as a competitor “at this stage.”", VS, PW + ";" + VS, "cl", "-"),
    S("CostBench’s estimating module, launched in 2023, is used by about 1,200 firms, according to Veldon.", VS, VS, "ev", "0"))
d.p(S("Investors have been here before.", None, "", "cl", "-", k="before"),
    S("Three construction-estimating start-ups raised a combined £70 million between 2019 and 2021, according to data from Footing Analytics, and two of them have since closed.", "Footing Analytics", "", "ev", "-"),
    S("Achterberg said Plinthwise differed because it sold to contractors rather than architects, who, she said, “never pay for anything.”", SA, PW, "cc", "+", c="before"))
d.h("What the money buys")
d.p(S("The round values Plinthwise at about £95 million, according to two people familiar with the deal.", None, PW, "ev", "0"),
    S("Kallander said the company would need to show it can handle refurbishment work before raising again, and he expects that within 18 months.", IK, PW, "pr", "+"),
    S("Sheard said Mosscroft would renew its contract in the spring if the refurbishment estimates improved.", DSh, "Mosscroft Builders", "pr", "0"))
d.p(S("For now, the software is a fast first draft, not a replacement for a surveyor, and Plinthwise’s valuation assumes it will become the second.", None, PW, "cl", "-", k="close"),
    S("Kallander, for his part, says the surveyors will come round.", IK, "", "cc", "+", c="close"))

page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Estimating start-up Plinthwise raises &pound;18m, but builders want proof | Site &amp; Spec</title>
  <meta name="description" content="Ladderback Ventures leads the round; contractors say the four-hour estimate still needs a surveyor.">
  <link rel="canonical" href="https://www.siteandspec.example/news/2026/03/plinthwise-funding">
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">Site &amp; Spec</a>
    <nav class="primary">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/contractors">Contractors</a></li>
        <li><a href="/tech">Construction tech</a></li>
        <li><a href="/jobs">Jobs</a></li>
        <li><a class="btn" href="/subscribe">Subscribe</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article class="story">
      <p class="kicker">Construction tech</p>
      <h1>Estimating start-up Plinthwise raises &pound;18m, but builders want proof</h1>
      <p class="dek">Ladderback Ventures leads the round; contractors say the four-hour estimate still needs a surveyor.</p>
      <div class="byline">By <a href="/authors/rhiannon-castell">Rhiannon Castell</a>, Technology Editor</div>
      <time datetime="2026-03-10T07:00:00Z">10 March 2026</time>
      <ul class="share">
        <li><a href="https://share.example/linkedin">Share on LinkedIn</a></li>
        <li><a href="https://share.example/x">Share on X</a></li>
        <li><a href="mailto:?subject=Plinthwise">Email</a></li>
      </ul>
      <div class="story-body">
{d.html_body("        ")}
        <div class="newsletter-box">
          <p>Get the Site &amp; Spec tech briefing every Tuesday.</p>
          <a href="/newsletters">Sign up</a>
        </div>
      </div>
    </article>
    <aside class="related">
      <h3>Related</h3>
      <ul>
        <li><a href="/tech/veldon-costbench-update">Veldon adds AI take-offs to CostBench</a></li>
        <li><a href="/contractors/mosscroft-results">Mosscroft Builders lifts margin on housing work</a></li>
        <li><a href="/tech/estimating-startups-2021">Why three estimating start-ups ran out of road</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>&copy; 2026 Site &amp; Spec Media Ltd. All rights reserved.</p>
    <p><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></p>
  </footer>
</body>
</html>
"""
d.write(page)
