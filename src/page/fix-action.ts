// "Download corrected file" beside each checked file with a finding soxlint fixes: the worker runs
// the core's fix(), the same writer as `soxlint fix` (a .docx comes back with tracked changes), and
// the page saves its bytes under the CLI's name (NAME.fixed.EXT).
import { rulesById } from '../core/rules/index.js';
import { fileActions, saveFile, type CheckedFile } from './actions.js';

function fixable(file: CheckedFile): boolean {
  return (file.result?.messages ?? []).some((m) => m.ruleId !== null && rulesById.get(m.ruleId)?.fixable === true);
}

const extension = (name: string) => /\.[A-Za-z0-9]+$/.exec(name)?.[0].toLowerCase() ?? '';

for (const suffix of ['.docx', '.htm', '.html', '.txt']) {
  fileActions.push({
    label: `Download corrected ${suffix}`,
    applies: (file) => extension(file.name) === suffix && fixable(file),
    async run(file, send) {
      const reply = await send({ type: 'fix', name: file.name, bytes: file.bytes, profile: file.profile, form: file.form });
      if (reply.type === 'fixed') saveFile(reply.name, reply.bytes, reply.mimeType);
      else if (reply.type === 'error') alert(`soxlint could not correct ${file.name}: ${reply.reason}`);
    },
  });
}
