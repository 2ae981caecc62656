"""A buy-side analyst's notes from one-on-one meetings at an investor conference (plain text)."""
from mk import Doc, s

FNAME = "bellcote-eyewear-one-on-ones.txt"
LO = "Lensmere Opticians"
BV = "Brillvane"
VO = "Verrine Optics"
HB = "Hanne Brodersen-Lyle"
CO = "Caspar Okwuosa"
AV = "Aurelie Vandersloot"
LF = "Lorenzo Farquharson-Dey"


def build():
    d = Doc(FNAME, "Theodora Quarrie")
    d.p(s("Three eyewear meetings on the second day, all of them about the same question: whether the high-street optician survives the online glasses seller.", ty="context"),
        s("These notes are my own and have not been checked with the companies.", ty="context"))
    d.h("MEETING 1: LENSMERE OPTICIANS (FINANCE DIRECTOR)")
    d.p(s("Lensmere's finance director, Hanne Brodersen-Lyle, opened by saying that online sellers cannot take a market in which 70% of glasses are sold after an eye test in the same shop.", HB, co=[LO], st="bullish"),
        s("She said like-for-like sales rose 5% in the first half.", HB, ty="evidence", st="bullish"),
        s("\"The test is the moat, and the moat is regulated,\" she said.", HB, st="bullish"),
        s("She said the group would open 25 shops next year and close none.", HB, co=[LO], ty="evidence"))
    d.p(s("Asked how much of the 5% came from higher prices, she said about four points.", HB, ty="counterclaim", st="bearish", ctr="like-for-like sales rose 5%"),
        s("So volumes are barely growing in an ageing population, which should be the best tailwind this sector has.", st="bearish"))
    d.h("MEETING 2: BRILLVANE (FOUNDER)")
    d.p(s("Brillvane's founder, Caspar Okwuosa, said the eye-test argument was ten years out of date.", CO, co=[BV], ty="counterclaim", st="bearish", ctr="online sellers cannot take a market"),
        s("He said Brillvane now sells 30% of its glasses to customers who test their eyes with a home kit approved last year, and that the share is doubling every year.", CO, co=[BV], ty="evidence", st="bullish"),
        s("He expects online sellers to have a quarter of the market by 2030, against 9% today.", CO, ty="prediction", st="bullish"))
    d.p(s("I pushed back on the kits: the regulator approved them only for adults under 60 with no history of eye disease, which rules out most people who buy varifocals.", ty="counterclaim", st="bearish", ctr="home kit approved last year"),
        s("Okwuosa conceded that the over-60s were \"not our customer yet\", but said his customers would get older with him.", CO, ty="counterclaim", st="bullish", ctr="I pushed back on the kits"),
        s("Brillvane lost £11 million last year, according to its accounts.", BV, co=[BV], ty="evidence", st="bearish"))
    d.h("MEETING 3: VERRINE OPTICS (CHIEF EXECUTIVE)")
    d.p(s("Verrine makes lenses for both Lensmere and Brillvane, so its chief executive, Aurelie Vandersloot, was the most useful person I saw all day.", co=[BV, LO, VO], ty="context"),
        s("Vandersloot said online orders for her lenses were growing three times as fast as orders from the high street.", AV, ty="evidence", st="bearish"),
        s("But she also said the high street still takes nine in ten of her varifocal orders, which carry the best margins.", AV, ty="counterclaim", st="bullish", ctr="growing three times as fast"),
        s("\"Brillvane is winning the cheap end and Lensmere still owns the expensive end; the question is how fast the middle moves,\" she said.", AV, co=[BV, LO]),
        s("She said Verrine would raise its prices to both customers by 3% in January.", AV, co=[VO], ty="evidence"))
    d.h("GROUP LUNCH")
    d.p(s("At lunch, Lorenzo Farquharson-Dey of Ambleforth Asset Management, which owns Lensmere shares, said Brillvane's home-kit figure was flattered by free trials.", LF, co=["Ambleforth Asset Management", BV, LO], ty="counterclaim", st="bearish", ctr="30% of its glasses"),
        s("He has owned Lensmere for six years and is adding to the position.", LF, co=[LO], ty="recommendation", st="bullish"),
        s("A second investor at the table, who asked not to be named, said she had sold her Lensmere shares in the summer.", co=[LO], ty="recommendation", st="bearish"))
    d.h("WHAT I CHANGED")
    d.p(s("I came in thinking Lensmere's eye test gave it ten years of protection.", co=[LO], st="bullish"),
        s("I now think it is five, and that the varifocal customer is the only part of the business that is safe.", ty="counterclaim", st="bearish", ctr="ten years of protection"))
    d.p(s("I would not add to Lensmere at this price, and I would not buy Brillvane until the home kit is approved for the over-60s.", co=[BV, LO], ty="recommendation"),
        s("Lensmere reports its full-year figures on 4 March.", co=[LO], ty="evidence"))

    text = ("Bellcote Consumer Conference: notes from three eyewear meetings\n\n"
            "By Theodora Quarrie, Consumer Analyst, Linnet Hill Investors\n\n"
            + d.body_txt(width=76)
            + "\n\n--\nInternal research for Linnet Hill Investors clients. Not investment advice. "
              "Distribution outside the firm requires the author's permission.\n")
    return d, text
