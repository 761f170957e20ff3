/** Shared test helpers: notes from Markdown, and approval files for whole outputs. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NoteInput } from '../src/core/note/note-meta';
import { extractMeta } from '../src/node/extract';

export const SAMPLE_VAULT = join(__dirname, '..', 'examples', 'vault');

export function note(path: string, text: string): NoteInput {
  return { path, meta: extractMeta(text) };
}

/** Front matter from an object; values are JSON, which is valid YAML. */
export function md(props: Record<string, unknown>, body = ''): string {
  const lines = Object.entries(props).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/**
 * Compares `actual` with the approved file under test/approved. Run with
 * UPDATE_APPROVED=1 to write it after reading the difference.
 */
export function expectApproved(name: string, actual: string): void {
  const file = join(__dirname, 'approved', name);
  if (process.env.UPDATE_APPROVED === '1' || !existsSync(file)) {
    if (process.env.CI === 'true' && !existsSync(file)) throw new Error(`approved file missing: ${name}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
