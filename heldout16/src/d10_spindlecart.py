from mk import Doc, S

SC, WC = "Spindlecart", "Wickerbay Capital"
LA, PV, GS, YM = "Leontyne Abara", "Perdita Valcke", "Garnet Shelby", "Yolande Mortlake"
LAL = "  [Leontyne Abara, Spindlecart] "
PVL = "  [Perdita Valcke, Thimble Seed Fund] "
GSL = "  [Garnet Shelby, Wickerbay Capital] "
YML = "  [Yolande Mortlake, Fenbridge Lodge] "


def doc():
    d = Doc("spindlecart-term-sheet-comments.txt", "txt", GS)
    d.header = [
        "Spindlecart Series A term sheet: draft 3 with comments",
        "",
        "Issued by Garnet Shelby, Principal, Wickerbay Capital",
        "Draft 3 | 21 October 2026 | Subject to contract",
    ]
    d.p(S("This is the third draft of the proposed Series A investment in Spindlecart by Wickerbay Capital, with comments from the company, its seed investor and the company's counsel shown under each term.", "context", "neutral", [SC, WC]))
    d.p(S("Apart from confidentiality and exclusivity, these terms are not binding.", "context", "neutral", []))
    d.h("1. VALUATION")
    d.p(S("Wickerbay Capital will invest $8 million at a pre-money valuation of $24 million, which includes a new option pool of 15% created before the investment.", "evidence", "neutral", [WC]))
    d.p(S("An option pool created before the money goes in means our existing shareholders pay for all of it, so the real pre-money valuation is nearer $20 million.", "counterclaim", "bullish", [], sp=LA, c="pre-money valuation of $24 million"),
        S("We think $28 million is fair for a business whose revenue has tripled in twelve months.", "claim", "bullish", [], sp=LA), label=LAL)
    d.p(S("I agree with Leontyne on the option pool.", "claim", "neutral", [], sp=PV), label=PVL)
    d.p(S("Revenue has tripled from a small base, and the company loses money on every delivery outside its two densest cities.", "counterclaim", "bearish", [SC], sp=GS, c="We think $28 million is fair"),
        S("Our valuation already prices in the growth; we can move to $25 million if the pool is 10%.", "evidence", "neutral", [], sp=GS), label=GSL)
    d.h("2. LIQUIDATION PREFERENCE")
    d.p(S("Wickerbay's shares will carry a participating liquidation preference of 1.5 times the amount invested.", "evidence", "neutral", [WC]))
    d.p(S("A participating preference at 1.5 times is well above the market standard for a Series A and would leave seed investors with almost nothing in a modest sale.", "counterclaim", "neutral", [], sp=PV, c="participating liquidation preference of 1.5"),
        S("We will not sign a shareholder consent on these terms.", "recommendation", "neutral", [], sp=PV), label=PVL)
    d.p(S("We accept that participation is unusual at this stage, and we will drop it.", "counterclaim", "neutral", [], sp=GS, c="participating liquidation preference of 1.5"),
        S("But the preference stays at 1.5 times, because we are the only investor taking the risk on the new depots.", "counterclaim", "neutral", [], sp=GS, c="We accept that participation is unusual"), label=GSL)
    d.p(S("We would sign at one times, non-participating, which is the market standard.", "counterclaim", "neutral", [], sp=PV, c="But the preference stays at 1.5 times"), label=PVL)
    d.h("3. BOARD")
    d.p(S("The board will have five seats: two for the founders, two for Wickerbay Capital and one independent director chosen by Wickerbay.", "evidence", "neutral", [WC]))
    d.p(S("Letting one investor choose the independent director gives it control of the board in all but name.", "counterclaim", "neutral", [], sp=LA, c="The board will have five seats"), label=LAL)
    d.p(S("Market practice is for the independent director to be chosen jointly, and we propose that wording.", "recommendation", "neutral", [], sp=YM), label=YML)
    d.p(S("Jointly is acceptable, provided that we have a veto over any change of chief executive.", "evidence", "neutral", [], sp=GS), label=GSL)
    d.h("4. USE OF PROCEEDS")
    d.p(S("The company will use the investment to open depots in three more cities by the end of 2027.", "evidence", "neutral", [SC]))
    d.p(S("Each depot breaks even within 14 months, on our numbers from the first two cities.", "evidence", "bullish", [], sp=LA), label=LAL)
    d.p(S("Only one of the two has broken even, and it took 19 months, according to the company's own management accounts.", "counterclaim", "bearish", [SC], sp=SC, c="Each depot breaks even"), label=GSL)
    d.p(S("The second depot lost its largest retail customer in its first month; without that loss it would have broken even in 13.", "counterclaim", "bullish", [], sp=LA, c="Only one of the two has broken even"), label=LAL)
    d.h("5. EXCLUSIVITY")
    d.p(S("The company agrees not to seek other investment for 45 days from signature.", "evidence", "neutral", [SC]))
    d.p(S("We have a second term sheet, from Grebe Lane Ventures, and will agree to 21 days.", "counterclaim", "bullish", ["Grebe Lane Ventures"], sp=LA, c="not to seek other investment for 45 days"), label=LAL)
    d.p(S("Thirty days, and we would like to see the other term sheet.", "counterclaim", "neutral", [], sp=GS, c="will agree to 21 days"), label=GSL)
    d.h("NEXT STEPS")
    d.p(S("Both sides will meet on 28 October to settle the open points.", "evidence", "neutral", []))
    return d
