from mk import Doc, S, D

BP = "Brisemont Partners"
FC = "Farecurve Mobility"
HW = "Hopwell Autonomy"
KTC = "Kestlebury Transport Commission"
GV = "Greyspar Ventures"
DR = "Dunlin Row Asset Management"
OV = "Oriel Vantongeren"
CH = "Cyprian Halsworth"
AK = "Ambrose Kittredge"
WO = "Winifred Osgood-Tamm"
JA = "Joost Ambler-Kray"

FRONT = """---
title: "We war-gamed a robotaxi launch. Everybody lost money, the incumbent most."
author: Lucasta Brennigan
date: 2026-11-06
site: Kerbline Weekly
tags: [ride-hailing, autonomy, strategy]
---"""


def build():
    d = Doc("kestlebury-robotaxi-war-game.md", "Lucasta Brennigan")
    d.p(S("Every autumn Brisemont Partners, a strategy consultancy, runs a war game for its transport clients, and this year's scenario was blunt: a robotaxi operator launches in Kestlebury and undercuts taxi-app fares by a third.", D, [BP], "ev", "ne"),
        S("Three teams of executives and investors played the incumbent, Farecurve Mobility, the entrant, Hopwell Autonomy, and the Kestlebury Transport Commission over four simulated years.", D, [FC, HW, KTC], "cx", "ne"),
        S("I sat in as an observer on condition that players be named only with their permission.", D, [], "cx", "ne"))

    d.h("Round one: the fare cut")
    d.p(S("In round one the Hopwell team cut fares by a third and offered free rides for the first month.", D, [HW], "ev", "ne"),
        S("Its captain, Oriel Vantongeren, who runs mobility investments at Greyspar Ventures, argued that riders in Kestlebury have no loyalty to any app and would switch within weeks.", OV, [GV], "cl", "bu"),
        S("“Nobody downloads a taxi app because they love it,” she said.", OV, [], "cl", "ne"),
        S("“They download it because it was cheapest the night they needed it.”", OV, [], "cl", "ne"))
    d.p(S("The Farecurve team did not match the cut.", D, [FC], "ev", "ne"),
        S("Its captain, Cyprian Halsworth, a portfolio manager at Dunlin Row Asset Management, said Farecurve's drivers, not its riders, were the asset a newcomer could not copy.", CH, [DR, FC], "cc", "bu", ctr="riders in Kestlebury have no loyalty"),
        S("He argued that a robotaxi fleet of 400 cars could not cover a city where Farecurve has 6,000 drivers on a Friday night.", CH, [FC], "cl", "bu"))

    d.h("Round two: the umpire rules")
    d.p(S("The umpire, Ambrose Kittredge, a Brisemont partner who designed the game, ruled that Hopwell had won 18% of weekday trips by the end of year one, mostly from commuters.", AK, [BP, HW], "ev", "bu"),
        S("That ruling drew the loudest protest of the day.", D, [], "cx", "ne"))
    d.p(S("The Farecurve players said the umpire's rider model assumed commuters would switch apps as easily as they switch brands of coffee.", D, [FC], "cc", "bu", ctr="ruled that Hopwell had won 18%"),
        S("Kittredge's answer was that the model came from Farecurve's own figures.", AK, [FC], "cc", "ne", ctr="The Farecurve players said"),
        S("According to the company's listing prospectus, 41% of its riders used a second ride app in the same month.", FC, [FC], "ev", "ne"))

    d.h("Round three: the regulator")
    d.p(S("The Transport Commission team, played by two former city officials and a taxi drivers' representative, capped robotaxi permits at 600 in year three.", D, [KTC], "ev", "ne"),
        S("Its lead player, Winifred Osgood-Tamm, said the cap was the most realistic move in the game, because no city will let an untested fleet take a fifth of its taxi trade in one step.", WO, [], "cl", "be"))
    d.p(S("Hopwell's team called the cap a gift to the incumbent.", D, [FC, HW], "cc", "bu", ctr="said the cap was the most realistic move"),
        S("Vantongeren said that in a real city Hopwell would sue, and would probably win.", OV, [HW], "pr", "bu"))

    d.h("The result")
    d.p(S("After four rounds the umpire scored Farecurve's share of trips at 71%, down from 93%, with Hopwell still losing money on every ride.", AK, [FC, HW], "ev", "be"),
        S("Both teams claimed victory.", D, [], "cx", "ne"))
    d.p(S("Farecurve's actual chief financial officer, Joost Ambler-Kray, who watched the last round from the back of the room, told me the game got the threat backwards.", JA, [FC], "cc", "bu", ctr="the umpire scored Farecurve's share"),
        S("He said robotaxi fleets would win airport and late-night trips, a small part of Farecurve's revenue, long before they won commuters.", JA, [FC], "pr", "bu"))
    d.p(S("Not every player was reassured by the company's calm.", D, [FC], "cc", "be", ctr="told me the game got the threat backwards"),
        S("Halsworth, who played Farecurve all day, said he had sold half his fund's holding in the company the week before.", CH, [FC], "rc", "be"),
        S("“I argued its case for six hours, and I still would not want to own it through a price war,” he said.", CH, [], "cl", "be"))

    d.h("What I took away")
    d.p(S("War games are not forecasts.", D, [], "cl", "ne"),
        S("But the one result every team reproduced was that a fare war costs the incumbent more than the entrant, because the incumbent has more riders to discount.", D, [FC], "cc", "be", ctr="War games are not forecasts."),
        S("Farecurve's investors should ask management what it would do if Hopwell arrived for real, because the game suggests that waiting is the most expensive answer.", D, [FC, HW], "rc", "be"))
    return d.name, d.md(FRONT), d.records()
