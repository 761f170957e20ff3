/** Marks a talk planned or skipped (or clears it) through Obsidian's front-matter editor. */
import { TFile, type App } from 'obsidian';
import type { SessionStatus } from '../core/note/model';

/** Sets `status` on the note, or removes the property when `status` is null. */
export async function setTalkStatus(app: App, path: string, property: string, status: SessionStatus | null): Promise<boolean> {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return false;
  await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
    if (status === null) delete fm[property];
    else fm[property] = status;
  });
  return true;
}

/** What a plan or skip button does: set the status, or clear it when the talk has it already. */
export function toggled(current: SessionStatus | undefined, wanted: SessionStatus): SessionStatus | null {
  return current === wanted ? null : wanted;
}
