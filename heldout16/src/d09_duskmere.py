from mk import Doc, S

DR, RC, RF, VM = "Duskmere Refining", "Rundvale Ethics Council", "Rundvale Reserve Fund", "Voltamine"
SS, RE = "Silt & Shore", "Rasmus Ellingsrud"


def doc():
    d = Doc("duskmere-exclusion-recommendation.txt", "txt", RC)
    d.header = [
        "Recommendation to exclude Duskmere Refining from the Rundvale Reserve Fund",
        "",
        "From: Rundvale Ethics Council | To: Ministry of Finance | Date: 9 October 2026 | Ref: EC-2026-07",
    ]
    d.h("1. SUMMARY")
    d.p(S("The Council recommends that Duskmere Refining be excluded from the Rundvale Reserve Fund because of an unacceptable risk that the company contributes to serious environmental damage at its Cullerby Point refinery.", "recommendation", "bearish", [DR, RF], sp=RC))
    d.p(S("At the end of June the fund held 0.8% of the company's shares, worth about $96 million.", "evidence", "neutral", [DR, RF]))
    d.h("2. THE COMPANY")
    d.p(S("Duskmere Refining refines cobalt and nickel for battery makers at two plants, the larger of which is at Cullerby Point.", "evidence", "neutral", [DR]),
        S("Its largest customer is the battery maker Voltamine, which buys about 35% of its output.", "evidence", "neutral", [VM]))
    d.h("3. THE ALLEGATIONS")
    d.p(S("Duskmere's tailings dam at Cullerby Point overflowed three times in 2024 and 2025, releasing water with cobalt levels up to 40 times the local limit into the Dullow estuary, according to monitoring data published by the Cullerby Environmental Protection Office.", "evidence", "bearish", [DR], sp="Cullerby Environmental Protection Office"))
    d.p(S("A report by the campaign group Silt & Shore alleges that fish catches in the estuary have fallen by half since the refinery was expanded in 2019.", "claim", "bearish", [], sp=SS),
        S("It estimates that 140 fishing households have lost most of their income.", "evidence", "bearish", [], sp=SS),
        S("The group also says that the company has known about seepage from the dam since 2021 and did not report it.", "claim", "bearish", [DR], sp=SS))
    d.h("4. THE COMPANY'S RESPONSE")
    d.p(S("The Council wrote to Duskmere Refining in April and asked for its comments.", "context", "neutral", [DR, RC], sp=RC))
    d.p(S("In a reply dated 14 June, the chief executive, Rasmus Ellingsrud, said the overflows were caused by \"rainfall events beyond any design standard\" and that none had harmed human health.", "counterclaim", "bullish", [], sp=RE, c="overflowed three times"),
        S("He said the company had spent $70 million raising the dam wall and had installed a treatment plant that brings discharges within the local limit.", "evidence", "bullish", [DR], sp=RE),
        S("He disputed the campaign group's catch figures, which he said ignore a cut in fishing quotas in 2020.", "counterclaim", "bullish", [SS], sp=RE, c="fish catches in the estuary have fallen by half"),
        S("The reply did not address the allegation that seepage went unreported.", "context", "neutral", []))
    d.h("5. THE COUNCIL'S ASSESSMENT")
    d.p(S("The Council accepts that the company has invested in the dam since the first overflow.", "claim", "neutral", [DR], sp=RC),
        S("But the dam overflowed again in February 2025, after the wall had been raised, during rainfall that the protection office classed as normal for the season.", "counterclaim", "bearish", [], sp=RC, c="The Council accepts that the company has invested"),
        S("A design standard that is exceeded three times in two years is not a standard that suits the site.", "claim", "bearish", [], sp=RC))
    d.p(S("On the fish catches, the Council agrees with the company that the quota cut explains part of the fall.", "claim", "neutral", [DR], sp=RC),
        S("It does not explain the fall in shellfish catches, which are not subject to quotas.", "counterclaim", "bearish", [], sp=RC, c="the Council agrees with the company"),
        S("Shellfish landings from the estuary fell by 62% between 2019 and 2025, according to the Cullerby Fisheries Institute.", "evidence", "bearish", [], sp="Cullerby Fisheries Institute"))
    d.p(S("The company's silence on the seepage allegation weighs heavily in the Council's assessment.", "claim", "bearish", [DR], sp=RC),
        S("Two former employees of the refinery told the Council's secretariat that seepage had been logged in internal reports from 2021.", "evidence", "bearish", [RC]))
    d.p(S("Not everyone consulted favours exclusion.", "counterclaim", "neutral", [], c="The Council recommends that Duskmere Refining be excluded from"),
        S("The fund's stewardship team, which has met the company four times since 2023, argued that continued ownership gives the fund more influence over the dam than a sale would.", "claim", "neutral", [DR, RF], sp=RF),
        S("Voltamine, the refinery's largest customer, said in August that it would audit the refinery's water management in 2027.", "evidence", "neutral", [VM], sp=VM))
    d.p(S("The Council considered both points.", "context", "neutral", [RC], sp=RC),
        S("Four meetings have produced no commitment to stop discharges, and an audit in 2027 cannot undo damage done in 2026.", "counterclaim", "bearish", [], sp=RC, c="continued ownership gives the fund"))
    d.h("6. RECOMMENDATION")
    d.p(S("The Council recommends that Duskmere Refining be excluded, and notes that the fund may readmit the company if it publishes independent monitoring of the dam showing two years without a breach.", "recommendation", "bearish", [DR, RF], sp=RC))
    d.p(S("The Ministry of Finance is expected to decide on the recommendation before the end of the year.", "prediction", "neutral", []))
    return d
