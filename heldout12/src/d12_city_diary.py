from mk import *

CP = "Copperpot Coffee"
BF = "Beanhollow"
AZ = "Azurecliff Resorts"
CCA = "Consumer Contracts Authority"
CE = "Cleardene Environmental"
HL = "Hobday Lister"
NC = "Norgate Coachworks"

d = Doc("city-diary-column.txt", "txt", "Hartley Crouchback")
d.head = """City Diary: espresso diplomacy, a timeshare time-out and the bus that runs on hope

By Hartley Crouchback

"""
d.foot = "Tips, rumours and corrections to the Diary: diary@citypages.example\n"
SEP = "* * *"

d.p(S("Copperpot Coffee’s chairman, Sir Ambrose Tilling, told shareholders at Thursday’s annual meeting that the chain’s new £4.20 flat white was “the best value on the high street.”", "Ambrose Tilling", CP, "cl", "+"),
    S("Diary notes that the same cup costs £3.10 at Beanhollow, the rival Copperpot has spent two years describing as “the discount option.”", D, BF + ";" + CP, "cc", "-", c="the best value on the high street"))
d.p(S("Copperpot’s like-for-like sales fell 3% in the last half, according to its results, while Beanhollow opened 40 shops.", CP, BF + ";" + CP, "ev", "-"),
    S("Asked afterwards whether he had tried a Beanhollow flat white, Sir Ambrose said he “never drinks the competition’s coffee on principle.”", "Ambrose Tilling", BF, "cl", "0"),
    S("A Beanhollow spokeswoman said the company would be happy to send him a voucher.", BF, BF, "ev", "0"))
d.raw(SEP)

d.p(S("Azurecliff Resorts, the timeshare group, has hired a head of “customer exit solutions”, a job that did not exist until the Consumer Contracts Authority opened an inquiry into its contracts in May.", D, AZ + ";" + CCA, "ev", "-"),
    S("The company insists the role is about “listening, not leaving.”", AZ, AZ, "cc", "+", c="has hired a head of"),
    S("Owners who have tried to leave say otherwise.", D, "", "cc", "-", c="The company insists the role"))
d.p(S("One, a retired teacher in Lathersby, told Diary she had been offered a release from her contract in exchange for £6,900 and a second week in the off-season.", D, "", "ev", "-"),
    S("Azurecliff’s chief executive, Clementine Rusk-Amadi, says exit fees cover the cost of reselling the week and that 80% of owners renew.", "Clementine Rusk-Amadi", AZ, "cc", "+", c="One, a retired teacher in Lathersby"),
    S("The authority expects to publish its findings in the spring.", CCA, CCA, "pr", "0"))
d.raw(SEP)

d.p(S("Spare a thought for the analysts at Hobday Lister, who upgraded Cleardene Environmental to buy on Monday morning and learned on Monday afternoon that it had lost its largest council contract.", D, CE + ";" + HL, "ev", "-"),
    S("The broker’s note called Cleardene’s contract book “the most secure in the sector.”", HL, CE, "cl", "+"),
    S("Cleardene’s shares fell 9%.", D, CE, "ev", "0"))
d.p(S("Hobday Lister’s analyst, Ferdinand Loxley, told Diary the upgrade stands because the lost contract was “only 7% of revenue.”", "Ferdinand Loxley", HL, "cc", "+", c="Spare a thought for the analysts"),
    S("Cleardene’s own annual report puts it at 12%.", CE, CE, "cc", "-", c="only 7% of revenue"),
    S("Hobday Lister has kept its 410p target on Cleardene.", HL, CE, "re", "+"))
d.raw(SEP)

d.p(S("Norgate Coachworks, which has delivered four hydrogen buses in three years, told investors on Tuesday it would deliver 250 in 2027.", NC, NC, "pr", "+"),
    S("Its founder, Wilfred Ojukwu-Nairn, called the target “conservative.”", "Wilfred Ojukwu-Nairn", "", "cl", "+"),
    S("Shares in Norgate rose 22% on the day.", D, NC, "ev", "0"))
d.p(S("Diary has been reliably informed that the company’s factory in Swaleby currently has room to build eleven at a time.", D, NC, "cc", "-", c="it would deliver 250 in 2027"),
    S("Two bus operators named as customers in the presentation, Redvale Buses and Tolland Transit, told Diary they had signed letters of intent, not orders.", "Redvale Buses", "Redvale Buses;Tolland Transit", "cc", "-", c="called the target"),
    S("A Norgate spokesman said a second factory would be “announced shortly.”", NC, NC, "cc", "+", c="Diary has been reliably informed"),
    S("It was also going to be announced shortly in 2024.", D, "", "cc", "-", c="A Norgate spokesman said"))
d.raw(SEP)

d.p(S("Finally, Diary’s congratulations to Pippa Rowntree-Blake, who retires this week after 31 years as chief economist at the Guild of Master Ironmongers, during which, by her own count, she forecast eleven recessions and saw four.", "Pippa Rowntree-Blake", "Guild of Master Ironmongers", "ev", "0"),
    S("“The other seven were postponed,” she said.", "Pippa Rowntree-Blake", "", "cl", "0"),
    S("Diary will miss her.", D, "", "cx", "0"))
