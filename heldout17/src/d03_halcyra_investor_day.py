"""Investor-day recap in 'X said: / We think:' pairs under topic headings (Markdown)."""
from mk import Doc, s

H = "Halcyra Orbital"
YK = "Ysolde Kavanagh-Brett"
OP = "Osgood Prentiss-Maw"


def build():
    d = Doc("halcyra-investor-day-said-think.md", "md", default="Benedikta Voss-Amari")
    d.raw("---\n"
          "title: \"Halcyra's investor day: what they said, what we think\"\n"
          "author: Benedikta Voss-Amari\n"
          "date: 2026-09-17\n"
          "site: The Uplink Memo\n"
          "reading_time: 6 min\n"
          "---\n\n")
    d.p(s("Halcyra Orbital held its first investor day on Tuesday at its satellite factory in Brenmouth, and its executives spent four hours arguing that the company is worth more than its £1.3 billion market value.", "cx", co=[H]),
        s("Below, what they said on each topic and what we make of it.", "cx"))

    d.h("Revenue")
    d.p(s("Halcyra said: imagery sales will reach £400 million in 2029, up from £142 million this year.", "pr", "+", sp=H, co=[H]))
    d.p(s("We think: the 2029 number needs price rises that the last two years do not support.", "cc", "-", ct="imagery sales will reach"),
        s("The average price per square kilometre of imagery fell 18% last year, according to Pixelgauge, which tracks imagery contracts.", "ev", sp="Pixelgauge"),
        s("Chief executive Ysolde Kavanagh-Brett said prices had bottomed because two rival constellations have stopped launching.", "cc", "+", sp=YK, ct="fell 18% last year"))
    d.p(s("We think: maybe, but the two rivals stopped launching because they ran out of money, and their satellites will be sold to whoever can sell the pictures cheapest.", "cc", "-", ct="prices had bottomed"))

    d.h("Satellites")
    d.p(s("Halcyra said: its next 24 satellites will cost £4 million each to build, half what the first batch cost.", "pr", "+", sp=H, co=[H]),
        s("Chief operating officer Yevgenia Tollemache-Ruiz said the savings came from building the cameras in-house.", "cl", "+", sp="Yevgenia Tollemache-Ruiz"))
    d.p(s("We think: this is the most credible promise of the day.", "cl", "+"),
        s("The first six of the new satellites are already built, and we saw them on the factory floor.", "ev", "+"))

    d.h("Customers")
    d.p(s("Halcyra said: insurers are its fastest-growing customers, using daily images to settle crop and flood claims.", "cl", "+", sp=H, co=[H]),
        s("It named Marrowfield Agri Insurance, which signed a three-year contract in June.", "ev", "+", sp=H, co=["Marrowfield Agri Insurance"]),
        s("The contract is worth about £6 million a year, the company said.", "ev", sp=H, co=[H]))
    d.p(s("Not every insurer is as keen.", "cc", "-", ct="insurers are its fastest-growing"),
        s("Radomir Achterhof, who runs claims technology at Pellbridge Mutual, said daily images were “nice to have” and that his team bought them only after big storms.", "cl", "-", sp="Radomir Achterhof", co=["Pellbridge Mutual"]),
        s("He said Pellbridge had cut its imagery budget by a third this year.", "ev", sp="Radomir Achterhof", co=["Pellbridge Mutual"]))
    d.p(s("Halcyra’s chief commercial officer, Lucien Vandersloot, answered that Pellbridge was “a customer we lost on price, not on product.”", "cc", sp="Lucien Vandersloot", co=[H, "Pellbridge Mutual"], ct="nice to have"),
        s("We think: losing on price is the problem, not the excuse.", "cc", "-", ct="a customer we lost on price"))

    d.h("Cash")
    d.p(s("Halcyra said: it has enough cash to reach positive free cash flow in 2028 without raising equity.", "pr", "+", sp=H, co=[H]),
        s("Finance chief Osgood Prentiss-Maw added that a £150 million debt facility was “agreed in principle.”", "ev", sp=OP))
    d.p(s("We think: agreed in principle is not agreed.", "cc", "-", ct="debt facility was"),
        s("Analysts at Corriwen Partners estimate that the company needs another £220 million before 2028 on its own spending plan.", "cc", "-", sp="Corriwen Partners", co=[H], ct="it has enough cash"),
        s("Prentiss-Maw said that estimate double-counts the satellites already paid for.", "cc", "+", sp=OP, ct="needs another £220 million"))

    d.h("Bottom line")
    d.p(s("We came away more confident in the factory and less confident in the customers.", "cl"),
        s("At £1.3 billion the shares already price in the 2029 revenue target, and we would not pay for that yet.", "rc", "-", co=[H]),
        s("Halcyra’s next trading update is due on 12 February.", "ev", co=[H]))
    d.raw("*The Uplink Memo is reader-supported. Upgrade to read the full slide-by-slide notes.*\n")
    return d
