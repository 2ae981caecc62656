from mk import *
A = {"DT": "Drummore Telecom", "AN": "Aspinall Networks", "OTC": "Office of Telecoms Competition",
     "MO": "Philippa Okonkwo-Hart", "RT": "Rasmus Thorvik", "PS": "Priyanka Sandhurst",
     "CF": "Colm Ferriter", "LM": "Leona Mbatha-Ross"}
S = """
Drummore Telecom asked shareholders for £1.2 billion last month, at a 35% discount to the share price. ~ - ~ DT ~ ev ~ 0
The company says the money will take its fibre network to eight million homes by 2030. ~ DT ~ DT ~ ev ~ 0
The shares have fallen by a fifth since. ~ - ~ DT ~ ev ~ 0
We asked five investors whether the stock is now a buy. ~ - ~ DT ~ ctx ~ 0

## Philippa Okonkwo-Hart, portfolio manager, Fenlow Asset Management

Yes, and I have been adding. ~ MO ~  ~ rec ~ +
At today’s price you are paying for the copper network and getting the fibre for almost nothing. ~ MO ~  ~ c ~ + ~ #free
Drummore already passes 2.1 million homes, and take-up in its first towns is running at 38% after two years, which is better than Aspinall Networks managed. ~ MO ~ AN;DT ~ ev ~ + ~ #take
The rights issue removes the one thing the market was worried about, which was the balance sheet. ~ MO ~  ~ c ~ +
I expect the dividend to come back in 2028. ~ MO ~  ~ pr ~ +

## Rasmus Thorvik, credit analyst, Quorn Dale Securities

No, and I would not take up the rights either. ~ RT ~  ~ rec ~ -
Okonkwo-Hart’s take-up figure comes from the first towns, which Drummore chose because they had no cable competitor. ~ RT ~ DT ~ cc ~ - ~ >take
The next four million homes Drummore plans to reach are in towns where Aspinall got there first. ~ RT ~ AN;DT ~ ev ~ -
Drummore says the build will cost £640 a home. ~ DT ~ DT ~ ev ~ 0 ~ #cost
The last three fibre builders in this country averaged closer to £900. ~ RT ~  ~ cc ~ - ~ >cost ~ #900
Even after the rights issue, net debt will be 3.4 times earnings before interest, tax, depreciation and amortisation, and I think the rating agencies will notice. ~ RT ~  ~ pr ~ -

## Priyanka Sandhurst, independent analyst, Sandhurst Research

Not yet, but I would start paying attention below 140p. ~ PS ~  ~ rec ~ 0
The bull case is right about the assets and wrong about the timing. ~ PS ~  ~ cc ~ 0 ~ >free
Fibre networks earn their money in years seven to fifteen. ~ PS ~  ~ c ~ 0
Drummore has told investors that free cash flow will be negative until 2029. ~ DT ~ DT ~ pr ~ -
That is a long time to hold a stock with no dividend. ~ PS ~  ~ c ~ -

## Dr. Colm Ferriter, senior fellow, the Bexley Institute

I do not give stock tips, so let me answer a narrower question: will the regulator let Drummore earn a decent return on the fibre? ~ CF ~ DT;OTC ~ ctx ~ 0
The Office of Telecoms Competition’s draft review, published in October, proposes to leave Drummore’s fibre prices unregulated until 2032. ~ OTC ~ DT;OTC ~ ev ~ + ~ #review
That is more generous than most investors assume. ~ CF ~  ~ c ~ + ~ #gen
But the same review floats a wholesale access obligation after 2032, and that is the risk nobody in this symposium has priced. ~ CF ~  ~ cc ~ - ~ >gen

## Leona Mbatha-Ross, head of equities, Cairnfield Wealth

I would wait for the rights issue to settle and for the first-half results in March. ~ LM ~  ~ rec ~ 0
Thorvik is right that the debt is high, but I think he is too gloomy about the cost per home. ~ LM ~  ~ cc ~ + ~ >900
Drummore has signed fixed-price contracts with its two largest contractors for the next three years, according to the rights issue prospectus. ~ DT ~ DT ~ ev ~ +
What worries me is management. ~ LM ~  ~ c ~ -
This is the company’s third chief executive in five years, and Osric Brennan has not yet run anything this large. ~ LM ~ DT ~ c ~ -

## The tally

Our five answers split one buyer, one seller, two waiting and one who would not say. ~ - ~  ~ ctx ~ 0
Drummore reports first-half results on 12 March. ~ - ~ DT ~ ev ~ 0
"""
build("drummore-five-investors.md", S, "The Quarterly Allocator", A,
      lambda b: render_md(b, "# Is Drummore Telecom a buy after its rights issue? Five investors answer\n\nSource: The Quarterly Allocator\n"))
