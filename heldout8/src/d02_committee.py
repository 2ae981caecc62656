from mk import *
F = 'quenmere-refunds-committee-evidence.txt'
HA='Hester Aubyn'; OP='Ottoline Prask'; WO='Wendell Okoro'; LT='Lewis Trenow'; PM='Rania Mandeville'; MC='Mairead Cottle'
QA='Quenmere Air'; TRA='Travellers’ Rights Alliance'
dsl = f'''
Oral evidence taken before the Business and Trade Committee on Tuesday 17 November 2026. || @ | Business and Trade Committee | cx | 0

Members present: Hester Aubyn (Chair); Rania Mandeville; Lewis Trenow. || @ | | cx | 0

Witnesses: Ottoline Prask, Chief Executive, Quenmere Air; and Dr Wendell Okoro, Director of Operations, Quenmere Air. || @ | {QA} | cx | 0

% Q41 Chair:\\s
Welcome to you both. || {HA} | | cx | 0
Between June and September Quenmere Air cancelled 2,300 flights, and your own figures show that fewer than half of the passengers affected were refunded within the 14 days the law requires. || {HA} | {QA} | ev | -
Why should anyone believe the airline takes its obligations seriously? || {HA} | {QA} | cl | -

% Ottoline Prask:\\s
I want to start by apologising to every one of those passengers. || {OP} | | cx | 0
[p1] The summer’s cancellations were caused overwhelmingly by air traffic control restrictions and by a shortage of engines from our supplier, Harlan Turbines. || {OP} | Harlan Turbines | cl | 0
[p2] Refunds are now being paid within 14 days in 91% of cases. || {OP} | | ev | +
We expect to clear the backlog by the end of the year. || {OP} | | pr | +

% Q42 Lewis Trenow:\\s
Dr Okoro, the air traffic control figures we have seen tell a different story. || {LT} | | cc | - | p1
[atc] According to the National Air Traffic Authority, restrictions accounted for 140 of your cancellations, which is about 6%. || National Air Traffic Authority | | ev | -
What happened to the rest? || {LT} | | cx | 0

% Dr Wendell Okoro:\\s
The authority counts only the days on which it formally declared restrictions, not the knock-on effect on crews and aircraft the following day. || {WO} | National Air Traffic Authority | cc | 0 | atc
On our own count, about a third of the cancellations trace back to those restrictions. || {WO} | | ev | 0
The larger share was the engines. || {WO} | | cl | 0

% Q43 Lewis Trenow:\\s
Harlan Turbines wrote to this Committee last week. || {LT} | Business and Trade Committee, Harlan Turbines | ev | 0
[ht] It says it warned Quenmere Air in January that deliveries would be late, and that the airline went on selling its full summer schedule anyway. || Harlan Turbines | Harlan Turbines, {QA} | cc | - | p1
Is that right? || {LT} | | cx | 0

% Ottoline Prask:\\s
We did receive a letter in January. || {OP} | | cl | 0
But the letter promised that 11 of the 14 engines would arrive by May, and four of them came. || {OP} | | cc | 0 | ht
We planned on what our supplier told us. || {OP} | | cl | 0

% Q44 Rania Mandeville:\\s
Let me turn to refunds. || {PM} | | cx | 0
[tra] The Travellers’ Rights Alliance has told us that passengers were steered towards vouchers, which the airline’s website offered first and in larger type. || {TRA} | {QA} | ev | -
Ms Prask, will you now offer cash to every passenger who accepted a voucher? || {PM} | | re | 0

% Ottoline Prask:\\s
Vouchers are worth 110% of the fare, and many customers prefer them. || {OP} | | cc | 0 | tra
[nc] We will not convert them automatically, but any passenger who asks will get cash within 14 days. || {OP} | | ev | 0

% Q45 Rania Mandeville:\\s
With respect, passengers should not have to ask for money that the law already says is theirs. || {PM} | | cc | - | nc

## EXAMINATION OF WITNESS

Witness: Mairead Cottle, Director, Travellers’ Rights Alliance. || @ | {TRA} | cx | 0

% Q46 Chair:\\s
Ms Cottle, you heard the airline’s evidence. || {HA} | {QA} | cx | 0

% Mairead Cottle:\\s
I did, and the 91% figure needs some care. || {MC} | | cc | - | p2
It counts from the day a passenger completes the online form, not from the day the flight was cancelled, and the form was unavailable for most of July. || {MC} | | ev | -
Complaints to us about Quenmere are still running at three times the level for any other airline. || {MC} | {QA} | ev | -
MPs should ask the Civil Aviation Board to audit the airline’s refund figures. || {MC} | Civil Aviation Board, {QA} | re | 0
'''
def render(b):
    return txt_body(b) + '\n'
build(F, None, dsl, render)
