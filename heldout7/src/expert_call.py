from lib import *
d = Doc("expert-call-frozen-meals.txt", None)
CF, RF, DK, HS, TB = "Castellan Foods", "Ruairi Fenn", "Dana Kolbe", "Hollowbrook Stores", "Torrin Board"
I, E = "INTERVIEWER: ", "EXPERT: "
d.p(S("This is an edited transcript of a one-hour call arranged by Quillmore Expert Network on 3 November.", None, "Quillmore Expert Network", "cx", "0"),
    S("The expert is Ruairi Fenn, who was head of procurement at Castellan Foods until March 2025.", None, CF, "cx", "0"),
    S("The interviewer is Dana Kolbe of Thornquist Partners, an investment firm that owns Castellan shares.", None, CF + ";Thornquist Partners", "cx", "0"))
d.p(S("Let's start with costs.", DK, "", "cx", "0"),
    S("Castellan told investors last month that input costs had peaked and margins would recover next year.", CF, CF, "pr", "+", k="guide"),
    S("Do you believe that?", DK, "", "cx", "0"), label=I)
d.p(S("Partly.", RF, "", "cc", "0", c="guide"),
    S("Meat and dairy have come down, and I'd guess Castellan's ingredient bill is 4% lower this year than last.", RF, CF, "cl", "+", k="meat"),
    S("But packaging and energy contracts were locked in at high prices in 2024, and most of them run until the end of next year.", RF, "", "cc", "-", c="meat"),
    S("So I'd say margins recover in 2027, not next year.", RF, "", "pr", "-"), label=E)
d.p(S("How much of that could they renegotiate?", DK, "", "cx", "0"), label=I)
d.p(S("The energy contracts, none.", RF, "", "cl", "-"),
    S("The packaging supplier, Torrin Board, has renegotiated with other customers when volumes went up, so if Castellan can promise more volume it has a chance.", RF, CF + ";" + TB, "pr", "0"), label=E)
d.p(S("Let's talk about Hollowbrook.", DK, HS, "cx", "0"),
    S("Hollowbrook Stores is moving more of its frozen range into its own label, and one of the brokers covering Castellan, Ellery Vance at Stroud Pemberton, thinks Castellan could lose a fifth of its Hollowbrook volume.", "Ellery Vance", CF + ";" + HS + ";Stroud Pemberton", "pr", "-", k="vance"),
    S("Is that realistic?", DK, "", "cx", "0"), label=I)
d.p(S("I think it's too high.", RF, "", "cc", "+", c="vance"),
    S("Hollowbrook has tried own-label ready meals twice before, in 2019 and 2022, and both times it came back to Castellan within a year because the quality complaints went up.", RF, CF + ";" + HS, "ev", "+"),
    S("What I would worry about is price: Hollowbrook's buyers use the own-label threat to squeeze Castellan every spring, and this year they have more leverage than before.", RF, CF + ";" + HS, "cl", "-"), label=E)
d.p(S("What about Wexcombe Foods?", DK, "Wexcombe Foods", "cx", "0"), label=I)
d.p(S("Wexcombe is cheaper, but it doesn't have the freezer capacity to take a contract that size before 2027.", RF, "Wexcombe Foods", "cl", "-"), label=E)
d.p(S("Castellan's chief executive, Ines Markham, said on the results call that the Hollowbrook contract was 'secure through 2027.'", "Ines Markham", CF + ";" + HS, "cl", "+", k="markham"),
    S("Is it?", DK, "", "cx", "0"), label=I)
d.p(S("The contract is secure, the price in it isn't.", RF, "", "cc", "-", c="markham"),
    S("There's an annual price review every April, and when I was there we gave back between 1% and 2% at every review.", RF, "", "ev", "-"), label=E)
d.p(S("Last question: what would you do if you still ran procurement?", DK, "", "cx", "0"), label=I)
d.p(S("I'd sign a three-year packaging deal now, while Torrin Board has spare capacity, and I'd stop buying energy forward beyond 12 months.", RF, TB, "rc", "0"),
    S("Castellan has been too cautious on both.", RF, CF, "cl", "-"), label=E)
d.p(S("Thank you, Ruairi.", DK, "", "cx", "0"), label=I)
text = ("Expert call: Castellan Foods procurement and pricing\n\n" + d.txt_body() +
        "\n(This transcript has been edited for length and clarity. The views expressed are those of the expert and not of "
        "Quillmore Expert Network. Nothing in it is investment advice. Compliance reference QEN-26-11-0412.)\n")
d.write(text)
