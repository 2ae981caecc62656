"""Restaurant-industry newsletter for operators (Markdown, YAML front matter, first person)."""
from mk import Doc, s

FNAME = "pass-notes-212.md"
DRAY = "Dray Foodservice"
RV = "Rhodri Vantongeren"
ESI = "Esi Faulconbridge"
BG = "Bitegate"
IB = "Ifeoluwa Brackett"
CH = "Crumbhouse"
DH = "Dagny Hollowell"
WO = "Wendeline Osei-Hartley"


def build():
    d = Doc(FNAME, "Cosima Arnott-Pryde")
    d.p(s("Morning, all.", ty="context"),
        s("Three stories this week, and all three are about who gets paid when you sell a plate of food.", ty="context"))
    d.h("1. Dray's new price list")
    d.p(s("Dray Foodservice, which supplies about a third of the restaurants that get this newsletter, will raise its prices by an average of 6.5% from 6 January, according to a letter it sent customers on Friday.", DRAY, co=[DRAY], ty="evidence"),
        s("The letter blames energy costs and drivers' wages.", DRAY, ty="evidence"),
        s("Rhodri Vantongeren, Dray's commercial director, told me the increase was “the smallest we could manage without cutting deliveries.”", RV, co=[DRAY], st="bullish"))
    d.p(s("I don't buy the energy part.", ty="counterclaim", st="bearish", ctr="The letter blames energy costs"),
        s("Wholesale power prices are down by about a fifth since Dray's last increase in March, according to the Grid Price Index, and diesel is flat.", "Grid Price Index", co=[DRAY], ty="evidence"))
    d.p(s("Esi Faulconbridge, who runs the Lantern Room in Hebblecote, thinks Dray is being straight with us.", ESI, co=[DRAY, "Lantern Room"], ty="counterclaim", st="bullish", ctr="I don't buy the energy part."),
        s("“Their drivers got 9% in the summer, and I'd rather pay 6.5% more than lose my Tuesday delivery,” she wrote.", ESI, st="bullish"),
        s("She has a point on wages."),
        s("But 6.5% on a food bill of £4,000 a week is £13,520 a year, which is more than most of us will clear in December.", ty="counterclaim", st="bearish", ctr="She has a point on wages."))
    d.h("2. Bitegate's commission cut")
    d.p(s("Bitegate cut its commission for independent restaurants from 30% to 25% on Monday.", co=[BG], ty="evidence"),
        s("Its general manager, Ifeoluwa Brackett, called the cut “a thank-you to the restaurants that built us.”", IB, st="bullish"))
    d.p(s("Read the small print before you send a thank-you card back.", ty="counterclaim", st="bearish", ctr="a thank-you to the restaurants that built us"),
        s("From the same date, every order carries a 2% “marketing contribution”, so the real cut is three points, not five.", ty="evidence", st="bearish"),
        s("A Bitegate spokesman said the contribution pays for promotions that bring restaurants new customers and can be switched off in the app.", BG, co=[BG], ty="counterclaim", st="bullish", ctr="so the real cut is three points"),
        s("Switching it off also drops you to the bottom of the search results, which he did not mention.", ty="counterclaim", st="bearish", ctr="can be switched off in the app"))
    d.h("3. The sandwich chain that wants your lease")
    d.p(s("Crumbhouse, the sandwich chain, says it will open 60 shops next year, most of them in former restaurants.", CH, co=[CH], ty="evidence"),
        s("Its founder, Dagny Hollowell, told a property conference last week that landlords would rather have a sandwich shop paying rent on time than a bistro paying it late.", DH, st="bullish"),
        s("“Every closed restaurant is a Crumbhouse waiting to happen,” she said.", DH, co=[CH], st="bullish"))
    d.p(s("Not every landlord agrees.", ty="counterclaim", st="bearish", ctr="landlords would rather have a sandwich shop"),
        s("Wendeline Osei-Hartley, a letting agent at Fothergill Brant, said landlords she acts for had turned down three Crumbhouse offers this autumn because the chain wanted six months rent-free.", WO, co=[CH, "Fothergill Brant"], ty="evidence", st="bearish"),
        s("She expects most empty restaurants to be taken by other restaurants.", WO, ty="prediction", st="bearish"))
    d.p(s("If your landlord mentions Crumbhouse, find out what it is offering before you sign anything.", co=[CH], ty="recommendation"))
    d.p(s("See you next Thursday.", ty="context"))
    d.p(s("— Cosima", ty="context"))
    d.raw("*Pass Notes is free for anyone who runs a kitchen. Forward it to someone who should be reading it, or reply to this email to tell me I'm wrong.*")

    text = """---
title: "Pass Notes #212: Dray's price list, Bitegate's small print and the sandwich chain after your lease"
author: Cosima Arnott-Pryde
date: 2026-11-12
site: Pass Notes
issue: 212
---

""" + d.body_md() + "\n"
    return d, text
