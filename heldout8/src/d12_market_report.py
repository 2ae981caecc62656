from mk import *
F = 'brenwick-warehouse-rents-q3.txt'
RK='Rosamund Keele'; FM='Florian Mercado'; MT='Magnus Thelwell'
SE='Stanway Estates'; KL='Kestle Logistics Property'; HB='Haskett Brume'
dsl = f'''
Prime warehouse rents in the Brenwick corridor rose 1.2% in the third quarter, the slowest increase since 2020. || @ | | ev | 0
[fl] We now expect them to be flat in 2027. || @ | | pr | 0
Vacancy rose to 6.8%, from 4.1% a year ago, as about 9 million square feet of speculative space was completed. || @ | | ev | 0
This note sets out our figures, the arguments of two large landlords who think we are too gloomy, and why we have not changed our view. || @ | | cx | 0

## THE NUMBERS

Take-up, the space actually let to tenants, was 3.1 million square feet in the quarter, 22% below the five-year average. || @ | | ev | 0
Online retailers, who drove demand in 2021 and 2022, took less than a fifth of it. || @ | | ev | 0
The largest single letting was a 640,000 square foot unit at Fairholme Park, let by Stanway Estates to the grocery wholesaler Ambrose & Kettle. || @ | Ambrose & Kettle, {SE} | ev | +
Incentives, chiefly rent-free months, have lengthened from about six months on a ten-year lease to about ten. || @ | | ev | 0
Construction starts fell to 1.4 million square feet, the lowest since we began recording them in 2012. || @ | | ev | 0

## THE LANDLORDS’ VIEW

Stanway Estates, which owns about 14% of the corridor’s large warehouses, disagrees with our reading. || {SE} | {SE} | cc | + | fl
[fm] Its chief executive, Florian Mercado, told analysts in October that most of the empty space was in units too small or too far from the motorway to compete with Stanway’s. || {FM} | {SE} | cl | +
“Vacancy is a number; the question is where it sits,” he said. || {FM} | | cl | 0
A Stanway spokesperson said the company had no comment on our forecasts beyond Mercado’s remarks. || @ | {SE} | cx | 0

[kf] Kestle Logistics Property, the corridor’s other large listed landlord, expects rents on its estate to rise 3% next year, according to its half-year report. || {KL} | {KL} | pr | +

We take both points seriously. || @ | | cl | 0
Mercado is right that the newest space is further from the motorway. || @ | | cl | 0
But the tenants we spoke to care more about rent than about four extra minutes of driving, and several told us they would move for a discount of 10% or more. || @ | | cc | - | fm
Kestle’s forecast, meanwhile, assumes that all of its leases expiring in 2027 are renewed at higher rents; last year it renewed 71%. || @ | {KL} | cc | - | kf

## A RIVAL VIEW

Our rivals at Haskett Brume are more optimistic. || {HB} | | cc | 0 | fl
[hb] In their quarterly report, published last week, they forecast rent growth of 2.5% in 2027, arguing that construction starts have halved and that the glut will be absorbed by the end of next year. || {HB} | | pr | 0
Their report’s author, Dr. Magnus Thelwell, told us that the difference between our forecasts comes down to how fast online retailers start leasing again. || {MT} | | cl | 0
He may be right. || @ | | cl | 0
We see no sign of that yet: online retailers’ share of take-up has fallen for five quarters in a row. || @ | | cc | 0 | hb
Haskett Brume, like us, acts for several landlords in the corridor. || @ | {HB} | ev | 0

## OUTLOOK

We expect prime rents to be unchanged in 2027 and to rise by about 2% in 2028. || @ | | pr | 0
Landlords with large amounts of space to re-let next year, including Kestle, look most exposed. || @ | {KL} | cl | -
Investors should favour estates let on long leases to tenants with their own delivery fleets, such as Stanway’s Fairholme Park. || @ | {SE} | re | +
Disclosure: Tarrant Lisle acts as letting agent for Stanway Estates on three of its sites. || @ | {SE}, Tarrant Lisle | ev | 0
'''
def render(b):
    return 'Brenwick corridor warehouse rents: third quarter 2026\n\nBy Rosamund Keele, Head of Industrial Research, Tarrant Lisle\n\n' + txt_body(b) + '\n'
build(F, RK, dsl, render)
