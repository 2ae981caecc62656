"""Review of a TV documentary about a fast-fashion retailer (Markdown, YAML front matter, byline)."""
from mk import Doc, s

FNAME = "seams-documentary-review.md"
ST = "Stitchrun"
OT = "Ottavia Renshaw-Bligh"
HS = "Henrike Solvang"
FA = "Fairloom Alliance"
KS = "Kwabena Sallis"


def build():
    d = Doc(FNAME, "Barnaby Quillfoot")
    d.p(s("“Seams”, Ottavia Renshaw-Bligh's 90-minute documentary about Stitchrun, rests on a simple charge: that the retailer's two-week cycle from design to shop floor depends on suppliers breaking the rules it publishes.", OT, co=[ST], st="bearish"),
        s("It is mostly persuasive, and occasionally unfair."),
        s("It is also about 20 minutes too long."))
    d.p(s("The strongest material comes from three former Stitchrun buyers, filmed in silhouette, who describe placing orders with factories they knew were passing work to unregistered workshops.", co=[ST], ty="evidence", st="bearish"),
        s("One says the company's audit team was “told which doors not to open.”", co=[ST], ty="evidence", st="bearish"))
    d.p(s("Renshaw-Bligh also obtained a 2024 internal review which, the film says, found unapproved subcontracting at 14 of 40 audited suppliers.", OT, ty="evidence", st="bearish"),
        s("The film also ties the company to the closure of the Ebbsworth cotton mill, where 600 people lost their jobs in 2025.", OT, co=[ST], st="bearish"),
        s("The internal review is the closest thing to a smoking gun, and the film knows it.", st="bearish"))
    d.h("The company's reply")
    d.p(s("Stitchrun declined to take part, but after the broadcast it published a nine-page response calling the film “a collage of old allegations.”", ST, co=[ST], ty="counterclaim", st="bullish", ctr="rests on a simple charge"),
        s("The response says the 14 cases were found by the company's own auditors, reported to its board and fixed within six months.", ST, co=[ST], ty="counterclaim", st="bullish", ctr="found unapproved subcontracting at 14 of 40"),
        s("It also says the three buyers all left the company before 2021.", ST, co=[ST], ty="counterclaim", st="bullish", ctr="three former Stitchrun buyers"))
    d.p(s("The first point is fair, and the film should have made it.", st="bullish"),
        s("The second is weaker than it looks: the film's newest witness, a factory manager who appears on camera, describes the same arrangement in March this year.", ty="counterclaim", st="bearish", ctr="left the company before 2021"))
    d.h("The investors' view")
    d.p(s("Stitchrun's shares rose 2% on the day after the broadcast.", co=[ST], ty="evidence"))
    d.p(s("Henrike Solvang, a retail analyst at Baskerville Ogunde, said the film told investors nothing they had not already priced in.", HS, co=["Baskerville Ogunde"], st="bullish"),
        s("“Every fast-fashion business has a supply chain like this; the question is whether customers care, and so far they don't,” she said.", HS, st="bullish"),
        s("She expects Stitchrun's sales to grow by about 8% next year.", HS, co=[ST], ty="prediction", st="bullish"),
        s("She rates the shares a buy.", HS, co=[ST], ty="recommendation", st="bullish"))
    d.p(s("The Fairloom Alliance, a labour-rights group, thinks they will this time.", FA, ty="counterclaim", st="bearish", ctr="so far they don't"),
        s("Its director, Kwabena Sallis, said the group would run adverts outside 30 Stitchrun shops in January.", KS, co=[FA, ST], ty="evidence"),
        s("He wants the company to publish the names of every workshop its suppliers use.", KS, co=[ST], ty="recommendation"))
    d.p(s("A Stitchrun spokeswoman said the company already publishes its main factories and will add their subcontractors next year.", ST, co=[ST], ty="counterclaim", st="bullish", ctr="He wants the company to publish"))
    d.h("Where it overreaches")
    d.p(s("Where the film overreaches is the mill: Stitchrun never bought from Ebbsworth, and the film's only link is that the mill's largest customer lost a Stitchrun contract in 2023.", co=[ST], ty="counterclaim", st="bullish", ctr="closure of the Ebbsworth cotton mill"),
        s("Renshaw-Bligh told me the mill story showed how the whole industry's prices flow downhill.", OT, ty="counterclaim", ctr="Where the film overreaches"),
        s("That is an argument about the industry, not about Stitchrun.", co=[ST], ty="counterclaim", ctr="prices flow downhill"))
    d.h("Verdict")
    d.p(s("Four stars out of five."),
        s("Watch it, then read Stitchrun's response, then decide which of them you believe.", co=[ST], ty="recommendation"))
    d.raw("*Seams is streaming now on Orrery Plus. Sidelight Review is reader-funded; become a supporter for £3 a month.*")

    text = """---
title: "'Seams' review: a hard look at Stitchrun, and a company that is not happy about it"
author: Barnaby Quillfoot
date: 2026-10-30
site: Sidelight Review
rating: 4
tags: [documentary, retail, supply chains]
---

""" + d.body_md() + "\n"
    return d, text
