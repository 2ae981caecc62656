from mk import Doc, S, render_md

FNAME = 'tarnfleece-wool-sale-14-report.md'
TF = 'Tarnfleece Wool Growers’ Co-operative'
WC, KS, UU, LR = 'Weftholme Carpets', 'Kelderwash Scouring', 'Upland Sheep Farmers’ Union', 'Loomgate Research'
RV, AQ, BM, MC = 'Radegund Vashley', 'Alvar Pellingham', 'Bedwyr Maddrell', 'Marit Coldrey'


def build():
    d = Doc(FNAME, 'Iolo Pennifold')
    d.p(S('Sale 14 at the Ashcrook wool centre cleared 81% of the 9,400 bales offered, up from 64% at Sale 13.', t='evidence'),
        S('The co-operative’s average price for fleece wool rose 7% to 212p a kilo, the first rise since June.',
          co=[TF], t='evidence'),
        S('We think the turn is real, and that growers who held wool back over the summer were right to do so.'))
    d.h('Prices by type')
    d.p(S('Average prices at Sale 14, against Sale 13, were as follows.', t='context'))
    d.table(S('Type | Bales offered | Cleared | Average price | Change', t='context'),
            S('Fine fleece | 2,100 | 93% | 268p/kg | +9%', t='evidence'),
            S('Medium fleece | 4,600 | 82% | 214p/kg | +7%', t='evidence'),
            S('Coarse and carpet types | 2,700 | 71% | 151p/kg | +3%', t='evidence'))
    d.h('Who was buying')
    d.p(S('Weftholme Carpets, the largest buyer in the room, took 2,300 bales, mostly carpet types.',
          co=[WC], t='evidence'),
        S('Its head of wool buying, Radegund Vashley, told the room that the company’s order book for wool rugs is the strongest it has been in three years.',
          sp=RV, co=[WC], t='evidence', st='bullish'),
        S('“People are tired of plastic floors, and they will pay for the real thing,” she said.', sp=RV, st='bullish'),
        S('Two overseas merchants also bid, but neither bought more than 300 bales.', t='evidence'))
    d.p(S('Kelderwash Scouring, which washes most of the region’s clip before it goes to the mills, was less cheerful.',
          sp=KS, co=[KS], t='counterclaim', st='bearish', ctr='strongest it has been in three years'),
        S('Its managing director, Alvar Pellingham, said scouring volumes are still 18% below last year because two of its mill customers have moved to blended yarns.',
          sp=AQ, t='evidence', st='bearish'),
        S('“One good sale is a good sale, not a recovery,” he said.',
          sp=AQ, t='counterclaim', ctr='We think the turn is real'))
    d.h('The levy question')
    d.p(S('The co-operative’s board has proposed raising the handling levy from 9p to 11p a kilo from March, to pay for a new grading line at Ashcrook.',
          co=[TF], t='evidence'),
        S('The Upland Sheep Farmers’ Union does not accept that growers should pay for it.',
          sp=UU, t='counterclaim', ctr='raising the handling levy'),
        S('Bedwyr Maddrell, who chairs its wool committee, pointed out that the co-operative made a surplus of £1.4 million last year and could fund the line from reserves.',
          sp=BM, co=[TF], t='evidence'),
        S('“Growers are only now getting a decent price, and the first thing the co-operative wants is a bigger share of it,” he said.',
          sp=BM, co=[TF]),
        S('The levy will be put to members at the meeting on 28 January.', t='evidence'))
    d.p(S('He has a point about timing.'),
        S('But the surplus is already committed to the bale-store roof, and a grading line that sorts fleece into finer lots is what lifted fine-wool prices 9% at this sale.',
          t='counterclaim', st='bullish', ctr='He has a point about timing'))
    d.h('Outlook')
    d.p(S('Marit Coldrey, who follows textile companies at Loomgate Research, expects wool prices to hold their gains into the spring but not to go much further.',
          sp=MC, co=[LR], t='prediction'),
        S('In her view, carpet makers such as Weftholme have stocked up ahead of a price rise they fear more than they expect.',
          sp=MC, co=[WC], t='counterclaim', st='bearish', ctr='People are tired of plastic floors'),
        S('She rates Weftholme’s shares a hold.', sp=MC, co=[WC], t='recommendation'))
    d.p(S('Sale 15 is on 3 December, with about 8,000 bales catalogued.', t='evidence'),
        S('We would advise growers with coarse wool to offer it at Sale 15 rather than wait for the new year.',
          t='recommendation'),
        S('If Weftholme’s buying holds up, we expect carpet types to close most of the gap with medium fleece by the end of the season.',
          co=[WC], t='prediction'))
    front = [('title', '"Sale 14 report: clearance back above 80%"'),
             ('author', 'Iolo Pennifold'),
             ('role', 'Head of Wool Marketing'),
             ('date', '2026-11-19'),
             ('site', 'Tarnfleece Wool Growers’ Co-operative'),
             ('sale', '14'),
             ('audience', 'members')]
    tail = '*Members can download the full lot-by-lot results from the members’ area.*'
    return d, render_md(d, front, tail)
