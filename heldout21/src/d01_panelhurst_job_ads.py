"""Markdown, YAML front matter: a data columnist reads a modular-home builder's job ads."""
from mk import Doc, s, md_body

DOC = d = Doc('panelhurst-job-ads-signal.md', default='Albertine Strangward', co={
    'PH': 'Panelhurst Homes', 'TS': 'Tallowfield Staffing', 'CS': 'Corbelstone Securities'})

d.p(s('Panelhurst Homes says its factory is finally running at full speed.', 'Panelhurst Homes', 'PH', 'cl', 'bu'),
    s('Its job advertisements tell a more complicated story.', None, '', 'cc', 'be', c='finally running at full speed'),
    s('Every week since May I have saved every listing on the modular builder’s careers site, 214 in all.', None, 'PH', 'ev', 'ne'))
d.h('What the ads show')
d.p(s('The mix has shifted sharply over the six months to October.', None, '', 'ev', 'ne'))
d.p(s('Role family | Ads, May to October | Previous six months', None, '', 'cx', 'ne'),
    s('Factory assembly | 31 | 88', None, '', 'ev', 'ne'),
    s('Warranty and remedial | 46 | 9', None, '', 'ev', 'ne'),
    s('Site installation | 52 | 61', None, '', 'ev', 'ne'),
    s('Sales and land | 12 | 40', None, '', 'ev', 'ne'),
    s('Finance and IT | 73 | 34', None, '', 'ev', 'ne'), kind='table')
d.p(s('Assembly hiring has fallen by almost two-thirds, while advertisements for warranty and remedial roles have risen fivefold.', None, '', 'ev', 'ne'),
    s('Eleven of the remedial ads mention “façade rectification”, and four ask for experience of “moisture ingress surveys”.', None, '', 'ev', 'be'),
    s('A builder hiring this many people to fix houses it has already sold has a quality problem, whatever its order book says.', None, '', 'cl', 'be'))
d.p(s('Sales and land roles, meanwhile, have almost disappeared from the site.', None, '', 'ev', 'ne'),
    s('That matters more than the factory numbers, because a modular builder without new land has nowhere to put its homes in 2028.', None, '', 'cl', 'be'))
d.h('What the company says')
d.p(s('Panelhurst’s chief executive, Rosalba Vallancey, does not accept that reading.', 'Rosalba Vallancey', 'PH', 'cc', 'bu', c='has a quality problem'),
    s('In an email, she said the warranty team was growing because the company had taken remedial work “back in-house” from contractors, not because defects had risen.', 'Rosalba Vallancey', 'PH', 'cl', 'bu'),
    s('“We used to pay outside firms twice what it costs us to do this work ourselves,” she wrote.', 'Rosalba Vallancey', '', 'cl', 'bu'),
    s('She added that the sales team was smaller because 70% of next year’s output was already contracted to two housing associations.', 'Rosalba Vallancey', '', 'ev', 'bu'))
d.p(s('Panelhurst’s annual report shows £6.1 million paid to outside remedial contractors last year, up from £2.4 million the year before.', 'Panelhurst Homes', 'PH', 'ev', 'be'),
    s('That fits her account of the cost, but it does not explain why the bill more than doubled in a single year.', None, '', 'cc', 'be', c='not because defects had risen'))
d.h('The other reading')
d.p(s('Not everyone who reads job advertisements for a living thinks they are a reliable guide.', None, '', 'cc', 'ne', c='tell a more complicated story'),
    s('Pernille Crosswaite, who runs the construction recruiter Tallowfield Staffing, said builders often advertise roles they have already filled, to keep a pipeline of applicants.', 'Pernille Crosswaite', 'TS', 'cl', 'ne'),
    s('“A careers page is a shop window, not a headcount plan,” she said.', 'Pernille Crosswaite', '', 'cl', 'ne'),
    s('She thinks the shift from assembly to remedial advertisements may simply reflect how hard it is to find surveyors.', 'Pernille Crosswaite', '', 'cl', 'ne'))
d.p(s('Hamish Torvelle, who covers housebuilders at Corbelstone Securities, is less relaxed than Vallancey.', 'Hamish Torvelle', 'CS', 'cc', 'be', c='does not accept that reading'),
    s('By his count, the two housing associations’ contracts cover only 52% of next year’s planned output, not 70%, because one of them can cut its order by a third.', 'Hamish Torvelle', '', 'cc', 'be', c='70% of next year’s output'),
    s('He rates the shares a sell, with a target of 84p.', 'Hamish Torvelle', 'PH', 're', 'be'))
d.p(s('A Panelhurst spokeswoman said the right to cut the order had “never been used” and that the company expected both contracts to run in full.', 'Panelhurst Homes', 'PH', 'cc', 'bu', c='By his count'))
d.h('What to watch')
d.p(s('The next batch of advertisements: if remedial roles still outnumber assembly roles in the new year, the warranty problem is bigger than the company says.', None, 'PH', 'pr', 'be'), kind='li')
d.p(s('Land hiring: a new head of land would be the clearest sign that Panelhurst is planning beyond 2027.', None, 'PH', 'pr', 'ne'), kind='li')
d.p(s('The half-year results on 19 March, which should show whether remedial costs are still rising.', None, '', 'pr', 'ne'), kind='li')
d.p(s('Disclosure: I hold no shares in Panelhurst Homes or in any other housebuilder.', None, 'PH', 'cx', 'ne'))


def render():
    fm = '''---
title: "What Panelhurst’s job ads say about its factory"
author: Albertine Strangward
date: 2026-11-24
site: Postingwatch
series: Hiring signals
tags: [housebuilding, modular, hiring]
reading_time: 6 min
---

'''
    tail = ('\n*Postingwatch reads the job boards so you do not have to. Hiring signals appears every '
            'other Tuesday; subscribe for the full data set.*\n')
    return fm + md_body(d) + tail
