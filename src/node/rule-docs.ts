// Rule metadata for the formatters (ESLint's rulesMeta): each rule with the help text of its docs
// page, read from the installed package's docs/rules/ (shipped in the npm package).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FormatOptions, RuleDescription } from '../core/formatters/index.js';
import { allRules } from '../core/rules/index.js';
import { ownPackage } from './version.js';

/** The sections of a rule page a reader of a finding needs: what it reports and how to fix it. */
const HELP_SECTIONS = /^## (What it reports|How to fix)\s*$/i;

export function helpFromPage(markdown: string): string | undefined {
  const parts: string[] = [];
  let keep = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^##? /.test(line)) keep = HELP_SECTIONS.test(line);
    if (keep) parts.push(line);
  }
  const text = parts.join('\n').trim();
  return text || undefined;
}

export function rulesMeta(root = ownPackage().root): Record<string, RuleDescription> {
  const meta: Record<string, RuleDescription> = {};
  for (const rule of allRules) {
    const { id, name, severity, description, docs } = rule;
    const page = join(root, docs);
    let help: string | undefined;
    try {
      help = helpFromPage(readFileSync(page, 'utf8'));
    } catch {
      help = undefined; // a page missing from a partial install: the description stands alone
    }
    meta[id] = { id, name, severity, description, docs, help };
  }
  return meta;
}

/** What the machine-readable formatters are given besides the results. */
export function formatContext(cwd: string): Omit<FormatOptions, 'color'> {
  const pkg = ownPackage();
  return {
    cwd,
    rulesMeta: rulesMeta(pkg.root),
    tool: {
      name: 'soxlint',
      version: pkg.version,
      // No public home yet: the installed README stands in until package.json has a "homepage".
      informationUri: pkg.homepage ?? pathToFileURL(join(pkg.root, 'README.md')).href,
    },
  };
}
