from mk import Doc, S

GG, BSC, WIF, HB = "Gallopwise Group", "Betting Standards Commission", "Wagering Industry Forum", "Hedgerow Bet"
RT, SW, TA, WP = "Rowena Tarbuck", "Saskia Wolde-Mariam", "Torben Aske", "Wenna Polglaze"
RTL = "TARBUCK: "


def doc():
    d = Doc("gallopwise-keynote-and-questions.txt", "txt", RT)
    d.header = [
        "Keeping the bet safe: keynote speech and questions",
        "",
        "Speech by Rowena Tarbuck, Chief Executive, Gallopwise Group, to the Wagering Industry Forum, 5 November 2026",
        "(Check against delivery)",
    ]
    d.p(S("Thank you, and good morning to everyone at the Wagering Industry Forum.", "context", "neutral", [WIF]))
    d.p(S("Gallopwise took 4.1 million bets a day last year from 2.3 million active customers.", "evidence", "neutral", [GG]),
        S("Some in this room, and many outside it, say that an online bookmaker can never be a responsible one.", "claim", "bearish", []),
        S("I think they are wrong, and I think our own numbers show it.", "counterclaim", "bullish", [], c="can never be a responsible one"))
    d.p(S("The charity Steady Ground says that one in nine of our customers shows signs of gambling harm.", "claim", "bearish", [], sp="Steady Ground"),
        S("That figure comes from an online survey of 1,400 people, only 212 of whom had ever bet with us.", "counterclaim", "bullish", [], c="one in nine of our customers"),
        S("Our own data, which covers every account, puts the figure at one in forty.", "evidence", "bullish", []))
    d.p(S("The Betting Standards Commission has proposed mandatory affordability checks for anyone who loses more than £500 in a month.", "evidence", "neutral", [BSC], sp=BSC),
        S("We support checks, but a £500 threshold would hurt responsible customers far more than it would hurt us.", "counterclaim", "neutral", [], c="mandatory affordability checks"),
        S("People who want to bet will not stop; they will move to unlicensed sites that check nothing.", "prediction", "neutral", []))
    d.p(S("Research by Corncrake Economics found that unlicensed sites took 7% of online stakes in countries that brought in similar thresholds.", "evidence", "neutral", [], sp="Corncrake Economics"),
        S("The study was commissioned by this Forum, not by Gallopwise.", "evidence", "neutral", [GG, WIF]))
    d.p(S("We have also acted ourselves: since January we have closed 38,000 accounts that failed our checks, and our revenue from customers losing more than £2,000 a month has fallen by a fifth.", "evidence", "bullish", []))
    d.p(S("I ask the Commission to set the threshold at £1,000 and to let operators share data on customers who bet with several firms.", "recommendation", "neutral", [BSC]),
        S("That would protect the people who need protecting without pushing everyone else towards sites that pay no tax and check nobody.", "claim", "neutral", []))
    d.p(S("Thank you.", "context", "neutral", []))
    d.raw("[Applause]")
    d.h("QUESTIONS FROM THE FLOOR")
    d.p(S("You say our survey is small, but your one-in-forty figure counts only the customers your own checks flagged, and your checks are the thing in question.", "counterclaim", "bearish", [], sp=SW, c="puts the figure at one in forty"),
        S("Will you let an independent auditor check it?", "recommendation", "neutral", [], sp=SW), label="QUESTION (Saskia Wolde-Mariam, Steady Ground): ")
    d.p(S("We would welcome an audit, and we have already offered the Commission full access to our data.", "evidence", "neutral", [BSC], sp=RT),
        S("An auditor would find what we found.", "counterclaim", "bullish", [], sp=RT, c="your one-in-forty figure counts only"), label=RTL)
    d.p(S("Your shares have fallen 18% since the Commission published its proposal, which suggests investors think the threshold will hurt you more than you admit.", "counterclaim", "bearish", [BSC], sp=TA, c="far more than it would hurt us"),
        S("How much of your revenue comes from customers above the £500 line?", "context", "neutral", [], sp=TA), label="QUESTION (Torben Aske, Mallowmead Securities): ")
    d.p(S("About 9% of our revenue comes from customers who lose more than £500 in a month.", "evidence", "neutral", [], sp=RT),
        S("Most of that will come back once those customers have passed the checks.", "prediction", "bullish", [], sp=RT), label=RTL)
    d.p(S("Hedgerow Bet has run checks at £500 for a year, and our revenue is up 6%.", "counterclaim", "bullish", [HB], sp=WP, c="will move to unlicensed sites"), label="QUESTION (Wenna Polglaze, Hedgerow Bet): ")
    d.p(S("Hedgerow's customers mostly play casino games rather than bet on racing, so the comparison tells us very little.", "counterclaim", "neutral", [HB], sp=RT, c="Hedgerow Bet has run checks"), label=RTL)
    d.trailer = ["(The session closed at 10.40. Transcript prepared by the Forum's secretariat.)"]
    return d
