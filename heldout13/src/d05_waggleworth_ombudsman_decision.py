"""An ombudsman's final decision on a pet-insurance complaint (HTML, decision page)."""
from mk import Doc, s

FNAME = "waggleworth-ombudsman-decision.html"
WW = "Waggleworth Pet Insurance"
RA = "Rosalind Aithwaite"
EH = "Emrys Halliwick"
AM = "Aurelio Mbatha-Stone"


def build():
    d = Doc(FNAME, "Cressida Vantreight")
    d.h("The complaint")
    d.p(s("Mrs Rosalind Aithwaite complains that Waggleworth Pet Insurance turned down her claim for £3,860 of treatment for her dog’s knee, saying the condition was pre-existing.", RA, co=[WW], st="bearish"))
    d.h("What happened")
    d.p(s("Mrs Aithwaite took out a lifetime policy with Waggleworth in April 2025.", co=[WW], ty="evidence"),
        s("In September 2025 her dog, a six-year-old spaniel called Biscuit, went lame in a back leg, and her vet diagnosed a ruptured cruciate ligament.", ty="evidence"))
    d.p(s("Waggleworth declined the claim because the dog’s records showed that a vet had noted “mild stiffness, hind legs” in January 2025, before the policy began.", WW, co=[WW], ty="evidence"))
    d.h("What Waggleworth says")
    d.p(s("Waggleworth says the January note shows the ligament problem had already started, and that its policy excludes any condition that showed signs before cover began.", WW, co=[WW], st="bullish"),
        s("It also says its vet adviser reviewed the records and concluded that stiffness in both back legs is a recognised early sign of ligament disease.", WW, ty="evidence", st="bullish"))
    d.h("What Mrs Aithwaite says")
    d.p(s("Mrs Aithwaite says the January visit was for a booster vaccination, and that the note was a passing remark about a stiff dog on a cold morning.", RA, ty="counterclaim", st="bearish", ctr="the January note shows the ligament problem had already started"),
        s("She has sent a letter from the vet who wrote the note, Dr. Emrys Halliwick of Pennyfold Veterinary Practice, who says the dog was not lame and that he found nothing wrong with either knee.", EH, co=["Pennyfold Veterinary Practice"], ty="evidence", st="bearish"),
        s("Dr. Halliwick’s letter adds that he would have recorded a problem with the knees if he had seen one.", EH, ty="evidence", st="bearish"))
    d.h("Our investigator’s view")
    d.p(s("Our investigator, Aurelio Mbatha-Stone, thought the complaint should be upheld.", AM, st="bearish"),
        s("He said a single, vague note of stiffness, made by a vet who examined the dog and saw no need to treat it, was not enough to show the ligament condition had begun.", AM, st="bearish"),
        s("He recommended that Waggleworth pay the claim, less the policy excess, with interest.", AM, co=[WW], ty="recommendation", st="bearish"))
    d.h("The responses to the investigator’s view")
    d.p(s("Waggleworth did not accept the investigator’s view.", WW, co=[WW], ty="counterclaim", st="bullish", ctr="thought the complaint should be upheld"),
        s("It pointed to a 2023 study by the Society for Canine Joint Research, which found that 38% of dogs with ruptured ligaments had shown stiffness in the year before.", WW, co=["Society for Canine Joint Research"], ty="evidence", st="bullish"))
    d.p(s("Mrs Aithwaite replied that the same figure meant 62% had shown none, and that her dog had walked 10 kilometres with her on a charity walk in March.", RA, ty="counterclaim", st="bearish", ctr="38% of dogs with ruptured ligaments"))
    d.h("What I’ve decided – and why")
    d.p(s("I’ve considered all the available evidence and arguments to decide what’s fair and reasonable in the circumstances of this complaint.", ty="context"),
        s("I agree with our investigator, and for broadly the same reasons.", ty="counterclaim", st="bearish", ctr="did not accept the investigator’s view"))
    d.p(s("Waggleworth is entitled to rely on its exclusion for pre-existing conditions, and I accept that stiffness can be an early sign of ligament disease.", co=[WW], st="bullish"),
        s("But the question is whether this dog showed signs of this condition before April 2025, and the only vet who examined it at the time says it did not.", ty="counterclaim", st="bearish", ctr="I accept that stiffness can be an early sign"),
        s("A study of dogs in general can’t outweigh the evidence of the vet who saw this one.", ty="counterclaim", st="bearish", ctr="38% of dogs with ruptured ligaments"))
    d.p(s("I’m also concerned that Waggleworth’s vet adviser reached a view without asking Dr. Halliwick what he meant by his note.", co=[WW], st="bearish"),
        s("I’d expect an insurer relying on a single line in a clinical record to check what that line meant before declining a claim.", ty="recommendation"))
    d.h("Putting things right")
    d.p(s("Waggleworth Pet Insurance must pay Mrs Aithwaite’s claim for £3,860, less the £150 policy excess.", co=[WW], ty="evidence", st="bearish"),
        s("It must add simple interest at 8% a year from the date she paid the vet to the date it settles the claim.", ty="evidence", st="bearish"))
    d.h("My final decision")
    d.p(s("My final decision is that I uphold this complaint.", ty="evidence", st="bearish"),
        s("Under the rules of the Policyholders’ Ombudsman Service, I’m required to ask Mrs Aithwaite to accept or reject my decision before 9 January 2027.", co=["Policyholders’ Ombudsman Service"], ty="context"))

    body = d.body_html(indent="        ")
    text = PAGE.replace("{BODY}", body)
    return d, text


PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Decision POS-2026-118734 | Policyholders&rsquo; Ombudsman Service</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Ombudsman decision: complaint about Waggleworth Pet Insurance (pet insurance &ndash; pre-existing condition). Outcome: upheld.">
  <link rel="stylesheet" href="/assets/css/pos-main.css">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "WebPage", "name": "Decision POS-2026-118734",
   "publisher": {"@type": "GovernmentOrganization", "name": "Policyholders' Ombudsman Service"},
   "datePublished": "2026-12-09"}
  </script>
  <script src="/assets/js/analytics.js" async></script>
</head>
<body class="decision-page">
  <a class="skip-link" href="#main">Skip to main content</a>
  <div class="cookie-banner" role="region" aria-label="Cookies">
    <p>We use essential cookies to make this site work, and optional cookies to understand how you use it.</p>
    <button>Accept optional cookies</button> <button>Reject optional cookies</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">Policyholders&rsquo; Ombudsman Service</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/complain">Make a complaint</a></li>
        <li><a href="/businesses">For businesses</a></li>
        <li><a href="/decisions">Published decisions</a></li>
        <li><a href="/about">About us</a></li>
        <li><a href="/contact">Contact us</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/decisions">Published decisions</a> &rsaquo; <a href="/decisions?sector=pet">Pet insurance</a>
  </nav>
  <main id="main">
    <article class="decision">
      <h1>Decision reference POS-2026-118734</h1>
      <dl class="decision-meta">
        <dt>Business</dt><dd>Waggleworth Pet Insurance</dd>
        <dt>Complaint about</dt><dd>Pet insurance &ndash; claim declined (pre-existing condition)</dd>
        <dt>Ombudsman</dt><dd>Cressida Vantreight</dd>
        <dt>Date of decision</dt><dd><time datetime="2026-12-09">9 December 2026</time></dd>
        <dt>Outcome</dt><dd>Upheld</dd>
      </dl>
      <div class="notice">
        <p>We publish final decisions so that consumers and businesses can see how we handle complaints. Names of consumers are included only where they have agreed.</p>
      </div>
      <div class="decision-body">
{BODY}
      </div>
      <p class="signature">Cressida Vantreight<br>Ombudsman</p>
    </article>
    <aside class="feedback">
      <h2>Was this page useful?</h2>
      <button>Yes</button> <button>No</button>
      <p><a href="/report-a-problem">Report a problem with this page</a></p>
    </aside>
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/large-print">Large print</a></li>
    </ul>
    <p>&copy; Policyholders&rsquo; Ombudsman Service 2026. Registered office: Ombudsman House, 4 Quarrender Way.</p>
  </footer>
  <script>
    window.posConfig = {section: "decisions", decisionId: "POS-2026-118734"};
  </script>
</body>
</html>
"""
