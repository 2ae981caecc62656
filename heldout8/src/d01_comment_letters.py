from mk import *
F = 'harrowgate-comment-letters.txt'
IM = 'Linnea Marwood'; BH = 'Beatrix Holm'; HT = 'Harrowgate Telematics'; LRO = 'Listing Review Office'
dsl = f'''
The Listing Review Office released the following exchange of letters with Harrowgate Telematics on 2 December, after closing its review of the company’s 2025 annual report. || @ | {HT}, {LRO} | ev | 0
Figures the company asked to keep confidential have been removed and are marked [omitted]. || @ | {HT} | cx | 0

## LETTER FROM THE LISTING REVIEW OFFICE, 11 AUGUST

Dear Ms. Holm, || {IM} | | cx | 0

We have reviewed the annual report of Harrowgate Telematics for the year ended 31 March 2025 and have the following comments. || {IM} | {HT} | cx | 0

## COMMENT 1: DEVICE REVENUE

[c1] You recognise revenue on tracking devices when they are shipped to fleet customers, although most customers may return a device without charge within the first 24 months of a subscription. || {IM} | | ev | 0
[c1b] In our view, that return right means control of the device has not passed to the customer at shipment. || {IM} | | cl | -
Please tell us why device revenue should not be deferred over the subscription term, and quantify the effect on 2025 revenue of £212 million. || {IM} | | re | 0

## COMMENT 2: ANNUAL RECURRING REVENUE

Your strategic report calls annual recurring revenue of £164 million the company’s “key measure of growth”. || {IM} | {HT} | ev | 0
The measure includes contracts that have been signed but not yet installed, which make up about a fifth of the total. || {IM} | | ev | 0
[c2c] The measure should either exclude those contracts or be given a different name, and its reconciliation to revenue should sit in the same section. || {IM} | | re | 0

## COMMENT 3: CUSTOMERS

Two logistics groups, Pellward Freight and Oakhurst Haulage, account for 38% of subscriptions, yet the principal risks section does not mention either of them. || {IM} | Oakhurst Haulage, Pellward Freight | ev | 0
[c3] Please expand that disclosure. || {IM} | | re | 0

Yours sincerely, || {IM} | | cx | 0

Linnea Marwood, Assistant Director, Listing Review Office || {IM} | {LRO} | cx | 0

## RESPONSE FROM HARROWGATE TELEMATICS, 9 SEPTEMBER

Dear Ms. Marwood, || {BH} | | cx | 0

[r1] On comment 1, we respectfully disagree that the return right keeps control of the device with us. || {BH} | | cc | + | c1b
[r1b] Fewer than 3% of devices shipped since 2021 have been returned, and a device works only with our subscription, so a customer has no practical use for it without us. || {BH} | | ev | +
Our auditors, Whitlow Pryce, reviewed the policy in 2024 and agreed with it. || {BH} | Whitlow Pryce | ev | 0

On comment 2, we accept that contracts not yet installed should be shown separately, and we will do so from the half-year report. || {BH} | | cl | 0
We do not agree that the measure needs a new name, since annual recurring revenue is the term our customers, lenders and competitors all use. || {BH} | | cc | 0 | c2c

On comment 3, naming the two customers would breach confidentiality clauses in both contracts. || {BH} | | cc | 0 | c3
Instead, we have disclosed that both contracts run until 2029 and that each brings in more than £[omitted] a year. || {BH} | | ev | +

Kind regards, Beatrix Holm, Chief Financial Officer, Harrowgate Telematics || {BH} | {HT} | cx | 0

## SECOND LETTER FROM THE LISTING REVIEW OFFICE, 14 OCTOBER

[s1] We note your response to comment 1, but a low historical return rate does not by itself show that control passed at shipment, because customers can still hand devices back if they cancel. || {IM} | | cc | - | r1b
[s1b] Your response also does not address the contracts signed in 2025 with Pellward Freight, under which it may return devices at any time in exchange for a credit. || {IM} | Pellward Freight | cc | - | r1
Please quantify the device revenue recognised under those contracts. || {IM} | | re | 0

Linnea Marwood, Assistant Director || {IM} | | cx | 0

## RESPONSE FROM HARROWGATE TELEMATICS, 6 NOVEMBER

Device revenue under the Pellward Freight contracts was £9.4 million in the 2025 financial year, or 4.4% of total revenue. || {BH} | Pellward Freight | ev | 0
[f2] We accept that this revenue should have been recognised over the subscription term, and we will restate the comparative figure in the 2026 annual report. || {BH} | | cc | - | r1
For all other customers we are keeping the policy, which our auditors have reviewed again and still support. || {BH} | | cc | + | s1

Beatrix Holm, Chief Financial Officer || {BH} | | cx | 0

## CLOSING LETTER, 25 NOVEMBER

The Office has completed its review of your annual report. || {IM} | {LRO} | ev | 0
Our review covered only the matters raised in our letters, and the company and its directors remain responsible for the accuracy of its reports. || {IM} | {HT} | cx | 0

Linnea Marwood, for the Listing Review Office || {IM} | {LRO} | cx | 0
'''
def render(b):
    return 'Listing Review Office and Harrowgate Telematics: correspondence on device revenue\n\n' + txt_body(b) + '\n'
build(F, None, dsl, render)
