/** Human-readable problem lists of the CLI; `--json` bypasses this (tables: core/text-table.ts). */
import type { Problem } from '../../core/note/note-meta';

export function problemLines(problems: Problem[]): string {
  if (problems.length === 0) return 'No problems found.';
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
