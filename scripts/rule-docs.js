// Renders docs/rules/SOXnnn-*.md to HTML (markdown-it, raw HTML off) into dist/rule-docs.json, so
// that the HTML report and the drop-in page can explain each rule without a network or the repo.
// Run by `npm run build`. Links to another rule's page become in-page anchors ("#rule-SOX002");
// other links into the repository have nowhere to go in a mailed report and are kept as text.
import MarkdownIt from 'markdown-it';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function renderRuleDocs() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const rules = md.renderer.rules;
  rules.heading_open = (tokens, i) => `<h${Math.min(6, Number(tokens[i].tag.slice(1)) + 2)}>`;
  rules.heading_close = (tokens, i) => `</h${Math.min(6, Number(tokens[i].tag.slice(1)) + 2)}>`;
  const unlinked = new WeakSet();
  rules.link_open = (tokens, i, opts, env, self) => {
    const href = tokens[i].attrGet('href') ?? '';
    const rule = /(?:^|\/)(SOX\d{3})-[\w-]+\.md(?:#.*)?$/.exec(href);
    if (rule) { tokens[i].attrSet('href', `#rule-${rule[1]}`); return self.renderToken(tokens, i, opts); }
    if (/^https?:\/\//i.test(href)) { tokens[i].attrSet('rel', 'noreferrer noopener'); return self.renderToken(tokens, i, opts); }
    // Find the matching close at the same nesting level and drop both.
    for (let k = i + 1, depth = 0; k < tokens.length; k++) {
      if (tokens[k].type === 'link_open') depth++;
      else if (tokens[k].type === 'link_close' && depth-- === 0) { unlinked.add(tokens[k]); break; }
    }
    return '';
  };
  rules.link_close = (tokens, i, opts, env, self) => (unlinked.has(tokens[i]) ? '' : self.renderToken(tokens, i, opts));
  const dir = join(root, 'docs/rules');
  const out = {};
  for (const f of readdirSync(dir).sort()) {
    const m = /^(SOX\d{3})-[\w-]+\.md$/.exec(f);
    if (m) out[m[1]] = md.render(readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/rule-docs.json'), JSON.stringify(renderRuleDocs()));
}
