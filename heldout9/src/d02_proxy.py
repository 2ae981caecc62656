from mk import *
A = {"VH": "Vantmoor Holdings", "HW": "Harwell County Employees’ Pension Plan", "CF": "Corriebrook Freight",
     "LP": "Larchmont Proxy Advisers", "TG": "Tamsworth Governance"}
S = """
## PROPOSAL 6: SHAREHOLDER PROPOSAL ON AN INDEPENDENT BOARD CHAIR

The Harwell County Employees’ Pension Plan, which owns 412,000 shares of the Company’s common stock, has submitted the following proposal and supporting statement. ~ HW ~ HW;VH ~ ev ~ 0
The Company is not responsible for the content of the proposal or the supporting statement. ~ - ~ VH ~ ctx ~ 0

RESOLVED: Shareholders of Vantmoor Holdings ask the Board of Directors to adopt a policy that the Chair of the Board be an independent director who has not served as an executive officer of the Company. ~ HW ~ VH ~ rec ~ 0 ~ #resolved
The policy should apply from the next appointment of a Chair, so that no existing agreement is breached. ~ HW ~  ~ rec ~ 0

## SUPPORTING STATEMENT

Mr. Piers Aldenmoor has been both Chief Executive Officer and Chair of Vantmoor since 2016. ~ HW ~ VH ~ ev ~ 0
In that time the Company’s total shareholder return has trailed its proxy peer group by 31 percentage points, according to the Company’s own performance graph. ~ VH ~ VH ~ ev ~ - ~ #tsr
We believe a board led by the executive it is meant to oversee cannot judge that record objectively. ~ HW ~  ~ c ~ - ~ #objective

Vantmoor’s 2025 purchase of Corriebrook Freight, which the board approved without a fairness opinion from a second adviser, has since been written down by $220 million. ~ HW ~ CF;VH ~ ev ~ - ~ #corrie
Independent leadership is now the norm among the Company’s peers: nine of the twelve companies in its proxy peer group separate the roles. ~ HW ~ VH ~ ev ~ 0
A similar proposal received 38% of the votes cast at Vantmoor last year, with the support of two of the three largest proxy advisory firms. ~ HW ~ VH ~ ev ~ 0 ~ #vote38
We urge shareholders to vote FOR Proposal 6. ~ HW ~  ~ rec ~ 0

— Harwell County Employees’ Pension Plan, by Renata Osei-Blackwood, Chief Investment Officer ~ HW ~ HW ~ ctx ~ 0

## THE BOARD’S STATEMENT IN OPPOSITION TO PROPOSAL 6

The Board of Directors unanimously recommends a vote AGAINST this proposal. ~ VH ~  ~ rec ~ 0
The Board believes that combining the roles has served shareholders well during a period in which the Company doubled its contract logistics revenue. ~ VH ~ VH ~ cc ~ + ~ >objective
Mr. Aldenmoor has led the Company through two acquisitions and one of the worst freight downturns in thirty years. ~ VH ~ VH ~ c ~ +
Independent directors make up nine of the Board’s eleven members. ~ VH ~  ~ ev ~ 0

The proponent’s return comparison begins in 2016, at the top of a freight cycle; measured from 2019, Vantmoor’s return is ahead of the peer group. ~ VH ~ VH ~ cc ~ + ~ >tsr
The Company has had a Lead Independent Director since 2018, elected annually by the independent directors, with the power to call meetings and set agendas. ~ VH ~ VH ~ ev ~ 0 ~ #lid
The write-down of Corriebrook reflected a fall in freight rates across the industry that no second fairness opinion would have foreseen, and the business remains profitable. ~ VH ~ CF ~ cc ~ + ~ >corrie
The Board also notes that last year’s proposal failed. ~ VH ~  ~ cc ~ 0 ~ >vote38
Requiring an independent Chair would deprive the Board of the flexibility to choose the leadership structure that best fits the Company’s circumstances at a given time. ~ VH ~ VH ~ c ~ 0
The Board expects to review its leadership structure again when Mr. Aldenmoor’s current term as Chair ends in 2029. ~ VH ~  ~ pr ~ 0
For these reasons, the Board recommends that shareholders vote AGAINST Proposal 6. ~ VH ~  ~ rec ~ 0

## SUPPLEMENTAL DISCLOSURE, 14 APRIL 2027

On 11 April, Larchmont Proxy Advisers recommended that Vantmoor shareholders vote FOR Proposal 6. ~ LP ~ VH ~ rec ~ 0
Larchmont’s report states that the Lead Independent Director has never used her power to call a meeting. ~ LP ~  ~ cc ~ - ~ >lid ~ #larch
The Company believes this is beside the point: the power exists so that it does not need to be used, and the independent directors meet without management at every regular board meeting. ~ VH ~ VH ~ cc ~ + ~ >larch
The Company notes that a second adviser, Tamsworth Governance, has recommended a vote AGAINST the proposal. ~ TG ~ VH ~ rec ~ 0
The Board continues to recommend a vote AGAINST Proposal 6. ~ VH ~  ~ rec ~ 0
Shareholders may change their vote at any time before the annual meeting on 29 April. ~ VH ~  ~ ctx ~ 0
"""
build("vantmoor-proxy-proposal.txt", S, None, A,
      lambda b: render_txt(b, "Vantmoor Holdings 2027 proxy statement, Proposal 6 (excerpt)\n"))
