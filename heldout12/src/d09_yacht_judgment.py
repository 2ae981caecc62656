from mk import *

TY = "Tregarthen Yachts"
BT = "Bryony Tregarthen"
HT = "Hector Tregarthen"
KB = "Kellow Boatworks"

d = Doc("tregarthen-yachts-judgment.txt", "txt", "Cordelia Whitlow-Hesketh")
d.head = """Bryony Tregarthen v Hector Tregarthen and Tregarthen Yachts Ltd

Before: Judge Cordelia Whitlow-Hesketh

Business and Property Court, Penmarrow District Registry | Hearing dates: 2-5 November 2026 | Handed down: 27 November 2026

"""
d.foot = "(Approved judgment. This judgment was handed down remotely by circulation to the parties' representatives by email.)\n"

n = [0]


def jp(*sents):
    n[0] += 1
    d.p(*sents, pre="[%d] " % n[0])


d.h("INTRODUCTION")
jp(S("This is a petition by a minority shareholder who says that the affairs of a family boatbuilding company have been conducted in a manner unfairly prejudicial to her interests.", D, "", "cx", "0"),
   S("The petitioner, Bryony Tregarthen, owns 30% of the shares in Tregarthen Yachts Ltd, which builds sailing yachts at Polgarrow.", D, TY, "ev", "0"),
   S("Her uncle, the first respondent Hector Tregarthen, owns the other 70% and is managing director.", D, "", "ev", "0"),
   S("Since they share a surname I shall call them Bryony and Hector, and I mean no disrespect by it.", D, "", "cx", "0"))

d.h("THE PETITIONER'S CASE")
jp(S("Bryony's case is that Hector has run the company since 2021 as though it were his alone.", BT, TY, "cl", "-"),
   S("She points to three things: his decision to stop paying dividends in 2022, his salary, which rose from £140,000 to £310,000 over three years, and the company's purchase of a motor launch that, she says, is used mainly by his family.", BT, TY, "ev", "-"))
jp(S("She also says that Hector refused her requests for the monthly management accounts, which she had received for ten years before the dispute began.", BT, "", "ev", "-"),
   S("She asks the court to order Hector to buy her shares at a fair value without any discount for her minority holding.", BT, "", "re", "0"))

d.h("THE RESPONDENTS' CASE")
jp(S("Hector denies any unfair prejudice.", HT, "", "cc", "+", c="Bryony's case is that Hector"),
   S("He says the dividend stopped because the yard needed every pound to survive the loss of its largest order in 2022, when a charter company cancelled four yachts.", HT, TY, "cc", "0", c="She points to three things"),
   S("His salary, he says, rose because he took on the work of two directors who retired and were not replaced.", HT, "", "cl", "0"))
jp(S("Mr. Ruan Kessell, counsel for the respondents, submitted that the launch is a demonstration boat used to show prospective buyers the company's fit-out standards.", "Ruan Kessell", TY, "cc", "0", c="She points to three things"),
   S("The company's log shows it was taken out 41 times in 2024, of which 9 were with customers on board.", TY, TY, "cc", "-", c="the launch is a demonstration boat"))
jp(S("As to the accounts, Hector said he stopped sending them because Bryony had discussed the yard's order book with Kellow Boatworks, a rival yard, while negotiating for a job there.", HT, KB + ";" + TY, "cc", "0", c="She also says that Hector refused"),
   S("Bryony accepts that she met Kellow's owner but denies discussing any order.", BT, KB, "cc", "0", c="As to the accounts, Hector said"))

d.h("MY FINDINGS")
jp(S("I found Hector a straightforward witness on the dividend, and the order book supports him.", D, "", "cc", "+", c="She points to three things"),
   S("The cancellation cut the yard's forward orders by more than half, and the board minutes of the time record the decision to suspend the dividend in terms.", D, TY, "ev", "-"))
jp(S("I am not persuaded by his explanation of the salary.", D, "", "cc", "-", c="His salary, he says, rose"),
   S("The two retired directors were paid £95,000 between them, so even taking on all their work does not explain an increase of £170,000.", D, "", "cl", "-"),
   S("Nor was the increase approved at a general meeting, as the articles require.", D, "", "ev", "-"))
jp(S("The launch is a closer question, but on the log I find that it was used mainly for private purposes.", D, "", "cc", "-", c="the launch is a demonstration boat"))
jp(S("On the accounts, I prefer Hector's evidence, and I find that withholding them after the meeting with Kellow was a reasonable step to protect the company.", D, KB + ";" + TY, "cc", "0", c="Bryony accepts that she met"))

d.h("VALUATION")
jp(S("The experts disagree by a wide margin.", D, "", "cx", "0"),
   S("Ms. Zinnia Coverack, for the petitioner, values the whole company at £8.4 million, on the basis that the yard will return to its pre-2022 order levels within three years.", "Zinnia Coverack", TY, "cl", "+"),
   S("Mr. Alaric Pendarves, for the respondents, puts it at £5.1 million, because in his opinion the loss of the charter market is permanent.", "Alaric Pendarves", "", "cc", "-", c="values the whole company at £8.4 million"))
jp(S("I prefer Mr. Pendarves's approach, though not all of his figures.", D, "", "cc", "-", c="values the whole company at £8.4 million"),
   S("Neither expert had seen the orders the yard has taken this year, which Hector says now fill the build slots until the spring of 2027.", HT, TY, "ev", "+"),
   S("On the evidence before me I value the company at £6.2 million.", D, TY, "cl", "0"))

d.h("CONCLUSION")
jp(S("The salary increase and the use of the launch were unfairly prejudicial to Bryony's interests as a shareholder; the dividend decision and the withholding of the accounts were not.", D, "", "cl", "0"),
   S("Hector must buy Bryony's shares at 30% of £6.2 million, without a minority discount, within 90 days.", D, "", "ev", "0"),
   S("I will hear the parties on costs if they cannot agree them.", D, "", "cx", "0"))
