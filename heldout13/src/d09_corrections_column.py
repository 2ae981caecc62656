"""A newspaper's weekly corrections and clarifications column (plain text, title and By line)."""
from mk import Doc, s

FNAME = "corrections-and-clarifications.txt"
RB = "Rookbean Coffee Roasters"
CA = "Certhaven Assurance"
SW = "Spokeworth"
GR = "Greywing Racing"
CF = "Clutchford Farms"
OV = "Orla Venning"


def build():
    d = Doc(FNAME, "Hortensia Mabbott")
    d.p(s("This column corrects the paper’s mistakes and, where a complaint is only partly right, explains why.", ty="context"),
        s("There are three items this week.", ty="context"))
    d.h("ROOKBEAN COFFEE ROASTERS, 3 NOVEMBER")
    d.p(s("Our report on 3 November said that supplier audits commissioned by Rookbean Coffee Roasters had been “faked”, and that farmers supplying the company were paid 22% below the regional average last season.", co=[RB], st="bearish"),
        s("Rookbean complained about both statements.", RB, co=[RB], ty="context"))
    d.p(s("On the first, it was right.", ty="counterclaim", st="bullish", ctr="had been “faked”"),
        s("The audits, carried out by Certhaven Assurance, contained errors in how farm-gate prices were converted into local currency, but there is no evidence that anyone at Rookbean or Certhaven falsified them.", co=[CA, RB], ty="evidence", st="bullish"),
        s("Certhaven says it has corrected the conversion method and will reissue the audits by January.", CA, co=[CA], ty="evidence"),
        s("We apologise to both companies.", co=[CA, RB], ty="context"))
    d.p(s("On the second, we stand by the figure, which comes from price records kept by the Usambire Growers’ Cooperative and which Rookbean has not disputed in detail.", co=[RB, "Usambire Growers’ Cooperative"], ty="counterclaim", st="bearish", ctr="Rookbean complained about both statements."),
        s("A Rookbean spokesman said the company’s own purchase records show it paid above the regional average on two-thirds of its volume.", RB, co=[RB], ty="counterclaim", st="bullish", ctr="we stand by the figure"),
        s("It has not shared those records with us.", ty="counterclaim", st="bearish", ctr="paid above the regional average on two-thirds"))
    d.p(s("The Fair Cup Campaign, which first raised the pricing issue with us, says this correction goes too far.", "Fair Cup Campaign", ty="counterclaim", st="bearish", ctr="On the first, it was right."),
        s("Its coordinator, Wanjiru Castellow, said conversion errors that always favoured the buyer were not an accident.", "Wanjiru Castellow", st="bearish"),
        s("We have seen no evidence that they always did.", ty="counterclaim", st="bullish", ctr="always favoured the buyer"))
    d.h("SPOKEWORTH, 11 NOVEMBER")
    d.p(s("A business briefing on 11 November said that Spokeworth, the cycling-clothing brand, had lost its kit contract with the Greywing Racing team.", co=[GR, SW], ty="evidence", st="bearish"),
        s("Spokeworth says the contract was not lost: it chose not to renew it because the team wanted a lower fee.", SW, co=[SW], ty="counterclaim", st="bullish", ctr="had lost its kit contract"),
        s("Greywing’s team principal, Dorotea Vinnicombe, told us the team ended the deal after riders complained about the fit of the new jerseys.", "Dorotea Vinnicombe", co=[GR], ty="counterclaim", st="bearish", ctr="it chose not to renew it"))
    d.p(s("We cannot say which account is right, and we should not have presented either as fact.", ty="counterclaim", ctr="had lost its kit contract with"),
        s("The contract was worth about £1.2 million a year, according to Spokeworth’s annual report.", SW, co=[SW], ty="evidence"),
        s("Spokeworth has since signed a two-year kit deal with a smaller team, Calderine Cycling.", co=["Calderine Cycling", SW], ty="evidence", st="bullish"))
    d.h("CLUTCHFORD FARMS, 18 NOVEMBER")
    d.p(s("Our markets report on 18 November said that Clutchford Farms, the egg producer, had reported a 40% fall in half-year profit.", co=[CF], ty="evidence", st="bearish"),
        s("The fall was 4%.", ty="counterclaim", st="bullish", ctr="40% fall in half-year profit"),
        s("The error was made in editing.", ty="evidence"))
    d.p(s("Clutchford’s finance director, Ruaraidh Tolliver, said the mistake had cost the company “a difficult morning with our bankers.”", "Ruaraidh Tolliver", co=[CF], ty="evidence"))
    d.p(s("Orla Venning, who covers food producers at Wrayburn Stockbrokers, said the smaller fall still left Clutchford behind its rivals, because feed costs had come down sharply.", OV, co=[CF, "Wrayburn Stockbrokers"], ty="counterclaim", st="bearish", ctr="The fall was 4%."),
        s("“A 4% fall in a year when your biggest cost came down by a fifth is not a good result,” she said.", OV, st="bearish"))

    text = ("Corrections and clarifications\n\nBy Hortensia Mabbott, Readers’ Editor\n\n"
            + d.body_txt(width=72)
            + "\n\n--\nTo report an error, write to the Readers’ Editor, Wrenfield Harbinger, 18 Coldyard Lane, "
              "or email corrections@wrenfieldharbinger.example.\nThe Harbinger is a member of the Press Standards Council.\n")
    return d, text
