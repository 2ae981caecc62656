from mk import *
A = {"RF": "Ravensholt Foods", "SC": "Stanier Coutts", "AB": "Agathe Brinkworth", "LM": "Lucan Merriweather",
     "HS": "Hallowmere Stores", "JK": "Jessamy Kade", "OC": "Ollerton Capital", "FB": "Farrowby Bakeries"}
S = """
These are my notes from the roadshow for the Ravensholt Foods listing, written up each evening. ~ - ~ RF ~ ctx ~ 0
The company wants to raise £300 million at between 260p and 300p a share. ~ - ~ RF ~ ev ~ 0
Books close on Friday. ~ - ~  ~ ev ~ 0

## MONDAY

Group lunch with about forty investors at the offices of Stanier Coutts, the lead bank. ~ - ~ SC ~ ctx ~ 0
Agathe Brinkworth, the chief executive, opened by saying Ravensholt has grown sales by 14% a year for five years without opening a single new factory. ~ AB ~ RF ~ ev ~ +
She said the new Tanfield Road line would double croissant capacity by 2028. ~ AB ~  ~ pr ~ +
The pitch is that frozen pastry is a premium product sold at supermarket scale. ~ AB ~  ~ c ~ + ~ #pitch
I am not sure that is a contradiction they have solved. ~ - ~  ~ cc ~ - ~ >pitch

## TUESDAY

One-on-one with the finance director, Lucan Merriweather. ~ - ~  ~ ctx ~ 0
I asked about customer concentration: the prospectus says the two largest supermarkets take 58% of sales. ~ RF ~  ~ ev ~ - ~ #conc
Merriweather said both contracts run to 2029 and that neither customer could source this volume elsewhere. ~ LM ~  ~ cc ~ + ~ >conc ~ #neither
He conceded that the larger of the two, Hallowmere Stores, had pushed through a price cut last spring. ~ LM ~ HS ~ cc ~ - ~ >neither
That is exactly the risk. ~ - ~  ~ c ~ -

## WEDNESDAY

Lunch with other buy-side people. ~ - ~  ~ ctx ~ 0
Jessamy Kade of Ollerton Capital is putting in a big order. ~ JK ~ OC ~ rec ~ +
In her view, the factory is the best-invested in the sector and Farrowby Bakeries would need four years to build anything like it. ~ JK ~ FB ~ c ~ +
She also thinks the range was set low on purpose so that the bank can announce the deal was oversubscribed. ~ JK ~ SC ~ c ~ 0
Somebody from a long-only fund across the table said he would only buy at the bottom of the range. ~ - ~  ~ rec ~ 0
Nobody I spoke to thought the top of the range was justified. ~ - ~  ~ c ~ -

## THURSDAY

Stanier Coutts told investors this morning that the book was covered at the bottom of the range. ~ SC ~  ~ ev ~ 0
I read the comparables section again. ~ - ~  ~ ctx ~ 0
The prospectus values Ravensholt against premium branded food companies, but two thirds of its sales are own-label products sold under the supermarkets’ names. ~ - ~ RF ~ cc ~ - ~ >pitch ~ #ownlabel
Farrowby trades at eleven times earnings; the top of the range puts Ravensholt on nineteen. ~ - ~ FB;RF ~ ev ~ 0
Brinkworth’s answer to this, in Monday’s session, was that own-label is a choice the company can reverse. ~ AB ~ RF ~ cc ~ + ~ >ownlabel ~ #answer
I doubt the supermarkets would let it. ~ - ~  ~ cc ~ - ~ >answer

## FRIDAY

We put in an order for a 1% position at 265p or below. ~ - ~  ~ rec ~ +
If the deal prices at the top, we will not get any shares, and I will not mind. ~ - ~  ~ pr ~ 0
The bank says the deal is now three times covered. ~ SC ~  ~ ev ~ 0
Kade texted at four to say she had been allocated in full. ~ JK ~  ~ ev ~ 0
Pricing is due on Monday morning. ~ - ~  ~ ev ~ 0
"""
build("ravensholt-roadshow-diary.txt", S, None, A, lambda b: render_txt(b))
