from mk import *
F = 'larkfield-pitch-night.md'
OC='Oriane Castelli'; JA='Jerome Adair'; GY='Graham Yeo'; SR='Selma Radcliffe'; AB='Aurelio Banfield'; WL='Wen Li-Harcourt'
QH='Quillane Hearing'; KH='Kindlewood Homes'; BR='Brackenridge Rail Parts'
dsl = f'''
Three fund managers pitched their best ideas for 2027 at the Larkfield Ideas Night on Thursday, an annual evening that this year raised £310,000 for the Larkfield Children’s Trust. || @ | Larkfield Children’s Trust | ev | 0
Two of the ideas were to buy; the one that drew the most questions was a short. || @ | | cx | 0

## Long: Quillane Hearing

Jerome Adair, who runs Thistlebrook Capital, opened with Quillane Hearing, the high-street hearing-aid chain whose shares have halved since its 2024 listing. || {JA} | {QH}, Thistlebrook Capital | ev | 0
[qa] His argument is that the market has mistaken a one-off problem for a broken business. || {JA} | | cl | +
Quillane lost money last year because a new booking system failed for four months, Adair said, but appointments have since recovered to 96% of their 2023 level. || {JA} | {QH} | ev | +
In his estimate, the shares are worth 540p, against 310p now. || {JA} | | cl | +

The moderator, Graham Yeo, a former fund manager, was not sold. || {GY} | | cc | - | qa
[gy] He pointed out that two rivals, Sonable and Clearwave Audio, now sell hearing aids online at half Quillane’s prices. || {GY} | Clearwave Audio, {QH}, Sonable | ev | -
Adair’s answer was that older customers want to be fitted by a person, and that Quillane’s own online sales rose 40% last year anyway. || {JA} | {QH} | cc | + | gy

## Short: Kindlewood Homes

The short came from Selma Radcliffe, the founder of Harrier Point Advisers, who said she was betting against Kindlewood Homes, the housebuilder. || {SR} | Harrier Point Advisers, {KH} | re | -
[sr] Kindlewood’s reported sales, she argued, are flattered by incentives: it pays buyers’ deposits on about a third of its homes, which in her view hides falling prices. || {SR} | {KH} | cl | -
By her count, the value of those incentives has risen from 3% of the average selling price in 2023 to 9% this year. || {SR} | | ev | -
“Strip out the deposits and Kindlewood’s prices are down 8%, not up 2%,” she said. || {SR} | {KH} | cl | -
“The land bank is valued as if the last three years never happened.” || {SR} | | cl | -
She thinks the shares could fall by a third if the company has to write down its land. || {SR} | {KH} | pr | -

Kindlewood rejected the pitch in a statement on Friday. || {KH} | {KH} | cc | + | sr
[kh] Deposit contributions are common across the industry and are disclosed in full in its annual report, the company said, and its land was valued by an independent surveyor in March. || {KH} | {KH} | ev | +
That is true, but the disclosure sits in a note on page 141, and the surveyor’s valuation assumed that prices would rise. || @ | | cc | - | kh

Not everyone in the hall agreed with Radcliffe. || @ | | cc | + | sr
Aurelio Banfield, a housebuilding analyst at Dorrit & Fanshawe, said afterwards that incentives were already shrinking at most builders and that Kindlewood’s would follow. || {AB} | Dorrit & Fanshawe, {KH} | pr | +
He has a buy rating on the stock. || {AB} | {KH} | re | +

## Long: Brackenridge Rail Parts

The last pitch, from Wen Li-Harcourt of Orchid Lane Asset Management, was the quietest and possibly the best. || @ | Orchid Lane Asset Management | cl | 0
She likes Brackenridge Rail Parts, which makes brake components for freight wagons and has a 14-year order book from state railways. || {WL} | {BR} | cl | +
[wl] Its profit margin has been stuck near 6% for a decade, she acknowledged. || {WL} | | cl | -
But a new chief executive, Anouk Demarais, has closed two loss-making plants, and Li-Harcourt expects the margin to reach 11% by 2028. || {WL} | | cc | + | wl
Yeo asked why nobody else had noticed. || {GY} | | cx | 0
“Because it is boring,” she said, to the loudest laugh of the night. || {WL} | | cl | 0

## The vote

The audience voted Radcliffe’s short the best idea of the evening, with 46% of the 380 votes cast. || @ | | ev | 0
Brackenridge came second and Quillane a distant third. || @ | {BR}, {QH} | ev | 0
My own vote went to Li-Harcourt: Brackenridge’s order book pays for the wait, and the other two ideas depend on things the pitchers cannot check. || @ | {BR} | cl | +
'''
def render(b):
    return '# Two longs and a short: what the Larkfield Ideas Night liked for 2027\n\nBy Oriane Castelli\n\nSource: The Margin Ledger\n\n' + md_body(b) + '\n'
build(F, OC, dsl, render)
