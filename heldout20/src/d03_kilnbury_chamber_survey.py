from mk import S, H, P, LI, OL, T, D, md_doc

FILE = 'kilnbury-chamber-q3-business-survey.md'
DEFAULT = 'Yolanda Brisk'

CT = 'Glazewell Tableware'
KCWU = "Kiln and Clay Workers' Union"
GF = 'Grindleby Freight'
FB = 'Fernwright Bank'
BC = 'Bartholomew Crane'
DS = 'Orla Stenhouse'
EP = 'Ewart Pollexfen'

BLOCKS = [
    P(S('ev', '0', "Business confidence in Kilnbury fell for the second quarter running, according to the 212 members who answered our third-quarter survey."),
      S('ev', '0', "The balance of firms expecting sales to rise over the next three months fell from +18 to +6.")),
    P(S('cx', '0', "The main balances are below.")),
    T(S('cx', '0', "Balance | Q2 | Q3"),
      S('ev', '0', "Sales expected to rise | +18 | +6"),
      S('ev', '0', "Plan to hire | +11 | -2"),
      S('ev', '0', "Cash flow improving | +4 | -9")),
    H("Glazewell"),
    P(S('cl', '-', "The biggest single worry among members is Glazewell Tableware's plan to close its Kilnbury kiln next spring.", co=[CT]),
      S('ev', '0', "The company says the kiln's 180 jobs will move to its new factory on Ashpit Lane, eleven miles away.", sp=CT, co=[CT])),
    P(S('pr', '+', "Its chief executive, Bartholomew Crane, told members at our September breakfast that the move would cut the energy used to fire each plate by a third.", sp=BC),
      S('cl', '+', "“This is how a pottery survives,” he said.", sp=BC)),
    P(S('cc', '-', "Not everyone at the breakfast was persuaded.", ctr="This is how a pottery survives"),
      S('cc', '-', "Orla Stenhouse, regional officer of the Kiln and Clay Workers' Union, said fewer than half the kiln's staff could get to Ashpit Lane without a car.", sp=DS, co=[KCWU], ctr="jobs will move to its new factory"),
      S('rec', '0', "The union wants Glazewell to pay for a works bus for at least two years.", sp=KCWU, co=[CT]),
      S('ev', '0', "A Glazewell spokeswoman said the company would consider it.", sp=CT, co=[CT])),
    H("Suppliers and shops"),
    P(S('pr', '-', "Twenty-three members supply Glazewell, and nine of them told us they expect to lose work when the kiln closes.", co=[CT]),
      S('cc', '0', "Grindleby Freight, which carries clay and finished ware for the pottery, sees it differently.", sp=GF, co=[CT, GF], ctr="nine of them told us"),
      S('cl', '+', "Its managing director, Ewart Pollexfen, said the longer run to Ashpit Lane would mean more work for his lorries, not less.", sp=EP)),
    P(S('cc', '0', "Shopkeepers on Potter Street are less cheerful.", ctr="more work for his lorries"),
      S('ev', '0', "Two told us that the kiln workers' lunchtime trade keeps three cafés on the street open.")),
    H("Credit"),
    P(S('cx', '0', "Members also complained about credit."),
      S('ev', '0', "Of those who applied for a loan this quarter, 31% were turned down, up from 19% in the spring."),
      S('ev', '0', "Several named Fernwright Bank, the largest lender in the town, which closed its Market Square branch in July.", co=[FB])),
    P(S('cc', '0', "Fernwright told us its approval rate for small firms in the district was 74% in the quarter, in line with the rest of its network.", sp=FB, co=[FB], ctr="31% were turned down"),
      S('cl', '0', "Both figures can be true: our members are smaller than Fernwright's typical borrower.", co=[FB])),
    H("What we are asking for"),
    LI(S('rec', '0', "Glazewell should fund the works bus the union has asked for.", co=[CT, KCWU])),
    LI(S('rec', '0', "The council should bring forward the Ashpit Lane bus route it has promised for 2028.")),
    LI(S('rec', '0', "Lenders should tell refused applicants why, in writing.")),
    P(S('pr', '0', "We expect confidence to fall again in the fourth quarter, when the kiln's closing date is confirmed.")),
]

FRONT = [
    ('title', '"Kilnbury business survey: third quarter 2026"'),
    ('author', 'Yolanda Brisk'),
    ('role', 'Policy Manager'),
    ('date', '2026-10-22'),
    ('site', 'Kilnbury and District Chamber of Commerce'),
    ('audience', 'members and press'),
    ('survey_responses', '212'),
]


def render():
    return md_doc(FRONT, BLOCKS, tail='*Members can download the full tables from the members’ area. The fourth-quarter survey opens on 5 January.*')
