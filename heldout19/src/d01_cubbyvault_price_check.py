from mk import Doc, S, render_md

FNAME = 'cubbyvault-storage-price-check.md'
CV, SW, CH, DL, PW = ('Cubbyvault Storage', 'Stashwick Self Storage', 'Crateholm Storage',
                      'Keyfold Lockers', 'Plinthway Storage')
LT, MO, JO = 'Fintan Thistlebury', 'Merriel Ostlethwaite', 'Elowen Orpwood'
AUSP = 'Association of Unit Storage Providers'


def build():
    d = Doc(FNAME, 'Ilsabet Tapperwell')
    d.p(S('Self-storage adverts lead with the same offer: half price, or less, for the first eight weeks.'),
        S('We wanted to know what customers pay after that, so in October we asked five operators for a written quote on a 50 sq ft unit in the same suburb.', t='context'),
        S('Only one of them quoted a price that did not rise in week nine.', t='evidence'))
    d.p(S('The quotes, with each operator’s compulsory insurance shown where it applied, were these.', t='context'))
    d.table(S('Operator | Weeks 1–8 | From week 9 | Compulsory cover', t='context'),
            S('Cubbyvault Storage | £11.50 a week | £27.40 a week | £3.10 a week', co=[CV], t='evidence'),
            S('Stashwick Self Storage | £12.00 a week | £24.80 a week | None', co=[SW], t='evidence'),
            S('Crateholm Storage | £9.99 a week | £29.95 a week | £2.60 a week', co=[CH], t='evidence'),
            S('Keyfold Lockers | £14.00 a week | £22.00 a week | None', co=[DL], t='evidence'),
            S('Plinthway Storage | £19.00 a week | £19.00 a week | None', co=[PW], t='evidence'))
    d.h('“A welcome discount”')
    d.p(S('Cubbyvault, the largest chain in our survey with 140 sites, says the week-nine figure is not a price rise at all.',
          sp=CV, co=[CV]),
        S('Its pricing director, Fintan Thistlebury, told us the standard rate is the real price and the first eight weeks are “a welcome discount, clearly labelled”.',
          sp=LT),
        S('“Nobody who reads the booking page is surprised by week nine,” he said.', sp=LT))
    d.p(S('Our readers were.', t='counterclaim', ctr='Nobody who reads the booking page'),
        S('Of 212 readers who told us about renting a Cubbyvault unit this year, 131 said the week-nine price had not been mentioned when they signed up.',
          co=[CV], t='evidence', st='bearish'),
        S('A further 40 said they had found out from their bank statement.', t='evidence', st='bearish'))
    d.p(S('The compulsory cover is the other sore point.', t='context'),
        S('Most home insurance policies already cover goods in storage, and the Association of Unit Storage Providers’ own code says members should accept a customer’s existing policy.',
          sp=AUSP, t='evidence'),
        S('Cubbyvault and Crateholm do not.', co=[CV, CH], t='evidence'),
        S('Thistlebury said the chain’s cover is “broader and cheaper to claim on” than most household policies.',
          sp=LT, co=[CV], t='counterclaim', ctr='already cover goods in storage'))
    d.h('The flat-price pitch')
    d.p(S('Plinthway, a 14-site chain that charges the same price from the first week, has made a virtue of the comparison.',
          co=[PW], st='bullish'),
        S('Its founder, Merriel Ostlethwaite, says customers stay with Plinthway for an average of 19 months, against an industry average of about 11.',
          sp=MO, co=[PW], t='evidence', st='bullish'),
        S('“A price that jumps in week nine buys you a customer for week eight,” she said.', sp=MO, st='bearish'))
    d.p(S('Not everyone in the industry thinks the flat price will survive a bad winter.',
          t='counterclaim', st='bearish', ctr='has made a virtue of the comparison'),
        S('Elowen Orpwood, who covers property companies at Drakeholt Securities, said Plinthway’s occupancy of 71% is well below Cubbyvault’s 88%, and that the listed chain earns more from each square foot even after the discounts.',
          sp=JO, co=[PW, CV, 'Drakeholt Securities'], t='evidence', st='bearish'),
        S('She rates Cubbyvault’s shares a buy, with a target of 640p.', sp=JO, co=[CV], t='recommendation', st='bullish'),
        S('“Teaser pricing is how this industry fills units, and filled units are what the valuation rests on,” she said.',
          sp=JO, st='bullish'))
    d.h('What to do')
    d.li(S('Ask for the week-nine price in writing before you sign.', t='recommendation'))
    d.li(S('Check whether your home policy already covers stored goods, and ask the operator to accept it.', t='recommendation'))
    d.li(S('If you expect to store for more than six months, a flat-price operator such as Plinthway or Keyfold Lockers is likely to work out cheaper.',
           co=[PW, DL], t='prediction'))
    d.p(S('Cubbyvault told us it will review how the week-nine price is shown on its booking page in the new year.',
          sp=CV, co=[CV], t='evidence'),
        S('We will check.', t='evidence'))
    front = [('title', '"Five storage chains, one unit: what the first-month offers hide"'),
             ('author', 'Ilsabet Tapperwell'),
             ('date', '2026-11-21'),
             ('site', 'Thriftlantern Money'),
             ('tags', '[self-storage, pricing, consumer]')]
    tail = ('*Thriftlantern Money takes no advertising from storage operators. '
            'Tell us what you pay: prices@thriftlantern.example*')
    return d, render_md(d, front, tail)
