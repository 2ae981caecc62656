from mk import *
A = 'Agatha Mossop'
CB = 'Crumbwell Biscuits'
LQ = 'Adaeze Quarshie'
BE = 'Leofric Etheridge-Pym'
DF = 'Dermot Cullinane'
MR = 'Maelys Ridoutt'
PD = 'Pallister Dunne'
WC = 'Thornpitt Bakery Works Council'
FU = 'Food and Bakery Trades Union'
MF = 'Mayhollow Foods'
def d(t, ty, st, co=(), ctr=None): return s(t, A, False, list(co), ty, st, ctr)
DOC = dict(file='thornpitt-works-council-record.txt',
  txt_head=['Thornpitt Bakery Works Council: record of consultation meeting 4', '',
            'Recorded by Agatha Mossop, Council Secretary', '',
            'Meeting date 9 December 2026 | Canteen B, Thornpitt | Status: agreed record', ''],
  blocks=[
    H('1. PURPOSE AND ATTENDANCE'),
    P(d("The meeting continued the consultation on Crumbwell Biscuits' proposal to move the wafer line from Thornpitt to the company's plant at Drovenholt by September 2027.", 'ev', 'ne', [CB]),
      d("The proposal would remove 86 of the 410 jobs on the site.", 'ev', 'be'),
      d("Present for management were Adaeze Quarshie, operations director, and Leofric Etheridge-Pym, HR director; for the Thornpitt Bakery Works Council, Dermot Cullinane (chair) and six elected members.", 'cx', 'ne', [WC])),
    H("2. MANAGEMENT'S CASE"),
    P(s("Ms Quarshie said the wafer line at Thornpitt runs at 58% of capacity and has lost money in each of the last three years.", LQ, True, [], 'ev', 'be'),
      s("She said Drovenholt's line is newer and can absorb the volume with 20 extra staff, saving the company £3.4 million a year.", LQ, True, [CB], 'ev', 'bu'),
      s("In her view, keeping two half-empty wafer lines “puts all 410 jobs at risk, not 86”.", LQ, True, [], 'cl', 'ne')),
    H("3. THE COUNCIL'S RESPONSE"),
    P(s("Mr Cullinane said the council did not accept that the line was loss-making.", DF, True, [WC], 'cc', 'bu', ctr='has lost money in each of the last three years'),
      s("He said the losses arose because Thornpitt is charged a share of head-office costs that Drovenholt is not.", DF, True, [], 'cl', 'bu'),
      s("The council's adviser, Maelys Ridoutt of Pallister Dunne, had been given the line's accounts and found that, on a like-for-like cost basis, it made a small profit in two of the three years.", MR, True, [PD, WC], 'ev', 'bu'),
      s("Mr Cullinane also pointed out that the company moved its cracker line to Drovenholt in 2023 and brought part of it back within a year.", DF, True, [CB], 'cc', 'ne', ctr="She said Drovenholt's line is newer")),
    H("4. MANAGEMENT'S REPLY"),
    P(s("Mr Etheridge-Pym said the head-office charge is applied the same way at every site, and that Ms Ridoutt's method would make every plant in the group look profitable.", BE, True, [CB], 'cc', 'ne', ctr='He said the losses arose because Thornpitt is charged'),
      s("He accepted that the cracker move had gone badly.", BE, True, [], 'cl', 'be'),
      s("But he said the cracker problems came from a supplier of packing machines, not from Drovenholt's staff.", BE, True, [], 'cc', 'ne', ctr='He accepted that the cracker move had gone badly.'),
      s("Ms Quarshie added that the company had received no proposal from the council that would close the cost gap.", LQ, True, [CB, WC], 'cl', 'ne')),
    H("5. THE COUNCIL'S ALTERNATIVE"),
    P(s("Mr Cullinane tabled an alternative: a four-day shift pattern on the wafer line, which the council estimates would save £1.1 million a year.", DF, True, [WC], 're', 'ne'),
      s("The council also asked the company to bring the Crumbwell Orange Wafer, currently made under contract by Mayhollow Foods, back in-house to fill the spare capacity.", WC, True, [CB, MF, WC], 're', 'ne'),
      s("Ms Quarshie said the Mayhollow contract runs until 2029 and would cost £900,000 to end early.", LQ, True, [MF], 'cc', 'ne', ctr='bring the Crumbwell Orange Wafer'),
      s("She agreed to cost the four-day pattern before the next meeting.", LQ, True, [], 'ev', 'ne')),
    H('6. UNION POSITION'),
    P(s("The Food and Bakery Trades Union, which represents about 300 of the site's workers, sent a statement that Mr Cullinane read to the meeting.", FU, True, [], 'cx', 'ne'),
      s("It said the union would ballot for industrial action if any compulsory redundancies were announced before the consultation ends.", FU, True, [FU], 'pr', 'ne'),
      s("Ms Quarshie said the company hoped to avoid compulsory redundancies by using 40 vacancies at Thornpitt and voluntary terms.", LQ, True, [CB], 'ev', 'ne'),
      d("Two council members said they doubted that enough staff would volunteer, since most wafer operators have more than 15 years' service.", 'cc', 'ne', ctr='hoped to avoid compulsory redundancies')),
    H('7. NEXT STEPS'),
    P(d("Management will present costings of the four-day pattern at meeting 5 on 13 January.", 'ev', 'ne'),
      s("Mr Cullinane said the council would publish its adviser's findings to the workforce.", DF, True, [WC], 'ev', 'ne'),
      d("The consultation period ends on 3 February 2027.", 'ev', 'ne'),
      d("Agreed as an accurate record by both sides on 11 December.", 'cx', 'ne')),
  ],
  txt_tail=['-- ', 'Circulation: council members, site management, noticeboards A to D. Not for external distribution.', ''])
