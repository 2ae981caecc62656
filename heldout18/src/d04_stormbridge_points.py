from mk import *
A = 'Jemima Ortolan'
SA = 'Stormbridge Airways'
AT = 'Anneliese Wickstead'
AW = 'Perchcount'
DM = 'Dashiell Moncrieff-Yau'
PF = 'Passenger Fairness Trust'
AO = 'Air Travel Standards Office'
def row(t): return s(t, A, False, [], 'ev', 'ne')
DOC = dict(file='stormbridge-horizons-devaluation.md', front=[
    ('title', '"Stormbridge Horizons devaluation: what changes on 1 February"'),
    ('author', A), ('date', '2026-12-01'), ('site', 'Milecairn'),
    ('category', 'Loyalty schemes')],
  blocks=[
    P(s("Stormbridge Airways will change the prices of reward flights in its Horizons scheme on 1 February, with no more notice than the eight weeks its rules require.", A, False, [SA], 'ev', 'ne'),
      s("The airline calls it a “refresh”.", SA, True, [SA], 'cl', 'ne'),
      s("I call it the biggest devaluation of the scheme since it launched.", A, False, [], 'cc', 'be', ctr='The airline calls it a'),),
    H('What changes'),
    P(s("The new prices for a one-way economy reward, in points, compare with the old ones as follows.", A, False, [], 'cx', 'ne')),
    TABLE(s("Route length | Old price | New price | Change", A, False, [], 'cx', 'ne'),
          row("Under 1,000 miles | 7,500 | 9,000 | +20%"),
          row("1,000 to 3,000 miles | 15,000 | 20,000 | +33%"),
          row("3,000 to 6,000 miles | 25,000 | 35,000 | +40%"),
          row("Over 6,000 miles | 40,000 | 60,000 | +50%")),
    H("The airline's case"),
    P(s("Stormbridge says members will get more for their points, because it will release twice as many reward seats on each flight.", SA, True, [SA], 'cl', 'bu'),
      s("Its loyalty director, Anneliese Wickstead, told members in an email that “most journeys will now be bookable on the dates you want.”", AT, True, [], 'cl', 'bu'),
      s("She also said reward prices had not risen for six years, during which fares had gone up by more than a third.", AT, True, [], 'ev', 'ne')),
    H('What the data shows'),
    P(s("The extra seats are real, but they are not evenly spread.", A, False, [], 'cc', 'be', ctr='release twice as many reward seats'),
      s("Perchcount, which tracks reward availability, found that on the airline's ten busiest long-haul routes, reward seats in the school holidays rose from two a flight to three.", AW, True, [SA], 'ev', 'ne'),
      s("On quieter routes they rose from four to ten, which is where most of the doubling comes from.", AW, True, [], 'ev', 'ne'),
      s("In other words, the seats people want most got 50% more expensive in points and only slightly easier to find.", A, False, [], 'cl', 'be')),
    H('Not everyone is unhappy'),
    P(s("Dashiell Moncrieff-Yau, who writes the Upgrade Ledger newsletter, thinks I am being too gloomy.", DM, True, [], 'cc', 'bu', ctr='I call it the biggest devaluation'),
      s("In his view, the old prices were so cheap that members could almost never find a seat, so a higher price with real availability is a better deal for people who fly a lot.", DM, True, [], 'cl', 'bu')),
    P(s("He has a point for business travellers who can fly midweek.", A, False, [], 'cl', 'ne'),
      s("But families who can only travel in the school holidays will pay more for the same seats they struggled to find before.", A, False, [], 'cc', 'be', ctr='He has a point for business travellers')),
    H('The regulator'),
    P(s("The Passenger Fairness Trust, a consumer group, has asked the Air Travel Standards Office whether eight weeks' notice is fair for a change this large.", PF, True, [AO], 're', 'ne'),
      s("The office said it does not regulate the prices of loyalty points but would look at whether the scheme's terms were clear.", AO, True, [AO], 'ev', 'ne'),
      s("Stormbridge said its terms have always allowed it to change reward prices “at any time”.", SA, True, [SA], 'cc', 'ne', ctr="whether eight weeks' notice is fair")),
    H('What to do'),
    P(s("If you have enough points for a long-haul reward, book it before 1 February.", A, False, [], 're', 'ne'),
      s("Rewards that are already booked will not be repriced, the airline confirmed.", SA, True, [SA], 'ev', 'ne'),
      s("I expect rival schemes to follow within a year, as they did after the last round of changes.", A, False, [], 'pr', 'ne')),
  ],
  md_tail=['*Milecairn may earn a commission when you apply for a card through our links.*', ''])
