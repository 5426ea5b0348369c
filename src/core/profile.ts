// The profiles a certification is checked under, listed once for the core, the CLI and the config.
//   standard:   the form as set forth in Item 601(b)(31).
//   transition: Rule 13a-14(a)'s transition period, which lets paragraph 4's ICFR wording and 4(b) wait.
//   amendment:  an amended report without financial statements, which may leave out paragraphs 3 to 5.
/** Every profile, the default first. */
export const PROFILES = ['standard', 'transition', 'amendment'] as const;
/** One of PROFILES. */
export type Profile = (typeof PROFILES)[number];
/** The profile used when none is asked for. */
export const DEFAULT_PROFILE: Profile = 'standard';

/** Whether a value names a profile. */
export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}
