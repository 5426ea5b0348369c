// The filing-level record of a document's certifications: each CertificationInfo with the file it
// came from, its document type, the heading above it and its signature block, and a way to find
// where its paragraph 1 names the report, period and registrant and where it is dated. All of it
// comes from the positions the linter carried through reading and comparing; nothing is searched
// for again in the file. Positions are the file's (a submission's lines, when the document is one of
// its documents). Browser-safe.
import type { SourceWord } from '../document.js';
import type { LintedDocument } from '../lint.js';
import type { FilingCertification } from './types.js';

/** Words compared loosely: case, quote and dash styles, punctuation at either end. */
function fold(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010-\u2015]/g, '-').replace(/^[("'[]+|[)"'\].,;:]+$/g, '');
}

/** The first run of `words` that spells `needle` word for word (loosely). */
function locate(words: SourceWord[], needle: string): SourceWord[] | null {
  const want = needle.trim().split(/\s+/).map(fold).filter(Boolean);
  if (want.length === 0) return null;
  const have = words.map((w) => fold(w.text));
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((w, k) => have[i + k] === w)) return words.slice(i, i + want.length);
  }
  return null;
}

/** Where a document of the filing comes from. */
export interface FilingSource {
  /** The file read (the exhibit, or the complete submission file). */
  filePath: string;
  /** EDGAR <TYPE> of the document ("EX-31.2"), or the type its file name suggests. */
  documentType?: string;
  /** The document's <DESCRIPTION>, or the exhibit's file name. */
  description?: string;
}

/** The filing-level record of each certification a linted document holds, in its result's order. */
export function filingCertifications(linted: LintedDocument, source: FilingSource): FilingCertification[] {
  return linted.result.certifications.map((info, i) => {
    const spans = linted.spans[i];
    const record: FilingCertification = {
      ...info,
      filePath: source.filePath,
      heading: spans.heading,
      signature: spans.signature,
      find(needle, where) {
        const words = where === 'report' ? [...spans.report, ...spans.registrant] : spans.date;
        const found = locate(words, needle);
        if (!found) return null;
        return { start: linted.position(found[0].from), end: linted.position(found[found.length - 1].to) };
      },
    };
    if (source.documentType !== undefined) record.documentType = source.documentType;
    if (source.description !== undefined) record.description = source.description;
    return record;
  });
}
