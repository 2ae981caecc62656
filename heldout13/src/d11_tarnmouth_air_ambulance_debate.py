"""An official report of a regional assembly debate on awarding a public contract (plain text)."""
from mk import Doc, s

FNAME = "tarnmouth-air-ambulance-debate.txt"
AW = "Aerwyn Medical Aviation"
VH = "Valehawk Helicopters"
PO = "Margit Sølvhaug"
IF = "Idunn Falkenrath"
BT = "Bronwen Tallack"
LS = "Lowri Sillitoe"
TB = "Torquil Brannagh"


def build():
    d = Doc(FNAME, None)
    d.p(s("The Presiding Officer (Margit Sølvhaug) took the chair at 2 pm.", ty="context"))
    d.p(s("Item 4 is the motion in the name of the Cabinet Member for Health that the Assembly approves the award of the air ambulance service contract to Aerwyn Medical Aviation.", PO, co=[AW], ty="context"),
        label="The Presiding Officer:")
    d.p(s("I move the motion.", IF, ty="context"),
        s("Aerwyn scored highest on both quality and price in an evaluation that took eleven months, and its bid is £41 million cheaper over ten years than the incumbent's.", IF, co=[AW], ty="evidence", st="bullish"),
        s("It will also base a second aircraft in the north of the region, which the current contract does not provide.", IF, ty="evidence", st="bullish"),
        label="Idunn Falkenrath (Cabinet Member for Health):")
    d.p(s("Aerwyn scored highest on a quality test in which safety was worth 10 marks out of 100.", BT, co=[AW], ty="counterclaim", st="bearish", ctr="scored highest on both quality and price"),
        s("Two of its helicopters were grounded for six weeks last year after inspectors found maintenance records missing.", BT, ty="evidence", st="bearish"),
        s("Will the Cabinet Member tell the Assembly whether the evaluation panel knew that?", BT, ty="context"),
        label="Bronwen Tallack (Tarnmouth West):")
    d.p(s("The panel knew, and so did the Civil Aviation Safety Directorate, which closed its inquiry in March and took no further action.", IF, co=["Civil Aviation Safety Directorate"], ty="counterclaim", st="bullish", ctr="Two of its helicopters were grounded"),
        s("I accept that 10 marks for safety looks low when it is quoted on its own.", IF),
        s("But every bidder had to pass a separate safety test before its bid was scored at all, and Aerwyn passed it.", IF, co=[AW], ty="counterclaim", st="bullish", ctr="I accept that 10 marks"),
        label="Idunn Falkenrath:")
    d.p(s("I have had a letter from Valehawk Helicopters, which has run this service for fourteen years.", LS, co=[VH], ty="evidence"),
        s("It says Aerwyn's price assumes its crews will fly 20% more hours a year than Valehawk's crews do, and that no operator in the country manages that.", VH, co=[AW, VH], ty="counterclaim", st="bearish", ctr="its bid is £41 million cheaper"),
        s("If Valehawk is right, the savings are not savings at all.", LS, co=[VH], ty="prediction", st="bearish"),
        label="Lowri Sillitoe (Quayhithe):")
    d.p(s("Valehawk would say that.", TB, co=[VH], ty="counterclaim", ctr="It says Aerwyn's price assumes"),
        s("It has lost a contract it has held since 2012, and it wants the Assembly to reopen a competition it lost fairly.", TB, st="bearish"),
        s("Aerwyn runs the same service in two other regions, and both have met their response-time targets every year.", TB, co=[AW], ty="evidence", st="bullish"),
        s("The evaluation report shows that Valehawk's own bid assumed crews flying 16% more hours than they fly now.", TB, co=[VH], ty="counterclaim", ctr="no operator in the country manages that"),
        label="Torquil Brannagh (Skarrow Fells):")
    d.p(s("Then both bids are built on hours that nobody flies, and the Assembly is being asked to choose the cheaper fiction.", BT, ty="counterclaim", st="bearish", ctr="own bid assumed crews flying 16% more hours"),
        s("I urge members to send the award back to the panel.", BT, ty="recommendation"),
        label="Bronwen Tallack:")
    d.p(s("I call the Cabinet Member to reply.", PO, ty="context"), label="The Presiding Officer:")
    d.p(s("The contract lets the Assembly claw back payments if response times slip, whoever runs the service.", IF, ty="evidence"),
        s("Sending it back would mean another year of a service that the paramedics tell us is already stretched.", IF, ty="prediction"),
        label="Idunn Falkenrath:")
    d.p(s("The question is that the motion be agreed to.", PO, ty="context"), label="The Presiding Officer:")
    d.p(s("Division: Ayes 31, Noes 24.", ty="evidence"))
    d.p(s("Motion agreed to.", ty="evidence"))

    text = ("Tarnmouth Regional Assembly: Official Report, Air Ambulance Service Contract\n\n"
            + d.body_txt(width=78)
            + "\n\n(This is the verbatim record of the sitting. The final version may include minor corrections.)\n")
    return d, text
