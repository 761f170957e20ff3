/** Component, Plugin, settings tab and `Setting`, enough of them to run the plugin for real. */
import type { App } from './app';
import type { EditorSuggest } from './editor-suggest';
import type { EventRef } from './events';

export class Component {
  private children: Component[] = [];
  private cleanups: (() => void)[] = [];
  private loaded = false;
  /** Test helper: settles when `onload` (which may be async) has finished. */
  loading: Promise<void> = Promise.resolve();

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.loading = Promise.resolve(this.onload());
    for (const child of this.children) child.load();
  }

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const child of this.children) child.unload();
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.onunload();
  }

  onload(): void | Promise<void> {}
  onunload(): void {}

  addChild<T extends Component>(child: T): T {
    this.children.push(child);
    if (this.loaded) child.load();
    return child;
  }

  register(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  registerEvent(ref: EventRef): void {
    this.cleanups.push(() => ref.owner.offref(ref));
  }

  registerInterval(id: number): number {
    this.cleanups.push(() => clearInterval(id));
    return id;
  }
}

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description: string;
  author: string;
  isDesktopOnly?: boolean;
}

export interface Command {
  id: string;
  name: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: unknown, view: unknown) => unknown;
  editorCheckCallback?: (checking: boolean, editor: unknown, view: unknown) => boolean | void;
  icon?: string;
  hotkeys?: unknown[];
}

export class Plugin extends Component {
  settingTabs: PluginSettingTab[] = [];
  commands: Command[] = [];
  /** What loadData returns and saveData stores: data.json. */
  data: unknown = null;

  constructor(
    public app: App,
    public manifest: PluginManifest,
  ) {
    super();
  }

  loadData(): Promise<unknown> {
    return Promise.resolve(this.data === null ? null : JSON.parse(JSON.stringify(this.data)));
  }

  saveData(data: unknown): Promise<void> {
    this.data = JSON.parse(JSON.stringify(data));
    return Promise.resolve();
  }

  /** Called by the app when data.json changes on disk, from Sync or another program. */
  onExternalSettingsChange?(): unknown;

  /** Test helper: another device's data.json arrives, as Sync writes it. */
  async receiveData(data: unknown): Promise<void> {
    this.data = JSON.parse(JSON.stringify(data));
    await this.onExternalSettingsChange?.();
  }

  addSettingTab(tab: PluginSettingTab): void {
    this.settingTabs.push(tab);
  }

  hoverSources = new Map<string, unknown>();
  ribbon: { icon: string; title: string; callback: () => unknown }[] = [];

  registerView(type: string, creator: (leaf: never) => unknown): void {
    this.app.workspace.viewCreators.set(type, creator as never);
    this.register(() => this.app.workspace.viewCreators.delete(type));
  }

  registerHoverLinkSource(id: string, info: unknown): void {
    this.hoverSources.set(id, info);
  }

  addRibbonIcon(icon: string, title: string, callback: () => unknown): HTMLElement {
    this.ribbon.push({ icon, title, callback });
    return createDiv('side-dock-ribbon-action');
  }

  codeBlocks = new Map<string, (source: string, el: HTMLElement, ctx: unknown) => unknown>();
  /** Test helper: what reading view runs over each rendered section (`ctx.sourcePath` is the note's path). */
  postProcessors: ((el: HTMLElement, ctx: { sourcePath: string }) => unknown)[] = [];

  registerMarkdownPostProcessor(processor: (el: HTMLElement, ctx: never) => unknown): typeof processor {
    this.postProcessors.push(processor as (el: HTMLElement, ctx: { sourcePath: string }) => unknown);
    this.register(() => this.postProcessors.splice(this.postProcessors.indexOf(processor as never), 1));
    return processor;
  }
  editorSuggests: EditorSuggest<unknown>[] = [];

  registerMarkdownCodeBlockProcessor(language: string, handler: (source: string, el: HTMLElement, ctx: never) => unknown): void {
    this.codeBlocks.set(language, handler as (source: string, el: HTMLElement, ctx: unknown) => unknown);
  }

  /** Appended after the app's own suggesters (see editor-suggest.ts), removed on unload. */
  registerEditorSuggest(suggest: EditorSuggest<unknown>): void {
    this.editorSuggests.push(suggest);
    const chain = this.app.workspace.editorSuggest;
    chain.addSuggest(suggest);
    this.register(() => chain.removeSuggest(suggest));
  }

  /** Test helper: the handlers given to Obsidian's CLI, by command. */
  cliHandlers = new Map<string, { description: string; flags: Record<string, unknown> | null; handler: (params: Record<string, string>) => string | Promise<string> }>();

  /** Since 1.12.2 (module.ts removes it when the fake plays an older app). Ids are global: a second registration throws. */
  registerCliHandler?(command: string, description: string, flags: Record<string, unknown> | null, handler: (params: Record<string, string>) => string | Promise<string>): void;

  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.commands.push(full);
    return full;
  }
}

export abstract class PluginSettingTab {
  containerEl: HTMLElement;

  constructor(
    public app: App,
    public plugin: Plugin,
  ) {
    this.containerEl = createDiv();
  }

  abstract display(): void;

  hide(): void {}
}

type Control = { inputEl: HTMLInputElement | HTMLTextAreaElement };

class TextLike<E extends HTMLInputElement | HTMLTextAreaElement> implements Control {
  constructor(public inputEl: E) {}

  setPlaceholder(text: string): this {
    this.inputEl.placeholder = text;
    return this;
  }

  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  getValue(): string {
    return this.inputEl.value;
  }

  onChange(callback: (value: string) => unknown): this {
    this.inputEl.addEventListener('input', () => callback(this.inputEl.value));
    return this;
  }
}

export class TextComponent extends TextLike<HTMLInputElement> {}
export class TextAreaComponent extends TextLike<HTMLTextAreaElement> {}

export class ToggleComponent {
  constructor(public toggleEl: HTMLInputElement) {}

  setValue(on: boolean): this {
    this.toggleEl.checked = on;
    return this;
  }

  onChange(callback: (on: boolean) => unknown): this {
    this.toggleEl.addEventListener('change', () => callback(this.toggleEl.checked));
    return this;
  }
}

export class DropdownComponent {
  constructor(public selectEl: HTMLSelectElement) {}

  addOptions(options: Record<string, string>): this {
    for (const [value, text] of Object.entries(options)) this.selectEl.createEl('option', { value, text });
    return this;
  }

  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }

  onChange(callback: (value: string) => unknown): this {
    this.selectEl.addEventListener('change', () => callback(this.selectEl.value));
    return this;
  }
}

/** One settings row, drawn as Obsidian draws it (`setting-item` with name, description and control). */
export class Setting {
  settingEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv('setting-item');
    const info = this.settingEl.createDiv('setting-item-info');
    this.nameEl = info.createDiv('setting-item-name');
    this.descEl = info.createDiv('setting-item-description');
    this.controlEl = this.settingEl.createDiv('setting-item-control');
  }

  setName(name: string): this {
    this.nameEl.setText(name);
    return this;
  }

  setDesc(desc: string): this {
    this.descEl.setText(desc);
    return this;
  }

  setHeading(): this {
    this.settingEl.addClass('setting-item-heading');
    return this;
  }

  addText(build: (c: TextComponent) => unknown): this {
    build(new TextComponent(this.controlEl.createEl('input', { type: 'text' })));
    return this;
  }

  addToggle(build: (c: ToggleComponent) => unknown): this {
    build(new ToggleComponent(this.controlEl.createEl('input', { type: 'checkbox' })));
    return this;
  }

  addDropdown(build: (c: DropdownComponent) => unknown): this {
    build(new DropdownComponent(this.controlEl.createEl('select', { cls: 'dropdown' })));
    return this;
  }

  addTextArea(build: (c: TextAreaComponent) => unknown): this {
    build(new TextAreaComponent(this.controlEl.createEl('textarea')));
    return this;
  }

  addButton(build: (c: ButtonComponent) => unknown): this {
    build(new ButtonComponent(this.controlEl.createEl('button')));
    return this;
  }
}

export class ButtonComponent {
  constructor(public buttonEl: HTMLButtonElement) {}

  setButtonText(text: string): this {
    this.buttonEl.setText(text);
    return this;
  }

  setCta(): this {
    this.buttonEl.addClass('mod-cta');
    return this;
  }

  setClass(cls: string): this {
    this.buttonEl.addClass(cls);
    return this;
  }

  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener('click', (evt) => void callback(evt));
    return this;
  }
}

export class Notice {
  static shown: string[] = [];

  constructor(public message: string) {
    Notice.shown.push(message);
  }
}

/** `Plugin.registerCliHandler`, present from 1.12.2. */
export function registerCliHandler(this: Plugin, command: string, description: string, flags: Record<string, unknown> | null, handler: (params: Record<string, string>) => string | Promise<string>): void {
  if (this.cliHandlers.has(command)) throw new Error(`CLI command already registered: ${command}`);
  this.cliHandlers.set(command, { description, flags, handler });
  this.register(() => this.cliHandlers.delete(command));
}
