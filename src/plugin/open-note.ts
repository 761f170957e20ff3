/** Opening a note by path, in the current tab or a new one. */
import { TFile, type App } from 'obsidian';

export async function openPath(app: App, path: string, newTab: boolean): Promise<boolean> {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return false;
  await app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file);
  return true;
}
