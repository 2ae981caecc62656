"""Obituary of a business: a piano maker closes (Markdown, YAML front matter, byline)."""
from mk import Doc, s

FNAME = "brunsdon-sayle-obituary.md"
BS = "Brunsdon & Sayle"
RUP = "Rupert Sayle-Amory"
JES = "Jessamine Okorafor"
UNION = "Furniture and Instrument Workers' Union"
EW = "Ewart Grennan-Vail"
GQ = "Gadsby Quayle"
CON = "Consolata Brierley-Nash"
ANS = "Anselma Threlfall-Cobb"


def build():
    d = Doc(FNAME, "Wilfreda Ainsco")
    d.p(s("Brunsdon & Sayle, which made upright and grand pianos in Cobbleharrow for 135 years, died on Tuesday, when its administrators laid off the last 46 workshop staff.", co=[BS], ty="evidence", st="bearish"),
        s("It was the last piano maker of any size left in the country.", ty="evidence"))
    d.p(s("The company's best years were the 1960s, when it sold 9,000 instruments a year, most of them to schools and church halls.", co=[BS], ty="evidence"),
        s("Its decline took four decades, and the people who ran it still do not agree on why.", ty="context"))
    d.p(s("Rupert Sayle-Amory, the founder's great-grandson and chairman until 2019, blames imports.", RUP),
        s("“Factories abroad could sell a school a practice upright for a third of our price, and schools buy on price,” he told me in the showroom on Sayle Row, which is now empty.", RUP, st="bearish"),
        s("In his telling, the board did what it could: it cut the range, closed the old varnish shop and sold the archive of drawings to pay the bank.", RUP, st="bullish"))
    d.p(s("Jessamine Okorafor, finance director from 2014 to 2020, gives a less comfortable account.", JES, ty="counterclaim", st="bearish", ctr="blames imports"),
        s("The imports were real, she said, but the company spent eleven years and most of its cash on a digital piano that never worked properly.", JES, co=[BS], st="bearish"),
        s("“We built a computer that looked like a piano and charged piano prices for it,” she said.", JES, st="bearish"))
    d.p(s("The digital model, the Sayle Aria, sold 1,100 units in four years, according to the company's accounts.", BS, co=[BS], ty="evidence", st="bearish"))
    d.p(s("Sayle-Amory calls that hindsight.", RUP, ty="counterclaim", st="bullish", ctr="spent eleven years and most of its cash"),
        s("“Every maker that survived did it by going digital, and we were simply too small to finish the job,” he said.", RUP))
    d.p(s("The Furniture and Instrument Workers' Union does not accept that the board did all it could.", UNION, ty="counterclaim", st="bearish", ctr="the board did what it could"),
        s("Its regional officer, Ewart Grennan-Vail, pointed out that the directors paid themselves a dividend in 2021, the year the company stopped paying into the staff pension scheme.", EW, co=[BS], ty="evidence", st="bearish"),
        s("“The pension scheme has a hole of £7.4 million in it, and the people who built these pianos will lose part of what they were promised,” he said.", EW, ty="evidence", st="bearish"))
    d.p(s("Gadsby Quayle, the administrator, said a buyer for the brand and the remaining stock had been found but would not name it.", GQ, co=[BS], ty="evidence"),
        s("It expects unsecured creditors to get about four pence in the pound.", GQ, ty="prediction", st="bearish"))
    d.p(s("Consolata Brierley-Nash, chief executive of Ferrandine Pianos, which bought the tuning workshop in 2023, thinks the name is worth more than the factory ever was.", CON, co=["Ferrandine Pianos"], st="bullish"),
        s("“People still walk into our shops and ask for a Brunsdon by name,” she said.", CON, co=[BS], st="bullish"))
    d.p(s("Not everyone thinks a name is enough.", ty="counterclaim", st="bearish", ctr="ask for a Brunsdon by name"),
        s("Dr. Anselma Threlfall-Cobb, who teaches business history at Ambermouth University, wrote in a 2022 history of the firm that the brand had been “living on its grandparents” since the 1980s.", ANS, co=["Ambermouth University", BS], st="bearish"),
        s("Her book argues that the family kept control too long and hired too few engineers.", ANS, st="bearish"))
    d.p(s("Sayle-Amory, who is 71, has kept back one instrument from the sale: the 1912 grand on which he learned to play.", ty="evidence"))
    d.p(s("The last piano to leave the works, a walnut upright, went to a primary school in Cobbleharrow that had ordered it in January.", ty="evidence"),
        s("It was paid for in full, which is more than the company's creditors can say.", co=[BS], st="bearish"))
    d.raw("*Brunsdon & Sayle, piano makers. Founded in Cobbleharrow, 1891; entered administration, 4 March 2026; ceased trading, 17 November 2026.*")

    text = """---
title: "Brunsdon & Sayle, piano makers, 1891-2026"
author: Wilfreda Ainsco
date: 2026-11-20
site: Ironmonger Review
section: Obituaries
tags: [manufacturing, insolvency, musical instruments]
---

""" + d.body_md() + "\n"
    return d, text
