/** Creating a note without ever writing over one: the folder is made, a taken name gets a number. */
import { normalizePath, TFile, type App } from 'obsidian';

/** Makes the folder a new file at `path` goes into, when it is not there yet. */
export async function ensureFolder(app: App, path: string): Promise<void> {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  if (folder !== '' && !app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
}

export async function createNote(app: App, path: string, text: string): Promise<TFile> {
  const clean = normalizePath(path);
  await ensureFolder(app, clean);
  const stem = clean.replace(/\.md$/, '');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${stem}.md` : `${stem} ${n}.md`;
    if (app.vault.getAbstractFileByPath(candidate)) continue;
    try {
      return await app.vault.create(candidate, text);
    } catch (e) {
      // Someone (sync, another plugin) took the name in between: try the next one.
      if (!app.vault.getAbstractFileByPath(candidate)) throw e;
    }
  }
}

/** Opens a note with the caret at `offset` (the template's first cursor stop). */
export async function openAt(app: App, file: TFile, offset: number | null): Promise<void> {
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file);
  const view = leaf.view as { editor?: { offsetToPos(o: number): { line: number; ch: number }; setCursor(p: { line: number; ch: number }): void; focus?(): void } };
  if (offset !== null && view.editor) {
    view.editor.setCursor(view.editor.offsetToPos(offset));
    view.editor.focus?.();
  }
}

export function isFile(app: App, path: string): boolean {
  return app.vault.getAbstractFileByPath(path) instanceof TFile;
}
