from mk import *
A = {"TV": "Teodora Vesk", "CR": "Callum Ryswick", "AF": "Anouk Feldhaar", "HT": "Hamish Torvald",
     "BP": "Brindlewood Pharmacies", "PL": "Pembury Lowe", "GC": "Grisdale Capital",
     "OC": "Oakhurst Chemists", "CH": "Cardell Health"}
S = """
The following is a transcript of a segment broadcast on Market Close, the evening programme of Channel Nine Business, on 4 December. ~ - ~  ~ ctx ~ 0
The anchor is Teodora Vesk; her guests are Callum Ryswick, who covers healthcare retail for Pembury Lowe, and Anouk Feldhaar, a portfolio manager at Grisdale Capital. ~ - ~ PL;GC ~ ctx ~ 0
It has been edited for length. ~ - ~  ~ ctx ~ 0

@lab VESK
Brindlewood Pharmacies said this morning it will close 140 of its 610 stores by next autumn and put walk-in clinics into 200 of the rest. ~ BP ~ BP ~ ev ~ 0
The shares rose 9%. ~ TV ~ BP ~ ev ~ 0
Callum, you have had a buy on this stock for two years. ~ TV ~ BP ~ ctx ~ 0
Do you feel vindicated? ~ TV ~  ~ ctx ~ 0

@lab RYSWICK
Vindicated is a strong word, but this is the plan I have been asking for. ~ CR ~  ~ c ~ + ~ #vind
Roughly a third of their stores lose money once you load in rent, and the clinics turn the ones that are left into somewhere people have to visit rather than somewhere they pick up shampoo. ~ CR ~  ~ c ~ +
Cardell Health is paying Brindlewood a fee for every clinic visit under the contract announced today, and I think that fee alone is worth forty pence a share. ~ CR ~ BP;CH ~ c ~ +

@lab VESK
Anouk, you are short the stock. ~ TV ~ BP ~ ctx ~ 0

@lab FELDHAAR
I am, and today did not change my mind. ~ AF ~  ~ cc ~ - ~ >vind
Closing stores is the easy half: Oakhurst Chemists tried clinics three years ago and shut most of them within eighteen months because it could not staff them. ~ AF ~ OC ~ c ~ - ~ #oak
There is a national shortage of pharmacists, and Brindlewood is proposing to ask the ones it has to do more. ~ AF ~ BP ~ c ~ - ~ #short
The market has priced in the good half of this story, and I think it will spend next year finding out about the other half. ~ AF ~  ~ pr ~ -

@lab RYSWICK
Oakhurst ran its clinics as a loss leader with nobody paying for the visits, while Brindlewood has Cardell paying from the first day, and that is the difference. ~ CR ~ BP;CH;OC ~ cc ~ + ~ >oak
Her staffing point is fair, but the company is training pharmacy technicians to handle the routine visits. ~ CR ~ BP ~ cc ~ + ~ >short

@lab VESK
Let me bring in what Brindlewood’s chief executive, Hamish Torvald, told analysts this morning. ~ HT ~ BP ~ ctx ~ 0

@raw (BEGIN VIDEO CLIP)

@lab TORVALD
We are not a shop that happens to have a pharmacy at the back any more. ~ HT ~  ~ c ~ +
The stores we are closing are the ones our customers had already stopped visiting. ~ HT ~  ~ c ~ +
By 2028 we expect clinics to bring in a quarter of our profit. ~ HT ~  ~ pr ~ + ~ #quarter

@raw (END VIDEO CLIP)

@lab VESK
A quarter of profit in three years, Anouk? ~ TV ~  ~ ctx ~ 0

@lab FELDHAAR
He said the same thing about online prescriptions in 2022, and that business is still smaller than the gift aisle. ~ AF ~  ~ cc ~ - ~ >quarter
Brindlewood’s contract with Cardell runs for three years and can be cancelled by Cardell after eighteen months, which is in the filing and was not in the press release. ~ AF ~ BP;CH ~ ev ~ - ~ #contract
So my advice to anyone holding it after today’s jump is to take the money. ~ AF ~  ~ rec ~ - ~ #advice

@lab RYSWICK
I would be buying, not selling. ~ CR ~  ~ cc ~ + ~ >advice
Our target goes to 410 pence from 360 this evening. ~ CR ~  ~ rec ~ +
The cancellation clause is standard, and Cardell needs the clinics more than Brindlewood needs Cardell. ~ CR ~ BP;CH ~ cc ~ + ~ >contract

@lab VESK
We have to leave it there. ~ TV ~  ~ ctx ~ 0
Brindlewood reports half-year results on 21 January. ~ TV ~ BP ~ ev ~ 0

@raw (Transcript by Northfield Captioning. Names checked against the programme's guest list.)
"""
build("brindlewood-tv-segment.txt", S, None, A,
      lambda b: render_txt(b, "Market Close: Brindlewood Pharmacies clinic plan segment\n"))
