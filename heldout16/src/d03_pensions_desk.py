from mk import Doc, S

ME, MS, CP = "Marrable Engineering", "Marrable Engineering Pension Scheme", "Cragmoor Partners"
TFU = "Toolmakers' and Fitters' Union"


def doc():
    d = Doc("pensions-desk-marrable-sale.md", "md", "Gwendolen Achterlonie")
    d.front = [
        'title: "Pensions Desk: will my pension survive the sale of my employer?"',
        "author: Gwendolen Achterlonie",
        "date: 2026-11-21",
        "site: Pursewise Weekly",
        "section: Pensions Desk",
    ]
    d.h("My employer is being sold. Should I transfer out?")
    d.quote(S("I worked for Marrable Engineering for 31 years and have a deferred pension in its scheme.", "evidence", "neutral", [ME], sp="Dervla M."),
            S("The company has agreed to be bought by a private-equity firm, Cragmoor Partners.", "evidence", "neutral", [CP, ME], sp="Dervla M."),
            S("The Toolmakers' and Fitters' Union says Cragmoor will load the company with debt and leave the pension scheme short.", "claim", "bearish", [CP, ME], sp=TFU),
            S("Should I transfer my pension out while I still can?", "context", "neutral", [], sp="Dervla M."))
    d.quote(S("— Dervla M., Withernby", "context", "neutral", [], sp="Dervla M."))
    d.p(S("The short answer is no, not on the strength of a sale alone.", "recommendation", "neutral", []))
    d.p(S("The Marrable scheme had a funding deficit of £212 million at its last valuation, according to its annual report.", "evidence", "bearish", [MS], sp=MS),
        S("The company is paying in £30 million a year to close that gap under a recovery plan agreed with the trustees.", "evidence", "neutral", [ME], sp=MS))
    d.p(S("Cragmoor's offer document says it will keep those payments going and add a £40 million guarantee from the buying company.", "counterclaim", "bullish", [CP], sp=CP, c="Toolmakers' and Fitters' Union says"))
    d.p(S("The union is not wrong to worry.", "claim", "neutral", [TFU]),
        S("A guarantee from a holding company is only as good as the holding company.", "claim", "bearish", []),
        S("Cragmoor's last industrial buyout, the valve maker Stenhurst Controls, put its pension scheme into the national rescue fund in 2021.", "evidence", "bearish", [CP, "Stenhurst Controls"]),
        S("A transfer now would swap an income that the rescue fund would largely protect, even in the worst case, for a cash sum priced on today's gilt yields.", "claim", "neutral", []))

    d.h("Are the trustees on our side?")
    d.quote(S("I still work at Marrable and pay 6% of my salary into the scheme.", "evidence", "neutral", [ME], sp="Anwen R."),
            S("The scheme's trustees wrote to members last month to say they support the sale.", "evidence", "neutral", [MS], sp=MS),
            S("Isn't their job to protect us, not to help the company sell itself?", "counterclaim", "bearish", [ME], sp="Anwen R.", c="trustees wrote to members"))
    d.quote(S("— Anwen R., Skelmerby", "context", "neutral", [], sp="Anwen R."))
    d.p(S("I put your question to Lucasta Pendarvis, who chairs the scheme's trustees.", "context", "neutral", [MS]),
        S("She said the trustees had negotiated the £40 million guarantee themselves and would not have backed the deal without it.", "counterclaim", "bullish", [], sp="Lucasta Pendarvis", c="Isn't their job"),
        S("“Supporting a sale that comes with more money is protecting members,” she said.", "claim", "bullish", [], sp="Lucasta Pendarvis"),
        S("She also said the trustees would publish the guarantee's terms in January.", "evidence", "neutral", [], sp="Lucasta Pendarvis"))
    d.p(S("Not every pensions adviser is so comfortable.", "counterclaim", "bearish", [], c="Supporting a sale that comes with more money"),
        S("Evadne Culshaw, a consulting actuary at Teasel Actuarial, pointed out that the guarantee covers contributions for six years, while the recovery plan runs for nine.", "evidence", "bearish", ["Teasel Actuarial"], sp="Evadne Culshaw"),
        S("She thinks members should ask the pensions regulator to look at the deal before it closes.", "recommendation", "neutral", [], sp="Evadne Culshaw"),
        S("Cragmoor did not respond to my questions about the gap.", "context", "neutral", [CP]))
    d.p(S("My advice to both readers is the same: stay in the scheme, and write to the trustees asking what happens in years seven to nine.", "recommendation", "neutral", [MS]))
    d.trailer = ["*Write to Pensions Desk at the address on our contact page. We cannot answer every letter, and this column is general guidance, not regulated financial advice.*"]
    return d
