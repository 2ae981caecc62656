from mk import Doc, S, D

W = "Wendlemoor Beet Growers' Co-operative"
Q = "Quernhall Sugar"
M = "Maltrow Beet Processing"
OS = "Osric Penberthy"
DE = "Delphine Auchterlonie"
WI = "Wilfred Causey"
ED = "Edith Tolleymore"

FRONT = """---
title: "Board election 2026: the candidates in their own words"
author: Marisa Delacombe-Ruiz
date: 2026-10-30
site: Wendlemoor Grower
---"""


def build():
    d = Doc("wendlemoor-board-election.md", "Marisa Delacombe-Ruiz")
    d.p(S("Three seats on the board of the Wendlemoor Beet Growers' Co-operative are up for election this year, and four members are standing.", D, [W], "ev", "ne"),
        S("The vote matters more than usual: the co-operative's five-year supply contract with Quernhall Sugar expires next September, and the new board will negotiate its replacement.", D, [Q, W], "ev", "ne"))
    d.p(S("Each candidate was given 200 words, and the statements below are printed as submitted.", D, [], "cx", "ne"),
        S("The fourth candidate, Bertram Yelland, did not send a statement.", D, [], "cx", "ne"),
        S("Voting closes at noon on 14 November.", D, [], "ev", "ne"))

    d.h("Osric Penberthy, sitting director, Stennick Farm")
    d.p(S("I have served on the board for six years, and I chaired the committee that negotiated the current contract with Quernhall.", OS, [Q], "ev", "ne"),
        S("That contract lifted the beet price by 11% over five years and secured a haulage subsidy that no other grower group in the region has.", OS, [], "ev", "bu"))
    d.p(S("Quernhall is our only buyer within trucking distance, and the co-operative is strongest when it keeps that relationship steady.", OS, [Q, W], "cl", "ne"),
        S("I would seek a seven-year renewal on similar terms, with a price review in year four.", OS, [], "rc", "ne"),
        S("Splitting our tonnage between two processors would cost us the haulage subsidy and gain us nothing we can bank.", OS, [], "cl", "ne"))

    d.h("Delphine Auchterlonie, Brindlestow Farm")
    d.p(S("Osric is right that the haulage subsidy is worth having.", DE, [], "cl", "ne"),
        S("But the 11% rise he describes barely kept pace with fertiliser and diesel, and in real terms our members are paid less per tonne than in 2021.", DE, [], "cc", "be", ctr="lifted the beet price by 11%"),
        S("Quernhall's own annual report shows its sugar margin doubled over the same period.", Q, [Q], "ev", "bu"),
        S("We have been negotiating as if we had nowhere else to go.", DE, [], "cl", "be"))
    d.p(S("Maltrow Beet Processing, whose plant is 60 miles north, has told our committee it would take up to 40% of our tonnage at an index-linked price.", M, [M], "ev", "ne"),
        S("I would split our supply between the two processors and let them compete for it.", DE, [], "rc", "ne"))

    d.h("Wilfred Causey, Nettlebarrow Farm")
    d.p(S("I farm 300 acres of beet and I have hauled to both plants.", WI, [], "ev", "ne"),
        S("Delphine's offer from Maltrow is real, but it is not what it looks like.", WI, [M], "cc", "be", ctr="has told our committee it would take up to 40%"),
        S("The price is index-linked only for the first two years, and the extra 60 miles adds about £7 a tonne in haulage that Maltrow will not cover.", WI, [M], "ev", "be"))
    d.p(S("Still, I agree with Delphine that a single buyer has us over a barrel.", WI, [], "cc", "ne", ctr="is our only buyer within trucking distance"),
        S("My proposal is narrower: renew with Quernhall for three years, not seven, and use that time to send a trial shipment to Maltrow.", WI, [M, Q], "cc", "ne", ctr="I would seek a seven-year renewal"))

    d.h("The hustings")
    d.p(S("About 140 members came to the hustings at the Wendlemoor showground on 28 October.", D, [], "ev", "ne"),
        S("The board's chair, Edith Tolleymore, who is not standing, opened by warning members that Quernhall had hinted it might close its receiving yard at Sibbleton if the co-operative split its supply.", ED, [Q, W], "pr", "ne"))
    d.p(S("Delphine Auchterlonie called that “the oldest bluff in the sugar trade”.", DE, [], "cc", "ne", ctr="had hinted it might close its receiving yard"),
        S("She said Quernhall needs the co-operative's beet to run its Sibbleton line at capacity and has nowhere else to get it.", DE, [Q, W], "cl", "ne"),
        S("A Quernhall spokesman declined to comment.", D, [Q], "cx", "ne"))
    d.p(S("Several younger members asked why the board had never costed the Maltrow route.", D, [M], "cc", "ne", ctr="Splitting our tonnage between two processors"),
        S("Penberthy said a costing had been done in 2022 and showed a loss once haulage was counted, and promised to publish it before the vote.", OS, [], "cc", "ne", ctr="Several younger members asked"))
    d.p(S("Ballot papers went out with this issue, and members who farm through a partnership have one vote per holding, not one per partner.", D, [], "ev", "ne"))
    return d.name, d.md(FRONT), d.records()
