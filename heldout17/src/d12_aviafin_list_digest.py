"""A professional mailing list's digest (aircraft leasing): per-message headers, signatures
after '-- ', a table of contents and a digest footer (plain text)."""
from mk import Doc, s

M = "Meridale Airways"
QL = "Quaylight Aero Leasing"
FR = "Fenrow Aviation Capital"
SL = "Stratocrest Leasing"
AP = "Aldermoor Propulsion"
LA = "Loftmark Appraisals"
BI = "Bogdan Ilievski"
RH = "Rosaline Hext"
LW = "leasewatch_ct"
AR = "Anja Rautenberg"
MO = "Mathilde Oyarzun"

SEP = "\n------------------------------\n\n"


def header(d, n, date, frm, subject):
    d.raw("Message: %d\nDate: %s\nFrom: %s\nSubject: %s\n\n" % (n, date, frm, subject))


def sig(d, *lines):
    d.raw("-- \n" + "\n".join(lines) + "\n")


def build():
    d = Doc("aviafin-list-digest-meridale.txt", "txt", default=None)
    d.raw("Aviafin-L Digest, Vol 9, Issue 212\n\n"
          "Send Aviafin-L mailing list submissions to aviafin-l@lists.aviafin.example\n"
          "To unsubscribe, visit https://lists.aviafin.example/unsubscribe\n\n"
          "Today's Topics:\n\n"
          "   1. Meridale rent proposal (Bogdan Ilievski)\n"
          "   2. Re: Meridale rent proposal (Rosaline Hext)\n"
          "   3. Re: Meridale rent proposal (leasewatch_ct)\n"
          "   4. Re: Meridale rent proposal (Anja Rautenberg)\n"
          "   5. Re: Meridale rent proposal (Bogdan Ilievski)\n"
          "   6. Re: Meridale rent proposal (Rosaline Hext)\n"
          "   7. Re: Meridale rent proposal (Mathilde Oyarzun)\n")
    d.raw(SEP)
    header(d, 1, "Tue, 10 Nov 2026 08:12:44 +0000", "Bogdan Ilievski <bogdan@ilievski-aviation.example>", "Meridale rent proposal")
    d.p(s("Meridale Airways wrote to its lessors on Friday asking to pay rent by the flight hour on 30 of its 74 aircraft until the end of 2027.", "ev", "-", sp=M, co=[M]),
        s("The letter says the airline will otherwise “have to consider all options.”", "pr", "-", sp=M, co=[M]),
        s("Everyone on this list knows how to read that.", "cl", "-", sp=BI))
    d.p(s("Meridale’s shares fell 14% on Friday.", "ev", sp=BI, co=[M]),
        s("My view: this is a restructuring in all but name, and lessors who say no first will get their aircraft back first.", "pr", "-", sp=BI),
        s("Has anyone heard from the big lessors?", "cx", sp=BI))
    sig(d, "Bogdan Ilievski", "Independent airline analyst")
    d.raw(SEP)
    header(d, 2, "Tue, 10 Nov 2026 09:40:02 +0000", "Rosaline Hext <rhext@quaylight-aero.example>", "Re: Meridale rent proposal")
    d.p(s("We have heard, and Quaylight will not agree to hourly rent on our eleven aircraft.", "rc", "-", sp=RH, co=[QL]),
        s("Bogdan is wrong that saying no means taking the aircraft back; Meridale needs these narrowbodies more than we need the cash.", "cc", sp=RH, co=[M], ct="lessors who say no first"))
    d.p(s("Narrowbody lease rates are up 12% this year, according to Loftmark Appraisals.", "ev", sp=LA),
        s("If Meridale does hand aircraft back, we can place ours with other airlines within three months.", "pr", sp=RH))
    sig(d, "Rosaline Hext", "Head of Remarketing, Quaylight Aero Leasing")
    d.raw(SEP)
    header(d, 3, "Tue, 10 Nov 2026 10:05:31 +0000", "leasewatch_ct <leasewatch_ct@mailbox.example>", "Re: Meridale rent proposal")
    d.p(s("Rosaline’s three months assumes the engines are clean.", "cc", "-", sp=LW, ct="within three months"),
        s("Half of Meridale’s fleet runs on Aldermoor Propulsion’s AP-40 engines, which need a shop visit after the blade inspection Aldermoor ordered in September.", "ev", "-", sp=LW, co=[AP, M]),
        s("A returned aircraft with an engine waiting for a shop slot is worth a lot less than Loftmark’s index says.", "cl", "-", sp=LW, co=[LA]),
        s("Good luck placing an AP-40 jet in a hurry.", "cl", "-", sp=LW))
    d.raw(SEP)
    header(d, 4, "Tue, 10 Nov 2026 11:22:17 +0000", "Anja Rautenberg <anja.rautenberg@meridale.example>", "Re: Meridale rent proposal")
    d.p(s("For the list’s benefit: Meridale is not restructuring.", "cc", "+", sp=AR, co=[M], ct="a restructuring in all but name"),
        s("Our proposal is temporary, covers only aircraft on the routes we suspended after the runway closure at our main base, and ends when the runway reopens in 2027.", "ev", sp=AR),
        s("We have already agreed terms with two lessors, Fenrow Aviation Capital and Stratocrest Leasing.", "ev", "+", sp=AR, co=[FR, SL]),
        s("I won’t comment on individual lessors’ positions.", "cx", sp=AR))
    sig(d, "Anja Rautenberg", "Treasurer, Meridale Airways")
    d.raw(SEP)
    header(d, 5, "Tue, 10 Nov 2026 12:48:09 +0000", "Bogdan Ilievski <bogdan@ilievski-aviation.example>", "Re: Meridale rent proposal")
    d.p(s("Fair enough on the runway.", "cl", sp=BI),
        s("But 30 aircraft is 40% of the fleet, and that runway handled only about a quarter of Meridale’s flights, according to its own traffic reports.", "cc", "-", sp=M, co=[M], ct="Fair enough on the runway"),
        s("Fenrow and Stratocrest own six of the 30 between them.", "cc", "-", sp=BI, co=[FR, SL], ct="already agreed terms with two lessors"))
    sig(d, "Bogdan Ilievski", "Independent airline analyst")
    d.raw(SEP)
    header(d, 6, "Tue, 10 Nov 2026 14:03:55 +0000", "Rosaline Hext <rhext@quaylight-aero.example>", "Re: Meridale rent proposal")
    d.p(s("Anja’s point about the runway is news to me and, I suspect, to most lessors on this list.", "cl", sp=RH),
        s("Quaylight’s position stands until we see the traffic figures by route.", "ev", sp=RH, co=[QL]),
        s("If the figures back her up, we will talk.", "pr", sp=RH))
    sig(d, "Rosaline Hext", "Head of Remarketing, Quaylight Aero Leasing")
    d.raw(SEP)
    header(d, 7, "Tue, 10 Nov 2026 15:31:40 +0000", "Mathilde Oyarzun <m.oyarzun@hangarwise-mro.example>", "Re: Meridale rent proposal")
    d.p(s("Aldermoor’s September bulletin asks for inspections at the next scheduled shop visit, not immediately.", "ev", sp=AP, co=[AP]),
        s("So leasewatch_ct is overstating how long returned aircraft would sit waiting for engines.", "cc", sp=MO, ct="waiting for a shop slot"))
    sig(d, "Mathilde Oyarzun", "Engine planning, Hangarwise Technics")
    d.raw(SEP)
    d.raw("Subject: Digest Footer\n\n"
          "_______________________________________________\n"
          "Aviafin-L mailing list\n"
          "aviafin-l@lists.aviafin.example\n\n"
          "End of Aviafin-L Digest, Vol 9, Issue 212\n"
          "******************************************\n")
    return d
