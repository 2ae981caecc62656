from mk import *
F = 'tannery-report-brand-replies.md'
AL='Amara Lindell'; OM='Odile Marchbank'; LH='Lucian Harrowby'
TW='Threadwatch'; CA='Calvaro'; OF='Ostlund & Fitch'; MP='Mirelle Paris'; BW='Brackwood'; JB='Juneberry'
dsl = f'''
A report published on Monday by Threadwatch, a labour-rights group, says that three tanneries in the Velmar valley that supply leather to at least five handbag brands paid workers less than the legal minimum wage for most of 2025. || {TW} | | ev | -
Threadwatch wrote to the brands before publication and printed their replies in full. || @ | {TW} | ev | 0
This article summarises both. || @ | | cx | 0

## What the report says

Researchers interviewed 146 workers at the three tanneries between February and August, according to the report. || {TW} | | ev | 0
[mp] Median pay was 71% of the legal minimum once unpaid overtime was counted, it says, and 38 workers said they had handled chromium salts without gloves. || {TW} | | ev | -
The report traces leather from the tanneries, through two finishing plants, to bags sold by Calvaro, Ostlund & Fitch, Mirelle Paris, Brackwood and Juneberry. || {TW} | {BW}, {CA}, {JB}, {MP}, {OF} | ev | -

“These brands audit their own factories carefully and then buy leather from places no auditor has ever visited,” said Odile Marchbank, Threadwatch’s research director. || {OM} | {TW} | cl | -
[rq] The group wants every brand to name its tanneries publicly and to pay for independent audits of them. || {TW} | | re | 0
Threadwatch says it will publish a follow-up report in six months. || {TW} | {TW} | ev | 0

## How the brands replied

The table sets out the replies as Threadwatch printed them. || @ | | cx | 0

% TABLE
Brand | Replied | Named its tanneries | Will fund audits || @ | | cx | 0
Calvaro | Yes | Yes | Yes || @ | {CA} | ev | 0
Ostlund & Fitch | Yes | No | Under review || @ | {OF} | ev | 0
Mirelle Paris | Yes | No | No || @ | {MP} | ev | 0
Brackwood | Yes | Yes | Yes || @ | {BW} | ev | 0
Juneberry | No | No | No || @ | {JB} | ev | 0

## In their own words

Calvaro said it had stopped buying from one of the three tanneries in July and would publish a full list of its leather suppliers in January. || {CA} | {CA} | ev | 0
Brackwood said it welcomed the report and had told its finishing plant to stop using the worst of the three tanneries. || {BW} | {BW} | ev | 0

[of] Ostlund & Fitch said the report’s wage figures did not match the payroll records its own auditors had seen at the finishing plants. || {OF} | {OF} | cc | 0 | mp
Threadwatch’s reply, printed beneath, is that the finishing plants are not the tanneries, and that payroll records there say nothing about who worked unpaid hours at the tanneries. || {TW} | | cc | 0 | of

Mirelle Paris said it had “full confidence” in its supply chain and that naming suppliers would hand an advantage to competitors. || {MP} | {MP} | cc | 0 | rq
Juneberry did not reply to Threadwatch, and did not respond to requests for comment from The Stitchline. || @ | {JB} | cx | 0

## The industry view

Not everyone in the industry thinks naming tanneries would help. || @ | | cc | 0 | rq
Lucian Harrowby, who chairs the Leather Sourcing Council, an industry body, said public lists tend to push brands towards the largest tanneries, which can afford certification, and away from small ones that could be improved. || {LH} | Leather Sourcing Council | cl | 0
[lh] “Disclosure is not the same as improvement,” he said. || {LH} | | cl | 0
Marchbank called that argument “a reason to do nothing, dressed up as a reason to do something else”. || {OM} | | cc | 0 | lh

For investors, the risk is more specific. || @ | | cl | 0
Calvaro and Brackwood both sell heavily in Vessmark, where a supply-chain law taking effect in 2027 will let regulators fine companies up to 4% of turnover for abuses they should have found. || @ | {BW}, {CA} | ev | -
Brackwood’s shares fell 2% on Monday; Calvaro’s were unchanged. || @ | {BW}, {CA} | ev | 0
'''
def render(b):
    return '# Tannery wages: which handbag brands answered, and what they said\n\nBy Amara Lindell\n\nSource: The Stitchline\n\n' + md_body(b) + '\n'
build(F, AL, dsl, render)
