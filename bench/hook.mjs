// The time soxlint's pre-commit hook adds to a commit of one certification: `git commit` with the
// installed hook against `git commit --no-verify` (no hook), in a temporary repository, alternating,
// median of RUNS each. Target: under 300 ms. Run after `npm run build`: node bench/hook.mjs [runs]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/soxlint.js');
const RUNS = Number(process.argv[2] ?? 10);
const TARGET_MS = 300;

if (!existsSync(join(root, 'dist/node/hook.js'))) {
  console.error('bench/hook.mjs: build first (npm run build)');
  process.exit(2);
}

// A compliant certification in the template's words.
function certification(date) {
  const tpl = readFileSync(join(root, 'templates/601b31i.tpl'), 'utf8');
  const out = ['Exhibit 31.1', '', 'CERTIFICATION', ''];
  for (const section of tpl.split(/^## /m).slice(1)) {
    const [head, ...body] = section.split('\n');
    const id = head.split(' ')[0];
    if (id === 'signature') continue;
    const text = body.filter((l) => l.trim() !== '' && !l.startsWith('#')).join(' ').trim()
      .replace('{{officer}}', 'Jane Doe').replace('{{report}}', 'Annual Report on Form 10-K').replace('{{registrant}}', 'Acme Corp.')
      .replace(/\{\{\/?part[^}]*\}\}/g, '');
    const sub = /^\d\(([a-z])\)$/.exec(id);
    out.push(id === 'intro' ? text : sub ? `(${sub[1]}) ${text}` : `${id}. ${text}`, '');
  }
  out.push(`Date: ${date}`, '', '/s/ Jane Doe', 'Jane Doe', 'Chief Executive Officer', '');
  return out.join('\n');
}

const base = mkdtempSync(join(tmpdir(), 'soxlint-bench-hook-'));
const repo = join(base, 'repo');
const home = join(base, 'home');
mkdirSync(repo);
mkdirSync(home);
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
  HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };
const git = (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });

git('-c', 'init.defaultBranch=main', 'init', '-q');
writeFileSync(join(repo, 'README.md'), 'bench\n');
git('add', '-A');
git('commit', '-q', '-m', 'init');
execFileSync(process.execPath, [bin, 'hook', 'install'], { cwd: repo, env, stdio: 'ignore' });

const FILE = 'filings/acme-ex31-1.txt';
mkdirSync(join(repo, 'filings'));
let n = 0;
function timedCommit(withHook) {
  n += 1;
  writeFileSync(join(repo, FILE), certification(`March ${n}, 2026`)); // a new version each time, still compliant
  git('add', FILE);
  const start = process.hrtime.bigint();
  const r = spawnSync('git', ['commit', '-q', '-m', `c${n}`, ...(withHook ? [] : ['--no-verify'])], { cwd: repo, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`commit failed: ${r.stdout}${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

timedCommit(true); // warm the file cache
timedCommit(false);
const withHook = [];
const without = [];
for (let i = 0; i < RUNS; i++) {
  withHook.push(timedCommit(true));
  without.push(timedCommit(false));
}
const added = median(withHook) - median(without);
rmSync(base, { recursive: true, force: true });
const f = (x) => x.toFixed(0);
console.log(`commit of one certification, median of ${RUNS}: with hook ${f(median(withHook))} ms, without ${f(median(without))} ms`);
console.log(`hook overhead: ${f(added)} ms (target < ${TARGET_MS} ms) ${added < TARGET_MS ? 'OK' : 'OVER TARGET'}`);
