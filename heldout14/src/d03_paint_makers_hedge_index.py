from mk import Doc, S, D

OC = "Ostler Coatings"
CR = "Cardwell & Rye"
HP = "Hexley Paints"
CU = "Caldermoor University"
QE = "Quintock Equity Partners"

FRONT = """---
title: "Counting the hedges: what three paint makers say when the numbers don't"
author: Aurelie Kinsolving
date: 2026-11-19
site: Plain Ledger
---"""


def build():
    d = Doc("paint-makers-hedge-index.md", "Aurelie Kinsolving")
    d.p(S("For a year I have been counting hedge words on the earnings calls of listed companies: “headwinds”, “challenging”, “broadly”, “we believe”, “normalise” and about 40 others.", D, [], "cx", "ne"),
        S("The count per thousand words of management remarks is what I call the hedge index.", D, [], "cx", "ne"),
        S("The theory is simple: executives who expect a bad quarter talk around it before they report it.", D, [], "cl", "ne"))

    d.h("The numbers")
    d.p(S("The table covers the three listed paint makers, comparing their third-quarter calls a year apart.", D, [], "cx", "ne"))
    d.table(S("Company | Hedge index, Q3 2025 | Hedge index, Q3 2026 | Change", D, [], "cx", "ne"),
            S("Ostler Coatings | 11.2 | 19.8 | +77%", D, [OC], "ev", "ne"),
            S("Cardwell & Rye | 9.6 | 10.1 | +5%", D, [CR], "ev", "ne"),
            S("Hexley Paints | 14.0 | 12.3 | -12%", D, [HP], "ev", "ne"))
    d.p(S("Ostler's jump is the largest I have recorded for any company, and it came just before the company cut its guidance for sales to trade decorators.", D, [OC], "ev", "be"),
        S("On the October call alone, chief executive Torben Marwick said “challenging” 14 times.", D, [], "ev", "ne"))

    d.h("What the companies say")
    d.p(S("Ostler does not accept that its vocabulary tells investors anything.", OC, [OC], "cc", "bu", ctr="Ostler's jump is the largest"),
        S("Its head of investor relations, Corentin Mabry, told me the count rose because the October call covered a fire at its Harlbeck plant, and “you cannot describe a fire cheerfully”.", "Corentin Mabry", [], "cl", "bu"),
        S("He also said the guidance cut was announced on that same call, so the words and the cut arrived together rather than one before the other.", "Corentin Mabry", [], "cc", "ne", ctr="Ostler's jump is the largest"))
    d.p(S("He is right about the timing, and I have corrected the chart.", D, [], "cl", "ne"),
        S("But the fire was at one plant, and the hedging rose just as much in the parts of the call that had nothing to do with it.", D, [], "cc", "be", ctr="told me the count rose because the October call covered a fire"))
    d.p(S("Hexley, whose index fell, was happy to talk about it.", HP, [HP], "cx", "ne"),
        S("Its finance director, Leontine Sallis, said the company stopped using qualifiers on calls two years ago because “investors hear every one of them as a warning”.", "Leontine Sallis", [HP], "cl", "ne"),
        S("Cardwell & Rye declined to comment.", D, [CR], "cx", "ne"))

    d.h("The sceptics")
    d.p(S("Not everyone who studies corporate language thinks a word count can carry this much weight.", D, [], "cc", "ne", ctr="The theory is simple"),
        S("Magnus Ferreira-Lund, a computational linguist at Caldermoor University, has tested similar indices on 9,000 calls.", "Magnus Ferreira-Lund", [CU], "ev", "ne"),
        S("In his results, a rise in hedging predicted a guidance cut only slightly more often than chance, and the signal vanished once he allowed for bad news that was already public.", "Magnus Ferreira-Lund", [], "ev", "ne"),
        S("“Executives hedge when they are nervous, and they are also nervous when their lawyers have just rewritten the script,” he said.", "Magnus Ferreira-Lund", [], "cl", "ne"))
    d.p(S("His objection is fair for large companies with big legal teams.", D, [], "cl", "ne"),
        S("Still, paint makers are small, family-run for decades and mostly unscripted, which is why I started with them.", D, [], "cc", "ne", ctr="Executives hedge when they are nervous"))
    d.p(S("Beatrix Hallenbeck, a fund manager at Quintock Equity Partners who owns Ostler shares, goes further.", "Beatrix Hallenbeck", [OC, QE], "cx", "ne"),
        S("She told me the index is “a horoscope with a spreadsheet” and that Ostler's order book, not its chief executive's adjectives, is what matters.", "Beatrix Hallenbeck", [OC], "cc", "bu", ctr="Ostler's jump is the largest"),
        S("She expects sales to trade decorators to recover by the spring.", "Beatrix Hallenbeck", [], "pr", "bu"))

    d.h("What I am doing with it")
    d.p(S("I am not selling anything on a word count alone.", D, [], "rc", "ne"),
        S("I will be reading Ostler's January call with a pencil, and so should anyone who holds the shares.", D, [OC], "rc", "ne"))
    return d.name, d.md(FRONT), d.records()
