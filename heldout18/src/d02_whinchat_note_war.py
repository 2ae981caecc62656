from mk import *
A = 'Fergus Ambrosetti'
DL = 'Whinchat Leisure Parks'
HG = 'Hallgrave Securities'
OP = 'Oxley Peabright'
CB = 'Cosimo Ferrabee-Nandi'
ME = 'Henriette Edgecumbe'
HV = 'Hildegard Voss-Arundel'
DOC = dict(file='whinchat-note-war-scorecard.md', front=[
    ('title', '"The note war over Whinchat Leisure, round by round"'),
    ('author', A), ('date', '2026-11-20'), ('site', 'The Ledger Lamp'),
    ('tags', '[leisure, brokers, caravans]')],
  blocks=[
    P(s("Two brokers have spent the past month arguing in public about Whinchat Leisure Parks, the caravan-park operator whose shares have swung between 310p and 395p since the summer.", A, False, [DL], 'ev', 'ne'),
      s("This is my scorecard of that argument.", A, False, [], 'cx', 'ne')),
    H('Round one: the buy note'),
    P(s("Hallgrave Securities opened on 21 October with a buy rating and a 480p target.", HG, True, [DL], 're', 'bu'),
      s("Its analyst, Cosimo Ferrabee-Nandi, argued that caravan owners are the most loyal customers in leisure: 91% of them renewed their pitch licences this year.", CB, True, [], 'cl', 'bu'),
      s("In his view, the company can raise pitch fees by 7% a year for five years without losing many of them.", CB, True, [DL], 'cl', 'bu'),
      s("He also pointed to the 1,400 new pitches that Whinchat has planning consent to build.", CB, True, [DL], 'ev', 'bu')),
    P(s("Hallgrave has advised Whinchat on two acquisitions, a fact its note discloses on page 14.", A, False, [DL, HG], 'ev', 'ne')),
    H('Round two: the sell note'),
    P(s("Oxley Peabright replied a week later with a sell rating and a 260p target.", OP, True, [DL], 'cc', 'be', ctr='opened on 21 October with a buy rating'),
      s("Henriette Edgecumbe, who wrote it, thinks the renewal figure flatters the business.", ME, True, [], 'cc', 'be', ctr='91% of them renewed'),
      s("By her count, owners who sell their caravans back to the company have risen from 6% to 11% of the total in two years, and those sales are not counted as lost customers.", ME, True, [DL], 'ev', 'be'),
      s("She argued that pitch fees are already 40% above those charged by independent parks nearby, which leaves less room for Ferrabee-Nandi's 7%.", ME, True, [], 'cc', 'be', ctr='can raise pitch fees by 7%'),
      s("“This is a rent business that has been mistaken for a hotel business,” she wrote.", ME, True, [], 'cl', 'be')),
    H('Round three: the reply'),
    P(s("Ferrabee-Nandi answered in a second note on 5 November.", CB, True, [], 'cx', 'ne'),
      s("He conceded that buy-backs had risen but said most were owners trading up to newer caravans on the same park, which Whinchat counts as a sale and a new licence.", CB, True, [DL], 'cc', 'bu', ctr='By her count, owners who sell'),
      s("On fees, he said independent parks are a poor comparison because they lack Whinchat's pools and clubhouses.", CB, True, [DL], 'cc', 'bu', ctr='pitch fees are already 40% above')),
    P(s("Whinchat itself has stayed out of the fight, although its finance director, Hildegard Voss-Arundel, told a conference on 12 November that trading up accounted for “the large majority” of buy-backs.", HV, True, [DL], 'ev', 'bu')),
    H('Round four: the rejoinder'),
    P(s("Edgecumbe was not moved.", ME, True, [], 'cc', 'be', ctr='He conceded that buy-backs had risen'),
      s("She noted that the company has never published the split, and that “the large majority” is not a number.", ME, True, [DL], 'cl', 'be'),
      s("She also pointed to 412 complaints about Whinchat's fee increases logged this year by the Static Caravan Owners' Guild, up from 150 in 2024.", ME, True, [DL], 'ev', 'be'),
      s("A Whinchat spokeswoman said the company would consider publishing more detail on buy-backs.", DL, True, [DL], 'ev', 'ne')),
    H('My scorecard'),
    P(s("On renewals, I give the round to Edgecumbe: a number the company will not disclose is not evidence.", A, False, [DL], 'cl', 'be'),
      s("On fees, Ferrabee-Nandi is closer to right, because owners who have paid £60,000 for a caravan do not move it lightly.", A, False, [], 'cl', 'bu'),
      s("But a fee strategy that depends on owners being stuck is one that regulators eventually notice.", A, False, [], 'cc', 'be', ctr='On fees, Ferrabee-Nandi is closer to right'),
      s("Whinchat could end the argument by publishing the buy-back split with its results on 28 January.", A, False, [DL], 're', 'ne'),
      s("Until it does, I would not buy the shares at 340p.", A, False, [DL], 're', 'ne')),
    P(s("Disclosure: I own no shares in Whinchat, Hallgrave or Oxley Peabright.", A, False, [DL, HG, OP], 'cx', 'ne')),
  ],
  md_tail=['*Enjoyed this? The Ledger Lamp is free every Friday. Forward it to a colleague.*', ''])
