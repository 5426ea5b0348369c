import { paragraphAt, textSpan } from '../locate.js';
import { clip } from './shared/certification.js';
import type { CertificationRule, Declared } from './rule.js';

// What is certified is what a reader sees: the readers leave hidden and struck text out of what is
// compared, and this rule says where they found it inside a certification.
export const hiddenText: Declared<CertificationRule> = {
  id: 'SOX024',
  name: 'hidden-text',
  severity: 'warning',
  notFixedReason: 'hidden text must be removed or shown in Word by the filer',
  description: 'Text inside a certification that a reader does not see (hidden) or sees struck through.',
  scope: 'certification',
  check(cert, context) {
    const hidden = cert.doc.ext.hidden;
    if (!hidden?.length) return;
    const span = textSpan(cert);
    for (const h of hidden) {
      if (h.at < span.from || h.at > span.to) continue;
      const paragraph = paragraphAt(cert, h.at);
      const where = paragraph ? `Paragraph ${paragraph}: ` : '';
      const message = h.kind === 'hidden'
        ? `${where}"${clip(h.text)}" is hidden by ${h.how}; a reader does not see it, so it is not part of what is certified`
        : `${where}"${clip(h.text)}" is struck through (${h.how}); struck text is not part of what is certified`;
      context.report({ message, paragraph, range: { from: h.from, to: h.to }, expected: null, actual: h.text });
    }
  },
};
