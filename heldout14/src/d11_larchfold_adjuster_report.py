from mk import Doc, S, D

OF = "Larchfold Flooring"
MM = "Marram Mutual Insurance"
FS = "Firthmoor Sprinklers"
WB = "Wakelin Broking"
HO = "Henrike Larchfold"
DH = "Dermot Halfpenny"

HEAD = """Preliminary report: fire at the Larchfold Flooring distribution centre

Prepared by Barnaby Cheswright, Senior Adjuster, Quennock Loss Adjusters
For: Marram Mutual Insurance | Insured: Larchfold Flooring | Our ref: QLA/26/4471 | 2 September 2026
"""

TAIL = """--
Quennock Loss Adjusters | This report is prepared for insurers and is confidential. It
is not an admission of liability and is issued without prejudice to policy terms.
"""


def build():
    d = Doc("larchfold-fire-adjuster-report.txt", "Barnaby Cheswright")
    d.h("Circumstances")
    d.p(S("At about 02:40 on 19 August a fire started in the racking area of the insured's distribution centre on the Quarnby Lane Industrial Estate and destroyed roughly two-thirds of the building and its stock.", D, [OF], "ev", "be"),
        S("The fire service took four hours to bring it under control.", D, [], "ev", "ne"))
    d.p(S("The insured puts its loss at £14.2 million: £9.8 million of stock, £3.1 million of building damage and £1.3 million of lost gross profit to date.", OF, [OF], "ev", "be"),
        S("The insured has been a policyholder of Marram Mutual since 2011 and has made two small claims.", D, [MM, OF], "ev", "ne"))

    d.h("Cause")
    d.p(S("The fire service's investigator attributes the fire to an electrical fault in a forklift charging bay.", D, [], "ev", "ne"),
        S("The sprinkler system did not operate.", D, [], "ev", "ne"),
        S("Firthmoor Sprinklers, which maintained it, found after the fire that the main control valve was closed.", FS, [FS], "ev", "ne"))

    d.h("Policy position")
    d.p(S("The policy carries a warranty that sprinkler systems are maintained and kept in full working order at all times.", D, [], "ev", "ne"),
        S("On the facts so far, a closed control valve would appear to breach that warranty, and insurers may be entitled to decline the building and stock sections of the claim.", D, [], "cl", "be"))

    d.h("The insured's representations")
    d.p(S("The insured's managing director, Henrike Larchfold, told me the valve was closed by Firthmoor's own engineer during a service visit on 6 August and never reopened.", HO, [FS, OF], "cc", "be", ctr="would appear to breach that warranty"),
        S("She said a warranty cannot be breached by a contractor's error that the insured had no means of knowing about.", HO, [OF], "cl", "bu"),
        S("She added that Larchfold had used Firthmoor for nine years without a missed service.", HO, [FS, OF], "ev", "ne"))
    d.p(S("The service sheet for 6 August records the visit but not the position of the valve.", D, [], "ev", "ne"))

    d.h("Firthmoor's position")
    d.p(S("Firthmoor does not accept that its engineer closed the valve.", FS, [FS], "cc", "bu", ctr="told me the valve was closed by Firthmoor's own engineer"),
        S("Its operations manager, Dermot Halfpenny, said the engineer's tablet log shows the valve “open and secured” when he left the site.", DH, [], "ev", "bu"),
        S("He suggested the valve may have been closed by the insured's own staff to stop a leak reported on 11 August.", DH, [OF], "cl", "be"))
    d.p(S("The insured accepts that a leak was reported that day but says it was fixed by a plumber without touching the valve.", OF, [OF], "cc", "bu", ctr="He suggested the valve may have been closed"))

    d.h("Broker's representations")
    d.p(S("The insured's broker, Wakelin Broking, has written to insurers arguing that the warranty requires maintenance, which was done, rather than a guarantee that the system works.", WB, [OF, WB], "cc", "bu", ctr="would appear to breach that warranty"),
        S("It also points out that the business interruption section carries no sprinkler warranty at all.", WB, [], "ev", "bu"))

    d.h("Observations")
    d.p(S("The broker is right that the business interruption section stands apart.", D, [WB], "cl", "ne"),
        S("I recommend that insurers make an interim payment of £500,000 on that section now.", D, [], "rc", "ne"))
    d.p(S("On the warranty, I do not think a maintenance reading will survive the wording, which says “kept in full working order at all times”.", D, [], "cc", "be", ctr="arguing that the warranty requires maintenance"),
        S("But if Firthmoor's engineer did close the valve, insurers' remedy may lie against Firthmoor rather than against their own policyholder.", D, [FS], "cc", "be", ctr="On the warranty, I do not think"),
        S("Who closed it cannot be settled on the documents, and I have asked Firthmoor for the tablet's raw data and the insured for its plumber's invoice.", D, [FS, OF], "ev", "ne"))

    d.h("Reserve")
    d.p(S("I recommend a reserve of £6.5 million, reflecting the business interruption exposure in full and a 50% view on the building and stock sections until the valve question is settled.", D, [], "rc", "ne"),
        S("I will issue a further report within six weeks.", D, [], "ev", "ne"))
    return d.name, d.txt(HEAD, TAIL), d.records()
