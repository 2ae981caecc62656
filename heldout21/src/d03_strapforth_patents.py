"""Markdown, YAML front matter: a newsletter reads a luggage maker's patent filings."""
from mk import Doc, s, md_body

DOC = d = Doc('strapforth-patent-filings.md', default='Corentin Malbrook', co={
    'SL': 'Strapforth Luggage', 'QV': 'Quillaby Venn', 'PM': 'Portmantle',
    'AC': 'Auldmere Capital', 'QR': 'Quarlby Research'})

d.p(s('Strapforth Luggage has filed eleven patent applications this year, more than in the previous five years combined, according to the published register.', None, 'SL', 'ev', 'ne'),
    s('Patents are a noisy guide to strategy, but three of these filings, read together, describe a company trying to turn suitcases into a subscription.', None, '', 'cl', 'ne'),
    s('That is a bigger change than anything its management has said in public.', None, '', 'cl', 'ne'))
d.h('The self-weighing handle')
d.p(s('The first filing, published in March, covers a telescopic handle with a strain gauge that warns the owner when a bag is over an airline’s weight limit.', None, '', 'ev', 'ne'),
    s('The application says the weight is sent to a phone app, where it is “logged against the user’s travel history”.', 'Strapforth Luggage', '', 'ev', 'ne'))
d.p(s('Marit Quellhorn, a patent attorney at Quillaby Venn, said the wording was unusually broad.', 'Marit Quellhorn', 'QV', 'cl', 'ne'),
    s('“They are not protecting a gadget; they are protecting a stream of data,” she said.', 'Marit Quellhorn', '', 'cl', 'ne'))
d.h('The tracking tag')
d.p(s('The second application, filed in June, covers a tag sewn into the lining that reports the bag’s location through other Strapforth owners’ phones.', None, 'SL', 'ev', 'ne'),
    s('The idea is not new: Portmantle, the larger rival, has sold a clip-on tracker since 2023.', None, 'PM', 'ev', 'ne'),
    s('Portmantle says 410,000 customers pay for the tracker’s app.', 'Portmantle', 'PM', 'ev', 'ne'),
    s('But Portmantle’s tracker needs its own battery, and Strapforth’s filing describes a tag powered by the bag’s wheels.', None, 'PM,SL', 'cc', 'bu', c='The idea is not new'))
d.h('The shell')
d.p(s('The third filing describes a shell material with a layer that changes colour where it has cracked, so that damage shows up in a photograph.', None, '', 'ev', 'ne'),
    s('Read with the other two, the purpose looks clear: a bag that knows where it is, how heavy it is and whether it is broken is a bag that can be insured, rented and replaced under contract.', None, '', 'cl', 'ne'))
d.h('What the company says')
d.p(s('Strapforth’s chief executive, Benedek Osterlund, told investors in September that the company “makes luggage, and will keep making luggage”.', 'Benedek Osterlund', 'SL', 'cc', 'ne', c='trying to turn suitcases into a subscription'),
    s('Asked about the filings, a spokeswoman said Strapforth patents “defensively” and that most applications “never become products”.', 'Strapforth Luggage', 'SL', 'cc', 'ne', c='the purpose looks clear'),
    s('That is true of most companies, and it may be true of this one.', None, '', 'cl', 'ne'),
    s('But a defensive filer does not advertise for a head of subscription services, and Strapforth did so in August.', None, 'SL', 'cc', 'ne', c='That is true of most companies'))
d.h('Would it pay?')
d.p(s('Analysts are divided on whether any of this would be good for shareholders.', None, '', 'cx', 'ne'),
    s('Leocadia Brunt, who covers consumer goods at Auldmere Capital, thinks a rental model would lift Strapforth’s margins, because each bag would earn money several times over.', 'Leocadia Brunt', 'AC,SL', 'cl', 'bu'),
    s('She has a buy rating and a target of 312p.', 'Leocadia Brunt', '', 're', 'bu'))
d.p(s('Tobin Rastrick of Quarlby Research was cooler.', 'Tobin Rastrick', 'QR', 'cc', 'be', c='thinks a rental model would lift'),
    s('In his view, rentals would tie up cash in bags sitting in warehouses, and the insurance income would go to a partner, not to Strapforth.', 'Tobin Rastrick', 'SL', 'cl', 'be'),
    s('He expects the company to license the patents rather than use them.', 'Tobin Rastrick', 'SL', 'pr', 'ne'))
d.h('What to watch')
d.p(s('Whether the weighing-handle application is granted: examiners have already asked Strapforth to narrow two of its claims.', None, 'SL', 'pr', 'ne'), kind='li')
d.p(s('Any job advertisement for an insurance partnerships manager, which would be the clearest sign yet.', None, '', 'pr', 'ne'), kind='li')
d.p(s('The full-year results in February, where a rental pilot of any size would have to be disclosed.', None, '', 'pr', 'ne'), kind='li')


def render():
    fm = '''---
title: "Strapforth’s patents describe a suitcase you rent"
author: Corentin Malbrook
date: 2026-11-17
site: Claimsheaf
issue: 88
tags: [patents, luggage, consumer]
---

# Strapforth’s patents describe a suitcase you rent

'''
    tail = '\n*Claimsheaf is free. Forward it to someone who reads the small print.*\n'
    return fm + md_body(d) + tail
