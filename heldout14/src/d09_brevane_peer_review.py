from mk import Doc, S, D

KF = "Kelpmoor Feeds"
CD = "Cloverhithe Dairies"
AN = "Anselma Kwiatek"
TI = "Tancred Ives"
FM = "Finlay Macrae-Osei"
RK = "Roswitha Kempthorne"

HEAD = """Peer review file: Dietary Brevane cuts enteric methane by 31% in grazing dairy cows
"""

TAIL = """(Published alongside the article on 3 December 2026.)
"""


def build():
    d = Doc("brevane-peer-review-file.txt", None)
    d.p(S("This file contains the reviewers' reports, the authors' response and the editor's decision on the article named above, published with the consent of all parties.", D, [], "cx", "ne"),
        S("Reviewers' names are published at their request.", D, [], "cx", "ne"))
    d.p(S("The study was funded by Kelpmoor Feeds, which makes Brevane, and two of its five authors are Kelpmoor employees.", D, [KF], "ev", "ne"))

    d.h("Reviewer 1, first round: Dr. Anselma Kwiatek, Vellingholm Institute of Animal Nutrition")
    d.p(S("The authors report that cows fed Brevane for 12 weeks emitted 31% less methane per litre of milk than controls.", AN, [KF], "ev", "bu"),
        S("The trial is well designed for a first study, and the measurement method is sound.", AN, [], "cl", "bu"),
        S("The feed cost the authors quote, about 9p per cow per day, is in line with other additives.", AN, [], "ev", "ne"))
    d.p(S("My main concern is duration: the reduction in the last three weeks was 19%, not 31%, which suggests the rumen adapts.", AN, [], "cl", "be"),
        S("The authors should report the week-by-week results and should not put a single figure in the title.", AN, [], "rc", "ne"))

    d.h("Reviewer 2, first round: Professor Tancred Ives, Drennock University")
    d.p(S("I agree with Reviewer 1 about adaptation, and I would go further.", TI, [], "cl", "ne"),
        S("Kelpmoor already sells carbon credits based on the 31% figure, and Cloverhithe Dairies has bought 40,000 of them.", TI, [CD, KF], "ev", "bu"),
        S("If the true long-run reduction is nearer 19%, those credits are overstated by about two-fifths.", TI, [], "pr", "be"))
    d.p(S("A journal should not publish a headline number that a sponsor is already selling before its reviewers have seen the data.", TI, [], "rc", "ne"),
        S("I recommend major revisions.", TI, [], "rc", "ne"))

    d.h("Authors' response: Dr. Finlay Macrae-Osei, corresponding author")
    d.p(S("We thank both reviewers.", FM, [], "cx", "ne"))
    d.p(S("On adaptation, the 19% figure for the last three weeks reflects a change of pasture in week ten that raised methane in both groups; measured against controls on the same pasture, the reduction was 27%.", FM, [], "cc", "bu", ctr="My main concern is duration"),
        S("We have added the week-by-week table and changed the title to “up to 31%”.", FM, [], "ev", "ne"))
    d.p(S("On the credits, the trial was designed and registered in 2024, before Kelpmoor issued any credit, and the commercial team had no access to the data.", FM, [KF], "cc", "bu", ctr="A journal should not publish a headline number"),
        S("The credit methodology is a matter for the registry that certifies it, not for this paper.", FM, [], "cl", "ne"),
        S("Kelpmoor has told us it will recalculate its credits if the registry asks it to.", KF, [KF], "ev", "ne"))

    d.h("Reviewer 1, second round")
    d.p(S("The pasture explanation is plausible, and the new table is welcome.", AN, [], "cl", "ne"),
        S("But 27% rests on a control group of 14 cows, and I would want a second season before calling the effect durable.", AN, [], "cc", "be", ctr="the reduction was 27%"))

    d.h("Reviewer 2, second round")
    d.p(S("The authors answer a question I did not ask.", TI, [], "cc", "be", ctr="On the credits, the trial was designed"),
        S("Nobody has suggested the data were shaped for the credits; my point is that the credits are priced on a figure the authors themselves now describe as an upper bound.", TI, [], "cl", "be"))

    d.h("Editor's decision: Dr. Roswitha Kempthorne, handling editor")
    d.p(S("I am accepting the revised article, with the new title and the week-by-week table.", RK, [], "ev", "ne"),
        S("Reviewer 2's concern about the credits is fair, but it is outside what this journal can adjudicate.", RK, [], "cc", "ne", ctr="Nobody has suggested the data were shaped"),
        S("I have asked the authors to add a sentence stating that no long-run effect has yet been measured.", RK, [], "ev", "ne"))
    return d.name, d.txt(HEAD, TAIL), d.records()
