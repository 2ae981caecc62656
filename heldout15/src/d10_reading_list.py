from mk import Doc, s, render_txt

doc = Doc('thermabrook-reading-list.txt', 'txt', 'Sorcha Pellew')
D = 'D'
TG = 'Thermabrook Group'
FR = 'Fallowgrave Research'
YT = 'Yusuf Trelawney'
HA = 'Homeowners’ Heating Alliance'
CIT = {'indent': ''}

doc.p(
    s("Few small-cap stories have produced as much paper this year as Thermabrook Group, the heat-pump installer whose shares have fallen 55% since a short seller published a report on it in May.", D, TG, 'E', '0'),
    s("These are the seven documents I think an investor should read, in the order I would read them, with a note on what each gets right and wrong.", D, '', 'K', '0'),
)
doc.h("THE LIST")
doc.p(s("Thermabrook Group, Annual Report 2025, March 2026.", D, TG, 'K', '0'), **CIT)
doc.p(
    s("The company’s case is here in full: 14,200 installations last year, an order book of £96 million, and heat pumps that it says run at an average seasonal efficiency of 3.4.", TG, TG, 'E', '+'),
    s("The note on grant income is the one to read: 71% of revenue came from jobs paid for partly by the government’s Clean Heat Grant.", TG, '', 'E', '-'),
    indent='    ')
doc.p(s("Fallowgrave Research, “Cold Comfort: Why Thermabrook’s Heat Pumps Don’t Deliver,” May 2026.", D, FR + ';' + TG, 'K', '0'), **CIT)
doc.p(
    s("The short seller’s report argues that Thermabrook’s efficiency figure comes from laboratory tests, not from homes, and that real-world performance is nearer 2.6.", FR, TG, 'X', '-', 'average seasonal efficiency of 3.4'),
    s("Its evidence is a sample of 212 installations whose owners shared their meter readings on an online forum.", FR, '', 'E', '0'),
    s("That is a self-selected sample, and owners with problems are the ones most likely to post.", D, '', 'X', '+', 'Its evidence is a sample'),
    s("But the report is right that the annual report never says how the 3.4 was measured.", D, '', 'X', '-', 'That is a self-selected sample'),
    indent='    ')
doc.p(s("Thermabrook Group, “Response to the Fallowgrave Research report,” stock exchange announcement, June 2026.", D, FR + ';' + TG, 'K', '0'), **CIT)
doc.p(
    s("The company’s rebuttal says the 3.4 figure comes from its own monitoring of 1,900 homes over a full heating season.", TG, TG, 'X', '+', 'The short seller’s report argues'),
    s("It also calls Fallowgrave’s sample “a complaints board, not a data set.”", TG, FR, 'X', '+', 'Its evidence is a sample'),
    s("Strong on tone and weaker on substance, it does not publish the 1,900-home data and does not answer the grant point at all.", D, '', 'X', '-', 'The company’s rebuttal says'),
    indent='    ')
doc.p(s("Yusuf Trelawney and Meret Holmqvist, “Heat Pumps in Occupied Homes: Results of a Field Trial,” Wyvernfield University, September 2026.", D, 'Wyvernfield University', 'K', '0'), **CIT)
doc.p(
    s("The Wyvernfield trial is the only independent data: 480 heat pumps from four installers, 130 of them fitted by Thermabrook, monitored for a year.", YT, TG, 'E', '0'),
    s("Thermabrook’s installations averaged 2.9, below the company’s figure and above the short seller’s, and in line with the other three installers.", YT, TG, 'X', '0', 'The company’s rebuttal says'),
    s("The authors warn that the homes in the trial were better insulated than average, so the real-world figure could be lower still.", YT, '', 'P', '-'),
    s("If you read one thing on this list, read this.", D, '', 'R', '0'),
    indent='    ')
doc.p(s("Homeowners’ Heating Alliance, Complaints Tracker, quarterly, latest edition October 2026.", D, HA, 'K', '0'), **CIT)
doc.p(
    s("Complaints about Thermabrook rose from 38 in the first quarter to 164 in the third, the most for any installer the alliance tracks.", HA, TG, 'E', '-'),
    s("The alliance does not adjust for size, and Thermabrook installs more heat pumps than the next three firms combined, so the count flatters its rivals.", D, HA + ';' + TG, 'X', '+', 'Complaints about Thermabrook rose'),
    indent='    ')
doc.p(s("“Thermabrook’s Caradoc Aubertin on the short report,” interview, Retrofit Trade Journal, July 2026.", D, TG, 'K', '0'), **CIT)
doc.p(
    s("Aubertin, the chief executive, says the dependence on the grant is “the whole industry’s, not ours,” and that the company will be fine whatever happens to the scheme in next year’s budget.", 'Caradoc Aubertin', TG, 'X', '+', '71% of revenue came from jobs'),
    s("He is right that every installer depends on the grant.", D, '', 'C', '0'),
    s("He is less convincing on why a company that depends on it for 71% of revenue would be fine without it.", D, '', 'X', '-', 'the whole industry’s, not ours'),
    indent='    ')
doc.p(s("Tessingham Grail, “Thermabrook: Oversold,” initiation note, October 2026.", D, 'Tessingham Grail;' + TG, 'K', '0'), **CIT)
doc.p(
    s("Its analyst, Obadiah Strickwell, argues that the shares now price in the grant ending altogether, which he thinks unlikely.", 'Obadiah Strickwell', TG, 'C', '+'),
    s("He sets a target price of 210p, against 118p today.", 'Obadiah Strickwell', '', 'R', '+'),
    s("It is the best bull case on the list, and it says nothing about the efficiency data, which is where I would want a bull case to start.", D, '', 'X', '-', 'price in the grant ending'),
    indent='    ')
doc.h("MY VIEW")
doc.p(
    s("My own view, for what it is worth, is that the truth sits where the Wyvernfield trial puts it: a decent installer with a marketing figure it should withdraw.", D, '', 'C', '0'),
    s("I own no shares in Thermabrook and have not been paid by anyone on this list.", D, TG, 'E', '0'),
)


def render():
    head = ['Thermabrook: an annotated reading list', '', 'Compiled by Sorcha Pellew', '', '']
    tail = ['--', 'The Small-Cap Reading Room is sent free every other Friday. Forward it to a friend,',
            'or unsubscribe at any time from the link in your email.']
    return render_txt(doc, head, tail)
