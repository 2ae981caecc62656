from mk import *
RO = 'Ravindra Ostenberg'
HQ = 'Wystan Quainton'
CA = 'Clementine Adeyinka-Ross'
AS = 'Amberlight Social'
SM = 'Flintmatch'
DC = 'Dorrowgate Capital'
MF = 'Magdalena Orsolini'
R = lambda ts: '[%s] RAVINDRA: ' % ts
Hh = lambda ts: '[%s] WYSTAN: ' % ts
C = lambda ts: '[%s] CLEMENTINE: ' % ts
DOC = dict(file='subscription-desk-ep64-transcript.txt',
  txt_head=['The Subscription Desk, episode 64: the Pairwell price rise', '',
            'Episode 64 | 41 minutes | Recorded 5 December 2026 | Transcript edited for length', ''],
  blocks=[
    TURN(R('00:00:05'),
      s("Welcome to The Subscription Desk, I'm Ravindra Ostenberg.", RO, True, [], 'cx', 'ne'),
      s("With me as always is Wystan Quainton, and today we're talking about Pairwell, which raised its premium price from $19.99 to $29.99 a month last week.", RO, True, [AS], 'ev', 'ne')),
    TURN(Hh('00:00:21'),
      s("And I think it's the smartest thing Amberlight Social has done in two years.", HQ, True, [AS], 'cl', 'bu'),
      s("Amberlight's own numbers say only 7% of premium subscribers cancelled in the first week, which is lower than the 10% it had planned for.", AS, True, [AS], 'ev', 'bu')),
    TURN(R('00:01:02'),
      s("I'm less impressed than you are.", RO, True, [], 'cc', 'be', ctr="And I think it's the smartest thing"),
      s("Seven percent in week one tells you nothing about month three, when people's card statements arrive.", RO, True, [], 'cl', 'be'),
      s("And the people leaving aren't random: Flintmatch, the free rival app, says its sign-ups doubled in the same week.", SM, True, [SM], 'ev', 'bu')),
    TURN(Hh('00:02:15'),
      s("Flintmatch counts a download as a sign-up, so I'd take that with a lot of salt.", HQ, True, [SM], 'cc', 'be', ctr='says its sign-ups doubled in the same week'),
      s("What matters is revenue, and at a 7% cancellation rate revenue per subscriber goes up by about 40%.", HQ, True, [], 'cl', 'bu')),
    TURN(R('00:14:02'),
      s("We asked Clementine Adeyinka-Ross, who covers Amberlight at Dorrowgate Capital, to join us, and she's here.", RO, True, [AS, DC], 'cx', 'ne'),
      s("Clementine, who's right?", RO, True, [], 'cx', 'ne')),
    TURN(C('00:14:30'),
      s("Mostly Wystan, for this year.", CA, True, [], 'cc', 'bu', ctr="I'm less impressed than you are."),
      s("Our survey of 2,000 users found that 71% of premium subscribers said they'd pay $29.99, mainly because the app's paid tier is where the matches are.", CA, True, [], 'ev', 'bu'),
      s("I've raised my target to $48 and I rate the stock a buy.", CA, True, [AS], 're', 'bu'),
      s("But Ravindra's point about month three is fair, and I've assumed cancellations rise to 15% by March.", CA, True, [], 'cc', 'ne', ctr='Mostly Wystan, for this year.')),
    TURN(R('00:18:40'),
      s("Fifteen percent is where I'd start, not where I'd end.", RO, True, [], 'cc', 'be', ctr="I've assumed cancellations rise to 15%"),
      s("Amberlight's chief executive, Magdalena Orsolini, told investors in May that price rises were “not part of the plan this year.”", MF, True, [AS], 'ev', 'ne'),
      s("So either the plan changed or the numbers did.", RO, True, [], 'cl', 'be')),
    TURN(Hh('00:19:25'),
      s("Or she just didn't want to tell Flintmatch her plans six months early.", HQ, True, [SM], 'cc', 'ne', ctr='So either the plan changed or the numbers did.'),
      s("That's what any chief executive would do.", HQ, True, [], 'cl', 'ne')),
    TURN(R('00:19:40'),
      s("Maybe, but it's a credibility cost, and it's one investors remember.", RO, True, [], 'cc', 'be', ctr="That's what any chief executive would do.")),
    TURN(R('00:38:10'),
      s("Predictions before we go.", RO, True, [], 'cx', 'ne'),
      s("I think premium subscribers will be lower in June than they were before the price rise.", RO, True, [], 'pr', 'be')),
    TURN(Hh('00:38:31'),
      s("And I think revenue will be higher, which is what the shares will care about.", HQ, True, [AS], 'pr', 'bu')),
    TURN(C('00:38:50'),
      s("You could both be right, and that's the bull case.", CA, True, [], 'cl', 'bu')),
    TURN(R('00:40:55'),
      s("Thanks for listening, and see you next week.", RO, True, [], 'cx', 'ne')),
  ],
  txt_tail=['-- ', 'The Subscription Desk is an independent podcast. Nothing in this episode is investment advice.', ''])
