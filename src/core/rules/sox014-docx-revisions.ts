import type { Revision } from '../types.js';
import type { DocumentRule, Declared } from './rule.js';

/** Longest quotation of a revision's or a comment's text in a message. */
const MAX_QUOTE = 80;

function quote(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}\u2026` : t;
}

function describe(r: Revision): string {
  const what = quote(r.text);
  if (r.kind === 'comment') {
    const head = r.author ? `Comment by ${r.author}` : 'Comment';
    return what ? `${head}: "${what}"` : head;
  }
  const who = r.author ? `${r.kind} by ${r.author}` : r.kind;
  const tail = what ? `: "${what}"` : r.what ? `: ${r.what}` : '';
  return `Unaccepted tracked change (${who})${tail}`;
}

// What Word shows with changes unaccepted may not be what is filed: the .docx reader finds the
// revisions and comments (Extracted.revisions), this rule reports them.
export const docxRevisions: Declared<DocumentRule> = {
  id: 'SOX014',
  name: 'docx-revisions',
  severity: 'warning',
  notFixedReason: "accept or reject the document's own tracked changes and comments in Word first",
  description: 'Unaccepted tracked changes or comments in a .docx.',
  scope: 'document',
  check(document, context) {
    for (const r of document.ext.revisions ?? []) {
      context.report({ message: describe(r), paragraph: null, range: r.range });
    }
  },
};
