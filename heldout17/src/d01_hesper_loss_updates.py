"""Reinsurance broker's catastrophe event bulletin with dated numbered updates (Markdown)."""
from mk import Doc, s

W = "Wyndholt Insurance"
G = "Gustmark Analytics"
T = "Thornquist Modelling"
L = "Lanternquay Assurance"
Q = "Quillamore Re"
K = "Sternhaugh Ratings"
DK = "Dashiell Omondi-Kerr"


def build():
    d = Doc("hesper-windstorm-loss-updates.md", "md", default="Oriel Banstead-Coyle")
    d.raw("---\n"
          "title: \"Windstorm Hesper: loss estimates, updated\"\n"
          "author: Oriel Banstead-Coyle\n"
          "date: 2026-10-21\n"
          "site: Farrowgate Re Client Briefings\n"
          "event: windstorm-hesper-2026\n"
          "---\n\n")
    d.p(s("Windstorm Hesper came ashore on the night of 8 October and crossed the Wenlow coast with gusts of up to 170 km/h.", "ev"),
        s("This briefing collects the loss estimates published since then and will be updated as they change.", "cx"))

    d.h("Update 1 — 10 October")
    d.p(s("Gustmark Analytics put insured losses from Hesper at between £2.1 billion and £2.9 billion, most of it from roof and fence damage to homes.", "ev", sp=G),
        s("Its estimate assumes that flood claims will be small, because the surge arrived at low tide.", "cl", sp=G))
    d.p(s("Wyndholt Insurance, which writes about one home policy in five along that coast, said its net loss would be “well within” its catastrophe budget of £180 million.", "pr", "+", sp=W, co=[W]),
        s("Its chief executive, Thaddea Orsolini, told brokers on a call that the company had “bought its reinsurance for exactly this kind of week.”", "cl", "+", sp="Thaddea Orsolini", co=[W]))
    d.p(s("Not everyone on the call was reassured.", "cc", "-", ct="bought its reinsurance for exactly"),
        s("Dashiell Omondi-Kerr, who covers insurers at Sternhaugh Ratings, said the £180 million budget was set when Wyndholt had 20% fewer policies on that coast.", "ev", "-", sp=DK, co=[K, W]),
        s("In his view, a loss of £200 million or more is the likelier outcome.", "pr", "-", sp=DK))

    d.h("Update 2 — 14 October")
    d.p(s("Thornquist Modelling published a higher range on Monday: £3.4 billion to £4.6 billion.", "ev", sp=T),
        s("The difference is flood.", "cl"),
        s("According to Thornquist’s surveyors, rain after the storm, not the surge, flooded some 14,000 homes in the Lenmore valley.", "cc", sp=T, ct="flood claims will be small"),
        s("Gustmark has not changed its range, and said flood losses from rain are usually slow to show up in claims data.", "cc", sp=G, co=[G], ct="According to Thornquist’s surveyors"))
    d.p(s("Insurers’ own first estimates, net of reinsurance, were these:", "cx"))
    d.table(s("Insurer | Net loss estimate | Share of equity", "cx"),
            [s("Wyndholt Insurance | £165m–£195m | 9%", "ev", co=[W]),
             s("Lanternquay Assurance | £60m | 4%", "ev", co=[L]),
             s("Brimwick General | £40m–£55m | 3%", "ev", co=["Brimwick General"])])
    d.p(s("The top of Wyndholt’s range is above the budget its chief executive said it would stay well within.", "cc", "-", co=[W], ct="catastrophe budget of £180 million"))

    d.h("Update 3 — 20 October")
    d.p(s("Quillamore Re, the largest reinsurer on Wyndholt’s programme, expects Hesper to push up January renewal prices for catastrophe cover by 10% to 15%.", "pr", "+", sp=Q, co=[Q, W]),
        s("Anouk Terhaar-Blythe, its chief underwriter, said the industry had been “paying out more than it priced for three years running.”", "cl", sp="Anouk Terhaar-Blythe"))
    d.p(s("Buyers see it differently.", "cc", "-", ct="renewal prices for catastrophe cover"),
        s("Petronella Vasquez-Tull, who buys reinsurance for Lanternquay Assurance, said the market had “more capital than it had a year ago, not less.”", "cl", "-", sp="Petronella Vasquez-Tull", co=[L]),
        s("She expects to pay no more than 5% extra at her own renewal.", "pr", "-", sp="Petronella Vasquez-Tull"))
    d.p(s("Omondi-Kerr, for his part, has put Wyndholt’s rating on watch for a downgrade.", "rc", "-", sp=DK, co=[W]),
        s("He said the watch would be resolved once the company publishes its third-quarter figures on 6 November.", "ev", sp=DK, co=[W]))
    d.p(s("Wyndholt replied that its capital ratio would stay above 160% even at the top of Thornquist’s range.", "cc", "+", sp=W, co=[T, W], ct="on watch for a downgrade"))

    d.h("Our read")
    d.p(s("We think the final number will sit nearer Thornquist’s range than Gustmark’s, because rain claims have arrived late in every storm we have tracked.", "cc", co=[G, T], ct="Gustmark has not changed its range"),
        s("That puts Wyndholt closer to its budget than its chief executive suggested.", "cl", "-", co=[W]),
        s("But Wyndholt’s reinsurance starts to pay above £150 million, so a bigger industry loss costs it less than the headline suggests.", "cc", "+", co=[W], ct="That puts Wyndholt closer"),
        s("Clients renewing in January should ask for quotes early and expect Quillamore to open high.", "rc", co=[Q]))
    d.raw("*Farrowgate Re Client Briefings are for clients and prospective clients. Ask your account executive to be added to the distribution list.*\n")
    return d
