from mk import *

V = "Verrault"
DW = "Dario Whitmore-Sands"
HS = "Henrietta Saulnier-Batz"
IK = "Imre Kovash"
PF = "Priyanka Ferncastle"
OH = "Oskar Hellström-Bayo"
CQ = "Chronoquay"

d = Doc("verrault-grey-market-video-script.txt", "txt", DW)
d.head = """Why you can't buy a Verrault Solstice (and who is getting rich instead)

Written and presented by Dario Whitmore-Sands

Episode 41 | Running time 14:20 | Final script as recorded

[COLD OPEN. B-ROLL: a boutique window at night, a single watch on a velvet stand.]

"""
d.foot = "[END CARD: subscribe button, links to episodes 38 and 40.]\n\n(Sponsor read removed from this transcript.)\n"


def host(*s):
    d.p(*s, pre="HOST: ")


def clip(who, *s):
    d.p(*s, pre="CLIP (%s): " % who)


host(S("Walk into a Verrault boutique and ask for a Solstice, and you will be told there is a waiting list of about four years.", DW, V, "ev", "0"),
     S("Walk out, open a browser, and you can have one tomorrow, for roughly twice the list price.", DW, "", "ev", "0"),
     S("Today: who makes money from that gap, and whether Verrault should care.", DW, V, "cx", "0"))
d.raw("[TITLE CARD: WHY YOU CAN'T BUY ONE]")

d.h("PART ONE: THE WAITING LIST")
host(S("The Solstice lists at €11,400.", DW, V, "ev", "0"),
     S("On Chronoquay, the biggest resale site, the average sale price last month was €22,900, according to the site's own data.", CQ, "", "ev", "0"),
     S("Verrault's argument is that scarcity is the point.", V, V, "cl", "+"))
d.raw("[CUT TO: interview, Verrault headquarters.]")
clip("Henrietta Saulnier-Batz, chief executive, Verrault",
     S("We make 9,000 Solstices a year because that is how many our watchmakers can finish to our standard.", HS, "", "cl", "+"),
     S("If we made 30,000, it would be a different watch.", HS, "", "cl", "+"))
host(S("Not everyone buys the craftsmanship line.", DW, "", "cc", "-", c="We make 9,000 Solstices a year"),
     S("Verrault's own annual report shows €180 million spent on new workshops over the last three years.", V, V, "ev", "0"),
     S("That is a lot of capacity for a brand that says it cannot make more watches.", DW, "", "cl", "-"))
d.raw("[ON SCREEN: annual report page, capital spending highlighted.]")

d.h("PART TWO: THE DEALERS")
host(S("The people who profit most from the gap are grey-market dealers, who buy watches from collectors, and sometimes from the brand's own boutiques, and sell them on.", DW, V, "cl", "0"))
clip("Imre Kovash, dealer, Kovash Fine Watches",
     S("Half of what I sell comes straight out of boutiques, through friends of staff.", IK, "", "cl", "-"),
     S("Everybody in the trade knows it.", IK, "", "cl", "-"))
host(S("Verrault denies that.", V, V, "cc", "+", c="Half of what I sell"),
     S("A spokesman told us every Solstice is registered to its first buyer and that the company has closed the accounts of 340 buyers who resold watches within a year.", V, V, "ev", "+"),
     S("If that is right, it is 340 watches out of roughly 27,000 sold over those three years.", DW, "", "cc", "-", c="closed the accounts of 340 buyers"))

d.h("PART THREE: WHAT IT MEANS FOR THE SHARES")
host(S("Verrault has been listed since 2017, and investors mostly love the waiting list.", DW, V, "cl", "+"))
clip("Priyanka Ferncastle, analyst, Halberd Securities",
     S("The grey-market premium is the best free marketing any luxury brand has ever had.", PF, "", "cl", "+"),
     S("As long as the resale price stays above list, Verrault can raise prices 8% a year and nobody walks away.", PF, V, "pr", "+"))
host(S("Resale prices have not always stayed above list.", DW, "", "cc", "-", c="As long as the resale price stays above list"),
     S("In 2023, when interest rates rose, the Solstice's resale price fell 31% in six months, according to Chronoquay.", CQ, V, "ev", "-"))
clip("Imre Kovash, dealer, Kovash Fine Watches",
     S("I had forty Solstices I couldn't shift that summer.", IK, "", "ev", "-"))
host(S("Verrault's finance chief, Oskar Hellström-Bayo, told analysts in October that the waiting list had grown, not shrunk, during that slump.", OH, V, "cc", "+", c="resale price fell 31%"),
     S("The waiting list is the company's number, and nobody outside the company can check it.", DW, V, "cc", "-", c="the waiting list had grown"))

d.h("CLOSE")
host(S("So should Verrault care about the grey market?", DW, V, "cx", "0"),
     S("I think it should, because the day the premium disappears is the day the waiting list stops being a story and becomes a stock problem.", DW, "", "re", "-"),
     S("If you own the shares, watch Chronoquay's monthly prices more closely than the company's results.", DW, CQ + ";" + V, "re", "0"))
