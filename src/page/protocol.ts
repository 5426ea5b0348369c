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

export type WorkerRequest = LintRequest;

export type LintReply =
  | { type: 'result'; id: number; result: LintResult }
  | { type: 'error'; id: number; reason: string };

/** 'ready': the worker has loaded the core. */
export type WorkerReply = { type: 'ready' } | LintReply;
