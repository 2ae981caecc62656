"""Validate claims.jsonl against docs/ (run: python3 validate.py in this folder).

Checks: JSON on every line; exact key order; enum values; sorted unique companies; attributed never
true with a null speaker; counters only on counterclaims and equal to an earlier sentence's text in
the same document; every text found, in order, in its document after script/style removal, tag
stripping, HTML-entity decoding and whitespace normalisation; paragraph numbers never going back;
no duplicate sentence in a document; 25-35 sentences per document; every document labelled."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['doc', 'paragraph', 'text', 'speaker', 'attributed', 'companies', 'type', 'stance', 'counters']
TYPES = {'claim', 'counterclaim', 'evidence', 'prediction', 'recommendation', 'context'}
STANCES = {'bullish', 'bearish', 'neutral'}


def body_text(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        raw = re.sub(r'(?is)<script\b.*?</script>', ' ', raw)
        raw = re.sub(r'(?is)<style\b.*?</style>', ' ', raw)
        raw = re.sub(r'(?s)<!--.*?-->', ' ', raw)
        raw = re.sub(r'<[^>]+>', '', raw)
        raw = html.unescape(raw)
    return re.sub(r'\s+', ' ', raw)


def main():
    errs = []
    rows = []
    with open(os.path.join(HERE, 'claims.jsonl'), encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append('line %d: bad JSON (%s)' % (i, e))
                continue
            if list(r.keys()) != KEYS:
                errs.append('line %d: keys %s' % (i, list(r.keys())))
            rows.append((i, r))
    bydoc = {}
    for i, r in rows:
        bydoc.setdefault(r.get('doc'), []).append((i, r))
        if r.get('type') not in TYPES:
            errs.append('line %d: type %r' % (i, r.get('type')))
        if r.get('stance') not in STANCES:
            errs.append('line %d: stance %r' % (i, r.get('stance')))
        if not isinstance(r.get('attributed'), bool):
            errs.append('line %d: attributed not bool' % i)
        if r.get('attributed') and r.get('speaker') is None:
            errs.append('line %d: attributed with null speaker' % i)
        co = r.get('companies')
        if not isinstance(co, list) or co != sorted(set(co)):
            errs.append('line %d: companies not sorted/unique: %r' % (i, co))
        if not isinstance(r.get('paragraph'), int) or r['paragraph'] < 1:
            errs.append('line %d: paragraph %r' % (i, r.get('paragraph')))
        if r.get('counters') is not None and r.get('type') != 'counterclaim':
            errs.append('line %d: counters on a %s' % (i, r.get('type')))
        t = r.get('text', '')
        if not t or t != re.sub(r'\s+', ' ', t).strip():
            errs.append('line %d: text not whitespace-normalised' % i)
    docs_dir = os.path.join(HERE, 'docs')
    on_disk = sorted(os.listdir(docs_dir))
    labelled = sorted(d.split('/')[-1] for d in bydoc)
    for name in on_disk:
        if name not in labelled:
            errs.append('%s: not labelled' % name)
    for d, items in bydoc.items():
        if not d.startswith('heldout15/docs/'):
            errs.append('%s: doc path must start with heldout15/docs/' % d)
        path = os.path.join(docs_dir, d.split('/')[-1])
        if not os.path.exists(path):
            errs.append('%s: file missing' % d)
            continue
        if not 25 <= len(items) <= 35:
            errs.append('%s: %d sentences' % (d, len(items)))
        body = body_text(path)
        pos, lastp, seen = 0, 0, []
        for i, r in items:
            t = r['text']
            k = body.find(t, pos)
            if k < 0:
                errs.append('line %d: text not found in order in %s: %s' % (i, d, t[:70]))
            else:
                pos = k + len(t)
            if r['paragraph'] < lastp:
                errs.append('line %d: paragraph goes back' % i)
            lastp = r['paragraph']
            if t in seen:
                errs.append('line %d: duplicate sentence' % i)
            if r['counters'] is not None and r['counters'] not in seen:
                errs.append('line %d: counters is not an earlier sentence of %s' % (i, d))
            seen.append(t)
    for e in errs:
        print(e)
    print('%d documents, %d sentences: %s' % (len(bydoc), len(rows), 'OK' if not errs else '%d error(s)' % len(errs)))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
