from lib import *
d = Doc("corvell-bidders-factbox.md", "Ilse Marwood")
C, AA, HP, RC, MC, BF = ("Corvell Seed", "Ardenne Agri", "Halcyon Park Partners", "Rennick Crop Sciences",
                         "Merriwold Capital", "Bramwell Fox")
d.p(S("Corvell Seed said on Thursday that it had received three takeover proposals in five weeks and would open its books to all three bidders.", C, C, "ev", "0"),
    S("The contest values the vegetable-seed breeder at between €2.1 billion and €2.6 billion, more than double its market value in January.", None, C, "ev", "0"),
    S("Corvell's shares closed at €26.85 on Thursday, below Rennick's headline price but above the two cash offers.", None, C + ";" + RC, "ev", "0"),
    S("Here is what each bidder brings, and what stands in its way.", None, "", "cx", "0"))
d.h("Ardenne Agri")
d.li(S("Ardenne Agri, the crop-protection group, offered €24.50 a share in cash on Feb. 3, the first of the three approaches.", None, AA, "ev", "0"))
d.li(S("Its chief executive, Bastien Loury, has called the two companies “a natural fit” and says Ardenne could sell Corvell's seeds through its 40,000 farm-store accounts.", "Bastien Loury", AA + ";" + C, "cl", "+"))
d.li(S("Loury told analysts that the deal would add to Ardenne's earnings in its second year.", "Bastien Loury", AA, "pr", "+"))
d.li(S("Competition lawyers expect the bid to face a long review, because the two companies together would sell about 30% of the region's tomato and pepper seed.", None, AA + ";" + C, "pr", "-", k="anti"))
d.li(S("Ardenne says it would sell overlapping lines if asked.", AA, AA, "cc", "+", c="anti", k="sell"))
d.li(S("Ardenne walked away from a smaller seed deal in 2023 after regulators asked it to sell two breeding stations.", None, AA, "cc", "-", c="sell"))
d.h("Halcyon Park Partners")
d.li(S("The private-equity firm Halcyon Park Partners bid €25.80 a share on Feb. 19 and raised that to €26.40 a week later, according to two people familiar with the talks.", None, HP, "ev", "0"))
d.li(S("Halcyon's pitch to the board is speed: it needs no competition approval and has financing agreed with three banks.", HP, HP, "cl", "+", k="pitch"))
d.li(S("The firm bought the flower-bulb grower Vanderpoel Bulbs in 2021 and sold it three years later for twice the price.", None, HP + ";Vanderpoel Bulbs", "ev", "+"))
d.li(S("Some Corvell shareholders worry that a private-equity owner would cut the breeding budget, which has run at about 17% of sales for a decade.", None, C, "cc", "-", c="pitch", k="worry"))
d.li(S("Halcyon has told them it would keep spending at that level for at least five years, according to a letter seen by Northgate Wire.", HP, HP, "cc", "+", c="worry"))
d.h("Rennick Crop Sciences")
d.li(S("Rennick Crop Sciences, the largest bidder by revenue, made the highest offer, €27.10 a share, on Monday, but half of it would be paid in Rennick stock.", None, RC, "ev", "0"))
d.li(S("Its shares fell 6% on the day it made its offer.", None, "", "ev", "0"))
d.li(S("Rennick argues that its shares are undervalued and that Corvell holders would gain as they recover.", RC, RC + ";" + C, "cl", "+"))
d.li(S("Merriwold Capital, which owns 8% of Corvell, said in a statement that it would not accept Rennick shares, which have fallen by a third in a year.", MC, C + ";" + MC + ";" + RC, "ev", "-", k="merr"))
d.li(S("Rennick's chief financial officer, Odile Sarrazin, said the stock component gave Corvell holders “a share of the upside” and that the cash portion alone was close to Ardenne's offer.", "Odile Sarrazin", RC + ";" + C + ";" + AA, "cc", "+", c="merr"))
d.h("What the analysts think")
d.p(S("Analysts at Bramwell Fox think Halcyon is the likeliest winner, because its offer is all cash and faces no antitrust review.", BF, HP, "pr", "+"),
    S("They put the chance of a deal at one of the three prices at 80%.", BF, "", "pr", "0"))
d.p(S("Yusuf Demarco, a fund manager at Oakhurst Lane, which owns Corvell shares, argued that the board should hold out for more.", "Yusuf Demarco", "Oakhurst Lane;" + C, "rc", "+"),
    S("“Three bidders in five weeks tells you the price is still too low,” he said.", "Yusuf Demarco", "", "cl", "+", k="low"),
    S("But a fourth bidder is unlikely, said Gwen Talbot of Bramwell Fox, since the other large seed companies are already in the middle of deals of their own.", "Gwen Talbot", BF, "cc", "-", c="low"),
    S("Talbot expects the board to recommend Halcyon's offer if it is raised above €27.", "Gwen Talbot", HP, "pr", "0"))
d.h("Timetable")
d.li(S("Second-round bids are due on March 28, according to the process letter sent to bidders.", C, "", "ev", "0"))
d.li(S("Corvell's annual meeting is on April 15, and Merriwold has said it will vote against the chairman's re-election if no deal is agreed by then.", MC, C + ";" + MC, "ev", "0"))
d.li(S("Corvell declined to comment on the bids beyond its statement.", None, C, "cx", "0"))
text = ("---\ntitle: \"Factbox: Three bidders for Corvell Seed, and what stands in their way\"\n"
        "author: Ilse Marwood\ndate: 2026-03-12\nsite: Northgate Wire\n---\n\n" + d.md_body())
d.write(text)
