"""Check invented names against the READMEs the writer was allowed to read
(whole words, case-insensitive)."""
import re, sys
FILES = ["/work/shared/CLAIMS.md", "/work/main/gold/README.md"] + [
    "/work/main/heldout%s/README.md" % n for n in ["", "2", "3", "5", "7", "9", "10", "11"]]
txt = ""
for f in FILES:
    txt += open(f, encoding="utf-8").read() + "\n"
txt += "".join(open("/work/main/gold/claims.jsonl", encoding="utf-8").readlines()[:12])
low = txt.lower()
words = set(re.findall(r"[a-z0-9'’\-]+", low))
def hit(name):
    return re.search(r"(?<![a-z0-9])" + re.escape(name.lower()) + r"(?![a-z0-9])", low) is not None
if __name__ == "__main__":
    names = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    for n in names:
        full = hit(n)
        toks = [t for t in re.split(r"[\s\-&]+", n) if t and t[0].isupper()]
        th = [t for t in toks if hit(t)]
        if full or th:
            print("%-45s full=%s tokens=%s" % (n, full, th))
