from mk import Doc, s, render_md

doc = Doc('fog-awards-2026.md', 'md', 'Corwin Falstead')
D = 'D'
BP = 'Brassock Pawnbrokers'
SK = 'Skylance Broadband'
TX = 'Tixmere'
TM = 'Treadmarsh Autocentres'

doc.p(
    s("Every December this column hands out the Fog Awards, for the sentences companies wrote during the year when they did not want to say what had happened.", D, '', 'K', '0'),
    s("Readers sent in the shortlist, and I did the judging, which is the only fair way to run a contest that nobody asked to enter.", D, '', 'K', '0'),
    s("Each winner was told in advance and offered a reply, and the replies are printed below, because some of them are better than the sentences that won.", D, '', 'K', '0'),
)

doc.h("The Passive Voice Prize: Brassock Pawnbrokers")
doc.p(
    s("In March, Brassock Pawnbrokers told investors that “a number of store-level efficiencies were realised across the estate.”", 'Brassock Pawnbrokers', BP, 'E', '0'),
)
doc.p(
    s("What had been realised was the closure of 41 of its 190 shops, a fact that appeared on page 38 of the annual report and nowhere in the results statement.", D, '', 'X', '-', 'store-level efficiencies'),
    s("Nobody closed anything in that sentence; the shops simply stopped being open.", D, '', 'C', '-'),
)
doc.p(
    s("Brassock’s chief executive, Odalys Fenwright, said in her reply that the wording was “standard industry language” and that every closure had been disclosed “in the proper place.”", 'Odalys Fenwright', BP, 'X', '0', 'What had been realised'),
    s("She also said the remaining shops had lifted lending by 9% in the second half, which she called “the story we should have led with.”", 'Odalys Fenwright', '', 'E', '+'),
    s("On that, at least, I agree with her.", D, '', 'C', '+'),
)

doc.h("The Temporary Award: Skylance Broadband")
doc.p(
    s("Skylance Broadband, the satellite internet start-up, described the evening slowdowns its customers suffered in July as “a temporary period of network optimisation.”", 'Skylance Broadband', SK, 'C', '+'),
    s("The period is now in its fifth month, and median evening speeds measured by the testing firm Pingwell fell from 48 megabits a second in June to 19 in November.", 'Pingwell', '', 'X', '-', 'temporary period of network optimisation'),
)
doc.p(
    s("A Skylance spokesman said the slowdown was caused by “unexpectedly strong demand,” which he described as a good problem to have.", 'Skylance Broadband', SK, 'X', '+', 'median evening speeds'),
    s("Customers paying £62 a month for a service sold as “fibre speed from the sky” may not agree that it is a good problem.", D, '', 'X', '-', 'unexpectedly strong demand'),
)
doc.p(
    s("The nomination came from Ezra Quillfoot, who runs a campsite near Selvaston and says he has lost bookings from guests who need to work in the evenings.", 'Ezra Quillfoot', '', 'E', '-'),
    s("“They sold me speed and delivered an apology,” he said.", 'Ezra Quillfoot', '', 'C', '-'),
)

doc.h("The Generosity Prize: Tixmere")
doc.p(
    s("Tixmere, the concert-ticketing platform, introduced what it calls “dynamic value pricing” in April, under which the price of a seat rises with demand once it goes on sale.", D, TX, 'E', '0'),
    s("The phrase wins because it describes a price rise as a gift.", D, '', 'C', '-'),
)
doc.p(
    s("The company says the system “returns value to fans who book early,” because early buyers lock in the lower price.", 'Tixmere', TX, 'C', '+'),
    s("Fans who book early were always going to pay the lower price; what is new is that everyone else pays more.", D, '', 'X', '-', 'returns value to fans'),
    s("Average fees per ticket rose 31% in the six months to September, according to Tixmere’s own half-year report.", 'Tixmere', TX, 'E', '+'),
)
doc.p(
    s("Its founder, Benedek Orlay, replied that the award was “a prize for saying clearly what we do,” since the term is explained on every ticket page.", 'Benedek Orlay', '', 'X', '0', 'describes a price rise as a gift'),
    s("He is right that the term is explained on every ticket page.", D, '', 'C', '0'),
    s("But the explanation sits in small grey type beneath the buy button, where few fans will ever read it.", D, '', 'X', '-', 'He is right that the term'),
)

doc.h("Lifetime Achievement: Treadmarsh Autocentres")
doc.p(
    s("The lifetime award goes to Treadmarsh Autocentres, the tyre-and-exhaust chain, which has called its profit “resilient” in eleven consecutive trading updates, including the four in which profit fell.", D, TM, 'C', '-'),
    s("Its finance director, Ingmar Tolvaj, wrote back to say that resilience means holding up in a bad market, not rising in one.", 'Ingmar Tolvaj', '', 'X', '+', 'The lifetime award goes to'),
    s("Treadmarsh’s operating profit fell from £38 million in 2022 to £21 million this year, a period in which both of its listed rivals grew.", D, TM, 'X', '-', 'resilience means holding up'),
)
doc.p(
    s("Not every reader thought Treadmarsh deserved the prize.", D, TM, 'X', '+', 'The lifetime award goes to'),
    s("Winifred Ketteridge, a fund manager at Quorley Capital, wrote that “resilient” is at least a word the company has kept using through good years and bad, which is more than most boards manage.", 'Winifred Ketteridge', 'Quorley Capital;' + TM, 'C', '+'),
)
doc.p(
    s("The Fog Awards return next December, and nominations are open all year.", D, '', 'K', '0'),
    s("My own nomination for next year is already in: any results statement that uses the word “normalised” more than twice.", D, '', 'C', '0'),
)


def render():
    front = ['title: "The Fog Awards 2026: the year\'s most evasive corporate sentences"',
             'author: Corwin Falstead', 'date: 2026-12-04', 'site: The Candid Quarter',
             'tags: [corporate language, annual awards]']
    return render_md(doc, front)
