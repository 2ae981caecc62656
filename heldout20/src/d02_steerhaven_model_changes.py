from mk import S, H, P, LI, OL, T, D, md_doc

FILE = 'steerhaven-what-changed-in-our-model.md'
DEFAULT = 'Clementina Wardrake'

SDS = 'Steerhaven Driving Schools'
RSA = 'Road Skills Agency'
IIG = "Independent Instructors' Guild"
DMS = 'Dashmoor Motoring School'
DRU = 'Drumlin Securities'
LH = 'Lorimer Hask'
KM = 'Keturah Mansell'

BLOCKS = [
    P(S('rec', '0', "We have cut our forecasts for Steerhaven Driving Schools after last week's trading update, and we move the shares from buy to hold.", co=[SDS]),
      S('cx', '0', "This note sets out what changed in our model and why.")),
    P(S('cx', '0', "Our old and new forecasts for the year to March 2027 are below.")),
    T(S('cx', '0', "Forecast | Old | New"),
      S('pr', '0', "Lessons delivered | 2.31 million | 2.12 million"),
      S('pr', '0', "Revenue | £96.4 million | £89.0 million"),
      S('pr', '0', "Operating profit | £14.1 million | £11.3 million")),
    H("1. Fewer lessons"),
    P(S('ev', '-', "Steerhaven's trading update said its instructors delivered 6% fewer lessons in the summer than a year earlier.", sp=SDS, co=[SDS]),
      S('cl', '0', "Management blamed the waiting list for practical driving tests.", sp=SDS),
      S('ev', '0', "The Road Skills Agency, which runs the tests, puts the average wait at 21 weeks.", sp=RSA, co=[RSA])),
    P(S('cc', '-', "We do not think the test queue explains all of it.", ctr="Management blamed the waiting list"),
      S('cl', '-', "A learner cannot book a test until an instructor signs them off, but nothing stops them booking lessons, and the lessons did not come."),
      S('ev', '-', "In our own survey of 300 learners, 41% of those who had stopped taking Steerhaven lessons had moved to a cheaper independent instructor.", co=[SDS])),
    H("2. Instructor numbers"),
    P(S('ev', '0', "Steerhaven raised the weekly fee its franchised instructors pay by £15 in April.", co=[SDS]),
      S('ev', '-', "The Independent Instructors' Guild says the rise has pushed at least 200 instructors out of the network.", sp=IIG)),
    P(S('cc', '+', "The company disputes that figure: its chief executive, Lorimer Hask, told us that 140 instructors left in the half, fewer than in the same half of 2025.", sp=LH, co=[SDS], ctr="at least 200 instructors"),
      S('cl', '+', "“Instructors leave every year, and the fee is not why,” he said.", sp=LH)),
    P(S('cc', '-', "We have used his figure and still cut our instructor numbers by 3%, because fewer new instructors joined.", ctr="140 instructors left")),
    H("3. What could go right"),
    P(S('ev', '-', "A rival, Dashmoor Motoring School, went into administration in September.", co=[DMS]),
      S('pr', '+', "Some of its 90,000 learners may move to Steerhaven.", co=[SDS]),
      S('pr', '+', "Hask expects to sign up 150 of Dashmoor's instructors by Christmas.", sp=LH, co=[DMS]),
      S('cl', '0', "We have left that out of our numbers until it happens.")),
    H("4. Valuation"),
    P(S('rec', '-', "Our price target falls from 410p to 330p."),
      S('cl', '0', "At 312p the shares trade on 13 times our new earnings forecast, which is fair for a business whose volumes are falling.", co=[SDS])),
    H("Where we differ"),
    P(S('cc', '+', "Keturah Mansell at Drumlin Securities is more optimistic than we are.", sp=KM, co=[DRU], ctr="we move the shares from buy to hold"),
      S('pr', '+', "She thinks the guild's figure is right but that the instructors who left were the least busy, so lessons per instructor will rise.", sp=KM, co=[IIG]),
      S('rec', '+', "She rates the shares buy with a 450p target.", sp=KM, co=[SDS])),
    P(S('cc', '0', "That may prove right, but we would want to see lessons per instructor rise in the half-year figures before paying for it.", ctr="lessons per instructor will rise")),
]

FRONT = [
    ('title', '"Steerhaven Driving Schools: what changed in our model"'),
    ('author', 'Clementina Wardrake'),
    ('date', '2026-11-12'),
    ('site', 'Pellacott Breen Research'),
    ('rating', 'hold (from buy)'),
    ('price_target', '330p (from 410p)'),
    ('sector', 'consumer services'),
]


def render():
    return md_doc(FRONT, BLOCKS, tail='*This note is for professional investors only. Pellacott Breen Research acts as corporate broker to no company mentioned.*')
