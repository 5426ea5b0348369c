// LibreOffice headless for the tests: found, or installed with apt when running as root, or the
// test skips with a notice naming the apt line (under CI=true a missing LibreOffice fails instead).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';

export const APT_LINE = 'apt-get install -y libreoffice-writer-nogui';

function found(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Whether soffice runs here, installing it first when this process may. */
export function ensureLibreOffice(): boolean {
  if (found()) return true;
  if (process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'libreoffice-writer-nogui'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return found();
}

/** Converts a file headless ("odt", "pdf", "png") with a profile of its own, so parallel runs never share one. */
export function convert(file: string, to: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-soxlint-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, file], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(file).replace(/\.[^.]+$/, `.${to.split(':')[0]}`));
}

export interface OdtChange {
  kind: 'insertion' | 'deletion';
  author: string;
  text: string;
}

const plain = (xml: string) => xml.replace(/<text:tab\/>/g, '\t').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The tracked changes of an .odt: each text:changed-region, with its inserted or deleted words. */
export async function odtChanges(odt: string): Promise<OdtChange[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(odt))).file('content.xml')!.async('string');
  const out: OdtChange[] = [];
  for (const m of xml.matchAll(/<text:changed-region[^>]*text:id="([^"]+)"[^>]*>(.*?)<\/text:changed-region>/gs)) {
    const [, id, body] = m;
    const kind = /<text:insertion>/.test(body) ? 'insertion' : /<text:deletion>/.test(body) ? 'deletion' : null;
    if (!kind) continue;
    const author = /<dc:creator>(.*?)<\/dc:creator>/.exec(body)?.[1] ?? '';
    let text: string;
    if (kind === 'deletion') {
      text = plain(body.replace(/<office:change-info>.*?<\/office:change-info>/s, ''));
    } else {
      const start = xml.indexOf(`<text:change-start text:change-id="${id}"/>`);
      const end = xml.indexOf(`<text:change-end text:change-id="${id}"/>`, start);
      text = start >= 0 && end > start ? plain(xml.slice(start, end)) : '';
    }
    out.push({ kind, author, text });
  }
  return out;
}
