/** The vault on disk as an export reads it: texts, links, and which notes are private. */
import { readFileSync } from 'node:fs';
import type { ExportSource } from '../core/export/options';
import { linkResolver } from '../core/export/resolve-links';
import { notePolicy } from '../core/export/note-policy';
import type { NoteMeta } from '../core/note/note-meta';
import type { CoreSettings } from '../core/note/settings';
import { extractFrontMatterMeta } from './extract';
import { listVaultFiles, type VaultFile } from './vault-reader';

/**
 * Reads the vault from disk for an export. Privacy is the index's decision,
 * under the same settings (a renamed property too): a note that cannot be
 * read, or whose front matter cannot, is private. `files`: the vault's files
 * when the caller has listed them already (the CLI, from loading the vault).
 */
export function vaultSource(root: string, settings: CoreSettings, files: readonly VaultFile[] = listVaultFiles(root)): ExportSource {
  const abs = new Map(files.map((f) => [f.path, f.abs]));
  const resolveLink = linkResolver(files.map((f) => f.path));
  const texts = new Map<string, string | null>();
  const metas = new Map<string, NoteMeta | null>();
  const read = (path: string): string | null => {
    if (!texts.has(path)) {
      const file = abs.get(path);
      try {
        texts.set(path, file === undefined ? null : readFileSync(file, 'utf8'));
      } catch {
        texts.set(path, null);
      }
    }
    return texts.get(path) ?? null;
  };
  const meta = (path: string): NoteMeta | null => {
    if (!metas.has(path)) {
      const text = read(path);
      metas.set(path, text === null ? null : extractFrontMatterMeta(text));
    }
    return metas.get(path) ?? null;
  };
  return { read, resolve: resolveLink, ...notePolicy(settings, meta, read) };
}
