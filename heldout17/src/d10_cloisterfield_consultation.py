"""A student-housing operator's published response to a city council licensing consultation (plain text)."""
from mk import Doc, s

SCC = "Sturholt City Council"
CL = "Cloisterfield Living"
SU = "Sturholt Students' Union"
BH = "Brickgate Halls"


def build():
    d = Doc("cloisterfield-licensing-consultation-response.txt", "txt", default="Anastasia Kirkbride")
    d.raw("Response to the Sturholt City Council consultation on licensing purpose-built student homes\n\n"
          "Submitted by Anastasia Kirkbride, Director of Policy, Cloisterfield Living\n\n"
          "Consultation reference SCC/PBSH/2026 | Submitted 3 November 2026 | Published with the respondent's consent\n\n")
    d.h("INTRODUCTION")
    d.p(s("Cloisterfield Living operates 4,200 beds in 11 buildings in Sturholt and welcomes the chance to respond.", "ev", sp=CL, co=[CL]),
        s("We support licensing in principle, but three of the Council’s proposals would raise rents without improving homes.", "cl", co=[SCC]))
    d.h("PROPOSAL 1: A LICENCE FEE OF £45 PER BED")
    d.p(s("The Council proposes an annual fee of £45 per bed to pay for 12 new inspectors.", "ev", sp=SCC, co=[SCC]))
    d.p(s("On our figures, the fee would cost us £189,000 a year, which we would have to pass on to residents.", "cc", ct="annual fee of £45 per bed"),
        s("Purpose-built halls already pass fire and safety checks each year under their university agreements.", "ev"),
        s("A fee for inspections that repeat those checks is a tax on students.", "cl"))
    d.p(s("The Sturholt Students' Union sees it the other way.", "cc", sp=SU, ct="a tax on students"),
        s("Its survey found damp or mould in 41% of rooms in purpose-built halls, against 38% in shared houses.", "ev", sp=SU),
        s("The union’s president, Kwesi Armitage-Boyd, said operators had “raised rents by a fifth in three years while the mould grew.”", "cl", "-", sp="Kwesi Armitage-Boyd", co=[SU]))
    d.p(s("Those figures cover all operators, and the Union has not said how many of the rooms were ours.", "cc", co=[SU], ct="damp or mould in 41%"),
        s("Our own repair logs show damp reported in 6% of our rooms last year.", "ev", "+"))
    d.h("PROPOSAL 2: A CAP ON ANNUAL RENT RISES")
    d.p(s("The Council proposes to make any licence conditional on rent rises no higher than inflation plus 1%.", "ev", sp=SCC, co=[SCC]))
    d.p(s("We oppose this condition.", "cc", ct="rent rises no higher than inflation"),
        s("Building costs in Sturholt have risen 34% since 2021, and a cap would stop the 1,100 beds we plan to build at Fulling Quay.", "pr", "-"),
        s("Our rents rose 6% this year, below the city’s average for new lets.", "ev"))
    d.p(s("Brickgate Halls, a smaller operator, has told the Council it can build profitably under the cap.", "cc", "+", sp=BH, co=[BH, SCC], ct="a cap would stop the 1,100 beds"),
        s("Brickgate’s buildings are converted offices bought before 2020, so its costs are no guide to new building.", "cc", co=[BH], ct="can build profitably under the cap"))
    d.h("PROPOSAL 3: PUBLICATION OF INSPECTION RESULTS")
    d.p(s("The Council proposes to publish every inspection report online within 28 days.", "ev", sp=SCC, co=[SCC]))
    d.p(s("We agree, and would go further: reports should include the date each fault was fixed.", "rc"),
        s("Cloisterfield Living already publishes its repair times on its website.", "ev", "+", sp=CL, co=[CL]))
    d.h("OTHER MATTERS")
    d.p(s("The University of Sturholt has said it will not renew nomination agreements with operators that refuse a licence.", "ev", sp="University of Sturholt", co=["University of Sturholt"]),
        s("We will apply for licences for all our buildings whatever the outcome of this consultation.", "ev"))
    d.p(s("Councillor Talbot Ferrier, who chairs the housing committee, has said operators “will pay for their own policing.”", "cl", sp="Talbot Ferrier"),
        s("We would ask him to meet operators before the committee votes.", "rc"),
        s("The committee is due to vote on 21 January.", "ev"),
        s("We would be glad to give evidence to it.", "ev"))
    return d
