from mk import Doc, S

MB = "Millrace Co-operative Bank"
CR, BT = "Clemency Roskilly", "Bronagh Tulliver"

PRE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>A letter to members about our branches and current-account fees - Millrace Co-operative Bank</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/static/millrace.css">
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page": "members-news"});</script>
</head>
<body class="members">
  <div id="cookie-consent" role="dialog">
    <p>We use essential cookies to make our site work and optional cookies to improve it.</p>
    <button>Accept optional cookies</button> <button>Reject optional cookies</button>
  </div>
  <a class="skip" href="#content">Skip to main content</a>
  <header class="site-header">
    <a class="brand" href="/">Millrace Co-operative Bank</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/current-accounts">Current accounts</a></li>
        <li><a href="/savings">Savings</a></li>
        <li><a href="/mortgages">Mortgages</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/members">Members</a></li>
        <li><a class="login" href="/login">Log in</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/members">Members</a> &rsaquo; <a href="/members/news">News</a></nav>
  <main id="content">
    <h1>A letter to members about our branches and current-account fees</h1>
    <p class="meta">Members&rsquo; news &middot; 3 November 2026 &middot; 6 minute read</p>
    <div class="page-body">
"""

POST = """      <aside class="cta-box">
        <h3>Have your say</h3>
        <p>Register to attend the annual members&rsquo; meeting, in person or online. <a href="/members/agm">Register now</a></p>
      </aside>
    </div>
  </main>
  <footer class="site-footer">
    <p>Millrace Co-operative Bank is owned by its members. Eligible deposits are protected by the Deposit Guarantee Scheme up to the scheme limit.</p>
    <p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/complaints">Complaints</a> | <a href="/contact">Contact us</a></p>
  </footer>
</body>
</html>
"""


def doc():
    d = Doc("millrace-member-letter.html", "html", MB)
    d.pre, d.post = PRE, POST
    d.ent = {"’": "&rsquo;", "“": "&ldquo;", "”": "&rdquo;", "£": "&pound;"}
    d.p(S("Each year our chief executive writes to members before the annual members’ meeting, and this year the Members’ Council asked to publish its response alongside the letter.", "context", "neutral", []))
    d.h("Letter from the chief executive")
    d.p(S("Dear member,", "context", "neutral", [], sp=CR))
    d.p(S("I am writing to explain why the board has decided to close 14 of our 52 branches next year and to introduce a £4 monthly fee on current accounts that do not receive a salary or pension.", "evidence", "neutral", [], sp=CR),
        S("Fewer than one in twenty of our transactions now happen in a branch, and each of the 14 branches we will close serves fewer than 60 customers a day.", "evidence", "neutral", [], sp=CR))
    d.p(S("The fee will raise about £11 million a year, which we need to meet the higher capital requirements the regulator set for us in June.", "evidence", "neutral", [], sp=CR),
        S("Members whose salary or pension is paid into their account, about 70% of our current-account holders, will pay nothing.", "evidence", "neutral", [], sp=CR))
    d.p(S("Some members have told us that a co-operative should never charge its members for a current account.", "claim", "neutral", [], sp=CR),
        S("I understand that view, but a co-operative that cannot meet its capital requirements will not remain a co-operative for long.", "counterclaim", "neutral", [], sp=CR, c="should never charge"),
        S("Doing nothing is not an option the regulator would accept.", "claim", "neutral", [], sp=CR))
    d.p(S("We are not the only bank making these choices: Stannary Bank closed a third of its branches last year, and Ridgeholm Bank now charges £6 a month.", "evidence", "neutral", ["Ridgeholm Bank", "Stannary Bank"], sp=CR),
        S("Every member will still be able to pay in cash at more than 9,000 shops in the Counterline network.", "evidence", "neutral", ["Counterline"], sp=CR))
    d.p(S("I will answer your questions at the annual members’ meeting on 28 November.", "evidence", "neutral", [], sp=CR))
    d.p(S("Clemency Roskilly, Chief Executive", "context", "neutral", [], sp=CR), label="")
    d.h("The Members’ Council responds")
    d.p(S("The Members’ Council was consulted on the branch closures and the fee, and we do not support the fee in its current form.", "counterclaim", "neutral", [], sp=BT, c="I am writing to explain why the board"))
    d.p(S("The fee is not the only way to find £11 million.", "counterclaim", "neutral", [], sp=BT, c="The fee will raise about £11 million"),
        S("The bank made £27 million of profit in the first half of this year, according to its own half-year report.", "evidence", "bullish", [MB], sp=MB),
        S("We believe the capital gap could be closed by keeping more of that profit rather than by charging the members who use the bank least.", "recommendation", "neutral", [MB], sp=BT))
    d.p(S("The closures worry us more than the fee.", "claim", "neutral", [], sp=BT),
        S("Nine of the 14 branches are in towns where Millrace is the last bank on the high street, and the Counterline shops in those towns do not take the business deposits our farming members rely on.", "counterclaim", "bearish", ["Counterline", MB], sp=BT, c="9,000 shops in the Counterline network"),
        S("The chief executive’s comparison with Stannary and Ridgeholm is not a fair one, because both are owned by shareholders and both are far larger.", "counterclaim", "neutral", ["Ridgeholm Bank", "Stannary Bank"], sp=BT, c="We are not the only bank"),
        S("We ask the board to keep those nine branches open for two more years and to review each of them with the members in that town.", "recommendation", "neutral", [], sp=BT))
    d.p(S("Bronagh Tulliver, Chair, Members’ Council", "context", "neutral", [], sp=BT))
    d.h("What happens next")
    d.p(S("Members will vote on an advisory resolution on the fee at the annual members’ meeting on 28 November.", "evidence", "neutral", []),
        S("The board has said it will consider the result but is not bound by it.", "evidence", "neutral", [], sp=MB))
    d.p(S("Leofric Hannaway, who covers mutual lenders at Harnser Ratings, said Millrace’s capital ratio was the lowest of the seven co-operative lenders the agency rates.", "evidence", "bearish", ["Harnser Ratings", MB], sp="Leofric Hannaway"),
        S("He called the fee “a small price for a stronger balance sheet”.", "counterclaim", "bullish", [], sp="Leofric Hannaway", c="The fee is not the only way"))
    d.p(S("A petition against the closures, started by members in the affected towns, had 6,200 signatures on Monday.", "evidence", "neutral", []),
        S("We will publish the result of the vote on this page.", "evidence", "neutral", []))
    return d
