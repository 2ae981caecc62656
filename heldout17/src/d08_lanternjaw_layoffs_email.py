"""Games-business email newsletter saved as HTML (table layout, preheader, unsubscribe footer)
on a studio's layoffs (HTML)."""
from mk import Doc, s

LJ = "Lanternjaw Studios"
CE = "Cobaltine Entertainment"
TV = "Teodora Vukasin-Marr"
UN = "Interactive Media Workers' Union"
PN = "Pádraig Nolloth"
IP = "Isidore Palliser"

CELL_OPEN = '<tr><td style="padding:0 32px;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222">\n'
CELL_CLOSE = "</td></tr>\n"


def build():
    d = Doc("lanternjaw-layoffs-newsletter-email.html", "html", default="Marigold Quarterman")
    d.raw("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Crit Path #88: Lanternjaw cuts 140</title>
<style type="text/css">body{margin:0;padding:0;background:#f2efe9}h2{font-family:Arial,sans-serif;font-size:20px}a{color:#b3361c}</style>
</head>
<body style="margin:0;padding:0;background:#f2efe9">
<span style="display:none;max-height:0;overflow:hidden">This week: the budget, not the market, sank a good game. Plus the union's numbers.</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="padding:12px 32px;font-family:Arial,sans-serif;font-size:12px;color:#888"><a href="https://critpath.example/p/88">View in browser</a></td></tr>
<tr><td style="padding:24px 32px 8px 32px;font-family:Arial,sans-serif"><h1 style="margin:0;font-size:28px">Crit Path</h1><p style="margin:4px 0 0 0;font-size:13px;color:#666">The business of games &middot; Issue 88 &middot; by Marigold Quarterman &middot; 12 November 2026</p></td></tr>
<tr><td style="padding:8px 32px;background:#fff6d8;font-family:Arial,sans-serif;font-size:13px">This issue is sponsored by Framerate Payroll, the payroll service built for studios. <a href="https://framerate.example">Try it free</a></td></tr>
""")
    d.raw(CELL_OPEN)
    d.p(s("Hi all.", "cx"))
    d.h("Lanternjaw cuts 140")
    d.p(s("Lanternjaw Studios told staff on Monday that it would cut 140 of its 520 jobs and cancel an unannounced second game, according to an internal email seen by Crit Path.", "ev", "-", sp="Crit Path", co=[LJ]),
        s("In the email, studio head Teodora Vukasin-Marr blamed “a market that no longer pays for the games we used to make.”", "cl", sp=TV),
        s("She wrote that Sunken Crown, the studio’s last release, had sold “below every forecast we made.”", "ev", "-", sp=TV, co=[LJ]))
    d.p(s("I don’t think the market is the main story.", "cc", "-", ct="a market that no longer pays"),
        s("Sunken Crown had 1.1 million players in its first month, according to Questmetric, which tracks game launches, more than the studio’s previous two games combined.", "ev", "+", sp="Questmetric", co=[LJ]),
        s("What it did not have was a budget its sales could cover.", "cl", "-"))
    d.p(s("Cobaltine Entertainment, which owns Lanternjaw, said the game cost £95 million to make, nearly double the original budget.", "ev", "-", sp=CE, co=[CE, LJ]),
        s("It said Lanternjaw would keep working on updates for Sunken Crown.", "ev", sp=CE, co=[LJ]))
    d.h("The union’s case")
    d.p(s("The Interactive Media Workers' Union, which represents about 200 Lanternjaw staff, says the cuts fall on the wrong people.", "cc", sp=UN, co=[UN, LJ], ct="would cut 140 of its 520 jobs"),
        s("Pádraig Nolloth, its organiser at the studio, said 90 of the 140 are testers and artists, while the management team that approved the budget overrun is intact.", "ev", "-", sp=PN, co=[LJ]),
        s("He wants the studio to publish how the cuts were chosen.", "rc", sp=PN, co=[LJ]))
    d.p(s("Vukasin-Marr replied in a second email that the leadership team had taken a 20% pay cut and that “nobody’s job was chosen by role.”", "cc", sp=TV, ct="90 of the 140 are testers"),
        s("The union says the pay cut lasts six months.", "cc", sp=UN, ct="taken a 20% pay cut"),
        s("A Lanternjaw spokesperson said the studio had offered every affected employee three months’ pay.", "ev", sp=LJ, co=[LJ]))
    d.h("What investors think")
    d.p(s("Cobaltine’s shares rose 4% on Tuesday.", "ev", co=[CE]),
        s("Isidore Palliser, who covers the publisher at Hedgewick Capital, said the cuts showed Cobaltine “finally treating its studios like a portfolio, not a family.”", "cl", "+", sp=IP, co=[CE, "Hedgewick Capital"]),
        s("He expects Cobaltine to sell or close two more of its nine studios next year.", "pr", sp=IP, co=[CE]))
    d.p(s("Not every investor is pleased.", "cc", "-", ct="like a portfolio, not a family"),
        s("A fund manager who holds Cobaltine shares, and who asked not to be named, told me the cancelled game was the one the publisher had shown investors as its next big release.", "ev", "-", co=[CE]),
        s("Cobaltine declined to comment on the cancelled game.", "cx", co=[CE]))
    d.h("My take")
    d.p(s("Lanternjaw made a good game that cost too much, and the people who set the budget are still setting it.", "cl", "-", co=[LJ]),
        s("Vukasin-Marr is right that players are buying fewer new games.", "cl"),
        s("But Sunken Crown’s problem was the cost line, not the sales line.", "cc", "-", co=[LJ], ct="Vukasin-Marr is right"),
        s("If you work there and want to talk, my inbox is open.", "cx"))
    d.p(s("— Marigold", "cx"))
    d.raw(CELL_CLOSE)
    d.raw("""<tr><td style="padding:24px 32px;font-family:Arial,sans-serif;font-size:12px;color:#888;border-top:1px solid #eee">
<p>You are receiving this because you subscribed to Crit Path. <a href="https://critpath.example/unsubscribe">Unsubscribe</a> &middot; <a href="https://critpath.example/preferences">Update preferences</a></p>
<p>Crit Path, 14 Wharfside Yard, Loamhurst</p>
</td></tr>
</table>
</td></tr></table>
</body>
</html>
""")
    return d
