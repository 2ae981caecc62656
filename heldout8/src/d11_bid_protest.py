from mk import *
F = 'transit-ticketing-bid-protest.txt'
YC='Yevgenia Colter'; HO='Halima Okwuosa'; AB='Augustin Berrow'; TM='Tobias Merrin'; EB='Elinor Bramhall'
PT='Pennock Ticketing'; FS='Faretrack Systems'; OV='Orrin Valley Transit Authority'
dsl = f'''
Pennock Ticketing has lodged a formal protest against the Orrin Valley Transit Authority’s decision to award a £96 million contactless ticketing contract to a rival, Faretrack Systems, arguing that the authority scored the bids unfairly. || {PT} | {FS}, {OV}, {PT} | ev | 0
The protest, filed on Monday, puts the contract on hold until an independent panel rules. || @ | | ev | 0
The authority says a ruling could take up to 90 days. || {OV} | {OV} | pr | 0

## THE SCORES

Faretrack’s bid scored 81 points out of 100 and Pennock’s 78, according to the evaluation summary the authority published in October. || {OV} | {FS}, {PT} | ev | 0
Pennock’s bid was £11 million cheaper over the ten-year term. || {OV} | {PT} | ev | 0
Price counted for 30% of the score and technical quality for 70%. || {OV} | | ev | 0
That weighting is unusually tilted towards quality for a ticketing contract. || @ | | cl | 0

Faretrack already runs ticketing for two other transit authorities in the region. || @ | {FS} | ev | 0

## THE PROTEST

[hk] Halima Okwuosa, Pennock’s chief executive, said the authority had marked down her company’s bid for using cloud servers abroad, a requirement that was not in the tender documents. || {HO} | {OV}, {PT} | cl | 0
“You cannot score a bid against a rule you did not write down,” she said. || {HO} | | cl | 0
[ev] Pennock also argues that one of the five evaluators had worked for Faretrack until 2023, a link the authority did not disclose. || {PT} | {FS}, {OV}, {PT} | cl | 0
Okwuosa said Pennock would ask the panel to order a fresh evaluation, not to hand Pennock the contract. || {HO} | {PT} | ev | 0

## THE AUTHORITY’S REPLY

Augustin Berrow, the authority’s director of procurement, rejected both complaints. || {AB} | {OV} | cc | 0 | hk
[s7] Data residency was set out in section 7 of the technical specification, he said, and every bidder was asked about it at the clarification stage in May. || {AB} | | ev | 0
The evaluator in question left Faretrack more than two years before the tender opened, Berrow said, and declared the link in writing. || {AB} | {FS} | cc | 0 | ev
“Pennock lost on quality, and it knows that,” he said. || {AB} | {PT} | cl | -
A Faretrack spokeswoman declined to comment on its former employee. || @ | {FS} | cx | 0

Section 7 does mention data residency, but only as a “preference”, not a requirement, according to a copy of the specification seen by this reporter. || {OV} | | cc | 0 | s7
The authority did not respond to a question about the wording. || @ | {OV} | cx | 0

## WHAT OTHERS SAY

Faretrack said it was confident the award would stand and that it had already begun hiring for the project. || {FS} | {FS} | pr | +
[tm] Councillor Tobias Merrin, who sits on the authority’s board, said the protest would delay the contactless fares that riders had been promised for 2027. || {TM} | {OV} | pr | 0
Not everyone on the board is so quick to blame Pennock. || @ | | cc | 0 | tm
A second board member, who asked not to be named, said the authority should have published its scoring rules in full before the bids came in. || @ | {OV} | cl | 0

Elinor Bramhall, a professor of procurement law at Dunlow University, thinks Pennock has a case, but only on the first point. || {EB} | Dunlow University, {PT} | cl | 0
“Evaluators are allowed to have worked in the industry; they are not allowed to score bids against criteria the bidders never saw,” she said. || {EB} | | cl | 0
In her experience, panels order a fresh evaluation in about a third of such cases. || {EB} | | ev | 0

The Orrin Valley Riders’ Association said it cared less about who won than about when the new system would arrive. || Orrin Valley Riders’ Association | | cl | 0
The panel is due to hold its first hearing on 14 January. || @ | | ev | 0
'''
def render(b):
    return 'Losing bidder challenges Orrin Valley ticketing award\n\nBy Yevgenia Colter\n\n' + txt_body(b) + '\n'
build(F, YC, dsl, render)
