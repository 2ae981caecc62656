from mk import *
TO, WE, FPA, GTC, PS = 'Tollgarth Orchards', 'Wendlow Supermarkets', 'Fruit Pressers’ Association', 'Grocery Terms Commissioner', 'Parbeck Securities'
RF, NF, HM, IC = 'Torin Maclagan', 'Nadia Ferrante-Holt', 'Hesketh Marlowe', 'Imelda Crossley'
body = [
 P(S('Tollgarth Orchards, which presses apple and pear juice for own-label cartons, published an open letter on Monday to the chief executive of Wendlow Supermarkets, its largest customer.', None, TO+';'+WE, 'ev'),
   S('Wendlow replied the next day.', WE, WE, 'cx'),
   S('We print both in full, with comment from the rest of the trade below.', None, '', 'cx')),
 H('The letter'),
 P(S('Dear Mr. Ashdown,', RF, '', 'cx')),
 P(S('For eleven years Tollgarth has supplied every litre of Wendlow’s own-label apple juice, and for eleven years we have been proud of that partnership.', RF, TO+';'+WE, 'ev')),
 P(S('In September your buying team told us that the price Wendlow pays per litre would fall by 9% from January, with no change to the specification.', RF, WE, 'ev', k='cut'),
   S('Over the same period our costs have risen: apples from our contract growers cost 14% more than a year ago, and the glass and carton prices we pay are up by a fifth.', RF, '', 'ev', '-', k='costs'),
   S('At the new price we would lose money on every carton we send you.', RF, '', 'pr', '-')),
 P(S('We have asked three times for a meeting to show your team our books.', RF, '', 'ev', k='meet'),
   S('Suppliers are not asking Wendlow for charity; we are asking it to follow the Supplier Fair Dealing Code, which requires a buyer to give reasonable notice of a price change and to negotiate it in good faith.', RF, WE, 'cl', '-', k='code')),
 P(S('We would rather keep this partnership than end it.', RF, '', 'cl'),
   S('So we ask you to pause the January price until the two companies have met, and to publish how Wendlow sets its own-label prices for suppliers of our size.', RF, WE, 'rc'),
   S('If the price stands, we will have no choice but to stop supplying Wendlow at the end of March.', RF, WE, 'pr', '-', k='stop')),
 P(S('Torin Maclagan, Managing Director, Tollgarth Orchards', RF, TO, 'cx')),
 H('Wendlow’s reply'),
 P(S('Wendlow’s reply came from Nadia Ferrante-Holt, its commercial director, rather than from Gerald Ashdown.', NF, WE, 'cx')),
 P(S('“We value Tollgarth as a supplier and we want the relationship to continue,” she wrote.', NF, TO, 'cl'),
   S('“But the price we pay for own-label juice has to reflect what the market pays, and in the last six months the wholesale price of apple juice concentrate has fallen by more than a fifth.”', NF, '', 'cc', c='costs', k='mkt')),
 P(S('Ferrante-Holt also rejected the charge that Wendlow had broken the supply code.', NF, WE, 'cc', '+', c='code'),
   S('The new price was notified in September, four months before it takes effect, which she said was “well beyond what the code requires”.', NF, '', 'ev'),
   S('She said the buying team had offered Tollgarth a meeting in October and that the offer still stood.', NF, TO, 'cc', c='meet')),
 P(S('The retailer did not address the threat to stop supplying it.', None, WE, 'cx'),
   S('A spokesman said only that Wendlow had “robust contingency plans” for every own-label line.', WE, WE, 'cc', '+', c='stop')),
 H('The trade’s view'),
 P(S('In the view of Hesketh Marlowe, who chairs the Fruit Pressers’ Association, the dispute is about more than juice.', HM, FPA, 'cl'),
   S('Supermarkets have spent two years pushing cost cuts down the chain, he said, and smaller processors such as Tollgarth have no margin left to absorb them.', HM, TO, 'cl', '-', k='marg'),
   S('He wants the Grocery Terms Commissioner to look at how Wendlow and its two largest rivals set own-label prices.', HM, GTC+';'+WE, 'rc')),
 P(S('Not every supplier sympathises.', None, '', 'cc', c='marg'),
   S('The owner of a rival juice processor, who asked not to be named because Wendlow is also a customer, said Tollgarth had “priced itself as if the 2022 harvest would last for ever” and had been slow to buy cheaper concentrate.', None, TO+';'+WE, 'cl', '-')),
 P(S('Imelda Crossley, who covers food retail at Parbeck Securities, thinks Wendlow can afford the row.', IC, PS+';'+WE, 'cl', '+', k='afford'),
   S('Own-label juice is less than 0.3% of its sales, by her estimate, and two other processors have spare capacity.', IC, '', 'ev', '+'),
   S('But she expects more suppliers to go public with their complaints before Christmas, and the commissioner’s office has shown more interest in letters like this one than it used to.', IC, GTC, 'cc', '-', c='afford')),
 P(S('A 9% cut in a year when growers’ costs went up is hard to defend as market pricing, whatever the concentrate index says.', None, '', 'cc', '-', c='mkt'),
   S('Wendlow should take the meeting.', None, WE, 'rc')),
]
head = '# Tollgarth’s open letter to Wendlow, and Wendlow’s reply\n\nSource: Aisle & Margin Weekly\n\n'
tail = '\n*Aisle & Margin Weekly is free to suppliers. Sign up for the Thursday briefing.*\n'
build('tollgarth-open-letter.md', 'md', 'Aisle & Margin Weekly', body, head, tail)
