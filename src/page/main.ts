// The drop-in page: files in (picked or dropped), each linted by the core in a Blob-URL worker, the
// same findings table and redline as `--format html` out. Nothing is fetched or sent anywhere.
import { formatHtml, renderFile } from '../core/formatters/html.js';
import type { LintResult, Profile } from '../core/types.js';
import { fileActions, saveFile, type CheckedFile } from './actions.js';
import './fix-action.js';
import type { LintReply, LintRequest, WorkerReply, WorkerRequest } from './protocol.js';

declare const __WORKER_SOURCE__: string;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const resultsBox = $<HTMLDivElement>('results');
const statusLine = $<HTMLSpanElement>('status');
const profileSelect = $<HTMLSelectElement>('profile');
const formSelect = $<HTMLSelectElement>('form');
const downloadButton = $<HTMLButtonElement>('download');

const files: CheckedFile[] = [];
const worker = new Worker(URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: 'text/javascript' })));
const waiting = new Map<number, (reply: WorkerReply) => void>();
let nextId = 1;
let generation = 0;

worker.onmessage = (e: MessageEvent<WorkerReply>) => {
  if (e.data.type === 'ready') { document.body.dataset.worker = 'ready'; return; }
  const reply = e.data;
  const done = waiting.get(reply.id);
  waiting.delete(reply.id);
  done?.(reply);
};

/** Posts a request to the worker; resolves with its reply. */
function send(req: Omit<WorkerRequest, 'id'>): Promise<WorkerReply> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    // A copy goes to the worker; the page keeps its bytes for a re-check or a file action.
    worker.postMessage({ ...req, id, bytes: req.bytes.slice(0) } as WorkerRequest);
  });
}

function ask(req: Omit<LintRequest, 'id' | 'type'>): Promise<LintReply> {
  return send({ type: 'lint', ...req }) as Promise<LintReply>;
}

/** A file that could not be read, as the CLI's results carry it. */
function fatal(name: string, reason: string): LintResult {
  return { filePath: name, certifications: [], messages: [], errorCount: 1, warningCount: 0, fatal: reason };
}

function shown(file: CheckedFile): LintResult | undefined {
  return file.result ?? (file.reason !== undefined ? fatal(file.name, file.reason) : undefined);
}

function render(index: number): void {
  const file = files[index];
  const result = shown(file);
  let box = resultsBox.querySelector<HTMLElement>(`[data-index="${index}"]`);
  if (!box) {
    box = document.createElement('div');
    box.className = 'file-box';
    box.dataset.index = String(index);
    resultsBox.append(box);
  }
  // Everything from the document in this HTML has been escaped by the formatter.
  box.innerHTML = result ? renderFile(result, index) : `<section class="file pending"><h2></h2><p class="summary">Checking\u2026</p></section>`;
  if (!result) box.querySelector('h2')!.textContent = file.name;
  const bar = document.createElement('div');
  bar.className = 'actions no-print';
  for (const action of fileActions) {
    if (!result || !action.applies(file)) continue;
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = action.label;
    b.addEventListener('click', () => void action.run(file, send));
    bar.append(b);
  }
  if (bar.childElementCount) box.querySelector('h2')!.after(bar);
}

function summarize(): void {
  const done = files.filter((f) => shown(f));
  const pending = files.length - done.length;
  const errors = done.reduce((n, f) => n + (f.result?.errorCount ?? 0), 0);
  const warnings = done.reduce((n, f) => n + (f.result?.warningCount ?? 0), 0);
  const unreadable = done.filter((f) => !f.result).length;
  statusLine.textContent = pending
    ? `Checking ${pending} of ${files.length} file${files.length === 1 ? '' : 's'}\u2026`
    : `${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` +
      (unreadable ? `, ${unreadable} could not be read` : '') + '.';
  downloadButton.disabled = done.length === 0;
  document.body.dataset.state = pending ? 'busy' : 'done';
}

async function check(index: number, gen: number): Promise<void> {
  const file = files[index];
  file.profile = profileSelect.value as Profile;
  file.form = formSelect.value;
  const reply = await ask({ name: file.name, bytes: file.bytes, profile: file.profile, form: file.form });
  if (gen !== generation) return; // the settings changed meanwhile: a newer check is under way
  if (reply.type === 'result') { file.result = reply.result; file.reason = undefined; } else { file.result = undefined; file.reason = reply.reason; }
  render(index);
  summarize();
}

async function add(list: FileList | File[]): Promise<void> {
  const picked = Array.from(list);
  if (!picked.length) return;
  const start = files.length;
  for (const f of picked) files.push({ name: f.name, bytes: new ArrayBuffer(0), profile: 'standard', form: '' });
  picked.forEach((_, k) => render(start + k));
  summarize();
  const gen = generation;
  await Promise.all(picked.map(async (f, k) => {
    try {
      files[start + k].bytes = await f.arrayBuffer();
    } catch {
      files[start + k].reason = 'cannot read the file';
      render(start + k);
      return;
    }
    await check(start + k, gen);
  }));
}

function recheckAll(): void {
  generation++;
  files.forEach((f, i) => { if (f.bytes.byteLength || f.result) { f.result = undefined; f.reason = undefined; render(i); void check(i, generation); } });
  summarize();
}

/** Scrolls to a finding's place in the redline and marks it. */
function goTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  for (const el of Array.from(document.querySelectorAll('.hl'))) el.classList.remove('hl');
  target.classList.add('hl');
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'center', behavior: 'auto' });
  target.focus({ preventScroll: true });
}

resultsBox.addEventListener('click', (e) => {
  const el = e.target as HTMLElement;
  const link = el.closest('a');
  if (link && link.getAttribute('href')?.startsWith('#rule-')) return; // to the rule's explanation
  const row = el.closest<HTMLElement>('tr.finding[data-place]');
  if (!row) return;
  e.preventDefault();
  goTo(row.dataset.place!);
});
resultsBox.addEventListener('keydown', (e) => {
  const row = (e.target as HTMLElement).closest<HTMLElement>('tr.finding[data-place]');
  if (row && e.key === 'Enter' && e.target === row) { e.preventDefault(); goTo(row.dataset.place!); }
});

$<HTMLInputElement>('pick').addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  void add(input.files ?? []).then(() => { input.value = ''; });
});
window.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
window.addEventListener('dragleave', (e) => { if (!e.relatedTarget) document.body.classList.remove('dragging'); });
window.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  if (e.dataTransfer?.files.length) void add(e.dataTransfer.files);
});
profileSelect.addEventListener('change', recheckAll);
formSelect.addEventListener('change', recheckAll);

downloadButton.addEventListener('click', () => {
  // The rule explanations are the page's own (rendered at build time), by id.
  const ruleDocs: Record<string, string> = {};
  for (const s of Array.from(document.querySelectorAll<HTMLElement>('section[data-rule][id^="rule-"]'))) ruleDocs[s.dataset.rule!] = s.innerHTML;
  const results = files.map(shown).filter((r): r is LintResult => r !== undefined);
  saveFile('soxlint-report.html', formatHtml(results, { ruleDocs }), 'text/html');
});

document.body.dataset.state = 'ready';
