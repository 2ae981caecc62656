from mk import *
DP = 'Dunnock Parcels'
TU, FO, KM = 'Tobias Ungar', 'Ferris Oldcastle', 'Kelda Morven'
body = [
 P(S('Brothers and sisters,', None, '', 'cx')),
 P(S('This has been a busy month at Hollins Road depot, and not in a good way.', None, '', 'cl')),
 H('1. The new scanner targets'),
 P(S('From 1 December, Dunnock Parcels wants every driver on a standard route to scan 140 parcels a shift, up from 118.', None, DP, 'ev', k='target'),
   S('The company calls this a “route optimisation”.', DP, DP, 'cl', k='optim'),
   S('We call it a speed-up.', None, '', 'cc', '-', c='optim'),
   S('Members on the Eastfield routes tell us they already miss breaks to hit 118.', None, '', 'ev', '-')),
 P(S('Our health and safety rep, Tobias Ungar, timed ten routes in November.', TU, '', 'ev'),
   S('On his figures, a driver doing 140 drops would need to be at each door for under two minutes, including walking from the van.', TU, '', 'ev', '-', k='ungar'),
   S('“That is not a target, it’s a running race,” he said.', TU, '', 'cl', '-')),
 H('2. What management says'),
 P(S('We put these figures to Ferris Oldcastle, Dunnock’s regional operations director, at the consultation meeting on 19 November.', None, DP, 'cx'),
   S('He said the new target was based on GPS data from 4,000 routes and that drivers in the company’s northern region were already averaging 143.', FO, DP, 'cc', '+', k='gps', c='ungar'),
   S('He also said that no driver would be disciplined for missing the target during a 12-week “bedding-in” period.', FO, '', 'ev', k='bed')),
 P(S('The northern routes are not our routes.', None, '', 'cc', '-', c='gps'),
   S('Most of them are business parks, where a driver can leave thirty parcels at one reception desk; ours are terraced streets and flats without lifts.', None, '', 'cl'),
   S('And bedding-in periods have a way of ending without anyone noticing.', None, '', 'cc', '-', c='bed')),
 P(S('Management also told the meeting that Dunnock lost £6 million in the first half and that the targets were needed “to keep the depot network viable”.', DP, DP, 'ev', '-', k='loss'),
   S('We do not doubt the loss.', None, '', 'cl'),
   S('But the same half-year report shows £4.1 million paid to shareholders in dividends, so the company can find money when it wants to.', None, DP, 'cc', '+', c='loss')),
 H('3. Holiday rota'),
 P(S('The Christmas rota went up on Monday with 22 members refused leave they had booked in the spring.', None, '', 'ev'),
   S('Dunnock says peak season leave has “always been subject to business need”.', DP, DP, 'cl', k='peak'),
   S('That is not what the local agreement signed in 2023 says: leave booked before 1 April stands unless the member agrees to move it.', None, '', 'cc', c='peak'),
   S('The branch has lodged a collective grievance.', None, '', 'ev')),
 H('4. What happens next'),
 P(S('Your branch committee recommends that you reject the new targets in the consultative ballot.', None, '', 'rc'),
   S('Voting closes at noon on 12 December.', None, '', 'ev'),
   S('Kelda Morven, our regional organiser, expects a turnout above 70%, which would let the branch move to a formal strike ballot in January if the company does not move.', KM, DP, 'pr'),
   S('She said Dunnock had backed down over a similar target at its Rothwell depot in 2024 once members showed they were serious.', KM, DP, 'ev'),
   S('A Dunnock spokesperson said the company “does not comment on internal consultations”.', None, DP, 'cx')),
 P(S('Come to the branch meeting at the Grange Social Club, 7pm on 9 December.', None, '', 'rc'),
   S('In solidarity,', None, '', 'cx')),
]
head = 'Depot Voice: Hollins Road branch bulletin No. 47\n\nBy Dervla Kinsham, Branch Secretary\n\n'
tail = '\n--\nDepot Voice is published by the Hollins Road branch of the Couriers and Depot\nWorkers Union. Not a member yet? Ask any rep for a form.\n'
build('hollins-road-depot-bulletin.txt', 'txt', 'Dervla Kinsham', body, head, tail)
