from mk import S, H, P, LI, OL, T, D, md_doc

FILE = 'desks-without-workers-discussant-remarks.md'
DEFAULT = 'Oriane Carnaby'

HW = 'Hivelet Workspace'
BAM = 'Sedgewater Asset Management'
OF = 'Odalys Frane'
PR = 'Joost Rademaker'
YD = 'Yannick Delacombe'
SO = 'Ragnhild Peverill'

BLOCKS = [
    P(S('cx', '0', "These are my remarks as discussant of “Desks Without Workers”, the paper by Odalys Frane and Joost Rademaker presented in the second session."),
      S('cl', '0', "It is a careful paper about an important question: whether the occupancy figure that flexible-office operators report tells investors anything about their profits.")),
    H("What the paper finds"),
    P(S('ev', '0', "The authors use badge-swipe data from 61 buildings run by Hivelet Workspace, the largest listed operator, between 2023 and 2026.", sp=OF, co=[HW]),
      S('ev', '0', "Hivelet reports desk occupancy of 84%.", sp=HW, co=[HW]),
      S('cc', '-', "The paper finds that on a typical weekday only 47% of the desks that members pay for are used.", sp=OF, ctr="occupancy of 84%")),
    P(S('cl', '-', "The authors argue that members who stop coming in are the first to cancel, so today's empty desk is next year's lost revenue.", sp=OF),
      S('ev', '0', "On their estimate, each ten-point fall in use is followed two quarters later by a four-point fall in occupancy.", sp=OF)),
    H("Three concerns"),
    P(S('cx', '0', "I have three concerns.")),
    OL(1, S('cc', '0', "First, the badge data count entries, not people, so members who follow a colleague through the door are missed.", ctr="only 47% of the desks"),
       S('ev', '0', "Hivelet's own member survey, which the company shared with the authors, puts weekday use at 58%.", sp=HW, co=[HW])),
    OL(2, S('cc', '0', "Second, the sample ends before Hivelet moved a third of its desks to monthly contracts, which changes how quickly cancellations show up.", co=[HW], ctr="each ten-point fall")),
    OL(3, S('cl', '0', "Third, and most important, occupancy may be the wrong measure of profit for an operator that sells memberships rather than desks."),
       S('cl', '+', "A member who never comes in still pays, and costs almost nothing to serve.")),
    H("The company's view"),
    P(S('cc', '+', "In a letter printed in the paper's appendix, Hivelet's finance director, Yannick Delacombe, argues that the authors have confused attendance with demand.", sp=YD, co=[HW], ctr="the first to cancel"),
      S('ev', '+', "Renewals ran at 91% last year, he writes, the highest since the company listed.", sp=YD, co=[HW])),
    P(S('cc', '-', "The authors reply that renewals lag use by up to a year and that the 2026 figures will tell.", sp=OF, ctr="Renewals ran at 91%")),
    P(S('cl', '0', "I think both are partly right."),
      S('cc', '+', "Renewals are a lagging measure, but a lagging measure that keeps rising is not nothing.", ctr="renewals lag use")),
    H("From the floor"),
    P(S('cx', '0', "Ragnhild Peverill of Sedgewater Asset Management, which owns Hivelet shares, asked why the paper left out the company's price rises.", sp=SO, co=[BAM, HW]),
      S('cc', '+', "Average membership prices rose 7% last year, she said, so revenue per member is rising even if use is not.", sp=SO, ctr="next year's lost revenue")),
    P(S('cc', '-', "Frane accepted the point but said that price rises would speed up cancellations among the least active members.", sp=OF, ctr="Average membership prices rose 7%"),
      S('ev', '0', "Rademaker added that the authors would update the paper when Hivelet publishes its 2026 renewal figures.", sp=PR, co=[HW])),
    H("Suggestions"),
    LI(S('rec', '0', "Report the results with and without the buildings on monthly contracts.")),
    LI(S('rec', '0', "Ask Hivelet for the survey's underlying data rather than its headline figure.", co=[HW])),
    LI(S('rec', '0', "Drop the word “ghost” from the title of section 4, which the data do not support.")),
    P(S('pr', '0', "If the authors can show that members who rarely come in cancel at twice the rate of the rest, I will accept that the occupancy figure is hiding something.")),
]

FRONT = [
    ('title', '"Discussant\'s remarks: Desks Without Workers"'),
    ('author', 'Oriane Carnaby'),
    ('role', 'discussant, session 2'),
    ('date', '2026-11-06'),
    ('site', 'Lintelgate Workshop on Property and Firms'),
    ('paper', '"Desks Without Workers: Attendance, Occupancy and Churn in Flexible Offices"'),
    ('tags', '[discussion, flexible offices, working papers]'),
]


def render():
    return md_doc(FRONT, BLOCKS, tail='*Discussants’ remarks are posted with the speakers’ permission. Slides are in the session folder.*')
