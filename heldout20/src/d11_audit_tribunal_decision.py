from mk import S, H, P, LI, OL, T, D, txt_body

FILE = 'maundrell-cope-audit-tribunal-summary.txt'
DEFAULT = None

MC = 'Maundrell Cope LLP'
PGM = 'Peatmoor Growing Media'
APT = 'Audit Practice Tribunal'
PSAG = 'Peatmoor Shareholder Action Group'
HV = 'Hilary Vosburgh'
HT = 'Hamza Teversham'
OB = 'Ludovica Brende'
LV = 'Leander Vask'

BLOCKS = [
    H("BACKGROUND"),
    P(S('cx', '0', "This is a summary of the Tribunal's decision, and the full decision is published separately.")),
    P(S('ev', '0', "Maundrell Cope LLP audited Peatmoor Growing Media, a listed maker of compost and growing media, for the years 2022 to 2024.", co=[MC, PGM]),
      S('ev', '0', "Hilary Vosburgh was the audit partner.")),
    P(S('ev', '-', "In March 2025 Peatmoor restated its 2023 revenue, cutting it by £6.8 million, after finding that compost shipped to garden centres on sale-or-return terms had been booked as sold.", co=[PGM]),
      S('ev', '0', "Its shares fell 31% that day.")),
    H("THE CASE AGAINST THE RESPONDENTS"),
    P(S('ev', '-', "Executive Counsel, Hamza Teversham, alleged that the audit team accepted management's account of the sale-or-return contracts without reading them.", sp=HT),
      S('ev', '-', "He said 14 of Peatmoor's 20 largest customer contracts contained a right of return, and that the auditors had not asked to see any of them.", sp=HT, co=[PGM]),
      S('ev', '-', "He also alleged that the firm put a junior manager in charge of the revenue work because the audit fee had been cut by a fifth in 2022.", sp=HT, co=[MC]),
      S('cl', '-', "In his submission, a competent auditor would have read at least a sample of the contracts.", sp=HT)),
    H("THE RESPONDENTS' CASE"),
    P(S('cc', '+', "Maundrell Cope denied misconduct.", sp=MC, co=[MC], ctr="accepted management's account"),
      S('cl', '+', "It argued that Peatmoor's finance director had confirmed in writing that no customer had a right of return, and that auditors may rely on such a confirmation unless they have reason to doubt it.", sp=MC, co=[PGM])),
    P(S('cc', '+', "Ms Vosburgh told the Tribunal that the team had asked for the contracts twice and had been told they were stored at a warehouse.", sp=HV, ctr="had not asked to see any of them")),
    P(S('cx', '0', "The finance director at the time, Clement Aske, did not give evidence."),
      S('cx', '0', "Peatmoor said in a statement that it had cooperated fully with the Tribunal.", sp=PGM, co=[PGM])),
    H("EXPERT EVIDENCE"),
    P(S('cx', '0', "The Tribunal heard from two expert witnesses.")),
    P(S('cl', '-', "Professor Ludovica Brende, called by Executive Counsel, said that sale-or-return terms are common in the garden trade and that any auditor of a compost maker should expect to find them.", sp=OB)),
    P(S('cc', '+', "Leander Vask, called by the firm, disagreed: in his experience the large garden-centre chains had moved to firm-sale terms years ago.", sp=LV, co=[MC], ctr="sale-or-return terms are common"),
      S('cc', '0', "He accepted under questioning that he had never audited a company in the sector.", sp=LV, ctr="called by the firm, disagreed")),
    H("FINDINGS"),
    P(S('ev', '-', "The Tribunal found the allegation against both respondents proved in part.", sp=APT),
      S('cc', '-', "It accepted that the team had asked for the contracts, but found that it should not have signed the 2023 opinion without them.", sp=APT, ctr="had asked for the contracts twice"),
      S('cc', '-', "“A written assurance is not a substitute for a document the auditor has asked for and not been given,” the decision says.", sp=APT, ctr="It argued that Peatmoor"),
      S('ev', '+', "The allegation concerning the 2022 audit was not proved, because the right-of-return clauses were added to the contracts only in 2023.", sp=APT),
      S('cx', '0', "The Tribunal made no finding against Peatmoor's own staff, who were not before it.", sp=APT, co=[PGM])),
    H("SANCTION"),
    P(S('ev', '-', "Maundrell Cope was fined £1.9 million, reduced from £2.6 million for its cooperation, and its next three listed-company audits must be reviewed by another firm.", co=[MC]),
      S('ev', '-', "Ms Vosburgh was fined £85,000 and severely reprimanded.")),
    P(S('ev', '0', "The firm said it would not appeal and had already changed how it audits sale-or-return contracts.", sp=MC, co=[MC])),
    P(S('cl', '-', "The Peatmoor Shareholder Action Group, which has brought a separate claim against the firm, said the decision supported its case.", sp=PSAG, co=[MC])),
]

HEADER = '''Audit Practice Tribunal: summary of decision in Executive Counsel v Maundrell Cope LLP and Hilary Vosburgh

Case APT/2026/014 | Hearing 9-13 November 2026 | Decision 27 November 2026
'''

TRAILER = '''-- 
This summary does not form part of the decision. In case of any difference,
the full decision prevails.
'''


def render():
    return HEADER + '\n' + txt_body(BLOCKS) + '\n\n' + TRAILER
