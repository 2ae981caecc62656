from mk import *

ML = "Maplestar Lotteries"
GLC = "Gaming and Lotteries Commission"
GH = "Goldhaven Lotto"
SST = "Safer Stakes Trust"

d = Doc("maplestar-talk-page.html", "html", "Openpedia")


def sig(user, stamp, unsigned=False, ip=False):
    if unsigned:
        return (' <span class="unsigned">&mdash; Preceding <a href="/wiki/Help:Signatures">unsigned</a> comment added by '
                '<a href="/wiki/Special:Contributions/%s">%s</a> (<a href="/wiki/User_talk:%s">talk</a>) %s</span>'
                % (user.replace(" ", "_"), user, user.replace(" ", "_"), stamp))
    return (' <span class="signature"><a href="/wiki/User:%s">%s</a> (<a href="/wiki/User_talk:%s">talk</a>) %s</span>'
            % (user.replace(" ", "_"), user, user.replace(" ", "_"), stamp))


def comment(depth, user, stamp, *sents, unsigned=False):
    indent = "<dl><dd>" * depth
    close = "</dd></dl>" * depth
    d.p(*sents, tag_open="    " + indent + "<p>", tag_close="</p>" + close, post=sig(user, stamp, unsigned))


d.head = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>Talk:Maplestar Lotteries - Openpedia</title>
<meta name="generator" content="WikiEngine 1.41">
<link rel="stylesheet" href="/static/skin.css">
<script>var wgPageName="Talk:Maplestar_Lotteries",wgNamespace="Talk";</script>
</head>
<body class="ns-talk">
<div id="site-header">
  <a id="logo" href="/wiki/Main_Page">Openpedia</a>
  <span class="tagline">The free encyclopedia anyone can edit</span>
  <form id="search"><input name="q" placeholder="Search Openpedia"></form>
  <div id="personal"><a href="/login">Log in</a> <a href="/signup">Create account</a></div>
</div>
<div id="sidebar">
  <ul>
    <li><a href="/wiki/Main_Page">Main page</a></li>
    <li><a href="/wiki/Special:Random">Random article</a></li>
    <li><a href="/wiki/Help:Contents">Help</a></li>
    <li><a href="/wiki/Openpedia:Community_portal">Community portal</a></li>
    <li><a href="/wiki/Special:RecentChanges">Recent changes</a></li>
  </ul>
</div>
<div id="content">
  <div class="tabs"><a href="/wiki/Maplestar_Lotteries">Article</a> <a class="selected" href="/wiki/Talk:Maplestar_Lotteries">Talk</a> <a href="?action=view">Read</a> <a href="?action=edit">Edit</a> <a href="?action=history">View history</a></div>
  <h1 id="firstHeading">Talk:Maplestar Lotteries</h1>
  <div class="talkheader">
    <p>This is the talk page for discussing improvements to the <a href="/wiki/Maplestar_Lotteries">Maplestar Lotteries</a> article. This is not a forum for general discussion of the article's subject.</p>
    <ul><li>Put new text under old text. <a href="?action=edit&amp;section=new">Click here to start a new topic.</a></li><li>Please sign your posts by typing four tildes.</li><li>Be polite, and assume good faith.</li></ul>
  </div>
  <div class="wikiproject-banner"><p>This article is within the scope of WikiProject Companies, a collaborative effort to improve coverage of companies on Openpedia. Rated C-class, Mid-importance.</p></div>
  <div id="toc"><h2>Contents</h2><ol><li><a href="#payout">Payout ratio in the lead</a></li><li><a href="#licence">Licence renewal section</a></li><li><a href="#criticism">Criticism section is too long</a></li></ol></div>
  <div class="mw-parser-output">
"""
d.foot = """  </div>
</div>
<div id="footer">
  <p>This page was last edited on 19 February 2026, at 16:02 (UTC).</p>
  <p>Text is available under a free licence; additional terms may apply.</p>
  <p><a href="/wiki/Openpedia:Privacy">Privacy policy</a> &middot; <a href="/wiki/Openpedia:About">About Openpedia</a> &middot; <a href="/wiki/Openpedia:Disclaimers">Disclaimers</a></p>
</div>
</body>
</html>
"""

ED = '<span class="editsection">[<a href="?action=edit&amp;section=%d">edit</a>]</span>'

d.h("Payout ratio in the lead", tag_open='    <h2 id="payout">', post=" " + ED % 1)
comment(0, "Tamarisk", "09:14, 3 February 2026 (UTC)",
        S("The lead says Maplestar Lotteries “returns more to good causes than any other lottery operator in Europe”, and the only source is the company’s own annual review.", "Tamarisk", ML, "cl", "0"),
        S("That is a claim, not a fact, and it should either be attributed in the text or removed.", "Tamarisk", "", "re", "0"))
comment(1, "Wyvernfold", "11:40, 3 February 2026 (UTC)",
        S("Agree it needs attributing, but it is not wrong.", "Wyvernfold", "", "cc", "+", c="That is a claim, not a fact"),
        S("The Gaming and Lotteries Commission’s 2025 market report puts Maplestar’s good-causes share at 27.4% of sales, the highest of the eleven operators it lists.", GLC, ML, "ev", "+"))
comment(2, "Tamarisk", "13:02, 3 February 2026 (UTC)",
        S("The Commission’s table is share of sales, which is not the same as “returns more”: a bigger operator can give a smaller share and still hand over more money.", "Tamarisk", GLC, "cc", "0", c="puts Maplestar’s good-causes share"),
        S("By that measure Goldhaven Lotto gave more in cash last year.", "Tamarisk", GH, "ev", "0"))
comment(3, "PennyDreadful42", "18:27, 3 February 2026 (UTC)",
        S("I’ve changed the lead to “returns the highest share of sales to good causes of any operator in the Commission’s 2025 report”, which I think both of you can live with.", "PennyDreadful42", GLC, "cx", "0"),
        S("If anyone objects, revert and discuss here.", "PennyDreadful42", "", "cx", "0"))

d.h("Licence renewal section", tag_open='    <h2 id="licence">', post=" " + ED % 2)
comment(0, "Lumen_and_ink", "08:55, 9 February 2026 (UTC)",
        S("The licence section is out of date: the Commission announced on 2 February that it had chosen Maplestar as preferred bidder for the next ten-year licence.", "Lumen_and_ink", GLC + ";" + ML, "ev", "+"),
        S("The Eastgate Herald reported the same day that the losing bidder, Goldhaven, intends to challenge the decision in court.", "Eastgate Herald", GH, "ev", "0"))
comment(1, "203.0.113.58", "10:31, 9 February 2026 (UTC)",
        S("Goldhaven’s challenge is going nowhere, the Commission scored Maplestar ahead on every criterion.", "203.0.113.58", GH + ";" + GLC + ";" + ML, "cc", "+", c="intends to challenge the decision"),
        S("The article should say that the challenge is weak.", "203.0.113.58", "", "re", "+"), unsigned=True)
comment(2, "Wyvernfold", "12:15, 9 February 2026 (UTC)",
        S("We can’t say that unless a reliable source says it.", "Wyvernfold", "", "cc", "0", c="The article should say that the challenge is weak."),
        S("The only detailed account of the scoring so far is Goldhaven’s own press release, which says the company was marked down on “criteria that were changed mid-process”.", GH, GH, "cc", "0", c="scored Maplestar ahead on every criterion"),
        S("The Commission has said it will defend the process.", GLC, GLC, "ev", "0"))
comment(3, "PennyDreadful42", "19:06, 9 February 2026 (UTC)",
        S("I’ve updated the section with the preferred-bidder decision and the Herald’s report of the challenge, both attributed.", "PennyDreadful42", "", "cx", "0"))

d.h("Criticism section is too long", tag_open='    <h2 id="criticism">', post=" " + ED % 3)
comment(0, "Ovidius Rex", "21:48, 14 February 2026 (UTC)",
        S("The criticism section is now longer than the history section, and half of it is one campaign group’s report.", "Ovidius Rex", "", "cl", "0"),
        S("I propose cutting it to a paragraph.", "Ovidius Rex", "", "re", "0"))
comment(1, "Tamarisk", "07:36, 15 February 2026 (UTC)",
        S("I’d oppose that.", "Tamarisk", "", "cc", "0", c="I propose cutting it to a paragraph."),
        S("The Safer Stakes Trust report is not the only source: the Herald and the Commission’s own enforcement notice both cover Maplestar’s 2024 fine for failing to stop under-age ticket sales online.", "Tamarisk", SST + ";" + GLC + ";" + ML, "ev", "-"),
        S("The fine was £3.2 million, which is not trivial for an operator with £140 million of operating profit.", "Tamarisk", "", "cl", "-"),
        S("The trust’s report also finds that Maplestar’s sales per adult are twice as high in the poorest tenth of postcodes as in the richest.", SST, ML, "ev", "-"))
comment(2, "Ovidius Rex", "10:02, 15 February 2026 (UTC)",
        S("Fair enough on the fine.", "Ovidius Rex", "", "cl", "0"),
        S("But the trust’s figure rests on ticket sales by postcode, and poorer areas simply have more corner shops selling tickets.", "Ovidius Rex", SST, "cc", "+", c="sales per adult are twice as high"))
comment(3, "Lumen_and_ink", "15:51, 15 February 2026 (UTC)",
        S("Maplestar’s response to the report, which the Herald printed, says its retailer network mirrors the number of shops in an area, not the income of the people who live there.", ML, ML, "cc", "+", c="sales per adult are twice as high"),
        S("I’d keep both the finding and the response, and cut the rest.", "Lumen_and_ink", "", "re", "0"))
comment(4, "Wyvernfold", "17:20, 15 February 2026 (UTC)",
        S("Agree with keeping both: the postcode point is a fair caveat, but it belongs in the article as Maplestar’s response, not as our own conclusion.", "Wyvernfold", ML, "cc", "0", c="But the trust’s figure rests"))
