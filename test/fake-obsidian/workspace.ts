/** Workspace and leaves: enough to open files, find the active one, and wait for the layout. */
import { Events } from './events';
import type { TFile } from './files';

export class WorkspaceLeaf {
  file: TFile | null = null;

  constructor(private readonly workspace: Workspace) {}

  openFile(file: TFile): Promise<void> {
    this.file = file;
    this.workspace.setActiveLeaf(this);
    this.workspace.trigger('file-open', file);
    return Promise.resolve();
  }
}

export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  readonly leaves: WorkspaceLeaf[] = [];
  private readyCallbacks: (() => unknown)[] = [];

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
    if (!newLeaf && this.activeLeaf) return this.activeLeaf;
    const leaf = new WorkspaceLeaf(this);
    this.leaves.push(leaf);
    return leaf;
  }

  setActiveLeaf(leaf: WorkspaceLeaf): void {
    this.activeLeaf = leaf;
    this.trigger('active-leaf-change', leaf);
  }

  getActiveFile(): TFile | null {
    return this.activeLeaf?.file ?? null;
  }
}
