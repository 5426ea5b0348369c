// Progress on a terminal for runs longer than about a second: files done of total, certifications per
// second, time left; on stderr, erased at the end. Never when stderr is not a terminal (a pipe, a
// file), under CI (its logs would keep every redraw) or TERM=dumb; so never in JSON or other output.
import type { MultiBar, SingleBar } from 'cli-progress';

export interface ProgressIo {
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export interface Progress {
  /** A line for stderr (ends with "\n"), written above the bar while one is shown. */
  write(line: string): void;
  update(done: number, certifications: number): void;
  /** Erases the bar; later lines go straight to stderr. */
  stop(): void;
}

/** Shown only after this long (ms); SOXLINT_PROGRESS_AFTER_MS overrides it (tests). */
const AFTER_MS = 1000;

export function shows(io: ProgressIo): boolean {
  const ci = io.env.CI;
  return io.stderr.isTTY === true && (!ci || ci === 'false' || ci === '0') && io.env.TERM !== 'dumb';
}

export function startProgress(io: ProgressIo, total: number): Progress {
  const plain: Progress = { write: (line) => io.stderr.write(line), update() {}, stop() {} };
  if (!shows(io) || total === 0) return plain;
  const began = performance.now();
  let done = 0;
  let certifications = 0;
  let multi: MultiBar | null = null;
  let bar: SingleBar | null = null;
  let stopped = false;
  const rate = () => Math.round(certifications / Math.max(0.001, (performance.now() - began) / 1000));
  const after = Number(io.env.SOXLINT_PROGRESS_AFTER_MS ?? AFTER_MS);
  const timer = setTimeout(async () => {
    const { default: progress } = await import('cli-progress');
    if (stopped) return;
    multi = new progress.MultiBar({
      stream: io.stderr as NodeJS.WritableStream,
      clearOnComplete: true,
      hideCursor: true,
      fps: 8,
      etaBuffer: 200,
      format: '{bar} {value}/{total} files | {rate} certifications/s | {eta_formatted} left',
    }, progress.Presets.shades_classic);
    bar = multi.create(total, done, { rate: rate() });
  }, Number.isFinite(after) ? after : AFTER_MS);
  timer.unref();
  return {
    write(line) {
      if (multi) multi.log(line);
      else io.stderr.write(line);
    },
    update(n, certs) {
      done = n;
      certifications = certs;
      bar?.update(n, { rate: rate() });
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (!multi) return;
      multi.update(); // writes lines logged since the last redraw
      multi.stop();
      multi = null;
    },
  };
}
