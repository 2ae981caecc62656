from mk import *
F = 'week-in-quotes.md'
BBW='Brassfield Business Weekly'
dsl = f'''
The week’s most quotable lines from business, each with our note on what lay behind it. || @ | | cx | 0

## 1. The baker’s margin

% >\\s
“We have passed on every penny of the wheat rise and not one penny more. || Dorothea Klemm | | cl | 0
[dk] Shoppers can see that in our margins, which are lower than they were two years ago.” || Dorothea Klemm | | cl | 0

— Dorothea Klemm, chief executive of Vantry Foods, on Tuesday’s results call || Dorothea Klemm | Vantry Foods | cx | 0

Our note: Vantry’s own results statement puts its operating margin for the half at 7.1%, against 6.8% two years earlier. || Vantry Foods | Vantry Foods | ev | 0
Lower, it is not. || @ | | cc | 0 | dk

## 2. The regulator’s warning

% >\\s
“Nobody should mistake a fine of this size for the end of the matter. || Ravindra Sethi | | cl | -
We will be back in Nettlepay’s offices in the spring.” || Ravindra Sethi | Nettlepay | ev | 0

— Ravindra Sethi, chair of the Payments Conduct Authority, after fining Nettlepay £14 million || Ravindra Sethi | Nettlepay, Payments Conduct Authority | cx | 0

Our note: Nettlepay said on Wednesday that it had already fixed the faults the authority identified and would not appeal. || Nettlepay | Nettlepay, Payments Conduct Authority | ev | 0
Its shares rose 4% on the day, which suggests investors had feared worse. || @ | | cl | 0

## 3. The activist’s arithmetic

% >\\s
[cw] “This board has had eleven years and three strategies, and the share price is where it was in 2015.” || Casimir Wendt | | cl | -

— Casimir Wendt, founder of Ironquay Partners, in a letter to shareholders of Marlowe Textiles || Casimir Wendt | Ironquay Partners, Marlowe Textiles | cx | 0

Our note: Marlowe’s chairman, Bertrand Fallowes, replied that the shares had returned 31% over the period once dividends are included. || Bertrand Fallowes | Marlowe Textiles | cc | + | cw
Both numbers are right; they measure different things. || @ | | cl | 0

## 4. The founder’s boast

% >\\s
“Our customers are not asking whether to use our assistant. || Yusuf Halden | | cl | +
[yh] They are asking how fast they can roll it out to every desk.” || Yusuf Halden | | cl | +

— Yusuf Halden, founder of Orrery Systems, at the company’s developer conference || Yusuf Halden | Orrery Systems | cx | 0

Our note: A survey of 200 Orrery customers by Tessellate Research, published the same day, found that 23% had rolled the assistant out beyond a pilot. || Tessellate Research | Orrery Systems | cc | - | yh

## 5. The union’s condition

% >\\s
“We are not against the robots. || Ossian Amadi | | cl | 0
[ha] We are against the robots arriving before the retraining does.” || Ossian Amadi | | cl | 0

— Ossian Amadi, general secretary of the Warehouse and Distribution Union, on Brockhurst Logistics’ automation plan || Ossian Amadi | Brockhurst Logistics, Warehouse and Distribution Union | cx | 0

Our note: Brockhurst says 400 staff have signed up for its retraining scheme, which opens in January. || Brockhurst Logistics | Brockhurst Logistics | cc | 0 | ha
It has not said when the robots arrive. || @ | | cx | 0

## 6. The analyst’s preference

% >\\s
[pc] “I would rather own the airport than any airline that flies from it.” || Philippa Crane | | re | +

— Philippa Crane, transport analyst at Moreland Stott, explaining her buy rating on Ashby Gate Airports || Philippa Crane | Ashby Gate Airports, Moreland Stott | cx | 0

Our note: Ashby Gate’s passenger numbers were 9% above their 2019 level in October, the airport said. || Ashby Gate Airports | Ashby Gate Airports | ev | +
Not every analyst is so keen: Ingrid Salcombe of Baxendale Research rates the shares a sell, arguing that the airport’s landing charges face a regulatory review in 2027. || Ingrid Salcombe | Ashby Gate Airports, Baxendale Research | cc | - | pc

That is all for this week. || @ | | cx | 0
'''
def render(b):
    return '# They said it: the week in quotes\n\nSource: Brassfield Business Weekly\n\n' + md_body(b) + '\n\n*Heard a better line this week? Send it to quotes@brassfield.example and we may use it.*\n'
build(F, BBW, dsl, render)
