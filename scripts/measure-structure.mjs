#!/usr/bin/env node
// Structure figures for src/: files over 300 lines, functions over 60 lines, rule ids typed outside
// src/core/rules/. Usage: node scripts/measure-structure.mjs [dir] [--list]
// Functions are measured with the TypeScript parser: every function, method, arrow function and
// accessor, from its first line to its last (nested functions counted in their parent too).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 60;
const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? 'src';
const list = args.includes('--list');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const bigFiles = [];
const bigFunctions = [];
const ruleIds = [];
const reportedIds = [];
for (const path of walk(root)) {
  const text = readFileSync(path, 'utf8');
  const rel = relative('.', path);
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE_LINES) bigFiles.push([rel, lines]);
  text.split('\n').forEach((line, i) => {
    if (/ruleId:\s*['"`]SOX\d{3}/.test(line)) reportedIds.push(`${rel}:${i + 1}`);
  });
  if (!rel.replace(/\\/g, '/').includes('core/rules/')) {
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(/['"`](SOX\d{3})['"`]/g)) ruleIds.push([`${rel}:${i + 1}`, m[1]]);
    });
  }
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const n = last - first + 1;
      if (n > MAX_FUNCTION_LINES) {
        const name = node.name?.getText(source) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : '(anonymous)');
        bigFunctions.push([`${rel}:${first + 1}`, name, n]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

console.log(`files over ${MAX_FILE_LINES} lines: ${bigFiles.length}`);
if (list) for (const [f, n] of bigFiles.sort((a, b) => b[1] - a[1])) console.log(`  ${f} ${n}`);
console.log(`functions over ${MAX_FUNCTION_LINES} lines: ${bigFunctions.length}`);
if (list) for (const [f, name, n] of bigFunctions.sort((a, b) => b[2] - a[2])) console.log(`  ${f} ${name} ${n}`);
console.log(`"ruleId: 'SOXnnn'" typed anywhere: ${reportedIds.length} in ${new Set(reportedIds.map((r) => r.split(':')[0])).size} files`);
console.log(`rule ids typed outside src/core/rules/: ${ruleIds.length}`);
if (list) for (const [f, id] of ruleIds) console.log(`  ${f} ${id}`);
