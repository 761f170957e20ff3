/**
 * Runs in Chromium: an Obsidian-like page around the built main.js. The fake
 * `obsidian` module answers main.js's `require('obsidian')`, the vault comes
 * from `window.VAULT`, and `window.harness` lets the test drive and inspect it.
 */
import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import type { CachedMetadata } from 'obsidian';
import * as obsidian from '../fake-obsidian/module';
import { extractMeta } from '../../src/node/extract';

interface PluginLike {
  load(): void;
  /** The fake's Component: settles when the async onload has finished. */
  loading: Promise<void>;
  indexService: { building: Promise<void>; idle(): Promise<void>; index: { sessionCount: number } };
  commands: { id: string; callback?: () => unknown; checkCallback?: (checking: boolean) => unknown; editorCheckCallback?: (checking: boolean, editor: unknown, view: unknown) => unknown }[];
  /** The fake's reading-view post processors. */
  postProcessors: ((el: HTMLElement, ctx: { sourcePath: string }) => unknown)[];
}

declare global {
  interface Window {
    VAULT: Record<string, string>;
    MANIFEST: { id: string };
    harness: Harness;
  }
}

interface Harness {
  boot(): Promise<number>;
  /** A first start on a new device: an empty metadata cache; every note's metadata is parsed now, as the worker would, outside what is timed. */
  prepareColdStart(): void;
  /** Loads the plugin while the cache fills: `burst` notes' metadata per task, as worker messages, then `resolved`; resolves to the milliseconds until the index is idle. */
  bootCold(burst: number): Promise<number>;
  sessionCount(): number;
  run(command: string): Promise<void>;
  activeFile(): string | null;
  showSettings(): void;
  /** Opens a note in the main area, as a click in the file explorer would. */
  open(path: string): Promise<void>;
  setTheme(dark: boolean): void;
  rows(): string[];
  /** Closes every note in the main area: no note is active. */
  closeNotes(): void;
  /** Closes the plugin's sidebar panes, so that the next one opened has the sidebar to itself. */
  closePanes(): void;
  timeOpen(): Promise<number>;
  timeFilter(text: string): number;
  setMobile(on: boolean): void;
  openNote(path: string, line: number): Promise<void>;
  editorText(): string;
  fileSize(path: string): Promise<number | null>;
  readingView(path: string): Promise<void>;
  /** Lets `window.require` answer `fs`, `path` and `electron` as the desktop app does, over an in-memory disk holding `existing`. */
  fakeDisk(existing: string[]): void;
  /** Types `text` on a new last line of the open note and draws the editor suggester that answers, as Obsidian's popup. */
  typeInEditor(text: string): Promise<string[]>;
  /** Draws the notices shown so far (the newest `count`), as Obsidian's notice stack. */
  showNotices(count: number): string[];
  /** Mounts the Bases timetable view over the session notes of `folder`, in the main area. */
  timetable(folder: string): void;
}

// main.js is a CommonJS bundle: give it `module`, `exports` and a `require` that knows only obsidian.
const commonJs = { exports: {} as { default?: new (app: unknown, manifest: unknown) => PluginLike } };
const scope = window as unknown as Record<string, unknown>;
scope.module = commonJs;
scope.exports = commonJs.exports;
/** Node's modules as Electron's `window.require` gives them to the desktop app; none until `fakeDisk`. */
let desktopModules: Record<string, unknown> = {};
scope.require = (id: string): unknown => {
  if (id === 'obsidian') return obsidian;
  if (id in desktopModules) return desktopModules[id];
  throw new Error(`main.js asked for ${id}, which a plugin cannot have`);
};

/** A POSIX `path` and an `fs` over a set of file paths: enough for the disk writer (src/core/export/disk-writer.ts). */
function memoryDisk(existing: string[]): Record<string, unknown> {
  const files = new Set(existing);
  const resolve = (...parts: string[]): string => {
    const out: string[] = [];
    for (const part of parts) {
      if (part.startsWith('/')) out.length = 0;
      for (const seg of part.split('/')) {
        if (seg === '..') out.pop();
        else if (seg !== '' && seg !== '.') out.push(seg);
      }
    }
    return `/${out.join('/')}`;
  };
  const isDir = (p: string): boolean => [...files].some((f) => f.startsWith(`${p}/`)) || p === '/';
  const path = {
    sep: '/',
    resolve,
    isAbsolute: (p: string) => p.startsWith('/'),
    dirname: (p: string) => p.slice(0, Math.max(1, p.lastIndexOf('/'))),
    relative: (from: string, to: string) => {
      const a = resolve(from).split('/').filter(Boolean);
      const b = resolve(to).split('/').filter(Boolean);
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
    },
  };
  const fs = {
    existsSync: (p: string) => files.has(p) || isDir(p),
    statSync: (p: string) => ({ isDirectory: () => isDir(p) }),
    mkdirSync: () => undefined,
    writeFileSync: (p: string) => void files.add(p),
  };
  const dialog = { showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: ['/home/me/blog'] }) };
  return { fs, path, electron: { remote: { dialog } } };
}

// The look (test/e2e/looks.ts) comes in the URL, and is set before the plugin loads, as Obsidian's are.
const look = new URLSearchParams(location.search);
obsidian.setLanguage(look.get('lang') ?? 'en');
const mobile = look.get('mobile') === '1';
Object.assign(obsidian.Platform, { isMobile: mobile, isDesktop: !mobile, isDesktopApp: !mobile, isPhone: mobile });
document.body.toggleClass('is-mobile', mobile);
document.body.toggleClass('is-phone', mobile);
const dark = look.get('theme') === 'dark';
document.body.toggleClass('theme-dark', dark);
document.body.toggleClass('theme-light', !dark);
document.body.setCssProps({ '--harness-sidebar-width': `${Number(look.get('sidebar') ?? 380)}px` });

// Obsidian renders Markdown as CommonMark with footnotes, HTML allowed: markdown-it does the same here, so a
// preview (the export's) looks in Chromium as it would in Obsidian; the jsdom fake keeps its simple one.
const markdown = new MarkdownIt({ html: true, linkify: true }).use(footnotes);
obsidian.MarkdownRenderer.render = (_app, text, el) => {
  el.addClass('markdown-rendered');
  el.append(...new DOMParser().parseFromString(markdown.render(text), 'text/html').body.childNodes);
  return Promise.resolve();
};

let app = obsidian.appWith(window.VAULT);
let coldCaches: [obsidian.TFile, CachedMetadata][] = [];
let plugin: PluginLike;

const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/** Loads main.js's plugin over `app` until its layout is ready. */
async function loadPlugin(): Promise<void> {
  const Plugin = commonJs.exports.default;
  if (!Plugin) throw new Error('main.js exported no plugin');
  plugin = new Plugin(app, window.MANIFEST);
  plugin.load();
  // onload awaits loadData before it registers anything.
  await plugin.loading;
  app.workspace.setLayoutReady();
}

window.harness = {
  /** Loads the plugin; resolves to the milliseconds until its index was built. */
  async boot(): Promise<number> {
    const start = performance.now();
    await loadPlugin();
    await plugin.indexService.building;
    return performance.now() - start;
  },
  prepareColdStart(): void {
    app = obsidian.appWith(window.VAULT, { warmCache: false });
    coldCaches = app.vault.getMarkdownFiles().map((f) => [f, extractMeta(window.VAULT[f.path]) as CachedMetadata]);
  },
  async bootCold(burst: number): Promise<number> {
    const start = performance.now();
    await loadPlugin();
    const worker = new MessageChannel();
    await new Promise<void>((resolve) => {
      let at = 0;
      worker.port1.onmessage = () => {
        for (const [file, cache] of coldCaches.slice(at, at + burst)) app.metadataCache.deliver(file, cache);
        at += burst;
        if (at < coldCaches.length) worker.port2.postMessage(null);
        else resolve();
      };
      worker.port2.postMessage(null);
    });
    worker.port1.close();
    app.metadataCache.trigger('resolved');
    await plugin.indexService.idle();
    return performance.now() - start;
  },
  sessionCount: () => plugin.indexService.index.sessionCount,
  async run(command: string): Promise<void> {
    const found = plugin.commands.find((c) => c.id === `${window.MANIFEST.id}:${command}`);
    if (!found) throw new Error(`no command ${command}`);
    const view = app.workspace.getActiveViewOfType(obsidian.MarkdownView);
    if (found.callback) await found.callback();
    else if (found.editorCheckCallback) {
      if (view) found.editorCheckCallback(false, view.editor, view);
    } else found.checkCallback?.(false);
    // What a command starts in the fake (a leaf, a modal) is promise work, done before the next frame is painted.
    await nextFrame();
  },
  activeFile: () => app.workspace.getActiveFile()?.path ?? null,
  /** The plugin's settings tab as Obsidian shows it: drawn into the settings modal's content pane. */
  showSettings(): void {
    const tab = (plugin as unknown as { settingTabs: { containerEl: HTMLElement; display(): void }[] }).settingTabs[0];
    const container = document.body.createDiv('modal-container mod-dim');
    container.createDiv('modal-bg');
    const modal = container.createDiv('modal mod-settings');
    modal.createDiv('modal-close-button');
    const content = modal.createDiv('modal-content vertical-tab-content');
    tab.containerEl.addClass('vertical-tab-content-container');
    content.appendChild(tab.containerEl);
    tab.display();
  },
  async open(path: string): Promise<void> {
    const file = app.vault.getFileByPath(path);
    if (!file) throw new Error(`no note ${path}`);
    await app.workspace.getLeaf(false).openFile(file);
    await nextFrame();
  },
  setTheme(dark: boolean): void {
    document.body.toggleClass('theme-dark', dark);
    document.body.toggleClass('theme-light', !dark);
  },
  closePanes(): void {
    for (const type of ['conference-notes-topic-index', 'conference-notes-agenda']) for (const leaf of app.workspace.getLeavesOfType(type)) leaf.detach();
  },
  closeNotes(): void {
    for (let view = app.workspace.getActiveViewOfType(obsidian.MarkdownView); view; view = app.workspace.getActiveViewOfType(obsidian.MarkdownView)) view.leaf.detach();
    // As in Obsidian with the last tab closed: no active leaf, no active file.
    Object.assign(app.workspace, { activeLeaf: null, recentFile: null });
    app.workspace.trigger('active-leaf-change', null);
    app.workspace.trigger('file-open', null);
  },
  rows: () => [...document.querySelectorAll('.conference-notes-row')].map((r) => r.textContent ?? ''),

  /** A phone: Obsidian's Platform flag and the body class its CSS keys on. */
  setMobile(on: boolean): void {
    obsidian.Platform.isMobile = on;
    obsidian.Platform.isDesktop = !on;
    document.body.toggleClass('is-mobile', on);
  },
  async openNote(path: string, line: number): Promise<void> {
    const file = app.vault.getFileByPath(path);
    if (!file) throw new Error(`no note ${path}`);
    await app.workspace.getLeaf(false).openFile(file);
    app.workspace.getActiveViewOfType(obsidian.MarkdownView)?.editor.setCursor({ line, ch: 0 });
  },
  editorText: () => app.workspace.getActiveViewOfType(obsidian.MarkdownView)?.editor.getValue() ?? '',
  async fileSize(path: string): Promise<number | null> {
    const file = app.vault.getFileByPath(path);
    return file ? (await app.vault.readBinary(file)).byteLength : null;
  },
  /** The open note drawn as a minimal reading view (headings, list items, image embeds), then the plugin's post processors over it. */
  async readingView(path: string): Promise<void> {
    document.querySelector('.markdown-reading-view')?.remove();
    const el = document.body.createDiv({ cls: 'markdown-reading-view markdown-rendered' });
    let list: HTMLElement | null = null;
    for (const line of app.workspace.getActiveViewOfType(obsidian.MarkdownView)?.editor.getValue().replace(/^---\n[\s\S]*?\n---\n/, '').split('\n') ?? []) {
      const heading = /^(#{1,6}) (.*)$/.exec(line);
      const item = /^[-*] (.*)$/.exec(line);
      if (heading) el.createEl(`h${heading[1].length}` as 'h1', { text: heading[2] });
      if (!item) list = null;
      if (!item) continue;
      list ??= el.createEl('ul');
      const li = list.createEl('li');
      const embed = /^(.*?)!\[\[([^\]]+)\]\]$/.exec(item[1]);
      li.append(embed ? embed[1] : item[1]);
      const image = embed && app.vault.getFiles().find((f) => f.name === embed[2]);
      if (image) li.createEl('img', { attr: { src: URL.createObjectURL(new Blob([await app.vault.readBinary(image)])), width: '300' } });
    }
    for (const p of plugin.postProcessors) await p(el, { sourcePath: path });
  },

  fakeDisk(existing: string[]): void {
    desktopModules = memoryDisk(existing);
  },
  async typeInEditor(text: string): Promise<string[]> {
    const view = app.workspace.getActiveViewOfType(obsidian.MarkdownView);
    if (!view) throw new Error('no note open');
    const editor = view.editor;
    const line = editor.lineCount();
    editor.replaceRange(`\n${text}`, { line: line - 1, ch: editor.getLine(line - 1).length });
    editor.setCursor({ line, ch: text.length });
    const suggest = await app.workspace.editorSuggest.trigger(editor, view.file);
    // Obsidian's popup: under the line typed, its items drawn by the suggester, the first selected.
    document.querySelector('.harness-editor')?.remove();
    const pane = document.body.createDiv('harness-editor markdown-source-view');
    pane.createDiv({ cls: 'cm-line', text });
    if (!suggest) return [];
    const popup = pane.createDiv('suggestion-container').createDiv('suggestion');
    suggest.shown.forEach((value, i) => suggest.renderSuggestion(value, popup.createDiv({ cls: `suggestion-item${i === 0 ? ' is-selected' : ''}` })));
    return suggest.shown.map((_v, i) => popup.children[i].textContent ?? '');
  },
  showNotices(count: number): string[] {
    document.querySelector('.notice-container')?.remove();
    const container = document.body.createDiv('notice-container');
    const shown = obsidian.Notice.shown.slice(-count);
    for (const message of shown) container.createDiv({ cls: 'notice', text: message });
    return shown;
  },
  timetable(folder: string): void {
    const registration = obsidian.basesViews.get('conference-notes-timetable');
    if (!registration) throw new Error('no timetable view registered');
    document.querySelector('.harness-bases')?.remove();
    const el = document.body.createDiv('harness-bases workspace-leaf-content');
    const view = registration.factory({ app }, el) as { data: unknown; onDataUpdated(): void };
    // A query result as Bases hands it over: entries with their file and property values.
    const entries = app.vault.getMarkdownFiles().filter((f) => f.path.startsWith(`${folder}/`) && app.metadataCache.getFileCache(f)?.frontmatter?.type === 'session').map((file) => {
      const fm = app.metadataCache.getFileCache(file)?.frontmatter ?? {};
      const value = (v: unknown): unknown => ({ isTruthy: () => v !== undefined && v !== null && v !== '', toString: () => String(v) });
      return { file, getValue: (id: string) => value(fm[id.replace(/^note\./, '')]) };
    });
    view.data = { data: entries };
    view.onDataUpdated();
  },

  /** Milliseconds from the command to the pane's rows laid out (forced layout included), with the pane closed first. */
  async timeOpen(): Promise<number> {
    for (const leaf of app.workspace.getLeavesOfType('conference-notes-topic-index')) leaf.detach();
    await nextFrame();
    const command = plugin.commands.find((c) => c.id.endsWith(':open-topic-index'))!;
    const start = performance.now();
    command.callback?.();
    while (!document.querySelector('.conference-notes-row')) await Promise.resolve();
    void document.body.offsetHeight;
    return performance.now() - start;
  },

  /** Milliseconds for one filter input event: search, rows rebuilt, layout forced. */
  timeFilter(text: string): number {
    const input = document.querySelector<HTMLInputElement>('.conference-notes-pane input')!;
    input.value = text;
    const start = performance.now();
    input.dispatchEvent(new InputEvent('input', { isComposing: true, data: text }));
    void document.body.offsetHeight;
    return performance.now() - start;
  },
};
