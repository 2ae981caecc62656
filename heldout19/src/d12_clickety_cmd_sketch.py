from mk import Doc, S, render_txt

FNAME = 'clickety-capital-markets-day-sketch.txt'
CL, CS, TP, LG, DH = ('Clickety Leisure', 'Cindergate Securities', 'Tollmarsh Partners', 'Licensed Gaming Board',
                      'Dabford Halls')
DA, OD, RS, NA = 'Desmond Ruckledge', 'Olwen Dacre-Ruddock', 'Rupert Scaife', 'Nkechi Adeyinka'


def build():
    d = Doc(FNAME, 'Petronella Skelhorn')
    d.p(S('There are two ways to tell a story of decline, and Clickety Leisure chose the third: a capital markets day.',
          co=[CL], st='bearish'),
        S('In a hotel ballroom that had, fittingly, hosted a bingo night the evening before, the company set out its plan to turn 63 halls into “community entertainment venues”.',
          co=[CL], t='evidence'))
    d.p(S('Desmond Ruckledge, the chief executive, opened with a slide showing admissions up 3% this year, the first rise since 2019.',
          sp=DA, t='evidence', st='bullish'),
        S('“Bingo is not dying,” he said.', sp=DA, st='bullish'),
        S('“It is being rediscovered by people who have never been inside a hall.”', sp=DA, st='bullish'))
    d.p(S('The slide did not mention that admissions are still 38% below 2019; that figure was in the appendix.',
          t='counterclaim', st='bearish', ctr='admissions up 3% this year'))
    d.p(S('Olwen Dacre-Ruddock, the finance director, then explained how the company would pay for the conversions.',
          sp=OD, co=[CL], t='context'),
        S('Each hall will cost about £450,000 to convert, and the first 12 will be done by the end of 2027, funded by selling nine freeholds.',
          sp=OD, t='evidence'),
        S('She said the two pilot halls have earned 30% more per visitor since their conversion.',
          sp=OD, t='evidence', st='bullish'),
        S('Two halls is a small sample, and one of them is in a seaside town where it rained all summer, which tends to help indoor entertainment.',
          t='counterclaim', st='bearish', ctr='the two pilot halls have earned 30% more'))
    d.p(S('The questions, when they came, were polite in the way that only analysts who have already cut their forecasts can be.',
          t='context'),
        S('Rupert Scaife of Cindergate Securities asked what would happen to the halls that were not converted.',
          sp=RS, co=[CS], t='context'),
        S('Ruckledge said they would be “kept under review”.', sp=DA, t='context'),
        S('In bingo, as elsewhere, that usually means closed.', st='bearish'))
    d.p(S('Nkechi Adeyinka of Tollmarsh Partners was more direct.', sp=NA, co=[TP], t='context'),
        S('She pointed out that Clickety Online, the company’s website, now brings in 41% of profit, and asked whether the halls were worth keeping at all.',
          sp=NA, co=[CL], t='counterclaim', st='bearish', ctr='set out its plan to turn 63 halls'),
        S('Ruckledge replied that online players are recruited in the halls, and that closing them would “cut the roots off the tree”.',
          sp=DA, t='counterclaim', st='bullish', ctr='asked whether the halls were worth keeping at all'),
        S('The company’s own research, handed out afterwards, says 27% of online players have never visited a hall.',
          sp=CL, co=[CL], t='counterclaim', st='bearish', ctr='online players are recruited in the halls'))
    d.p(S('A shareholder who said he had owned the shares since the flotation in 1998 asked whether the dividend would return.',
          co=[CL], t='context'),
        S('Dacre-Ruddock said it would, once the conversions were paid for, probably in 2029.',
          sp=OD, t='prediction', st='bullish'),
        S('He did not look reassured.', t='context'))
    d.p(S('The Licensed Gaming Board, which is consulting on stake limits for electronic bingo terminals, was mentioned once, on slide 41, as “an evolving regulatory environment”.',
          co=[LG], t='evidence'),
        S('Terminals provide about a fifth of hall revenue, according to the annual report.',
          sp=CL, co=[CL], t='evidence'))
    d.p(S('Dabford Halls, the smaller rival that turned its 20 halls into bars with bingo two years ago, has since closed six of them.',
          co=[DH], t='evidence', st='bearish'),
        S('A Dabford spokeswoman said the closures reflected “local factors”.',
          sp=DH, co=[DH], t='counterclaim', ctr='has since closed six of them'),
        S('Nobody on the stage mentioned Dabford.', co=[DH]))
    d.p(S('The shares rose 4% on the day, which suggests that the market, like the shareholder from 1998, has learned to be grateful for small things.',
          co=[CL]),
        S('Eyes down.', t='context'))
    head = ['Sketch: Clickety Leisure calls its own numbers', '',
            'By Petronella Skelhorn', '']
    tail = ('-- \nPetronella Skelhorn writes the Friday sketch. '
            'Clickety Leisure’s presentation is on its investor website.')
    return d, render_txt(d, head, tail)
