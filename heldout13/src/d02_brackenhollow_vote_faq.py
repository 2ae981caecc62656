"""FAQ on a building society's conversion vote (Markdown, YAML front matter, byline)."""
from mk import Doc, s

FNAME = "brackenhollow-vote-faq.md"
BH = "Brackenhollow Building Society"
HB = "Halberd Banking Group"
PV = "Peregrine Vollans"
KBM = "Keep Brackenhollow Mutual"
BN = "Bartholomew Nkemelu"
SP = "Saffron Pendry"


def build():
    d = Doc(FNAME, "Marisela Tregunna")
    d.p(s("Members of Brackenhollow Building Society will vote next month on whether it should give up its mutual status and be sold to Halberd Banking Group.", co=[BH, HB], ty="evidence"),
        s("We have had hundreds of emails about it, so here are the questions readers ask most, with the best answers we can give.", ty="context"))
    d.h("What exactly is being proposed?")
    d.p(s("Halberd has offered £1.18 billion, which the society says it will pass on to members in cash, according to the circular it sent out last week.", BH, co=[BH, HB], ty="evidence"),
        s("Brackenhollow would become a subsidiary of Halberd and would keep its own name over its 64 branches for at least three years.", BH, co=[BH, HB], ty="evidence"))
    d.h("How much would I get?")
    d.p(s("The circular puts the average payout at £1,450, made up of a flat £500 for every member and the rest shared out by savings balance.", BH, ty="evidence"),
        s("Members who joined after 1 June get nothing.", BH, ty="evidence"),
        s("The society says that rule stops people opening accounts just to collect a payout.", BH, co=[BH]))
    d.h("Why does the board want to sell?")
    d.p(s("The society's chief executive, Peregrine Vollans, argues that Brackenhollow is too small to pay for the technology that customers now expect.", PV, co=[BH], st="bearish"),
        s("“We would need to spend £90 million on systems over five years, and a mutual can only pay for that out of its own profits,” he said in a video for members.", PV, ty="evidence", st="bearish"),
        s("He also says Halberd's size would let it pay savers more, not less.", PV, co=[HB], st="bullish"))
    d.h("What do the campaigners say?")
    d.p(s("Keep Brackenhollow Mutual, a group set up by members in September, says the £90 million figure is the board's own invention.", KBM, ty="counterclaim", st="bullish", ctr="We would need to spend £90 million"),
        s("Its chair, Bartholomew Nkemelu, a retired actuary, points out that the society spent £31 million on a new banking platform in 2024 and told members at the time that it would last a decade.", BN, co=[BH], ty="evidence", st="bullish"),
        s("“Nobody asked us whether we wanted to be sold; they asked us whether we wanted £1,450,” he said.", BN, st="bearish"))
    d.p(s("Vollans says the 2024 platform runs savings accounts but not the mortgage and mobile-app systems the society still needs to replace.", PV, co=[BH], ty="counterclaim", st="bearish", ctr="spent £31 million on a new banking platform"))
    d.h("Would my savings rate change?")
    d.p(s("Halberd has promised to match Brackenhollow's savings rates for two years.", HB, co=[BH, HB], ty="evidence"),
        s("That is a shorter promise than it sounds.", ty="counterclaim", st="bearish", ctr="match Brackenhollow's savings rates for two years"),
        s("Halberd's own easy-access account pays 2.1%, against Brackenhollow's 3.4%, according to figures compiled by Ratekeel Data.", "Ratekeel Data", co=[BH, HB], ty="evidence", st="bearish"))
    d.h("What do analysts think of the price?")
    d.p(s("Saffron Pendry, who covers banks at Mardle & Quist, thinks the price is fair, at about 1.1 times the society's net assets.", SP, co=[BH, "Mardle & Quist"]),
        s("She expects Halberd to close around 40 of the 64 branches once the three-year promise runs out.", SP, co=[HB], ty="prediction"))
    d.p(s("A Halberd spokeswoman said no decision on branches had been taken.", HB, co=[HB], ty="counterclaim", ctr="close around 40 of the 64 branches"))
    d.h("How and when do I vote?")
    d.p(s("Voting closes at 5pm on 12 December, and the conversion needs the support of 75% of members who vote, provided at least a fifth of all members take part.", ty="evidence"),
        s("The Mutual Societies Commission, which must approve any conversion, says it will publish its view before the vote.", "Mutual Societies Commission", co=["Mutual Societies Commission"], ty="evidence"))
    d.h("So how should I vote?")
    d.p(s("We do not tell readers how to vote, but we do think every member should look past the headline figure.", ty="recommendation"),
        s("The payout is real money."),
        s("But a member with £20,000 in easy-access savings would give up about £260 a year in interest at Halberd's rates, so the windfall would be gone in under six years.", co=[HB], ty="counterclaim", st="bearish", ctr="The payout is real money."))
    d.p(s("On one thing the campaigners and the board agree: turnout will decide it.", ty="prediction"))
    d.raw("*Savewell Weekly does not give personal financial advice. If you are unsure, speak to a regulated adviser.*")

    text = """---
title: "Brackenhollow's conversion vote: your questions answered"
author: Marisela Tregunna
date: 2026-11-18
site: Savewell Weekly
category: Savings
---

""" + d.body_md() + "\n"
    return d, text
