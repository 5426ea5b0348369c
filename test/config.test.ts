// .soxlintrc.json: found from the current folder up to the repository root, validated (a malformed
// one is one line and exit 2), globs choosing the staged certifications, rules, profile, maxWarnings.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, DEFAULT_FILES, certificationMatcher, findConfig, validate } from '../src/node/config.js';
import { allRules } from '../src/core/rules/index.js';
import { certText, cleanup, makeRepo, root, runMain, type Repo } from './support/git.js';

afterAll(cleanup);

const BAD = certText({ drop: ['4(b)'] });
const WARN = certText({ openingTitle: true });

const soxlint = runMain;

function write(dir: string, path: string, data: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), data);
}

function repoWith(files: Record<string, string>): Repo {
  const repo = makeRepo('soxlint-config-');
  for (const [p, t] of Object.entries(files)) write(repo.dir, p, t);
  return repo;
}

describe('finding the config', () => {
  it('looks from the current folder up to the repository root, not beyond', async () => {
    const repo = repoWith({ 'a/b/ex31.txt': BAD });
    write(join(repo.dir, '..'), CONFIG_FILE, 'not json at all'); // above the repository: never read
    expect(await findConfig(join(repo.dir, 'a/b'))).toBeNull();
    write(repo.dir, CONFIG_FILE, '{"rules": {"SOX002": "off"}}');
    expect(await findConfig(join(repo.dir, 'a/b'))).toBe(join(repo.dir, CONFIG_FILE));
    write(repo.dir, `a/${CONFIG_FILE}`, '{}');
    expect(await findConfig(join(repo.dir, 'a/b'))).toBe(join(repo.dir, 'a', CONFIG_FILE));
  });

  it('is read by the plain CLI: rules, profile, maxWarnings; flags override it', async () => {
    const repo = repoWith({ 'bad.txt': BAD, 'warn.txt': WARN });
    const env = repo.env;
    expect((await soxlint(['bad.txt'], repo.dir, env)).code).toBe(1);
    write(repo.dir, CONFIG_FILE, JSON.stringify({ rules: { SOX002: 'off' } }));
    const off = await soxlint(['bad.txt'], repo.dir, env);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain('missing-paragraph');
    write(repo.dir, CONFIG_FILE, JSON.stringify({ rules: { 'missing-paragraph': 'warn' } })); // by name too
    const warned = await soxlint(['bad.txt'], repo.dir, env);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/warning +Paragraph 4\(b\) is missing/);

    write(repo.dir, CONFIG_FILE, JSON.stringify({ maxWarnings: 0 }));
    expect((await soxlint(['warn.txt'], repo.dir, env)).code).toBe(1);
    expect((await soxlint(['warn.txt', '--max-warnings', '-1'], repo.dir, env)).code).toBe(0);

    write(repo.dir, CONFIG_FILE, JSON.stringify({ profile: 'transition' }));
    const transition = await soxlint(['bad.txt', '--format', 'json'], repo.dir, env);
    expect(JSON.parse(transition.stdout)[0].certifications[0].profile).toBe('transition');
    const flag = await soxlint(['bad.txt', '--format', 'json', '--profile', 'standard'], repo.dir, env);
    expect(JSON.parse(flag.stdout)[0].certifications[0].profile).toBe('standard');
  });
});

describe('files: which staged files are certifications', () => {
  it('defaults to the usual exhibit names, any case, four extensions', () => {
    const m = certificationMatcher({});
    for (const yes of ['ex31.htm', 'q3/ACME-EX31-1.HTML', 'dex311.htm', 'Exhibit 32.1.docx', 'exhibit_31.txt', 'a/ex-32.2.txt']) expect([yes, m(yes)]).toEqual([yes, true]);
    for (const no of ['10k.htm', 'ex31.pdf', 'ex31/notes.md', 'ex99.htm']) expect([no, m(no)]).toEqual([no, false]);
    expect(DEFAULT_FILES).toContain('**/*ex31*.{htm,html,txt,docx}');
  });

  it('selects the staged files by the configured globs', async () => {
    const repo = repoWith({
      'certs/q3-ceo.txt': BAD,
      'ex31.txt': BAD,
      [CONFIG_FILE]: JSON.stringify({ files: ['certs/**/*.txt'] }),
    });
    repo.git(['add', '-A']);
    const r = await soxlint(['--staged', '--format', 'json'], repo.dir, repo.env);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath)).toEqual(['certs/q3-ceo.txt']);

    write(repo.dir, CONFIG_FILE, JSON.stringify({ files: ['certs/**/*.txt'], rules: { SOX002: 'off' } }));
    expect((await soxlint(['--staged'], repo.dir, repo.env)).code).toBe(0);
    write(repo.dir, CONFIG_FILE, JSON.stringify({ files: [] }));
    const none = await soxlint(['--staged', '--format', 'json'], repo.dir, repo.env);
    expect([none.code, JSON.parse(none.stdout)]).toEqual([0, []]);
  });
});

describe('a malformed config', () => {
  const cases: [string, string, RegExp][] = [
    ['invalid JSON', '{"rules": {', /invalid JSON/],
    ['not an object', '[]', /must hold a JSON object/],
    ['an unknown key', '{"rule": {}}', /unknown key "rule"/],
    ['files not an array', '{"files": "*.htm"}', /"files" must be an array/],
    ['an empty glob', '{"files": [""]}', /"files"\[0\]/],
    ['an unknown rule', '{"rules": {"SOX999": "off"}}', /unknown rule "SOX999"/],
    ['a bad setting', '{"rules": {"SOX002": 0}}', /"rules"."SOX002" must be "off", "warn" or "error"/],
    ['a bad profile', '{"profile": "lenient"}', /"profile" must be one of/],
    ['a bad maxWarnings', '{"maxWarnings": 1.5}', /"maxWarnings" must be an integer/],
  ];
  for (const [what, text, why] of cases) {
    it(`${what}: one line naming the file, exit 2`, async () => {
      const repo = repoWith({ 'bad.txt': BAD, [CONFIG_FILE]: text });
      const file = join(repo.dir, CONFIG_FILE);
      for (const argv of [['bad.txt'], ['--staged']]) {
        const r = await soxlint(argv, repo.dir, repo.env);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        const lines = r.stderr.split('\n');
        expect(lines).toHaveLength(2); // one line and its newline
        expect(lines[0].startsWith(`soxlint: ${file}: `)).toBe(true);
        expect(lines[0]).toMatch(why);
      }
    });
  }
});

describe('schema/soxlintrc.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schema/soxlintrc.schema.json'), 'utf8'));

  it('documents the keys the validator accepts', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'files', 'maxWarnings', 'profile', 'rules']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.profile.enum).toEqual(['standard', 'transition', 'amendment']);
    expect(schema.properties.files.default).toEqual(DEFAULT_FILES);
    const ruleKey = new RegExp(schema.properties.rules.propertyNames.pattern);
    for (const key of allRules.flatMap((r) => [r.id, r.name])) expect([key, ruleKey.test(key)]).toEqual([key, true]);
    expect(schema.properties.rules.additionalProperties.enum).toEqual(['off', 'warn', 'error']);
    for (const example of schema.examples) expect(() => validate(example, 'example')).not.toThrow();
  });
});
