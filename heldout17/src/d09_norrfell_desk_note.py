"""Commodity desk morning note (aluminium) with terse capitalised sections (plain text)."""
from mk import Doc, s

N = "Norrfell Aluminium"
BQ = "Bartholomew Quarrington"
RS = "Ragnhild Sowerby"
LMPA = "Light Metals Producers' Association"


def build():
    d = Doc("norrfell-metals-desk-morning-note.txt", "txt", default="Kasimir Vaughan-Ilesanmi")
    d.raw("Metals Desk Morning Note: aluminium\n\n"
          "By Kasimir Vaughan-Ilesanmi, Head of Metals Strategy, Strommel Markets\n\n"
          "14 November 2026 | Aluminium | For professional clients only\n\n")
    d.h("OVERNIGHT")
    d.p(s("Three-month aluminium closed at $2,418 a tonne, up 1.2%, its highest since June.", "ev"),
        s("Volumes were thin ahead of Friday’s inventory data.", "ev"))
    d.h("FLOWS")
    d.p(s("Producers sold into the rally; consumers stayed away.", "ev"),
        s("One large can maker bought forward for the second quarter, which it has not done since March.", "ev"),
        s("Premiums for delivery to the northern ports rose $15 to $285 a tonne.", "ev"))
    d.h("THE NORRFELL RESTART")
    d.p(s("Norrfell Aluminium said overnight that it would restart the second potline at its Mossgrind smelter in January, adding 120,000 tonnes a year of supply.", "ev", sp=N, co=[N]),
        s("Chief executive Bartholomew Quarrington said a five-year power contract signed last week made the line “profitable at today’s prices, with room to spare.”", "cl", "+", sp=BQ),
        s("He put the smelter’s cash cost at $1,950 a tonne.", "ev", "+", sp=BQ))
    d.p(s("Norrfell’s shares rose 6% in early trading.", "ev", co=[N]))
    d.p(s("We are less sure.", "cc", "-", ct="profitable at today’s prices"),
        s("The power contract is indexed to gas, and on our numbers the line’s cash cost is nearer $2,150 a tonne at current forward gas prices.", "cc", "-", ct="cash cost at $1,950"),
        s("That still leaves a margin, but a thin one.", "cl", "-"))
    d.p(s("Ragnhild Sowerby, who runs metals research at Vexmoor Commodities, thinks the restart matters more for next year’s market balance than for Norrfell’s margin.", "cl", sp=RS, co=[N, "Vexmoor Commodities"]),
        s("She now expects a small surplus in 2027 instead of a deficit.", "pr", sp=RS),
        s("In her view, the rally has run ahead of that change.", "cl", sp=RS))
    d.p(s("The Light Metals Producers' Association disputes the surplus call.", "cc", sp=LMPA, ct="small surplus in 2027"),
        s("Its figures show smelters outside the Mossgrind region running at 96% of capacity, with no other restarts planned.", "ev", sp=LMPA),
        s("Sowerby said the association counts only its own members, who make about two-thirds of the region’s metal.", "cc", sp=RS, co=[LMPA], ct="running at 96% of capacity"))
    d.h("DESK VIEW")
    d.p(s("We stay long into Friday but would take profit above $2,450.", "rc"),
        s("Norrfell’s shares look cheap if Quarrington’s cost figure is right, and we do not think it is.", "cl", "-", co=[N]),
        s("Sell the shares into the restart news.", "rc", "-", co=[N]))
    d.p(s("A Norrfell spokeswoman said the company’s cost figure assumed the gas hedges it holds for 2027, which our numbers do not include.", "cc", "+", sp=N, co=[N], ct="on our numbers the line’s cash cost"),
        s("Fair, but the hedges expire in December 2027, and the power contract runs for five years.", "cc", "-", ct="assumed the gas hedges"))
    d.h("LEVELS AND CALENDAR")
    d.p(s("Support at $2,380, resistance at $2,450.", "cl"))
    d.p(s("Friday: exchange inventory data, 09:30.", "ev"))
    d.p(s("Tuesday: Norrfell third-quarter results.", "ev", co=[N]))
    d.raw("-- \n"
          "This note is produced by the metals desk of Strommel Markets for professional clients. It is\n"
          "marketing material, not investment research. Reply STOP to be removed from the list.\n")
    return d
