"""Newsletter audit of an electrolyser maker's announced order book, with an orders table (Markdown)."""
from mk import Doc, s

V = "Veltrane Hydrogen"
SA = "Brinecote Ammonia"
R = "Ravenstrand Steel"
TR = "Tarnwick Refining"
LK = "Lisandro Kealoha"
FA = "Frideswide Ambler"
EB = "Ezekiel Brandtmoor"


def build():
    d = Doc("veltrane-order-book-audit.md", "md", default="Cosmo Pelletreau")
    d.raw("---\n"
          "title: \"What stands behind Veltrane's 2.4 gigawatts\"\n"
          "author: Cosmo Pelletreau\n"
          "date: 2026-11-02\n"
          "site: Gigawatt Ledger\n"
          "tags: [hydrogen, electrolysers, order books]\n"
          "---\n\n")
    d.p(s("Veltrane Hydrogen says it has 2.4 gigawatts of electrolysers on order, a figure its chief executive repeats in almost every interview.", "ev", "+", sp=V, co=[V]),
        s("We went through every order the company has announced since 2023 to see what stands behind that number.", "cx", co=[V]))
    d.p(s("Lisandro Kealoha, the chief executive, told investors in September that the order book was “firm, funded and growing.”", "cl", "+", sp=LK),
        s("He said the company would deliver 600 megawatts next year, twice this year’s figure.", "pr", "+", sp=LK, co=[V]))

    d.h("The orders")
    d.p(s("The announced orders, and what we found, are these:", "cx"))
    d.table(s("Customer | Announced | Status", "cx"),
            [s("Brinecote Ammonia | 900 MW | Binding contract, deposit paid", "ev", co=[SA]),
             s("Ravenstrand Steel | 750 MW | Memorandum of understanding", "ev", co=[R]),
             s("Tarnwick Refining | 500 MW | Framework agreement, no volume commitment", "ev", co=[TR]),
             s("Four smaller customers | 250 MW | Mixed", "ev")])
    d.p(s("So only 900 megawatts, under two-fifths of the headline, is backed by a contract with money down.", "cc", "-", ct="firm, funded and growing"),
        s("The rest depends on customers who have not yet taken a final investment decision.", "cl", "-"))

    d.h("What the company says")
    d.p(s("Frideswide Ambler, Veltrane’s head of investor relations, disputes our reading.", "cc", "+", sp=FA, co=[V], ct="So only 900 megawatts"),
        s("She said memorandums in the hydrogen industry “convert at a far higher rate than in other sectors,” and that Ravenstrand had already paid for engineering studies.", "cl", "+", sp=FA, co=[R]),
        s("She also said the framework with Tarnwick sets prices, so it is “an order in every sense but the paperwork.”", "cc", "+", sp=FA, co=[TR], ct="Tarnwick Refining | 500 MW"))
    d.p(s("The customers are more cautious than that.", "cc", "-", ct="convert at a far higher rate"),
        s("A Ravenstrand spokesman said the steelmaker would decide on its hydrogen plant “in 2028 at the earliest” and was still talking to two suppliers besides Veltrane.", "ev", "-", sp=R, co=[R, V]),
        s("Tarnwick’s chief financial officer, Oren Castellanos-Fry, told a conference last month that the framework “commits us to nothing until we commit.”", "cc", "-", sp="Oren Castellanos-Fry", co=[TR], ct="an order in every sense"),
        s("Kealoha did not respond to questions about the delivery target.", "cx"))

    d.h("The bull case")
    d.p(s("Ezekiel Brandtmoor, an analyst at Copperstile Securities, thinks we are asking the wrong question.", "cc", "+", sp=EB, co=["Copperstile Securities"], ct="The rest depends on customers"),
        s("In his view, the Brinecote contract alone keeps Veltrane’s factory busy for two years, and anything else is upside.", "cl", "+", sp=EB, co=[SA, V]),
        s("He rates the shares a buy with a target of 340p.", "rc", "+", sp=EB, co=[V]))
    d.p(s("That is fair about the factory.", "cl", "+"),
        s("But the delivery target Kealoha gave investors needs Ravenstrand or Tarnwick to sign, and neither has said when it will.", "cc", "-", co=[R, TR], ct="That is fair about the factory"),
        s("Brinecote’s deposit was £38 million, according to Veltrane’s own half-year report, which pays for about a sixth of that plant.", "ev", sp=V, co=[SA, V]))

    d.h("Scorecard")
    d.p(s("On our count, firm orders cover 18 months of the factory’s output at the rate Veltrane plans for 2027.", "ev", co=[V]),
        s("We would hold the shares until one of the two big memorandums turns into a contract.", "rc", co=[V]),
        s("If neither does by the end of next year, the 2.4 gigawatt figure should be retired.", "rc", "-"))
    d.raw("*Gigawatt Ledger is free. Forward it to a colleague who builds things.*\n")
    return d
