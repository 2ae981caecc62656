from mk import *
A = {"LH": "Larchpoint Hotels", "SI": "Stayward Inns", "MO": "Marguerite Oyelami", "KD": "Kasimir Dahlgren",
     "RT": "Roomtally"}
S = """
Larchpoint Hotels and Stayward Inns between them own or franchise about 41,000 budget rooms, and they agree on almost nothing. ~ - ~ LH;SI ~ ev ~ 0
Larchpoint buys its hotels; Stayward franchises its brand to other owners. ~ - ~ LH;SI ~ ev ~ 0
We put the same four questions to each chief executive, Marguerite Oyelami of Larchpoint and Kasimir Dahlgren of Stayward, separately, and print their answers side by side. ~ - ~ LH;SI ~ ctx ~ 0
Both interviews have been condensed. ~ - ~  ~ ctx ~ 0

## Capacity

@lab Q
Is the budget sector overbuilt? ~ - ~  ~ ctx ~ 0

@lab Oyelami
Occupancy in our city hotels was 86% last quarter, and you do not get that in an overbuilt market. ~ MO ~  ~ ev ~ + ~ #occ
The roadside sites are another matter, and we are selling twelve of them. ~ MO ~  ~ ev ~ 0

@lab Dahlgren
Yes, and the people who built most of the new rooms were owners like Larchpoint who put their own balance sheets behind them. ~ KD ~ LH ~ cc ~ - ~ >occ
A franchisor does not carry that risk. ~ KD ~  ~ c ~ +

## Quality

@lab Q
Guest review scores at Stayward fell last year, according to the travel site Roomtally. ~ RT ~ SI ~ ev ~ - ~ #scores
Does franchising make quality harder to control? ~ - ~  ~ ctx ~ 0

@lab Dahlgren
Roomtally’s sample is small and skews towards airport hotels, which had a bad year everywhere. ~ KD ~ RT ~ cc ~ + ~ >scores ~ #sample
We inspect every hotel twice a year, and we removed nine owners from the brand in 2026. ~ KD ~  ~ ev ~ +

@lab Oyelami
I would only say that when we own the hotel, I can fix a broken shower the same day. ~ MO ~  ~ c ~ +

## Price cuts

@lab Q
Both of you cut room rates this autumn. ~ - ~  ~ ev ~ 0
Who blinked first? ~ - ~  ~ ctx ~ 0

@lab Oyelami
Stayward did, in September, and we matched it in three cities only. ~ MO ~ SI ~ ev ~ 0 ~ #blink
If Stayward cuts again in January, we will not follow. ~ MO ~ SI ~ pr ~ 0

@lab Dahlgren
We cut first because our owners asked us to fill rooms, and I do not regret it: our occupancy went up six points. ~ KD ~  ~ ev ~ +
Larchpoint’s own numbers show its average rate fell further than ours over the quarter. ~ LH ~ LH ~ cc ~ - ~ >blink

## Three years from now

@lab Q
Where will you be in three years? ~ - ~  ~ ctx ~ 0

@lab Oyelami
We will open 30 hotels, all owned, and we will pay for them out of cash flow rather than debt. ~ MO ~  ~ pr ~ + ~ #thirty
Our lenders are comfortable with that plan. ~ MO ~  ~ c ~ + ~ #lenders

@lab Dahlgren
We will have 300 more hotels in the system without spending our own capital on any of them. ~ KD ~  ~ pr ~ +
And I suspect Larchpoint will have started franchising by then, whatever Marguerite says today. ~ KD ~ LH ~ cc ~ 0 ~ >thirty

## Our read

Dahlgren has the better business model for a downturn, since his owners carry the debt. ~ - ~  ~ c ~ + ~ #model
But Oyelami has the better hotels, and in this sector quality is what lets you hold your rate when the next price war starts. ~ - ~  ~ cc ~ + ~ >model
Her lenders may be comfortable, but Larchpoint’s net debt has doubled since 2023. ~ - ~ LH ~ cc ~ - ~ >lenders
The Roomtally scores deserve more attention than Dahlgren gave them. ~ - ~ RT ~ cc ~ - ~ >sample
Both chains report annual results in February. ~ - ~ LH;SI ~ ev ~ 0
"""
HEAD = """---
title: "Head to head: the budget hotel bosses who cannot agree"
author: Wilhelmina Croft
date: 2026-11-28
site: Hospitality Ledger
---
"""
build("budget-hotels-head-to-head.md", S, "Wilhelmina Croft", A, lambda b: render_md(b, HEAD))
