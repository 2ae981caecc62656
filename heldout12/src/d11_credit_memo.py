from mk import *

SC = "Starhaven Cinemas"
RP = "Rookwood Partners"
GH = "Gwendoline Harker-Ibe"
JT = "Jory Tremlett"

d = Doc("starhaven-credit-memo.txt", "txt", "Anouk Ferraby-Stone")
d.head = """Credit approval memorandum: Starhaven Cinemas Ltd, revolving credit facility

Prepared by Anouk Ferraby-Stone, Relationship Director, Leisure Lending, Wexcombe Bank

Committee: Corporate Credit Committee, 18 November 2026 | Facility reference LL-2026-0388 | Risk grade 6 (proposed 6)

"""
d.foot = "--\nClassification: CONFIDENTIAL. For internal credit purposes only. Do not forward outside Wexcombe Bank.\n"

d.h("SUMMARY")
d.p(S("Starhaven Cinemas Ltd has asked us to extend its £45 million revolving credit facility by three years, to March 2030, and to increase it to £60 million.", D, SC, "ev", "0"),
    S("The increase would fund the refit of nine of its 38 cinemas with reclining seats and larger screens.", D, "", "ev", "0"))

d.h("RECOMMENDATION")
d.p(S("The relationship team recommends approval, with the leverage covenant tightened from 3.5 to 3.0 times and a new minimum cash test of £8 million.", D, "", "re", "+"))

d.h("THE BORROWER")
d.p(S("Starhaven is the fourth-largest cinema chain in the country, with about 9% of admissions, and has banked with us since 2011.", D, SC, "ev", "0"),
    S("It is owned by the Ellacott family and by Rookwood Partners, a private-equity fund that bought 40% in 2022.", D, RP, "ev", "0"),
    S("Its other lender is Callender Trust Bank, which holds a £15 million term loan maturing in 2028.", D, "Callender Trust Bank", "ev", "0"))

d.h("TRADING")
d.p(S("Admissions in the year to June were 11.2 million, 6% higher than a year earlier and still 18% below 2019, according to the company's management accounts.", SC, SC, "ev", "+"),
    S("Spending per visitor rose 9%, driven by food and drink, and EBITDA reached £21.4 million.", SC, "", "ev", "+"))
d.p(S("Management told us that refitted cinemas earn about 30% more per seat than unrefitted ones, and that the first three refits paid back in under four years.", SC, "", "ev", "+"),
    S("Its chief executive, Jory Tremlett, expects admissions to reach 12.5 million next year on a stronger film slate.", JT, "", "pr", "+"))

d.h("RISKS AND MITIGANTS")
d.p(S("The main risk is that cinema-going does not recover further while the refit programme adds debt.", D, "", "cl", "-"),
    S("At £60 million fully drawn, leverage would be 2.8 times this year's EBITDA, inside the proposed covenant.", D, "", "ev", "0"),
    S("Rookwood has told us it would inject up to £10 million of equity if the covenant came under pressure.", RP, RP, "ev", "+"))

d.h("DISSENT: GWENDOLINE HARKER-IBE, SENIOR CREDIT OFFICER")
d.p(S("I do not support the increase, though I would support the extension at £45 million.", GH, "", "cc", "-", c="The relationship team recommends approval"),
    S("The leverage figure uses EBITDA before rent, and Starhaven's rent bill is £19 million a year, almost all of it on leases with upward-only reviews.", GH, SC, "cc", "-", c="leverage would be 2.8 times"),
    S("On a lease-adjusted basis the company is already at 5.9 times.", GH, SC, "cl", "-"))
d.p(S("The 30% uplift comes from three cinemas chosen by management as the best candidates, and there is no reason to expect the next nine to do as well.", GH, "", "cc", "-", c="refitted cinemas earn about 30% more"),
    S("The film slate Tremlett relies on is the same slate every chain in the country is forecasting from.", GH, "", "cc", "-", c="expects admissions to reach 12.5 million"))
d.p(S("Nor would I place weight on Rookwood's equity letter, which is not binding and which the fund's own offering documents allow it to ignore.", GH, RP, "cc", "-", c="Rookwood has told us"),
    S("Three of our other cinema borrowers have breached covenants since 2020.", GH, "", "ev", "-"))

d.h("RESPONSE FROM THE RELATIONSHIP TEAM")
d.p(S("We accept that the lease-adjusted figure is the better measure of risk.", D, "", "cl", "0"),
    S("But Starhaven has never missed a rent payment, including during the closures of 2020 and 2021, and its landlords agreed rent-free periods worth £6 million without any call on the facility.", D, SC, "cc", "+", c="On a lease-adjusted basis"),
    S("The three refits were the first three completed, not the best three, and the company has offered to share site-level results every quarter.", D, SC, "cc", "+", c="The 30% uplift comes from three cinemas"),
    S("We have asked Rookwood to make its equity commitment binding as a condition of drawing the increase.", D, RP, "ev", "0"))

d.h("COMMITTEE DECISION")
d.p(S("The committee approved the extension and the increase on 18 November, subject to a binding equity commitment from Rookwood, with Harker-Ibe dissenting on the increase.", D, RP, "ev", "0"),
    S("The first £5 million of the increase may not be drawn until site-level results for two quarters have been reviewed.", D, "", "ev", "0"),
    S("The facility will be reviewed again in twelve months.", D, "", "ev", "0"))
