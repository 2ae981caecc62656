from mk import *
A = {"NC": "Nimbrel Cloud", "PW": "Pocketwick", "BT": "Brennagh Tolland", "QF": "Queuefair", "DA": "Dmitri Askew",
     "AV": "Aurelie Vantongeren", "DP": "Dunmere Partners", "PH": "Perpetua Hawkridge"}
S = """
For five hours on Monday, Nimbrel Cloud’s storage service in its Westmarch region returned errors to a large share of requests, taking down parts of at least forty customer websites. ~ - ~ NC ~ ev ~ -
This is what the company’s status page said as it happened, followed by what its customers and the company say now. ~ - ~ NC ~ ctx ~ 0

## THE STATUS PAGE

@lab [09:14 UTC] Investigating
We are investigating reports of elevated error rates for storage requests in the Westmarch region. ~ NC ~  ~ ev ~ 0

@lab [09:52 UTC] Identified
The issue has been identified as a configuration change to our storage metadata service. ~ NC ~  ~ ev ~ 0
A fix is being rolled out. ~ NC ~  ~ ev ~ 0

@lab [11:30 UTC] Monitoring
Error rates have returned to normal levels for most customers. ~ NC ~  ~ ev ~ 0 ~ #normal
We will continue to monitor. ~ NC ~  ~ ctx ~ 0

@lab [14:22 UTC] Resolved
This incident has been resolved. ~ NC ~  ~ ev ~ 0

## THE CUSTOMERS

Customers tell a different story about the 11:30 update. ~ - ~  ~ cc ~ - ~ >normal
Several smaller customers posted screenshots showing the status page’s green “all systems operational” banner at 12:40, while their own dashboards showed errors. ~ - ~  ~ ev ~ -

Pocketwick, an online shop selling craft supplies, says its checkout failed on roughly one order in three until after 13:00. ~ PW ~ PW ~ ev ~ -
“Normal levels for most customers is not a phrase that means anything when you are one of the others,” said Brennagh Tolland, Pocketwick’s co-founder. ~ BT ~ PW ~ c ~ -
Pocketwick says it has no plans to leave Nimbrel. ~ PW ~ NC;PW ~ ev ~ +

Queuefair, which sells concert tickets, lost a presale window and refunded 2,300 customers, its operations chief, Dmitri Askew, said. ~ DA ~ QF ~ ev ~ -
He said Queuefair would move half of its storage to a second provider by March. ~ DA ~ QF ~ ev ~ -
Askew expects other ticketing firms to do the same before the summer festival season. ~ DA ~  ~ pr ~ -

## THE COMPANY

Nimbrel published a post-incident review on Wednesday. ~ NC ~ NC ~ ev ~ 0
It says the configuration change passed automated testing but interacted with a traffic pattern that only occurs in Westmarch. ~ NC ~  ~ c ~ 0
The review says 62% of requests failed at the peak, and that 9% were still failing at 11:30, when the status page said error rates were normal. ~ NC ~  ~ ev ~ -

Nimbrel’s chief technology officer, Aurelie Vantongeren, wrote in the review that the 11:30 update “was premature and should not have been posted”. ~ AV ~ NC ~ cc ~ 0 ~ >normal
She said Nimbrel would give affected customers a credit of 25% of their monthly storage bill. ~ AV ~ NC ~ ev ~ 0 ~ #credit
Vantongeren said the company had since added a manual check before any change to the metadata service. ~ AV ~ NC ~ ev ~ +
Tolland called the credit “a coupon for the next outage”. ~ BT ~  ~ cc ~ - ~ >credit
The company did not say how many customers had claimed it. ~ - ~ NC ~ ctx ~ 0

## THE ANALYSTS

Outages rarely cost cloud providers customers, according to Dunmere Partners, which tracks contract renewals. ~ DP ~  ~ c ~ + ~ #rarely
Its analyst Perpetua Hawkridge expects Nimbrel’s renewals to be unaffected outside Westmarch. ~ PH ~ NC ~ pr ~ +
But the Westmarch region is where Nimbrel has been winning retail customers, and two of the three customers I spoke to said they were talking to rivals. ~ - ~ NC ~ cc ~ - ~ >rarely

One, who asked not to be named, said the outage was the second in Westmarch this year. ~ - ~  ~ ev ~ - ~ #second
Nimbrel said the earlier incident, in June, lasted under an hour and affected fewer than 1% of requests. ~ NC ~ NC ~ cc ~ + ~ >second
Nimbrel’s shares fell 3% on Monday and recovered on Tuesday. ~ - ~ NC ~ ev ~ 0
"""
def render(b):
    out = ["What Nimbrel's status page said, and what its customers saw", "By Odhran Keswick"]
    for blk in b:
        if blk["kind"] == "h":
            out.append(blk["text"])
        elif blk["label"]:
            out.append("    " + blk["label"] + ": " + para_text(blk))
        else:
            out.append(para_text(blk))
    return "\n\n".join(out) + "\n"
build("nimbrel-outage-status-page.txt", S, "Odhran Keswick", A, render)
