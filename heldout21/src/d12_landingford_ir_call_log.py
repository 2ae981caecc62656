"""Plain text: an investor-relations head's internal log of shareholder calls after a profit warning."""
from mk import Doc, s, wrap

DOC = d = Doc('landingford-investor-call-log.txt', default='Liesel Morrant', co={
    'LL': 'Landingford Lifts', 'TM': 'Treadlow Mobility', 'HF': 'Harrowfen Capital',
    'DW': 'Dunwater Partners', 'FQ': 'Fernquist Asset Management', 'SW': 'Stannery Wealth'})

d.h('SUMMARY')
d.p(s('We held 14 calls with shareholders between 2 and 5 December, after Monday’s warning that Landingford’s full-year profit would be about 20% below market forecasts.', None, 'LL', 'ev', 'be'),
    s('Most holders accepted our explanation that installation delays, not lost orders, caused the shortfall.', None, '', 'cl', 'bu'),
    s('Three did not, and two of them have sold shares since.', None, '', 'ev', 'be'),
    s('The main themes and notes of five calls follow.', None, '', 'cx', 'ne'))
d.h('THEMES')
d.p(s('Delays: most callers accepted that the shortage of installers is temporary, because the order book is up 8% on last year.', None, '', 'cl', 'bu'), kind='ol', n=1)
d.p(s('Pricing: several holders asked whether Treadlow Mobility’s cheaper lift is taking our private-pay customers.', None, 'TM', 'cx', 'ne'), kind='ol', n=2)
d.p(s('Targets: nobody we spoke to expects us to reach the 14% margin target for 2027.', None, '', 'pr', 'be'),
    s('Two holders asked us to withdraw it.', None, '', 're', 'ne'), kind='ol', n=3)
d.h('CALL NOTES')
d.p(s('Call 1, 2 December, with Jago Castlemain of Harrowfen Capital, our largest holder.', None, 'HF', 'cx', 'ne'),
    s('Castlemain accepted the installer explanation and said Harrowfen would buy more shares below 300p.', 'Jago Castlemain', 'HF', 're', 'bu'),
    s('He wants the chief executive to stop giving margin targets “until the vans are back on the road”.', 'Jago Castlemain', '', 're', 'ne'))
d.p(s('Call 2, 2 December, with Romilly Brightmore of Dunwater Partners.', None, 'DW', 'cx', 'ne'),
    s('Brightmore does not accept that the problem is installers.', 'Romilly Brightmore', '', 'cc', 'be', c='installation delays, not lost orders'),
    s('She said her own checks with 12 dealers found that Treadlow’s lift, at £2,900 against our £3,800, won most private-pay sales this autumn.', 'Romilly Brightmore', 'TM', 'ev', 'be'),
    s('She has sold a third of her holding.', 'Romilly Brightmore', '', 're', 'be'),
    s('Our note: Treadlow’s lift fits only straight staircases, which are about 40% of our installations, and our private-pay orders rose 3% this autumn.', None, 'TM', 'cc', 'bu', c='her own checks with 12 dealers'))
d.p(s('Call 3, 3 December, with Uri Scholes of Fernquist Asset Management.', None, 'FQ', 'cx', 'ne'),
    s('Scholes asked why the warning came only four weeks after the capital markets day, where our finance director had said the year was “on track”.', 'Uri Scholes', '', 'cx', 'ne'),
    s('Our answer was that the installer shortage worsened sharply in November, when two of our subcontractors went into administration.', None, '', 'ev', 'ne'),
    s('He was not satisfied.', 'Uri Scholes', '', 'cc', 'be', c='Our answer was that the installer shortage'),
    s('He thinks the board should commission an independent review of how we forecast.', 'Uri Scholes', '', 're', 'ne'))
d.p(s('Call 4, 4 December, with Isadora Mirrlees of Stannery Wealth, who manages money for private clients.', None, 'SW', 'cx', 'ne'),
    s('Mirrlees thinks the shares are cheap and that the selling has come from funds that owned them for the dividend.', 'Isadora Mirrlees', 'LL', 'cl', 'bu'),
    s('She asked whether the dividend is safe.', 'Isadora Mirrlees', '', 'cx', 'ne'),
    s('We said the board would decide in March and that net cash of £23 million gives it room.', None, '', 'cl', 'bu'))
d.p(s('Call 5, 5 December, with a holder who asked not to be named in this log.', None, '', 'cx', 'ne'),
    s('The holder said our installers were leaving for Treadlow, which pays £4 an hour more.', None, 'TM', 'cl', 'be'),
    s('Our head of installation, Dougal Pursglove, says 11 installers left in the autumn, of whom four joined Treadlow.', 'Dougal Pursglove', 'TM', 'cc', 'ne', c='leaving for Treadlow'))
d.h('RECOMMENDATIONS')
d.p(s('The chief executive should write to the top 20 holders before Christmas, setting out the installer plan and the order book.', None, '', 're', 'ne'), kind='ol', n=1)
d.p(s('We should not withdraw the 2027 margin target before the full-year results, despite the two requests.', None, '', 're', 'ne'), kind='ol', n=2)
d.p(s('We expect more selling from income funds if the dividend is not confirmed in March.', None, '', 'pr', 'be'), kind='ol', n=3)


def render():
    out = ['Investor calls after the December trading update: log and themes', '',
           'Prepared by Liesel Morrant, Head of Investor Relations', '',
           'Landingford Lifts | Calls 2 to 5 December 2026 | Board and executive committee only', '']
    for b in d.blocks:
        if b[0] == 'h':
            out += [b[1], '']
        elif b[2].get('kind') == 'ol':
            out += [wrap('%d. ' % b[2]['n'] + ' '.join(x.text for x in b[1]), 76)
                    .replace('\n', '\n   '), '']
        else:
            out += [wrap(' '.join(x.text for x in b[1]), 76), '']
    out += ['-- ', 'Internal. Not for onward distribution. Contains inside information until the',
            'full-year results are published.', '']
    return '\n'.join(out)
