from mk import Doc, S, render_md

FNAME = 'scarrowby-marina-berth-newsletter.md'
SM, BW, SD, HY = 'Scarrowby Marina', 'Berthwell Marinas', 'Silthook Dredging', 'Hythewick Yacht Haven'
BHA, GC = 'Scarrowby Berth Holders’ Association', 'Gullhaven Capital'
WO, YT, OP = 'Wendeline Ockleton', 'Ysmay Trevelloe', 'Osian Pettifer'


def build():
    d = Doc(FNAME, 'Corentin Dabbs')
    d.p(S('This has been the marina’s busiest season since the pontoons were rebuilt, with 412 of our 450 berths let on annual contracts and 2,900 visitor nights.',
          co=[SM], t='evidence', st='bullish'),
        S('Thank you to everyone who put up with the crane works in May.', t='context'),
        S('Here is what changes in 2027, and why.', t='context'))
    d.h('Berth fees for 2027')
    d.p(S('Annual berth fees will rise by 8.5% from 1 April.', t='evidence'),
        S('Most of the rise reflects the dredging contract, which Berthwell Marinas renewed in September at a cost 31% higher than the last one.',
          co=[BW], t='evidence'),
        S('Silthook Dredging, the contractor, told us that fuel and crew costs account for almost all of the increase.',
          sp=SD, co=[SD], t='evidence'),
        S('Even after the rise, a 10-metre berth here will cost less than one at Hythewick Yacht Haven across the estuary.',
          co=[HY]))
    d.p(S('The Scarrowby Berth Holders’ Association has written to Berthwell asking it to hold the rise to 5%.',
          sp=BHA, co=[BHA, BW], t='recommendation'),
        S('Its chair, Wendeline Ockleton, argues that the dredging bill should be spread over the five years of the contract rather than loaded onto one year’s fees.',
          sp=WO, t='recommendation'),
        S('“Berth holders are being asked to pay for five years of dredging in one,” she wrote in the association’s letter.',
          sp=WO, co=[BHA], t='counterclaim', ctr='Most of the rise reflects the dredging contract'),
        S('She also says the association’s own survey found that 38 members are considering moving their boats to Hythewick next season.',
          sp=WO, co=[BHA, HY], t='evidence', st='bearish'))
    d.p(S('We take the point about spreading the cost, and we have asked Berthwell whether it can be done.',
          co=[BW]),
        S('But a five-year spread would mean a higher fee in every one of those years, not a smaller bill.',
          t='counterclaim', ctr='We take the point about spreading the cost'),
        S('As for Hythewick, its berths are cheaper only for boats under nine metres, according to the price list it published in October.',
          sp=HY, co=[HY], t='counterclaim', ctr='38 members are considering moving'))
    d.h('The new fuel berth')
    d.p(S('Berthwell has approved £2.2 million for a new fuel and pump-out berth, which should open before Easter.',
          co=[BW], t='evidence', st='bullish'),
        S('Its chief executive, Ysmay Trevelloe, told shareholders last month that Scarrowby is “the template” for the group’s other eleven marinas.',
          sp=YT, co=[BW, SM], st='bullish'))
    d.p(S('Not every shareholder is convinced.', t='counterclaim', st='bearish', ctr='the template'),
        S('Osian Pettifer, an analyst at Gullhaven Capital, wrote last week that the group’s marinas earn most of their money from visitors, and that a wet summer next year would show how thin the annual-berth margin has become.',
          sp=OP, co=[BW, GC], st='bearish'),
        S('He rates Berthwell’s shares a sell.', sp=OP, co=[BW], t='recommendation', st='bearish'))
    d.p(S('We cannot comment on the share price.', t='context'),
        S('Visitor nights here rose 11% this year, and annual berths, not visitors, still bring in two-thirds of the marina’s income.',
          co=[SM], t='counterclaim', st='bullish', ctr='earn most of their money from visitors'),
        S('We expect both to grow once the fuel berth opens.', t='prediction', st='bullish'))
    d.h('Winter works')
    d.p(S('The hard standing will close for resurfacing from 6 to 24 January.', t='evidence'),
        S('If your boat is ashore, please move it to the east yard by 4 January.', t='recommendation'),
        S('Berth holders who renew before 31 January will keep this year’s electricity rate for 2027.', t='evidence'))
    d.p(S('The association has asked for a members’ meeting with Berthwell before the new fees take effect, and we have agreed to host it on 15 February.',
          co=[BHA, BW], t='evidence'),
        S('Questions about the new fees can go to the office by the fuel dock or to the association.', co=[BHA], t='context'))
    front = [('title', '"Berth holders’ newsletter: winter 2026"'),
             ('author', 'Corentin Dabbs'),
             ('role', 'General Manager'),
             ('date', '2026-11-28'),
             ('site', 'Scarrowby Marina'),
             ('audience', 'berth holders')]
    tail = '*Scarrowby Marina is operated by Berthwell Marinas. Tide tables for January are on the noticeboard by the fuel dock.*'
    return d, render_md(d, front, tail)
