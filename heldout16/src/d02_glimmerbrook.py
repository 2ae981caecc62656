from mk import Doc, S

F2, GF, HM, RL, LW, KB = ("Glimmerbrook Ventures Fund II", "Girderfly", "Hyphalon Materials",
                          "Rosterlane", "Leakward", "Kitebrace")


def doc():
    d = Doc("glimmerbrook-fund-ii-lp-update.md", "md", "Ysolde Farnaby")
    d.front = [
        'title: "Glimmerbrook Ventures Fund II: third-quarter update"',
        "author: Ysolde Farnaby",
        "date: 2026-10-28",
        "site: Glimmerbrook Ventures",
        "audience: limited partners only",
    ]
    d.p(S("Glimmerbrook Ventures Fund II ended the third quarter with a net multiple of 1.31 times paid-in capital, down from 1.38 times in June.", "evidence", "bearish", [F2]),
        S("Almost all of the fall comes from Girderfly, which we have marked down by 40% after it missed its revenue plan for a second quarter running.", "evidence", "bearish", [GF]))
    d.p(S("Our marks for the five largest holdings are below.", "context", "neutral", []))
    d.table(S("Company | Cost | Fair value | Change in quarter", "context", "neutral", []),
            S("Girderfly | $9.0m | $7.2m | -40%", "evidence", "neutral", [GF]),
            S("Hyphalon Materials | $6.5m | $14.1m | +12%", "evidence", "neutral", [HM]),
            S("Rosterlane | $5.0m | $8.8m | 0%", "evidence", "neutral", [RL]),
            S("Leakward | $4.0m | $4.0m | 0%", "evidence", "neutral", [LW]),
            S("Kitebrace | $3.5m | $2.1m | -15%", "evidence", "neutral", [KB]))

    d.h("Girderfly")
    d.p(S("Girderfly's founder, Aurelian Mossop, told us in September that the missed quarters were a matter of timing: two state highway agencies delayed bridge-inspection contracts until their new budgets passed.", "claim", "bullish", [GF], sp="Aurelian Mossop"),
        S("He expects both contracts to be signed before March.", "prediction", "bullish", [], sp="Aurelian Mossop"))
    d.p(S("We are less patient than he is.", "counterclaim", "bearish", [], c="a matter of timing"),
        S("Girderfly has now missed its plan in four of the last six quarters, and its cash runs out in August without new money.", "evidence", "bearish", [GF]),
        S("We will not lead another round, though we would join one led by a new investor at a price below the last.", "recommendation", "bearish", []))

    d.h("A question from the advisory committee")
    d.p(S("Cordula Fenwright, who sits on our advisory committee for the Ashmantle University Endowment, asked why we had marked Hyphalon up when its largest customer, the handbag maker Vellacourt, paused orders in August.", "counterclaim", "bearish", ["Ashmantle University Endowment", HM, "Vellacourt"], sp="Cordula Fenwright", c="Hyphalon Materials | $6.5m"),
        S("It is a fair question.", "claim", "neutral", []),
        S("Our answer is that the mark follows the price of Hyphalon's July round, which Pinnacraft Partners led at a valuation that puts our stake at $14.1 million.", "counterclaim", "bullish", [HM, "Pinnacraft Partners"], c="asked why we had marked Hyphalon up"),
        S("Vellacourt has since resumed orders at about half the earlier volume, according to Hyphalon's chief executive, Marit Sandoval-Keane.", "evidence", "neutral", [HM, "Vellacourt"], sp="Marit Sandoval-Keane"))
    d.p(S("Fenwright replied that a round priced before the pause says little about value after it.", "counterclaim", "bearish", [], sp="Cordula Fenwright", c="Our answer is that the mark"),
        S("She may be right, and we will revisit the mark at the year end if orders have not recovered.", "claim", "neutral", []))

    d.h("Rosterlane")
    d.p(S("Rosterlane's revenue grew 61% from a year earlier, and the company is now profitable in its home market, according to its management accounts.", "evidence", "bullish", [RL], sp=RL),
        S("We think it is the strongest company in the portfolio.", "claim", "bullish", []))
    d.p(S("Not everyone on the cap table agrees.", "counterclaim", "bearish", [], c="strongest company in the portfolio"),
        S("Rainer Hollowell, a partner at Ochreway Capital, which co-led Rosterlane's last round, wrote to the board in September that the company depends on one grocery chain for 44% of its revenue.", "claim", "bearish", ["Ochreway Capital", RL], sp="Rainer Hollowell"),
        S("He wants the company to cap any single customer at a quarter of revenue by the end of 2027.", "recommendation", "neutral", [RL], sp="Rainer Hollowell"),
        S("We share the worry but not the deadline, which would mean turning away the chain's next contract.", "counterclaim", "neutral", [], c="He wants the company to cap"))

    d.h("Capital calls and outlook")
    d.p(S("We will call 8% of commitments on 15 January to fund follow-on rounds in Rosterlane and Leakward.", "evidence", "neutral", [LW, RL]),
        S("We expect the fund's net multiple to be between 1.25 and 1.45 times at the end of 2027, depending mostly on Girderfly.", "prediction", "neutral", [GF, F2]))
    d.trailer = ["*Confidential. This update is provided to the limited partners of Glimmerbrook Ventures Fund II and may not be forwarded. Valuations are unaudited.*"]
    return d
