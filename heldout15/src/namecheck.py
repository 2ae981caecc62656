"""Check every invented name (names.txt) against the READMEs the writer was allowed to read:
whole names and each distinctive word, whole words, case-insensitive."""
import re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
READMES = ['/work/main/gold/README.md'] + ['/work/main/%s/README.md' % d for d in
           ['heldout', 'heldout2', 'heldout3', 'heldout5', 'heldout7', 'heldout9', 'heldout10',
            'heldout11', 'heldout12', 'heldout13', 'heldout14']]
COMMON = set("""the and of a an quarter broadband capital insight bakehouse coffee pass
equity notes services estates partners labs foundation forge commons cloud stores padel post
garden centres workers union retail nursery growers association plants farms trust open coop
better broiler cards supermarkets leasing contract hire standards council securities group research
clean heat grant university homeowners heating alliance retrofit trade journal county salt minerals
reade play holdings bank advisory leisure inflatables pawnbrokers markets yard small cap
reading room events briefing business""".split())
# Capitalised words of the documents that also occur in the READMEs and were reviewed by hand as
# ordinary words, headings or generic parts of names (no invented name repeats an earlier set's).
REVIEWED = set("""AGENT AGM ALL AND About Accept Accepted According Accounts Administrator Advisory After All Alliance An Animal Annual Answer April Are Ask Association Award BIDDERS Bank Best Better Bidders Bookings Briefing Business But By CARE CHAT COMMENTS COMPANY CONTENT CREDITORS Can Capital Category Chat Cloud Coffee Cold Comments Commercial Companies Compiled Complaints Consumer Contact Contract Contracts Cookie Council County Customers Date December Discussion Dividend Documents Don Down Download Due EVALUATION Each Editor Email End Equity Events Every Everyone FROM Fans Farms Feed Few Field Financial Five Follow For Forty Forward From Fuel General Governance Grant Group Growers HAPPENS He Here Holdings Homes How If In Independent Invest Investing Investors Issued It Its January Joint Journal July June Kept LIST Labs Lane Lease Legal Licence Live Log Ltd MY Management Manager March Markets May Meeting Members Mill Minerals Moderator Money Most Mr My NEXT NOTE News Next No Nobody None Not Notes Nothing November Nursery OUR October On Online Open Opinion Our PDF PRICE PROMISE Page Pages Panel Partners Pass Passive Person Pitch Please Poll Post Pre Prepared Previous Professor Promise Property Publish Published Put Quarter Question Questions RESPONSES RULES Raise Readers Reading Related Report Research Response Results Retail Road Room SALE SAYS SHAREHOLDERS SHOULD Sales Securities September Several Share She Sign Six Skip So Standards Status Stop Stores Strong Subscribe Summary Supermarkets Supply Sustainability THE TO TOO TRACKER Take Takeover Tender Terms Thank That The These They This Three Top Tracker Trade Trial Trust Tuesday Two Union University VIEW Version Voice Voted WE WHAT WHY We Welcome What When Who Why Will Winter Without Workers Would Write Yard Yes You Your""".split())


def sweep(low):
    """Report capitalised words of the documents found in the READMEs and not reviewed above."""
    import glob, html as h
    found = set()
    for p in glob.glob(os.path.join(os.path.dirname(HERE), 'docs', '*')):
        t = re.sub(r'<[^>]+>', ' ', h.unescape(open(p, encoding='utf-8').read()))
        found.update(re.findall(r"\b[A-Z][a-zA-Z]+(?:-[A-Z][a-zA-Z]+)*\b", t))
    new = sorted(w for w in found - REVIEWED
                 if re.search(r'(?<![a-z0-9])' + re.escape(w.lower()) + r'(?![a-z0-9])', low))
    for w in new:
        print('SWEEP', w)
    return len(new)


def main():
    text = '\n'.join(open(p, encoding='utf-8').read() for p in READMES if os.path.exists(p))
    low = text.lower()
    bad = 0
    for line in open(os.path.join(HERE, 'names.txt'), encoding='utf-8'):
        name = line.strip()
        if not name:
            continue
        probes = {name}
        for w in re.split(r"[\s\-&']+", name):
            w = w.strip("_.")
            if len(w) >= 3 and w.lower() not in COMMON and not w.isdigit():
                probes.add(w)
        for p in sorted(probes):
            if re.search(r'(?<![a-z0-9])' + re.escape(p.lower()) + r'(?![a-z0-9])', low):
                print('HIT', repr(name), '->', repr(p))
                bad += 1
    bad += sweep(low)
    print('namecheck: %d hit(s)' % bad)
    return 1 if bad else 0
if __name__ == '__main__':
    sys.exit(main())
