from mk import *

HL = "Harcastle Learning"
PM = "Perpetua Mwangi-Dunstan"
RS = "Rupert Scarisbrick"
KS = "Kwabena Sorensen-Tait"
PU = "Print and Paper Workers’ Union"

d = Doc("harcastle-report-card.md", "md", "Cressida Ilunga")
d.head = """---
title: "Harcastle Learning: the half-term report card"
author: Cressida Ilunga
date: 2026-11-14
site: The Inkwell Investor
---

"""
d.foot = "*The Inkwell Investor owns no shares in the companies it writes about. Grades are the author’s own.*\n"

d.p(S("Harcastle Learning turned itself from a textbook printer into a digital-courseware company, on paper at least, two years ago, and the shares have halved since.", D, HL, "cl", "-"),
    S("Halfway through its turnaround plan, this is our report on the people and the parts of the business that are meant to deliver it.", D, "", "cx", "0"))

d.h("Chief executive: Perpetua Mwangi-Dunstan")
d.p(S("Perpetua Mwangi-Dunstan promised that digital revenue would overtake print by 2027.", PM, "", "ev", "0"),
    S("Digital sales are now 38% of the total, up from 31%, according to the interim results.", HL, "", "ev", "+"),
    S("That puts her behind schedule, if moving in the right direction.", D, "", "cl", "0"),
    S("Grade: B-.", D, "", "cl", "0"))
d.p(S("Mwangi-Dunstan, asked about the grade, said it was “harsh but fair on the timetable and wrong on the direction.”", PM, "", "cc", "+", c="Grade: B-."))

d.h("Finance director: Rupert Scarisbrick")
d.p(S("Rupert Scarisbrick has cut net debt from £410 million to £290 million, mostly by selling the group’s warehouse network.", D, HL, "ev", "+"),
    S("But the sale-and-leaseback on the warehouses added £22 million a year in rent, which the company’s preferred debt measure leaves out.", D, HL, "cc", "-", c="has cut net debt"),
    S("Scarisbrick told us the rent is disclosed in full in the notes and that every analyst who asked has been given the adjusted figure.", RS, "", "cc", "+", c="But the sale-and-leaseback"),
    S("Disclosed is not the same as headlined.", D, "", "cc", "-", c="Scarisbrick told us the rent"),
    S("Grade: C+.", D, "", "cl", "-"))

d.h("Digital courseware")
d.p(S("The courseware unit, Harcastle Digital, is the best part of the business.", D, "Harcastle Digital", "cl", "+"),
    S("Renewal rates among university customers were 91% last year, and the number of institutions paying for the platform rose to 412, the company says.", HL, HL, "ev", "+"))
d.p(S("Kwabena Sorensen-Tait, who follows education stocks at Lowther Brisk, is less impressed.", KS, "Lowther Brisk", "cc", "-", c="The courseware unit, Harcastle Digital"),
    S("Most of those renewals, he notes, came with discounts of 20% or more, which the company does not disclose.", KS, HL, "cl", "-"))
d.p(S("Grade: A-, with an asterisk for the discounts.", D, "", "cl", "+"))

d.h("Print")
d.p(S("Print is shrinking by about 6% a year, which nobody at the company disputes.", D, HL, "ev", "-"),
    S("The question is whether it can be run for cash without a fight with the Print and Paper Workers’ Union, which has threatened strikes over the closure of the Wethercote plant.", D, PU, "cl", "-"))
d.p(S("Its regional officer, Hamish Dillard-Oakes, told us the closure “saves the company less than it thinks, because half the contract printing will come back at higher prices.”", "Hamish Dillard-Oakes", HL, "pr", "-"),
    S("Management says the plant’s work will move to the group’s other site in Kelderby without extra cost.", HL, HL, "cc", "+", c="saves the company less than it thinks"),
    S("Grade: C.", D, "", "cl", "-"))

d.h("The board")
d.p(S("The board has not replaced the two non-executives who left in the spring, and the chairman, Lucius Threadgold, also chairs two other listed companies.", D, "", "ev", "-"),
    S("Threadgold did not respond to our questions.", D, "", "cx", "0"),
    S("Grade: D.", D, "", "cl", "-"))

d.h("Overall")
d.p(S("Our overall grade is C+, and our advice to shareholders is to hold and wait for the full-year numbers in March.", D, "", "re", "0"),
    S("A turnaround graded C+ at half-time is not a failing one; it is just not the re-rating story the shares were sold on.", D, HL, "cl", "0"))
