from mk import *
A = 'Oriel Pettigrew'
UA = 'Ullaster Combined Transport Authority'
WB = 'Cobbleway Buses'
HQ = 'Horatio Stanbury-Voce'
FT = 'Fallowmead Transit Group'
AR = 'Anouska Retallick'
OM = 'Ostrey Mobility'
GC = 'Coldspire Capital'
TW = 'Ezekiel Fothergill'
UU = 'Ullaster University'
UC = 'Ullaster Community Transport'
PO = 'Eulalia Kerrigan-Ugwu'
def d(t, ty, st, co=(), ctr=None): return s(t, A, False, list(co), ty, st, ctr)
DOC = dict(file='ullaster-bus-franchise-form-guide.txt',
  txt_head=['Runners and riders: the Ullaster bus franchise', '',
            'By Oriel Pettigrew, Transport Editor, The Fare Stage', ''],
  blocks=[
    P(d("Ullaster Combined Transport Authority will name the winner of its first bus franchise, covering 41 routes in the northern half of the city, on 20 January.", 'ev', 'ne', [UA]),
      s("Four bidders are in the race, and the authority says price will count for 40% of the score and service quality for 60%.", UA, True, [UA], 'ev', 'ne'),
      d("Here is how we see the field.", 'cx', 'ne')),
    H('COBBLEWAY BUSES (THE INCUMBENT)'),
    P(d("Form: Cobbleway has run most of these routes commercially for 22 years and carries 31 million passengers a year on them.", 'ev', 'ne', [WB]),
      s("Its managing director, Horatio Stanbury-Voce, told a scrutiny meeting in November that “nobody knows these streets like our drivers do”.", HQ, True, [], 'cl', 'bu')),
    P(s("Going: the authority's own punctuality figures show Cobbleway ran 79% of its buses on time last year, against a target of 90%.", UA, True, [WB], 'ev', 'be'),
      s("Cobbleway says most of the late buses were held up by roadworks on the inner ring road.", WB, True, [WB], 'cc', 'bu', ctr='ran 79% of its buses on time')),
    P(d("Our odds: 6-4 favourite, because experience counts for a lot in the quality score.", 'pr', 'bu')),
    H('FALLOWMEAD TRANSIT GROUP'),
    P(d("Form: Fallowmead runs franchised networks in two other cities and won both on price.", 'ev', 'bu', [FT]),
      s("Its chief executive, Anouska Retallick, says Fallowmead can run the 41 routes for 12% less than Cobbleway spends on them today.", AR, True, [FT, WB], 'cl', 'bu')),
    P(s("Horatio Stanbury-Voce calls that figure “a bid to lose money”.", HQ, True, [], 'cc', 'be', ctr='says Fallowmead can run the 41 routes'),
      s("He pointed out that Fallowmead handed back its Saltmarden franchise two years early after losing £9 million on it.", HQ, True, [FT], 'ev', 'be'),
      s("Fallowmead says the Saltmarden losses came from a fuel contract signed before energy prices rose, and that it now hedges all its fuel.", FT, True, [FT], 'cc', 'bu', ctr='handed back its Saltmarden franchise')),
    P(d("Our odds: 5-2.", 'pr', 'ne')),
    H('OSTREY MOBILITY'),
    P(d("Form: Ostrey, backed by the infrastructure fund Coldspire Capital, has never run a bus network but promises an all-electric fleet from day one.", 'ev', 'ne', [GC, OM]),
      s("According to its bid summary, it would buy 180 electric buses at a cost of £86 million.", OM, True, [OM], 'ev', 'ne')),
    P(s("Ezekiel Fothergill, a transport economist at Ullaster University, thinks the electric pledge will score well but doubts that a newcomer can hire 600 drivers in nine months.", TW, True, [UU], 'cc', 'be', ctr='promises an all-electric fleet'),
      s("“Drivers are the scarce thing in this industry, not buses,” he said.", TW, True, [], 'cl', 'be')),
    P(d("Our odds: 4-1.", 'pr', 'ne')),
    H('ULLASTER COMMUNITY TRANSPORT'),
    P(d("Form: the co-operative runs eight minibus routes and is bidding for only six of the 41 routes, which the authority offered as a separate lot.", 'ev', 'ne', [UA, UC]),
      s("Its secretary, Eulalia Kerrigan-Ugwu, says the small lot was designed “so that a local operator could win something”.", PO, True, [], 'cl', 'ne'),
      s("Cobbleway has also bid for the small lot, and Stanbury-Voce says splitting the network will raise costs for everyone.", HQ, True, [WB], 'cc', 'ne', ctr='says the small lot was designed')),
    P(d("Our odds: 3-1 for the small lot, and the best value in the race.", 'pr', 'bu')),
    H('THE VERDICT'),
    P(d("We expect Cobbleway to keep the big lot, because Fallowmead's record and Ostrey's inexperience will cost them on quality.", 'pr', 'bu', [FT, OM, WB]),
      d("But if the authority takes its own 90% punctuality target seriously, Cobbleway's record should worry it more than anyone else's.", 'cc', 'be', [UA, WB], ctr='We expect Cobbleway to keep the big lot'),
      d("The authority declined to comment on the bids.", 'cx', 'ne', [UA])),
  ],
  txt_tail=['-- ', 'Odds are the author\'s opinion for entertainment and are not offered by any bookmaker.', ''])
