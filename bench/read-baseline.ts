/** The floor: what Node needs just to find the notes, read them and cut out their front matter. */
import { readFileSync } from 'node:fs';
import type { NoteInput } from '../src/core/note/note-meta';
import { extractMeta } from '../src/node/extract';
import { cutFrontmatter } from '../src/node/frontmatter';
import { listMarkdownFiles } from '../src/node/vault-reader';

export function readAndCut(dir: string): number {
  let kept = 0;
  for (const file of listMarkdownFiles(dir)) {
    const block = cutFrontmatter(readFileSync(file.abs, 'utf8'));
    if (block) kept += block.yaml.length;
  }
  return kept;
}

/** Every note's metadata, as Obsidian's cache would hold it before the plugin starts. */
export function readNotesForBench(dir: string): NoteInput[] {
  return listMarkdownFiles(dir).map((file) => ({ path: file.path, meta: extractMeta(readFileSync(file.abs, 'utf8')) }));
}
