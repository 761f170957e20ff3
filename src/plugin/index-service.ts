/**
 * Keeps the core index true to the vault: a full build when the layout is
 * ready (and again on the metadata cache's first `resolved`, when a fresh
 * vault's cache may still have been filling), then one incremental update per
 * `changed`, `deleted` and `rename`. Every handler is idempotent.
 */
import { Events, TFile, TFolder, type App, type CachedMetadata, type Component, type TAbstractFile } from 'obsidian';
import { ConferenceIndex } from '../core/conference-index';
import type { NoteInput } from '../core/note-meta';
import type { CoreSettings } from '../core/settings';

export const INDEX_CHANGED = 'conference-notes:index-changed';

export class IndexService extends Events {
  index: ConferenceIndex;
  private started = false;
  private sawResolved = false;

  constructor(
    private readonly app: App,
    private readonly owner: Component,
    private readonly settings: () => CoreSettings,
  ) {
    super();
    this.index = new ConferenceIndex(settings());
  }

  /** Call once, from `onLayoutReady`. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.rebuild();
    const { metadataCache, vault } = this.app;
    this.owner.registerEvent(metadataCache.on('changed', (file, _data, cache) => this.upsert(file, cache)));
    this.owner.registerEvent(metadataCache.on('deleted', (file) => this.remove(file.path)));
    this.owner.registerEvent(vault.on('rename', (file, oldPath) => this.rename(file, oldPath)));
    this.owner.registerEvent(vault.on('delete', (file) => this.removeTree(file)));
    this.owner.registerEvent(
      metadataCache.on('resolved', () => {
        if (this.sawResolved) return;
        this.sawResolved = true;
        this.rebuild();
      }),
    );
  }

  /** A fresh index from every Markdown file, e.g. after the settings changed. */
  rebuild(): void {
    const index = new ConferenceIndex(this.settings());
    // Revisions only grow, so a view that drew revision N never mistakes the new index for the old.
    index.revision = this.index.revision;
    index.rebuild(this.app.vault.getMarkdownFiles().map((file) => this.input(file)));
    this.index = index;
    this.changed();
  }

  private upsert(file: TFile, cache: CachedMetadata | null): void {
    if (file.extension !== 'md') return;
    this.index.upsert({ path: file.path, meta: cache });
    this.changed();
  }

  private remove(path: string): void {
    if (!this.index.note(path)) return;
    this.index.remove(path);
    this.changed();
  }

  /** A deleted folder takes its notes with it, whether or not each file reports. */
  private removeTree(file: TAbstractFile): void {
    if (file instanceof TFile) this.remove(file.path);
    else if (file instanceof TFolder) for (const path of this.pathsUnder(file.path)) this.remove(path);
  }

  private rename(file: TAbstractFile, oldPath: string): void {
    if (file instanceof TFile) {
      if (file.extension === 'md') this.index.rename(oldPath, this.input(file));
      else this.index.remove(oldPath);
    } else if (file instanceof TFolder) {
      for (const path of this.pathsUnder(oldPath)) {
        const moved = this.app.vault.getFileByPath(file.path + path.slice(oldPath.length));
        if (moved) this.index.rename(path, this.input(moved));
        else this.index.remove(path);
      }
    }
    this.changed();
  }

  private pathsUnder(folder: string): string[] {
    const prefix = folder === '/' || folder === '' ? '' : `${folder}/`;
    return [...this.index.allNotes()].map((n) => n.path).filter((p) => p.startsWith(prefix));
  }

  private input(file: TFile): NoteInput {
    return { path: file.path, meta: this.app.metadataCache.getFileCache(file) };
  }

  private changed(): void {
    this.trigger(INDEX_CHANGED, this.index.revision);
  }
}
