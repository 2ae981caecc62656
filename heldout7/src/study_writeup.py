from lib import *
d = Doc("cleaner-pay-study.md", "Ledgerwood Post")
TH, MH, HB, DWG = "Tidyhand", "Mireille Hartigan", "Hollis Brand", "Domestic Workers' Guild"
d.p(S("Cleaners who find work through the Tidyhand app earn an average of £8.40 an hour once travel time and costs are counted, below the legal minimum wage, according to a working paper published on Tuesday by two economists at Ashgrove University.", "Ashgrove University", TH, "ev", "-", k="find"),
    S("Tidyhand says the paper is wrong.", TH, TH, "cc", "+", c="find"))
d.p(S("The paper, by Mireille Hartigan and Tobiah Renner, draws on 41,000 jobs booked by 2,300 cleaners who shared their app data through a research tool over 14 months.", MH, "", "ev", "0"),
    S("The app shows an average fee of £14.10 an hour, the authors found, but cleaners spent another 38 minutes travelling for each hour of paid work, and paid for their own supplies.", MH, TH, "ev", "-", k="travel"),
    S("“The headline rate is real,” Dr. Hartigan said in an interview.", MH, "", "cl", "0"),
    S("“It just isn't what people take home.”", MH, "", "cl", "-"))
d.p(S("Tidyhand's head of policy, Corentin Blaise, said the study's sample was skewed toward cleaners in rural areas, where jobs are further apart.", "Corentin Blaise", TH, "cc", "+", c="travel", k="skew"),
    S("He pointed to the company's own figures, which put average earnings after travel at £11.90.", "Corentin Blaise", TH, "ev", "+", k="own"),
    S("The company has not published how those figures were calculated.", None, TH, "cc", "-", c="own"))
d.p(S("Dr. Hartigan said the sample matched the company's own published split between city and rural jobs within two percentage points.", MH, TH, "cc", "-", c="skew"),
    S("She added that rural cleaners were, if anything, under-represented.", MH, "", "cl", "-"))
d.h("Other economists")
d.p(S("Economists who read the paper were broadly persuaded by the data but divided on what it means.", None, "", "cx", "0"),
    S("Professor Anouk Velstra of the Castlebrook School of Economics called the travel-time method “careful and, frankly, overdue.”", "Anouk Velstra", "Castlebrook School of Economics", "cl", "0", k="velstra"),
    S("She said regulators should count travel time as working time for app-based cleaners, as they already do for care workers.", "Anouk Velstra", "", "rc", "0"))
d.p(S("Hollis Brand, an economist at the Pemberton Institute, a free-market think tank, was less convinced.", HB, "Pemberton Institute", "cc", "+", c="velstra"),
    S("Cleaners choose their own jobs, he said, and many accept distant bookings because they pay better.", HB, "", "cl", "+"),
    S("“If the app paid so badly, it would not have 60,000 cleaners,” he said.", HB, TH, "cl", "+", k="brandq"),
    S("The paper's authors anticipate that argument: in a section on turnover, they report that half the cleaners in their sample stopped using the app within five months.", MH, TH, "cc", "-", c="brandq"))
d.h("The union and the regulator")
d.p(S("The Domestic Workers' Guild, which has about 4,000 members on the app, said the findings matched what its members had been telling it for two years.", DWG, DWG + ";" + TH, "cl", "-"),
    S("It wants Tidyhand to pay a travel supplement of £2 per job.", DWG, TH, "rc", "0", k="wants"))
d.p(S("The Wage Standards Office, which enforces the minimum wage, said it would “study the paper closely” but that app-based cleaners were self-employed under current law.", "Wage Standards Office", "Wage Standards Office", "ev", "0"),
    S("A Tidyhand spokesperson said the company would “welcome a conversation” about travel pay but would not support rules that treated cleaners as employees.", TH, TH, "cc", "0", c="wants"))
d.h("What comes next")
d.p(S("The authors plan to extend the study to two rival apps, Sparkwell and Dustaway, next year.", MH, "Sparkwell;Dustaway", "ev", "0"),
    S("Dr. Hartigan said she had offered to run the same analysis on Tidyhand's own data and had not had a reply.", MH, TH, "ev", "0"),
    S("A Tidyhand spokesperson said the company had received the request and was “considering it.”", TH, TH, "ev", "0"),
    S("If the rival apps show similar figures, the pressure for a travel-time rule will grow.", None, "", "pr", "0"),
    S("Tidyhand's next annual report, due in June, will be the first to include average hourly pay, under a commitment the company made to investors last year.", None, TH, "ev", "0"),
    S("That figure, more than any working paper, will show whether the headline rate survives contact with the road.", None, "", "pr", "0"))
text = ("# Cleaning app's pay falls below minimum wage once travel is counted, study finds\n\n"
        "Source: Ledgerwood Post\n\n" + d.md_body())
d.write(text)
