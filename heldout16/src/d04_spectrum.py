from mk import Doc, S

FLB, PM, VT, GW = "Frequency Licensing Board", "Tarrack Mobile", "Vantiro Telecom", "Gannetwave"


def doc():
    d = Doc("spectrum-auction-round-27.md", "md", "Radka Ellingboe")
    d.front = [
        'title: "3.8 GHz auction, day nine: Tarrack digs in on lot D"',
        "author: Radka Ellingboe",
        "date: 2026-11-12",
        "site: Bandplan Weekly",
        "series: Auction tracker",
    ]
    d.p(S("The Frequency Licensing Board's auction of 3.8 GHz spectrum ended its ninth day on Thursday with bids totalling £1.42 billion after 27 rounds, according to the board's round results.", "evidence", "neutral", [FLB], sp=FLB),
        S("That is already well above the £1.1 billion reserve the board set in March.", "evidence", "neutral", [FLB], sp=FLB))
    d.p(S("The provisional winners after round 27 are these:", "context", "neutral", []))
    d.table(S("Lot | Block | Provisional winner | Price after round 27", "context", "neutral", []),
            S("A | 3.80–3.84 GHz | Tarrack Mobile | £402m", "evidence", "neutral", [PM]),
            S("B | 3.84–3.88 GHz | Vantiro Telecom | £371m", "evidence", "neutral", [VT]),
            S("C | 3.88–3.92 GHz | Gannetwave | £336m", "evidence", "neutral", [GW]),
            S("D | 3.92–3.96 GHz | Tarrack Mobile | £311m", "evidence", "neutral", [PM]))

    d.h("What the bidders say")
    d.p(S("Tarrack's chief executive, Hedwig Arrandale, said on Wednesday that the company would “not chase prices that destroy the business case” and could drop out of lot D.", "claim", "bullish", [PM], sp="Hedwig Arrandale"))
    d.p(S("Gannetwave, the only new entrant, says it needs a contiguous 80 MHz to build a national network and will bid for lot D as well as lot C.", "claim", "neutral", [GW], sp=GW),
        S("Its pitch to investors in June promised a national network by 2029.", "evidence", "neutral", [], sp=GW),
        S("Its founder, Cosmin Aldervane, said Tarrack was bidding for lot D only to keep Gannetwave out, and called it “a tax on competition”.", "counterclaim", "bearish", [GW, PM], sp="Cosmin Aldervane", c="could drop out of lot D"))
    d.p(S("Tarrack denies that.", "counterclaim", "bullish", [PM], sp=PM, c="only to keep Gannetwave out"),
        S("A spokeswoman said the company bids for lot D because its existing network already uses the neighbouring block, so the spectrum is worth more to Tarrack than to anyone else.", "claim", "bullish", [PM], sp=PM))
    d.p(S("Vantiro Telecom has declined to comment while the auction runs.", "context", "neutral", [VT]))

    d.h("The analysts")
    d.p(S("Analysts at Quadrell Hume think the auction has become a contest that Tarrack cannot afford to lose and Gannetwave cannot afford to win.", "claim", "neutral", [GW, PM], sp="Quadrell Hume"),
        S("By their estimate, Gannetwave has raised £480 million and would have little left to build a network if it won both lots at today's prices.", "prediction", "bearish", [GW], sp="Quadrell Hume"))
    d.p(S("Gannetwave disputes the arithmetic.", "counterclaim", "bullish", [GW], sp=GW, c="By their estimate"),
        S("Its chief financial officer, Maëlle Tirronen, said a tower-sharing agreement with Vantiro Telecom would cut its build cost by a third.", "claim", "bullish", [VT], sp="Maëlle Tirronen"),
        S("Vantiro has not confirmed that any such agreement exists.", "counterclaim", "neutral", [VT], c="tower-sharing agreement"))
    d.p(S("Imelda Kavanagh-Orr, who covers telecoms at Penlowe Partners, does not believe Tarrack will drop out of lot D.", "counterclaim", "bearish", [PM, "Penlowe Partners"], sp="Imelda Kavanagh-Orr", c="could drop out of lot D"),
        S("“Every extra round on lot D is money Tarrack's shareholders will not see again,” she said.", "claim", "bearish", [PM], sp="Imelda Kavanagh-Orr"),
        S("She cut her price target for Tarrack's shares to 188p from 205p on Thursday.", "recommendation", "bearish", [PM], sp="Imelda Kavanagh-Orr"))

    d.h("Our view")
    d.p(S("We think Tarrack is overpaying for a block it could do without, but that is a problem for its shareholders, not for the board.", "claim", "bearish", [FLB, PM]),
        S("The bigger risk is a new entrant that wins its spectrum and cannot afford to use it.", "claim", "bearish", []))

    d.h("What to watch")
    d.li(S("Round 28 opens at 9 a.m. on Friday, and the board raises the minimum bid increment to 5% from round 30.", "prediction", "neutral", [FLB]))
    d.li(S("If Tarrack drops out of lot D, Gannetwave gets its 80 MHz and the auction probably ends within days.", "prediction", "neutral", [GW, PM]))
    d.li(S("If it does not, expect Gannetwave to ask the board to split lot D, which the board said in March it would not do.", "prediction", "neutral", [FLB, GW]))
    d.trailer = ["*Bandplan Weekly tracks every round of the 3.8 GHz auction. Forward this to a colleague who should be reading it.*"]
    return d
