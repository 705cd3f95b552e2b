// A unified diff of two texts, by lines (Myers' O(ND) algorithm): what `--fix-dry-run` prints.

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The shortest edit script from `a` to `b`, as kept, removed and added lines. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const w = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && w[offset + k - 1]! < w[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : w[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]! });
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[--y]! });
    else ops.push({ kind: '-', line: a[--x]! });
  }
  return ops.reverse();
}

/** `--- a/file` / `+++ b/file` and hunks with three lines of context; empty when the texts are equal. */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const split = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
  const ops = diffLines(split(before), split(after));
  const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  let out = `--- a/${file}\n+++ b/${file}\n`;
  for (let c = 0; c < changed.length; ) {
    const start = Math.max(0, changed[c]! - context);
    let end = changed[c]!;
    while (c < changed.length && changed[c]! <= end + 2 * context) end = changed[c++]!;
    end = Math.min(ops.length - 1, end + context);
    let aStart = 0;
    let bStart = 0;
    for (const op of ops.slice(0, start)) {
      if (op.kind !== '+') aStart++;
      if (op.kind !== '-') bStart++;
    }
    const hunk = ops.slice(start, end + 1);
    const aLength = hunk.filter((op) => op.kind !== '+').length;
    const bLength = hunk.filter((op) => op.kind !== '-').length;
    out += `@@ -${aStart + (aLength ? 1 : 0)},${aLength} +${bStart + (bLength ? 1 : 0)},${bLength} @@\n`;
    for (const op of hunk) out += `${op.kind}${op.line}\n`;
  }
  return out;
}
