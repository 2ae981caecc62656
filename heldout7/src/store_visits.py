from lib import *
d = Doc("hearthline-store-visits.txt", None)
H, HC, TA = "Hearthline", "Harriet Cullinane", "Tobin Ashgrove"
d.p(S("I visited seven Hearthline stores across the Tennant Valley on Friday and Saturday, because the company's last two trading updates did not match what I was hearing from suppliers.", None, H, "cl", "-", k="thesis"),
    S("Hearthline says like-for-like sales rose 4% in the autumn and that shelves are fuller than a year ago.", H, H, "ev", "+"),
    S("I wanted to see the shelves.", None, "", "cx", "0"))
d.h("STORE 1: DENHOLM RETAIL PARK")
d.p(S("Busy for a Friday morning, with 31 people in the store at 10:30 and four tills open.", None, "", "ev", "+"),
    S("Shelves were full in homewares and about 70% full in garden, which is normal for November.", None, "", "ev", "0"),
    S("A member of staff told me the store had been short of bedding for three weeks because a delivery from the central warehouse had been split between two stores.", None, "", "ev", "-"))
d.h("STORE 2: KEMBLE HIGH STREET")
d.p(S("Quieter: I counted nine shoppers in twenty minutes.", None, "", "ev", "-"),
    S("Whole bays in kitchenware were empty, with handwritten signs apologising for 'supplier delays.'", None, "", "ev", "-", k="bays"),
    S("The store manager, who gave her name only as Carol, said deliveries had improved 'a lot' since October.", "Carol", "", "cc", "+", c="bays", k="carol"),
    S("The empty bays suggest October's starting point was very low.", None, "", "cc", "-", c="carol"),
    S("A second member of staff said the next kitchenware delivery was due on Tuesday.", None, "", "ev", "0"))
d.h("STORES 3 AND 4: ASHWORTH GATE AND LINTON")
d.p(S("Both were in good shape, full and tidy, with Christmas stock already out.", None, "", "ev", "+"),
    S("These are the two stores Hearthline showed analysts on its site visit in September, and I suspect that is not a coincidence.", None, H, "cl", "-"))
d.h("STORES 5 TO 7: THE EASTERN TOWNS")
d.p(S("These were the weakest.", None, "", "cl", "-"),
    S("Two of the three had gaps in more than a quarter of the bays I checked, and one had closed its garden section entirely, which a sign blamed on 'refurbishment.'", None, "", "ev", "-"),
    S("Staff at the third said the refurbishment had been planned for spring and brought forward when the stock did not arrive.", None, "", "ev", "-"))
d.h("WHAT THE COMPANY SAYS")
d.p(S("I sent my notes to Hearthline.", None, H, "cx", "0"),
    S("A spokesman replied that seven stores out of 412 were 'not a sample,' and that availability across the estate was 94% in November, the best since 2022.", H, "", "cc", "+", c="thesis", k="spox"))
d.p(S("He is right that seven stores prove nothing on their own.", None, "", "cl", "0"),
    S("But 94% availability is measured on the lines a store is meant to stock, and a store that closes its garden section stops being meant to stock garden lines.", None, "", "cc", "-", c="spox"))
d.h("THE ANALYSTS")
d.p(S("Harriet Cullinane at Dorrance Pryce, who has a buy rating, wrote last week that Hearthline's supply problems were 'behind it' and that margins would rise next year as freight costs fall.", HC, "Dorrance Pryce;" + H, "pr", "+", k="cull"),
    S("Tobin Ashgrove of Mercer Vale, who has a sell rating, told me he had seen the same gaps at stores near his office.", TA, "Mercer Vale", "cc", "-", c="cull"),
    S("In his view, Hearthline is managing availability by shrinking ranges rather than fixing the warehouse.", TA, H, "cl", "-"),
    S("He expects a profit warning in January.", TA, "", "pr", "-"))
d.h("MY TAKE")
d.p(S("The shares have fallen 18% since the summer, so some of this is already in the price.", None, H, "cl", "0"),
    S("I would not sell on seven stores.", None, "", "rc", "0", k="nosell"),
    S("But I would not buy ahead of the Christmas trading update either, and I would ask management on the next call how many stores have closed a department this year.", None, "", "cc", "-", c="nosell"),
    S("If the answer is more than a handful, the 94% is not telling the whole story.", None, "", "pr", "-"))
text = ("Seven Hearthline stores in two days: field notes\n\n" + d.txt_body())
d.write(text)
