// .soxlintrc.json: which files are certifications (globs), rule severities, profile, warning limit.
// Found from a folder upward, stopping at the top of the git repository (or the filesystem root).
// The shape is documented in schema/soxlintrc.schema.json; validate() below enforces the same.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type picomatchType from 'picomatch';
import { rulesById, rulesByName } from '../core/rules/index.js';
import { errorReason as reason } from './files.js';
import { PROFILES, isProfile } from '../core/profile.js';
import type { Profile } from '../core/types.js';
import { exists } from './files.js';

export const CONFIG_FILE = '.soxlintrc.json';
/** Largest config file read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

// picomatch is loaded when globs are used, not on every start of the command line.
let picomatchModule: typeof picomatchType | null = null;
function picomatch(): typeof picomatchType {
  return (picomatchModule ??= createRequire(import.meta.url)('picomatch') as typeof picomatchType);
}

export type RuleSetting = 'off' | 'warn' | 'error';

export interface SoxlintConfig {
  /** Globs, relative to the repository root, naming the files that are certifications. */
  files?: string[];
  /** Rule id ("SOX002") or name ("missing-paragraph") -> setting; keys are stored as ids. */
  rules?: Record<string, RuleSetting>;
  profile?: Profile;
  maxWarnings?: number;
}

export interface LoadedConfig {
  /** The file read, or null when none was found (defaults apply). */
  path: string | null;
  config: SoxlintConfig;
}

/** A config file that cannot be used: the message is one line and names the file. */
export class ConfigError extends Error {
  constructor(readonly file: string, why: string) {
    super(`${file}: ${why}`);
    this.name = 'ConfigError';
  }
}

const EXTENSIONS = ['htm', 'html', 'txt', 'docx'];
const SETTINGS: RuleSetting[] = ['off', 'warn', 'error'];
const KEYS = new Set(['$schema', 'files', 'rules', 'profile', 'maxWarnings']);

/**
 * The usual exhibit names, matched case-insensitively anywhere in the tree: ex31, ex-31, ex_31,
 * ex 31, exhibit31, exhibit-31, exhibit_31, exhibit 31 (and the same for 32), as .htm, .html, .txt
 * or .docx. "d123dex311.htm" (EDGAR's naming) is matched by *ex31*. The schema's default; without
 * `files`, --staged selects more widely, by name and by content (staged-select.ts).
 */
export const DEFAULT_FILES: string[] = (() => {
  const globs: string[] = [];
  for (const n of ['31', '32']) {
    for (const word of ['ex', 'exhibit']) {
      for (const sep of ['', '-', '_', ' ']) globs.push(`**/*${word}${sep}${n}*.{${EXTENSIONS.join(',')}}`);
    }
  }
  return globs;
})();

/** Tests a repository-relative path ("/" separators) against the configured or default globs. */
export function certificationMatcher(config: SoxlintConfig): (path: string) => boolean {
  const globs = config.files ?? DEFAULT_FILES;
  if (globs.length === 0) return () => false;
  return picomatch()(globs, { nocase: true, dot: true });
}

// Direct system calls (files.ts says why); a config file is a few hundred bytes.
async function isFile(path: string): Promise<boolean> {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The nearest .soxlintrc.json from `start` upward; stops after a folder holding .git. */
export async function findConfig(start: string): Promise<string | null> {
  let dir = start;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (await isFile(candidate)) return candidate;
    if (await exists(join(dir, '.git'))) return null; // the repository root
    const up = dirname(dir);
    if (up === dir) return null; // the filesystem root
    dir = up;
  }
}

/** Reads and validates a config file; a ConfigError (one line, naming the file) when it is unusable. */
export async function readConfig(path: string): Promise<SoxlintConfig> {
  let text: string;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new ConfigError(path, 'not a regular file');
    // A config is a few hundred bytes; a huge one is refused before it is read.
    if (info.size > MAX_CONFIG_BYTES) throw new ConfigError(path, `too large (${(info.size / 1048576).toFixed(1)} MB; a config file may be at most ${MAX_CONFIG_BYTES / 1024} KB)`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(path, `cannot read: ${reason(err)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(path, `invalid JSON: ${oneLine((err as Error).message)}`);
  }
  return validate(data, path);
}

/** Finds and reads the config for `start` (upward search); defaults when there is none. */
export async function loadConfig(start: string): Promise<LoadedConfig> {
  const path = await findConfig(start);
  return { path, config: path ? await readConfig(path) : {} };
}

/** The config at exactly `dir`/.soxlintrc.json, if there is one (the staged check reads the repository root's). */
export async function loadConfigAt(dir: string): Promise<LoadedConfig> {
  const path = join(dir, CONFIG_FILE);
  return (await isFile(path)) ? { path, config: await readConfig(path) } : { path: null, config: {} };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

export function validate(data: unknown, file: string): SoxlintConfig {
  const fail = (why: string): never => {
    throw new ConfigError(file, why);
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) fail(`must hold a JSON object, not ${kind(data)}`);
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KEYS.has(key)) fail(`unknown key "${key}" (allowed: ${[...KEYS].filter((k) => k !== '$schema').join(', ')})`);
  }
  const config: SoxlintConfig = {};
  if (obj.$schema !== undefined && typeof obj.$schema !== 'string') fail(`"$schema" must be a string, not ${kind(obj.$schema)}`);
  if (obj.files !== undefined) {
    const files = obj.files;
    if (!Array.isArray(files)) fail(`"files" must be an array of glob strings, not ${kind(files)}`);
    (files as unknown[]).forEach((g, i) => {
      if (typeof g !== 'string' || g.trim() === '') fail(`"files"[${i}] must be a non-empty glob string, not ${kind(g)}`);
      try {
        picomatch().makeRe(g as string);
      } catch (err) {
        fail(`"files"[${i}] is not a valid glob: ${oneLine((err as Error).message)}`);
      }
    });
    config.files = files as string[];
  }
  if (obj.rules !== undefined) {
    const rules = obj.rules;
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) fail(`"rules" must be an object of rule id to "off", "warn" or "error", not ${kind(rules)}`);
    const out: Record<string, RuleSetting> = {};
    for (const [key, value] of Object.entries(rules as Record<string, unknown>)) {
      const rule = rulesById.get(key) ?? rulesById.get(key.toUpperCase()) ?? rulesByName.get(key);
      if (!rule) fail(`"rules": unknown rule "${key}"`);
      if (typeof value !== 'string' || !SETTINGS.includes(value as RuleSetting)) {
        fail(`"rules"."${key}" must be "off", "warn" or "error", not ${kind(value)}`);
      }
      out[rule!.id] = value as RuleSetting;
    }
    config.rules = out;
  }
  if (obj.profile !== undefined) {
    const profile = obj.profile;
    if (!isProfile(profile)) fail(`"profile" must be one of ${PROFILES.map((p) => `"${p}"`).join(', ')}, not ${kind(profile)}`);
    else config.profile = profile;
  }
  if (obj.maxWarnings !== undefined) {
    const n = obj.maxWarnings;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < -1) fail(`"maxWarnings" must be an integer, -1 (no limit) or more, not ${kind(n)}`);
    config.maxWarnings = n as number;
  }
  return config;
}
