// Which office a certifying officer holds, from the title the certification gives, and the
// registrant's name folded so that "Acme Corp." and "ACME CORP /DE/" compare equal. Browser-safe.
import { TITLE_WORDS } from '../signature.js';

export interface Roles {
  /** Principal executive officer. */
  peo: boolean;
  /** Principal financial officer. */
  pfo: boolean;
}

const BOTH = [
  // "Principal Executive Officer and Principal Financial Officer", "Principal Executive and Financial Officer"
  /\bprincipal\s+executive\s+(?:officer\s*)?(?:and|&|\/)\s*(?:principal\s+)?financial\s+officer\b/,
  /\bprincipal\s+financial\s+(?:officer\s*)?(?:and|&|\/)\s*(?:principal\s+)?executive\s+officer\b/,
  /\bchief\s+executive\s+(?:officer\s*)?(?:and|&|\/)\s*(?:chief\s+)?financial\s+officer\b/,
  /\bchief\s+financial\s+(?:officer\s*)?(?:and|&|\/)\s*(?:chief\s+)?executive\s+officer\b/,
  /\bceo\s*(?:and|&|\/)\s*cfo\b/,
  /\bcfo\s*(?:and|&|\/)\s*ceo\b/,
];
const PEO = /\b(?:chief\s+executive\s+officer|principal\s+executive\s+officer|ceo|chief\s+executive)\b/;
const PFO = /\b(?:chief\s+financial\s+officer|principal\s+financial\s+(?:and\s+accounting\s+)?officer|cfo|treasurer|chief\s+financial)\b/;
/** "President" alone (not "Vice President") heads a company that has no "chief executive officer" title. */
const PRESIDENT = /(?<!vice[\s-]+)(?<!vice-)\bpresident\b/;

function fold(text: string): string {
  return text.toLowerCase().replace(/[\u00a0\s]+/g, ' ').replace(/[()]/g, ' ').replace(/,/g, ' ').replace(/\./g, '').replace(/ +/g, ' ');
}

/** The offices a title or signature block names, or null when it names neither. */
export function rolesIn(text: string | null | undefined): Roles | null {
  if (!text) return null;
  const t = fold(text);
  if (BOTH.some((re) => re.test(t))) return { peo: true, pfo: true };
  // "Assistant Treasurer", "Vice President, Finance" are not the principal financial officer.
  const pfo = PFO.test(t.replace(/\b(?:assistant|deputy|vice)\s+treasurer\b/g, ' '));
  let peo = PEO.test(t);
  if (!peo && !pfo && PRESIDENT.test(t) && !/\bvice[\s-]+president\b/.test(t)) peo = true;
  if (!peo && !pfo) return null;
  return { peo, pfo };
}

/**
 * The offices of one certification's signer: its title and signature block first; only when those
 * name no office, the heading above it ("CERTIFICATION OF CHIEF FINANCIAL OFFICER") or the
 * exhibit's description.
 */
export function officerRoles(sources: { title?: string | null; signature?: string | null; heading?: string | null; description?: string | null }): Roles | null {
  const own = [sources.title, sources.signature].filter(Boolean).join('\n');
  const a = rolesIn(own);
  if (a) return a;
  const b = rolesIn([sources.heading, sources.description].filter(Boolean).join('\n'));
  if (b) return b;
  // A title that names another office ("Chief Accounting Officer"): neither; no title at all: unknown.
  return sources.title || TITLE_WORDS.test(sources.signature ?? '') ? { peo: false, pfo: false } : null;
}

const SUFFIX = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'nv', 'sa', 'ag', 'se',
  'llc', 'lp', 'llp', 'bv', 'gmbh', 'spa', 'ab', 'asa', 'oyj', 'pte', 'pty', 'the',
]);
/** Words that stand for the registrant without naming it. */
const GENERIC = /^(?:the\s+)?(?:registrant|company|issuer|corporation|trust|fund|partnership|bank|small business issuer)$/i;

/** A registrant's name folded for comparison: case, punctuation, legal suffixes, "the", a defined term. */
export function foldName(name: string): string {
  let s = name.replace(/[\u2018\u2019\u201c\u201d]/g, (c) => (c === '\u2018' || c === '\u2019' ? "'" : '"'));
  s = s.replace(/\s+/g, ' ').trim().replace(/[;,:.]+$/, '');
  // A trailing defined term: (the "Company"), ("Acme"), (hereinafter, the "Registrant").
  for (;;) {
    const m = /\s*\((?:[^()]*["']|\s*(?:the|hereinafter|herein|collectively)\b)[^()]*\)\s*[;,.]?$/i.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index);
  }
  s = s.replace(/\s\/[A-Za-z]{2,4}\/?\s*$/g, ''); // EDGAR's state tag: "ACME CORP /DE/"
  s = s.toLowerCase().replace(/&/g, ' and ').replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1').replace(/\./g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  const words = s.split(' ').filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && SUFFIX.has(words[words.length - 1])) words.pop();
  // "N.V." and "S.A." folded above; "n v" when written with spaces.
  while (words.length > 2 && /^[a-z]$/.test(words[words.length - 1]) && /^[a-z]$/.test(words[words.length - 2])) words.splice(-2, 2);
  return words.join(' ');
}

/** Whether paragraph 1's registrant names the filer (false only when both are known and differ). */
export function sameRegistrant(registrant: string, filer: string): boolean {
  if (GENERIC.test(registrant.trim().replace(/[;,.]+$/, ''))) return true;
  const a = foldName(registrant);
  const b = foldName(filer);
  if (!a || !b) return true;
  return a === b || a.replace(/ /g, '') === b.replace(/ /g, '');
}

/** Whether a registrant slot names no company, only a stand-in ("the registrant"). */
export function isGenericRegistrant(registrant: string): boolean {
  return GENERIC.test(registrant.trim().replace(/[;,.]+$/, ''));
}
