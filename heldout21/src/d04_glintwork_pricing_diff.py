"""Markdown, YAML front matter: a pricing-page diff column on a photo-editing software firm."""
from mk import Doc, s, md_body

DOC = d = Doc('glintwork-pricing-page-diff.md', default='Brisa Hallworth', co={
    'GW': 'Glintwork Software', 'SK': 'Shutterkin', 'TP': 'Tiverlock Partners'})

d.p(s('Glintwork Software changed its pricing page on 15 November, and it did not announce the change.', None, 'GW', 'ev', 'ne'),
    s('I compared the copies I saved on 1 and 15 November, line by line.', None, '', 'cx', 'ne'))
d.p(s('Here is what moved.', None, '', 'cx', 'ne'))
d.p(s('Plan | 1 November | 15 November', None, '', 'cx', 'ne'),
    s('Solo | £7.99 a month | £10.99 a month', None, '', 'ev', 'ne'),
    s('Studio | £14.99 a month | £14.99 a month', None, '', 'ev', 'ne'),
    s('Team, per seat | £11.00 a month | £13.50 a month', None, '', 'ev', 'ne'),
    s('Perpetual licence | £149 once | Removed', None, '', 'ev', 'ne'), kind='table')
d.p(s('The Solo plan, which most hobbyists buy, is 38% dearer, and the perpetual licence has gone from the page altogether.', None, '', 'ev', 'ne'),
    s('The small print changed too: cloud storage on Solo falls from 100GB to 20GB.', None, '', 'ev', 'ne'))
d.h('The company’s explanation')
d.p(s('Glintwork calls it “a simplification”.', 'Glintwork Software', 'GW', 'cl', 'ne'),
    s('In a post on its community forum, product director Annelise Vortmann wrote that the old Solo plan was “priced for 2019” and that the new one includes the AI masking tools previously sold as an add-on.', 'Annelise Vortmann', '', 'cl', 'ne'),
    s('She said more than half of Solo subscribers already paid for the add-on, so “most people will pay less, not more”.', 'Annelise Vortmann', '', 'cl', 'ne'))
d.p(s('That is hard to check, because the company does not publish subscriber numbers.', None, 'GW', 'cc', 'ne', c='most people will pay less'),
    s('Of the 640 readers who use Solo and answered our survey, 29% said they had bought the add-on.', None, '', 'ev', 'ne'))
d.h('The perpetual licence')
d.p(s('The licence matters more than the monthly price, because it was the reason many professionals chose Glintwork over Shutterkin in the first place.', None, 'GW,SK', 'cl', 'be'),
    s('Shutterkin has sold only subscriptions since 2021.', None, 'SK', 'ev', 'ne'),
    s('Its chief executive, Dov Karsgaard, did not waste the opening: on Tuesday he offered a year’s free subscription to anyone who can show a Glintwork licence.', 'Dov Karsgaard', 'GW', 'ev', 'be'))
d.p(s('Vortmann replied that licence holders keep every update until 2027, and that “very few” customers still buy the licence.', 'Annelise Vortmann', '', 'cc', 'ne', c='The licence matters more than the monthly price'),
    s('Very few may be true.', None, '', 'cl', 'ne'),
    s('But that is because the licence has been hidden two clicks deep on the page since June, which I also checked.', None, '', 'cc', 'be', c='Very few may be true.'))
d.h('What investors think')
d.p(s('The shares rose 6% on the day the page changed.', None, 'GW', 'ev', 'ne'),
    s('Leander Orrell of Tiverlock Partners said the rise would add about £9 million to revenue next year even if a tenth of Solo users left.', 'Leander Orrell', 'TP', 'pr', 'bu'),
    s('He rates the stock a buy.', 'Leander Orrell', 'GW', 're', 'bu'))
d.p(s('Not every investor is so sanguine.', None, '', 'cc', 'be', c='would add about £9 million'),
    s('A fund manager who holds the shares, and asked not to be named, said Glintwork’s hobbyists had “nowhere near the loyalty” of its professional users.', None, 'GW', 'cl', 'be'))
d.h('Verdict')
d.p(s('If you use Solo and do not need the masking tools, look at Studio, which now costs only £4 more a month and keeps the 100GB of storage.', None, '', 're', 'ne'),
    s('If you own a licence, keep it: nothing in the new terms makes it worth giving up.', None, '', 're', 'ne'),
    s('And expect the page to change again, because Glintwork has raised prices twice in three years and each time removed something first.', None, 'GW', 'pr', 'ne'))


def render():
    fm = '''---
title: "Glintwork’s pricing page, before and after"
author: Brisa Hallworth
date: 2026-11-20
site: The Price Diff
category: Software
tags: [pricing, subscriptions, photo editing]
---

'''
    tail = ('\n*The Price Diff saves the pricing pages of 300 subscription businesses every week. '
            'Spotted a change? Reply to this email.*\n')
    return fm + md_body(d) + tail
