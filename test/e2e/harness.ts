/**
 * Runs in Chromium: an Obsidian-like page around the built main.js. The fake
 * `obsidian` module answers main.js's `require('obsidian')`, the vault comes
 * from `window.VAULT`, and `window.harness` lets the test drive and inspect it.
 */
import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import * as obsidian from '../fake-obsidian/module';

interface PluginLike {
  load(): void;
  /** The fake's Component: settles when the async onload has finished. */
  loading: Promise<void>;
  indexService: { building: Promise<void> };
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
  run(command: string): Promise<void>;
  activeFile(): string | null;
  showSettings(): void;
  /** Opens a note in the main area, as a click in the file explorer would. */
  open(path: string): Promise<void>;
  setTheme(dark: boolean): void;
  rows(): string[];
  /** Closes the plugin's sidebar panes, so that the next one opened has the sidebar to itself. */
  closePanes(): void;
  timeOpen(): Promise<number>;
  timeFilter(text: string): number;
  setMobile(on: boolean): void;
  openNote(path: string, line: number): Promise<void>;
  editorText(): string;
  fileSize(path: string): Promise<number | null>;
  readingView(path: string): Promise<void>;
}

// main.js is a CommonJS bundle: give it `module`, `exports` and a `require` that knows only obsidian.
const commonJs = { exports: {} as { default?: new (app: unknown, manifest: unknown) => PluginLike } };
const scope = window as unknown as Record<string, unknown>;
scope.module = commonJs;
scope.exports = commonJs.exports;
scope.require = (id: string): unknown => {
  if (id === 'obsidian') return obsidian;
  throw new Error(`main.js asked for ${id}, which a plugin cannot have`);
};

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

const app = obsidian.appWith(window.VAULT);
let plugin: PluginLike;

const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

window.harness = {
  /** Loads the plugin; resolves to the milliseconds until its index was built. */
  async boot(): Promise<number> {
    const Plugin = commonJs.exports.default;
    if (!Plugin) throw new Error('main.js exported no plugin');
    const start = performance.now();
    plugin = new Plugin(app, window.MANIFEST);
    plugin.load();
    // onload awaits loadData before it registers anything.
    await plugin.loading;
    app.workspace.setLayoutReady();
    await plugin.indexService.building;
    return performance.now() - start;
  },
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
