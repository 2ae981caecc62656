from mk import S, H, P, LI, OL, T, D, txt_body

FILE = 'haddenby-market-traders-chat-export.txt'
DEFAULT = None

SM = 'Stallgate Markets'
HC = 'Haddenby Clarion'
DP = 'Dora Pellingham'
FO = 'Ferdie Oakes'
BK = 'Siobhan Kettle'
WT = 'Wes Thorsby'
PD = 'Priyanka Dove'
MR = 'Marcus Reeve'


def M(time, who, *sents):
    return P(*sents, label='14/11/2026, %s - %s:' % (time, who))


BLOCKS = [
    M('07:02', DP,
      S('cx', '0', "Has everyone seen the letter from Stallgate?", sp=DP, co=[SM]),
      S('ev', '0', "Pitch fees going up from £38 to £52 a day from January.", sp=DP)),
    M('07:05', FO,
      S('ev', '0', "That's a 37% rise.", sp=FO),
      S('pr', '-', "They'll empty the market.", sp=FO)),
    M('07:09', BK,
      S('ev', '0', "Letter says it's to pay for the new canopies and the card-payment scheme.", sp=SM),
      S('cc', '-', "Nobody asked for canopies.", sp=BK, ctr="to pay for the new canopies")),
    M('07:15', WT,
      S('cc', '+', "To be fair the canopies will help in winter, I lost about six Saturdays to rain last year.", sp=WT, ctr="Nobody asked for canopies")),
    M('07:16', BK,
      S('cc', '-', "Six Saturdays isn't worth £3,500 a year.", sp=BK, ctr="six Saturdays to rain")),
    M('07:20', PD,
      S('cx', '0', "Marcus from Stallgate is in this group btw, maybe he can explain.", sp=PD, co=[SM])),
    M('08:41', MR,
      S('cx', '0', "Morning all.", sp=MR),
      S('ev', '0', "Fees haven't gone up since 2019 and our costs have, insurance alone is up 60%.", sp=MR),
      S('ev', '0', "Anyone who signs a 12-month licence before 1 December pays £46 instead.", sp=MR)),
    M('08:44', FO,
      S('cc', '-', "So sign up for a year or get fleeced, nice.", sp=FO, ctr="signs a 12-month licence")),
    M('08:50', DP,
      S('ev', '-', "Stallgate did the same at Flaxcote last year and a third of the stalls went.", sp=DP, co=[SM]),
      S('cx', '0', "My cousin trades there, ask her.", sp=DP)),
    M('08:58', MR,
      S('cc', '+', "That's not right, Flaxcote has 41 traders now against 44 before the change, we publish the numbers.", sp=MR, ctr="a third of the stalls went")),
    M('09:03', PD,
      S('ev', '0', "The Haddenby Clarion says the council gets 12% of the pitch fees under its lease with Stallgate.", sp=HC, co=[SM]),
      S('cl', '0', "So the council wins either way.", sp=PD)),
    M('09:10', WT,
      S('rec', '+', "Honestly I'd take the £46 deal, Saturday footfall here is the best in the county.", sp=WT)),
    M('09:12', BK,
      S('rec', '0', "I'm not signing anything until the traders' meeting on Thursday.", sp=BK),
      S('rec', '0', "Everyone should come, 6pm at the Corn Hall.", sp=BK)),
    M('09:30', FO,
      S('cc', '+', "Stallgate's own accounts show £1.2m profit last year across its 14 markets.", sp=SM, co=[SM], ctr="our costs have"),
      S('cl', '0', "So don't tell me they're losing money on us.", sp=FO)),
    M('09:41', MR,
      S('cc', '0', "I never said we were losing money.", sp=MR, ctr="losing money on us"),
      S('ev', '0', "I'll be at the meeting Thursday with the canopy costings.", sp=MR)),
    M('09:44', DP,
      S('rec', '0', "Bring the Flaxcote numbers too.", sp=DP)),
    M('09:52', PD,
      S('pr', '0', "If half of us sign the licence the rest of us have no bargaining power left, just saying.", sp=PD)),
]

HEADER = '''Chat export: Haddenby Market Traders

Exported 15/11/2026 | 6 participants | text only, media omitted
'''


def render():
    lines = []
    for b in BLOCKS:
        lines.append(b.label + ' ' + ' '.join(s.text for s in b.sents))
    return HEADER + '\n' + '\n'.join(lines) + '\n'
