from mk import *
PR, ST, GF, OB = 'Pennick Rail Catering', 'Sallowmere Trains', 'Gantry Foods', 'Ormsgate Bank'
LF, KA, GM, PC = 'Lorna Fitzwarren', 'Kwabena Ashbourne', 'Giselle Marchmont', 'Piers Cattermole'
body = [
 H('Background'),
 P(S('Pennick Rail Catering was founded in 1998 by Declan Pennick to run the trolley service on two regional lines.', None, PR, 'ev'),
   S('By 2025 it employed 740 people and earned 68% of its £41 million revenue from a single contract with Sallowmere Trains.', None, ST, 'ev'),
   S('That contract expires in June 2027, and Sallowmere has asked for bids to replace it by March.', None, ST, 'ev')),
 P(S('Sallowmere’s tender document asks bidders to cut the commission they keep on each sale from 22% to 15% and to staff every train, including the late services that lose money.', ST, ST, 'ev'),
   S('It also says the operator will judge bids 60% on price.', ST, '', 'ev')),
 H('The dilemma'),
 P(S('Lorna Fitzwarren, Pennick’s finance director, believes the company should not bid on those terms.', LF, PR, 'rc', k='nobid'),
   S('At 15% commission, her model shows the contract losing about £1.9 million a year once the late services are staffed.', LF, '', 'pr', '-'),
   S('“We would be paying Sallowmere for the privilege of feeding its passengers,” she told the case writer.', LF, ST, 'cl', '-')),
 P(S('Kwabena Ashbourne, the operations director, disagrees.', KA, '', 'cc', c='nobid'),
   S('Without the Sallowmere contract, he argues, Pennick would have to close its two depots and lay off about 500 staff, and the smaller contracts it holds could not carry the head office.', KA, PR+';'+ST, 'pr', '-'),
   S('In his view the firm should bid at 15% and make up the loss by cutting the menu to six hot items and moving to card-only payment.', KA, '', 'rc', k='cut')),
 P(S('Fitzwarren’s answer is that the savings Ashbourne has identified come to £700,000, a third of the gap.', LF, '', 'cc', '-', k='third', c='cut'),
   S('Ashbourne concedes the figure but says it excludes a sales uplift from card payments, which the company saw on its other contracts.', KA, PR, 'cc', '+', c='third')),
 H('The competition'),
 P(S('Gantry Foods, a national contract caterer, is expected to bid.', None, GF, 'pr'),
   S('According to its annual report, Gantry’s rail division already runs catering on three operators’ trains and earns a margin of 4%.', GF, GF, 'ev'),
   S('Pennick’s managers believe Gantry can afford to win the contract at a loss for several years.', None, GF+';'+PR, 'cl', '-'),
   S('Giselle Marchmont, Sallowmere’s head of procurement, told the case writer that price would not be the only test.', GM, ST, 'cl', k='test'),
   S('“We have had a national caterer before, and the complaints doubled,” she said.', GM, '', 'ev'),
   S('But the tender’s own scoring gives service quality only 25%.', None, '', 'cc', '-', c='test')),
 H('The lender'),
 P(S('Pennick’s £6 million loan from Ormsgate Bank has a covenant that requires the Sallowmere contract, or one of similar size, to be in place.', None, OB+';'+PR+';'+ST, 'ev'),
   S('Ormsgate’s relationship manager, Piers Cattermole, has told Fitzwarren that the bank would “look sympathetically” at a waiver if Pennick lost the contract but kept its other business.', PC, OB+';'+PR, 'ev', k='waiver'),
   S('Fitzwarren does not believe a waiver would last beyond a year.', LF, '', 'cc', '-', c='waiver')),
 H('Exhibit 1: Contract economics (£ million a year)'),
 P(S('Exhibit 1 sets out the finance team’s estimates.', None, '', 'cx')),
 P(S('Scenario | Revenue | Operating profit', None, '', 'cx'),
   S('Current contract (22%) | 27.9 | 1.6', None, '', 'ev'),
   S('Bid at 15%, current menu | 27.9 | -1.9', None, '', 'ev'),
   S('Bid at 15%, reduced menu (Ashbourne) | 25.1 | -1.2', None, '', 'ev'),
   S('No bid | 0.0 | -2.3', None, '', 'ev'), table=True),
 H('Questions for discussion'),
 P(S('Should Pennick bid for the contract, and at what commission?', None, PR, 'cx'), li='1. '),
 P(S('How much weight should the board give to the 500 jobs at risk?', None, '', 'cx'), li='2. '),
 P(S('What would you ask Ormsgate Bank before deciding?', None, OB, 'cx'), li='3. '),
]
head = '''---
title: "Pennick Rail Catering: bid or walk away?"
author: Hedda Blomqvist-Rowe
date: 2026-11-20
site: Halvergate School of Management Case Library
case_number: HSM-26-114
---

'''
tail = '\n*This case was written for class discussion and is not intended to illustrate effective or ineffective management.*\n'
build('pennick-rail-catering-case.md', 'md', 'Hedda Blomqvist-Rowe', body, head, tail)
