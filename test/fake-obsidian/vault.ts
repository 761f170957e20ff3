/** An in-memory vault with Obsidian's events: create, modify, rename, delete. */
import { Events } from './events';
import { TAbstractFile, TFile, TFolder } from './files';
import type { MetadataCache } from './metadata-cache';

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml' };

export class Vault extends Events {
  configDir = '.obsidian';
  /**
   * Obsidian's documentation does not promise an event for every file inside a
   * renamed or deleted folder: with `folderEventsOnly`, only the folder reports.
   */
  folderEventsOnly = false;
  private entries = new Map<string, TAbstractFile>();
  private texts = new Map<string, string>();
  private readonly root = new TFolder();

  constructor(private readonly metadataCache: MetadataCache) {
    super();
    this.root.path = '/';
    this.root.vault = this;
    metadataCache.vault = this;
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return path === '/' || path === '' ? this.root : this.entries.get(path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const f = this.entries.get(path);
    return f instanceof TFile ? f : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFolder ? f : null;
  }

  getFiles(): TFile[] {
    return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  private binaries = new Map<string, ArrayBuffer>();

  readBinary(file: TFile): Promise<ArrayBuffer> {
    // Seeded files are text; their bytes are good enough for tests that copy attachments.
    const data = this.binaries.get(file.path) ?? Uint8Array.from(this.textOf(file), (c) => c.charCodeAt(0) & 255).buffer;
    return Promise.resolve(data);
  }

  /**
   * Obsidian gives an `app://…` URL the page can load; here a `data:` URL of the
   * file's bytes, so rendered previews and the e2e screenshots show the image.
   */
  getResourcePath(file: TFile): string {
    const bytes = new Uint8Array(this.binaries.get(file.path) ?? Uint8Array.from(this.textOf(file), (c) => c.charCodeAt(0) & 255).buffer);
    const mime = MIME[file.extension.toLowerCase()] ?? 'application/octet-stream';
    return `data:${mime};base64,${btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))}`;
  }

  createBinary(path: string, data: ArrayBuffer): Promise<TFile> {
    if (this.entries.has(path)) return Promise.reject(new Error('File already exists.'));
    const file = this.addFile(path, '');
    this.binaries.set(path, data);
    this.trigger('create', file);
    return Promise.resolve(file);
  }

  modifyBinary(file: TFile, data: ArrayBuffer): Promise<void> {
    this.binaries.set(file.path, data);
    this.trigger('modify', file);
    return Promise.resolve();
  }

  read(file: TFile): Promise<string> {
    return Promise.resolve(this.textOf(file));
  }

  cachedRead(file: TFile): Promise<string> {
    return this.read(file);
  }

  /** Adds a file without events, as the app finds files at start-up. */
  seed(path: string, text: string, warmCache: boolean): TFile {
    const file = this.addFile(path, text);
    if (warmCache && file.extension === 'md') this.metadataCache.prime(file, text);
    return file;
  }

  createFolder(path: string): Promise<TFolder> {
    if (this.entries.has(path)) return Promise.reject(new Error('Folder already exists.'));
    const folder = this.folder(path);
    this.trigger('create', folder);
    return Promise.resolve(folder);
  }

  async create(path: string, text: string): Promise<TFile> {
    if (this.entries.has(path)) throw new Error('File already exists.');
    const file = this.addFile(path, text);
    this.trigger('create', file);
    if (file.extension === 'md') await this.metadataCache.schedule(file, text);
    return file;
  }

  async modify(file: TFile, text: string): Promise<void> {
    this.textOf(file);
    this.texts.set(file.path, text);
    file.stat.mtime++;
    this.trigger('modify', file);
    if (file.extension === 'md') await this.metadataCache.schedule(file, text);
  }

  async process(file: TFile, fn: (text: string) => string): Promise<string> {
    const next = fn(this.textOf(file));
    await this.modify(file, next);
    return next;
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    if (this.entries.has(newPath)) throw new Error('Destination file already exists!');
    const moves: { f: TAbstractFile; from: string; to: string }[] = [];
    const collect = (f: TAbstractFile, to: string): void => {
      moves.push({ f, from: f.path, to });
      if (f instanceof TFolder) for (const child of f.children) collect(child, `${to}/${child.name}`);
    };
    collect(file, newPath);
    this.detach(file);
    for (const { f, from, to } of moves) {
      this.entries.delete(from);
      if (f instanceof TFile) {
        f.setPath(to);
        this.texts.set(to, this.texts.get(from) ?? '');
        this.texts.delete(from);
        this.metadataCache.moved(from, to);
      } else {
        f.path = to;
        f.name = to.slice(to.lastIndexOf('/') + 1);
      }
      this.entries.set(to, f);
    }
    this.attach(file);
    // Obsidian reports the moved item and, for a folder, every item inside it (or only the folder).
    for (const { f, from } of this.folderEventsOnly ? moves.slice(0, 1) : moves) this.trigger('rename', f, from);
    return Promise.resolve();
  }

  delete(file: TAbstractFile): Promise<void> {
    return this.remove(file, true);
  }

  /** `report`: whether this item fires its own events (not when only its folder reports). */
  private async remove(file: TAbstractFile, report: boolean): Promise<void> {
    // Children go one by one, each after the previous one's promise: other operations can land in between.
    if (file instanceof TFolder) for (const child of [...file.children]) await this.remove(child, report && !this.folderEventsOnly);
    this.detach(file);
    this.entries.delete(file.path);
    if (file instanceof TFile) {
      this.texts.delete(file.path);
      this.metadataCache.deleted(file, report);
    }
    if (report) this.trigger('delete', file);
    return Promise.resolve();
  }

  private textOf(file: TFile): string {
    const text = this.texts.get(file.path);
    if (text === undefined) throw new Error(`ENOENT: no such file, ${file.path}`);
    return text;
  }

  private addFile(path: string, text: string): TFile {
    const file = new TFile();
    file.vault = this;
    file.setPath(path);
    file.stat = { ctime: 0, mtime: 0, size: text.length };
    this.entries.set(path, file);
    this.texts.set(path, text);
    this.attach(file);
    return file;
  }

  private folder(path: string): TFolder {
    if (path === '') return this.root;
    const existing = this.entries.get(path);
    if (existing instanceof TFolder) return existing;
    const folder = new TFolder();
    folder.vault = this;
    folder.path = path;
    folder.name = path.slice(path.lastIndexOf('/') + 1);
    this.entries.set(path, folder);
    this.attach(folder);
    return folder;
  }

  private attach(f: TAbstractFile): void {
    const parent = this.folder(f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '');
    f.parent = parent;
    if (!parent.children.includes(f)) parent.children.push(f);
  }

  private detach(f: TAbstractFile): void {
    if (f.parent) f.parent.children = f.parent.children.filter((c) => c !== f);
  }
}
