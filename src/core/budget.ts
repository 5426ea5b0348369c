// How much comparing a file may cost, counted in work rather than time, so that the same input
// always gets the same verdict whatever the machine's load. The unit is one step of Myers' diff:
// a diff of n tokens that needs d edits costs at most n * (d + 1) steps, and that is what is charged.
// Browser-safe.

/** Work allowed for one certification (all versions of its form, all diffs). */
export const REGION_WORK = 20_000_000;
/** Work allowed for one file. */
export const FILE_WORK = 100_000_000;

export class WorkBudget {
  /** Set when a diff was cut short because the budget could not pay for it. */
  exhausted = false;
  constructor(public left: number) {}

  /** A budget for part of the work: at most `limit`, and never more than this one has left. */
  part(limit: number): WorkBudget {
    return new WorkBudget(Math.min(limit, this.left));
  }

  /** Charges a part's spending to this budget. */
  absorb(part: WorkBudget, start: number): void {
    this.left -= start - part.left;
    if (part.exhausted || this.left < 0) this.exhausted = true;
  }

  /** The most edits a diff of `n` tokens may look for: `wanted`, or fewer when the budget cannot pay. */
  maxEdits(n: number, wanted: number): number {
    return Math.max(0, Math.min(wanted, Math.floor(this.left / Math.max(1, n)) - 1));
  }

  /** Charges a diff of `n` tokens that found `d` edits (or gave up at `d`). */
  charge(n: number, d: number): void {
    this.left -= n * (d + 1);
    if (this.left < 0) this.exhausted = true;
  }
}
