from mk import *

GA = "Granthorpe Aggregates"
CWT = "Colderby Wildlife Trust"
HPC = "Haddow Parish Council"
HAG = "Haddow Hill Action Group"

d = Doc("haddow-hill-quarry-officer-report.html", "html", "Philippa Tennant-Lowe")


def np(num, *sents):
    d.p(*sents, pre='<span class="para-no">%s</span> ' % num)


d.head = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Planning Committee report: Haddow Hill Quarry eastern extension | Colderby District Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/council.css">
<script src="/js/cookie-consent.js"></script>
</head>
<body>
<div id="cookie-banner"><p>We use cookies to make this website work and to understand how you use it. <button>Accept all</button> <button>Settings</button></p></div>
<header class="council-header">
  <a href="/" class="logo">Colderby District Council</a>
  <nav>
    <a href="/bins">Bins and recycling</a> <a href="/council-tax">Council tax</a> <a href="/planning">Planning</a> <a href="/democracy">Councillors and meetings</a> <a href="/contact">Contact us</a>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/democracy">Councillors and meetings</a> &gt; <a href="/democracy/planning-committee">Planning Committee</a> &gt; 8 December 2026</div>
<main id="main-content">
<h1>Planning Committee report: Haddow Hill Quarry eastern extension</h1>
<dl class="report-meta">
  <dt>Application number</dt><dd>26/0412/MIN</dd>
  <dt>Applicant</dt><dd>Granthorpe Aggregates Ltd</dd>
  <dt>Ward</dt><dd>Haddow and Fellside</dd>
  <dt>Committee date</dt><dd>8 December 2026</dd>
  <dt>Report author</dt><dd>Philippa Tennant-Lowe, Principal Planning Officer</dd>
  <dt>Recommendation</dt><dd>Grant, subject to conditions and a legal agreement</dd>
</dl>
<p class="download"><a href="/documents/26-0412-MIN-report.pdf">Download this report (PDF, 412KB)</a></p>
<div class="report-body">
"""
d.foot = """</div>
<p class="contact-officer">Contact: planning@colderby.example.gov.uk, telephone 01632 960 412.</p>
</main>
<footer class="council-footer">
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/foi">Freedom of information</a></li></ul>
  <p>&copy; Colderby District Council 2026</p>
</footer>
</body>
</html>
"""

d.h("1. Summary")
np("1.1", S("Granthorpe Aggregates Ltd seeks permission to extend Haddow Hill Quarry eastwards by 19 hectares and to extract a further 4.2 million tonnes of limestone over fifteen years.", D, GA, "ev", "0"))
np("1.2", S("The recommendation is to grant permission subject to the conditions in section 8 and a legal agreement on lorry routes.", D, "", "re", "0"))

d.h("2. The applicant’s case")
np("2.1", S("The applicant states that the existing quarry will be exhausted by 2028 and that without the extension the site would close with the loss of 48 jobs.", GA, GA, "pr", "+"))
np("2.2", S("Its supporting statement, prepared by Pentreath Planning Associates, argues that Haddow Hill supplies about a third of the crushed rock used for road repairs in the county and that the nearest alternative source is 40 miles away.", "Pentreath Planning Associates", "", "cl", "+"))

d.h("3. Consultation responses")
np("3.1", S("The Rivers and Wetlands Authority raises no objection, provided that pumping from the quarry floor stays below the rates agreed in 2019.", "Rivers and Wetlands Authority", "", "cl", "0"))
np("3.2", S("Carnford County Council, as highway authority, considers that the extra 60 lorry movements a day can be accommodated on the A-road network if lorries are barred from Haddow village.", "Carnford County Council", "", "cl", "0"))
np("3.3", S("Colderby Wildlife Trust objects.", CWT, "", "cc", "-", c="seeks permission to extend Haddow Hill Quarry"),
    S("It says the eastern extension would destroy 6 hectares of species-rich grassland that cannot be recreated within the lifetime of the permission.", CWT, "", "cl", "-"))
np("3.4", S("Haddow Parish Council objects on grounds of noise, dust and traffic, and asks that, if permission is granted, blasting be limited to weekday afternoons.", HPC, "", "cc", "-", c="seeks permission to extend Haddow Hill Quarry"))

d.h("4. Representations")
np("4.1", S("A total of 212 letters of objection and 37 letters of support were received.", D, "", "ev", "0"))
np("4.2", S("Most objections come from Haddow and repeat the parish council’s concerns.", D, HPC, "ev", "0"),
    S("The Haddow Hill Action Group, which submitted a petition with 640 signatures, argues that the jobs figure is overstated because 19 of the 48 staff work at the company’s asphalt plant, which would stay open whatever the decision.", HAG, HAG + ";" + GA, "cc", "-", c="with the loss of 48 jobs"))
np("4.3", S("Letters of support come mainly from hauliers and building firms, several of which say local rock keeps their costs down.", D, "", "cl", "+"),
    S("One, from Brookmire Civils, says the closure of Haddow Hill would add about 14% to the cost of its road contracts.", "Brookmire Civils", "Brookmire Civils", "pr", "+"))

d.h("5. The applicant’s response")
np("5.1", S("In a letter of 9 October the applicant accepts that 19 staff work at the asphalt plant, but says the plant buys all its stone from the quarry and would close within two years of the quarry doing so.", GA, GA, "cc", "+", c="argues that the jobs figure is overstated"),
    S("It also offers to fund a new grassland site of 9 hectares on land it owns at Fellhurst Farm.", GA, "", "cc", "+", c="would destroy 6 hectares"))
np("5.2", S("The Wildlife Trust’s reply, received on 30 October, says that new grassland takes decades to reach the quality of what would be lost and that the offer does not change its objection.", CWT, "", "cc", "-", c="It also offers to fund a new grassland site"))

d.h("6. Assessment")
np("6.1", S("Officers consider that the need case is made.", D, "", "cl", "+"),
    S("The county’s minerals plan identifies Haddow Hill as a preferred area for extension, and no other site could supply the same rock at a similar distance.", D, "", "ev", "0"))
np("6.2", S("Officers also accept the applicant’s evidence on the asphalt plant, so the employment benefit is closer to 48 jobs than to 29.", D, GA, "cc", "+", c="argues that the jobs figure is overstated"))
np("6.3", S("The loss of grassland is a significant harm, and officers agree with the Wildlife Trust that the offset will not fully replace it.", D, CWT, "cl", "-"),
    S("However, the harm is confined to 6 of the 19 hectares and is outweighed, in officers’ judgement, by the need for the mineral.", D, "", "cc", "+", c="The loss of grassland is a significant harm"))
np("6.4", S("Noise and dust can be controlled by condition, and the blasting hours requested by the parish council are recommended below.", D, HPC, "cl", "+"))

d.h("7. Recommendation")
np("7.1", S("That permission be granted, subject to the conditions in section 8 and a legal agreement preventing quarry lorries from passing through Haddow village.", D, "", "re", "0"))

d.h("8. Principal conditions")
for s in (S("Extraction to cease by 31 December 2041.", D, "", "re", "0"),
          S("Blasting only between 1pm and 4pm, Monday to Friday.", D, "", "re", "0"),
          S("The grassland offset at Fellhurst Farm to be laid out before extraction starts in the eastern area.", D, "", "re", "0")):
    d.li(s, list="ol")
