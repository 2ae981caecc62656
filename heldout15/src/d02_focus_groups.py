from mk import Doc, s, render_md

doc = Doc('coffee-pass-focus-groups.md', 'md', 'Marisela Dunphy')
D = 'D'
CB = 'Crustwell Bakehouse'

doc.p(
    s("In October we ran four focus groups for Crustwell Bakehouse, the 310-shop bakery chain, about its Coffee Pass, a £19.99 monthly subscription that entitles members to one hot drink a day.", D, CB, 'E', '0'),
    s("Crustwell Bakehouse agreed that we could publish what we found, with its own response printed alongside.", 'Crustwell Bakehouse', CB, 'K', '0'),
)
doc.p(
    s("The company’s case for the pass is simple: members visit more often, and they buy food with their coffee.", 'Crustwell Bakehouse', CB, 'C', '+'),
    s("According to its own figures, members visit 2.6 times a week, against 1.1 times for other holders of its loyalty card.", 'Crustwell Bakehouse', '', 'E', '+'),
)

doc.h("What members told us")
doc.p(
    s("The twelve current members in our first two groups were, on the whole, happy.", D, '', 'E', '+'),
    s("“It’s the only subscription I’ve never thought about cancelling,” said Joelle, a 41-year-old nurse from Tollingstow.", 'Joelle', '', 'C', '+'),
    s("Several said the pass had made Crustwell their default stop on the way to work.", D, CB, 'E', '+'),
)
doc.p(
    s("The lapsed members in the third group told a different story.", D, '', 'X', '-', 'on the whole, happy'),
    s("“The queue is the pass,” said Oswin, a 29-year-old software tester from Ferrowby, who cancelled in August.", 'Oswin', CB, 'C', '-'),
    s("“You’re paying twenty quid a month to stand behind everyone else who’s paying twenty quid a month.”", 'Oswin', '', 'C', '-'),
)
doc.p(
    s("Five of the eight lapsed members named queues at peak times as the reason they left, and only one mentioned the price.", D, '', 'E', '-'),
)
doc.p(
    s("Members of all four groups also doubted that the pass makes them buy more food.", D, CB, 'X', '-', 'they buy food with their coffee'),
    s("Most said they bought a pastry on their first few visits and then stopped, and three described the pass as “a coffee habit, not a breakfast habit.”", D, CB, 'E', '-'),
)

doc.h("Crustwell’s response")
doc.p(
    s("Anouk Bressan, Crustwell’s marketing director, said the groups were “too small to overturn what our till data tells us.”", 'Anouk Bressan', CB, 'X', '+', 'doubted that the pass makes them buy more food'),
    s("She said food sales per member had risen 14% since March.", 'Anouk Bressan', '', 'E', '+'),
    s("She also said the queues were confined to about 40 city-centre shops, where the company is adding a second till this winter.", 'Anouk Bressan', CB, 'X', '+', 'named queues at peak times'),
)
doc.p(
    s("We think she is right about the size of the groups: 26 people cannot tell a chain of 310 shops what all its customers think.", D, '', 'C', '0'),
    s("But the 14% figure compares members with themselves before they joined, and the people who sign up for a coffee plan are likely to be the ones who were already visiting more.", D, '', 'X', '-', 'We think she is right'),
    s("Crustwell has not published food sales for members who have held the pass for more than six months, which is the number that would settle the argument.", D, CB, 'C', '-'),
)

doc.h("An analyst’s view")
doc.p(
    s("Perrin Agbaje, who covers restaurant and bakery chains at Colbourne Pryor, thinks the pass matters less than either side suggests.", 'Perrin Agbaje', 'Colbourne Pryor;' + CB, 'X', '0', 'The company’s case for the pass'),
    s("By his estimate subscriptions are about 3% of Crustwell’s sales, and the chain’s real problem is that like-for-like sales outside the pass fell 2% last quarter.", 'Perrin Agbaje', CB, 'C', '-'),
    s("“If the pass is hiding a decline in everyone else, that is the story, not the queue,” he said.", 'Perrin Agbaje', CB, 'C', '-'),
)
doc.p(
    s("Crustwell did not respond to that point.", D, CB, 'K', '0'),
)

doc.h("What we would do")
doc.li(s("Publish member food sales by length of membership, so that investors can see whether the habit lasts.", D, '', 'R', '0'))
doc.li(s("Put the second till into the busy city-centre shops before recruiting more members there, not after.", D, '', 'R', '0'))
doc.li(s("Stop describing the pass as a breakfast product until members start buying breakfast.", D, CB, 'R', '0'))
doc.li(s("Ask lapsed members why they left; all eight we spoke to said nobody from Crustwell ever had.", D, CB, 'R', '0'))
doc.p(
    s("Fieldnote Insight was paid by Crustwell Bakehouse to run the groups; it was not paid to publish the results.", D, 'Fieldnote Insight;' + CB, 'E', '0'),
)


def render():
    front = ['title: "The Coffee Pass: what four focus groups told us about Crustwell\'s subscription"',
             'author: Marisela Dunphy', 'date: 2026-11-27', 'site: Fieldnote Insight',
             'category: Consumer research']
    return render_md(doc, front)
