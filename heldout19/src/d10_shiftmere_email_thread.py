from mk import Doc, S, render_txt

FNAME = 'shiftmere-carterbrook-email-thread.txt'
SR, CD, CS = 'Shiftmere Recruitment', 'Carterbrook Distribution', 'Clockfold Staffing'
PH, JW, DS, AB, MT, CR = ('Priscilla Hawbridge', 'Jonas Whitlock-Pryde', 'Daragh Sweetland', 'Anouk Benbow',
                          'Mairead Tollervey', 'Cuthbert Ransley')
ADDR = {PH: 'p.hawbridge@carterbrook.example', JW: 'jonas.wp@shiftmere.example',
        DS: 'd.sweetland@shiftmere.example', AB: 'a.benbow@shiftmere.example',
        MT: 'm.tollervey@shiftmere.example', CR: 'c.ransley@shiftmere.example'}
SIG = {PH: 'Head of Procurement, Carterbrook Distribution', JW: 'Sales Director, Shiftmere Recruitment',
       DS: 'Regional Manager (North), Shiftmere Recruitment', AB: 'Chief Financial Officer, Shiftmere Recruitment',
       MT: 'Chief Executive, Shiftmere Recruitment', CR: 'Chair, Shiftmere Recruitment'}
SEP = '=' * 60


def hdr(d, frm, to, date, subj):
    d.raw(SEP + '\nFrom: %s <%s>\nTo: %s\nDate: %s\nSubject: %s'
          % (frm, ADDR[frm], ', '.join('%s <%s>' % (t, ADDR[t]) for t in to), date, subj))


def sig(d, who):
    d.raw('-- \n%s\n%s' % (who, SIG[who]))


def build():
    d = Doc(FNAME, None)
    hdr(d, PH, [JW], 'Mon 16 Nov 2026, 09:12', 'Warehouse staffing contract')
    d.p(S('Jonas, thank you for the renewal proposal.', sp=PH, t='context'))
    d.p(S('I have to tell you that we will not be renewing the warehouse staffing contract on the terms proposed when it ends on 31 January.',
          sp=PH, t='evidence', st='bearish'),
        S('Clockfold Staffing has offered a margin of 14% on pay against your 19%, and on our numbers their fill rate over the last three months of the trial was 96%, against 88% for Shiftmere.',
          sp=PH, co=[CS, SR], t='evidence', st='bearish'))
    d.p(S('If Shiftmere can match the margin and the fill rate, we would be glad to keep part of the work with you.',
          sp=PH, co=[SR], t='prediction'))
    sig(d, PH)

    hdr(d, JW, [MT, AB, DS], 'Mon 16 Nov 2026, 10:47', 'FW: Warehouse staffing contract')
    d.p(S('See below: we are about to lose Carterbrook, which is 11% of our revenue.',
          sp=JW, co=[CD], t='evidence', st='bearish'),
        S('Clockfold is buying the contract, and if we match 14% we will lose money on every shift.',
          sp=JW, co=[CS], st='bearish'))
    d.p(S('The fill-rate number is also unfair: the three months of the trial included the depot move, when Carterbrook changed every shift pattern at two days’ notice.',
          sp=JW, co=[CD], t='counterclaim', ctr='their fill rate over the last three months of the trial was 96%'),
        S('I suggest we offer 17% with a fill-rate guarantee and walk away if they say no.', sp=JW, t='recommendation'))
    sig(d, JW)

    hdr(d, DS, [JW, MT, AB], 'Mon 16 Nov 2026, 13:05', 'RE: FW: Warehouse staffing contract')
    d.p(S('I am not sure the depot move explains it.', sp=DS, t='counterclaim', st='bearish',
          ctr='The fill-rate number is also unfair'),
        S('We lost 40 of our regular temps at the Carterbrook depot to the new parcel hub next door in the summer, because it pays £1.10 an hour more, and we have been filling shifts with people who have never worked there.',
          sp=DS, co=[CD], t='evidence', st='bearish'),
        S('Our fill rate at the depot has been below 90% since July, depot move or no depot move.',
          sp=DS, t='evidence', st='bearish'))
    d.p(S('If we want to keep the work we have to raise temp pay there, not just cut our margin.',
          sp=DS, t='recommendation'))
    sig(d, DS)

    hdr(d, AB, [MT, JW, DS], 'Tue 17 Nov 2026, 08:30', 'RE: FW: Warehouse staffing contract')
    d.p(S('I have run the numbers on Jonas’s 17%.', sp=AB, t='context'),
        S('With Daragh’s pay rise on top, the contract would make about £60,000 a year, against £410,000 this year.',
          sp=AB, t='prediction', st='bearish'),
        S('Losing it altogether would take about £1.2 million off group operating profit next year, because the depot staff and the branch costs do not go away on 1 February.',
          sp=AB, t='prediction', st='bearish'))
    d.p(S('Either way, we will need to tell the market before the full-year results.', sp=AB, t='recommendation'))
    sig(d, AB)

    hdr(d, MT, [JW, AB, DS], 'Tue 17 Nov 2026, 11:58', 'RE: FW: Warehouse staffing contract')
    d.p(S('Thanks, all.', sp=MT, t='context'),
        S('I do not accept that we have to choose between the margin and the pay.', sp=MT, t='counterclaim',
          ctr='the contract would make about £60,000 a year'))
    d.p(S('Carterbrook’s own people told us in September that the hub next door is hiring another 300 staff in the spring.',
          sp=CD, co=[CD], t='evidence'),
        S('So temp pay at that depot is going up whatever we do, and Clockfold will face the same bill at 14%.',
          sp=MT, co=[CS], t='prediction', st='bearish'))
    d.p(S('Jonas, please offer 17% with the guarantee, and tell Priscilla we expect Clockfold to come back for a higher rate within six months.',
          sp=MT, co=[CS], t='recommendation'),
        S('Anouk, please hold any statement until we have her answer.', sp=MT, t='recommendation'))
    sig(d, MT)

    hdr(d, CR, [MT], 'Tue 17 Nov 2026, 19:21', 'RE: FW: Warehouse staffing contract')
    d.p(S('Mairead, I have seen the thread.', sp=CR, t='context'),
        S('I agree with the offer, but I do not agree that we can wait for Carterbrook’s answer before telling the market, and the company secretary shares that view.',
          sp=CR, co=[CD], t='counterclaim', ctr='please hold any statement until we have her answer'),
        S('Eleven per cent of revenue is material, and losing it is likely enough that we should say so now.',
          sp=CR, t='recommendation'))
    sig(d, CR)

    hdr(d, PH, [JW], 'Thu 3 Dec 2026, 16:40', 'RE: Revised proposal')
    d.p(S('Jonas, thank you for the revised offer.', sp=PH, t='context'),
        S('We will split the contract, with Shiftmere keeping the night shifts at 17% and Clockfold taking the days from February.',
          sp=PH, co=[SR, CS], t='evidence', st='bearish'),
        S('We will review both agencies against the same fill-rate measure in six months.', sp=PH, t='evidence'))
    sig(d, PH)
    d.raw(SEP)
    head = ['Conversation: Carterbrook renewal', '',
            'Exported 4 December 2026 | 7 messages | Internal, do not forward', '']
    return d, render_txt(d, head)
