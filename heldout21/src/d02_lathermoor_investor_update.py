"""Markdown, YAML front matter: a start-up founder's monthly update to investors, with replies."""
from mk import Doc, s, md_body

DOC = d = Doc('lathermoor-investor-update-october.md', default='Ingrid Haverlund', co={
    'FM': 'Fernmarket Stores', 'PF': 'Pellory Foodhalls', 'NE': 'Nozzlebury Engineering', 'LM': 'Lathermoor'})

d.p(s('October was our best month for revenue and our worst for cash.', None, '', 'cl', 'ne'),
    s('We still think growth matters more than margin this winter, and the numbers below are why.', None, '', 'cl', 'bu'),
    s('Here is the short version first, then the detail.', None, '', 'cx', 'ne'))
d.h('Headlines')
d.p(s('Revenue: £212,000, up 18% on September, driven by the 40 new stations in Fernmarket Stores.', None, 'FM', 'ev', 'bu'), kind='li')
d.p(s('Stations live: 163, against a plan of 180.', None, '', 'ev', 'be'), kind='li')
d.p(s('Cash: £1.9 million in the bank, about seven months at the current burn.', None, '', 'ev', 'ne'), kind='li')
d.p(s('Plan: we will keep building and owning every station ourselves, because owning the hardware is what keeps the data.', None, '', 'cl', 'bu'), kind='li')
d.h('Lowlights')
d.p(s('The pilot with Pellory Foodhalls ended in September, and Pellory has told us it will not roll the stations out.', 'Pellory Foodhalls', 'PF', 'ev', 'be'),
    s('Their category manager said shoppers liked the stations but that the floor space earned more as a chilled aisle.', 'Pellory Foodhalls', '', 'cl', 'be'),
    s('We think that is a measurement problem, not a demand problem: they compared our stations with ready meals, the highest-margin aisle in the shop.', None, '', 'cc', 'bu', c='earned more as a chilled aisle'))
d.p(s('Refill gross margin fell to 31% from 38%, because the price of concentrate rose twice in the quarter.', None, '', 'ev', 'be'))
d.h('The Fernmarket question')
d.p(s('Several of you asked what happens if Fernmarket Stores builds its own refill stations.', None, 'FM', 'cx', 'ne'),
    s('It might: Fernmarket’s own-label team has visited two of our suppliers.', None, 'FM', 'pr', 'be'),
    s('Our contract gives us exclusivity in its stores until June 2027, and every station runs our software, which records each fill by product and store.', None, '', 'ev', 'bu'),
    s('Fernmarket’s head of household, Roderick Amberfield, told the trade paper Shelfcaller last month that the retailer was “delighted with the Lathermoor partnership” and had “no plans” to go it alone.', 'Roderick Amberfield', 'FM,LM', 'ev', 'bu'))
d.h('Replies to last month’s update')
d.p(s('Last month’s update drew more replies than any before it, and two of them argued with us.', None, '', 'cx', 'ne'))
d.p(s('Anatole Dunphail, who invested in our seed round, wrote that we are “a hardware company pretending to be a software company”.', 'Anatole Dunphail', '', 'cc', 'be', c='keep building and owning every station'),
    s('He wants us to license the software to station makers and let them carry the capital cost.', 'Anatole Dunphail', '', 're', 'ne'))
d.p(s('He may be right in the long run.', None, '', 'cl', 'ne'),
    s('But the only station maker that has asked, Nozzlebury Engineering, wanted the data as well as the fee, and the data is the business.', None, 'NE', 'cc', 'bu', c='He may be right in the long run.'))
d.p(s('Thea Markwick, an angel who used to run household buying for a grocer, took the opposite line.', 'Thea Markwick', '', 'cc', 'be', c='growth matters more than margin'),
    s('She thinks the margin fall is the real problem, and that growth without a price rise only spends the runway faster.', 'Thea Markwick', '', 'cl', 'be'),
    s('Her advice is to raise refill prices by 10% before adding another station.', 'Thea Markwick', '', 're', 'ne'))
d.p(s('She has a point.', None, '', 'cl', 'ne'),
    s('We will test a 6% rise in 20 Fernmarket stations from 1 December.', None, 'FM', 'ev', 'ne'))
d.h('Asks')
d.p(s('Introductions to anyone who buys household products for a convenience chain.', None, '', 're', 'ne'), kind='li')
d.p(s('A second opinion on hedging concentrate prices: if you have bought chemicals forward, please reply to this email.', None, '', 're', 'ne'), kind='li')
d.p(s('We expect to raise money again in the spring, and we would rather do it with more stations than with more promises.', None, '', 'pr', 'ne'))


def render():
    fm = '''---
title: "Lathermoor investor update: October"
author: Ingrid Haverlund
role: Founder and chief executive
date: 2026-11-06
site: Lathermoor
audience: investors
confidential: true
---

'''
    tail = '\n*You are receiving this because you invested in Lathermoor. Please do not forward.*\n'
    return fm + md_body(d) + tail
