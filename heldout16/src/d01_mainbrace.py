from mk import Doc, S

VL, KS, TC, MA = "Vestrabel Line", "Koramund Shipping", "Tessaro Container Lines", "Mainbrace Alliance"


def doc():
    d = Doc("mainbrace-alliance-briefing.md", "md", "Marisela Quintavalle")
    d.front = [
        'title: "Client briefing: what the Mainbrace Alliance split means for shippers"',
        "author: Marisela Quintavalle",
        "date: 2026-11-18",
        "site: Brisling & Hoy Maritime Advisory",
        "tags: [container shipping, alliances, contracts]",
    ]
    d.h("Key points")
    d.li(S("The Mainbrace Alliance will end in February 2027, when Vestrabel Line leaves to run its own east-west network.", "evidence", "neutral", [MA, VL]))
    d.li(S("Koramund Shipping and Tessaro Container Lines say they will keep a joint service on the main east-west loops.", "evidence", "neutral", [KS, TC], sp=KS))
    d.li(S("We expect schedule reliability on Vestrabel's loops to fall for at least two quarters after the split.", "prediction", "bearish", [VL]))

    d.h("What the carriers say")
    d.p(S("Vestrabel Line's chief executive, Benedek Ostrowe, told a customer webinar on 12 November that running alone will let the carrier offer “fewer transhipments and fixed weekly berths” at its four hub ports.", "claim", "bullish", [VL], sp="Benedek Ostrowe"),
        S("He said the company had ordered eleven 16,000-box ships to fill the gaps the partners leave.", "evidence", "neutral", [VL], sp="Benedek Ostrowe"),
        S("In his view, shippers have paid for the alliance's compromises for a decade.", "claim", "bearish", [MA], sp="Benedek Ostrowe"))
    d.p(S("Koramund Shipping sees the split differently.", "counterclaim", "neutral", [KS], sp=KS, c="running alone will let the carrier"),
        S("Its commercial director, Henrike Salvesen-Obi, said in a statement that a carrier running alone “has to fill every ship itself, and in a soft market that means cutting rates or cutting sailings.”", "claim", "bearish", [], sp="Henrike Salvesen-Obi"),
        S("She said Koramund and Tessaro will keep sharing 38 ships on the east-west loops.", "evidence", "neutral", [KS, TC], sp="Henrike Salvesen-Obi"))
    d.p(S("Tessaro Container Lines, the smallest of the three carriers, has said little in public.", "context", "neutral", [TC]),
        S("According to Tessaro's third-quarter report, its east-west volumes fell 6% while the alliance's as a whole rose 2%.", "evidence", "bearish", [MA, TC], sp=TC))

    d.h("What shippers say")
    d.p(S("Shippers we surveyed are less sure than Vestrabel that going alone means better service.", "counterclaim", "bearish", [VL], c="running alone will let the carrier"),
        S("Of the 64 cargo owners who answered our October survey, 41 said they would split their volumes between Vestrabel and the remaining partners rather than pick a side.", "evidence", "neutral", [VL]))
    d.p(S("Not every shipper wants the alliance back.", "counterclaim", "bearish", [MA], c="Shippers we surveyed are less sure"),
        S("“Under the alliance my containers sat at Sennacombe for nine days waiting for a partner's ship,” said Rosalba Kittering, head of logistics at Copperwick Interiors, a furniture importer.", "evidence", "bearish", ["Copperwick Interiors", MA], sp="Rosalba Kittering"),
        S("She is moving half her company's volume to Vestrabel from January.", "recommendation", "bullish", [VL], sp="Rosalba Kittering"))
    d.p(S("Sennacombe Port Authority expects its container volumes to rise 9% in 2027 as Vestrabel concentrates its calls there.", "prediction", "bullish", ["Sennacombe Port Authority", VL], sp="Sennacombe Port Authority"),
        S("But berth use at Sennacombe is already 87% of capacity, according to the authority's own figures.", "counterclaim", "bearish", ["Sennacombe Port Authority"], sp="Sennacombe Port Authority", c="expects its container volumes"),
        S("That leaves little room for the fixed weekly berths Ostrowe has promised.", "claim", "bearish", []))

    d.h("Our assessment")
    d.p(S("Vestrabel is right that a carrier with its own hubs can run a cleaner network.", "claim", "bullish", [VL]),
        S("But it is launching that network into the weakest freight market since 2016.", "counterclaim", "bearish", [], c="Vestrabel is right that"),
        S("Spot rates on the main east-west loop are down 31% this year, according to the Castelmoor Freight Index.", "evidence", "neutral", [], sp="Castelmoor Freight Index"),
        S("Koramund's warning about cancelled sailings is not just a rival talking its book.", "claim", "bearish", [KS]))
    d.p(S("Leopoldine Marsault, who covers shipping at Hallowmere Securities, thinks the split will cost Vestrabel about $140 million in extra fuel and empty repositioning next year.", "prediction", "bearish", ["Hallowmere Securities", VL], sp="Leopoldine Marsault"),
        S("She has a sell rating on the shares.", "recommendation", "bearish", [VL], sp="Leopoldine Marsault"),
        S("Vestrabel disputes the figure.", "counterclaim", "bullish", [VL], sp=VL, c="$140 million"),
        S("A spokesman said the new ships burn 22% less fuel per container than the chartered ships they replace.", "evidence", "bullish", [], sp=VL))

    d.h("Actions for shippers")
    d.li(S("Shippers whose contracts renew before March should ask for a service-level clause that names the loop, not the alliance.", "recommendation", "neutral", [MA]))
    d.li(S("Shippers using Sennacombe should book winter berth windows now.", "recommendation", "neutral", []))
    d.li(S("Watch Vestrabel's first ten solo sailings in February: if more than two are cancelled, Koramund's warning will have been right.", "prediction", "neutral", [KS, VL]))
    d.trailer = ["*Brisling & Hoy Maritime Advisory prepares client briefings for cargo owners. This briefing is not investment advice. To change your subscription, reply to this email.*"]
    return d
