// Why a finding is left for a person: what soxlint cannot know or must not invent.

const REASONS: Record<string, string> = {
  SOX001: 'no certification to correct: write the certification from the form',
  SOX005: 'paragraph 1 must name the report being filed; only the filer knows which',
  SOX009: 'the signature block needs the officer\'s own signature, name, title and date',
  SOX010: 'a joint certification must become separate certifications, one signed by each officer',
  SOX011: 'a placeholder needs the filer\'s own words',
  SOX012: 'move the paragraph into its place by hand (its wording is corrected where it stands)',
  SOX014: 'accept or reject the document\'s own tracked changes and comments in Word first',
  SOX015: 'Section 906 statements are not rewritten: use the 18 U.S.C. 1350 statement',
  SOX016: 'the Section 906 statement needs the officer\'s own signature and date',
  SOX017: 'each officer signs a certification of their own',
  SOX018: 'the report named must be the filing\'s own: only the filer knows which',
  SOX019: 'the registrant named must be the filing\'s own: only the filer knows which',
  SOX020: 'the Section 906 exhibit must be written and signed by the officers',
  SOX021: 'dates are the filer\'s to set',
  SOX024: 'hidden text must be removed or shown in Word by the filer',
  SOX025: 'retype the word: the character is invisible or a lookalike from another alphabet',
};

export function notFixableReason(ruleId: string): string {
  return REASONS[ruleId] ?? 'not a correction soxlint writes';
}

export function unverifiedReason(form: string): string {
  return `the ${form} template is not verified against an official text: compare it with the form by hand`;
}
