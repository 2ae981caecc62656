"""A takeover contest told through the parties' stock-exchange announcements (plain text, compiled)."""
from mk import Doc, s

FNAME = "sandmartin-offer-announcements.txt"
SM = "Sandmartin Holiday Parks"
LL = "Lowtide Leisure Group"
CIT = "Cormorant Income Trust"
CD = "Cormac Drewitt"
AS = "Araminta Scrope"


def build():
    d = Doc(FNAME, "Agathe Morland")
    d.p(s("These are the five announcements made to the stock exchange during the contest, in the order they were released, with contact details and advisers' disclaimers removed.", ty="context"))
    d.h("1. SANDMARTIN HOLIDAY PARKS PLC: STATEMENT REGARDING POSSIBLE OFFER (2 NOVEMBER, 07:00)")
    d.p(s("The Board of Sandmartin Holiday Parks plc notes the recent press speculation and confirms that it has received and rejected three unsolicited proposals from Lowtide Leisure Group, the most recent at 212 pence per share in cash.", SM, co=[LL, SM], ty="evidence"))
    d.p(s("The Board believes that each proposal significantly undervalued Sandmartin and its prospects, including the 14 new parks it expects to open by 2029.", SM, co=[SM], st="bullish"))
    d.p(s("Tressider Hume is acting as financial adviser to Sandmartin.", SM, co=[SM, "Tressider Hume"], ty="evidence"),
        s("There can be no certainty that any offer will be made.", SM, ty="context"))
    d.h("2. LOWTIDE LEISURE GROUP: STATEMENT REGARDING SANDMARTIN HOLIDAY PARKS PLC (2 NOVEMBER, 12:30)")
    d.p(s("Lowtide Leisure Group confirms that it made a proposal to the Board of Sandmartin at 212 pence per share, a premium of 38% to the undisturbed share price.", LL, co=[LL, SM], ty="evidence"))
    d.p(s("Lowtide believes its proposal is full and fair, and notes that Sandmartin's share price has fallen by 30% since it first promised new parks in 2023.", LL, co=[LL, SM], ty="counterclaim", st="bearish", ctr="significantly undervalued Sandmartin"),
        s("Lowtide operates 38 holiday parks and would keep the Sandmartin name.", LL, co=[LL, SM], ty="evidence"),
        s("It expects the combined group to save about £12 million a year in overheads within two years of completion.", LL, ty="prediction"))
    d.p(s("\"Sandmartin's shareholders have waited three years for parks that have not opened,\" said Cormac Drewitt, chief executive of Lowtide.", CD, co=[LL, SM], st="bearish"),
        s("\"We believe they should be given the chance to decide for themselves.\"", CD, ty="recommendation"))
    d.p(s("Under Rule 2.6 of the Takeover Rules, Lowtide must announce a firm intention to make an offer, or say that it does not intend to, by 5 pm on 30 November.", LL, co=[LL], ty="evidence"))
    d.h("3. SANDMARTIN HOLIDAY PARKS PLC: RESPONSE TO LOWTIDE STATEMENT (5 NOVEMBER, 07:00)")
    d.p(s("The Board notes Lowtide's statement and rejects its description of Sandmartin's record.", SM, co=[LL, SM], ty="counterclaim", st="bullish", ctr="have waited three years for parks"))
    d.p(s("Four of the 14 parks have planning consent, two are under construction, and the first will open at Easter 2027.", SM, ty="evidence", st="bullish"),
        s("Sandmartin's share price fell with the rest of the leisure sector when interest rates rose in 2023, and not because of any delay to its plans.", SM, co=[SM], ty="counterclaim", st="bullish", ctr="share price has fallen by 30%"),
        s("Occupancy across the group's parks this summer was 91%, the highest since 2019.", SM, co=[SM], ty="evidence", st="bullish"))
    d.p(s("\"Our plan is working, and the Board will not let shareholders be bought out at the bottom of the cycle,\" said Araminta Scrope, Chair of Sandmartin.", AS, co=[SM], st="bullish"))
    d.p(s("The Board unanimously recommends that shareholders take no action.", SM, ty="recommendation"))
    d.h("4. CORMORANT INCOME TRUST PLC: STATEMENT ON SANDMARTIN HOLIDAY PARKS PLC (12 NOVEMBER, 16:10)")
    d.p(s("Cormorant Income Trust, which holds 9.8% of Sandmartin's shares, has told the Board of Sandmartin that it would support an offer at 212 pence.", CIT, co=[CIT, SM], ty="recommendation"),
        s("The trust does not believe that the new parks will earn enough to justify what they will cost.", CIT, ty="counterclaim", st="bearish", ctr="Our plan is working"))
    d.p(s("It has not sold any Sandmartin shares since the approach was made public.", CIT, co=[SM], ty="evidence"),
        s("It urges the Board of Sandmartin to engage with Lowtide.", CIT, co=[LL, SM], ty="recommendation"))
    d.h("5. SANDMARTIN HOLIDAY PARKS PLC: UPDATE ON DISCUSSIONS (24 NOVEMBER, 07:00)")
    d.p(s("Following discussions with shareholders, the Board has agreed to give Lowtide access to due diligence.", SM, co=[LL], ty="evidence"))
    d.p(s("The Board continues to believe that 212 pence undervalues Sandmartin, but has concluded that shareholders should be able to consider a firm offer if one is made.", SM, co=[SM], ty="counterclaim", ctr="will not let shareholders be bought out"))
    d.p(s("There can be no certainty that a firm offer will be made, nor as to its terms.", SM, ty="context"),
        s("A further announcement will be made when appropriate.", SM, ty="context"))
    d.h("COMPILER'S NOTE")
    d.p(s("Lowtide's deadline was later extended to 14 December, and no firm offer had been announced when this collection was compiled.", co=[LL], ty="evidence"))

    text = ("Sandmartin Holiday Parks and Lowtide Leisure: the announcements in full\n\n"
            "Compiled by Agathe Morland\n\n"
            + d.body_txt(width=74) + "\n")
    return d, text
