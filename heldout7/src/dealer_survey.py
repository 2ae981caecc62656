from lib import *
d = Doc("dealer-survey-channel-check.md", "Noor Halvorsen")
T, Q, AR, BE = "Tillary Marine", "Marit Quenneville", "Ashcombe Reyes", "Brenholt Engines"
d.p(S("Boat dealers expect to sell fewer Tillary Marine outboard engines this spring than last, according to a survey of 64 dealers published on Monday by the broker Ashcombe Reyes.", AR, T, "ev", "-", k="s1"),
    S("It is the third quarter running in which the dealers it polls have turned more cautious.", AR, "", "ev", "-"),
    S("The shares fell 4% in early trading.", None, T, "ev", "0"))
d.p(S("Ashcombe Reyes lowered its price target on Tillary to 41 from 52.", AR, T, "rc", "-"),
    S("It kept a hold rating on the stock.", AR, T, "rc", "0"),
    S("Dealers are sitting on too many engines, and Tillary will have to cut shipments or offer discounts to clear them, analyst Marit Quenneville wrote in the note.", Q, T, "pr", "-", k="quen"))
d.p(S("In Quenneville's reading, the problem is not demand for boats in general but Tillary's prices.", Q, T, "cl", "-", k="price"),
    S("She points to the survey's price check: a 90-horsepower Tillary engine now costs about 18% more than the comparable Brenholt model, up from a gap of 9% two years ago.", Q, T + ";" + BE, "ev", "-"))
d.h("What the dealers said")
d.p(S("The survey's main findings were these:", None, "", "cx", "0"))
d.table(S("Question | Share of dealers", None, "", "cx", "0"),
        [S("Expect lower Tillary sales this spring | 47%", None, T, "ev", "0"),
         S("Expect higher Tillary sales this spring | 19%", None, T, "ev", "0"),
         S("Hold more than 120 days of Tillary stock | 38%", None, T, "ev", "0"),
         S("Plan to give Brenholt more floor space | 31%", None, BE, "ev", "0")])
d.p(S("One dealer in the survey wrote that Tillary's sales team was “pushing engines we did not order.”", None, T, "ev", "-"),
    S("Another said customers were waiting for the autumn boat shows in the hope of discounts.", None, "", "ev", "-"))
d.h("The company's answer")
d.p(S("Tillary disputes the picture.", T, T, "cc", "+", c="s1"),
    S("Dealer stock is “in line with where it should be in March,” Ansel Corrigan, the company's chief financial officer, said in an interview, and retail sales of its engines rose 6% in January and February.", "Ansel Corrigan", T, "ev", "+", k="corr"),
    S("He said the price gap with Brenholt reflected a new fuel-injection system that dealers “have not yet learned to sell.”", "Ansel Corrigan", BE, "cc", "+", c="price"),
    S("He also said the company would not cut shipments.", "Ansel Corrigan", T, "cc", "+", c="quen"))
d.p(S("Corrigan's January figure covers only the company's own dealer network, which excludes the large chains that account for about a third of its engine sales.", None, T, "cc", "-", c="corr"),
    S("Ashcombe Reyes's survey includes them.", None, AR, "ev", "0"))
d.h("A second opinion")
d.p(S("Not every analyst reads the survey as a warning.", None, "", "cc", "+", c="quen"),
    S("Dagny Ferreira, who covers leisure companies at Quarry Lane Securities, said dealer surveys had called the last two springs wrong, and that spring boat sales depended more on the weather in April than on anything dealers said in February.", "Dagny Ferreira", "Quarry Lane Securities", "cl", "0"),
    S("She rates Tillary a buy, with a target of 58.", "Dagny Ferreira", T, "rc", "+"),
    S("“Brenholt has been cheaper for ten years and Tillary has gained share in seven of them,” she said.", "Dagny Ferreira", T + ";" + BE, "cc", "+", c="price", k="ferq"),
    S("Quarry Lane is one of Tillary's corporate brokers.", None, "Quarry Lane Securities;" + T, "ev", "0"))
d.p(S("Quenneville was not persuaded.", Q, "", "cc", "-", c="ferq"),
    S("In a follow-up note on Tuesday she wrote that the share gains Ferreira cited came when Tillary's engines were the newer design, and that Brenholt's new 90-horsepower model, due in May, closes that gap.", Q, T + ";" + BE, "cl", "-"))
d.h("What to watch")
d.li(S("Tillary's first-quarter results on April 24, and whether the company changes its shipment guidance.", None, T, "pr", "0"))
d.li(S("Discounting at the spring boat shows, where dealers' price cards will show whether the gap is closing.", None, "", "pr", "0"))
d.li(S("The launch of Brenholt's new engine in May.", None, BE, "pr", "0"))
d.li(S("Whether Ashcombe Reyes moves its rating after the boat shows.", None, AR, "pr", "0"))
text = ("# Dealers see a soft spring for Tillary Marine, a broker's survey finds\n\n"
        "By Noor Halvorsen\nSource: Keelhaul Markets\n\n" + d.md_body())
d.write(text)
