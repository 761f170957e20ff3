/**
 * The vault as an export reads it inside Obsidian. Exports read synchronously,
 * so the notes a post needs (its talks and whatever they embed) are read first,
 * asynchronously, round by round until nothing is missing.
 */
import { TFile, type App, type CachedMetadata } from 'obsidian';
import type { ExportSource } from '../core/export/options';
import { notePolicy } from '../core/export/note-policy';
import type { CoreSettings } from '../core/note/settings';

/**
 * Privacy is the index's decision, from Obsidian's metadata cache under the
 * plugin's settings: a note the cache has not read yet, or whose front matter
 * it could not read, is private.
 */
export async function preparedSource<T>(app: App, settings: CoreSettings, run: (source: ExportSource) => T): Promise<T> {
  const texts = new Map<string, string | null>();
  const missing = new Set<string>();
  const cache = (path: string): CachedMetadata | null => {
    const file = app.vault.getFileByPath(path);
    return file === null ? null : app.metadataCache.getFileCache(file);
  };
  const source: ExportSource = {
    read: (path) => {
      if (texts.has(path)) return texts.get(path) ?? null;
      missing.add(path);
      return null;
    },
    resolve: (target, from) => app.metadataCache.getFirstLinkpathDest(target, from)?.path ?? null,
    ...notePolicy(settings, cache, (path) => texts.get(path)),
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
