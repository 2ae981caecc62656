from mk import Doc, S, D

AP = "Ampery Power"
BO = "Burrowgate Outdoor"
HC = "Household Goods Safety Commission"
LF = "Ludmila Fairweather-Kohn"
EN = "Everett Nakashima"
PD = "Philomena Drysdale"
GK = "Guinevere Knott"

HEAD = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ampery Power Recalls Trek 1500 Portable Power Stations Due to Fire and Burn Hazards | Household Goods Safety Commission</title>
<meta property="og:site_name" content="Household Goods Safety Commission">
<meta name="recall-number" content="26-118">
<link rel="stylesheet" href="/themes/hgsc/main.css">
<script>var dataLayer = dataLayer || []; dataLayer.push({pageType: "recall"});</script>
</head>
<body>
<div class="official-banner">An official website of the Household Goods Safety Commission. <a href="/about/official">Here&rsquo;s how you know</a></div>
<header>
  <a class="brand" href="/">Household Goods Safety Commission</a>
  <nav>
    <ul>
      <li><a href="/recalls/">Recalls</a></li>
      <li><a href="/report/">Report an unsafe product</a></li>
      <li><a href="/business/">Business guidance</a></li>
      <li><a href="/newsroom/">Newsroom</a></li>
      <li><a href="/about/">About us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/recalls/">Recalls</a> &rsaquo; Recall 26-118</nav>
<main>
<h1>Ampery Power Recalls Trek 1500 Portable Power Stations Due to Fire and Burn Hazards</h1>
<dl class="recall-details">
  <dt>Recall date</dt><dd>October 14, 2026</dd>
  <dt>Recall number</dt><dd>26-118</dd>
  <dt>Units</dt><dd>About 61,000</dd>
  <dt>Hazard</dt><dd>Fire, burn</dd>
  <dt>Remedy</dt><dd>Replace, refund</dd>
  <dt>Consumer contact</dt><dd>Ampery Power toll-free at 800-555-0148, 8 a.m. to 8 p.m., Monday through Friday</dd>
</dl>
<figure class="product-photo"><img src="/media/recalls/26-118-trek1500.jpg" alt="Grey portable power station with carry handle and front display"></figure>
<div class="recall-body">
"""

TAIL = """</div>
<div class="share-tools">Share this recall: <a href="#">Email</a> <a href="#">Copy link</a> <a href="#">Print</a></div>
<aside class="report-box">
  <h2>Had a problem with this product?</h2>
  <p><a href="/report/">Tell us about an incident or injury</a></p>
</aside>
</main>
<footer>
  <ul>
    <li><a href="/foia/">Freedom of information</a></li>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/privacy/">Privacy</a></li>
    <li><a href="/signup/">Get recall alerts by email</a></li>
  </ul>
  <p>Household Goods Safety Commission &middot; 4300 Hedgerow Avenue &middot; 1-800-555-0100</p>
</footer>
</body>
</html>
"""


def build():
    d = Doc("ampery-trek-recall-notice.html", "Household Goods Safety Commission")
    d.p(S("The Household Goods Safety Commission voted 3–2 on 9 October to accept a voluntary recall plan from Ampery Power.", D, [AP, HC], "ev", "ne"))
    d.h("Hazard")
    d.p(S("The lithium-ion battery pack in the Ampery Trek 1500 portable power station can overheat while charging, posing fire and burn hazards.", D, [AP], "ev", "be"))
    d.p(S("About 61,000 units were sold at Burrowgate Outdoor stores and online from March 2024 through August 2026 for about $1,100.", D, [BO], "ev", "ne"),
        S("The Trek 1500 was sold in grey and in green, with model numbers beginning AT15.", D, [AP], "ev", "ne"))
    d.h("Incidents and injuries")
    d.p(S("Ampery has received 43 reports of units overheating, including 11 fires, two of which spread to vehicles, and three reports of minor burns.", D, [AP], "ev", "be"),
        S("No deaths have been reported.", D, [], "ev", "ne"))
    d.h("Remedy")
    d.p(S("Consumers should stop charging the units immediately and contact Ampery for a free replacement battery pack.", D, [AP], "rc", "ne"),
        S("Consumers who do not want a replacement can return the unit to any Burrowgate Outdoor store for a full refund.", D, [BO], "ev", "ne"))
    d.h("Company statement")
    d.p(S("In a statement, Ampery said the fault was confined to battery cells from a single supplier lot and that no unit built after January 2026 was affected.", AP, [AP], "cl", "bu"),
        S("The company said it had stopped selling the Trek 1500 in August and would begin shipping replacement packs on 20 October.", AP, [AP], "ev", "ne"))
    d.p(S("“Customer safety is our first priority, and we moved to recall the moment our own testing confirmed the pattern,” said Ludmila Fairweather-Kohn, Ampery’s chief executive.", LF, [AP], "cl", "bu"))

    d.h("Statement of Commissioner Everett Nakashima, dissenting")
    d.p(S("I voted against accepting this plan because the remedy is weaker than the hazard.", EN, [], "cc", "be", ctr="voted 3–2 on 9 October"))
    d.p(S("Three of the 11 fires involved units built after January 2026, which is hard to square with a fault confined to one supplier lot.", EN, [], "cc", "be", ctr="the fault was confined to battery cells"),
        S("Nor was the recall quick: the first fire was reported to Ampery in August 2025, fourteen months before this notice.", EN, [AP], "cc", "be", ctr="we moved to recall the moment"))
    d.p(S("A replacement battery from the same maker, fitted by the owner at home, is not a remedy I can explain to a family whose car burned.", EN, [], "cl", "be"),
        S("I would have required a full refund for every unit, not only for those returned to Burrowgate.", EN, [BO], "rc", "ne"))
    d.p(S("Everett Nakashima, Commissioner", EN, [], "cx", "ne"))

    d.h("Statement of Chair Philomena Drysdale")
    d.p(S("Commissioner Nakashima is right that the incident reports do not fit neatly into one supplier lot.", PD, [], "cl", "be"),
        S("But a mandatory refund would have meant a year of litigation, and the voluntary plan puts replacement packs in consumers’ hands within weeks.", PD, [], "cc", "ne", ctr="I would have required a full refund"))
    d.p(S("The Commission has asked Ampery to test every returned pack and report the results to staff each month.", PD, [AP, HC], "ev", "ne"),
        S("If those tests find faults outside the named lot, I will support expanding the recall to a full refund.", PD, [], "pr", "ne"))
    d.p(S("Philomena Drysdale, Chair", PD, [], "cx", "ne"))

    d.h("Statement of Commissioner Guinevere Knott, concurring")
    d.p(S("I joined the majority because a fast remedy matters more than a perfect one.", GK, [], "cl", "ne"),
        S("Still, Ampery has not explained why units built after January caught fire, and its statement should not have said that no later unit was affected.", GK, [AP], "cc", "be", ctr="the fault was confined to battery cells"))
    d.p(S("Retailers carry a duty here too: Burrowgate should write to every buyer it can identify from its loyalty-card records.", GK, [BO], "rc", "ne"))
    d.p(S("Guinevere Knott, Commissioner", GK, [], "cx", "ne"))
    body = d.html_body(entities=False, hclass="statement-head")
    for sig in ("Everett Nakashima, Commissioner", "Philomena Drysdale, Chair", "Guinevere Knott, Commissioner"):
        body = body.replace("<p>" + sig + "</p>", '<p class="signature">' + sig + "</p>")
    return d.name, HEAD + body + "\n" + TAIL, d.records()
