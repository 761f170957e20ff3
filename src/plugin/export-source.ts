/**
 * The vault as an export reads it inside Obsidian. Exports read synchronously,
 * so the notes a post needs (its talks and whatever they embed) are read first,
 * asynchronously, round by round until nothing is missing.
 */
import { TFile, type App } from 'obsidian';
import type { ExportSource } from '../core/export/options';
import { readBoolean } from '../core/values';

export async function preparedSource<T>(app: App, run: (source: ExportSource) => T): Promise<T> {
  const texts = new Map<string, string | null>();
  const missing = new Set<string>();
  const property = (path: string, name: string): boolean => {
    const file = app.vault.getFileByPath(path);
    return file !== null && readBoolean(app.metadataCache.getFileCache(file)?.frontmatter?.[name]);
  };
  const source: ExportSource = {
    read: (path) => {
      if (texts.has(path)) return texts.get(path) ?? null;
      missing.add(path);
      return null;
    },
    resolve: (target, from) => app.metadataCache.getFirstLinkpathDest(target, from)?.path ?? null,
    isPrivate: (path) => property(path, 'private'),
    isPublished: (path) => property(path, 'publish'),
  };
  for (let round = 0; ; round++) {
    missing.clear();
    const result = run(source);
    if (missing.size === 0 || round > 10) return result;
    for (const path of missing) {
      const file = app.vault.getAbstractFileByPath(path);
      texts.set(path, file instanceof TFile ? await app.vault.cachedRead(file) : null);
    }
  }
}
