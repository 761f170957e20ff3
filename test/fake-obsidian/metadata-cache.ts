/**
 * Obsidian's metadata cache, computed by the same extractor the CLI uses.
 * Like the app, it parses after the vault event, asynchronously, then fires
 * `changed`, even when the file left the vault meanwhile (the result is then
 * not kept); `resolved` follows once no parse is pending, and once after a
 * warm start.
 */
import type { CachedMetadata } from 'obsidian';
import { extractMeta } from '../../src/node/extract';
import { Events } from './events';
import type { TFile } from './files';
import type { Vault } from './vault';
import { linkResolver } from '../../src/core/export/resolve-links';

export class MetadataCache extends Events {
  private caches = new Map<string, CachedMetadata>();
  private pending = 0;

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  /** Obsidian's link resolution, by the same rules the export uses on disk. */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    if (!this.vault) return null;
    const path = linkResolver(this.vault.getFiles().map((f) => f.path))(linkpath, sourcePath);
    return path === null ? null : this.vault.getFileByPath(path);
  }

  /** Set by the vault: the cache resolves links against its files. */
  vault: Vault | null = null;

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  /** Runs a parse later; a test may take the tasks over to choose when each one lands. */
  defer: (task: () => void) => void = (task) => void setTimeout(task, 0);

  /** Parses a file's text after the current task, then fires `changed`. */
  schedule(file: TFile, text: string): Promise<void> {
    this.pending++;
    return new Promise((resolve) => {
      this.defer(() => {
        this.deliver(file, extractMeta(text), text);
        this.pending--;
        if (this.pending === 0) this.trigger('resolved');
        resolve();
      });
    });
  }

  /** A parse's result arrives: kept if the file is still in the vault, and reported either way. */
  deliver(file: TFile, cache: CachedMetadata, text = ''): void {
    if (this.vault?.getFileByPath(file.path) === file) this.caches.set(file.path, cache);
    this.trigger('changed', file, text, cache);
  }

  /** A warm start: the cache was loaded from disk, and `resolved` comes once the app has checked it. */
  warmStart(): void {
    this.defer(() => {
      if (this.pending === 0) this.trigger('resolved');
    });
  }

  /** Fills the cache at once without events, as when the app starts with a warm cache. */
  prime(file: TFile, text: string): void {
    this.caches.set(file.path, extractMeta(text));
  }

  moved(oldPath: string, newPath: string): void {
    const cache = this.caches.get(oldPath);
    this.caches.delete(oldPath);
    if (cache) this.caches.set(newPath, cache);
  }

  /** A file left the vault; `report: false` when the app reports only its folder. */
  deleted(file: TFile, report = true): void {
    const prev = this.caches.get(file.path) ?? null;
    this.caches.delete(file.path);
    if (report) this.trigger('deleted', file, prev);
  }
}
