from mk import Doc, S

GD, MC, OWG = "Gullsway Drilling", "Marlpit Credit Opportunities", "Offshore Workers' Guild"
CD, IPn, EP = "Crispian Dorrell", "Isaura Penhallick", "Edric Pomeroy"


def n(i):
    return f"[{i}] "


def doc():
    d = Doc("gullsway-scheme-meeting-report.txt", "txt", "Wynstan Arbery")
    d.header = [
        "Gullsway Drilling scheme of arrangement: report of the chairman of the scheme meeting",
        "",
        "Report of Wynstan Arbery, chairman of the meeting",
        "Case no. CR-2026-000481 | Meeting held on 17 November 2026 | Report dated 19 November 2026",
    ]
    d.h("INTRODUCTION")
    d.p(S("I was appointed by an order of the court dated 20 October 2026 to chair the meeting of the holders of Gullsway Drilling's secured notes due 2028, convened to consider the proposed scheme.", "context", "neutral", [GD]), label=n(1))
    d.p(S("This report records the attendance, the votes cast and the objections raised, so that the court can decide whether to sanction the scheme.", "context", "neutral", []), label=n(2))
    d.h("THE SCHEME")
    d.p(S("Under the scheme, $1.1 billion of notes would be exchanged for $400 million of new notes and 85% of the company's shares.", "evidence", "neutral", [GD]), label=n(3))
    d.p(S("The company's explanatory statement says that without the scheme it would run out of cash by March 2027 and that noteholders would recover about 22 cents on the dollar in a liquidation.", "prediction", "bearish", [GD], sp=GD),
        S("Gullsway says the scheme is the only way to keep its four rigs working while oil companies cut offshore spending.", "claim", "bullish", [GD], sp=GD), label=n(4))
    d.h("ATTENDANCE AND VOTING")
    d.p(S("Holders of 81% of the notes by value attended in person or by proxy.", "evidence", "neutral", []), label=n(5))
    d.p(S("The scheme was approved by 92% by value and 74% by number of those voting, and both majorities exceed the thresholds required.", "evidence", "neutral", []), label=n(6))
    d.h("OBJECTIONS")
    d.p(S("Three holders spoke against the scheme, and I summarise their objections in the order they were made.", "context", "neutral", []), label=n(7))
    d.p(S("Crispian Dorrell, for Marlpit Credit Opportunities, which holds 6% of the notes, said the liquidation comparison was \"built to frighten\" because it valued the company's four drilling rigs at scrap prices.", "counterclaim", "bullish", [GD, MC], sp=CD, c="would recover about 22 cents"),
        S("He said two comparable rigs had sold this year for an average of $190 million each, against the $65 million each assumed in the statement.", "evidence", "bullish", [], sp=CD),
        S("He also said the scheme gives existing shareholders 15% of the equity although they would receive nothing in a liquidation.", "counterclaim", "neutral", [], sp=CD, c="85% of the company"), label=n(8))
    d.p(S("Counsel for the company, Ms Isaura Penhallick, replied that the rigs sold this year were newer units with contracts attached, and that Gullsway's rigs have no work booked after June.", "counterclaim", "bearish", [GD], sp=IPn, c="two comparable rigs"),
        S("She said the 15% was the price of the shareholders' consent, without which a restructuring would take a year longer.", "counterclaim", "neutral", [], sp=IPn, c="15% of the equity although"),
        S("Dorrell replied that the consent could have been bought more cheaply.", "counterclaim", "neutral", [], sp=CD, c="the price of the shareholders"), label=n(9))
    d.p(S("A second objector, Dagmar Quennevais, who holds notes through a personal pension, said noteholders had been given only 21 days to read a 300-page statement.", "claim", "neutral", [], sp="Dagmar Quennevais"),
        S("The company's advisers told the meeting that the timetable had been approved by the court.", "counterclaim", "neutral", [GD], sp=GD, c="only 21 days"), label=n(10))
    d.p(S("The third objector, Berwyn Lusk, spoke for the Offshore Workers' Guild, which is not a creditor, and said the new owners would lay up two rigs and cut 400 jobs.", "prediction", "bearish", [OWG], sp="Berwyn Lusk"),
        S("I allowed him to speak but recorded that the guild has no vote.", "context", "neutral", [OWG]), label=n(11))
    d.p(S("The company's chief executive, Edric Pomeroy, said no decision on lay-ups had been taken and that the business plan assumes all four rigs work in 2027.", "counterclaim", "bullish", [GD], sp=EP, c="lay up two rigs"),
        S("Dorrell pointed out that the same business plan assumes day rates 30% above today's.", "counterclaim", "bearish", [], sp=CD, c="assumes all four rigs work"),
        S("Pomeroy said those were the rates in the company's last three contracts.", "counterclaim", "bullish", [GD], sp=EP, c="day rates 30% above"), label=n(12))
    d.h("MY OBSERVATIONS")
    d.p(S("The meeting was properly convened and the votes were properly counted.", "claim", "neutral", []), label=n(13))
    d.p(S("I make no finding on the valuation dispute, which is a matter for the court.", "context", "neutral", []),
        S("I record, however, that no objector offered a valuation of the company as a going concern.", "counterclaim", "neutral", [GD], c="built to frighten"), label=n(14))
    d.p(S("Marlpit has told me that it intends to appear at the sanction hearing on 8 December to oppose the scheme.", "evidence", "neutral", [MC], sp=MC), label=n(15))
    d.p(S("The attendance list, the voting report and the scrutineer's certificate are attached to this report.", "context", "neutral", []), label=n(16))
    return d
