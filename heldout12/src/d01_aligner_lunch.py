from mk import *

YK = "Yusra Kettleborough"
CB = "Clearbite Dental"
OPS = "Orthodontic Practitioners’ Society"
CO = "Caius Otterburn"

d = Doc("aligner-founder-lunch.md", "md", "Benedetta Korsgaard")
d.head = """---
title: "Lunch with Yusra Kettleborough: ‘I would rather be early than polite’"
author: Benedetta Korsgaard
date: 2026-11-21
site: Saltmarsh Review
tags: [lunch-with, health care, listings]
---

"""
d.foot = "*Cobbold Street fish bar: two set lunches, one sparkling water, two coffees. Total £71.40, paid by the Saltmarsh Review.*\n"

d.p(S("Yusra Kettleborough arrives ten minutes late, apologises twice and orders the cheapest thing on the menu.", D, "", "cx", "0"),
    S("The founder of Clearbite Dental, which sells plastic tooth aligners by post, has had a difficult year.", D, CB, "cl", "-"),
    S("Its shares have fallen 61% since the company listed in March, and a short seller has accused it of hiding how many customers ask for their money back.", D, CB, "ev", "-"))

d.p(S("“I would rather be early than polite,” she says, when I ask whether listing a two-year-old company was wise.", YK, "", "cl", "+"),
    S("Her argument is that remote treatment will take most of the straightening market within a decade, and that the first brand patients trust will keep them.", YK, "", "pr", "+"),
    S("Clearbite, in her telling, is that brand already: it has treated 140,000 patients in four countries and says nine in ten finish their course.", YK, CB, "cl", "+"))

d.p(S("The orthodontists are not convinced.", D, "", "cc", "-", c="Her argument is that remote treatment"),
    S("Dr. Hilde Vantongeren, who chairs the Orthodontic Practitioners’ Society, told me that moving teeth without an X-ray or an in-person check “is a gamble with somebody else’s jaw.”", "Hilde Vantongeren", OPS, "cl", "-"),
    S("The society wants the dental regulator to require a clinic visit before any aligner is posted.", OPS, "", "re", "-"),
    S("Kettleborough waves this away.", YK, "", "cc", "+", c="The society wants the dental regulator"),
    S("Every Clearbite plan is signed off by a registered dentist who reviews scans of the patient’s mouth, she says, and the complication rate is lower than in high-street practices.", YK, CB, "cl", "+"))

d.p(S("That last figure is hard to check.", D, "", "cc", "-", c="the complication rate is lower"),
    S("Clearbite has not published it, and the society says the company’s own terms require patients to waive some claims before treatment starts.", OPS, CB, "ev", "-"))

d.h("The short seller")

d.p(S("The short seller is Sixpenny Research, whose founder, Caius Otterburn, published a 40-page report in September.", CO, "Sixpenny Research", "ev", "0"),
    S("The report argues that Clearbite books revenue when an aligner kit is shipped, even though about a fifth of customers later ask for a refund.", CO, CB, "cl", "-"),
    S("By Otterburn’s count, refunds ran at 19% of orders in the first half, against the 6% the company cites.", CO, CB, "ev", "-"),
    S("“This is a returns business dressed up as a health business,” he wrote.", CO, "", "cl", "-"))

d.p(S("Kettleborough calls the report “a spreadsheet with a grudge.”", YK, "", "cc", "+", c="The report argues that Clearbite books revenue"),
    S("The 19% figure, she says, counts every customer who cancels during the 30-day trial, and most of those never receive a kit.", YK, "", "cc", "+", c="By Otterburn’s count"),
    S("Her finance chief, Teodora Ambrose-Kaur, made the same point to analysts in October, adding that Clearbite’s auditors had reviewed the policy.", "Teodora Ambrose-Kaur", CB, "ev", "+"))

d.p(S("The analysts who cover the stock are split.", D, CB, "cx", "0"),
    S("Florin Castellanos, an analyst at Brinkhurst Securities, rates the shares a buy with a 900p target.", "Florin Castellanos", "Brinkhurst Securities;" + CB, "re", "+"),
    S("In his view the refund row is “a footnote”, because the customers who stay pay for retainers for years.", "Florin Castellanos", "", "cc", "+", c="This is a returns business"),
    S("Maud Ferreira-Quist, who runs a health-care fund at Quarrington Asset Management, sold her stake in the summer.", "Maud Ferreira-Quist", "Quarrington Asset Management", "re", "-"),
    S("She thinks the bigger threat is not the refunds but price: Orthavia, a rival backed by a toothpaste maker, charges a third less.", "Maud Ferreira-Quist", "Orthavia", "cl", "-"))

d.p(S("Orthavia’s chief executive, Magnus Trevisan, was dismissive when I called him.", "Magnus Trevisan", "Orthavia", "cc", "-", c="Clearbite, in her telling, is that brand already"),
    S("“Brand loyalty in aligners lasts exactly as long as the treatment,” he said.", "Magnus Trevisan", "", "cl", "-"),
    S("Kettleborough points out that a third of new Clearbite patients last quarter came through referrals from earlier ones, which is not what a commodity looks like.", YK, CB, "cc", "+", c="Brand loyalty in aligners"))

d.h("The regulator")

d.p(S("The risk she will not discuss is regulation.", D, "", "cl", "-"),
    S("The dental regulator has opened a consultation on remote treatment, with a decision due in June.", D, "", "ev", "0"),
    S("If it sides with the society, Clearbite would have to open clinics, and Castellanos’s target assumes it never does.", D, CB, "pr", "-"),
    S("Kettleborough would say only that the company “will comply with whatever is decided.”", YK, CB, "ev", "0"))

d.p(S("Over coffee she concedes one mistake: listing before the refund policy had a full year of data behind it.", YK, "", "cc", "-", c="I would rather be early than polite"),
    S("But she still thinks the shares are cheap, and says she bought more in October.", YK, CB, "cc", "+", c="Over coffee she concedes"),
    S("I am less sure, but I paid.", D, "", "cc", "-", c="But she still thinks the shares are cheap"))
