/** Workspace and leaves: opening files and views, sidebars, deferred views, the active leaf. */
import type { App } from './app';
import { EditorSuggests } from './editor-suggest';
import { Events } from './events';
import type { TFile } from './files';
import { MarkdownView, type View } from './views';

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export class WorkspaceLeaf {
  view: View | null = null;
  /** Set while a restored view waits to be drawn, as Obsidian defers unseen tabs. */
  private deferredType: string | null = null;
  readonly containerEl: HTMLElement;

  constructor(
    public readonly app: App,
    private readonly workspace: Workspace,
  ) {
    this.containerEl = createDiv('workspace-leaf');
  }

  get isDeferred(): boolean {
    return this.deferredType !== null;
  }

  get file(): TFile | null {
    return this.view instanceof MarkdownView ? this.view.file : null;
  }

  async openFile(file: TFile): Promise<void> {
    await this.setView(new MarkdownView(this, file, await this.app.vault.read(file)));
    this.workspace.setActiveLeaf(this);
    this.workspace.trigger('file-open', file);
  }

  async setViewState(state: { type: string; active?: boolean }): Promise<void> {
    const create = this.workspace.viewCreators.get(state.type);
    if (!create) throw new Error(`no view registered for ${state.type}`);
    await this.setView(create(this));
    if (state.active) this.workspace.setActiveLeaf(this);
    this.workspace.trigger('layout-change');
  }

  /** Test helper: a leaf restored from the layout whose view is not created yet. */
  defer(type: string): void {
    this.deferredType = type;
  }

  async loadIfDeferred(): Promise<void> {
    const type = this.deferredType;
    if (type === null) return;
    this.deferredType = null;
    await this.setViewState({ type });
  }

  getViewState(): { type: string } {
    return { type: this.deferredType ?? this.view?.getViewType() ?? 'empty' };
  }

  /** Test helper: shows or hides the leaf, as switching sidebar tabs does. */
  setVisible(visible: boolean): void {
    this.containerEl.hidden = !visible;
    if (visible) this.workspace.trigger('layout-change');
  }

  detach(): void {
    this.view?.unload();
    void this.view?.onClose();
    this.view = null;
    this.containerEl.remove();
    this.workspace.leaves.splice(this.workspace.leaves.indexOf(this), 1);
  }

  private async setView(view: View): Promise<void> {
    if (this.view) {
      await this.view.onClose();
      this.view.unload();
    }
    this.containerEl.empty();
    this.view = view;
    this.containerEl.appendChild(view.containerEl);
    view.load();
    await view.onOpen();
  }
}

export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  readonly leaves: WorkspaceLeaf[] = [];
  readonly viewCreators = new Map<string, ViewCreator>();
  private readyCallbacks: (() => unknown)[] = [];
  private right: HTMLElement | null = null;
  private recentFile: TFile | null = null;
  /** Private in Obsidian, used by plugins that must come before a core suggester. */
  readonly editorSuggest: EditorSuggests;

  constructor(private readonly app: App) {
    super();
    this.editorSuggest = new EditorSuggests(app);
  }

  /** The right sidebar, made on first use so that tests without a DOM can run. */
  get rightSplit(): HTMLElement {
    if (!this.right) document.body.appendChild((this.right = createDiv('mod-right-split')));
    return this.right;
  }

  /** Runs now when the layout is ready, else once it is, as Obsidian does. */
  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.readyCallbacks.push(callback);
  }

  /** Test helper: the app finished loading its layout. */
  setLayoutReady(): void {
    this.layoutReady = true;
    const callbacks = this.readyCallbacks;
    this.readyCallbacks = [];
    for (const cb of callbacks) cb();
    this.trigger('layout-change');
  }

  /** `false` reuses the active leaf; `'tab'` (or true) opens a new one, as Obsidian does. */
  getLeaf(newLeaf?: boolean | 'tab' | 'split' | 'window'): WorkspaceLeaf {
    if (!newLeaf && this.activeLeaf && !this.activeLeaf.containerEl.closest('.mod-right-split')) return this.activeLeaf;
    return this.newLeaf();
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf {
    const leaf = this.newLeaf();
    this.rightSplit.appendChild(leaf.containerEl);
    return leaf;
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.getViewState().type === type);
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    leaf.setVisible(true);
    await leaf.loadIfDeferred();
  }

  getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  setActiveLeaf(leaf: WorkspaceLeaf): void {
    this.activeLeaf = leaf;
    if (leaf.file) this.recentFile = leaf.file;
    this.trigger('active-leaf-change', leaf);
  }

  /** The active note, or the most recently active one while a sidebar view has the focus. */
  getActiveFile(): TFile | null {
    const file = this.activeLeaf?.file ?? this.recentFile;
    return file && this.app.vault.getFileByPath(file.path) === file ? file : null;
  }

  async openLinkText(linktext: string, _sourcePath: string, newLeaf?: boolean): Promise<void> {
    const file = this.app.vault.getFileByPath(linktext) ?? this.app.vault.getFileByPath(`${linktext}.md`);
    if (file) await this.getLeaf(newLeaf ? 'tab' : false).openFile(file);
  }

  private newLeaf(): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, this);
    this.leaves.push(leaf);
    if (typeof document !== 'undefined') document.body.appendChild(leaf.containerEl);
    return leaf;
  }
}
