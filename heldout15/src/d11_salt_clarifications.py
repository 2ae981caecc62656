from mk import Doc, s, render_txt

doc = Doc('road-salt-clarification-log.txt', 'txt', 'Lorna Tuckwell')
D = 'D'
WC = 'Wexmere County Council'
BS = 'Brinehurst Salt'
DM = 'Dravenholm Minerals'
Q = {'label': 'Question: '}
R = {'label': 'Response: '}

doc.p(
    s("This log sets out the clarification questions received between 3 and 14 November and Wexmere County Council’s responses.", D, WC, 'K', '0'),
    s("Questions are published without the name of the bidder who asked them unless the bidder asks otherwise.", D, '', 'K', '0'),
    s("The current contract is held by Brinehurst Salt and ends on 30 April 2027.", D, BS, 'E', '0'),
)
doc.h("CLARIFICATION 14: MOISTURE CONTENT")
doc.p(
    s("The specification requires salt with a moisture content below 4%, and we understand that the incumbent supplier’s salt has exceeded that limit in three of the last four winters.", D, BS, 'C', '-'),
    s("Will the Council enforce the limit for all bidders, including the incumbent?", D, BS + ';' + WC, 'K', '0'),
    **Q)
doc.p(
    s("The moisture limit will apply to every bidder and will be tested on delivery.", D, '', 'E', '0'),
    s("The Council’s records show that deliveries under the current contract exceeded 4% on two occasions in four winters, not three, and that the supplier credited the Council both times.", WC, BS + ';' + WC, 'X', '+', 'exceeded that limit in three'),
    **R)
doc.h("CLARIFICATION 15: EVALUATION WEIGHTING")
doc.p(
    s("Dravenholm Minerals has asked that its name be published with this question.", DM, DM, 'K', '0'),
    s("The evaluation gives 40% of the marks to price and 60% to quality, and most of the quality marks reward a depot within 20 miles of the county, which only the incumbent has.", DM, BS, 'C', '0'),
    s("We believe this weighting shuts out any supplier that imports salt, and we ask the Council to remove the depot requirement.", DM, WC, 'R', '0'),
    **Q)
doc.p(
    s("The Council does not accept that the weighting favours any bidder.", WC, WC, 'X', '0', 'most of the quality marks reward a depot'),
    s("In the winter of 2022, deliveries from a supplier with a distant depot took up to nine days to arrive during a cold spell, and the depot requirement exists to prevent a repeat.", WC, '', 'E', '0'),
    s("Bidders may meet it by renting depot space from a third party; they do not need to own a depot.", WC, '', 'X', '0', 'shuts out any supplier that imports salt'),
    **R)
doc.h("CLARIFICATION 16: IMPORTED SALT")
doc.p(
    s("Brinehurst Salt’s chief executive told a trade magazine in October that no importer could guarantee supply in a hard winter.", BS, BS, 'C', '+'),
    s("Our imported salt was delivered to four neighbouring councils last winter without a single missed delivery.", D, '', 'X', '-', 'no importer could guarantee supply'),
    s("Will the Council treat that record as evidence of resilience in the quality evaluation?", D, WC, 'K', '0'),
    **Q)
doc.p(
    s("Yes, if the bidder provides references from those councils.", D, '', 'E', '0'),
    **R)
doc.h("NOTE TO ALL BIDDERS")
doc.p(
    s("On 12 November the Council received a letter from Brinehurst Salt asking it to extend the current contract by two years instead of running this tender.", BS, BS + ';' + WC, 'R', '0'),
    s("The letter argues that a new supplier could not be ready for the winter of 2027 and that an extension would save the cost of the tender.", BS, '', 'C', '+'),
    s("The Council has declined.", WC, WC, 'X', '0', 'asking it to extend'),
    s("Contracts of this value must be tendered under the Council’s procurement rules, and the timetable allows five months between award and first delivery, which the Council considers enough.", WC, WC, 'X', '0', 'could not be ready for the winter'),
    s("Brinehurst Salt has confirmed that it will bid.", BS, BS, 'E', '0'),
)
doc.h("CLARIFICATION 17: PRICE INDEXATION")
doc.p(
    s("The draft contract fixes the price for four years with no indexation, although energy is about a third of the cost of producing salt.", D, '', 'C', '0'),
    s("A bidder who prices in four years of energy risk will lose on price to a bidder who intends to ask for more later.", D, '', 'P', '0'),
    s("Will the Council allow indexation to an energy price index?", D, WC, 'K', '0'),
    **Q)
doc.p(
    s("No.", D, '', 'E', '0'),
    s("The Council accepts that fixed prices move risk to the supplier, and it expects bidders to price that risk.", WC, WC, 'C', '0'),
    s("But either party may reopen the price if an agreed energy index rises or falls by more than 30% in a year, which the Council considers a fair share of the risk.", WC, WC, 'X', '0', 'The Council accepts that fixed prices'),
    **R)
doc.p(
    s("The next clarification log will be published on 28 November, and tenders must be submitted by 9 January 2027.", D, '', 'E', '0'),
)


def render():
    head = ['Winter Road Salt Supply 2027 to 2031: Clarification Log 3', '',
            'Issued by Lorna Tuckwell, Category Manager, Commercial Services, Wexmere County Council',
            'Tender reference WCC/HW/0419 | Published 17 November 2026', '', '']
    tail = ['--', 'Bidders must submit clarification questions only through the e-tendering portal.',
            'Questions sent by email will not be answered.']
    return render_txt(doc, head, tail)
