from mk import *

CA = "Corrowan Atomic"
IH = "Ingeborg Haslam"
AV = "Anatole Vasquez-Rhind"

d = Doc("corrowan-smr-deep-dive.md", "md", "Ruaridh Stavely")
d.head = """---
title: "Deep dive: why I'm long Corrowan Atomic (and what could go wrong)"
author: Ruaridh Stavely
date: 2026-10-08
site: Half-Life Letters
comments: 143
---

"""
d.foot = "*If you liked this, subscribe for free and get the next deep dive in your inbox. Paid subscribers get the model spreadsheet.*\n"

d.p(S("TL;DR: I own shares in Corrowan Atomic, the small-modular-reactor developer, and I think the market is pricing its first plant as if it will never be built.", D, CA, "cl", "+"))
d.p(S("EDIT (12 October): Thanks to everyone in the comments, some of whom changed my mind on one point, flagged below.", D, "", "cx", "0"))

d.h("The thesis")
d.p(S("Corrowan wants to build a 300-megawatt reactor at the old Kelthorne power station site and sell the electricity under a 25-year contract.", D, CA, "ev", "0"),
    S("The company says its design review with the Nuclear Safety Directorate will finish in the second half of 2027, after which it can order long-lead parts.", CA, CA + ";Nuclear Safety Directorate", "pr", "0"),
    S("It has £310 million of cash, according to its half-year report, enough to reach the end of the review.", CA, "", "ev", "0"))
d.p(S("At today’s share price the market values the whole company at less than the £1.1 billion its own filings put on the cost of the first plant.", D, CA, "cl", "+"),
    S("That looks too cheap to me if even half the plan works.", D, "", "cl", "+"))

d.h("The bear case")
d.p(S("The best bear case I have read comes from Dr. Ingeborg Haslam, a nuclear engineer at the University of Tresswick, who has reviewed three earlier reactor programmes.", D, "University of Tresswick", "cx", "0"),
    S("She argues that no first-of-a-kind reactor in the last forty years has been finished within 50% of its first budget.", IH, "", "cc", "-", c="At today’s share price the market values"),
    S("In her view Corrowan’s £1.1 billion will be £2 billion before anyone pours concrete, and the company will have to raise equity at least twice.", IH, CA, "pr", "-"))
d.p(S("Corrowan’s chief executive, Anatole Vasquez-Rhind, told me by email that the design is “mostly a factory product” and that factory products do not overrun the way site-built reactors did.", AV, CA, "cc", "+", c="She argues that no first-of-a-kind reactor"),
    S("He also said the company has fixed-price quotes for the vessel and the steam generators from Ironsby Forge.", AV, CA + ";Ironsby Forge", "ev", "+"))
d.p(S("I find that half convincing.", D, "", "cl", "0"),
    S("The reactor vessel may be built in a factory, but the site, the turbine hall and the grid connection are not.", D, "", "cc", "-", c="mostly a factory product"))

d.h("The comments")
d.p(S("Several of you pushed back, and three objections were good enough to answer here.", D, "", "cx", "0"))
d.p(S("fission_skeptic pointed out that the 25-year power contract has not been signed, only a heads of terms, which either side can walk away from.", "fission_skeptic", "", "cc", "-", c="sell the electricity under a 25-year contract"),
    S("That is correct, and I should have said so; I have changed the wording above.", D, "", "cl", "0"))
d.p(S("gridlock_gwen argued that the grid operator’s queue, not the reactor, is the binding constraint, and that Corrowan’s connection slot is not due until 2033.", "gridlock_gwen", CA, "cc", "-", c="The company says its design review"),
    S("A Corrowan spokeswoman said the company had “a contracted connection date” but would not give it.", CA, CA, "cc", "+", c="gridlock_gwen argued"),
    S("I can’t verify either version.", D, "", "cx", "0"))
d.p(S("The third objection came from a reader who works in nuclear insurance and asked not to be named.", D, "", "cx", "0"),
    S("He wrote that no insurer in the country has yet quoted cover for a small reactor, and that the company’s cost estimate includes nothing for it.", D, CA, "cl", "-"))
d.p(S("EDIT 2 (15 October): Corrowan’s investor-relations team replied that insurance is in the budget under “owner’s costs”, a line of £140 million.", CA, CA, "cc", "+", c="He wrote that no insurer"),
    S("That strikes me as optimistic for a first-of-a-kind reactor, but it is not nothing.", D, "", "cc", "-", c="EDIT 2 (15 October)"))

d.h("My position")
d.p(S("I hold about 2% of my portfolio in Corrowan and added a little after the September sell-off.", D, CA, "re", "+"),
    S("If the design review slips past 2027 I will sell, and I’d suggest anyone following me does the same.", D, "", "re", "0"),
    S("This is not advice, and I could be wrong about all of it.", D, "", "cx", "0"))
