// Buttons beside each checked file. The page adds none itself; other features register here (the
// fix writer's "Download corrected .docx": push an action that posts a request to the worker and
// saves the bytes it answers with).
import type { LintResult, Profile } from '../core/types.js';
import type { FixRequest, WorkerReply } from './protocol.js';

export interface CheckedFile {
  name: string;
  /** The file as read; not transferred to the worker, so an action can use it again. */
  bytes: ArrayBuffer;
  /** Absent when the file could not be read (then `reason` says why). */
  result?: LintResult;
  reason?: string;
  profile: Profile;
  form: string;
}

export interface FileAction {
  /** Button text, e.g. "Download corrected .docx". */
  label: string;
  /** Whether the button is shown for this file (e.g. only for a .docx with errors). */
  applies(file: CheckedFile): boolean;
  /** `send` posts a request to the page's worker and resolves with its reply. */
  run(file: CheckedFile, send: (req: Omit<FixRequest, 'id'>) => Promise<WorkerReply>): void | Promise<void>;
}

export const fileActions: FileAction[] = [];

/** Saves bytes or text as a download, without a server (a Blob URL and an <a download>). */
export function saveFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
