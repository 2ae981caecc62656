from mk import *
A = 'Odalys Pennefather'
LV = "Lowbarrow Vignerons' Co-operative"
TO = 'Thaddeus Kerslake-Moyo'
BS = 'Benedetta Strowger'
GF = "Pennyhatch Growers' Forum"
PS = 'Pellicane Stores'
QD = 'Quilliam & Sayce Wine Merchants'
DOC = dict(file='lowbarrow-harvest-report-2026.md', front=[
    ('title', '"Harvest report 2026: a small crop, a fair price?"'),
    ('author', A), ('role', 'Chief winemaker'), ('date', '2026-10-28'),
    ('site', 'The Pressing Shed'), ('audience', 'members')],
  blocks=[
    P(s("This year's harvest at Lowbarrow Vignerons' Co-operative finished on 9 October, eleven days earlier than last year.", A, False, [LV], 'ev', 'ne'),
      s("We took in 4,120 tonnes of grapes from 212 member growers, 23% less than in 2025.", A, False, [], 'ev', 'be'),
      s("The fruit we did get is the cleanest I have seen in my nine years in the winery.", A, False, [], 'cl', 'bu')),
    H('Vintage at a glance'),
    LI(s("Yield: 4,120 tonnes, against a five-year average of 5,300 tonnes.", A, False, [], 'ev', 'ne')),
    LI(s("Sugar: an average potential alcohol of 12.8%, up from 12.1%.", A, False, [], 'ev', 'ne')),
    LI(s("Rot: less than 1% of loads were rejected at the weighbridge, the lowest figure on our records.", A, False, [], 'ev', 'bu')),
    LI(s("Price: a provisional £1,140 a tonne, set by the board on 14 October.", A, False, [], 'ev', 'ne')),
    H('The price'),
    P(s("The board's provisional price is £60 a tonne below last year's, and I know many of you are unhappy about it.", A, False, [], 'ev', 'ne'),
      s("Our general manager, Thaddeus Kerslake-Moyo, told the members' meeting on 16 October that the cut was unavoidable.", TO, True, [], 'cl', 'ne'),
      s("In his account, bulk wine prices have fallen by a fifth since spring and the co-operative's tanks still hold 1.9 million litres of the 2025 vintage.", TO, True, [LV], 'ev', 'be'),
      s("“If we pay more for grapes than the wine will fetch, we are simply paying you with your own money,” he said.", TO, True, [], 'cl', 'ne')),
    P(s("The Pennyhatch Growers' Forum, which speaks for about 60 of our members, does not accept that arithmetic.", GF, True, [], 'cc', 'ne', ctr='that the cut was unavoidable'),
      s("Its chair, Benedetta Strowger, pointed out that the co-operative's own bottled range, sold under the Gallowstone label, raised its prices by 8% in March.", BS, True, [LV], 'ev', 'ne'),
      s("“The board is happy to pass on good news from the bottle, but only bad news from the bulk market,” she said.", BS, True, [], 'cl', 'ne'),
      s("She wants the price set at last year's £1,200 a tonne, with any shortfall met from the co-operative's reserves.", BS, True, [LV], 're', 'ne')),
    P(s("She has a point about the bottled range.", A, False, [], 'cl', 'ne'),
      s("But bottled wine is only 18% of what we sell, and its margins cannot carry the bulk business.", A, False, [], 'cc', 'be', ctr='She has a point about the bottled range.'),
      s("The reserves are there for a bad year, and a crop 23% below normal is not one I would call good.", A, False, [], 'cl', 'be')),
    H('What the buyers say'),
    P(s("Our largest customer, the supermarket group Pellicane Stores, has told us it will take 15% less bulk wine next year.", PS, True, [PS], 'ev', 'be'),
      s("Its wine buyer, Ludovic Amberley-Sze, said the cut reflected falling demand for inexpensive whites rather than anything about our quality.", 'Ludovic Amberley-Sze', True, [], 'cl', 'ne'),
      s("Thaddeus Kerslake-Moyo reads that as one more reason for caution on price.", TO, True, [], 'cl', 'ne')),
    P(s("Not every buyer is retreating.", A, False, [], 'cc', 'bu', ctr='has told us it will take 15% less bulk wine'),
      s("Quilliam & Sayce Wine Merchants, a restaurant supplier, has ordered 300 tonnes' worth of our Pinot Gris, double last year's order.", A, False, [QD], 'ev', 'bu')),
    H('My view'),
    P(s("I think the provisional price is about right for this year.", A, False, [], 'cl', 'ne'),
      s("The board should also promise now that any profit on the 2026 vintage above budget goes back to growers as a second payment.", A, False, [], 're', 'ne'),
      s("If the 2025 tanks are sold by spring, I expect that second payment to be worth £50 to £80 a tonne.", A, False, [], 'pr', 'bu'),
      s("The final price will be confirmed at the members' meeting on 2 December.", A, False, [], 'ev', 'ne')),
  ],
  md_tail=['*The Pressing Shed is sent to members of the co-operative. Reply to this issue through the members\' portal.*', ''])
