from mk import Doc, S, D

DC = "Dunnerholt District Council"
ST = "Saltgrange Tidal"
FA = "Dunnerholt Inshore Fishermen's Association"
WU = "Wrenmoor University"
JT = "Jolyon Treharne"
IH = "Ingrid Halvorsen"
RM = "Rhodri Maddern"
MT = "Morwen Tregellas"
NQ = "Nesta Quarmby"

HEAD = """Citizens' jury on the Dunnerholt tidal barrage: report of the jury

Written by Lisbet Sandqvist, lead facilitator, Fairvoice Deliberation
"""

TAIL = """--
Fairvoice Deliberation | Full witness transcripts and the jurors' minority statement are
available from the council's consultation office on request.
"""


def build():
    d = Doc("dunnerholt-citizens-jury-report.txt", "Lisbet Sandqvist")
    d.h("The question")
    d.p(S("Twenty-four residents of the Dunnerholt district, chosen by lot to reflect its population, met over four weekends in September and October to answer one question: should Dunnerholt District Council support Saltgrange Tidal's proposal for a barrage across the estuary?", D, [DC, ST], "cx", "ne"))
    d.p(S("The council paid for the process, and the oversight panel that chose the witnesses included a nominee of Saltgrange and a nominee of the inshore fishermen.", D, [DC, ST], "ev", "ne"),
        S("The jury heard from eleven witnesses, questioned them, and deliberated in private.", D, [], "cx", "ne"))

    d.h("The developer's case")
    d.p(S("Saltgrange's chief executive, Jolyon Treharne, told the jury the barrage would generate 1.1 terawatt-hours a year, enough for 300,000 homes, from 2033.", JT, [ST], "pr", "bu"),
        S("He said the project would create 1,800 construction jobs and 140 permanent ones, and that the company would pay the council £4 million a year in community benefit.", JT, [DC, ST], "ev", "ne"),
        S("He argued that tidal power is the only renewable source whose output can be predicted decades ahead, which makes it worth a premium price.", JT, [], "cl", "bu"))
    d.p(S("The company has spent £23 million on surveys since 2021.", D, [ST], "ev", "ne"))

    d.h("What other witnesses said")
    d.p(S("Dr. Ingrid Halvorsen, an energy economist at Wrenmoor University, did not accept the developer's output figure.", IH, [ST, WU], "cc", "be", ctr="would generate 1.1 terawatt-hours"),
        S("She said it assumed the turbines would run at a higher share of capacity than any tidal scheme has achieved, and that a realistic figure was nearer 0.8 terawatt-hours.", IH, [], "cl", "be"),
        S("In her view, the premium price Saltgrange wants would cost the average household in the district about £19 a year for 35 years.", IH, [ST], "pr", "be"))
    d.p(S("Saltgrange's engineering director, Rhodri Maddern, replied the following weekend that the capacity assumption came from tank tests of the actual turbine design, not from older schemes.", RM, [ST], "cc", "bu", ctr="She said it assumed the turbines"))
    d.p(S("The Dunnerholt Inshore Fishermen's Association told the jury that the barrage would close the estuary to its 38 boats for most of each tide.", FA, [FA], "pr", "be"),
        S("Its secretary, Morwen Tregellas, said no compensation had been offered.", MT, [], "ev", "be"))
    d.p(S("Saltgrange disputes that.", ST, [ST], "cc", "bu", ctr="said no compensation had been offered"),
        S("The company told the jury it had offered the association a navigation lock with free passage at all states of the tide.", ST, [FA, ST], "cl", "bu"),
        S("The association says the lock would add 40 minutes to every trip.", FA, [FA], "cc", "be", ctr="offered the association a navigation lock"))
    d.p(S("The Estuary Birds Trust's evidence was that the barrage would flood about a third of the mudflats where 20,000 wading birds feed each winter.", "Estuary Birds Trust", [], "pr", "be"),
        S("Saltgrange's ecologist, Nesta Quarmby, accepted the figure but said the company would create new feeding grounds upstream.", NQ, [ST], "cc", "bu", ctr="would flood about a third of the mudflats"))

    d.h("Deliberation")
    d.p(S("Jurors spent most of the final weekend on cost.", D, [], "cx", "ne"),
        S("Several said the community benefit payment sounded generous until they set it against what the premium price would cost local households.", D, [], "cc", "be", ctr="£4 million a year in community benefit"),
        S("One juror, a retired harbour pilot, said the fishermen's objection was about one generation of boats and the barrage was about the next five.", D, [], "cc", "bu", ctr="would close the estuary to its 38 boats"))

    d.h("The jury's answer")
    d.p(S("The jury voted 15 to 9 that the council should support the barrage in principle.", D, [DC], "ev", "ne"),
        S("It attached three conditions: an independent review of the output estimate, a binding compensation scheme for the fishermen agreed before construction, and a cap on the premium price.", D, [], "rc", "ne"))
    d.p(S("The nine who voted against said in a minority statement that no condition could make the loss of the mudflats acceptable.", D, [], "cc", "be", ctr="The jury voted 15 to 9"))
    d.p(S("Saltgrange said it welcomed the result and would respond to the conditions before the council votes in February.", ST, [DC, ST], "ev", "ne"),
        S("The jury's view is advisory, and the council has said it will “give it great weight”.", DC, [DC], "ev", "ne"))
    return d.name, d.txt(HEAD, TAIL), d.records()
