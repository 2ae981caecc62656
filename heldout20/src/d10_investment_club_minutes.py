from mk import S, H, P, LI, OL, T, D, txt_body

FILE = 'copperwick-investment-club-november-minutes.txt'
DEFAULT = 'Agatha Frome'

RT = 'Ratchetby Tools'
EL = 'Enigmora Leisure'
CR = 'Cipherden Rooms'
DY = 'Everard Yarrow'
AF = 'Agatha Frome'
WA = 'Winifred Tatlock'
CB = 'Conrad Bellweather'
HA = 'Hortense Akinola'
GP = 'Gilbert Pennycuick'
MQ = 'Mariam Qureshi'

BLOCKS = [
    H("1. ATTENDANCE"),
    P(S('cx', '0', "Present: Everard Yarrow (EY, chair), Agatha Frome (AF, secretary), Winifred Tatlock (WT, treasurer), Conrad Bellweather (CB), Hortense Akinola (HA), Gilbert Pennycuick (GP) and Mariam Qureshi (MQ)."),
      S('cx', '0', "Apologies: Leofric Dunn.")),
    H("2. PORTFOLIO REVIEW"),
    P(S('ev', '0', "WT reported that the portfolio was worth £48,210 at the end of October, down 2.1% on the month.", sp=WA),
      S('ev', '-', "Most of the fall came from Ratchetby Tools, whose shares dropped 14% after a profit warning.", sp=WA, co=[RT]),
      S('ev', '0', "The cash balance of £2,140 was enough for one new holding, she added.", sp=WA)),
    P(S('rec', '-', "CB proposed selling the Ratchetby holding before the next results.", sp=CB, co=[RT])),
    P(S('cc', '+', "HA disagreed, saying the warning came from a single delayed order from a hardware chain and the shares now traded below the value of the company's factory.", sp=HA, co=[RT], ctr="CB proposed selling"),
      S('rec', '+', "She said she would buy more Ratchetby shares in her own account.", sp=HA, co=[RT])),
    P(S('cc', '-', "CB said he was not persuaded and asked for his view to be minuted.", sp=CB, ctr="a single delayed order")),
    P(S('rec', '0', "It was agreed to hold the shares and review the position in February.", co=[RT])),
    H("3. PROPOSAL: ENIGMORA LEISURE"),
    P(S('ev', '0', "GP presented his case for buying shares in Enigmora Leisure, which runs 38 escape-room sites.", sp=GP, co=[EL]),
      S('ev', '+', "He said sales per site had risen for six quarters in a row and that the company would open its first two sites abroad in the spring.", sp=GP, co=[EL]),
      S('cl', '+', "In his view the shares, at 11 times earnings, did not yet reflect the new sites.", sp=GP, co=[EL]),
      S('rec', '+', "He proposed buying £3,000 of shares.", sp=GP)),
    P(S('cx', '0', "MQ asked how long customers stay interested in escape rooms once they have done the ones near them.", sp=MQ)),
    P(S('ev', '+', "GP said that repeat visits made up 31% of bookings, according to the company's investor presentation.", sp=EL, co=[EL])),
    P(S('cc', '-', "MQ was not reassured.", sp=MQ, ctr="repeat visits made up 31%"),
      S('cl', '-', "She pointed out that the presentation counts a group of six as six customers, so one birthday party coming back would count as six repeat visits.", sp=MQ)),
    P(S('ev', '-', "EY noted that a rival, Cipherden Rooms, had closed eleven sites over the summer.", sp=DY, co=[CR])),
    P(S('cc', '+', "GP replied that Cipherden had opened in shopping centres where rents had doubled, whereas Enigmora mostly leases old industrial units.", sp=GP, co=[CR, EL], ctr="had closed eleven sites")),
    P(S('cx', '0', "AF recorded that she holds Enigmora shares in her own account.", sp=AF, co=[EL])),
    P(S('ev', '0', "The proposal was carried by five votes to two, with MQ and CB voting against.")),
    H("4. ANY OTHER BUSINESS"),
    P(S('ev', '0', "WT reminded members that subscriptions rise to £30 a month from January.", sp=WA),
      S('rec', '0', "CB suggested inviting someone from Enigmora to the March meeting.", sp=CB, co=[EL]),
      S('ev', '0', "EY said he would write to the company.", sp=DY, co=[EL])),
    P(S('cx', '0', "The next meeting is on 10 December at the Lamb.")),
]

HEADER = '''Copperwick Investment Club: minutes of the November meeting

Minutes taken by Agatha Frome, secretary

Meeting held 12 November 2026 | The Lamb, Copperwick | Draft for approval
'''

TRAILER = '''-- 
Circulated to members by email. These minutes are a record of the club's
discussion and are not investment advice.
'''


def render():
    return HEADER + '\n' + txt_body(BLOCKS, heading=lambda t: t) + '\n\n' + TRAILER
