from mk import S, H, P, LI, OL, T, D, txt_body

FILE = 'money-at-six-fireworks-warning-transcript.txt'
DEFAULT = None

EF = 'Emberlark Fireworks'
HR = 'Hatherwood Research'
SS = 'Swarmlight Shows'
NF = 'Noor Heskin'
AM = 'Abel Munro'
VR = 'Vivienne Roscarrock'
PO = 'Prunella Oke'

PRES = 'PRESENTER:'
ABEL = 'ABEL MUNRO:'
CLIP = 'CLIP (VIVIENNE ROSCARROCK, CHIEF EXECUTIVE, EMBERLARK FIREWORKS):'
PRU = 'PRUNELLA OKE:'

BLOCKS = [
    P(S('cx', '0', "Good evening, I'm Noor Heskin, and this is Money at Six.", sp=NF),
      S('ev', '-', "Shares in Emberlark Fireworks, the country's biggest fireworks maker, fell by a quarter today after it warned that its profits would halve.", sp=NF, co=[EF]),
      S('cx', '0', "Our markets reporter, Abel Munro, has been following the story.", sp=NF), label=PRES),
    P(S('cx', '0', "Thanks, Noor.", sp=AM),
      S('ev', '-', "Emberlark says a wet October and November washed out bonfire-night events, and its sales to retailers were 22% below last year's.", sp=EF, co=[EF]),
      S('pr', '-', "It now expects a profit of about £6 million, against £12.4 million last year.", sp=EF),
      S('ev', '-', "The company also said it would close its packing site at Holmwray, with the loss of 70 jobs.", sp=EF, co=[EF]), label=ABEL),
    P(S('cx', '0', "The chief executive, Vivienne Roscarrock, spoke to investors this morning.", sp=VR), label=PRES),
    P(S('cl', '+', "Nobody controls the weather, and one wet season does not change the fact that people love fireworks.", sp=VR),
      S('ev', '+', "Our orders for New Year displays are up 9%, and that is where the margin is.", sp=VR), label=CLIP),
    P(S('cx', '0', "Prunella Oke is a leisure analyst at Hatherwood Research, and she is with me now.", sp=NF, co=[HR]),
      S('cx', '0', "Prunella, is it the weather?", sp=NF), label=PRES),
    P(S('cc', '-', "Partly, but I don't think that's the whole story.", sp=PO, ctr="Nobody controls the weather"),
      S('ev', '-', "Emberlark's sales to retailers fell in the dry autumn of 2025 as well, by 6%, because younger households are going to organised displays instead of buying their own.", sp=PO, co=[EF]),
      S('cl', '-', "And more councils are booking drone shows instead of fireworks for those displays.", sp=PO),
      S('ev', '+', "Swarmlight Shows, the biggest drone operator, says it put on 140 shows this autumn, up from 60 a year ago.", sp=SS, co=[SS]), label=PRU),
    P(S('cc', '+', "But the chief executive says the New Year business is growing.", sp=VR, ctr="I don't think that's the whole story"), label=PRES),
    P(S('cl', '0', "It is, from a small base.", sp=PO),
      S('cc', '-', "New Year is about a fifth of sales, so it can't make up for a bad November.", sp=PO, ctr="the New Year business is growing"),
      S('rec', '-', "I have a sell rating on the shares and a 95p target.", sp=PO, co=[EF]), label=PRU),
    P(S('cx', '0', "We've had a lot of messages about this.", sp=NF),
      S('cl', '-', "Fergal in Mardlecote says nobody he knows buys fireworks any more because of the noise and the dogs.", sp='Fergal'),
      S('cc', '+', "But Hazel in Brackmoor says her family spent more on fireworks this year than last.", sp='Hazel', ctr="nobody he knows buys fireworks"),
      S('cx', '0', "Prunella, what about the government's consultation on restricting sales to the public?", sp=NF), label=PRES),
    P(S('cl', '-', "That's the bigger risk.", sp=PO),
      S('pr', '-', "If sales to the public were limited to licensed displays, I estimate Emberlark would lose about 40% of its revenue.", sp=PO, co=[EF]), label=PRU),
    P(S('cl', '0', "Emberlark told us it had responded to the consultation and believes a ban would push buyers towards unsafe imports.", sp=EF, co=[EF]),
      S('cx', '0', "Prunella Oke, thank you.", sp=NF), label=PRES),
]

HEADER = '''Money at Six: fireworks maker warns after a wet bonfire season

Radio Quarrywell | Broadcast 14 November 2026, 18:00 | Transcript
'''

TRAILER = '''-- 
Transcribed from the broadcast. Check against delivery before quoting.
Money at Six is on weekdays at six.
'''


def render():
    return HEADER + '\n' + txt_body(BLOCKS) + '\n\n' + TRAILER
