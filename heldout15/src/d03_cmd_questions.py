from mk import Doc, s, render_md

doc = Doc('carriway-six-questions.md', 'md', 'Jarrah Weatherell')
D = 'D'
CS = 'Carriway Services'
TC = 'Thandeka Cullimore'
FE = 'Florian Esterlund'

doc.p(
    s("Carriway Services, which runs 46 motorway service areas, held its first capital markets day on 2 December.", D, CS, 'E', '0'),
    s("We published six questions for management the day before, and this post now adds the answers given on the day and our verdict on each.", D, '', 'K', '0'),
)

doc.h("1. Can charging pay for itself?")
doc.p(
    s("The company plans to spend £240 million putting high-power chargers at every site by 2029.", D, CS, 'E', '0'),
    s("Its presentation assumes each charger is in use 22% of the time by 2030, against about 9% across the industry today.", 'Carriway Services', '', 'P', '+'),
    s("Our question: what, other than hope, gets a motorway charger from 9% to 22%?", D, '', 'X', '-', 'in use 22% of the time'),
)
doc.p(
    s("Answer given: chief executive Thandeka Cullimore said the eight Carriway sites that already have chargers run them at 17%, because drivers stop at motorway services whether or not they need to charge.", TC, CS, 'X', '+', 'other than hope'),
)
doc.p(
    s("Our verdict: a fair answer, since 17% at eight sites is real data.", D, '', 'C', '+'),
    s("But eight sites on the busiest routes are not a sample of 46, and the company would not give the figure for its quieter sites.", D, CS, 'X', '-', 'a fair answer'),
)

doc.h("2. What happens to fuel?")
doc.p(
    s("Fuel still brings in 38% of gross profit, according to the annual report.", 'Carriway Services', '', 'E', '0'),
    s("Our question: how much of that survives 2030, when every electric car that replaces a petrol one takes a fuel sale away?", D, '', 'C', '-'),
)
doc.p(
    s("Answer given: finance director Florian Esterlund said drivers who charge spend 40 minutes on site, against 12 for a fuel stop, and spend more in the shops while they wait.", FE, '', 'X', '+', 'how much of that survives 2030'),
    s("He expects charging and retail together to replace the fuel profit by 2031.", FE, '', 'P', '+'),
)
doc.p(
    s("Our verdict: plausible, and the best answer of the day.", D, '', 'C', '+'),
)

doc.h("3. Are the rents about to rise?")
doc.p(
    s("Forty of the 46 sites are leased, and a third of the leases come up for review in 2027.", D, '', 'E', '0'),
)
doc.p(
    s("Answer given: Cullimore said the company had “strong relationships with its landlords” and expected the reviews to be “orderly.”", TC, CS, 'P', '+'),
)
doc.p(
    s("Our verdict: not an answer.", D, '', 'X', '-', 'expected the reviews to be'),
    s("The largest landlord, Greyhame Estates, told us separately that it will be seeking “open-market rents” at all nine of its Carriway sites.", 'Greyhame Estates', 'Greyhame Estates;' + CS, 'X', '-', 'expected the reviews to be'),
)

doc.h("4. Who runs the shops?")
doc.p(
    s("Most of the food at Carriway sites is sold through franchised counters, and the largest franchise partner, Kettlefern Coffee, said in October that Carriway’s 28% commission was “the highest on the network.”", 'Kettlefern Coffee', 'Kettlefern Coffee;' + CS, 'C', '-'),
    s("Our question was whether Carriway expects to keep it.", D, CS, 'K', '0'),
)
doc.p(
    s("Answer given: Esterlund said the Kettlefern contract runs to 2030 and that Kettlefern’s sales at Carriway sites have grown faster than at its high-street shops.", FE, 'Kettlefern Coffee;' + CS, 'X', '+', '28% commission'),
)
doc.p(
    s("Our verdict: he is right about the contract, and the commission complaint is a negotiating position.", D, '', 'C', '+'),
)

doc.h("5. Why not sell the freeholds?")
doc.p(
    s("Fellmarsh Partners, which owns 7% of the shares, has argued that Carriway should sell and lease back its six freehold sites and hand the cash to shareholders.", 'Fellmarsh Partners', 'Fellmarsh Partners;' + CS, 'R', '0'),
)
doc.p(
    s("Answer given: Cullimore said a sale and leaseback would “swap a one-off cheque for a rent bill that rises every five years,” and ruled it out.", TC, '', 'X', '0', 'sell and lease back'),
    s("Our verdict: we agree with her.", D, '', 'C', '0'),
)

doc.h("6. What is the dividend for?")
doc.p(
    s("The dividend has been raised every year since the 2019 listing, while net debt has risen from 1.9 to 3.1 times earnings.", D, '', 'E', '-'),
)
doc.p(
    s("Answer given: Esterlund said the dividend had been “covered by free cash flow in every one of those years.”", FE, '', 'X', '+', 'net debt has risen'),
    s("Our verdict: true only because the charger spending has not started yet.", D, '', 'X', '-', 'covered by free cash flow'),
)

doc.h("What we make of it")
doc.p(
    s("Management answered five of our six questions, which is more than most capital markets days manage.", D, '', 'C', '+'),
    s("We keep our hold rating, with a bias to buy if the 2027 rent reviews go better than Greyhame suggests.", D, 'Greyhame Estates', 'R', '0'),
)


def render():
    front = ['title: "Six questions for Carriway\'s capital markets day, and the answers we got"',
             'author: Jarrah Weatherell', 'date: 2026-12-03', 'site: Longhand Equity Notes',
             'updated: 2026-12-03']
    return render_md(doc, front)
