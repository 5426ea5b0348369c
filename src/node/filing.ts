// `soxlint --filing DIR`: a folder holding one filing as prepared for EDGAR (a main document such as
// acme-10k.htm and exhibit files such as ex31-1.htm, ex32.htm) linted as one filing: each
// certification exhibit on its own, then the filing-level rules (SOX017-SOX021) across them.
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../core/extract/errors.js';
import { SUPPORTED_EXTENSIONS, extensionOf, extract } from '../core/extract/index.js';
import {
  filingCertifications, filingProfile, formInName, isCertificationType, lintFiling, parseFormType, requiresCertification,
  type FilingCertification, type FilingDocument, type FormName,
} from '../core/filing/index.js';
import { lintDocument } from '../core/lint.js';
import type { LintOptions, LintResult } from '../core/types.js';
import { DEFAULT_MAX_BYTES, peekFile, readInputFile, errorReason as reason } from './files.js';
import { MainDocumentReader } from '../core/extract/main-document.js';
import { readMainDocument, type MainDocumentInfo } from '../core/filing/index.js';
import { isWholeSubmission } from '../core/extract/sniff.js';
import { lintSubmission } from './submission.js';
import { inside } from './walk.js';

/** Options of lintFilingFolder: LintOptions, the filing date, the size limit, and what to do with an unreadable file. */
export interface FilingOptions extends LintOptions {
  /** The filing date ("2026-02-27", "February 27, 2026"); by default the date under the main document's SIGNATURES. */
  filedDate?: string;
  maxBytes?: number;
  /** Told of a file that cannot be read (its path and the reason); the others are still linted. Without it, such a file throws. */
  onError?: (path: string, reason: string) => void;
}

/** What a file name says an exhibit is: "ex31-1.htm" -> EX-31.1, "acme-20251231xex321.htm" -> EX-32.1. Null for no exhibit. */
export function exhibitType(fileName: string): string | null {
  const base = fileName.toLowerCase().replace(/\.[a-z0-9]+$/, '');
  const m = /(?:^|[^a-z]|[xd])ex(?:hibit)?[-_. ]?(\d{1,3})(?:[-_. ](\d{1,3}))?/.exec(base);
  if (!m) return null;
  let major = m[1];
  let minor = m[2] ?? '';
  if (!m[2] && major.length === 3) { minor = major.slice(2); major = major.slice(0, 2); }
  major = String(Number(major));
  if (major === '99' && /cert/.test(base)) return /906/.test(base) ? 'EX-99.906CERT' : /302/.test(base) ? 'EX-99.302CERT' : 'EX-99.CERT';
  return `EX-${major}${minor ? `.${Number(minor)}` : ''}`;
}

/** The main document: a name with the form in it ("acme-10k.htm"), else the largest HTML file, else the largest file. */
export function chooseMainDocument(files: { name: string; size: number }[]): string | null {
  const candidates = files.filter((f) => !exhibitType(f.name));
  if (!candidates.length) return null;
  const bySize = (a: { size: number }, b: { size: number }) => b.size - a.size;
  const named = candidates.filter((f) => formInName(f.name)).sort(bySize);
  if (named.length) return named[0].name;
  const html = candidates.filter((f) => ['.htm', '.html'].includes(extensionOf(f.name))).sort(bySize);
  if (html.length) return html[0].name;
  return [...candidates].sort(bySize)[0].name;
}

async function readMain(path: string, maxBytes: number): Promise<MainDocumentInfo> {
  const reader = new MainDocumentReader({ signatures: true, financialStatements: true });
  if (extensionOf(path) === '.docx') {
    const extracted = await extract(await readInputFile(path, maxBytes), path);
    reader.write(Buffer.from(extracted.text, 'utf8'));
    return readMainDocument(reader.done());
  }
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) reader.write(chunk as Buffer);
  } catch (err) {
    throw new InputError(reason(err));
  }
  return readMainDocument(reader.done());
}

/**
 * Lints a folder as one filing. Returns one result for the main document (findings about the whole
 * filing, at its line 1) followed by one for each certification exhibit; a complete submission
 * file in the folder is a filing of its own and gets its own result.
 */
export async function lintFilingFolder(dir: string, options: FilingOptions = {}): Promise<LintResult[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { files, submissions } = await listFolder(dir, (path, why) => {
    if (!options.onError) throw new InputError(why);
    options.onError(path, why);
  });
  const results: LintResult[] = [];
  const mainName = chooseMainDocument(files);
  const mainPath = mainName ? join(dir, mainName) : null;
  const main = mainPath ? await readMainOrReport(mainPath, maxBytes, options) : null;
  const form: FormName | null = main?.form ?? (mainName ? formInName(mainName) : null);
  const formText = form ? (form.amended && !/\/A$/.test(form.text) ? `${form.base}/A` : form.text.toUpperCase()) : null;
  if (mainPath) results.push({ filePath: mainPath, certifications: [], messages: [], errorCount: 0, warningCount: 0 });

  const exhibits = files.filter((f) => f.name !== mainName);
  const { certifications, documents } = await lintExhibits(exhibits, results, {
    options, maxBytes, form, base: parseFormType(formText)?.base ?? null, hasFinancialStatements: !!main?.hasFinancialStatements,
  });
  lintFiling(results, {
    form: formText,
    period: main?.period ?? null,
    filer: main?.registrant ? [main.registrant] : [],
    filedDate: options.filedDate ?? main?.signed ?? null,
    filedDateSource: options.filedDate ? 'option' : 'signatures',
    certifications,
    documents,
    hasFinancialStatements: !form?.amended || !!main?.hasFinancialStatements,
    main: { filePath: mainPath ?? dir, line: 1 },
  }, options);

  for (const s of submissions) results.push(await lintSubmission(s, options));
  return results;
}

interface FolderFile { name: string; path: string; size: number }

/**
 * The folder's files soxlint reads, by name, with the complete submission files apart. A link out of
 * the folder is not followed (as in a folder walk, walk.ts): `leftOut` is told of it.
 */
async function listFolder(dir: string, leftOut: (path: string, why: string) => void): Promise<{ files: FolderFile[]; submissions: string[] }> {
  let entries;
  let root: string;
  try {
    if (!(await stat(dir)).isDirectory()) throw new InputError('not a directory');
    root = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(reason(err));
  }
  const files: FolderFile[] = [];
  const submissions: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!e.isFile() && !e.isSymbolicLink()) continue;
    if (!SUPPORTED_EXTENSIONS.includes(extensionOf(e.name)) || e.name.startsWith('~$')) continue;
    const path = join(dir, e.name);
    const target = e.isSymbolicLink() ? await realpath(path).catch(() => null) : null;
    if (target !== null && !inside(target, root)) {
      leftOut(path, `symbolic link to ${target}, outside the filing's folder: not followed (name it to lint it)`);
      continue;
    }
    let size: number;
    try {
      const s = await stat(path);
      if (!s.isFile()) continue;
      size = s.size;
    } catch {
      continue;
    }
    if (extensionOf(e.name) !== '.docx' && isWholeSubmission(await peekFile(path, 2048))) { submissions.push(path); continue; }
    files.push({ name: e.name, path, size });
  }
  return { files, submissions };
}

/**
 * The main document's facts; null when it cannot be read and `onError` takes the reason (it is told
 * by its own name, and the filing rules go without its cover page: form and period from its name).
 */
async function readMainOrReport(path: string, maxBytes: number, options: FilingOptions): Promise<MainDocumentInfo | null> {
  try {
    return await readMain(path, maxBytes);
  } catch (err) {
    if (!(err instanceof InputError) || !options.onError) throw err;
    options.onError(path, err.message);
    return null;
  }
}

/** What every exhibit of the filing is linted with. */
interface ExhibitContext {
  options: FilingOptions;
  maxBytes: number;
  form: FormName | null;
  /** The filing's base form ("10-K"), which decides whether an exhibit type needs a certification. */
  base: string | null;
  hasFinancialStatements: boolean;
}

/**
 * Lints each certification exhibit (pushing its result onto `results`) and lists every exhibit,
 * for the filing rules.
 */
async function lintExhibits(
  files: FolderFile[], results: LintResult[], context: ExhibitContext,
): Promise<{ certifications: FilingCertification[]; documents: FilingDocument[] }> {
  const { options, maxBytes } = context;
  const certifications: FilingCertification[] = [];
  const documents: FilingDocument[] = [];
  for (const f of files) {
    const guessed = exhibitType(f.name);
    if (!guessed) continue;
    const document: FilingDocument = { filePath: f.path, type: guessed };
    documents.push(document);
    if (!isCertificationType(guessed)) continue;
    let extracted;
    try {
      extracted = await extract(await readInputFile(f.path, maxBytes), f.path);
    } catch (err) {
      if (!(err instanceof InputError) || !options.onError) throw err;
      options.onError(f.path, err.message);
      continue;
    }
    const type = extracted.documentType ?? guessed;
    extracted.documentType = type;
    document.type = type;
    const linted = lintDocument(extracted, f.path, {
      ...options,
      profile: filingProfile(options.profile, context.form, context.hasFinancialStatements),
      requireCertification: requiresCertification(type, context.base),
    });
    results.push(linted.result);
    certifications.push(...filingCertifications(linted, { filePath: f.path, documentType: type, description: basename(f.path) }));
  }
  return { certifications, documents };
}
