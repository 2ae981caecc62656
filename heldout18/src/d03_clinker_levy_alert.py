from mk import *
A = 'Winifred Holtzapfel'
DD = 'Department for Industrial Decarbonisation'
HC = 'Vellanby Cement'
EQ = 'Torquil Hesselden'
BF = "Associated Builders' Federation"
PL = 'Ludmila Sundqvist-Eze'
KA = 'Rindlestone Aggregates'
CI = "Cement Importers' Association"
GA = 'Gwendolyn Pryor-Rourke'
CW = 'Clinkerwatch Institute'
DOC = dict(file='clinker-levy-client-alert.md', front=[
    ('title', '"Client alert: the clinker levy and what it means for buyers of cement"'),
    ('author', A), ('date', '2026-11-03'), ('site', 'Wetherall Quince Insights'),
    ('practice', 'Construction and Energy')],
  blocks=[
    P(s("This alert summarises the new clinker levy and the argument over who will pay for it.", A, False, [], 'cx', 'ne')),
    H('Key points'),
    LI(s("The Department for Industrial Decarbonisation confirmed on 30 October that a levy of £38 a tonne on clinker will apply from 1 July 2027.", DD, True, [DD], 'ev', 'ne')),
    LI(s("Imported cement will pay the same levy at the border, based on a default emissions value unless the importer proves a lower one.", A, False, [], 'ev', 'ne')),
    LI(s("Cement makers may pass the levy on to customers, and most have said they will.", A, False, [], 'ev', 'ne')),
    LI(s("Contracts signed before 1 July 2027 will not be adjusted automatically.", A, False, [], 'ev', 'ne')),
    H("The makers' case"),
    P(s("Vellanby Cement, the largest producer, says the levy will add about 9% to the price of a tonne of cement.", HC, True, [HC], 'pr', 'ne'),
      s("Its chief executive, Torquil Hesselden, told a conference last week that the industry cannot both pay the levy and fund carbon capture without raising prices.", EQ, True, [], 'cl', 'ne'),
      s("“Every pound we pay in levy is a pound we do not spend on capture,” he said.", EQ, True, [], 'cl', 'ne'),
      s("Vellanby has asked the department to hand the levy back as grants for capture projects.", HC, True, [DD, HC], 're', 'ne')),
    P(s("Rindlestone Aggregates, the second-largest maker, declined to comment for this alert.", A, False, [KA], 'cx', 'ne')),
    H("The buyers' reply"),
    P(s("The Associated Builders' Federation does not think the levy needs to cost 9%.", BF, True, [], 'cc', 'ne', ctr='says the levy will add about 9%'),
      s("Its economist, Ludmila Sundqvist-Eze, calculated that a £38 levy adds about £27 to a tonne of cement once the lower clinker content of blended cements is counted, about 6% at current prices.", PL, True, [], 'ev', 'ne'),
      s("In her view, Vellanby's 9% assumes it keeps making the high-clinker cement it makes today.", PL, True, [HC], 'cl', 'ne'),
      s("She also argued that capture is not the only route, since Rindlestone already sells a cement with 35% less clinker.", PL, True, [KA], 'cc', 'ne', ctr='cannot both pay the levy and fund carbon capture')),
    P(s("A Vellanby spokesman said the company would “look carefully” at blended cements but that many engineers still specify the traditional product.", HC, True, [HC], 'cc', 'ne', ctr='capture is not the only route')),
    H('The importers'),
    P(s("Importers think the border levy will be harder to collect than the department says.", A, False, [DD], 'cc', 'ne', ctr='Imported cement will pay the same levy at the border'),
      s("Gwendolyn Pryor-Rourke, who runs the Cement Importers' Association, said the default emissions value was set with data from only three overseas plants.", GA, True, [CI], 'ev', 'ne'),
      s("The department said in its response to the consultation that it will review the default value after twelve months.", DD, True, [DD], 'ev', 'ne')),
    H('A view from outside'),
    P(s("The Clinkerwatch Institute, a think tank, argues that the levy is too low to change anything.", CW, True, [], 'cl', 'ne'),
      s("It estimates that capture becomes cheaper than paying the levy only above £70 a tonne.", CW, True, [], 'ev', 'ne'),
      s("On its figures, the levy as set will raise about £410 million a year, most of it from two companies.", CW, True, [], 'ev', 'ne')),
    H('Our comment'),
    P(s("We think buyers on long contracts should check now whether their price clauses allow a levy to be passed through.", A, False, [], 're', 'ne'),
      s("Most of the framework agreements we have reviewed do not.", A, False, [], 'ev', 'ne')),
    P(s("We also think the Federation's 6% is the better guide for budgeting, because blended cement already makes up two-fifths of Rindlestone's sales and a growing share of Vellanby's.", A, False, [BF, HC, KA], 'cl', 'ne'),
      s("But if the department raises the default value for imports, domestic makers will have more room to raise prices than either estimate assumes.", A, False, [DD], 'cc', 'ne', ctr="We also think the Federation's 6%"),
      s("Buyers should expect the first price notices in the spring.", A, False, [], 'pr', 'ne')),
  ],
  md_tail=['*This alert is for general information only and is not legal advice.*', ''])
