from mk import Doc, s, render_txt

doc = Doc('clamberly-prepack-statement.txt', 'txt', 'Yvaine Cattermole')
D = 'D'
TP = 'Clamberly Play Centres'
TH = 'Clamberly Holdings 2026'
OL = 'Orbury Leisure Estates'
SB = 'Stavewell Bank'
BI = 'Springhollow Inflatables'
LU = 'Leisure Workers’ Union'

doc.h("THE SALE")
doc.p(
    s("Clamberly Play Centres Limited entered administration on 3 November 2026, and on the same day we sold its business and the leases of 14 of its 19 centres to Clamberly Holdings 2026 Limited for £1.35 million.", D, TH + ';' + TP, 'E', '-'),
    s("The buyer is owned by Dashiell Fane, who was the company’s chief executive and majority shareholder, so the sale is to a connected party.", D, TH + ';' + TP, 'E', '0'),
    s("This statement explains why we chose a pre-packaged sale and sets out the comments we have received from creditors, with our responses.", D, '', 'K', '0'),
)
doc.h("WHY WE CHOSE A PRE-PACK")
doc.p(
    s("The company lost money in each of the last three years and ran out of cash in October, when its bank, Stavewell Bank, declined to extend its overdraft.", D, SB + ';' + TP, 'E', '-'),
    s("We marketed the business for three weeks through a sales agent, Pellory Advisory, contacting 64 parties, of which eleven signed confidentiality agreements and three made offers.", D, 'Pellory Advisory', 'E', '0'),
)
doc.p(
    s("Mr Fane’s offer was the highest of the three, and it was the only one that took on the staff at all 14 centres.", D, '', 'E', '0'),
    s("In our view, closing the centres and selling the equipment would have raised about £290,000, less than a quarter of the price paid.", D, '', 'C', '0'),
    s("An independent evaluator, Ingrid Halvorsen-Mott, reviewed the sale before it completed and gave the opinion that the case for it was “not unreasonable.”", 'Ingrid Halvorsen-Mott', '', 'C', '0'),
)
doc.h("COMMENTS FROM CREDITORS AND OUR RESPONSES")
doc.p(
    s("Orbury Leisure Estates, which owns five of the centres that were not sold, wrote that the sale left it with five empty units and £2.1 million of unpaid rent.", OL, OL, 'E', '-'),
    s("It argues that Mr Fane chose which leases to take so that the new company keeps the profitable centres and leaves the losses with creditors.", OL, TH, 'X', '-', 'the only one that took on the staff'),
)
doc.p(
    s("Orbury is right that the buyer has taken the profitable centres.", D, OL + ';' + TH, 'C', '0'),
    s("But the five centres left behind lost £640,000 between them last year, and no bidder, including the two unconnected ones, wanted any of them.", D, '', 'X', '0', 'Orbury is right that the buyer'),
)
doc.p(
    s("Stavewell Bank, the secured creditor, supports the sale, which it expects to repay about 70% of its loan.", SB, SB, 'C', '0'),
    s("It said a closure would have left it with about 25%.", SB, '', 'C', '0'),
)
doc.p(
    s("Springhollow Inflatables, which supplied and serviced the play frames, is owed £186,000.", D, BI, 'E', '0'),
    s("Its managing director, Rosheen Adebayo-Clarke, wrote that the frames are now being used by the new company, which has not paid for them.", 'Rosheen Adebayo-Clarke', TH, 'C', '-'),
    s("“He has walked off with our equipment and left us the bill,” she wrote.", 'Rosheen Adebayo-Clarke', '', 'C', '-'),
)
doc.p(
    s("Springhollow’s terms did not include a retention-of-title clause, so the frames belonged to Clamberly when it failed and could be sold with the business.", D, BI + ';' + TP, 'X', '0', 'walked off with our equipment'),
    s("They were included in the sale at a valuation of £210,000 by an independent agent.", D, '', 'E', '0'),
)
doc.p(
    s("The Leisure Workers’ Union, which represents about a third of the staff, welcomed the transfer of 168 jobs to the buyer.", LU, LU + ';' + TH, 'C', '0'),
    s("But it says the 44 staff at the closed centres were dismissed without the consultation the law requires, and it intends to bring a claim.", LU, '', 'X', '0', 'welcomed the transfer of 168 jobs'),
    s("We accept that there was no consultation, because the company had no money to pay staff during one.", D, TP, 'C', '0'),
)
doc.p(
    s("Not every creditor thinks the marketing period was long enough.", D, '', 'X', '0', 'We marketed the business for three weeks'),
    s("Orbury’s head of asset management, Leofric Ambler, said three weeks was “barely long enough to print the brochure” and that a longer sale might have found a buyer for the remaining leases.", 'Leofric Ambler', OL, 'C', '-'),
    s("Three weeks is short, and we chose it because the company could not have paid December’s wages.", D, TP, 'X', '0', 'barely long enough to print the brochure'),
)
doc.h("WHAT HAPPENS NEXT")
doc.p(
    s("We expect the bank to recover about 70% of what it is owed and unsecured creditors, who are owed £3.8 million, to receive nothing.", D, SB, 'P', '0'),
    s("Mr Fane has said he will not take a salary from the new company in its first year.", 'Dashiell Fane', TH, 'E', '0'),
    s("Our report to creditors will be sent by 27 November, and creditors may ask for a meeting to question us.", D, '', 'E', '0'),
)


def render():
    head = ['Clamberly Play Centres Limited (in administration): statement on the pre-packaged sale of the business', '',
            'Prepared by Yvaine Cattermole, Joint Administrator, Cattermole & Reade LLP', '',
            'Date of statement: 10 November 2026', '', '']
    tail = ['--', 'Cattermole & Reade LLP acts as agent of the company and without personal liability.',
            'Yvaine Cattermole is licensed to act as an insolvency practitioner by the insolvency',
            'practitioners\' licensing body.']
    return render_txt(doc, head, tail)
