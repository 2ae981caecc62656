from lib import *
d = Doc("kittiwake-all-hands.txt", "Tamsin Greaves")
KB, AD, SR, MV = "Kittiwake Bank", "Anselm Drury", "Sunniva Roe", "Mirela Voss"
D_, R_, E_ = "DRURY: ", "ROE: ", "EMPLOYEE: "
d.p(S("Anselm Drury, Kittiwake Bank's chief executive, told staff on Thursday that the digital lender had \"hired for a world that didn't arrive,\" according to a recording of the meeting heard by the Fenwick Courier.", AD, KB, "cl", "-"),
    S("The bank announced on Wednesday that it would cut 340 jobs, about a fifth of its staff.", KB, KB, "ev", "0", k="cuts"))
d.p(S("Excerpts from the 50-minute meeting, at which Drury and the chief operating officer, Sunniva Roe, took questions, are below, edited for length.", AD, "", "cx", "0"),
    S("Employees' names have been removed.", None, "", "cx", "0"))
d.p(S("I want to start by saying this is my mistake.", AD, "", "cl", "-"),
    S("We hired for a lending business that was going to be twice the size it is, and when rates stayed high it didn't come.", AD, "", "cl", "-"),
    S("The deposit business is healthy and we have more capital than we need, so this is not a bank in trouble.", AD, "", "cl", "+", k="ok"), label=D_)
d.p(S("If the bank has more capital than it needs, why are we cutting a fifth of the staff instead of waiting for rates to fall?", None, KB, "cc", "-", c="ok"), label=E_)
d.p(S("Because I don't know when rates will fall, and capital isn't the same as profit.", AD, "", "cl", "0"),
    S("We lost money in four of the last six quarters.", AD, "", "ev", "-"), label=D_)
d.p(S("And to be clear, the Tern lending app is still launching.", SR, KB, "ev", "0"),
    S("We expect to have it in customers' hands by March.", SR, "", "pr", "0", k="march"), label=R_)
d.p(S("Half the Tern team is on the list.", None, "", "cc", "-", c="march"),
    S("How does it launch in March?", None, "", "cl", "-", k="how"), label=E_)
d.p(S("It launches with a smaller feature set.", SR, "", "cc", "0", c="how"),
    S("The overdraft feature moves to the second half.", SR, "", "ev", "0"), label=R_)
d.p(S("A lot of us joined because you said Kittiwake would be the bank that never did layoffs.", None, KB, "cc", "-", c="cuts"), label=E_)
d.p(S("I did say that, and I was wrong to.", AD, "", "cl", "0"), label=D_)
d.p(S("Will there be a second round?", None, "", "cx", "0"), label=E_)
d.p(S("I can't promise there won't be, but nothing is planned.", AD, "", "pr", "0"), label=D_)
d.p(S("After the meeting, a Kittiwake spokeswoman said the recording was \"an internal conversation\" and that the bank stood by its plan.", KB, KB, "cl", "0"),
    S("The bank's regulator, the Prudential Conduct Authority, said it was \"in regular contact\" with Kittiwake about the restructuring.", "Prudential Conduct Authority", KB, "ev", "0"))
d.p(S("Mirela Voss, who covers digital banks at Garrow Lisle, said Drury's frankness would reassure depositors more than it would reassure shareholders.", MV, "Garrow Lisle", "cl", "0"),
    S("In her estimate, Kittiwake needs the Tern app to add about 200,000 borrowers a year to break even, which is twice what it managed with its old loan products.", MV, KB, "cl", "-"),
    S("A smaller launch makes that harder.", MV, "", "cl", "-"))
d.p(S("A former Kittiwake product manager, who left in the spring, said the lending team had warned for a year that the launch date was unrealistic.", None, KB, "cc", "-", c="march", k="former"),
    S("Roe told staff that March was \"a commitment, not a hope.\"", SR, "", "cc", "+", c="former"))
d.p(S("Kittiwake's shares are not listed, and its largest investor, the venture firm Tallow Row Partners, did not respond to a request for comment.", None, KB + ";Tallow Row Partners", "cx", "0"))
d.p(S("Kittiwake's third-quarter results are due on 6 November.", None, KB, "ev", "0"))
text = ("What Kittiwake Bank's chief executive told staff about the job cuts\n\nBy Tamsin Greaves\n\n" + d.txt_body())
d.write(text)
