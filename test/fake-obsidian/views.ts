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

/** The editor part plugins use: the cursor and the lines of the note. */
export class Editor {
  cursor = { line: 0, ch: 0 };

  constructor(private readonly text: string) {}

  getCursor(): { line: number; ch: number } {
    return this.cursor;
  }

  setCursor(line: number, ch: number): void {
    this.cursor = { line, ch };
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  getValue(): string {
    return this.text;
  }
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

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: true };
