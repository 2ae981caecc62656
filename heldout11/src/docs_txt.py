from mk import S

GV = 'Grainvale Oat Drinks'
NDC = 'Fellside Dairy Council'
APB = 'Advertising Practice Board'
D9 = dict(file='grainvale-oat-advert-ruling.txt', fmt='txt', default=None,
  meta=dict(title='Advertising Practice Board ruling on Grainvale Oat Drinks Ltd', by=None),
  blocks=[
  ('p', [S('A poster and a video advert for Grainvale oat drink, seen in February, stated “Half the carbon of dairy milk. Proven.”', None, GV, 'e', '0')]),
  ('h', 'Issue'),
  ('p', [S('The Fellside Dairy Council and 37 members of the public challenged whether the claim “half the carbon” was misleading and could be substantiated.', NDC, '', 'e', '-'),
         S('The Council said the comparison used the dairy industry’s average from 2015, when farms emitted far more than they do now.', NDC, NDC, 'cc', '-', 'stated “Half the carbon'),
         S('It also said the word “Proven” implied a scientific consensus that did not exist.', NDC, '', 'c', '-')]),
  ('p', [S('Several of the public complainants said they had bought the drink because of the claim.', None, '', 'e', '0')]),
  ('p', [S('Eleven complainants also challenged whether the video’s closing image, a dairy cow standing beside a factory chimney, denigrated dairy farmers.', None, '', 'e', '0')]),
  ('h', 'Response'),
  ('p', [S('Grainvale Oat Drinks said the claim was based on a life-cycle study by the Lindorf Institute, which found oat drink produced 0.46 kg of carbon dioxide per litre against 1.02 kg for dairy milk.', GV, GV + ';Lindorf Institute', 'e', '+'),
         S('It said the 2015 figure was the most recent one the dairy industry itself had published.', GV, '', 'cc', '+', 'The Council said the comparison used'),
         S('The company said “Proven” referred to the study’s peer review, not to a consensus.', GV, GV, 'cc', '+', 'It also said the word'),
         S('Grainvale’s marketing director, Osric Pellegrini-Vane, said the company would “welcome a newer dairy figure if the Council cares to publish one.”', 'Osric Pellegrini-Vane', GV + ';' + NDC, 'c', '+')]),
  ('p', [S('Grainvale said the closing image was a light-hearted reference to methane and was not aimed at farmers.', GV, GV, 'cc', '+', 'Eleven complainants also challenged'),
         S('Adcheck Services, the broadcast clearance body, said it had cleared the video on the understanding that the image was humorous.', 'Adcheck Services', 'Adcheck Services', 'e', '0')]),
  ('p', [S('The Fellside Dairy Council provided a 2024 study by Greystoke Carbon Advisory, commissioned by the Council, which put dairy milk at 0.81 kg per litre.', NDC, 'Greystoke Carbon Advisory;' + NDC, 'cc', '-', 'welcome a newer dairy figure'),
         S('On that figure, oat drink would produce 43% less carbon, not half.', NDC, '', 'c', '-')]),
  ('h', 'Assessment 1: half the carbon'),
  ('p', [S('Upheld.', None, '', 'e', '-')]),
  ('p', [S('The Advertising Practice Board considered that consumers would understand “half the carbon of dairy milk” as a comparison with dairy milk as produced today.', APB, '', 'c', '-'),
         S('The Board noted that the Lindorf study had been peer-reviewed and was robust for oat drink.', APB, 'Lindorf Institute', 'c', '+'),
         S('However, it considered that the dairy figure used was nine years old and that Grainvale had not shown it still held.', APB, GV, 'cc', '-', 'The Board noted that the Lindorf study'),
         S('The Board did not accept that the Greystoke study settled the matter either, because it had been commissioned by the complainant.', APB, 'Greystoke Carbon Advisory', 'cc', '0', 'provided a 2024 study'),
         S('The Board acknowledged that oat drink was likely to have a lower carbon footprint than dairy milk.', APB, '', 'c', '+'),
         S('It concluded that the claim had not been substantiated and was misleading.', APB, '', 'c', '-')]),
  ('p', [S('On “Proven”, the Board considered that the word went further than a single study could support.', APB, '', 'cc', '-', 'referred to the study’s peer review')]),
  ('h', 'Assessment 2: the closing image'),
  ('p', [S('Not upheld.', None, '', 'e', '+')]),
  ('p', [S('The Board considered that viewers would see the image as exaggerated humour about methane rather than as a comment on farmers.', APB, '', 'cc', '+', 'Eleven complainants also challenged')]),
  ('h', 'Action'),
  ('p', [S('The adverts must not appear again in their current form.', None, '', 'r', '-'),
         S('We told Grainvale Oat Drinks to ensure that future comparative environmental claims were based on current data for both products.', None, GV, 'r', '0')]),
])

SL = 'Stavmark Lifts'
LT = 'Lucan Tremayne'
AF = 'Asha Fenwright'
BM = 'Benedikta Marwood'
CA = 'Corentin Aubrac'
ME = 'Magnus Ekwall-Dunne'
def own(t, who, co, ty, st, ctr=None):
    return S(t, who, co, ty, st, ctr, att=False)
D10 = dict(file='lift-makers-market-talk.txt', fmt='txt', default=None,
  meta=dict(title='Market Talk: lifts and escalators, 14 May', by=None,
            tail=['--', 'Market Talk is compiled by the Nordic markets desk. Send tips to the desk.']),
  blocks=[
  ('h', 'Stavmark guidance looks cautious'),
  ('lab', [S('Stavmark Lifts guided for 3% to 5% organic growth this year, below the 6% consensus compiled by Fenmark Data.', SL, SL, 'e', '-'),
           own('The service business, which is two-thirds of profit, is the reason to own the stock, and it grew 8%.', LT, SL, 'c', '+'),
           own('The slump in new installations in Asia is a known problem, so the guidance looks like a floor rather than a ceiling.', LT, '', 'c', '+')], '0706 GMT -'),
  ('sig', [], LT),
  ('h', 'CEO says China has bottomed'),
  ('lab', [S('Stavmark chief executive Magnus Ekwall-Dunne tells analysts that new orders in China have “stopped falling” and that the group expects a return to growth there in the second half.', ME, SL, 'p', '+'),
           S('He says pricing on new orders rose 2% in the quarter.', ME, '', 'e', '+'),
           own('Analysts on the call push back.', AF, '', 'cc', '-', 'have “stopped falling”'),
           S('Benedikta Marwood of Grisholm Bank notes that Vertigard Elevators said the same thing a year ago and has since cut its China forecast twice.', BM, 'Grisholm Bank;Vertigard Elevators', 'c', '-'),
           S('“We have seen this film before,” Marwood said.', BM, '', 'c', '-')], '0731 GMT -'),
  ('sig', [], AF),
  ('h', 'Shares fall despite service beat'),
  ('lab', [own('Stavmark shares are down 5% in early trade.', LT, SL, 'e', '0'),
           S('Corentin Aubrac at Sallis & Pryor thinks the market is punishing the guidance and ignoring the service margin, which rose to 24%.', CA, 'Sallis & Pryor', 'c', '+'),
           S('He calls the fall a buying opportunity and keeps his target of SEK 410.', CA, '', 'r', '+')], '0815 GMT -'),
  ('sig', [], LT),
  ('h', 'The bear case: service is not a moat'),
  ('lab', [own('Not everyone thinks the service business is as safe as the bulls say.', AF, '', 'cc', '-', 'is the reason to own the stock'),
           S('Independent maintenance firms now service 31% of lifts in Stavmark’s three biggest European markets, up from 22% in 2020, according to the trade body Lift Servicing Europe.', 'Lift Servicing Europe', SL, 'e', '-'),
           S('Marwood says Stavmark has held its service margin only by raising prices on contracts that are now coming up for renewal.', BM, SL, 'c', '-'),
           S('She rates the shares sell.', BM, SL, 'r', '-')], '0902 GMT -'),
  ('sig', [], AF),
  ('h', 'Stavmark answers the independents'),
  ('lab', [S('Stavmark Lifts says its retention rate on service contracts was 94% last year, unchanged from 2024.', SL, SL, 'cc', '+', 'held its service margin only by raising prices'),
           S('A spokeswoman says the independents mostly service old lifts that Stavmark does not want.', SL, SL, 'c', '+'),
           own('That is true, but old lifts are where the spare-parts money is.', LT, '', 'cc', '-', 'A spokeswoman says the independents')], '0947 GMT -'),
  ('sig', [], LT),
  ('h', 'Developer delays tower orders'),
  ('lab', [S('Quarrington Estates, one of Stavmark’s largest customers in the Nordics, says it has pushed back two office towers by a year.', 'Quarrington Estates', 'Quarrington Estates;' + SL, 'e', '-'),
           S('Its finance director, Ragnhild Oldroyd-Kask, tells Market Talk that rising construction costs, not demand, are to blame.', 'Ragnhild Oldroyd-Kask', '', 'c', '0'),
           S('The delay removes about SEK 90 million of orders from Stavmark’s backlog, by Aubrac’s estimate.', CA, SL, 'e', '-'),
           S('Stavmark says the towers are still in its backlog.', SL, SL, 'cc', '+', 'removes about SEK 90 million')], '1034 GMT -'),
  ('sig', [], AF),
  ('h', 'Close: bulls and bears dug in'),
  ('lab', [own('Stavmark closed down 3.8%.', LT, SL, 'e', '0'),
           S('Aubrac and Marwood were both on the phone to clients all afternoon, and neither has moved.', CA, '', 'x', '0'),
           S('Ekwall-Dunne told one radio station that the shares were “cheap for a business with this much recurring revenue.”', ME, '', 'c', '+'),
           own('The second-half China numbers will decide which of them is right.', LT, '', 'p', '0')], '1512 GMT -'),
  ('sig', [], LT),
])

DW = 'Drowsewell'
IR = 'Ingeborg Rathmullan'
TI = 'Tomasz Igwe-Barr'
PS = 'Priyanka Salcombe'
OM = 'Oisin Maudsley'
HA = 'Hadleigh & Sons'
D11 = dict(file='drowsewell-strategy-lecture.txt', fmt='txt', default=None,
  meta=dict(title='Strategy 402, lecture 9: Drowsewell and the mattress problem', by=None,
            tail=['(Transcribed by the Fenwold Business School media office; edited for length.)']),
  blocks=[
  ('p', [S('This is an edited transcript of a lecture on Drowsewell, the online mattress seller, given by Professor Ingeborg Rathmullan to second-year MBA students at the Fenwold Business School.', None, DW + ';Fenwold Business School', 'x', '0')]),
  ('lab', [S('Drowsewell sold 410,000 mattresses last year and lost money on almost every one of them once you count advertising.', IR, DW, 'e', '-'),
           S('Its cost of winning a customer is about £310 per mattress, according to its own listing prospectus, and the gross profit per mattress is about £260.', DW, '', 'e', '-'),
           S('My argument today is that a product people buy once a decade cannot support that kind of marketing.', IR, '', 'c', '-')], 'PROFESSOR RATHMULLAN:'),
  ('lab', [S('But they’re not only selling mattresses any more.', TI, '', 'cc', '+', 'My argument today is'),
           S('Pillows, bed frames and sheets were 28% of sales last year, and people buy sheets every year.', TI, '', 'e', '+')], 'STUDENT (Tomasz Igwe-Barr):'),
  ('lab', [S('Good, that’s the company’s answer too.', IR, DW, 'c', '0'),
           S('Drowsewell’s chief executive, Anouk Vermeulen-Shaw, told investors in November that accessories would be half of revenue by 2028.', 'Anouk Vermeulen-Shaw', DW, 'p', '+'),
           S('But look at the margin on a set of sheets: the prospectus puts it at £18, so you need seventeen sheet sales to pay back one advert.', IR, '', 'cc', '-', 'accessories would be half of revenue')], 'PROFESSOR RATHMULLAN:'),
  ('lab', [S('Is it fair to count all the advertising against the first mattress, though?', PS, '', 'cc', '+', 'lost money on almost every one'),
           S('A lot of it builds the brand, and the brand is why Hadleigh & Sons agreed to stock Drowsewell in 140 stores.', PS, DW + ';' + HA, 'c', '+')], 'STUDENT (Priyanka Salcombe):'),
  ('lab', [S('That’s the best argument for the company, and I want you to take it seriously.', IR, DW, 'c', '0'),
           S('The store deal started in September, and Drowsewell says store sales carry no cost of winning the customer at all.', DW, DW, 'e', '+'),
           S('Here’s the catch: Hadleigh takes a 35% commission, which is more than the advertising cost per mattress.', IR, HA, 'cc', '-', 'Drowsewell says store sales carry')], 'PROFESSOR RATHMULLAN:'),
  ('lab', [S('I read the Coldharbour Research note you posted, and it says the opposite.', OM, '', 'cc', '+', 'Here’s the catch'),
           S('It says the commission replaces both advertising and delivery, so the store channel is £40 a mattress more profitable.', 'Coldharbour Research', '', 'c', '+'),
           S('“Stores are where people want to lie on a mattress before they buy it,” the note says.', 'Coldharbour Research', '', 'c', '+')], 'STUDENT (Oisin Maudsley):'),
  ('lab', [S('Coldharbour is right about delivery, and I left it out.', IR, '', 'c', '0'),
           S('Still, a channel where a department store takes a third of the price is a channel where the department store has the power.', IR, '', 'cc', '-', 'It says the commission replaces'),
           S('Slumbercraft learned that when its own store partner doubled the commission in the second year.', IR, 'Slumbercraft', 'e', '-')], 'PROFESSOR RATHMULLAN:'),
  ('lab', [S('So should Drowsewell stop advertising altogether?', TI, DW, 'x', '0')], 'STUDENT (Tomasz Igwe-Barr):'),
  ('lab', [S('No, it should cut advertising in half, accept slower growth, and stop promising investors that accessories will save it.', IR, '', 'r', '-'),
           S('My guess is that the board will do the opposite, because the share price depends on growth.', IR, '', 'p', '-')], 'PROFESSOR RATHMULLAN:'),
  ('lab', [S('Or the share price already assumes slower growth, since it is down 60% from the listing.', PS, '', 'cc', '+', 'My guess is that the board')], 'STUDENT (Priyanka Salcombe):'),
  ('lab', [S('That is a fair point, and it’s where we’ll start on Thursday.', IR, '', 'c', '0'),
           S('For Thursday, read the Slumbercraft case and decide whether you would buy Drowsewell shares at today’s price.', IR, DW + ';Slumbercraft', 'x', '0')], 'PROFESSOR RATHMULLAN:'),
])

Y = 'Yewbridge Funeral Partners'
AG = 'Alistair Gorringe'
ST = 'Samira Tolhurst-Mbeki'
D12 = dict(file='yewbridge-funeral-wager.txt', fmt='txt', default='Rhoswen Caddick-Ebo',
  meta=dict(title='The Yewbridge wager', by='Rhoswen Caddick-Ebo'),
  blocks=[
  ('p', [S('Alistair Gorringe and Samira Tolhurst-Mbeki have covered Yewbridge Funeral Partners for six years and have never agreed about it.', None, Y, 'x', '0'),
         S('This month they agreed to settle it with a bet, and asked me to hold the stakes.', None, '', 'x', '0')]),
  ('h', 'The terms'),
  ('p', [S('Gorringe wins if Yewbridge reports more than 61,000 funerals for the 2026 financial year; Tolhurst-Mbeki wins if it reports fewer.', None, Y, 'e', '0'),
         S('The loser gives £1,000 to a hospice of the winner’s choice.', None, '', 'e', '0')]),
  ('h', 'The bull case'),
  ('p', [S('Gorringe, who runs the consumer fund at Hartleap Capital, says the target is easy.', AG, 'Hartleap Capital', 'c', '+'),
         S('Yewbridge carried out 57,400 funerals last year, and it has bought 38 independent funeral homes since then, which he says will add at least 4,500 a year.', AG, Y, 'e', '+'),
         S('“Death rates are the one forecast in this business you can set your watch by,” he told me.', AG, '', 'c', '+'),
         S('He also thinks the company’s pre-paid funeral plans, sold years in advance, give it a pipeline nobody else can see.', AG, Y, 'c', '+'),
         S('He rates the shares a buy.', AG, Y, 'r', '+')]),
  ('h', 'The bear case'),
  ('p', [S('Tolhurst-Mbeki, who publishes Thornbury Short Research, says the acquisitions are hiding a business that is losing customers.', ST, 'Thornbury Short Research', 'cc', '-', 'says the target is easy'),
         S('By her count, funerals at homes Yewbridge has owned for more than two years fell 6% last year, as families moved to direct cremation.', ST, Y, 'e', '-'),
         S('Lastlight Cremation Co., which sells a £1,095 cremation with no service, says its volumes doubled in 2025.', 'Lastlight Cremation Co.', 'Lastlight Cremation Co.', 'e', '+'),
         S('“Every acquisition buys a shrinking customer base at a rising price,” she said.', ST, '', 'c', '-'),
         S('She is short the shares and expects the 2026 figure to come in near 58,000.', ST, Y, 'p', '-')]),
  ('h', 'The replies'),
  ('p', [S('Gorringe calls the 6% figure cherry-picked.', AG, '', 'cc', '+', 'By her count, funerals at homes'),
         S('He says two of the homes in her sample lost their local hospital contracts for reasons that had nothing to do with cremation.', AG, '', 'c', '+'),
         S('Tolhurst-Mbeki’s answer is that the other 41 homes in her sample fell too.', ST, '', 'cc', '-', 'He says two of the homes in her sample'),
         S('She also doubts the pre-paid plans help, because Yewbridge has to honour prices set years ago, when costs were lower.', ST, Y, 'cc', '-', 'pre-paid funeral plans, sold years')]),
  ('p', [S('Yewbridge itself is not taking sides.', None, Y, 'x', '0'),
         S('Its finance director, Clement Varley-Rook, said the company’s guidance of “around 60,000” funerals was “a range, not a promise.”', 'Clement Varley-Rook', Y, 'e', '0'),
         S('The Association of Independent Funeral Directors says direct cremations were 24% of all funerals last year, up from 9% in 2019.', 'Association of Independent Funeral Directors', '', 'e', '0'),
         S('Gorringe was unmoved by that figure, pointing out that Yewbridge now sells direct cremations of its own.', AG, Y, 'cc', '+', 'direct cremations were 24%')]),
  ('h', 'The referee'),
  ('p', [S('I have no view on who will win, but I notice that the company’s own guidance sits between their two numbers.', None, Y, 'c', '0'),
         S('Yewbridge has missed its own volume guidance in two of the last three years, which is worth knowing before anyone takes the company’s range at face value.', None, Y, 'c', '-'),
         S('The result will be known when Yewbridge reports in July 2027.', None, Y, 'e', '0'),
         S('The loser has agreed to write a piece for us explaining what they got wrong.', None, '', 'x', '0')]),
])

DOCS = [D9, D10, D11, D12]
