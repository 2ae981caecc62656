"""Interim chief executive's first-person 100-day review of a charity shop chain (Markdown)."""
from mk import Doc, s

HT = "Hollowmere Trust"
MC = "Maudie Clerkwell"
CF = "Caradoc Finnerty"
NET = "Shopfloor Volunteers' Network"


def build():
    d = Doc("hollowmere-shops-hundred-days.md", "md", default="Delphine Arkwright-Sey")
    d.raw("---\n"
          "title: \"Our shops after 100 days: what I found and what we will do\"\n"
          "author: Delphine Arkwright-Sey\n"
          "date: 2026-11-10\n"
          "site: Hollowmere Trust blog\n"
          "category: Shops\n"
          "---\n\n")
    d.p(s("I joined the Hollowmere Trust as interim chief executive on 1 August and promised our trustees a plain account of the shops after 100 days.", "cx", co=[HT]),
        s("This is it.", "cx"))

    d.h("What I found")
    d.li(s("The shops made £3.1 million for our hospices last year, down from £5.4 million in 2022.", "ev", "-"), marker="1. ")
    d.li(s("Rent and wages rose faster than donations in every one of those years.", "ev", "-"), marker="2. ")
    d.li(s("About a quarter of our shops lose money once head office costs are shared out.", "ev", "-"), marker="3. ")
    d.p(s("Our chair, Crispin Varley, told supporters in the spring that the fall was “a blip caused by the energy bills.”", "cl", "+", sp="Crispin Varley"),
        s("I do not think it was.", "cc", "-", ct="a blip caused by"),
        s("Energy was £400,000 of a £2.3 million fall; the rest came from fewer donated goods and more shops competing for them.", "ev", "-"))

    d.h("What you told me")
    d.p(s("Maudie Clerkwell, who coordinates the Shopfloor Volunteers' Network, sees the problem differently.", "cc", sp=MC, co=[NET], ct="Energy was £400,000"),
        s("In her view, the shops lost sales when head office took pricing away from shop managers in 2023.", "cl", "-", sp=MC),
        s("“Volunteers know what sells on their own high street,” she said.", "cl", sp=MC))
    d.p(s("She has a point.", "cl"),
        s("But the shops that kept local pricing during the 2024 trial did no better than the others, according to our own till data.", "cc", "-", ct="She has a point"))
    d.p(s("Caradoc Finnerty, who studies charity retail at Dunmarket Consulting, thinks both of us are missing a bigger change.", "cc", sp=CF, co=["Dunmarket Consulting"], ct="In her view, the shops lost sales"),
        s("Resale apps now take the best donations before they reach a shop, he said.", "cl", "-", sp=CF),
        s("He expects charity shop income across the sector to fall another 10% by 2028.", "pr", sp=CF))
    d.p(s("Wrenmoor Hospice, which runs 90 shops in many of the same towns, says its shop income rose 6% last year after it opened an online shop.", "cc", "+", sp="Wrenmoor Hospice", co=["Wrenmoor Hospice"], ct="across the sector to fall"),
        s("Its retail director, Emeric Tallbridge, said the online shop now sells a fifth of the goods it is given.", "ev", "+", sp="Emeric Tallbridge"))

    d.h("What we will do")
    d.p(s("Our trustees have agreed to close 31 shops by March and to move 20 staff into a new online team.", "ev"))
    d.p(s("A manager at one of the shops on the closure list, who asked not to be named, wrote to me that “the shop is the only warm room some of our volunteers have all week.”", "cc", ct="close 31 shops by March"))
    d.p(s("Maudie Clerkwell has asked us to keep the 31 shops open until volunteers there have been offered places elsewhere.", "rc", sp=MC),
        s("We will, and no volunteer will be asked to leave.", "ev"))
    d.p(s("I accept that closing shops will upset the towns that lose them.", "cl"),
        s("But a shop that loses money takes that money from patients, and I would rather explain that to a town than to a hospice ward.", "cc", "+", ct="I accept that closing shops"))
    d.p(s("Our auditors, Tamsley Fenning, will review the first results of the plan in June.", "ev", co=["Tamsley Fenning"]),
        s("I expect the shops to make £3.8 million next year.", "pr", "+"),
        s("I will report again in the spring.", "cx"))
    return d
