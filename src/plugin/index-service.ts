/**
 * Keeps the core index and its search keys true to the vault: a full build
 * when the layout is ready (and again on the metadata cache's first
 * `resolved`, when a fresh vault's cache may still have been filling), spread
 * over short time slices so Obsidian stays responsive, then one incremental
 * update per `changed`, `deleted` and `rename`. Every handler is idempotent.
 */
import { Events, TFile, TFolder, type App, type CachedMetadata, type Component, type TAbstractFile } from 'obsidian';
import { ConferenceIndex } from '../core/conference-index';
import type { NoteInput } from '../core/note-meta';
import { Searcher } from '../core/search/searcher';
import type { CoreSettings } from '../core/settings';
import { runSliced, type SliceClock } from '../core/time-slice';

export const INDEX_CHANGED = 'conference-notes:index-changed';

const WINDOW_CLOCK: SliceClock = {
  now: () => performance.now(),
  pause: () => new Promise((resolve) => window.setTimeout(resolve, 0)),
};

export class IndexService extends Events {
  index: ConferenceIndex;
  searcher: Searcher;
  /** The build under way, if any; resolves when its index is in place. */
  building: Promise<void> = Promise.resolve();
  private started = false;
  private sawResolved = false;
  /** Paths that changed while a build was running, re-read once it is in place. */
  private pending: Set<string> | null = null;

  constructor(
    private readonly app: App,
    private readonly owner: Component,
    private readonly settings: () => CoreSettings,
    private readonly clock: SliceClock = WINDOW_CLOCK,
  ) {
    super();
    this.index = new ConferenceIndex(settings());
    this.searcher = new Searcher(this.index);
  }

  /** Call once, from `onLayoutReady`. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.rebuild();
    const { metadataCache, vault } = this.app;
    this.owner.registerEvent(metadataCache.on('changed', (file, _data, cache) => this.upsert(file, cache)));
    this.owner.registerEvent(metadataCache.on('deleted', (file) => this.remove(file.path)));
    this.owner.registerEvent(vault.on('rename', (file, oldPath) => this.rename(file, oldPath)));
    this.owner.registerEvent(vault.on('delete', (file) => this.removeTree(file)));
    this.owner.registerEvent(
      metadataCache.on('resolved', () => {
        if (this.sawResolved) return;
        this.sawResolved = true;
        void this.rebuild();
      }),
    );
  }

  /** A fresh index from every Markdown file, e.g. after the settings changed; a newer call supersedes it. */
  rebuild(): Promise<void> {
    const index = new ConferenceIndex(this.settings());
    // Revisions only grow, so a view that drew revision N never mistakes the new index for the old.
    index.revision = this.index.revision;
    const searcher = new Searcher(index);
    const pending = new Set<string>();
    this.pending = pending;
    const inputs = this.app.vault.getMarkdownFiles().map((file) => this.input(file));
    const steps = (function* () {
      yield* index.rebuildSteps(inputs);
      yield* searcher.syncSteps();
    })();
    this.building = runSliced(steps, this.clock).then(() => {
      if (this.pending !== pending) {
        searcher.detach();
        return;
      }
      this.pending = null;
      this.searcher.detach();
      this.index = index;
      this.searcher = searcher;
      for (const path of pending) this.refresh(path);
      this.changed();
    });
    return this.building;
  }

  private upsert(file: TFile, cache: CachedMetadata | null): void {
    if (file.extension !== 'md') return;
    this.pending?.add(file.path);
    this.index.upsert({ path: file.path, meta: cache });
    this.changed();
  }

  private remove(path: string): void {
    this.pending?.add(path);
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
      this.pending?.add(oldPath).add(file.path);
      if (file.extension === 'md') this.index.rename(oldPath, this.input(file));
      else this.index.remove(oldPath);
    } else if (file instanceof TFolder) {
      for (const path of this.pathsUnder(oldPath)) {
        const moved = this.app.vault.getFileByPath(file.path + path.slice(oldPath.length));
        this.pending?.add(path);
        if (moved) this.index.rename(path, this.input(moved));
        else this.index.remove(path);
      }
    }
    this.changed();
  }

  /** Reads one path again from the cache: it changed while a build was running. */
  private refresh(path: string): void {
    const file = this.app.vault.getFileByPath(path);
    if (file && file.extension === 'md') this.index.upsert(this.input(file));
    else this.index.remove(path);
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
