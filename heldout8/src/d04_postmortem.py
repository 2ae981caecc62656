from mk import *
F = 'stackwise-shutdown-postmortem.md'
IP='Idris Penwarden'; MO='Margit Olsen'; RP='Rosalind Pemberly'; CR='Callum Brightmore'; SL='Sefton Lowe'
SR='Stackwise Robotics'; FV='Ferncastle Ventures'; AA='Arkwright Automation'; GW='Greyling Wholesale'
dsl = f'''
Stackwise Robotics will stop operating on Friday, after seven years, 41 customers and £38 million of other people’s money. || @ | {SR} | ev | -
This post is my attempt to explain why, written mostly for the 63 people who worked here and the investors who backed us. || @ | | cx | 0
I was the chief executive for all seven years, so most of what went wrong is on me. || @ | | cl | 0

## What we built

We rented autonomous pallet movers to mid-sized warehouses by the month, so that a customer could automate a night shift without buying a £400,000 machine. || @ | | ev | 0
At our peak, in March 2025, 212 robots were working in 41 warehouses, and monthly revenue was £610,000. || @ | | ev | 0
The robots worked. || @ | | cl | +
Our average robot ran 19 hours a day with one unplanned stop every 160 hours, which was better than the machines customers were comparing us with. || @ | | ev | +

## What went wrong

[sv] The short version is that renting out robots needs a balance sheet, and we were a start-up. || @ | | cl | -
Every robot cost us about £52,000 to build and earned about £2,100 a month, so it took more than two years to pay back, and we had to raise equity to build each new one. || @ | | ev | -
When interest rates rose, the equipment lenders we had counted on stopped returning our calls. || @ | | ev | -

Margit Olsen, the Ferncastle Ventures partner who led our first round, sees it differently. || {MO} | {FV} | cc | 0 | sv
[mo] In an email she let me quote, she wrote that the model was fine and that we spread into too many kinds of warehouse too quickly. || {MO} | | cl | -
“Forty-one customers in nine industries meant forty-one different floors, forty-one different pallet sizes and a support team that never caught up,” she wrote. || {MO} | | cl | -
She has a point. || @ | | cl | 0
But the customers who stayed with us longest were in four different industries, and what they had in common was that they paid on time. || @ | | cc | 0 | mo

Rosalind Pemberly, who ran sales until last year and now works at Arkwright Automation, puts it more bluntly. || {RP} | {AA} | cx | 0
[rp] In her telling, we priced the robots too cheaply from the first contract and never dared to raise prices, because I was afraid of losing the logos on our website. || {RP} | | cc | - | sv
I did not agree with her then, and I only half agree now. || @ | | cc | 0 | rp
When we did raise prices by 12% in 2024, we lost three customers out of 38. || @ | | ev | -

## The end

In June our largest customer, Greyling Wholesale, bought 30 robots from Arkwright Automation instead of renewing with us. || @ | {AA}, {GW} | ev | -

Callum Brightmore, Greyling’s operations director, told me the decision was about ownership, not performance. || {CR} | {GW} | cl | 0
“Your robots were the best thing in our building, but our finance director wanted assets on our own books,” he said. || {CR} | | cl | 0

[sl] Arkwright’s chief executive, Sefton Lowe, said in a trade-press interview in August that renting robots “was always going to be a bridge, not a business”. || {SL} | {AA} | cl | -
I think he is wrong about that, and I hope somebody proves it. || @ | | cc | 0 | sl

Arkwright has agreed to buy our patents and 140 of our robots, and 22 of our engineers have accepted jobs there. || @ | {AA} | ev | 0
Every customer has been offered either a free transfer to Arkwright’s service or three months’ notice. || @ | {AA} | ev | 0

## What I would tell another founder

% -\\s
Finance the hardware with debt from day one, even expensive debt, and keep the equity for software. || @ | | re | 0

% -\\s
Raise prices early, while customers are still excited, and never discount to win a logo. || @ | | re | 0

% -\\s
Pick one kind of warehouse and say no to everyone else for two years. || @ | | re | 0

Thank you to everyone who worked here, bought from us or invested in us. || @ | | cx | 0
'''
def render(b):
    return '''---
title: "Why Stackwise is shutting down"
author: Idris Penwarden
date: 2026-11-20
site: The Stackwise Blog
---

''' + md_body(b) + '\n'
build(F, IP, dsl, render)
