from mk import S, H, P, LI, OL, T, D, md_doc

FILE = 'shedworth-perception-study-2026.md'
DEFAULT = 'Imara Coldbeck'

SGB = 'Shedworth Garden Buildings'
PIN = 'Pinchbrook Cabins'
GSC = 'Garden Structures Council'
SPB = 'Sawmill Price Bureau'
ARB = 'Arborlyn Outdoor Rooms'
AB = 'Anouk Brinsley'

BLOCKS = [
    P(S('cx', '0', "Every autumn we ask the investors who own a company's shares, and some who have sold them, what they think of it."),
      S('ev', '0', "This year Shedworth Garden Buildings agreed to let us publish a summary of what 41 of them told us in October.", co=[SGB])),
    H("The headline numbers"),
    P(S('ev', '-', "Of the 41, 24 described the company as well run, down from 33 of 44 a year ago.", co=[SGB]),
      S('ev', '-', "Only nine expect the garden-office range to return to growth next year.")),
    P(S('cx', '0', "Answers to three of our standard questions are below.")),
    T(S('cx', '0', "Statement | Agree, 2025 | Agree, 2026"),
      S('ev', '0', "Management is credible | 71% | 58%"),
      S('ev', '0', "The strategy is clear | 64% | 49%"),
      S('ev', '0', "I would buy more at today's price | 38% | 22%")),
    H("What holders like"),
    P(S('cl', '+', "Most holders still like the core business."),
      S('cl', '+', "One portfolio manager called the shed and summerhouse business “a cash machine that nobody has to think about”."),
      S('ev', '+', "Shedworth's share of the timber-building market rose to 31% last year, according to the Garden Structures Council.", sp=GSC, co=[SGB])),
    H("What worries them"),
    P(S('cl', '-', "The worry is Shedworth Studio, the garden-office range built on the 2024 purchase of Pinchbrook Cabins.", co=[PIN, SGB]),
      S('ev', '-', "Studio sales fell 18% in the year to June, according to the annual report.", sp=SGB, co=[SGB]),
      S('cl', '-', "Several holders told us the deal was done at the top of the working-from-home boom."),
      S('rec', '-', "Three said the board should write it down and stop spending on the range."),
      S('cl', '-', "A sell-side analyst put it more bluntly: “They paid a boom price for a fad.”")),
    H("The company's answer"),
    P(S('cx', '0', "We showed the findings to Shedworth's finance director, Anouk Brinsley, before publication.", co=[SGB]),
      S('cc', '+', "She does not accept that Studio is a fad.", sp=AB, co=[SGB], ctr="a boom price for a fad"),
      S('ev', '+', "Garden-office orders were up 9% in the first ten weeks of the new financial year, she said, and the order book is the longest since 2022.", sp=AB),
      S('cc', '+', "“Nobody writes off a business that has just turned the corner,” she said.", sp=AB, ctr="should write it down")),
    P(S('cl', '0', "Brinsley conceded that the company had been slow to explain the range's margins to investors.", sp=AB, co=[SGB]),
      S('ev', '0', "She has promised to report Studio as a separate segment in the half-year results.", sp=AB, co=[SGB])),
    P(S('cc', '-', "One holder we spoke to afterwards pointed out that the ten weeks included a 15% price promotion on Studio cabins.", co=[SGB], ctr="Garden-office orders were up 9%")),
    H("Not everyone blames Studio"),
    P(S('cc', '0', "Not every holder thinks the garden-office range is the problem.", ctr="The worry is Shedworth Studio"),
      S('cl', '-', "Two of the five largest shareholders told us the bigger risk is the price of timber."),
      S('ev', '0', "Softwood prices have risen 14% since June, according to the Sawmill Price Bureau.", sp=SPB)),
    P(S('ev', '+', "Arborlyn Outdoor Rooms, Shedworth's closest listed rival, has raised its prices twice this year without losing volume, according to its trading update.", sp=ARB, co=[ARB, SGB])),
    H("Our recommendations"),
    LI(S('rec', '0', "Publish the Studio margin, even if it is small.", co=[SGB])),
    LI(S('rec', '0', "Give investors a date by which the range must break even, and say what happens if it does not.")),
    LI(S('rec', '0', "Take holders to see the garden-office factory before the half-year results.")),
    P(S('cl', '-', "Both sides have a point, but it is the missing Studio margin that turns a debate into a discount.", co=[SGB]),
      S('pr', '+', "We expect the share of holders who call the company well run to recover if the segment figures show a profit.", co=[SGB])),
    P(S('cx', '0', "Disclosure: Shedworth paid for this study.", co=[SGB])),
]

FRONT = [
    ('title', '"What investors think of Shedworth: our 2026 perception study"'),
    ('author', 'Imara Coldbeck'),
    ('role', 'Director, shareholder research'),
    ('date', '2026-11-18'),
    ('site', 'Keystile Investor Relations'),
    ('tags', '[perception study, garden buildings, shareholder research]'),
    ('reading_time', '6 min'),
]


def render():
    return md_doc(FRONT, BLOCKS, tail='*Keystile runs perception studies for listed companies of every size. To ask about a study for your company, write to the studies desk.*')
