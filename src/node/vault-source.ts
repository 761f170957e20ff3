/** The vault on disk as an export reads it: texts, links, and which notes are private. */
import { readFileSync } from 'node:fs';
import type { ExportSource } from '../core/export/options';
import { linkResolver } from '../core/export/resolve-links';
import { readBoolean } from '../core/values';
import { extractMeta } from './extract';
import { listVaultFiles } from './vault-reader';

/** Reads the vault from disk for an export: texts, links, and which notes are private. */
export function vaultSource(root: string): ExportSource {
  const files = listVaultFiles(root);
  const abs = new Map(files.map((f) => [f.path, f.abs]));
  const resolveLink = linkResolver(files.map((f) => f.path));
  const texts = new Map<string, string | null>();
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
  const property = (path: string, name: string): boolean => {
    const text = path.endsWith('.md') ? read(path) : null;
    return text !== null && readBoolean(extractMeta(text).frontmatter?.[name]);
  };
  return { read, resolve: resolveLink, isPrivate: (path) => property(path, 'private'), isPublished: (path) => property(path, 'publish') };
}
