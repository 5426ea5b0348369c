// The rule explanations the HTML report embeds: docs/rules/*.md rendered to HTML at build time by
// scripts/rule-docs.js (dist/rule-docs.json), so the report needs neither the repo nor a network.
import { readFile } from 'node:fs/promises';

/** Rule id to its explanation as HTML, or undefined when the package was built without them. */
export async function loadRuleDocs(): Promise<Record<string, string> | undefined> {
  // dist/node/*.js and dist/bundle/*.js both sit two folders below the package root.
  try {
    return JSON.parse(await readFile(new URL('../../dist/rule-docs.json', import.meta.url), 'utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
}
