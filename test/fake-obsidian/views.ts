/** Views as Obsidian has them: View, ItemView, a MarkdownView with a small editor, and Menu. */
import type { App } from './app';
import type { TFile } from './files';
import { Component } from './plugin';
import type { WorkspaceLeaf } from './workspace';

export abstract class View extends Component {
  app: App;
  containerEl: HTMLElement;

  constructor(public leaf: WorkspaceLeaf) {
    super();
    this.app = leaf.app;
    this.containerEl = createDiv('workspace-leaf-content');
  }

  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getIcon(): string {
    return '';
  }

  onOpen(): Promise<void> {
    return Promise.resolve();
  }

  onClose(): Promise<void> {
    return Promise.resolve();
  }
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.contentEl = this.containerEl.createDiv('view-content');
  }
}

/** The editor part plugins use: text, cursor, positions and replacing a range. */
export class Editor {
  cursor = { line: 0, ch: 0 };

  constructor(private text: string) {}

  getCursor(): { line: number; ch: number } {
    return this.cursor;
  }

  setCursor(pos: { line: number; ch: number } | number, ch?: number): void {
    this.cursor = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : { ...pos };
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  getValue(): string {
    return this.text;
  }

  setValue(text: string): void {
    this.text = text;
  }

  offsetToPos(offset: number): { line: number; ch: number } {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, ch: before[before.length - 1].length };
  }

  posToOffset(pos: { line: number; ch: number }): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < pos.line; i++) offset += lines[i].length + 1;
    return offset + pos.ch;
  }

  replaceRange(replacement: string, from: { line: number; ch: number }, to: { line: number; ch: number } = from): void {
    this.text = this.text.slice(0, this.posToOffset(from)) + replacement + this.text.slice(this.posToOffset(to));
  }

  focus(): void {}
}

export class MarkdownView extends ItemView {
  editor: Editor;

  constructor(
    leaf: WorkspaceLeaf,
    public file: TFile,
    text: string,
  ) {
    super(leaf);
    this.editor = new Editor(text);
  }

  getViewType(): string {
    return 'markdown';
  }

  getDisplayText(): string {
    return this.file.basename;
  }
}

export class MenuItem {
  title = '';
  icon = '';
  callback: (() => unknown) | null = null;

  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  setIcon(icon: string): this {
    this.icon = icon;
    return this;
  }

  onClick(callback: () => unknown): this {
    this.callback = callback;
    return this;
  }
}

export class Menu {
  /** Test helper: the menu shown last. */
  static last: Menu | null = null;
  items: MenuItem[] = [];

  addItem(build: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    build(item);
    this.items.push(item);
    return this;
  }

  showAtMouseEvent(_evt: MouseEvent): this {
    Menu.last = this;
    return this;
  }
}

/** A child of rendered Markdown (a code block's output), unloaded with it. */
export class MarkdownRenderChild extends Component {
  constructor(public containerEl: HTMLElement) {
    super();
  }
}

export interface EditorSuggestContext {
  editor: Editor;
  start: { line: number; ch: number };
  end: { line: number; ch: number };
  query: string;
  file: unknown;
}

/** Obsidian's editor suggester: the app calls onTrigger on edits, then getSuggestions. */
export abstract class EditorSuggest<T> {
  context: EditorSuggestContext | null = null;
  isOpen = false;

  constructor(public app: App) {}

  abstract onTrigger(cursor: { line: number; ch: number }, editor: Editor, file: unknown): { start: { line: number; ch: number }; end: { line: number; ch: number }; query: string } | null;
  abstract getSuggestions(context: EditorSuggestContext): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;

  /** Test helper: what the app does after an edit; returns the suggestions shown, if any. */
  async update(editor: Editor, file: unknown = null): Promise<T[]> {
    const info = this.onTrigger(editor.getCursor(), editor, file);
    if (!info) {
      this.close();
      return [];
    }
    this.context = { editor, file, ...info };
    this.isOpen = true;
    return await this.getSuggestions(this.context);
  }

  close(): void {
    this.isOpen = false;
  }
}

/** Renders Markdown the simple way: one paragraph per block, text only (enough to see a preview in tests). */
export const MarkdownRenderer = {
  render(_app: unknown, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
    for (const block of markdown.split(/\n{2,}/)) {
      const heading = /^(#{1,6}) (.*)$/.exec(block);
      if (heading) el.createEl(`h${heading[1].length}` as 'h1', { text: heading[2] });
      else el.createEl('p', { text: block });
    }
    return Promise.resolve();
  },
};

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: true };
