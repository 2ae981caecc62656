from mk import Doc, S, D

CW = "Corkridge Wine Club"
GD = "Grapevale Direct"
JW = "Jocasta Wrenfield"
IP = "Idris Pennefather"
RA = "Ruprecht Aldana"
MV = "Marthe Vandersloot"
BS = "Benedetta Sarrazin"
FL = "Fergus Lathwell"
CF = "Crispin Fanshawe-Odell"
OS = "Orpen & Threadgold"

FRONT = """---
title: "“We sold the wine and spent the float”: an oral history of Corkridge Wine Club"
author: Evadne Thorsby
date: 2026-09-14
site: The Long Table Review
---"""


def build():
    d = Doc("corkridge-wine-club-oral-history.md", "Evadne Thorsby")
    d.p(S("Corkridge Wine Club delivered 2.1 million cases in six years and collapsed in March owing its members £4.3 million in prepaid credit.", D, [CW], "ev", "be"),
        S("We asked the people who built it, funded it, supplied it and paid for it what went wrong; their answers have been edited for length, and they do not agree.", D, [], "cx", "ne"))

    d.h("The pitch")
    d.p(S("The idea was that a member paid £25 a month and we spent all of it on wine, with our margin coming from the growers rather than the customer.", JW, [], "ev", "ne"),
        S("Nobody else in the market did that, and members loved it.", JW, [], "cl", "bu"),
        label="Jocasta Wrenfield, co-founder and chief executive:")
    d.p(S("Jocasta sold it beautifully.", IP, [], "cl", "ne"),
        S("But the £25 never all went on wine: from the second year about a fifth of it paid for marketing.", IP, [], "cc", "be", ctr="we spent all of it on wine"),
        label="Idris Pennefather, co-founder and technology director:")

    d.h("Growth")
    d.p(S("We grew to 180,000 members without a penny of television advertising.", JW, [], "ev", "bu"),
        label="Jocasta Wrenfield:")
    d.p(S("We led the second round because the retention numbers were the best we had seen in consumer subscriptions.", RA, [], "cl", "bu"),
        S("Members who stayed a year stayed for four.", RA, [], "ev", "bu"),
        label="Ruprecht Aldana, partner, Haverlock Ventures, lead investor:")
    d.p(S("The retention was real, but it was bought.", MV, [], "cc", "be", ctr="the retention numbers were the best"),
        S("Every time cancellations rose we were told to add a free bottle to the next case, and free bottles do not show up as a cost until the growers send the bill.", MV, [], "cl", "be"),
        label="Marthe Vandersloot, head of buying, 2020–2025:")

    d.h("The growers")
    d.p(S("By 2024 Corkridge was paying us at 120 days, when the contract said 45.", BS, [CW], "ev", "be"),
        S("We kept supplying because they were a third of our sales, which I now think was a mistake.", BS, [], "cl", "ne"),
        label="Benedetta Sarrazin, winemaker, Clos Ardevane:")
    d.p(S("Every grower was paid in full until the administration.", JW, [], "cc", "bu", ctr="was paying us at 120 days"),
        S("Slow payment is normal in wine, and the estates we bought from understood that.", JW, [], "cl", "bu"),
        label="Jocasta Wrenfield:")
    d.p(S("Editor's note: the administrators, Orpen & Threadgold, list 31 growers owed a total of £1.9 million.", OS, [], "cc", "be", ctr="Every grower was paid in full"))

    d.h("The end")
    d.p(S("I had £340 of credit when they stopped sending wine, and the website still took my payment that month.", FL, [], "ev", "be"),
        S("Nobody answered the phone after the second week.", FL, [], "ev", "be"),
        label="Fergus Lathwell, member from 2019 until the collapse:")
    d.p(S("We knew from the summer of 2025 that prepaid credit was funding the warehouse, and I said so to the board in writing.", IP, [], "ev", "be"),
        label="Idris Pennefather:")
    d.p(S("I don't recall a written warning from Idris.", RA, [], "cc", "ne", ctr="I said so to the board in writing"),
        S("What I recall is a board that believed, rightly or wrongly, that a buyer would pay for the membership list.", RA, [], "cl", "ne"),
        label="Ruprecht Aldana:")
    d.p(S("A buyer did come: Grapevale Direct offered £6 million in January and walked away in February.", JW, [GD], "ev", "ne"),
        S("If that deal had closed, members would have lost nothing.", JW, [], "cl", "bu"),
        label="Jocasta Wrenfield:")
    d.p(S("Grapevale's offer was conditional on members' credit being written off, so members would have lost it either way.", CF, [GD], "cc", "be", ctr="members would have lost nothing"),
        S("We expect unsecured creditors, members included, to receive between 4p and 9p in the pound.", CF, [], "pr", "be"),
        label="Crispin Fanshawe-Odell, partner, Orpen & Threadgold, administrators:")

    d.h("Looking back")
    d.p(S("It was a good wine club run as if it were a software company.", MV, [], "cl", "be"),
        label="Marthe Vandersloot:")
    d.p(S("I would do it again, with less money from people who wanted a software company.", JW, [], "cl", "ne"),
        label="Jocasta Wrenfield:")
    return d.name, d.md(FRONT), d.records()
