"""Plain text: a buyer's due-diligence question log with the seller's answers (no byline, null default)."""
from mk import Doc, s, wrap

LB, IS, WP, CT = 'Lorimer Blakeway', 'Ingmar Solloway', 'Wynona Plaskett', 'Cathal Treacey'
DOC = d = Doc('cabinwell-due-diligence-log.txt', default=None, co={
    'CS': 'Cabinwell Site Services', 'GC': 'Furzeholt Construction', 'SF': 'Siltcombe Fleet Advisory',
    'RA': 'Rivercourse Protection Authority'})
LAB = {LB: 'Quoyburn, Lorimer Blakeway', IS: 'Quoyburn, Ingmar Solloway',
       WP: 'Cabinwell, Wynona Plaskett, Finance Director', CT: 'Cabinwell, Cathal Treacey, Managing Director'}

d.h('3. CUSTOMERS')
d.p(s('Please confirm the share of revenue from the top five customers in each of the last three years.', LB, '', 're', 'ne'), label='Q3.1 (%s): ' % LAB[LB])
d.p(s('The top five accounted for 48%, 51% and 46% of revenue in 2023, 2024 and 2025.', WP, '', 'ev', 'ne'),
    s('The largest, Furzeholt Construction, is on a framework contract that runs to 2028.', WP, 'GC', 'ev', 'bu'), label='Answer (%s): ' % LAB[WP])
d.p(s('The framework contract in the data room, document 3.1.4, allows Furzeholt to end it on 90 days’ notice.', LB, 'GC', 'cc', 'be', c='framework contract that runs to 2028'),
    s('Has Furzeholt given any sign that it is reviewing its suppliers?', LB, 'GC', 'cx', 'ne'), label='Follow-up (%s): ' % LAB[LB])
d.p(s('It has not, and it has renewed on the same terms three times since 2016.', WP, '', 'cc', 'bu', c='allows Furzeholt to end it'), label='Answer (%s): ' % LAB[WP])
d.p(s('We will ask to speak to Furzeholt’s procurement team before exchange.', LB, 'GC', 'ev', 'ne'), label='Quoyburn note (Lorimer Blakeway): ')
d.h('4. FLEET')
d.p(s('The fleet register lists 6,400 units with an average age of 5.1 years.', IS, '', 'ev', 'ne'),
    s('Our fleet adviser, Siltcombe Fleet Advisory, inspected 120 units at the Skellowby and Oxenwick depots and found 17 that could not be hired out without repair.', 'Siltcombe Fleet Advisory', '', 'ev', 'be'),
    s('On that sample, about 14% of the fleet is not rentable, against the 4% assumed in the management case.', IS, '', 'cl', 'be'),
    s('Please explain the difference.', IS, '', 're', 'ne'), label='Q4.2 (%s): ' % LAB[IS])
d.p(s('Both depots hold units returned from winter contracts and waiting for our spring refurbishment.', CT, '', 'cc', 'bu', c='found 17 that could not be hired out'),
    s('Across the whole fleet, 3.8% of units were off hire for repair at the end of October.', CT, '', 'ev', 'bu'),
    s('We would be happy for Siltcombe to inspect any other depot.', CT, 'SF', 'ev', 'ne'), label='Answer (%s): ' % LAB[CT])
d.p(s('We accept the seasonal point for Skellowby.', IS, '', 'cl', 'ne'),
    s('But Oxenwick had no winter contracts last year, and the units we saw there were last refurbished in 2019 and 2020.', IS, '', 'cc', 'be', c='We accept the seasonal point'), label='Follow-up (%s): ' % LAB[IS])
d.h('5. PEOPLE')
d.p(s('The management case assumes that drivers’ pay rises by 3% a year.', LB, '', 'ev', 'ne'),
    s('Drivers’ pay across the industry rose 7.5% last year, according to the Welfare Unit Hirers’ Association.', 'Welfare Unit Hirers’ Association', '', 'ev', 'ne'),
    s('What is the basis for 3%?', LB, '', 'cx', 'ne'), label='Q5.2 (%s): ' % LAB[LB])
d.p(s('Our drivers received 4% in April and are covered by a two-year agreement that caps next year’s rise at 3%.', WP, '', 'cc', 'bu', c='rose 7.5% last year'),
    s('The agreement is document 5.2.1 in the data room.', WP, '', 'cx', 'ne'), label='Answer (%s): ' % LAB[WP])
d.h('6. LEGAL AND ENVIRONMENTAL')
d.p(s('Please disclose any claims or notices relating to waste disposal.', LB, '', 're', 'ne'), label='Q6.3 (%s): ' % LAB[LB])
d.p(s('The Rivercourse Protection Authority fined the company £42,000 in June for a discharge at the Skellowby depot, which has since been fitted with a sealed tank.', WP, 'CS,RA', 'ev', 'be'),
    s('No other claims or notices are open.', WP, '', 'ev', 'ne'), label='Answer (%s): ' % LAB[WP])
d.p(s('We searched the authority’s public register and found a second notice, from 2023, that has not been disclosed.', LB, 'RA', 'cc', 'be', c='No other claims or notices are open.'), label='Follow-up (%s): ' % LAB[LB])
d.p(s('That notice was withdrawn by the authority in 2024 and no fine was paid; we will add the correspondence to the data room.', WP, 'RA', 'cc', 'ne', c='found a second notice'), label='Answer (%s): ' % LAB[WP])
d.h('7. OPEN ITEMS')
d.p(s('Two items remain open: the condition of the Oxenwick fleet and Furzeholt’s right to end its contract at 90 days.', LB, 'GC', 'cl', 'be'),
    s('We propose a price adjustment tied to an independent count of rentable units at completion.', LB, '', 're', 'ne'), label='Quoyburn note (Lorimer Blakeway): ')


def render():
    out = ['Project Cistern: due diligence question log (extract)', '',
           'Target: Cabinwell Site Services | Buyer: Quoyburn Partners | Extract at 14 November 2026 | Strictly confidential', '',
           'Sections 1, 2 and 8 omitted from this extract.', '']
    out = out[:4]
    for b in d.blocks:
        if b[0] == 'h':
            out += [b[1], '']
        else:
            out += [wrap(b[2].get('label', '') + ' '.join(x.text for x in b[1]), 78), '']
    out += ['-- ', 'Log maintained in the Quoyburn data room. Responses are given subject to the',
            'confidentiality agreement of 2 September 2026 and are not warranties.', '']
    return '\n'.join(out)
