import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import mk, docs_md, docs_html, docs_txt
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for D in docs_md.DOCS + docs_html.DOCS + docs_txt.DOCS:
    r = {'md': mk.render_md, 'html': mk.render_html, 'txt': mk.render_txt}[D['fmt']]
    open(os.path.join(ROOT, 'docs', D['file']), 'w').write(r(D['meta'], D['blocks']))
    rows += mk.label(D['file'], D['default'], D['blocks'])
with open(os.path.join(ROOT, 'claims.jsonl'), 'w') as f:
    for x in rows:
        f.write(json.dumps(x, ensure_ascii=False) + '\n')
print(len(rows))
