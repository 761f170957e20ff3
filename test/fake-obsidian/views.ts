/** Views as Obsidian has them: View, ItemView, a MarkdownView with a small editor, and Menu. */
import type { App } from './app';
import { Editor } from './editor';
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

/**
 * A note open in an editor. Its edits reach the disk shortly after (Obsidian
 * saves about two seconds after typing stops); a vault write to its file from
 * elsewhere reloads the editor, which loses the cursor, selection and undo
 * history: the reason Obsidian's plugin guidelines say to edit the active note
 * through the Editor rather than `Vault.modify`.
 */
export class MarkdownView extends ItemView {
  editor: Editor;
  private saving: ReturnType<typeof setTimeout> | undefined;

  constructor(
    leaf: WorkspaceLeaf,
    public file: TFile,
    text: string,
  ) {
    super(leaf);
    this.editor = new Editor(text);
    this.editor.onEdit = () => this.requestSave();
  }

  override onload(): void {
    const vault = this.app.vault;
    this.registerEvent(
      vault.on('modify', (file) => {
        if (file !== this.file) return;
        void vault.read(this.file).then((text) => {
          if (text !== this.editor.getValue()) this.editor.reload(text);
        });
      }),
    );
    this.register(() => void this.save());
  }

  requestSave(): void {
    clearTimeout(this.saving);
    this.saving = setTimeout(() => void this.save(), 10);
  }

  /** Writes the editor's text if it differs from the file's. */
  async save(): Promise<void> {
    clearTimeout(this.saving);
    this.saving = undefined;
    const vault = this.app.vault;
    if (!vault.getFileByPath(this.file.path)) return;
    const text = this.editor.getValue();
    if ((await vault.read(this.file)) !== text) await vault.modify(this.file, text);
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

/** Renders Markdown the simple way: one paragraph per block, text only (enough to see a preview in tests). */
export const MarkdownRenderer = {
  render(_app: unknown, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
    for (const block of markdown.split(/\n{2,}/).map((b) => b.trim())) {
      if (block === '') continue;
      const heading = /^(#{1,6}) (.*)$/.exec(block);
      if (heading) el.createEl(`h${heading[1].length}` as 'h1', { text: heading[2] });
      else el.createEl('p', { text: block });
    }
    return Promise.resolve();
  },
};

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: true, isMacOS: false };
