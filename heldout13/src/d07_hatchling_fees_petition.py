"""A petition page against a nursery chain's fee rise, with updates and the company's response (HTML)."""
from mk import Doc, s

FNAME = "hatchling-fees-petition.html"
HDN = "Hatchling Day Nurseries"
EV = "Evander Lockyer-Thwaite"
NO = "Nadira Oyston"
CN = "Cobnut Nurseries"


def build():
    d = Doc(FNAME, "Annika Loveridge")
    d.p(s("Hatchling Day Nurseries is putting up fees at its 85 nurseries by 11% from January, the second rise in a year.", co=[HDN], ty="evidence"),
        s("For a child in full-time care, that is an extra £1,540 a year.", ty="evidence"))
    d.p(s("Hatchling says the rise is needed to pay its staff more.", HDN, co=[HDN]),
        s("But Hatchling’s own accounts show that it paid £9.2 million in management fees to its owner, Sorrelstone Capital, last year.", HDN, co=[HDN, "Sorrelstone Capital"], ty="counterclaim", st="bearish", ctr="the rise is needed to pay its staff more"))
    d.p(s("Parents have no real choice: in most of the towns where Hatchling operates, it is the only nursery with places for babies.", co=[HDN], st="bearish"))
    d.p(s("We are asking Hatchling to freeze fees for 2027 and to publish how much of every pound it charges goes to nursery staff.", co=[HDN], ty="recommendation"),
        s("Sign this petition and tell Hatchling that parents are not a cash machine.", co=[HDN], ty="recommendation"))
    d.raw(UPDATES_START)
    d.raw(UPD1)
    d.p(s("Thank you, all 10,000 of you.", ty="context"))
    d.p(s("Hatchling’s chief executive, Evander Lockyer-Thwaite, told the Marlock Gazette that this petition had “got its sums wrong.”", EV, co=[HDN], ty="counterclaim", st="bullish", ctr="that is an extra £1,540 a year"),
        s("He said the average family would pay £96 more a month, not £128, because most children attend part-time.", EV, ty="evidence", st="bullish"))
    d.p(s("That is true for the average family, but this petition is about full-time places, and he did not dispute our figure for those.", ty="counterclaim", st="bearish", ctr="would pay £96 more a month"))
    d.raw(UPD_END)
    d.raw(RESP_START)
    d.h("Response from Hatchling Day Nurseries", level=3)
    d.p(s("We understand that any fee rise is hard for families, and we do not take these decisions lightly.", EV))
    d.p(s("Our nursery staff will receive an average pay rise of 12% in January, paid for by the new fees.", EV, ty="evidence", st="bullish"),
        s("The management fee mentioned in this petition pays for shared services such as payroll, training and IT, which every nursery would otherwise have to buy for itself.", EV, ty="counterclaim", st="bullish", ctr="paid £9.2 million in management fees"))
    d.p(s("We cannot freeze fees without cutting staff, and we will not cut staff.", EV, ty="counterclaim", st="bullish", ctr="freeze fees for 2027"),
        s("We have capped fees for families using the free-hours scheme, and we will offer a monthly payment plan to anyone who asks.", EV, ty="evidence"))
    d.p(s("We would welcome a meeting with the organisers of this petition in the new year.", EV, ty="evidence"))
    d.p(s("Evander Lockyer-Thwaite, Chief Executive, Hatchling Day Nurseries", EV, co=[HDN], ty="context"))
    d.raw(RESP_END)
    d.raw(UPD2)
    d.p(s("Hatchling has now replied, and we are glad about the pay rise, which staff tell us is real.", co=[HDN], st="bullish"),
        s("But a 12% rise for staff whose wages make up just over half of Hatchling’s costs needs fees to rise by about 7%, not 11%.", co=[HDN], ty="counterclaim", st="bearish", ctr="paid for by the new fees"))
    d.p(s("Dr. Nadira Oyston, who studies childcare costs at the Tamblyn Institute, told us that management fees of this size are normal for nursery chains owned by private equity.", NO, co=["Tamblyn Institute"], ty="counterclaim", st="bullish", ctr="paid £9.2 million in management fees to its owner"),
        s("She also said those chains had raised fees faster than independent nurseries in each of the last three years.", NO, ty="evidence", st="bearish"))
    d.raw(UPD_END)
    d.raw(UPD3)
    d.p(s("Cobnut Nurseries, which runs 22 nurseries in the same region, says it will keep its fees where they are in 2027.", CN, co=[CN], ty="evidence", st="bullish"),
        s("Its founder, Ffion Garbutt, said a freeze was possible “if you aren’t paying a landlord and an owner at the same time.”", "Ffion Garbutt", ty="counterclaim", st="bearish", ctr="We cannot freeze fees without cutting staff"))
    d.p(s("Hatchling did not reply when we asked about that.", ty="context"),
        s("We will hand this petition in at Hatchling’s head office on 19 December.", co=[HDN], ty="evidence"))
    d.raw(UPD_END)
    d.raw(UPDATES_END)

    body = d.body_html(indent="        ")
    text = PAGE.replace("{BODY}", body)
    return d, text


UPDATES_START = """      </section>
      <section class="petition-updates">
        <h2>Updates</h2>"""
UPD1 = """        <div class="update">
          <h3>10,000 signatures!</h3>
          <p class="update-meta"><a href="/u/annika-loveridge">Annika Loveridge</a> &middot; 28 Nov 2026</p>"""
UPD2 = """        <div class="update">
          <h3>Our answer to Hatchling</h3>
          <p class="update-meta"><a href="/u/annika-loveridge">Annika Loveridge</a> &middot; 5 Dec 2026</p>"""
UPD3 = """        <div class="update">
          <h3>Another chain is freezing its fees</h3>
          <p class="update-meta"><a href="/u/annika-loveridge">Annika Loveridge</a> &middot; 11 Dec 2026</p>"""
UPD_END = """        </div>"""
RESP_START = """        <div class="update decision-maker-response">
          <p class="response-label">Decision maker response</p>
          <p class="update-meta">3 Dec 2026</p>"""
RESP_END = """        </div>"""
UPDATES_END = """      </section>
      <section class="petition-text-end">"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Petition &middot; Hatchling Day Nurseries: freeze our fees and show us where the money goes &middot; Signpost Petitions</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="Signpost Petitions">
  <meta property="og:title" content="Hatchling Day Nurseries: freeze our fees and show us where the money goes">
  <link rel="stylesheet" href="https://static.signpostpetitions.example/app.css">
  <script src="https://static.signpostpetitions.example/vendor.js" defer></script>
  <script>
    window.__PETITION__ = {"id": 448120, "signatures": 12408, "goal": 15000, "starter": "Annika Loveridge"};
  </script>
</head>
<body>
  <header class="topbar">
    <a class="logo" href="/">Signpost Petitions</a>
    <nav>
      <a href="/start">Start a petition</a>
      <a href="/browse">Browse</a>
      <a href="/membership">Membership</a>
      <a href="/login">Log in</a>
    </nav>
  </header>
  <main class="petition">
    <h1 class="petition-title">Hatchling Day Nurseries: freeze our fees and show us where the money goes</h1>
    <div class="petition-starter">
      <img src="/avatars/annika-loveridge.jpg" alt="">
      <p>Started by <strong>Annika Loveridge</strong></p>
      <p class="petition-target">Petition to Evander Lockyer-Thwaite and Hatchling Day Nurseries</p>
    </div>
    <aside class="sign-box">
      <p class="count"><strong>12,408</strong> have signed. Let&rsquo;s get to 15,000!</p>
      <div class="progress"><span style="width:83%"></span></div>
      <form>
        <input name="first" placeholder="First name"> <input name="last" placeholder="Last name">
        <input name="email" placeholder="Email"> <input name="postcode" placeholder="Postcode">
        <label><input type="checkbox"> Display my name and comment on this petition</label>
        <button>Sign this petition</button>
      </form>
      <p class="recent">Ellis from Marlock signed 2 minutes ago</p>
    </aside>
    <div class="petition-body">
      <section class="petition-text">
        <h2>Why this petition matters</h2>
{BODY}
      </section>
    </div>
    <section class="share">
      <p>Share this petition</p>
      <a href="#">Share</a> <a href="#">Message</a> <a href="#">Email</a> <a href="#">Copy link</a>
    </section>
    <section class="reasons">
      <h2>Reasons for signing</h2>
      <ul>
        <li><strong>Kerry-Ann M.</strong> &middot; 2 days ago<p>Our bill went up in March and now again. We have nowhere else to go.</p></li>
        <li><strong>Dev P.</strong> &middot; 3 days ago<p>The staff are brilliant and underpaid. Pay them, not the owners.</p></li>
        <li><strong>Sophie R.</strong> &middot; 5 days ago<p>Signed for my sister, who is paying more for nursery than for her rent.</p></li>
      </ul>
    </section>
  </main>
  <footer class="site-footer">
    <p>Signpost Petitions is an independent platform. We are not responsible for the content of petitions started by users.</p>
    <p><a href="/guidelines">Community guidelines</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/help">Help</a></p>
  </footer>
</body>
</html>
"""
