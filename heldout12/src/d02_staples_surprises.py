from mk import *

HP = "Houndsworth Petcare"
NN = "Nestbury Nutrition"
GW = "Glenspring Waters"
CC = "Chewton Confectionery"
BM = "Brackenridge Mills"
HV = "Hallam Vere"

d = Doc("staples-surprises-2027.md", "md", "Anneliese Okonedo-Pratt")
d.head = """---
title: "Five surprises for consumer staples in 2027"
author: Anneliese Okonedo-Pratt
date: 2026-12-01
site: Thornbury Sallis Insights
category: Sector strategy
---

"""
d.foot = "*This article is for professional investors only. Past performance is not a guide to future returns.*\n"

d.p(S("Every December we publish a list of things we think the market is underpricing, and every January somebody reminds us of last year’s misses.", D, "", "cx", "0"),
    S("The rule is that each surprise must have at least a one-in-four chance by our reckoning and be priced, by consensus, at close to zero.", D, "", "cx", "0"),
    S("Here are this year’s five.", D, "", "cx", "0"))

d.h("1. Houndsworth cuts pet-food prices")
d.p(S("We think Houndsworth Petcare cuts list prices on its dry food by at least 5% before the summer.", D, HP, "pr", "-"),
    S("Private-label dog food now takes 31% of supermarket volumes, according to figures from Kennel Data, up from 22% three years ago.", "Kennel Data", "", "ev", "-"),
    S("Houndsworth’s chief executive, Rosalind Quaintance, told investors in November that the company “does not chase volume with price.”", "Rosalind Quaintance", HP, "cc", "+", c="We think Houndsworth Petcare cuts"),
    S("She said the same thing in 2023, and cut prices four months later.", D, "", "cc", "-", c="does not chase volume with price"),
    S("Odds we give it: two in five.", D, "", "pr", "0"))

d.h("2. The Firststep recall costs three times what Nestbury says")
d.p(S("Nestbury Nutrition says the recall of two batches of its Firststep infant formula in October will cost less than £20 million.", NN, NN, "pr", "+"),
    S("We think the bill will be closer to £60 million once retailers’ claims and the lost shelf space are counted.", D, "", "cc", "-", c="will cost less than £20 million"),
    S("Two of the three largest grocers have already moved Firststep to a bottom shelf, according to our own store checks.", D, NN, "ev", "-"),
    S("Odds: one in three.", D, "", "pr", "0"))

d.h("3. Somebody bids for Glenspring")
d.p(S("We expect a bid for Glenspring Waters, the bottled-water company, from one of the large drinks groups before the end of 2027.", D, GW, "pr", "+"),
    S("Its spring licences run to 2061, and no new licence has been granted in the region since 2009.", D, "", "ev", "0"),
    S("Glenspring’s chairman, Osric Bellweather, has said the company is “not for sale at any sensible price.”", "Osric Bellweather", GW, "cc", "0", c="We expect a bid for Glenspring"),
    S("Every chairman says that.", D, "", "cc", "0", c="not for sale at any sensible price"),
    S("Odds: one in four.", D, "", "pr", "0"))

d.h("4. Chewing gum grows again")
d.p(S("Chewing gum has shrunk for eleven straight years, and consensus has Chewton Confectionery’s gum volumes down another 3% in 2027.", D, CC, "pr", "-"),
    S("We think they rise, because the nicotine-pouch ban that starts in April sends former users back to gum.", D, "", "cc", "+", c="consensus has Chewton Confectionery"),
    S("Our colleague Dominic Abelard-Nunes, who covers tobacco, disagrees: he thinks pouch users switch to vapes, not gum.", "Dominic Abelard-Nunes", "", "cc", "-", c="We think they rise"),
    S("Odds: one in three, if Dominic is wrong.", D, "", "pr", "0"))

d.h("5. Brackenridge sells its cereal brands")
d.p(S("Brackenridge Mills has spent two years telling investors that breakfast cereal is a “cash engine” for its snacks expansion.", BM, BM, "cl", "+"),
    S("The engine is slowing: cereal sales fell 4% in the last half, according to the company’s own results.", BM, BM, "cc", "-", c="cash engine"),
    S("We think a sale of the cereal arm to a private-equity buyer is more likely than the market allows.", D, "", "pr", "0"),
    S("Odds: two in seven.", D, "", "pr", "0"))

d.h("What our critics say")
d.p(S("Strategists at Hallam Vere think we have the pet-food call backwards.", HV, "", "cc", "+", c="We think Houndsworth Petcare cuts"),
    S("In their view, private label has already peaked, and Houndsworth’s new grain-free range gives it room to raise prices instead.", HV, HP, "cl", "+"))
d.p(S("They may be right about the range.", D, "", "cl", "+"),
    S("But a price rise into a market where almost a third of volume is private label is the bolder bet of the two.", D, "", "cc", "-", c="private label has already peaked"))

d.p(S("Disclosure: Thornbury Sallis has acted as a broker to Nestbury Nutrition.", D, "Thornbury Sallis;" + NN, "ev", "0"))
