from mk import *
CS, PCI, PKU = 'Calderwick Services', 'Prison Catering Inspectorate', 'Prison Kitchen Workers’ Union'
OD, HT, LP = 'Oriel Dunstable', 'Hamish Tredgold', 'Lachlan Pryor-Beddoes'
body = [
 H('Prison catering: Calderwick Services'),
 P(S('Question 18422, tabled by Oriel Dunstable, Member for Kessock Vale, on 18 November.', OD, '', 'cx')),
 P(S('To ask the Secretary of State for Justice what assessment he has made of the performance of Calderwick Services under the national prison catering contract.', OD, CS, 'cx')),
 P(S('Answered by Hamish Tredgold, Minister for Prisons, on 25 November.', HT, '', 'cx')),
 P(S('Calderwick Services has delivered the contract in line with its key performance indicators in 11 of the last 12 months.', HT, CS, 'ev', '+', k='kpi'),
   S('The Department monitors those indicators monthly and meets the company each quarter.', HT, CS, 'ev'),
   S('I am satisfied that the contract is providing value for money.', HT, '', 'cl', '+')),
 H('Prison catering: hygiene inspections'),
 P(S('Question 18706, tabled by Oriel Dunstable on 26 November.', OD, '', 'cx')),
 P(S('To ask the Secretary of State for Justice, further to the answer of 25 November, how he reconciles his statement that Calderwick Services met its indicators with the Prison Catering Inspectorate’s finding of 41 serious hygiene failures in Calderwick kitchens in the year to September.', OD, CS+';'+PCI, 'cc', '-', k='q2', c='kpi')),
 P(S('Answered by Hamish Tredgold on 3 December.', HT, '', 'cx')),
 P(S('The key performance indicators in the contract measure meal delivery, menu compliance and cost; hygiene is assessed separately by the Inspectorate.', HT, PCI, 'cc', c='q2'),
   S('Of the 41 failures, 29 were in kitchens where Calderwick staff work alongside prisoners employed by the prison, and responsibility is shared.', HT, CS, 'ev'),
   S('Calderwick has submitted an improvement plan, which the Inspectorate will review in February.', HT, CS+';'+PCI, 'ev'),
   S('I accept that the number of failures is too high.', HT, '', 'cl', '-', k='accept'),
   S('But the contract’s break clause can be used only for a failure of the indicators it sets, and I am advised that using it now would expose the Department to a claim for damages.', HT, '', 'cc', c='accept')),
 H('Prison catering: contract costs'),
 P(S('Question 18711, tabled by Lachlan Pryor-Beddoes, Member for Ashwell Moor, on 26 November.', LP, '', 'cx')),
 P(S('To ask the Secretary of State for Justice what the cost per prisoner per day of the catering contract was in each of the last three years, and how that compares with the cost of the service in prisons where catering is provided in-house.', LP, '', 'cx')),
 P(S('Answered by Hamish Tredgold, also on 3 December.', HT, '', 'cx')),
 P(S('The cost per prisoner per day under the contract was £2.71 in 2023–24, £2.88 in 2024–25 and £3.12 in 2025–26.', HT, '', 'ev'),
   S('In the four prisons that run their own kitchens the comparable figure for 2025–26 was £3.40, although those prisons are smaller and the figures are not directly comparable.', HT, '', 'ev', '+'),
   S('The contract therefore continues to represent good value for the taxpayer.', HT, '', 'cl', '+')),
 H('Prison catering: staff shortages'),
 P(S('Question 18840, tabled by Oriel Dunstable on 1 December.', OD, '', 'cx')),
 P(S('To ask the Secretary of State for Justice whether he has received representations from the Prison Kitchen Workers’ Union about staffing levels in Calderwick kitchens; and if he will make a statement.', OD, CS+';'+PKU, 'cx')),
 P(S('Answered by Hamish Tredgold on 4 December.', HT, '', 'cx')),
 P(S('I received a letter from the Prison Kitchen Workers’ Union on 20 November.', HT, PKU, 'ev'),
   S('The union says that 1 in 6 posts in Calderwick kitchens is vacant and that prisoners are being asked to cover shifts without supervision.', PKU, CS, 'ev', '-', k='union'),
   S('Calderwick has told my officials that its vacancy rate is 9% and that no kitchen operates without a supervisor.', CS, CS, 'cc', '+', c='union'),
   S('A copy of the union’s letter and of the company’s reply has been placed in the Library of the House.', HT, CS+';'+PKU, 'cx'),
   S('I have asked the Inspectorate to include staffing in its February review.', HT, PCI, 'ev')),
]
head = 'Written questions and answers: the prison catering contract\n\n'
tail = '\n(Compiled from the House written-answers record, 1–5 December.)\n'
build('prison-catering-written-answers.txt', 'txt', None, body, head, tail)
