from mk import Doc, S, render_md

FNAME = 'churnhallow-valuation-walkthrough.md'
CD, QS = 'Churnhallow Dairy Ices', 'Quarrender Securities'
BS, SL, RM = 'Bettany Sallowes', 'Saffi Lenthall', 'Ruaridh Macaskie'


def build():
    d = Doc(FNAME, 'Ewart Blennerhall')
    d.p(S('Churnhallow Dairy Ices trades at 318p, and the question I want to answer is simple: what do you have to believe to pay that?',
          co=[CD], t='context'),
        S('My answer, worked through below, is a value of about 365p, which makes the shares cheap but not a bargain.',
          co=[CD], st='bullish'))
    d.h('Revenue')
    d.p(S('Revenue was £184 million in the year to September, up 12%, according to the annual results published on 6 November.',
          sp=CD, co=[CD], t='evidence', st='bullish'),
        S('I assume 8% a year for five years, slower than last year because the price rises that did most of the work in 2026 will not be repeated.',
          t='prediction'),
        S('Management guides to “high single digits”, so I am not far from the company.',
          sp=CD, co=[CD], t='prediction'))
    d.h('Margins')
    d.p(S('The operating margin was 9.1%, and the finance director, Bettany Sallowes, told analysts on the results call that it can reach 12% by 2029 as the new plant at Wickhollow takes over from two older sites.',
          sp=BS, t='prediction', st='bullish'),
        S('I use 11%, because a plant that makes tubs for supermarkets will earn less than the parlours do.',
          t='counterclaim', ctr='it can reach 12% by 2029'))
    d.h('Capital spending')
    d.p(S('The Wickhollow plant has cost £46 million so far, against a budget of £38 million.',
          t='evidence', st='bearish'),
        S('Churnhallow says the overrun was a one-off caused by a refrigeration supplier’s collapse, and that capital spending will fall to about £9 million a year from 2027.',
          sp=CD, co=[CD], st='bullish'),
        S('I have put in £12 million, since food companies that have just built a plant rarely stop spending on it.',
          t='counterclaim', st='bearish', ctr='capital spending will fall to about £9 million'))
    d.h('Discount rate')
    d.p(S('I use 9%, which is higher than most brokers use but reflects a business that lost money in the wet summer of 2024.'))
    d.h('What it comes to')
    d.p(S('Put together, the three cases give the following values.', t='context'))
    d.table(S('Case | Revenue growth | Margin by 2029 | Value per share', t='context'),
            S('Low | 5% | 9% | 260p', t='prediction'),
            S('Central | 8% | 11% | 365p', t='prediction'),
            S('High | 10% | 12% | 450p', t='prediction'))
    d.p(S('Quarrender Securities, the company’s broker, has a target of 420p, which is close to my high case.',
          sp=QS, co=[CD], t='recommendation', st='bullish'),
        S('Its analyst, Saffi Lenthall, thinks the parlours could be sold for more than the whole company is worth today.',
          sp=SL, co=[CD], st='bullish'),
        S('I would want to see a buyer before paying for that.',
          t='counterclaim', ctr='could be sold for more than the whole company'))
    d.h('Comments worth answering')
    d.p(S('A reader who posts as coneheadcapital argues that my revenue line ignores the weather, and that two wet summers in five would wipe out the growth I have assumed.',
          sp='coneheadcapital', t='counterclaim', st='bearish', ctr='I assume 8% a year'),
        S('That is fair, and it is why the discount rate is 9% and not 7%.'))
    d.p(S('Ruaridh Macaskie, who says he ran a dairy co-operative for twenty years, thinks the bigger risk is the price of cream.',
          sp=RM, t='counterclaim', st='bearish', ctr='I use 11%'),
        S('Cream prices are up 22% this year, according to the Milkfat Price Register.',
          sp='Milkfat Price Register', t='evidence'),
        S('Churnhallow buys cream on twelve-month contracts, so the rise will reach its margins next year, not this one.',
          co=[CD], t='prediction', st='bearish'))
    d.p(S('Edit, 24 November: Churnhallow’s investor-relations team got in touch to say that about 40% of next year’s cream is already bought at this year’s prices.',
          sp=CD, co=[CD], t='counterclaim', st='bullish', ctr='the rise will reach its margins next year'),
        S('I have not changed the model, but the low case now looks less likely.', t='prediction', st='bullish'))
    d.p(S('Disclosure: I own Churnhallow shares and have not traded them in the past month.', co=[CD], t='context'))
    front = [('title', '"Churnhallow Dairy Ices: what you have to believe at 318p"'),
             ('author', 'Ewart Blennerhall'),
             ('date', '2026-11-22'),
             ('site', 'The Sums Allotment'),
             ('tags', '[valuation, food, small caps]'),
             ('reading_time', '9 min')]
    tail = '*Nothing here is advice. Comments are open to paying subscribers.*'
    return d, render_md(d, front, tail)
