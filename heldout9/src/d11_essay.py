from mk import *
A = {"TR": "Tarrowby Robotics", "BS": "Benedek Saltaire", "CD": "Casimir Dunleavy", "WR": "Wrenfield Research",
     "MH": "Marit Hesselgrave"}
S = """
In February 2024 I put a fifth of my savings into Tarrowby Robotics at 840p a share. ~ - ~ TR ~ ev ~ 0
This week the shares closed at 312p. ~ - ~ TR ~ ev ~ 0
I want to set down what I believed, who told me I was wrong, and what I should have listened to. ~ - ~  ~ ctx ~ 0

## The thesis

My case was simple: Tarrowby’s robot mowers were the best on the market, and the market was about to grow tenfold. ~ - ~ TR ~ c ~ + ~ #thesis
The company’s founder, Benedek Saltaire, told a conference that year that Tarrowby would sell a million mowers a year by 2027. ~ BS ~ TR ~ pr ~ +
I believed him, partly because the mower in my own garden was excellent. ~ - ~  ~ c ~ +
The shares had already doubled in a year when I bought them. ~ - ~ TR ~ ev ~ 0
The 2023 annual report showed orders up 80%. ~ TR ~  ~ ev ~ + ~ #orders

## The warnings

My brother-in-law, Casimir Dunleavy, who runs a garden-equipment dealership in Ashcott, told me at Christmas that half the mowers he sold came back. ~ CD ~  ~ cc ~ - ~ >thesis ~ #back
I told him his customers were installing them wrong. ~ - ~  ~ cc ~ + ~ >back

A short seller, Wrenfield Research, published a report in May arguing that Tarrowby was booking shipments to dealers as sales even when the dealers could return them. ~ WR ~ TR ~ cc ~ - ~ >orders ~ #wren
Tarrowby called the report “recycled and malicious”, and I agreed. ~ TR ~ TR ~ cc ~ + ~ >wren ~ #malicious
Wrenfield’s central number turned out to be right: when the company restated its accounts in March this year, 2023 revenue fell by 31%. ~ - ~ TR;WR ~ cc ~ - ~ >malicious ~ #right
Saltaire resigned the same week. ~ - ~  ~ ev ~ -

## What the company says now

Tarrowby’s new chief executive, Marit Hesselgrave, says the restatement was a matter of accounting timing and that demand for the mowers is intact. ~ MH ~ TR ~ cc ~ + ~ >right
She points to a 19% rise in direct sales to households this year. ~ MH ~  ~ ev ~ +
She also says Tarrowby will not need to raise new money before 2028. ~ MH ~ TR ~ pr ~ +
She may be right about demand. ~ - ~  ~ c ~ 0 ~ #maybe
But a company that needed a short seller to find its own revenue recognition problem has not earned the benefit of the doubt. ~ - ~  ~ cc ~ - ~ >maybe

## What I got wrong

@li
I mistook a good product for a good business. ~ - ~  ~ c ~ -

@li
I treated the short seller as an enemy rather than as a free second opinion. ~ - ~  ~ c ~ 0

@li
I dismissed the one person I knew who actually sold the mowers. ~ - ~  ~ c ~ 0

@li
I let one position grow to a fifth of my savings. ~ - ~  ~ ev ~ 0

## What I am doing now

I have sold half of what is left. ~ - ~  ~ rec ~ -
I am keeping the rest because, if Hesselgrave is right about households, the shares are worth more than 312p. ~ - ~ TR ~ c ~ +
Casimir thinks I should sell the lot. ~ CD ~  ~ rec ~ -
He has been right before. ~ - ~  ~ c ~ 0

Investors in small companies should read short-seller reports, and then read them again after the company has replied. ~ - ~  ~ rec ~ 0
"""
build("tarrowby-lost-money-essay.md", S, "Peregrine Astley", A,
      lambda b: render_md(b, "# What I got wrong about Tarrowby Robotics\n\nBy Peregrine Astley\n\nSource: The Plain Investor\n"))
