#!/usr/bin/env node
// Lists the exports of the package entry points (package.json "exports", as built in dist/) that
// have no TSDoc comment. Usage: node scripts/check-api-docs.mjs (after npm run build). Exit 1 when any.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

export function undocumentedExports(root = '.') {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const entries = Object.entries(pkg.exports).map(([name, e]) => [name, resolve(root, e.types)]);
  const program = ts.createProgram(entries.map(([, f]) => f), { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const missing = [];
  for (const [name, file] of entries) {
    const source = program.getSourceFile(file);
    const module = checker.getSymbolAtLocation(source);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      // An overloaded function: its first signature carries the comment.
      const sigDoc = (symbol.declarations ?? []).some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
      if (!doc && !sigDoc) missing.push(`${name === '.' ? pkg.name : `${pkg.name}/${name.slice(2)}`}: ${exported.name}`);
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = undocumentedExports();
  for (const m of missing) console.log(m);
  console.log(`${missing.length} exports without TSDoc`);
  process.exit(missing.length ? 1 : 0);
}
