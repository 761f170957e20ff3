/** Human-readable output of the CLI; `--json` bypasses all of this. */
import type { Problem } from '../../core/note-meta';

/** Pads by display width, counting Hangul and other wide characters as two columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

/** Rows as aligned columns. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]))).join('  ')).join('\n');
}

export function problemLines(problems: Problem[]): string {
  if (problems.length === 0) return 'No problems found.';
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
