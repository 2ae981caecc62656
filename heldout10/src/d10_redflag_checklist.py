from mk import *
GM, BV, HS, WH, QS = 'Glenmarrow Medical Supplies', 'Brisco Venn', 'Hartwell Sayer', 'Westmere Hospitals Group', 'Quayhurst Securities'
HSo, DM = 'Henrike Solloway', 'Darragh Mulqueen'
X, O = '[x]', '[ ]'
body = [
 P(S('I ran Glenmarrow Medical Supplies through my red-flag checklist this week.', None, GM, 'cx')),
 P(   S('The stock has doubled this year on the back of hospital contracts, and several readers asked whether the numbers hold up.', None, GM, 'ev'),
   S('Ticked boxes are flags; empty ones are clear.', None, '', 'cx')),
 P(S('Receivables growing faster than revenue.', None, '', 'cx'),
   S('Revenue rose 19% in the year to September, according to the annual report, while trade receivables rose 47%.', GM, '', 'ev', '-', k='recv'),
   S('Days sales outstanding went from 61 to 76.', GM, '', 'ev', '-'), label=X),
 P(S('A change of auditor.', None, '', 'cx'),
   S('Brisco Venn replaced Hartwell Sayer in March after eleven years.', None, BV+';'+HS, 'ev'),
   S('The company says the switch followed a routine tender.', GM, GM, 'cl'),
   S('Nothing in the outgoing firm’s letter suggests otherwise, so this one is a weak flag.', None, '', 'cl'), label=X),
 P(S('Customer concentration.', None, '', 'cx'),
   S('No customer is more than 8% of sales, and the top ten are all public hospital groups.', None, '', 'ev', '+'), label=O),
 P(S('Cash flow that trails profit.', None, '', 'cx'),
   S('Operating cash flow was £12 million against net profit of £31 million.', None, '', 'ev', '-', k='cash'),
   S('On the results call, finance director Henrike Solloway said the gap came from building stock ahead of a new contract with the Westmere Hospitals Group and would reverse by the spring.', HSo, WH, 'cc', '+', k='reverse', c='cash'),
   S('Maybe, but stock only rose £6 million, and the receivables rose £14 million.', None, '', 'cc', '-', c='reverse'), label=X),
 P(S('Related-party deals.', None, '', 'cx'),
   S('I found none beyond the chairman’s small stake in the warehouse landlord, which is disclosed and priced at market rent, according to a valuer’s letter in the annual report.', None, '', 'ev'), label=O),
 P(S('Management bonuses tied to adjusted profit.', None, '', 'cx'),
   S('The bonus targets use an adjusted operating profit that excludes “contract start-up costs”, which came to £9 million this year.', None, '', 'ev', '-'),
   S('That exclusion did a lot of the work in a year when the bonus paid out at 140% of target.', None, '', 'cl', '-'), label=X),
 P(S('Not everyone reads the numbers the way I do.', None, '', 'cc', '+', c='recv'),
   S('Darragh Mulqueen, who covers medical distribution at Quayhurst Securities, told me the receivables build is what happens when you win public hospital contracts, because hospital groups pay slowly but never default.', DM, QS, 'cl', '+', k='slowpay'),
   S('He has a buy rating and a target of 1,850p.', DM, '', 'rc', '+'),
   S('“The flags you are finding are the flags of a company that is growing,” he said.', DM, '', 'cl', '+')),
 P(S('He may be right about hospital groups.', None, '', 'cl'),
   S('But receivables more than 90 days overdue tripled in the year, and slow payers are not the same as late ones.', None, '', 'cc', '-', c='slowpay')),
 P(S('Score: four flags out of six.', None, '', 'cl', '-'),
   S('I am not short, and I would not be; the contracts are real.', None, '', 'rc', k='notshort'),
   S('But I would want to see the cash come in before paying twice what the shares cost in January.', None, GM, 'cc', '-', c='notshort'),
   S('Glenmarrow did not respond to questions sent on Friday.', None, GM, 'cx')),
]
build('glenmarrow-red-flags.txt', 'txt', None, body, '', '')
