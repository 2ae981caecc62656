"""Plain text: a sell-side analyst's note answering clients' questions after a trading update."""
from mk import Doc, s, wrap

DOC = d = Doc('thatchaway-client-questions.txt', default='Saskia Tremellen', co={
    'TH': 'Thatchaway Holidays', 'NL': 'Nookhaven Lets', 'HC': 'Hensford Crane'})

d.p(s('We cut our target price for Thatchaway Holidays to 460p after Tuesday’s trading update, but we keep our buy rating.', None, 'TH', 're', 'bu'),
    s('Our view is that the slowdown in bookings is a timing problem, not a demand problem, and that the shares already price in something worse.', None, 'TH', 'cl', 'bu'),
    s('These are the questions clients asked most often this week, with our answers.', None, '', 'cx', 'ne'))
d.h('BOOKINGS')
d.p(s('Bookings for next summer are down 6%, so why is this not a demand problem?', None, '', 'cc', 'be', c='a timing problem, not a demand problem'), label='Q: ')
d.p(s('Because the whole fall is in bookings made more than nine months ahead, which is where a squeeze on household budgets shows up first.', None, '', 'cl', 'bu'),
    s('Bookings made within three months of the stay rose 11%, according to the company.', 'Thatchaway Holidays', 'TH', 'ev', 'bu'), label='A: ')
d.h('OWNERS')
d.p(s('Isn’t the real risk that owners take their cottages elsewhere?', None, '', 'cc', 'be', c='already price in something worse'), label='Q: ')
d.p(s('Owner churn rose to 9.4% from 7.1%, the highest since the company listed.', None, 'TH', 'ev', 'be'),
    s('Chief executive Lennart Haythornthwaite told us that most of the owners who left had sold their houses rather than moved to a rival.', 'Lennart Haythornthwaite', '', 'cl', 'bu'),
    s('We are not convinced.', None, '', 'cc', 'be', c='sold their houses rather than moved to a rival'),
    s('Nookhaven Lets, the nearest rival, says it signed 310 former Thatchaway owners in the year to October.', 'Nookhaven Lets', 'NL,TH', 'ev', 'be'), label='A: ')
d.h('COMMISSION')
d.p(s('Will Thatchaway have to cut its commission to match Nookhaven’s 18%?', None, 'NL,TH', 'cx', 'ne'), label='Q: ')
d.p(s('We think it will have to cut from 24% to about 21% for its best-rated cottages, which is why we have lowered our margin forecast by a point.', None, '', 'pr', 'be'),
    s('Management argues that its commission pays for marketing Nookhaven cannot match, and points to occupancy of 71% against Nookhaven’s 64%.', 'Thatchaway Holidays', 'NL', 'cc', 'bu', c='will have to cut from 24%'),
    s('Those occupancy figures are not like for like, because Nookhaven’s include its new city flats, which are let for fewer nights.', None, 'NL', 'cc', 'be', c='points to occupancy of 71%'), label='A: ')
d.h('THE TAX CHANGE')
d.p(s('What about the change to business rates for holiday lets?', None, '', 'cx', 'ne'), label='Q: ')
d.p(s('From April, a cottage will have to be let for 105 nights a year, up from 70, to qualify for business rates.', None, '', 'ev', 'ne'),
    s('The Cottage Letting Owners’ Federation thinks one owner in eight will sell rather than meet the new threshold.', 'Cottage Letting Owners’ Federation', '', 'pr', 'ne'),
    s('We think that is too high for Thatchaway, because four in five of its cottages are already let for more than 140 nights.', None, 'TH', 'cc', 'bu', c='one owner in eight will sell'), label='A: ')
d.h('THE BEAR CASE')
d.p(s('Hensford Crane has a sell rating, so what does it see that you don’t?', None, 'HC', 'cx', 'ne'), label='Q: ')
d.p(s('Its analyst, Dorota Selwyn-Baines, argues that the company’s booking system is a decade old and that rivals’ apps are winning younger customers.', 'Dorota Selwyn-Baines', 'TH', 'cl', 'be'),
    s('She has a target of 300p.', 'Dorota Selwyn-Baines', '', 're', 'be'),
    s('She is right about the system.', None, '', 'cl', 'be'),
    s('But it is being replaced next year, and repeat customers, who book by phone as often as online, bring in 62% of revenue.', None, '', 'cc', 'bu', c='She is right about the system.'), label='A: ')
d.h('WHAT WOULD CHANGE OUR MIND')
d.p(s('If summer bookings are still down when the company reports in March, we would move to hold.', None, 'TH', 'pr', 'ne'),
    s('Until then, we would buy the shares on weakness.', None, 'TH', 're', 'bu'))


def render():
    out = ['Thatchaway Holidays: the questions clients asked us this week', '',
           'By Saskia Tremellen, Leisure Analyst, Candlemoor Securities', '',
           'Rating: Buy | Target price: 460p (was 520p) | Price: 338p | 27 November 2026', '']
    for b in d.blocks:
        if b[0] == 'h':
            out += [b[1], '']
        else:
            out += [wrap(b[2].get('label', '') + ' '.join(x.text for x in b[1]), 76), '']
    out += ['-- ', 'Candlemoor Securities acts as corporate broker to Thatchaway Holidays and has',
            'received compensation for investment banking services in the past 12 months.',
            'This note is for professional investors only. Full disclosures are available on request.', '']
    return '\n'.join(out)
