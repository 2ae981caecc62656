from mk import Doc, s, render_md

doc = Doc('rfc-0117-pikestaff-relicensing.md', 'md', 'Idris Vantongeren')
D = 'D'
PL = 'Pikestaff Labs'
DC = 'Driftmark Cloud'
CF = 'Commons Forge Foundation'
XG = 'Ximena Gallardo-Vey'
IV = 'Idris Vantongeren'


def lab(name, aff):
    return {'label': '**%s (%s):** ' % (name, aff)}


doc.h("Summary")
doc.p(
    s("This RFC proposes that Pikestaff Labs relicense the Pikestaff database, from version 9 onwards, under the Pikestaff Source-Available Licence instead of the permissive licence it has used since 2017.", D, PL, 'R', '0'),
    s("Companies that sell Pikestaff as a hosted service would need a commercial licence; everyone else could keep using it as before.", D, PL, 'E', '0'),
    s("Pikestaff has been a Commons Forge Foundation project since 2019, so the foundation’s steering committee must approve the change.", D, CF + ';' + PL, 'E', '0'),
)
doc.h("Motivation")
doc.p(
    s("Three cloud providers now sell hosted Pikestaff, and by our estimate they earn more from it between them than Pikestaff Labs does.", D, PL, 'C', '-'),
    s("None of them has contributed more than a handful of patches in the past two years.", D, '', 'C', '0'),
    s("Without a change, we do not believe the company can keep paying the 31 engineers who write most of the code.", D, PL, 'P', '-'),
)

doc.h("Comments")
doc.p(
    s("Driftmark has sent 140 patches upstream since 2022, so the claim that hosts contribute nothing is simply wrong.", XG, DC, 'X', '0', 'None of them has contributed'),
    s("The real problem is that Pikestaff Labs has struggled to sell its own hosted service, and a licence change will not fix a product problem.", XG, PL, 'X', '-', 'Without a change'),
    s("If this passes, we will fork version 8 and maintain it ourselves.", XG, '', 'P', '0'),
    **lab(XG, DC))
doc.p(
    s("Driftmark’s patches are real, and we are grateful for them.", IV, DC, 'C', '0'),
    s("But 131 of the 140 were fixes to Driftmark’s own deployment tooling, not to the database.", IV, DC, 'X', '0', 'we are grateful for them'),
    s("Our own hosted service grew 60% last year, which is not what a product problem looks like.", IV, '', 'X', '+', 'will not fix a product problem'),
    **lab(IV, 'Pikestaff Labs, RFC author'))
doc.p(
    s("I have maintained the query planner for six years without being paid by anyone, and I signed the contributor agreement on the understanding that the code would stay open.", 'Bethan Arrowsmith', '', 'E', '0'),
    s("This proposal changes the deal after the fact.", 'Bethan Arrowsmith', '', 'X', '-', 'This RFC proposes'),
    s("Pikestaff Labs should at least put the change to a vote of all committers, not only the steering committee.", 'Bethan Arrowsmith', PL, 'R', '0'),
    **lab('Bethan Arrowsmith', 'maintainer, unaffiliated'))
doc.p(
    s("We run Pikestaff on our own servers for our online shop, and as I read the new licence nothing changes for us.", 'Olamide Strachan', PL, 'C', '0'),
    s("What worries me is the next step: every company I have seen make this change has raised its support prices within two years.", 'Olamide Strachan', '', 'P', '-'),
    **lab('Olamide Strachan', 'Quaverly Stores'))
doc.p(
    s("Sixty per cent growth from a small base is still a small business, and Idris has not said how big it is.", XG, '', 'X', '-', 'Our own hosted service grew'),
    s("Our offer stands: we will pay into a maintainers’ fund run by the foundation, not by Pikestaff Labs.", XG, CF + ';' + PL, 'E', '0'),
    **lab(XG, DC))
doc.p(
    s("I worked at Pikestaff Labs until March, and the licence is not the reason the company is short of money.", 'Hamish Okereke-Rees', PL, 'X', '-', 'Without a change'),
    s("It spent two years and most of its last funding round building an analytics product that nobody bought.", 'Hamish Okereke-Rees', '', 'E', '-'),
    s("Idris knows this, and so does the board.", 'Hamish Okereke-Rees', '', 'C', '-'),
    **lab('Hamish Okereke-Rees', 'former engineer, Pikestaff Labs'))
doc.p(
    s("The analytics product was a mistake, and we have shut it down.", IV, '', 'C', '-'),
    s("But shutting it down does not change the arithmetic on hosting, which is what this RFC is about.", IV, '', 'X', '0', 'The analytics product was a mistake'),
    s("On Driftmark’s fund, we would accept it if the money pays for engineers, wherever they work.", IV, DC, 'C', '0'),
    **lab(IV, 'Pikestaff Labs, RFC author'))

doc.h("Resolution")
doc.p(
    s("The steering committee of the Commons Forge Foundation met on 18 November and voted 5–2 to accept this RFC, with two changes.", 'Agnetha Louvel', CF, 'E', '0'),
    s("Version 9 will not be released under the new licence until all committers have had 30 days to comment, as Bethan Arrowsmith asked.", 'Agnetha Louvel', '', 'E', '0'),
    s("The maintainers’ fund proposed by Driftmark Cloud will be set up under the foundation, and Pikestaff Labs has agreed to pay into it too.", 'Agnetha Louvel', CF + ';' + DC + ';' + PL, 'E', '0'),
    s("The two members who voted against said the change would split the community and that a fork was now likely.", 'Agnetha Louvel', '', 'X', '0', 'voted 5–2'),
)
doc.p(
    s("— For the steering committee, Agnetha Louvel, secretary", 'Agnetha Louvel', '', 'K', '0'),
)


def render():
    front = ['title: "RFC 0117: Relicense Pikestaff under a source-available licence"',
             'author: Idris Vantongeren', 'date: 2026-11-02', 'site: Commons Forge Foundation',
             'status: Accepted (with changes)', 'discussion: 41 comments (selected comments shown)']
    return render_md(doc, front)
