import { PERIODIC, parseFormType } from '../filing/forms.js';
import { officerRoles } from '../filing/roles.js';
import type { FilingCertification } from '../filing/types.js';
import { is906Document, mainPlace, where } from './shared/filing.js';
import type { FilingRule, Declared } from './rule.js';

export const filingMissingOfficer: Declared<FilingRule> = {
  id: 'SOX017',
  name: 'filing-missing-officer',
  severity: 'error',
  notFixedReason: 'each officer signs a certification of their own',
  description: 'A filing lacks a separate Section 302 certification by its principal executive officer or its principal financial officer.',
  scope: 'filing',
  check(input, context) {
    const form = parseFormType(input.form);
    if (!form || !PERIODIC.has(form.base)) return;
    const certs302 = input.certifications.filter((c) => c.kind === '302' && !is906Document(c.documentType, form.base));
    // Asset-backed issuers' certifications (Item 601(b)(31)(ii)) are signed by the servicer or depositor.
    if (certs302.length > 0 && certs302.every((c) => c.form === '601b31ii')) return;
    let peo = false;
    let pfo = false;
    const unknown: FilingCertification[] = [];
    for (const c of certs302) {
      const r = officerRoles({ title: c.title, signature: c.signature, heading: c.heading, description: c.description });
      if (!r || (!r.peo && !r.pfo && !c.title)) unknown.push(c);
      if (!r) continue;
      peo ||= r.peo;
      pfo ||= r.pfo;
    }
    const missing = [!peo && 'principal executive officer', !pfo && 'principal financial officer'].filter(Boolean) as string[];
    if (!missing.length) return;
    const found = certs302.length;
    const untitled = unknown.length
      ? `; ${unknown.map(where).join(', ')} ${unknown.length === 1 ? 'states' : 'state'} no title, so the office could not be told`
      : '';
    context.report({
      // When a certification gives no title, the office may be there: a warning, not an error.
      severity: unknown.length >= missing.length ? 1 : undefined,
      message: found === 0
        ? `This Form ${form.text} has no Section 302 certification (Exhibit 31): one is required from the principal executive officer and one from the principal financial officer`
        : `No Section 302 certification in this Form ${form.text} is by the ${missing.join(' or the ')}: each signs a separate certification (or one that says the same person holds both offices)${untitled}`,
      paragraph: null,
      ...mainPlace(input),
      expected: missing.join(', '),
      actual: found ? certs302.map((c) => `${c.title ?? '(no title)'} in ${where(c)}`).join('; ') : null,
    });
  },
};
