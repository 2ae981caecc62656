from mk import *
A = {"GM": "Gorsedale Mining", "EL": "Evander Lusk", "KB": "Kittermere Bank", "YB": "Yevgenia Ballantyne",
     "LD": "Lanternfield Data", "MPS": "Merrivale Pension Scheme", "OP": "Osgood Pennyfeather",
     "SRF": "Saffron Row Fashion", "AT": "Arvid Tellström"}
S = """
This report covers our engagement with companies in the third quarter of 2026. ~ - ~  ~ ctx ~ 0
We held 41 meetings with 29 companies; three of them are described below because they did not go as we hoped. ~ - ~  ~ ev ~ 0

## Gorsedale Mining

@li
4 July: We met Gorsedale Mining’s chair, Evander Lusk, about the tailings dam at its Brakefell mine. ~ - ~ GM ~ ctx ~ 0
He told us an independent review had found the dam “safe and well managed” and that the company would not publish the review. ~ EL ~ GM ~ ev ~ + ~ #safe
We do not think an unpublished review can reassure anyone. ~ - ~  ~ cc ~ - ~ >safe

@li
19 August: Gorsedale published a two-page summary of the review after we and four other shareholders wrote to the board. ~ - ~ GM ~ ev ~ 0
The summary says the dam meets the national standard but not the stricter international one the company adopted in 2023. ~ GM ~ GM ~ ev ~ -
Lusk said in a letter to us that the company would meet the international standard by 2028. ~ EL ~ GM ~ pr ~ +

We will vote against his re-election next year if the work has not started by June. ~ - ~  ~ rec ~ -

## Kittermere Bank

@li
12 August: We met Dr. Yevgenia Ballantyne, who chairs Kittermere Bank’s remuneration committee, about the chief executive’s new share award. ~ - ~ KB ~ ctx ~ 0
She argued that the award, worth up to 400% of salary, was needed to keep a chief executive whom two rival banks had tried to hire. ~ YB ~  ~ c ~ + ~ #award
We were not persuaded. ~ - ~  ~ cc ~ - ~ >award ~ #notp
Kittermere’s total shareholder return has been in the bottom quarter of its peer group for three years, according to figures from Lanternfield Data. ~ LD ~ KB ~ ev ~ -

@li
24 September: We voted against the remuneration report, which passed with 71% support. ~ - ~  ~ ev ~ 0
Merrivale Pension Scheme, another large shareholder, voted for it. ~ MPS ~ MPS ~ cc ~ + ~ >notp
Its head of governance, Osgood Pennyfeather, told us that a bank in the bottom quarter needs to keep its chief executive more than one in the top quarter does. ~ OP ~  ~ c ~ + ~ #bottom
It is an argument we have heard before, and it is how pay ratchets. ~ - ~  ~ cc ~ - ~ >bottom
Kittermere said in a statement after the vote that it would “reflect on the views of shareholders”. ~ KB ~ KB ~ ev ~ 0

## Saffron Row Fashion

@li
2 September: Saffron Row Fashion told us it had completed wage audits at all 38 of its garment suppliers. ~ SRF ~ SRF ~ ev ~ + ~ #audits
The audits were carried out by the suppliers’ own auditors. ~ - ~  ~ cc ~ - ~ >audits ~ #own
Saffron Row’s sourcing director, Arvid Tellström, said the company would use independent auditors from next year, and that it already checks a sample itself. ~ AT ~ SRF ~ cc ~ + ~ >own
We regard that as progress. ~ - ~  ~ c ~ +
Saffron Row has not said which firm will carry out the independent audits. ~ - ~ SRF ~ ctx ~ 0

## How we voted

Our votes on the three items were these: ~ - ~  ~ ctx ~ 0

@lab TABLE
Company | Resolution | Our vote ~ - ~  ~ ctx ~ 0
Gorsedale Mining | Approve annual report | For ~ - ~ GM ~ ev ~ 0
Kittermere Bank | Remuneration report | Against ~ - ~ KB ~ ev ~ 0
Saffron Row Fashion | Re-elect sourcing committee chair | For ~ - ~ SRF ~ ev ~ 0

## Next quarter

We expect to escalate with Gorsedale if the 2028 timetable slips. ~ - ~ GM ~ pr ~ 0
We have asked Kittermere to consult shareholders before any further award. ~ - ~ KB ~ ev ~ 0
"""
def render(b):
    out = ["# Stewardship report: third quarter 2026", "By Saoirse Venn, head of stewardship", "Source: Aldwick Stewart Investment Management"]
    for blk in b:
        if blk["kind"] == "h":
            out.append("## " + blk["text"])
        elif blk["label"] == "TABLE":
            rows = ["| " + s["text"] + " |" for s in blk["sents"]]
            rows.insert(1, "|---|---|---|")
            out.append("\n".join(rows))
        elif blk["li"]:
            out.append("- " + para_text(blk))
        else:
            out.append(para_text(blk))
    return "\n\n".join(out) + "\n\n*Aldwick Stewart publishes its full voting record each quarter on its website.*\n"
build("aldwick-stewardship-log.md", S, "Saoirse Venn", A, render)
