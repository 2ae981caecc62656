from mk import *
A = {"FK": "Fenna Kowalczyk", "HE": "Holloway Energy", "BE": "Brightforth Energy", "OG": "Office of Gas and Power Markets",
     "FFT": "Fuel Fairness Trust", "SP": "Sunmere Power", "RAC": "Rupert Anstey-Clay", "ISB": "Ingrid Solheim-Barr",
     "FS": "Fernleigh Securities", "CL": "Conrad Ashdown"}
S = """
Holloway Energy stopped trading at midnight on Tuesday, and its 310,000 customers are being moved to Brightforth Energy by the Office of Gas and Power Markets. ~ - ~ BE;HE;OG ~ ev ~ -
I’m answering your questions here from noon until two. ~ - ~  ~ ctx ~ 0
I’ll update this post if anything changes. ~ - ~  ~ ctx ~ 0

@lab 12:02|wattwatcher
Will my gas and electricity be cut off? ~ wattwatcher ~  ~ ctx ~ 0

@lab 12:04|Fenna Kowalczyk
No: your supply continues as normal. ~ FK ~  ~ c ~ 0
The office has directed Brightforth to keep supplying every Holloway customer on their current tariff until at least March. ~ FK ~ BE;HE;OG ~ ev ~ 0

@lab 12:07|pennyfarthing_88
I was £240 in credit with Holloway. ~ pennyfarthing_88 ~ HE ~ ev ~ 0
Is that money gone? ~ pennyfarthing_88 ~  ~ ctx ~ 0

@lab 12:10|Fenna Kowalczyk
Credit balances are protected: Brightforth will honour them, and an industry levy pays it back. ~ FK ~ BE ~ c ~ 0 ~ #credit
The regulator says the process usually takes six to eight weeks. ~ OG ~  ~ ev ~ 0 ~ #weeks

@lab 12:18|pennyfarthing_88
You say credit is protected, but my mother was with Sunmere Power when it collapsed in 2023 and waited five months. ~ pennyfarthing_88 ~ SP ~ cc ~ - ~ >credit

@lab 12:21|Fenna Kowalczyk
That’s fair, and I should have been clearer. ~ FK ~  ~ c ~ 0
Six to eight weeks is the regulator’s target, not a promise. ~ FK ~ OG ~ cc ~ 0 ~ >weeks
The Fuel Fairness Trust says a quarter of customers in the last three supplier failures waited longer than three months. ~ FFT ~  ~ ev ~ 0

@lab 12:30|gridlocked
Why did Holloway fail when other suppliers are fine? ~ gridlocked ~ HE ~ ctx ~ 0

@lab 12:34|Fenna Kowalczyk
Holloway bought most of its gas a month ahead rather than a year ahead, so when wholesale prices jumped in October it was selling at a loss on every unit. ~ FK ~ HE ~ ev ~ -
Its chief executive, Rupert Anstey-Clay, told customers in an email last week that the company was “fully funded for the winter”. ~ RAC ~ HE ~ c ~ + ~ #funded
Eight days later it stopped trading. ~ FK ~  ~ cc ~ - ~ >funded

@lab 12:41|marisol_t
Is Brightforth going to be next? ~ marisol_t ~ BE ~ ctx ~ 0

@lab 12:45|Fenna Kowalczyk
I put that to Brightforth. ~ FK ~ BE ~ ctx ~ 0
A spokesperson said the company hedges 80% of its gas a year ahead and that taking on Holloway’s customers “strengthens, not stretches” its business. ~ BE ~ BE;HE ~ c ~ + ~ #hedge
Not everyone is so sure. ~ FK ~  ~ cc ~ - ~ >hedge
Ingrid Solheim-Barr, who covers utilities at Fernleigh Securities, told me that Brightforth will have to buy winter gas for its new customers at today’s prices, and that the levy pays back only part of that. ~ ISB ~ BE;FS ~ c ~ -
She thinks Brightforth may need to raise money from shareholders by the spring. ~ ISB ~ BE ~ pr ~ - ~ #spring

@lab 12:52|Fenna Kowalczyk
Update: Brightforth’s finance director, Conrad Ashdown, emailed after I posted that to say the company has “no plans and no need” to raise equity. ~ CL ~ BE ~ cc ~ + ~ >spring

@lab 13:05|wattwatcher
Should I switch to a fixed deal now or wait? ~ wattwatcher ~  ~ ctx ~ 0

@lab 13:09|Fenna Kowalczyk
Wait. ~ FK ~  ~ rec ~ 0
You can leave Brightforth without an exit fee once the transfer is complete. ~ FK ~ BE ~ ev ~ 0
The Fuel Fairness Trust’s advice is not to sign a fixed tariff until you have seen Brightforth’s offer. ~ FFT ~ BE ~ rec ~ 0

@lab 13:58|Fenna Kowalczyk
That’s all for today. ~ FK ~  ~ ctx ~ 0
Thanks for your questions. ~ FK ~  ~ ctx ~ 0
"""
def lab(l):
    ts, who = l.split("|")
    return f'<span class="ts">{ts}</span> <strong>{hesc(who)}:</strong> '
def page(b):
    out = []
    for blk in b:
        if blk["kind"] == "p" and blk["label"]:
            out.append('<div class="qa-entry"><p>' + lab(blk["label"]) + hesc(para_text(blk)) + "</p></div>")
        elif blk["kind"] == "p":
            out.append("<p>" + hesc(para_text(blk)) + "</p>")
    body = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Holloway Energy collapse: your questions answered live | The Ambleford Courier</title>
<meta property="og:site_name" content="The Ambleford Courier">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button> <button>Manage</button></div>
<header><a class="masthead" href="/">The Ambleford Courier</a> <a class="subscribe" href="/subscribe">Subscribe from &pound;1</a></header>
<nav><a href="/news">News</a> <a href="/money">Money</a> <a href="/energy">Energy</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a></nav>
<main>
<article class="live-qa">
<p class="kicker">Live Q&amp;A</p>
<h1>Holloway Energy collapse: your questions answered</h1>
<p class="standfirst">Our energy reporter is taking readers&rsquo; questions on what the supplier&rsquo;s failure means for bills and credit balances.</p>
<p class="byline">Fenna Kowalczyk, energy reporter</p>
<time datetime="2026-12-02T12:00">2 December 2026, 12:00</time>
<ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">Email</a></li></ul>
<div class="qa-body">
{body}
</div>
<div class="newsletter"><p>Get our Money Matters newsletter every Friday.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</article>
<aside class="related"><h2>More on this story</h2><ul>
<li><a href="/energy/holloway-stops-trading">Holloway Energy stops trading</a></li>
<li><a href="/energy/last-resort-explained">What is a supplier of last resort?</a></li>
<li><a href="/money/fixed-or-variable">Fixed or variable? How to decide this winter</a></li>
</ul></aside>
</main>
<footer><p>&copy; 2026 Ambleford Courier Media Ltd</p><p><a href="/contact">Contact us</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""
build("holloway-energy-live-qa.html", S, "Fenna Kowalczyk", A, page)
