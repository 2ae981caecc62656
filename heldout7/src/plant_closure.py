from lib import *
d = Doc("glassworks-closure-town.txt", "Martha Ingleby")
DG, RA, KS, GCU, BQ, DO, FQ = ("Dunraven Glass", "Roland Ashdown", "Kevin Stallard", "Glass and Ceramics Union",
                               "Bernadette Quayle", "Delphine Oakes", "Farida Quinlan")
d.p(S("Dunraven Glass will close its bottle plant in Pellby by June, ending 112 years of glassmaking in the town and putting 430 jobs at risk, the company said on Monday.", DG, DG, "ev", "0"),
    S("Production will move to the company's larger plant at Carrow Moss, which it said was \"30% cheaper to run per bottle.\"", DG, DG, "ev", "+"))
d.p(S("In a statement, chief executive Roland Ashdown said the decision was \"painful but necessary\" because energy costs at the Pellby furnace had doubled since 2022 and the furnace needed a £60 million rebuild.", RA, "", "cl", "0", k="ash"),
    S("\"We could not justify that investment for a plant running at two-thirds of capacity,\" he said.", RA, "", "cl", "0", k="cap"))
d.p(S("Workers at the gates on Monday afternoon did not accept that.", None, "", "cc", "-", c="ash"),
    S("Kevin Stallard, who has worked on the furnace for 26 years, said the plant had been running below capacity only because the company moved two production lines to Carrow Moss in 2023.", KS, DG, "cc", "-", c="cap"),
    S("\"They emptied it out and then said it was empty,\" he said.", KS, "", "cl", "-"))
d.p(S("The union that represents most of the workers, the Glass and Ceramics Union, said it would ask Dunraven to keep the plant open while a buyer is sought.", GCU, DG + ";" + GCU, "ev", "0", k="ask"),
    S("Its regional organiser, Bernadette Quayle, said at least one rival had shown interest in the site.", BQ, "", "ev", "0"),
    S("Dunraven said it had \"no plans to sell the site to a competitor.\"", DG, DG, "cc", "0", c="ask"))
d.p(S("That rival is Kellbrook Containers, according to two people familiar with the talks, which began in January.", None, "Kellbrook Containers", "ev", "0"),
    S("Kellbrook makes glass jars at two plants in the north and has been expanding.", None, "Kellbrook Containers", "ev", "0"),
    S("A Kellbrook spokeswoman declined to comment.", None, "Kellbrook Containers", "cx", "0"))
d.p(S("Mayor Delphine Oakes called the closure \"a hammer blow\" and said the council would ask the regional development agency, Northmoor Enterprise, for an emergency fund.", DO, "Northmoor Enterprise", "ev", "0"),
    S("She said Pellby had been here before, when Ternholt Brick closed its works in 2009, and had recovered within a decade.", DO, "Ternholt Brick", "ev", "0", k="oakes"))
d.p(S("Not everyone shares the mayor's optimism.", None, "", "cc", "0", c="oakes"),
    S("Dr. Farida Quinlan, an economist at Northmoor University who studied the brickworks closure, said many of the jobs that replaced it paid a third less, and that the recovery in the headline numbers hid a generation of lost earnings.", FQ, "Northmoor University", "ev", "0"),
    S("In her view, the glassworks closure will be harder, because the skills do not transfer.", FQ, "", "pr", "0"),
    S("\"Furnace operators earn about £38,000 here,\" she said.", FQ, "", "ev", "0"),
    S("\"The warehouse jobs people will be offered start at £24,000.\"", FQ, "", "ev", "0"))
d.p(S("Dunraven's shares rose 3% on the news.", None, DG, "ev", "0"),
    S("Analysts at Fitzroy Grange said the closure would add about £9 million a year to operating profit from 2027.", "Fitzroy Grange", "", "pr", "+"))
d.p(S("The company has offered 150 workers transfers to Carrow Moss.", None, DG, "ev", "0"),
    S("Stallard said he would not take one.", KS, "", "ev", "0"),
    S("\"Carrow Moss is 70 miles away, and my kids are at school here,\" he said.", KS, "", "ev", "0"),
    S("Ashdown said the company would pay for retraining for any worker who does not transfer.", RA, DG, "ev", "0"))
d.p(S("The union will hold a meeting for workers on Thursday.", None, GCU, "ev", "0"),
    S("Quayle said it would press for a redundancy package above the legal minimum and for the furnace to be kept warm until June in case a buyer emerges.", BQ, "", "ev", "0"),
    S("Dunraven has said it will consult the union but has not yet set a date.", DG, DG + ";" + GCU, "ev", "0"))
text = ("Pellby braces for the end of glassmaking\n\nBy Martha Ingleby\n\n" + d.txt_body())
d.write(text)
