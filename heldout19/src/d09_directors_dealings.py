from mk import Doc, S, render_txt

FNAME = 'directors-dealings-laundry-recycler-mushrooms.txt'
TL, SL, AL = 'Tumblegate Laundries', 'Steamhollow Linen', 'Alderwyck Securities'
BR, LM, WI = 'Baleforth Recycling', 'Loamcap Mushrooms', 'Wrayburn Investors'
BE, RS, CW, MS = 'Barnard Ellingwood', 'Cadoc Scarfield', 'Crispin Wakerley-Pym', 'Mirela Stangroom'


def build():
    d = Doc(FNAME, 'Ninian Tredinnick')
    d.p(S('Directors buy shares for one reason and sell them for many, as the old saying goes, and this week offered a test of both halves.',
          t='context'),
        S('Three filings stood out.', t='context'))
    d.h('TUMBLEGATE LAUNDRIES')
    d.p(S('Barnard Ellingwood, the chief executive of Tumblegate Laundries, bought 160,000 shares at 150p on Monday, spending £240,000, according to a filing to the market.',
          sp=TL, co=[TL], t='evidence', st='bullish'),
        S('It is the largest purchase by a Tumblegate director since the company floated in 2019.',
          co=[TL], t='evidence', st='bullish'),
        S('The shares have fallen by a third since March, when two hospital contracts went to a rival, Steamhollow Linen.',
          co=[TL, SL], t='evidence', st='bearish'))
    d.p(S('Ellingwood told me the purchase was “the clearest way I know of saying the price is wrong”.',
          sp=BE, st='bullish'),
        S('He said the hotel side of the business, which is two-thirds of revenue, had its best summer on record, and that the company expects to rebid for one of the lost contracts in 2027.',
          sp=BE, co=[TL], t='evidence', st='bullish'))
    d.p(S('Cadoc Scarfield, who covers support services at Alderwyck Securities, is unmoved.',
          sp=RS, co=[AL], t='counterclaim', st='bearish', ctr='the clearest way I know of saying the price is wrong'),
        S('In his view, hospital contracts are the profitable half of the business, and the hotel work is won on price.',
          sp=RS, st='bearish'),
        S('“A chief executive’s purchase tells you what he hopes, not what the next tender will bring,” he said.',
          sp=RS, st='bearish'))
    d.h('BALEFORTH RECYCLING')
    d.p(S('At Baleforth Recycling, the finance director, Clodagh Verrinder, sold 400,000 shares at 275p, raising £1.1 million.',
          co=[BR], t='evidence', st='bearish'),
        S('That is more than half of her holding, and sales that large rarely happen for tax reasons alone.',
          st='bearish'),
        S('The company says the sale was to pay a tax bill on share awards that vested in October, and that she has no plans to leave.',
          sp=BR, co=[BR], t='counterclaim', ctr='sales that large rarely happen for tax reasons alone'))
    d.p(S('The tax arithmetic does not quite work.', t='counterclaim', st='bearish', ctr='the sale was to pay a tax bill'),
        S('The awards that vested were worth about £420,000, according to the company’s annual report, so even a top-rate tax bill would have needed well under half of what she raised.',
          sp=BR, co=[BR], t='evidence', st='bearish'),
        S('Baleforth’s chair, Sir Crispin Wakerley-Pym, said the board was “entirely comfortable” with the sale.',
          sp=CW, co=[BR]))
    d.p(S('Recycled plastic prices have fallen 14% this year, according to the Secondary Materials Price Bulletin.',
          sp='Secondary Materials Price Bulletin', t='evidence'),
        S('Baleforth warned in September that profits would be at the bottom of its range.',
          sp=BR, co=[BR], t='prediction', st='bearish'))
    d.h('LOAMCAP MUSHROOMS')
    d.p(S('The third filing was smaller but more interesting.', t='context'),
        S('Two non-executive directors of Loamcap Mushrooms bought shares worth £85,000 between them on Wednesday.',
          co=[LM], t='evidence', st='bullish'),
        S('The day before, the company said its new growing houses at Sallowdyke were producing 30% more mushrooms per square metre than the old ones.',
          sp=LM, co=[LM], t='evidence', st='bullish'))
    d.p(S('Buying the day after good news is a weaker signal than buying before it, because the price has already moved.'),
        S('But these two directors chair the audit and remuneration committees, and neither had bought a share in the six years they have been on the board.',
          t='counterclaim', st='bullish', ctr='Buying the day after good news is a weaker signal'))
    d.p(S('Mirela Stangroom, who manages money for Wrayburn Investors, said she had added to her Loamcap holding on the same news.',
          sp=MS, co=[LM, WI], t='recommendation', st='bullish'),
        S('“The new houses are the whole investment case, and the numbers are better than I had hoped,” she said.',
          sp=MS, st='bullish'))
    d.h('THE SCORE')
    d.p(S('On my reading, the laundry purchase is a genuine signal but not yet a reason to buy the shares.',
          co=[TL], t='recommendation'),
        S('The recycler’s sale deserves a better explanation than the one it has given.', co=[BR], st='bearish'),
        S('Loamcap’s directors have put their money where their mushrooms are, and I would follow them.',
          co=[LM], t='recommendation', st='bullish'))
    head = ['Directors’ dealings: the laundry chief who bought, the recycler who sold', '',
            'By Ninian Tredinnick', '',
            'Markets | 27 November 2026 | Weekly column', '']
    tail = ('-- \nDealings are taken from announcements made to the market between 23 and 27 November.\n'
            'The author holds none of the shares mentioned. Corrections: dealings@column.example')
    return d, render_txt(d, head, tail)
