// Applies edits to a string at source ranges, as ESLint's and textlint's fixers do: sorted, the
// ones that overlap an earlier one skipped and reported.

export interface Op {
  from: number;
  to: number;
  text: string;
  serves: string[];
}

export interface Declined {
  serves: string[];
  reason: string;
}

export interface Spliced {
  output: string;
  applied: Op[];
  declined: Declined[];
}

export function splice(source: string, ops: Op[]): Spliced {
  const sorted = ops.map((op, n) => ({ op, n })).sort((a, b) => a.op.from - b.op.from || a.n - b.n).map((x) => x.op);
  const parts: string[] = [];
  const applied: Op[] = [];
  const declined: Declined[] = [];
  let at = 0;
  for (const op of sorted) {
    if (op.from < at || op.to < op.from || op.to > source.length) {
      declined.push({ serves: op.serves, reason: 'it overlaps another correction' });
      continue;
    }
    parts.push(source.slice(at, op.from), op.text);
    at = op.to;
    applied.push(op);
  }
  parts.push(source.slice(at));
  return { output: parts.join(''), applied, declined };
}
