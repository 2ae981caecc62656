from lib import *
d = Doc("bus-merger-five-years-on.md", "Callum Treharne")
BB, CC, MT = "Brightwell Buses", "Saltcombe Coaches", "Moorlink Transport"
HPo, LA, DS, OF = "Harriet Pomfrey", "Lionel Abernethy", "Devraj Sallis", "Oriel Fanshawe"
d.p(S("Five years ago this week, Brightwell Buses and Saltcombe Coaches agreed to merge, promising passengers better routes and shareholders £40 million a year of savings.", None, BB + ";" + CC, "ev", "0"),
    S("The combined company, Moorlink Transport, has delivered some of that, though not in the way its founders described.", None, MT, "cl", "0", k="thesis"))
d.p(S("According to the merger document the two companies published in 2021, the deal would deliver three things: savings from shared depots, a single ticketing system by 2023, and no fall in rural services.", BB, BB + ";" + CC, "ev", "0"),
    S("The savings arrived, and then some: Moorlink's annual reports put them at £52 million last year.", MT, MT, "ev", "+"),
    S("The ticketing system is still not finished, and 31 rural routes have been cut or reduced to one bus a day.", None, "", "ev", "-"))
d.p(S("Harriet Pomfrey, who ran Brightwell and became Moorlink's first chief executive, says the deal saved both companies.", HPo, BB + ";" + MT, "cl", "+", k="pom"),
    S("“Without the merger, neither company would be running buses today,” she told me at her home in Fenwick Cross.", HPo, "", "cl", "+"),
    S("She blames the ticketing delays on a supplier, Quorra Systems, which Moorlink sued in 2024.", HPo, MT + ";Quorra Systems", "cl", "0", k="quorra"),
    S("Quorra says Moorlink changed the specification 14 times, and the case is due in court in May.", "Quorra Systems", MT + ";Quorra Systems", "cc", "-", c="quorra"))
d.p(S("Lionel Abernethy, Saltcombe's finance director at the time of the deal, has a less generous account.", LA, CC, "cc", "-", c="pom"),
    S("In his telling, the savings came almost entirely from closing Saltcombe's two depots and cutting routes that the merger document had promised to protect.", LA, CC, "cl", "-", k="aber"),
    S("“We were told it was a merger of equals,” he said.", LA, "", "cl", "-"),
    S("“It was a takeover with better manners.”", LA, "", "cl", "-"))
d.p(S("Devraj Sallis, Moorlink's chief executive since 2024, does not dispute that the rural network shrank.", DS, MT, "cl", "0"),
    S("But he said the cut routes carried, on average, fewer than six passengers a journey, and that the money saved paid for 140 new electric buses on the busiest corridors.", DS, "", "cc", "+", c="aber", k="sallis"),
    S("He expects the ticketing system to be finished by the end of next year.", DS, "", "pr", "0"))
d.p(S("Passengers' groups are less forgiving.", None, "", "cc", "-", c="sallis"),
    S("The Moorland Bus Users' Association, which represents riders in the three northern counties, counted 11 villages that have lost their only public transport since 2021.", "Moorland Bus Users' Association", "", "ev", "-"),
    S("Its secretary, Agnes Thorley, said the association had written to Moorlink 23 times about the cuts and received two replies.", "Agnes Thorley", MT + ";Moorland Bus Users' Association", "ev", "-"))
d.h("The shareholders' view")
d.p(S("For shareholders, the verdict is simpler.", None, "", "cx", "0"),
    S("Moorlink's shares have returned 64% including dividends since the merger, against 22% for the transport index, according to figures from Castlereagh Data.", "Castlereagh Data", MT, "ev", "0"),
    S("Oriel Fanshawe, an analyst at Fennimore Stroud, credits the depot closures.", OF, "Fennimore Stroud", "cl", "+"),
    S("In her view, Moorlink is now the best-run bus company in the country.", OF, MT, "cl", "+"),
    S("She expects its operating margin to reach 11% next year.", OF, "", "pr", "+", k="margin"),
    S("Fennimore Stroud rates the shares a buy.", "Fennimore Stroud", MT, "rc", "+"))
d.p(S("But the margin depends on a rural subsidy scheme that the transport ministry is reviewing, and Moorlink receives more from it than any other operator.", None, MT, "cc", "-", c="margin"))
d.h("What the merger teaches")
d.p(S("The lesson of Moorlink is not that the merger failed.", None, MT, "cl", "0"),
    S("It is that a merger's promises to passengers are harder to enforce than its promises to shareholders.", None, "", "cl", "0"))
d.p(S("Pomfrey, asked whether she would do the deal again, did not hesitate.", HPo, "", "cx", "0"),
    S("“Tomorrow,” she said.", HPo, "", "cl", "+", k="tom"),
    S("Abernethy said he would too, but only with the rural routes written into the contract.", LA, "", "cc", "0", c="tom"))
text = ("# Five years on, the bus merger that kept its promise to shareholders\n\n"
        "By Callum Treharne\nSource: The Provincial Ledger\n\n" + d.md_body())
d.write(text)
