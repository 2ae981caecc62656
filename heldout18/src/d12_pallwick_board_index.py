from mk import *
A = 'Heloise Ndlovu-Pemble'
PP = 'Pallwick Price Reporting'
RM = 'Rennerdale Paper Mills'
IF = 'Ignatz Fairweather-Skov'
FB = 'Federation of Box Converters'
SB = 'Niamh Blackmantle'
AG = 'Anatol Grigorescu-Wynne'
FP = 'Fallgate Partners'
SP = 'Stavewood Papers'
def d(t, ty, st, co=(), ctr=None): return s(t, A, False, list(co), ty, st, ctr)
DOC = dict(file='pallwick-containerboard-monthly-november.txt',
  txt_head=['Containerboard monthly: November assessment and methodology note', '',
            'By Heloise Ndlovu-Pemble, Senior Price Reporter, Pallwick Price Reporting', '',
            'Issue 11/2026 | Published 2 December 2026 | Subscribers only', ''],
  blocks=[
    H('THE NUMBERS'),
    P(d("The Pallwick Containerboard Index for recycled liner fell £14 to £432 a tonne in November, its fourth monthly fall.", 'ev', 'ne', [PP]),
      d("Virgin kraftliner was unchanged at £610 a tonne.", 'ev', 'ne'),
      d("Buyers we spoke to reported discounts of £20 to £30 a tonne on spot orders from at least three mills.", 'ev', 'ne')),
    P(s("Box demand from online retailers was flat in October, according to figures from the Federation of Box Converters.", FB, True, [], 'ev', 'ne'),
      d("We think prices will fall again in December, as mills run down stocks before the year end.", 'pr', 'ne')),
    H('A MILL DISAGREES'),
    P(s("Rennerdale Paper Mills, the largest producer of recycled liner, disputes our assessment.", RM, True, [], 'cc', 'ne', ctr='The Pallwick Containerboard Index for recycled liner fell'),
      s("Its commercial director, Ignatz Fairweather-Skov, said Rennerdale had “not cut a single list price since July” and that our index relied on distressed sales by smaller mills.", IF, True, [RM], 'cl', 'bu'),
      s("“An index built from the weakest sellers will always point down,” he said.", IF, True, [], 'cl', 'ne')),
    P(s("List prices are not transaction prices, and Rennerdale's own third-quarter results show its average selling price for recycled liner fell 6% from the second quarter.", RM, True, [RM], 'cc', 'be', ctr='not cut a single list price since July'),
      d("We also checked our November sample: 61% of the reported tonnage came from the five largest mills.", 'cc', 'ne', ctr='our index relied on distressed sales')),
    H('THE BOX MAKERS'),
    P(s("The Federation of Box Converters, whose members buy most of the recycled liner sold in the country, thinks our index is, if anything, too high.", FB, True, [], 'cc', 'ne', ctr='The Pallwick Containerboard Index for recycled liner fell'),
      s("Its director general, Niamh Blackmantle, said members were paying £400 a tonne or less on contract.", SB, True, [], 'ev', 'ne'),
      s("She wants the index to publish contract prices separately from spot prices.", SB, True, [PP], 're', 'ne')),
    P(s("Rennerdale said the federation's members were “quoting their best deal, not their average”.", RM, True, [FB], 'cc', 'ne', ctr='members were paying £400 a tonne or less'),
      d("We have some sympathy with the federation's request, and a separate contract series will start in February.", 'ev', 'ne', [FB])),
    H('THE ANALYST VIEW'),
    P(s("Anatol Grigorescu-Wynne, who covers paper and packaging at Fallgate Partners, thinks the mills are near the bottom.", AG, True, [FP], 'cl', 'ne'),
      s("In his view, Stavewood Papers' closure of its number three machine at Lathernby in January will take 5% of recycled liner capacity out of the market.", AG, True, [SP], 'pr', 'ne'),
      s("He rates Rennerdale's shares a buy.", AG, True, [RM], 're', 'bu')),
    P(d("We are less sure.", 'cc', 'ne', ctr='thinks the mills are near the bottom'),
      d("Stavewood has closed machines before and reopened them within a year, most recently in 2024.", 'ev', 'ne', [SP]),
      s("A Stavewood spokesman said the Lathernby closure was permanent.", SP, True, [SP], 'cc', 'ne', ctr='Stavewood has closed machines before')),
    H('METHODOLOGY NOTE'),
    P(d("From the January assessment, we will exclude any single sale below 100 tonnes.", 'ev', 'ne'),
      d("Had that rule applied in November, the index would have been £437, not £432.", 'ev', 'ne'),
      s("Rennerdale said the change was “a step in the right direction”.", RM, True, [], 'cl', 'ne')),
    H('OUTLOOK'),
    P(d("We expect the index to settle between £415 and £430 in the first quarter.", 'pr', 'ne'),
      d("Buyers on contract should press for index-linked clauses that use the new contract series.", 're', 'ne')),
  ],
  txt_tail=['-- ', 'Pallwick Price Reporting assessments are provided for information. Redistribution outside the subscribing organisation is not permitted.', ''])
