"""Accounts-reading column setting a school group's going-concern note against its chair's statement (plain text)."""
from mk import Doc, s

CS = "Cresswold Schools Group"
TM = "Thaxby Morrell"
LH = "Lionel Huxtable-Penn"
PM = "Priyanka Mallory-Dunne"
FE = "Florian Ekwueme"
GA = "Gwendolyn Ackerby"


def build():
    d = Doc("cresswold-schools-going-concern.txt", "txt", default="Oriana Pettifer")
    d.raw("Reading the accounts: Cresswold Schools and page 61\n\n"
          "By Oriana Pettifer\n\n")
    d.p(s("Cresswold Schools Group published its annual report on Friday, and the most important paragraph in it is on page 61.", "cx", co=[CS]))
    d.h("THE NOTE")
    d.p(s("Its auditors, Thaxby Morrell, say there is a “material uncertainty” over whether the group can keep going, because £110 million of bank loans fall due in August and have not been refinanced.", "ev", "-", sp=TM, co=[CS]),
        s("The audit partner, Corisande Yelland, wrote that the group’s forecasts assume pupil numbers stay flat, which she called “a judgement, not a certainty.”", "cl", "-", sp="Corisande Yelland", co=[CS]),
        s("It is the first such warning in the group’s 40-year history.", "ev", "-", co=[CS]))
    d.h("THE CHAIR'S VERSION")
    d.p(s("Sir Lionel Huxtable-Penn’s chair’s statement, forty pages earlier, strikes a different tone.", "cx", sp=LH),
        s("It calls the group “financially robust” and says talks with lenders are “well advanced.”", "cl", "+", sp=LH, co=[CS]),
        s("It also says applications for places next September are up 4%.", "ev", "+", sp=LH))
    d.p(s("Both statements were approved by the same board on the same day.", "cl"),
        s("Financially robust is not a phrase that usually sits beside a going-concern warning.", "cc", "-", ct="financially robust"))
    d.p(s("Priyanka Mallory-Dunne, the finance director, told me the two are consistent.", "cc", "+", sp=PM, ct="not a phrase that usually sits"),
        s("The warning exists, she said, because auditors cannot count a refinancing that has not been signed, while the chair is describing talks she expects to finish by March.", "cl", "+", sp=PM),
        s("She would not name the banks involved.", "cx"))
    d.h("THE LENDERS")
    d.p(s("Stourmere Bank, which holds about half the loans, said it was “in constructive discussions” with the group.", "ev", sp="Stourmere Bank", co=[CS, "Stourmere Bank"]),
        s("Florian Ekwueme, who covers education borrowers at Oxenbrook Credit Research, is less relaxed.", "cc", "-", sp=FE, co=["Oxenbrook Credit Research"], ct="talks she expects to finish by March"),
        s("He said lenders to private schools have been asking for higher rates and tighter covenants since fees became subject to the new education levy.", "cl", "-", sp=FE),
        s("In his view, a refinancing is likely but will cost the group about £4 million more a year in interest.", "pr", "-", sp=FE, co=[CS]))
    d.h("THE PARENTS")
    d.p(s("Gwendolyn Ackerby, who chairs the Cresswold Parents' Forum, said parents learned of the warning from a local newspaper, not from the schools.", "ev", "-", sp=GA, co=["Cresswold Parents' Forum"]),
        s("She wants the group to guarantee that any pupil in an exam year can finish at the same school.", "rc", sp=GA, co=[CS]),
        s("A spokesman for the group said it would write to parents this week and that no school was at risk of closing.", "cc", "+", sp=CS, co=[CS], ct="learned of the warning from a local newspaper"))
    d.p(s("Not every parent is worried.", "cc", "+", ct="learned of the warning from a local newspaper"),
        s("The waiting list at the group’s largest school, in Abbotsmere, is 300 names long, according to the group.", "ev", "+", sp=CS, co=[CS]))
    d.h("WHAT I THINK")
    d.p(s("The finance director’s explanation is technically right.", "cl"),
        s("But the chair chose “financially robust” knowing what page 61 would say, and parents read chair’s statements, not audit reports.", "cc", "-", ct="explanation is technically right"),
        s("Applications up 4% is also less than it sounds: the group’s own pupil census shows the number actually enrolled fell 2%.", "cc", "-", sp=CS, co=[CS], ct="up 4%"),
        s("I expect the loans to be refinanced, at a price.", "pr"),
        s("Parents weighing a place for September should ask the school what happens to fees if the refinancing slips.", "rc"))
    d.raw("-- \n"
          "Reading the accounts appears every other Monday. Oriana Pettifer holds no shares or bonds in\n"
          "any company mentioned.\n")
    return d
