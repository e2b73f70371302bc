/** One hunk of a diff: [from, to) of the old text becomes `insertedText`. Offsets in UTF-16 code units. */
export interface TextHunk {
  readonly from: number;
  readonly to: number;
  readonly insertedText: string;
}

/**
 * The changes that turn `before` into `after`, as separate hunks in text order, small enough that
 * annotations between two edits stay untouched: lines are compared first (Myers' O(ND) algorithm),
 * then characters inside each run of changed lines. A hunk never splits a surrogate pair, so every
 * offset it gives is a valid place in both texts.
 */
export function diffTexts(before: string, after: string): TextHunk[] {
  if (before === after) return [];
  const oldLines = splitLines(before);
  const newLines = splitLines(after);
  const hunks: TextHunk[] = [];
  let oldOffset = 0;
  let newOffset = 0;
  for (const run of diffSequences(oldLines, newLines)) {
    const oldStart = oldOffset + sumLengths(oldLines, run.oldStart - run.oldSkip, run.oldStart);
    const newStart = newOffset + sumLengths(newLines, run.newStart - run.newSkip, run.newStart);
    const oldText = oldLines.slice(run.oldStart, run.oldEnd).join('');
    const newText = newLines.slice(run.newStart, run.newEnd).join('');
    for (const piece of diffChars(oldText, newText)) {
      hunks.push({ from: oldStart + piece.from, to: oldStart + piece.to, insertedText: piece.insertedText });
    }
    oldOffset = oldStart + oldText.length;
    newOffset = newStart + newText.length;
  }
  return hunks;
}

/** Lines with their line breaks kept, so joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/gu) ?? [];
}

function sumLengths(lines: readonly string[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += lines[i]?.length ?? 0;
  return sum;
}

interface ChangedRun {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  /** Unchanged items since the previous run, on each side. */
  oldSkip: number;
  newSkip: number;
}

/**
 * The search keeps one row of (old + new items) per edit it explores; past this many cells it would
 * take quadratic time and memory (cutting a long passage), so the changed middle becomes one hunk.
 */
const SEARCH_CELLS_MAX = 4_000_000;

/** Runs of changed items between two sequences, from the shortest edit script. */
function diffSequences<T>(a: readonly T[], b: readonly T[]): ChangedRun[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  const maxEdits = Math.floor(SEARCH_CELLS_MAX / (middleA.length + middleB.length + 1));
  const script: EditOp[] = shortestEditScript(middleA, middleB, maxEdits) ?? [
    ...middleA.map((): EditOp => 'delete'),
    ...middleB.map((): EditOp => 'insert'),
  ];
  script.unshift(...new Array<EditOp>(prefix).fill('same'));
  script.push(...new Array<EditOp>(suffix).fill('same'));
  const runs: ChangedRun[] = [];
  let i = 0;
  let j = 0;
  let lastI = 0;
  let lastJ = 0;
  let k = 0;
  while (k < script.length) {
    if (script[k] === 'same') {
      i++;
      j++;
      k++;
      continue;
    }
    const startI = i;
    const startJ = j;
    while (k < script.length && script[k] !== 'same') {
      if (script[k] === 'delete') i++;
      else j++;
      k++;
    }
    runs.push({
      oldStart: startI,
      oldEnd: i,
      newStart: startJ,
      newEnd: j,
      oldSkip: startI - lastI,
      newSkip: startJ - lastJ,
    });
    lastI = i;
    lastJ = j;
  }
  return runs;
}

type EditOp = 'same' | 'delete' | 'insert';

/**
 * Myers' greedy algorithm with a kept trace, so the script can be walked back; null if it needs
 * more than `maxEdits` edits.
 */
function shortestEditScript<T>(a: readonly T[], b: readonly T[], maxEdits: number): EditOp[] | null {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > maxEdits) return null;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    if (d > maxEdits) return null;
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  trace.push(v);
  // Walk back from (n, m) through the trace.
  const ops: EditOp[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0; d--) {
    const previous = trace[d] ?? v;
    const k = x - y;
    const down = k === -d || (k !== d && (previous[offset + k - 1] ?? 0) < (previous[offset + k + 1] ?? 0));
    const previousK = down ? k + 1 : k - 1;
    const previousX = previous[offset + previousK] ?? 0;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      ops.push('same');
      x--;
      y--;
    }
    if (d > 0) {
      ops.push(down ? 'insert' : 'delete');
      x = previousX;
      y = previousY;
    }
  }
  while (x > 0 && y > 0) {
    ops.push('same');
    x--;
    y--;
  }
  return ops.reverse();
}

/** Character hunks inside one run of changed lines, never splitting a surrogate pair. */
function diffChars(before: string, after: string): TextHunk[] {
  const oldUnits = [...before];
  const newUnits = [...after];
  const hunks: TextHunk[] = [];
  // Code points, not code units: a hunk edge can then never fall inside a surrogate pair.
  const oldOffsets = unitOffsets(oldUnits);
  const newOffsets = unitOffsets(newUnits);
  for (const run of diffSequences(oldUnits, newUnits)) {
    hunks.push({
      from: oldOffsets[run.oldStart] ?? before.length,
      to: oldOffsets[run.oldEnd] ?? before.length,
      insertedText: after.slice(newOffsets[run.newStart] ?? after.length, newOffsets[run.newEnd] ?? after.length),
    });
  }
  return hunks;
}

function unitOffsets(codePoints: readonly string[]): number[] {
  const offsets = [0];
  let at = 0;
  for (const codePoint of codePoints) {
    at += codePoint.length;
    offsets.push(at);
  }
  return offsets;
}
