// Prints the redline of a file, paragraph by paragraph (a developer's view of src/core/redline.ts).
// Usage: npm run build && node scripts/redline-dump.mjs FILE
import { readFileSync } from 'node:fs';
import { extract } from '../dist/core/extract/index.js';
import { lintExtracted } from '../dist/core/lint.js';
const f = process.argv[2];
const ext = await extract(new Uint8Array(readFileSync(f)), f);
const r = lintExtracted(ext, f, { redline: true });
for (const m of r.messages) console.log(m.ruleId, m.paragraph, m.line+':'+m.column, m.endLine+':'+m.endColumn);
for (const rl of r.redlines) {
  console.log('cert', rl.certification, rl.form, rl.from, rl.to, rl.findings);
  for (const p of rl.paragraphs) {
    console.log(`## ${p.id}${p.omitted?' OMITTED':''}${p.moved?' MOVED':''} label=${JSON.stringify(p.label?.text)} f=${p.findings}`);
    for (const x of p.parts) {
      const src = x.kind==='omitted' ? `@${x.from}` : JSON.stringify(ext.source.slice(x.from,x.to)).slice(0,60);
      console.log(`   ${x.kind}${x.slot?'/'+x.slot:''} ${JSON.stringify(x.text).slice(0,70)} ${src} ${x.findings.length?'F'+x.findings:''}`);
    }
  }
}
