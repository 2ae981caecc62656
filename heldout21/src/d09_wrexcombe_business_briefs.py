"""Plain text: a local newspaper's weekly business round-up (title, By line, header line, capitalised item headings, trailer)."""
from mk import Doc, s, wrap

DOC = d = Doc('wrexcombe-gazette-business-briefs.txt', default='Margery Stott', co={
    'HB': 'Hobday’s', 'BW': 'Boltwick DIY', 'TA': 'Wrexcombe Traders’ Association',
    'SF': 'Skatefold Leisure', 'TC': 'Wrexcombe Town Council', 'WC': 'Wrexcombe Comets',
    'CB': 'Cobloaf Bakery', 'BH': 'Beanholt', 'BS': 'Wrexcombe and District Building Society'})

d.h('THE IRONMONGER THAT WOULD NOT CLOSE')
d.p(s('Hobday’s, the ironmonger on Haberdine Row since 1961, will stay open after four of its staff agreed to buy the business from the Hobday family.', None, 'HB', 'ev', 'bu'),
    s('The price was not disclosed.', None, '', 'cx', 'ne'))
d.p(s('Clement Hobday, 71, said the family had been ready to close in January after sales fell by a fifth when Boltwick DIY opened its warehouse store on the ring road.', 'Clement Hobday', 'BW', 'ev', 'be'),
    s('“Nobody comes in for one hinge any more; they drive out to the shed and buy a pack of twelve,” he said.', 'Clement Hobday', '', 'cl', 'be'))
d.p(s('The new owners, led by the shop’s manager, Bridget Ogunlade, think it can pay its way by cutting keys, sharpening tools and selling to the town’s landlords on account.', 'Bridget Ogunlade', 'HB', 'cl', 'bu'),
    s('She said trade accounts already make up 40% of sales.', 'Bridget Ogunlade', '', 'ev', 'bu'))
d.p(s('Boltwick’s store manager, Jethro Pickersgill, said there was “room for both” and that his store does not cut keys.', 'Jethro Pickersgill', 'BW', 'cc', 'ne', c='sales fell by a fifth'))
d.p(s('Not everyone in the town’s trade is sure the plan will work.', None, '', 'cc', 'be', c='can pay its way'),
    s('Marjorie Pardew, who chairs the Wrexcombe Traders’ Association, said two other staff buy-outs in the town had closed within three years because the new owners could not afford to restock.', 'Marjorie Pardew', 'TA', 'ev', 'be'))
d.h('NEW HANDS AT THE RINK')
d.p(s('Wrexcombe Town Council has chosen Skatefold Leisure to run the town’s ice rink from April, ending 38 years of council management.', None, 'SF,TC', 'ev', 'ne'),
    s('The contract runs for ten years.', None, '', 'ev', 'ne'),
    s('Skatefold, which runs six rinks, has promised to spend £1.2 million on a new ice plant and to freeze the price of public sessions for two years.', 'Skatefold Leisure', 'SF', 'ev', 'bu'))
d.p(s('Councillor Hywel Brandreth, who chaired the tender panel, said Skatefold’s bid would save the council £400,000 a year compared with running the rink itself.', 'Hywel Brandreth', 'SF,TC', 'ev', 'bu'))
d.p(s('The Wrexcombe Comets ice hockey club is unhappy.', 'Wrexcombe Comets', 'WC', 'cc', 'be', c='has promised to spend £1.2 million'),
    s('Its chairman, Kirby Thewlis, said Skatefold’s draft timetable moves the club’s training from weekday evenings to 6am and would cost the club £31,000 a year more in ice hire.', 'Kirby Thewlis', 'SF,WC', 'ev', 'ne'),
    s('“They will fill the evenings with public discos, because that is where the money is,” he said.', 'Kirby Thewlis', '', 'pr', 'be'))
d.p(s('Skatefold’s managing director, Nerissa Coldicott, said the timetable was only a draft and that the club would keep at least two evening slots.', 'Nerissa Coldicott', 'SF,WC', 'cc', 'ne', c='draft timetable moves'))
d.h('A NIGHT SHIFT FOR COBLOAF')
d.p(s('Cobloaf Bakery will add a night shift and 22 jobs after winning a contract to make sandwiches for Beanholt’s 140 coffee shops.', None, 'BH,CB', 'ev', 'bu'),
    s('Its owner, Delphine Arkwright, said the contract would double the bakery’s sales within a year.', 'Delphine Arkwright', 'CB', 'pr', 'bu'),
    s('She expects to hire most of the new staff from the town.', 'Delphine Arkwright', '', 'pr', 'ne'))
d.p(s('Residents of Fellmonger Lane say the bakery’s vans already block their street at 5am.', None, 'CB', 'cl', 'be'),
    s('Arkwright said the night shift’s vans would load at the back of the industrial estate, not in Fellmonger Lane.', 'Delphine Arkwright', '', 'cc', 'ne', c='vans already block their street'))
d.p(s('Beanholt has been cutting suppliers elsewhere: its last regional sandwich contract, with a bakery in Stallingford, lasted 18 months.', None, 'BH', 'cc', 'be', c='double the bakery’s sales'),
    s('Beanholt did not respond to a request for comment.', None, 'BH', 'cx', 'ne'))
d.h('IN BRIEF')
d.p(s('The Wrexcombe and District Building Society has cut its two-year fixed mortgage rate to 4.19%.', None, 'BS', 'ev', 'ne'))
d.p(s('The indoor market on Quillow Street will open on Sundays from January, the town council said.', 'Wrexcombe Town Council', 'TC', 'ev', 'ne'))


def render():
    out = ['Business briefs: the ironmonger that would not close, new hands at the rink and a bakery’s night shift',
           '', 'By Margery Stott, Business Editor', '',
           'Wrexcombe Gazette | Thursday 3 December 2026 | Business, page 23', '']
    for b in d.blocks:
        if b[0] == 'h':
            out += [b[1], '']
        else:
            out += [wrap(' '.join(x.text for x in b[1]), 72), '']
    out += ['-- ', 'Got a business story? Email the business desk or call the newsroom. The Gazette',
            'Business Awards shortlist will be published on 17 December.', '']
    return '\n'.join(out)
