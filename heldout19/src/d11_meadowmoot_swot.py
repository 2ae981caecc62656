from mk import Doc, S, render_txt

FNAME = 'meadowmoot-festivals-swot.txt'
MF, ST, DU, FG, TS = ('Meadowmoot Festivals', 'Stubhollow Tickets', 'Drizzlemark Underwriting', 'Ricklemead Group',
                      'Tealcombe Securities')
RG, CW = 'Rosaleen Gildersleeve', 'Cosmo Wildgoose'


def build():
    d = Doc(FNAME, 'Leofric Tapsell')
    d.p(S('Meadowmoot Festivals sold 212,000 tickets across its four festivals this summer, 9% more than in 2025, according to its trading update on 12 November.',
          sp=MF, co=[MF], t='evidence', st='bullish'),
        S('The shares have nonetheless fallen 22% since June, and this note sets out why we think the market has the balance of risks roughly right.',
          co=[MF]))
    d.h('STRENGTHS')
    d.li(S('Loyal customers: 61% of this year’s tickets were bought by people who had been to a Meadowmoot festival before, the company says.',
           sp=MF, co=[MF], t='evidence', st='bullish'), marker='1. ')
    d.li(S('Early cash: most tickets are paid for between October and March, so the company holds customers’ money for months before it pays artists and contractors.',
           co=[MF], st='bullish'), marker='2. ')
    d.li(S('Its own sites: two of the four festivals run on land the company owns outright.',
           co=[MF], t='evidence', st='bullish'), marker='3. ')
    d.li(S('Spending on site: food and drink sales per head rose 11% this summer, according to the trading update.',
           sp=MF, co=[MF], t='evidence', st='bullish'), marker='4. ')
    d.h('WEAKNESSES')
    d.li(S('Weather: the 2024 festival at Thornyholme was cancelled on its second day after flooding, and the insurance paid out only £1.9 million of a £4.6 million loss.',
           t='evidence', st='bearish'), marker='1. ')
    d.li(S('Concentration: the largest festival, Gloamfield, brings in almost half of group revenue.',
           co=[MF], t='evidence', st='bearish'), marker='2. ')
    d.li(S('Headliner costs: artist fees rose 18% this year, faster than ticket prices, according to the promoters’ trade body, the Festival Promoters’ Council.',
           sp='Festival Promoters’ Council', t='evidence'), marker='3. ')
    d.h('OPPORTUNITIES')
    d.li(S('Year-round use: the company wants to host weddings, corporate events and a winter light trail on its two owned sites.',
           sp=MF, co=[MF], t='evidence'), marker='1. ')
    d.li(S('Light trail: its chief executive, Rosaleen Gildersleeve, told investors in November that the light trail alone could add £3 million of revenue in its first winter.',
           sp=RG, t='prediction', st='bullish'), marker='2. ')
    d.li(S('Ticket resale: Meadowmoot takes a 10% fee on tickets resold through its official exchange, which Stubhollow Tickets runs for it.',
           co=[MF, ST], t='evidence'), marker='3. ')
    d.h('THREATS')
    d.li(S('Rivals: Ricklemead Group has bought two festivals in the past year and is bidding for artists Meadowmoot has booked for a decade.',
           co=[FG, MF], t='evidence', st='bearish'), marker='1. ')
    d.li(S('Insurance: Drizzlemark Underwriting, which wrote the company’s weather cover, has told customers that outdoor-event premiums will rise by at least a quarter in 2027.',
           sp=DU, co=[DU, MF], t='prediction'), marker='2. ')
    d.li(S('Licensing: the district council has asked for a review of the Gloamfield licence after noise complaints, with a hearing due in February.',
           co=[MF], t='evidence', st='bearish'), marker='3. ')
    d.h('WHAT THE COMPANY SAYS')
    d.p(S('Meadowmoot disputes two of these points.', sp=MF, co=[MF], t='context'),
        S('Gildersleeve told us the Thornyholme loss was a one-off, because the company has since moved that festival to a site with drained ground and bought cover that pays out on rainfall rather than on cancellation.',
          sp=RG, co=[MF], t='counterclaim', st='bullish', ctr='the 2024 festival at Thornyholme was cancelled'),
        S('On rivals, she said artists return to Meadowmoot because it pays them within ten days of a show, and that Ricklemead has “bought festivals, not audiences”.',
          sp=RG, co=[FG, MF], t='counterclaim', st='bullish', ctr='Ricklemead Group has bought two festivals'))
    d.p(S('A Ricklemead spokesman said the group’s festivals sold out this year and that it “does not comment on competitors’ artist relationships”.',
          sp=FG, co=[FG], t='counterclaim', st='bullish', ctr='bought festivals, not audiences'))
    d.h('OUR VIEW')
    d.p(S('We accept the point on drainage: the festival went ahead without interruption this year despite heavy rain on the Saturday.',
          st='bullish'),
        S('But rainfall cover is cheaper precisely because it pays out less, and the company’s own annual report says it would not cover a cancellation ordered by the police.',
          sp=MF, co=[MF], t='counterclaim', st='bearish', ctr='We accept the point on drainage'))
    d.p(S('Cosmo Wildgoose, who follows leisure stocks at Tealcombe Securities, is more optimistic than we are.',
          sp=CW, co=[TS], t='counterclaim', st='bullish', ctr='the market has the balance of risks roughly right'),
        S('He expects year-round events to make up a fifth of profit by 2029.', sp=CW, t='prediction', st='bullish'),
        S('He rates the shares a buy, with a target of 410p.', sp=CW, co=[MF], t='recommendation', st='bullish'))
    d.p(S('We would wait for the February licensing hearing before buying.', t='recommendation'),
        S('If the Gloamfield licence survives without new limits on hours, the shares look cheap at 268p.',
          co=[MF], t='prediction', st='bullish'),
        S('If it does not, the weather will be the least of the company’s problems.',
          co=[MF], t='prediction', st='bearish'))
    head = ['Meadowmoot Festivals: a SWOT after the summer', '',
            'By Leofric Tapsell, Orrisvale Research', '',
            'Independent research | 2 December 2026 | Not investment advice', '']
    tail = ('-- \nOrrisvale Research is paid by subscribers, not by the companies it covers. '
            'Meadowmoot Festivals was shown the factual parts of this note before publication.')
    return d, render_txt(d, head, tail)
