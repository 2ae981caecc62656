from mk import Doc, S, D

FA = "Fellgarth Airports"
KC = "Kilncroft Capital"
AK = "Aldous Kenworthy"
NF = "Nkechi Fairholt"
BQ = "Bartholomew Quist"
HO = "Henrietta Oyewole"
IS = "Imelda Strachan-Voss"

L_CHAIR1 = "Aldous Kenworthy (Chair):"
L_CHAIR = "Aldous Kenworthy:"
L_CEO1 = "Nkechi Fairholt (Chief Executive):"
L_CEO = "Nkechi Fairholt:"
L_SEC1 = "Bartholomew Quist (Company Secretary):"
L_SEC = "Bartholomew Quist:"
L_HO1 = "Henrietta Oyewole (Kilncroft Capital):"
L_HO = "Henrietta Oyewole:"
L_IS1 = "Imelda Strachan-Voss (Chair, Remuneration Committee):"

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>2026 Annual General Meeting: transcript | Fellgarth Airports</title>
<meta property="og:site_name" content="Fellgarth Airports">
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="/investors/css/ir.css">
<script src="/investors/js/share-price-ticker.js" defer></script>
</head>
<body>
<header class="corp-header">
  <a href="/" class="logo">Fellgarth Airports</a>
  <nav>
    <a href="/about/">About us</a>
    <a href="/investors/">Investors</a>
    <a href="/investors/results/">Results and reports</a>
    <a href="/investors/governance/">Governance</a>
    <a href="/investors/agm/">AGM</a>
    <a href="/media/">Media centre</a>
    <a href="/careers/">Careers</a>
  </nav>
  <div class="ticker">FGA 412.5p <span class="down">-3.0 (-0.7%)</span> &middot; delayed 15 minutes</div>
</header>
<div class="page-intro">
  <p class="section-label">Investors &rsaquo; AGM 2026</p>
  <h1>2026 Annual General Meeting: transcript</h1>
  <p class="notice">Held on 12 November 2026. The webcast recording is available for 12 months. This transcript has been edited for readability and may differ slightly from the recording.</p>
  <p class="downloads"><a href="/investors/agm/2026/notice.pdf">Notice of meeting (PDF)</a> &middot; <a href="/investors/agm/2026/poll-results.pdf">Poll results (PDF)</a> &middot; <a href="/investors/agm/2026/webcast/">Watch the webcast</a></p>
</div>
<main class="transcript">
"""

TAIL = """</main>
<aside class="ir-contacts">
  <h2>Investor relations contacts</h2>
  <p>Email: investors@fellgarth-airports.example &middot; Telephone: +44 (0)20 7946 0312</p>
  <p><a href="/investors/alerts/">Sign up for investor alerts</a></p>
</aside>
<footer class="corp-footer">
  <p>Fellgarth Airports plc. Company number 04417729. Registered office: Terminal Road, Brantholme.</p>
  <p><a href="/legal/">Legal</a> | <a href="/cookies/">Cookies</a> | <a href="/modern-slavery/">Modern slavery statement</a> | <a href="/sitemap/">Sitemap</a></p>
</footer>
</body>
</html>
"""


def build():
    d = Doc("fellgarth-agm-transcript.html", "Fellgarth Airports")
    d.p(S("This is an edited transcript of the annual general meeting of Fellgarth Airports plc, held at the Brantholme Conference Centre and online on 12 November 2026.", D, [FA], "cx", "ne"))
    d.p(S("Good morning, and welcome to the 2026 annual general meeting of Fellgarth Airports, both to those of you here in the hall and to the 340 shareholders joining us online.", AK, [FA], "cx", "ne"),
        S("Trading in the first four months of the new financial year has been in line with the board's expectations.", AK, [], "ev", "ne"),
        label=L_CHAIR1)
    d.p(S("Before we turn to questions, I want to address the dividend directly.", AK, [], "cx", "ne"),
        S("The board decided to hold the final dividend at 4 pence because the new terminal at Brantholme will cost £610 million over three years, and we would rather fund it from cash than from debt.", AK, [], "cl", "ne"),
        label=L_CHAIR)
    d.p(S("Passenger numbers rose 9% to 23.4 million in the year, and for the first time they are above 2019 levels.", NF, [], "ev", "bu"),
        S("Retail income per passenger is up 14%, which tells you the terminal investment is already paying back.", NF, [], "cl", "bu"),
        label=L_CEO1)
    d.p(S("We have received 62 questions online, and I will read those that were asked most often.", BQ, [], "cx", "ne"),
        S("From Dafydd Rhosier, a shareholder joining online: if passenger numbers are back above 2019, why is the dividend still 30% below what it was then?", "Dafydd Rhosier", [], "cc", "be", ctr="hold the final dividend at 4 pence"),
        label=L_SEC1)
    d.p(S("Because the terminal has to be paid for, Mr Rhosier, and because our lenders' covenants limit what we can distribute while it is being built.", AK, [], "cc", "ne", ctr="From Dafydd Rhosier"),
        label=L_CHAIR)
    d.p(S("Kilncroft owns 6% of the company, and we think the terminal is the wrong project at the wrong price.", HO, [FA, KC], "cl", "be"),
        S("Terminals built in this country over the past decade cost about £15 per passenger of annual capacity, according to the Airport Operators Council's cost survey.", "Airport Operators Council", [], "ev", "ne"),
        S("Brantholme's works out at £26.", HO, [], "ev", "be"),
        S("We would like the board to put the second phase out to a fresh tender before committing to it.", HO, [], "rc", "ne"),
        label=L_HO1)
    d.p(S("Ms Oyewole is comparing our terminal with ones built without a rail station, a new baggage system or stands for wide-bodied aircraft.", NF, [], "cc", "bu", ctr="Brantholme's works out at £26."),
        S("Like for like, our cost is within 10% of the survey average.", NF, [], "ev", "bu"),
        S("The second phase was competitively tendered in 2024, so a fresh tender would only add a year of delay.", NF, [], "cc", "ne", ctr="put the second phase out to a fresh tender"),
        label=L_CEO)
    d.p(S("It was tendered before the cost overrun on the first phase, which is rather the point.", HO, [], "cc", "be", ctr="The second phase was competitively tendered in 2024"),
        label=L_HO)
    d.p(S("The next question is from the Ashbrenn County Pension Fund, which asks why the chief executive's bonus was paid in full in a year when the share price fell 12%.", "Ashbrenn County Pension Fund", [], "cl", "be"),
        label=L_SEC)
    d.p(S("The bonus is measured on passenger growth, safety and the terminal timetable, and all three targets were met.", IS, [], "cc", "bu", ctr="why the chief executive's bonus was paid in full"),
        S("The share price is not a measure we reward, because it moves for reasons management cannot control.", IS, [], "cl", "ne"),
        label=L_IS1)
    d.p(S("The last question is from Gwilym Rhydderch, who asks whether the board expects to restore the dividend to its 2019 level once the terminal opens.", "Gwilym Rhydderch", [], "cx", "ne"),
        label=L_SEC)
    d.p(S("We expect to return to a progressive dividend from the 2029 financial year, when the terminal is fully open.", NF, [], "pr", "bu"),
        label=L_CEO)
    d.p(S("We will now close the online question facility and move to the poll.", AK, [], "cx", "ne"),
        label=L_CHAIR)
    d.h("Poll results")
    d.p(S("All resolutions were passed on a poll.", D, [], "ev", "ne"))
    d.li(S("Resolution 2, the directors' remuneration report, received 61.4% of votes for and 38.6% against.", D, [], "ev", "ne"))
    d.li(S("Resolution 3, the re-election of Aldous Kenworthy as a director, received 88.2% for and 11.8% against.", D, [], "ev", "ne"))
    d.p(S("Because more than 20% of votes were cast against resolution 2, the board will consult the shareholders concerned and publish an update within six months.", D, [], "ev", "ne"))
    body = d.html_body(entities=True)
    return d.name, HEAD + body + "\n" + TAIL, d.records()
