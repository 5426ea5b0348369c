// Calendar dates as filers and EDGAR write them: the one grammar the signature reader (is the
// certification dated?) and the filing rules (is it dated near the filing?) both read. Browser-safe.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

/** A day as a number (days since 1970-01-01), so dates subtract. */
export type Day = number;

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
}

function day(y: number, m: number, d: number): Day | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (m < 0 || m > 11 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const t = Date.UTC(y, m, d);
  const back = new Date(t);
  if (back.getUTCDate() !== d) return null; // February 30
  return Math.round(t / 86400000);
}

/** Every way of writing a date this module reads, as a pattern (no flags). */
export const DATE_SOURCE = [
  `(?:${MONTH_NAME})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  `\\d{1,2}(?:st|nd|rd|th)?\\s+day\\s+of\\s+(?:${MONTH_NAME}),?\\s+(?:in\\s+the\\s+year\\s+)?\\d{4}`,
  `\\d{1,2}\\s+(?:${MONTH_NAME})\\.?,?\\s+\\d{4}`,
  `\\d{1,2}/\\d{1,2}/\\d{2,4}`,
  `\\d{4}-\\d{2}-\\d{2}`,
  `\\d{2}-\\d{2}-\\d{4}`,
].join('|');

/** The first date written in a text (no "g" flag: `exec` finds the first). */
export const DATE = new RegExp(`\\b(?:${DATE_SOURCE})\\b`, 'i');

const LONG = new RegExp(`^(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_OF = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+(${MONTH_NAME}),?\\s+(?:in\\s+the\\s+year\\s+)?(\\d{4})$`, 'i');
const EURO = new RegExp(`^(\\d{1,2})\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})$`, 'i');

/**
 * "February 27, 2026", "Feb. 27th, 2026", "27th day of February, 2026", "27 February 2026",
 * "2/27/2026", "2/27/26", "2026-02-27", EDGAR's "20260227" and "02-27-2026". Null when unreadable.
 */
export function parseDate(text: string | null | undefined): Day | null {
  if (!text) return null;
  const s = text.replace(/[\s\u00a0]+/g, ' ').trim().replace(/[.,;:]$/, '');
  let m: RegExpExecArray | null;
  if ((m = LONG.exec(s))) return day(+m[3], monthIndex(m[1]), +m[2]);
  if ((m = DAY_OF.exec(s))) return day(+m[3], monthIndex(m[2]), +m[1]);
  if ((m = EURO.exec(s))) return day(+m[3], monthIndex(m[2]), +m[1]);
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s))) return day(+m[3], +m[1] - 1, +m[2]);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) return day(+m[1], +m[2] - 1, +m[3]);
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return day(+m[1], +m[2] - 1, +m[3]);
  if ((m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s))) return day(+m[3], +m[1] - 1, +m[2]);
  return null;
}

/** The dates written in a text, in order, with where each starts. */
export function findDates(text: string): { text: string; index: number; day: Day }[] {
  const out: { text: string; index: number; day: Day }[] = [];
  const re = new RegExp(DATE.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = parseDate(m[0]);
    if (d !== null) out.push({ text: m[0], index: m.index, day: d });
  }
  return out;
}

/** "December 31, 2025". */
export function formatDay(d: Day): string {
  const t = new Date(d * 86400000);
  const name = MONTHS[t.getUTCMonth()];
  return `${name[0].toUpperCase()}${name.slice(1)} ${t.getUTCDate()}, ${t.getUTCFullYear()}`;
}
