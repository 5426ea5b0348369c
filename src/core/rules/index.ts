// Every rule, by id. Certification rules run in the order they claim differences: specific ones
// first, altered-wording last. Each rule's docs page is built here from its id and name (as
// markdownlint's rules list does), not typed in the rule.
import { registered, type CertificationRule, type DocumentRule, type FilingRule, type Rule, type Section906Rule } from './rule.js';
import { noCertification } from './sox001-no-certification.js';
import { missingParagraph } from './sox002-missing-paragraph.js';
import { missingIcfrClause } from './sox003-missing-icfr-clause.js';
import { alteredWording } from './sox004-altered-wording.js';
import { reportWording } from './sox005-report-wording.js';
import { registrantWording } from './sox006-registrant-wording.js';
import { titleInOpening } from './sox007-title-in-opening.js';
import { outdatedForm } from './sox008-outdated-form.js';
import { signatureBlock } from './sox009-signature-block.js';
import { jointCertification } from './sox010-joint-certification.js';
import { unfilledPlaceholder } from './sox011-unfilled-placeholder.js';
import { paragraphOrder } from './sox012-paragraph-order.js';
import { officerPlural } from './sox013-officer-plural.js';
import { docxRevisions } from './sox014-docx-revisions.js';
import { missing906Statement } from './sox015-906-missing-statement.js';
import { signature906 } from './sox016-906-signature.js';
import { filingMissingOfficer } from './sox017-filing-missing-officer.js';
import { filingReportMismatch } from './sox018-filing-report-mismatch.js';
import { filingRegistrantMismatch } from './sox019-filing-registrant-mismatch.js';
import { filingMissing906 } from './sox020-filing-missing-906.js';
import { filingDateMismatch } from './sox021-filing-date-mismatch.js';
import { punctuation } from './sox022-punctuation.js';
import { letterCase } from './sox023-letter-case.js';
import { hiddenText } from './sox024-hidden-text.js';
import { suspiciousCharacter } from './sox025-suspicious-character.js';

export const certificationRules: CertificationRule[] = [
  unfilledPlaceholder,
  jointCertification,
  outdatedForm,
  missingParagraph,
  missingIcfrClause,
  paragraphOrder,
  reportWording,
  registrantWording,
  officerPlural,
  titleInOpening,
  signatureBlock,
  punctuation,
  letterCase,
  hiddenText,
  suspiciousCharacter,
  alteredWording,
].map((rule) => registered<CertificationRule>(rule));

/** Every rule, in id order. */
export const allRules: Rule[] = [
  noCertification,
  missingParagraph,
  missingIcfrClause,
  alteredWording,
  reportWording,
  registrantWording,
  titleInOpening,
  outdatedForm,
  signatureBlock,
  jointCertification,
  unfilledPlaceholder,
  paragraphOrder,
  officerPlural,
  docxRevisions,
  missing906Statement,
  signature906,
  filingMissingOfficer,
  filingReportMismatch,
  filingRegistrantMismatch,
  filingMissing906,
  filingDateMismatch,
  punctuation,
  letterCase,
  hiddenText,
  suspiciousCharacter,
].map((rule) => registered<Rule>(rule));

export const section906Rules = allRules.filter((r): r is Section906Rule => r.scope === '906');
export const documentRules = allRules.filter((r): r is DocumentRule => r.scope === 'document');
export const filingRules = allRules.filter((r): r is FilingRule => r.scope === 'filing');

/** The rules by id ("SOX004"). */
export const rulesById = new Map(allRules.map((r) => [r.id, r]));
/** The rules by name ("altered-wording"). */
export const rulesByName = new Map(allRules.map((r) => [r.name, r]));
