from mk import Doc, S, D

FL = "Furcode Labs"
SG = "Snoutline Genomics"
BV = "Boxelder Ventures"
GU = "Glenhallow University"
JO = "Jemima Oduro"
FB = "Felix Brannagh"
HW = "Hugo Wetherall"
SM = "Saskia Morandi"
DR = "Dev Rajagopal"

HEAD = """Money on the Table, series 4, episode 6: the Furcode pitch
"""

TAIL = """(Transcript prepared by the production company for accessibility. Timings removed.)
"""


def build():
    d = Doc("furcode-pitch-show-transcript.txt", None)
    d.p(S("The backers this series are Hugo Wetherall, Saskia Morandi and Dev Rajagopal, who runs Boxelder Ventures.", D, [BV], "cx", "ne"), label="NARRATOR:")
    d.p(S("Next into the room are Jemima Oduro and Felix Brannagh, the founders of Furcode Labs, which sells home DNA tests for dogs.", D, [FL], "cx", "ne"),
        S("They are asking for £250,000 for 5% of the company.", D, [FL], "ev", "ne"), label="NARRATOR:")
    d.p(S("Furcode tells you your dog's breed mix and its risk of 40 inherited diseases from a cheek swab, for £79.", JO, [FL], "ev", "ne"),
        S("We sold 31,000 kits last year, and our revenue has tripled in two years to £2.4 million.", JO, [], "ev", "bu"), label="ODURO:")
    d.p(S("Every vet we've shown the health report to has asked to stock it.", FB, [], "cl", "bu"), label="BRANNAGH:")
    d.p(S("Tripled from what?", HW, [], "cx", "ne"), label="WETHERALL:")
    d.p(S("From £800,000, and we've made money on every kit since the first month.", JO, [], "ev", "bu"), label="ODURO:")
    d.p(S("Making money on every kit isn't the same as making money.", SM, [], "cc", "be", ctr="we've made money on every kit"),
        S("What did you lose last year once you'd paid for all that online advertising?", SM, [], "cx", "ne"), label="MORANDI:")
    d.p(S("About £600,000, because we're buying customers for growth.", FB, [], "ev", "be"), label="BRANNAGH:")
    d.p(S("I've got a bigger problem than the losses.", DR, [], "cx", "ne"),
        S("The disease risks on your report come from studies of a few hundred dogs per breed, and a vet I trust told me half of them would never change what an owner does.", DR, [], "cc", "be", ctr="Every vet we've shown the health report to"), label="RAJAGOPAL:")
    d.p(S("That's fair for some of the rarer conditions.", JO, [], "cl", "ne"),
        S("But for the six most common ones our panel has been validated against 12,000 dogs by the veterinary school at Glenhallow University, and that's what vets are asking for.", JO, [GU], "cc", "bu", ctr="The disease risks on your report"), label="ODURO:")
    d.p(S("Who else does this?", HW, [], "cx", "ne"), label="WETHERALL:")
    d.p(S("Snoutline Genomics is the big one abroad, and it charges twice our price and doesn't ship here.", FB, [SG], "ev", "ne"), label="BRANNAGH:")
    d.p(S("Snoutline launched a £39 test last month.", HW, [SG], "cc", "ne", ctr="Snoutline Genomics is the big one abroad"),
        S("I read about it in the trade press, and it's coming here, and you're going to be in a price war with a company forty times your size.", HW, [], "pr", "be"), label="WETHERALL:")
    d.p(S("Morandi is the first to decide.", D, [], "cx", "ne"), label="NARRATOR:")
    d.p(S("I can't back a company that loses £600,000 to sell £2.4 million, so I'm out.", SM, [], "rc", "be"), label="MORANDI:")
    d.p(S("The price war decides it for me, so I'm out too.", HW, [], "rc", "be"), label="WETHERALL:")
    d.p(S("I'll make you an offer: the £250,000 for 15%, and I want the vet channel to be the whole business, not a side line.", DR, [], "rc", "ne"), label="RAJAGOPAL:")
    d.p(S("Fifteen per cent values us at a third of what our last round did.", JO, [], "cc", "bu", ctr="I'll make you an offer"), label="ODURO:")
    d.p(S("Your last round was before Snoutline cut its price.", DR, [SG], "cc", "be", ctr="Fifteen per cent values us"), label="RAJAGOPAL:")
    d.p(S("After ten minutes in the corridor, the founders came back and accepted Rajagopal's money for 12%.", D, [], "ev", "ne"), label="NARRATOR:")
    d.p(S("Furcode has since told the programme that the deal did not complete and that it raised £400,000 from its existing investors instead.", FL, [FL], "ev", "ne"),
        S("Rajagopal said the founders had “decided they preferred the vet channel as a side line after all”.", DR, [], "cl", "be"), label="NARRATOR:")
    return d.name, d.txt(HEAD, TAIL), d.records()
