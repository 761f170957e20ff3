/** Reads a vault folder from disk into the index, as the CLI's stand-in for Obsidian's vault. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConferenceIndex } from '../core/index/conference-index';
import type { NoteInput, Problem } from '../core/note/note-meta';
import { withDefaults, type CoreSettings } from '../core/note/settings';
import { extractMeta } from './extract';
import { systemReason } from './system-error';

export class VaultError extends Error {}

export interface VaultFile {
  /** Vault-relative, `/`-separated, NFC (macOS hands out NFD names). */
  path: string;
  /** Where it is on disk. */
  abs: string;
}

/** Every Markdown file below `root` (`.md` in any case), skipping dot folders (`.obsidian`, `.trash`, `.git`). */
export function listMarkdownFiles(root: string, problems?: Problem[]): VaultFile[] {
  return listVaultFiles(root, isMarkdown, problems);
}

function isMarkdown(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
}

/**
 * Every file below `root` that `keep` accepts by name, skipping dot folders.
 * A folder inside that cannot be read (no permission, removed meanwhile) is
 * reported in `problems` and skipped; the rest of the vault is still read.
 */
export function listVaultFiles(root: string, keep: (name: string) => boolean = () => true, problems?: Problem[]): VaultFile[] {
  const out: VaultFile[] = [];
  const walk = (dir: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      if (rel === '' || systemReason(e) === undefined) throw e;
      problems?.push({ path: rel, message: `cannot read folder: ${systemReason(e)}` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const abs = join(dir, entry.name);
      const path = (rel ? `${rel}/${entry.name}` : entry.name).normalize('NFC');
      if (entry.isDirectory()) walk(abs, path);
      // Linked files are read (a dangling link then reports as unreadable); linked folders are not followed, so no cycles.
      else if ((entry.isFile() || (entry.isSymbolicLink() && !isDirectory(abs))) && keep(entry.name)) out.push({ path, abs });
    }
  };
  walk(root, '');
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/** Fails with one clear line when `root` is not a readable folder. */
function checkVault(root: string): void {
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    throw new VaultError(`vault not found: ${root}`);
  }
  if (!isDir) throw new VaultError(`not a folder: ${root}`);
  try {
    readdirSync(root);
  } catch {
    throw new VaultError(`vault is not readable: ${root}`);
  }
}

/** The plugin's saved settings inside the vault, so the CLI reads notes the same way. */
function loadVaultSettings(root: string): CoreSettings {
  try {
    const saved = JSON.parse(readFileSync(join(root, '.obsidian', 'plugins', 'conference-notes', 'data.json'), 'utf8')) as Partial<CoreSettings>;
    return withDefaults(saved);
  } catch {
    return withDefaults(null);
  }
}

export interface LoadedVault {
  index: ConferenceIndex;
  /** Its Markdown files. */
  files: VaultFile[];
  /** Every file (notes, images, PDFs), from the same walk, for exports to find what notes embed. */
  allFiles: VaultFile[];
  /** Files that could not be read. */
  readProblems: Problem[];
}

export function loadVault(root: string, settings: CoreSettings = loadVaultSettings(root)): LoadedVault {
  checkVault(root);
  const readProblems: Problem[] = [];
  const allFiles = listVaultFiles(root, undefined, readProblems);
  const files = allFiles.filter((f) => isMarkdown(f.path));
  // A generator, so each note's text and metadata die young instead of piling up before the build.
  function* inputs(): Generator<NoteInput> {
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file.abs, 'utf8');
      } catch (e) {
        // Unreadable, or removed since the folder was listed: the note is left out, and said so.
        if (systemReason(e) === undefined) throw e;
        readProblems.push({ path: file.path, message: `cannot read: ${systemReason(e)}` });
        continue;
      }
      yield { path: file.path, meta: extractMeta(text) };
    }
  }
  // The CLI's index lives for one command and is never edited: sharing repeated strings, or
  // keeping which sessions to resolve again after a catalog edit, would cost more than it saves.
  const index = new ConferenceIndex(settings, { pool: false, readOnly: true });
  index.rebuild(inputs());
  return { index, files, allFiles, readProblems };
}
