from mk import Doc, s, render_txt

doc = Doc('lease-return-chat-column.txt', 'txt', 'Nell Archdeacon')
D = 'D'
DL = 'Drivemoor Leasing'
CH = 'Contract Hire Standards Council'
GP = 'Gethin Pruett'
G = {'label': 'GETHIN: '}
J = {'label': 'AGENT (JONAH): '}

doc.p(
    s("Gethin Pruett handed his leased hatchback back to Drivemoor Leasing in September, and three weeks later he received a bill for £1,140 for “damage beyond fair wear and tear.”", D, DL, 'E', '0'),
    s("He says the car was inspected on his drive by Drivemoor’s own inspector, who found nothing worth noting.", GP, DL, 'E', '-'),
)
doc.p(
    s("Gethin sent me the transcript of the online chat he had with the company when he queried the bill.", GP, DL, 'K', '0'),
    s("Here it is, lightly trimmed.", D, '', 'K', '0'),
)
doc.h("THE CHAT")
doc.p(
    s("Your inspector signed the handover report and marked every panel as acceptable.", GP, '', 'E', '-'),
    s("Why am I now being charged for scratches on three of them?", GP, '', 'K', '0'),
    **G)
doc.p(
    s("The handover inspection is a visual check only.", 'Jonah', '', 'X', '+', 'marked every panel as acceptable'),
    s("All vehicles are re-inspected under studio lighting at our refurbishment centre, and that is where the damage was found.", 'Jonah', '', 'E', '+'),
    **J)
doc.p(
    s("So either the damage happened after the car left my drive, or it was invisible on my drive?", GP, '', 'X', '-', 're-inspected under studio lighting'),
    **G)
doc.p(
    s("I’m unable to comment on that.", 'Jonah', '', 'K', '0'),
    s("Charges are calculated in line with the Contract Hire Standards Council’s fair wear and tear guide, which you agreed to when you signed.", 'Jonah', CH, 'C', '+'),
    **J)
doc.h("THE RULES")
doc.p(
    s("The council’s guide does allow charges for scratches longer than 25mm that have gone through the paint.", D, CH, 'C', '0'),
    s("It also says damage should be “identified and recorded at the time of collection wherever possible,” which is the whole point of sending an inspector to the customer’s drive.", CH, '', 'X', '-', 'Charges are calculated in line with'),
)
doc.p(
    s("Dorcas Penhale, an independent vehicle assessor who has inspected lease returns for 20 years, looked at Gethin’s photographs for me.", 'Dorcas Penhale', '', 'K', '0'),
    s("“Two of those marks would not fail the 25mm test under any lighting,” she said.", 'Dorcas Penhale', '', 'X', '-', 'that is where the damage was found'),
    s("“The third might, and I’d want to know why the first inspector missed it.”", 'Dorcas Penhale', '', 'C', '-'),
)
doc.h("WHAT THE COMPANY SAYS")
doc.p(
    s("A Drivemoor spokeswoman said the handover check “is not designed to identify all chargeable damage” and that customers can dispute charges through the company’s independent appeals process.", DL, DL, 'X', '+', 'identified and recorded at the time of collection'),
    s("After I sent her Penhale’s assessment, the company removed two of the three charges, and Gethin’s bill fell to £380.", D, DL, 'E', '0'),
    s("The spokeswoman called this “a goodwill gesture” and said it did not mean the original assessment was wrong.", DL, '', 'C', '+'),
    s("She would not say how many other customers have had charges reduced after complaining.", D, '', 'K', '0'),
)
doc.h("WHY SHAREHOLDERS SHOULD CARE TOO")
doc.p(
    s("End-of-lease charges brought in £41 million for Drivemoor last year, about 7% of its operating profit, according to its annual report.", DL, DL, 'E', '0'),
    s("Anjali Fothergill, who covers leasing companies at Cressline Securities, thinks regulators will look harder at those charges next year.", 'Anjali Fothergill', 'Cressline Securities', 'P', '-'),
    s("“If the handover inspection starts to count, a good part of that £41 million goes away,” she said.", 'Anjali Fothergill', '', 'P', '-'),
)
doc.p(
    s("Not everyone in the industry thinks the charges are a problem.", D, '', 'X', '+', 'regulators will look harder'),
    s("The council’s chief executive, Cuthbert Amory, said disputes were rising only because “customers have learned to photograph everything,” and that the great majority of charges are paid without complaint.", 'Cuthbert Amory', CH, 'C', '+'),
    s("That may be so, but a charge paid without complaint is not the same as a fair charge.", D, '', 'X', '-', 'the great majority of charges are paid'),
)
doc.p(
    s("Gethin has paid the £380 under protest and taken the remaining charge to Drivemoor’s appeals process.", D, DL, 'E', '0'),
    s("If you are handing back a leased car, photograph every panel in daylight with the inspector beside you, and keep a copy of the handover report.", D, '', 'R', '0'),
)


def render():
    head = ['Money Fixer: a £1,140 bill for scratches nobody could see', '', 'By Nell Archdeacon', '',
            '']
    tail = ['--', 'Money Fixer runs every Saturday. Write to moneyfixer@eastfold-courier.example with',
            'your problem and a daytime phone number. We cannot reply to every letter, and nothing',
            'in this column is financial advice.']
    return render_txt(doc, head, tail)
