/**
 * Keeps the core index and its search keys true to the vault. One full build
 * when the layout is ready (and after a settings change), spread over short
 * time slices. After that, vault and cache events only mark paths dirty, and a
 * dirty path is applied by reading the vault and the cache again: a parse that
 * lands after its file left the vault, an event reported twice, or a folder
 * renamed or deleted with one event for the folder alone all end as a fresh
 * build would. A change is applied at once while the changes applied since the
 * host last got control took less than a slice; past that (a cold fill, a Sync
 * pull) changes queue and are drained in time slices, one INDEX_CHANGED per
 * drained batch. `resolved` never starts a build: it re-reads only the files
 * whose cache was still empty when the build read them and that no event
 * has brought since.
 */
import { Events, TFile, TFolder, type App, type Component, type TAbstractFile } from 'obsidian';
import { ConferenceIndex, type NoteChange } from '../core/index/conference-index';
import type { NoteInput } from '../core/note/note-meta';
import { Searcher } from '../core/search/searcher';
import type { CoreSettings } from '../core/note/settings';
import { hostPause, runSliced, SLICE_BUDGET_MS, type SliceClock } from '../core/index/time-slice';

export const INDEX_CHANGED = 'conference-notes:index-changed';

let windowPause: (() => Promise<void>) | null = null;
const WINDOW_CLOCK: SliceClock = { now: () => performance.now(), pause: () => (windowPause ??= hostPause(window))() };

/** A folder in the dirty set: its notes in the index and its files in the vault, read when drained. */
const folderEntry = (path: string): string => `${path}/`;

export class IndexService extends Events {
  index: ConferenceIndex;
  searcher: Searcher;
  /** The build under way, if any; resolves when its index is in place. */
  building: Promise<void> = Promise.resolve();
  private started = false;
  /** Identifies the build under way; a newer build replaces it. */
  private build: object | null = null;
  /** Paths (and folders, ending in `/`) to read again from the vault. */
  private readonly dirty = new Set<string>();
  private draining: Promise<void> | null = null;
  /** Markdown files whose cache was empty when the build read them and that no change has brought since. */
  private unread = new Set<string>();
  /** Files the build under way has yet to read: a change to one of them needs no second read. */
  private waiting = new Set<TFile>();
  private resolvedInBuild = false;
  /** Time spent applying changes at once since the host last got control. */
  private burstMs = 0;
  private burstReset = false;

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
    this.owner.registerEvent(metadataCache.on('changed', (file) => this.mark([file.path], true)));
    this.owner.registerEvent(metadataCache.on('deleted', (file) => this.mark([file.path], true)));
    this.owner.registerEvent(vault.on('rename', (file, oldPath) => this.mark(entries(file, oldPath), file instanceof TFile)));
    this.owner.registerEvent(vault.on('delete', (file) => this.mark(entries(file, file.path), file instanceof TFile)));
    this.owner.registerEvent(metadataCache.on('resolved', () => this.resolved()));
  }

  /** A fresh index from every Markdown file, e.g. after the settings changed; a newer call supersedes it. */
  rebuild(): Promise<void> {
    const token = {};
    this.build = token;
    const index = new ConferenceIndex(this.settings());
    // Revisions only grow, so a view that drew revision N never mistakes the new index for the old.
    index.revision = this.index.revision;
    const searcher = new Searcher(index);
    const unread = new Set<string>();
    // Each file is read in its step: what changed before is in what is read, and what changes
    // from now on is marked dirty and read again once the index is in place.
    this.dirty.clear();
    const waiting = new Set(this.app.vault.getMarkdownFiles());
    this.waiting = waiting;
    const inputs = function* (this: IndexService) {
      for (const file of waiting) {
        waiting.delete(file);
        const input = this.input(file);
        // Not parsed yet (set aside below, before any read): its `changed` event, or `resolved`, brings it.
        if (input.meta === null) unread.add(input.path);
        else yield input;
      }
    }.call(this);
    const steps = function* (this: IndexService) {
      // Unparsed files are set aside first, a step per SET_ASIDE_STEP of them: at 50,000 files
      // with an empty cache, skipping them while reading took one 30-45 ms step.
      let checked = 0;
      for (const file of waiting) {
        if (this.build !== token) return;
        if (this.app.metadataCache.getFileCache(file) === null) {
          waiting.delete(file);
          unread.add(file.path);
        }
        if (++checked % SET_ASIDE_STEP === 0) yield;
      }
      // A newer build makes this one's work moot: it stops at its next step.
      for (const step of index.rebuildSteps(inputs)) {
        if (this.build !== token) return;
        yield step;
      }
      yield* searcher.syncSteps();
    }.call(this);
    // The first slice runs in a task of its own, not in the caller's (the layout-ready handler).
    this.building = this.clock.pause().then(() => runSliced(steps, this.clock)).then(() => {
      if (this.build !== token) {
        searcher.detach();
        return;
      }
      this.build = null;
      this.waiting = new Set();
      this.searcher.detach();
      this.index = index;
      this.searcher = searcher;
      this.unread = unread;
      if (this.resolvedInBuild) for (const path of unread) this.dirty.add(path);
      this.resolvedInBuild = false;
      this.changed();
      this.drain();
    });
    return this.building;
  }

  /** Resolves once no build runs and nothing is left to apply. */
  async idle(): Promise<void> {
    while (this.build !== null || this.draining !== null) {
      await this.building;
      await this.draining;
    }
  }

  /** The cache is complete: files it filled without a `changed` event are read again. */
  private resolved(): void {
    if (this.build !== null) this.resolvedInBuild = true;
    else this.mark([...this.unread], false);
  }

  /** Marks paths to read again: at once for a lone file change, else in the next drain. */
  private mark(paths: string[], single: boolean): void {
    const quiet = this.build === null && this.draining === null && this.dirty.size === 0;
    if (quiet && single && this.burstMs < SLICE_BUDGET_MS) {
      const [start, revision] = [this.clock.now(), this.index.revision];
      this.index.apply(paths.map((path) => this.change(path)));
      this.burstMs += this.clock.now() - start;
      if (!this.burstReset) {
        this.burstReset = true;
        void this.clock.pause().then(() => {
          this.burstMs = 0;
          this.burstReset = false;
        });
      }
      if (this.index.revision !== revision) this.changed();
      return;
    }
    for (const path of paths) {
      const file = this.build !== null && !path.endsWith('/') ? this.app.vault.getFileByPath(path) : null;
      if (!file || !this.waiting.has(file)) this.dirty.add(path);
    }
    this.drain();
  }

  /**
   * Applies the dirty paths in time slices, unless a build will (it drains once in place):
   * batch after batch while changes keep coming, one INDEX_CHANGED each, then the search keys.
   */
  private drain(): void {
    if (this.draining !== null || this.build !== null || this.dirty.size === 0) return;
    this.draining = (async () => {
      for (;;) {
        // The current task ends first; a burst may bring more meanwhile.
        await this.clock.pause();
        if (this.dirty.size === 0 || this.build !== null) break;
        const revision = this.index.revision;
        await runSliced(this.applySteps(), this.clock);
        // None when the batch changed nothing (events reported twice).
        if (this.index.revision !== revision && this.build === null) this.changed();
      }
      if (this.build === null) await runSliced(this.searcher.syncSteps(), this.clock);
      this.draining = null;
      this.drain();
    })();
  }

  /** Reads the dirty paths again, a batch at a time: what arrives meanwhile waits for the next batch. */
  private *applySteps(): Generator<void> {
    while (this.dirty.size > 0 && this.build === null) {
      const batch = [...this.dirty];
      this.dirty.clear();
      yield* this.index.applySteps(this.changes(batch));
    }
  }

  /** What the vault holds now at each path of a batch; a folder's paths join the next batch. */
  private *changes(batch: string[]): Generator<NoteChange> {
    for (const entry of batch) {
      // A build started: it read the vault after these changes.
      if (this.build !== null) return;
      if (entry.endsWith('/')) for (const path of this.pathsUnder(entry)) this.dirty.add(path);
      else yield this.change(entry);
    }
  }

  /** Reads one path again from the vault and its cache. */
  private change(path: string): NoteChange {
    this.unread.delete(path);
    const file = this.app.vault.getFileByPath(path);
    return file && file.extension === 'md' ? this.input(file) : { path, gone: true };
  }

  /** The notes the index holds below `prefix` and the Markdown files the vault holds there now. */
  private pathsUnder(prefix: string): string[] {
    const paths = [...this.index.allNotes()].map((n) => n.path).filter((p) => p.startsWith(prefix));
    const walk = (f: TAbstractFile): void => {
      if (f instanceof TFolder) f.children.forEach(walk);
      else if (f instanceof TFile && f.extension === 'md') paths.push(f.path);
    };
    const folder = this.app.vault.getFolderByPath(prefix.slice(0, -1));
    if (folder) walk(folder);
    return paths;
  }

  private input(file: TFile): NoteInput {
    return { path: file.path, meta: this.app.metadataCache.getFileCache(file) };
  }

  private changed(): void {
    this.trigger(INDEX_CHANGED, this.index.revision);
  }
}

/** Files looked at per step when the build sets aside those not parsed yet. */
const SET_ASIDE_STEP = 500;

/** What a rename or delete of `file` (formerly at `oldPath`) makes dirty: both places, as files or folders. */
function entries(file: TAbstractFile, oldPath: string): string[] {
  if (file instanceof TFolder) return [folderEntry(oldPath), folderEntry(file.path)];
  return oldPath === file.path ? [file.path] : [oldPath, file.path];
}
