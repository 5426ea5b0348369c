// Messages between the page and its lint worker. A request names its kind, so that other jobs (the
// fix writer's "Download corrected .docx") can be added beside "lint" without a second worker.
import type { LintResult, Profile } from '../core/types.js';

export interface LintRequest {
  type: 'lint';
  id: number;
  name: string;
  bytes: ArrayBuffer;
  profile: Profile;
  /** A form id, or '' to choose one per certification. */
  form: string;
}

/** The fix writer's job: the corrected file (a .docx with tracked changes), made by the core's fix(). */
export interface FixRequest extends Omit<LintRequest, 'type'> {
  type: 'fix';
}

export type WorkerRequest = LintRequest | FixRequest;

export type LintReply =
  | { type: 'result'; id: number; result: LintResult }
  | { type: 'error'; id: number; reason: string };

export type FixReply =
  | { type: 'fixed'; id: number; name: string; mimeType: string; bytes: ArrayBuffer; fixed: number; notFixed: number }
  | { type: 'error'; id: number; reason: string };

/** 'ready': the worker has loaded the core. */
export type WorkerReply = { type: 'ready' } | LintReply | FixReply;
