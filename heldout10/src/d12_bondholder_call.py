from mk import *
AH, KC, CR, SC, HR = 'Ardmoy Home Stores', 'Kingsmere Capital', 'Castlewood Ratings', 'Stourhead Credit', 'Halberd Row & Co'
PD, AC, YB, EF = 'Philippa Dronfield', 'Ashok Cardew', 'Yusuf Brannagh', 'Elodie Fairweather'
N = 'MY NOTE:'
body = [
 P(S('Ardmoy Home Stores held a call for holders of its 2028 bonds on Tuesday, two weeks after missing a coupon payment and agreeing a 30-day grace period.', None, AH, 'ev', '-'),
   S('Chief executive Philippa Dronfield and finance director Ashok Cardew took questions for 50 minutes.', PD, '', 'cx'),
   S('These are my notes, not a transcript; quotations are as close as I could type them.', None, '', 'cx')),
 P(S('Trading since September has been better than the coupon miss suggests.', PD, '', 'cl', '+', k='better'),
   S('Like-for-like sales were down 3% in the ten weeks to 29 November, against a 9% fall in the first half.', PD, '', 'ev', '+'),
   S('The miss was a timing problem caused by a supplier demanding cash on delivery, not a solvency problem.', PD, '', 'cl', '+'), label='CEO:'),
 P(S('Down 3% is better than down 9%, but it is still down, in the quarter that carries the year.', None, '', 'cc', '-', c='better'), label=N),
 P(S('We have agreed a £40 million asset-backed facility with Kingsmere Capital, secured on stock, which will let us pay the coupon before the grace period ends.', AC, KC, 'ev', '+', k='facility'),
   S('Cash at the end of November was £22 million.', AC, '', 'ev'), label='CFO:'),
 P(S('The new facility ranks ahead of us on the stock, doesn’t it?', YB, '', 'cc', '-', k='ahead', c='facility'),
   S('So bondholders get paid this month by handing our best collateral to someone else.', YB, '', 'cl', '-'), label='Q (Yusuf Brannagh, Stourhead Credit):'),
 P(S('It ranks ahead on the stock, yes.', AC, '', 'cl'),
   S('But the bonds were never secured on stock; your security is the freehold stores, and we have not touched them.', AC, AH, 'cc', '+', c='ahead'), label='CFO:'),
 P(S('How many of the freeholds are you planning to sell?', EF, '', 'cx'), label='Q (Elodie Fairweather, Pendlecourt Capital):'),
 P(S('None this year.', PD, '', 'ev', k='none'),
   S('We have had approaches for two of the larger sites, and we will look at any offer that is above book value.', PD, '', 'ev'), label='CEO:'),
 P(S('That is a yes for next year, and every store sold shrinks the bondholders’ security.', None, '', 'cc', '-', c='none'), label=N),
 P(S('Castlewood Ratings cut you to CCC last week and said it expected a distressed exchange within twelve months.', CR, '', 'ev', '-', k='ccc'),
   S('Are you planning one?', EF, '', 'cx'), label='Q (Fairweather):'),
 P(S('No.', AC, '', 'cc', '+', c='ccc'),
   S('We are talking to an adviser about options for the 2028 maturity, which is what any responsible company does two years out.', AC, '', 'ev', k='adviser'), label='CFO:'),
 P(S('Hiring a restructuring adviser is usually the step before an exchange offer, not an alternative to one.', None, '', 'cc', '-', c='adviser'), label=N),
 P(S('Will you pay the December rent quarter in full?', YB, '', 'cx'), label='Q (Brannagh):'),
 P(S('Yes, every landlord will be paid on the quarter day.', PD, '', 'pr', '+'),
   S('I want to be clear that we see a future for this business with its current capital structure.', PD, '', 'cl', '+'), label='CEO:'),
 P(S('The bonds rose two points during the call, to 41 pence on the pound.', None, AH, 'ev'),
   S('Stourhead Credit said afterwards it had joined an ad hoc group of holders advised by Halberd Row & Co.', SC, HR+';'+SC, 'ev'),
   S('Pendlecourt Capital declined to comment.', None, 'Pendlecourt Capital', 'cx'),
   S('My read: management believes its own numbers, and the market does not.', None, '', 'cl', '-')),
]
head = 'Notes from the Ardmoy Home Stores bondholder call\n\nBy Mathias Oyston\n\n'
tail = '\n--\nDistressed Desk notes are for subscribers only. Please do not forward.\n'
build('ardmoy-bondholder-call-notes.txt', 'txt', 'Mathias Oyston', body, head, tail)
