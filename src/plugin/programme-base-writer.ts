/** Writes an event's programme base next to its note and opens it; an existing file is opened as it is, never replaced. */
import { normalizePath, Notice, TFile, type App } from 'obsidian';
import type { EventNote } from '../core/note/model';
import { baseFileFor } from '../core/schedule/programme-base';
import type { CoreSettings } from '../core/note/settings';
import { uiText } from './language';

export async function writeProgrammeBase(app: App, event: EventNote, settings: CoreSettings, timetable: boolean): Promise<string> {
  const t = uiText();
  const { path: built, content } = baseFileFor(event, settings, { timetable });
  const path = normalizePath(built);
  let file = app.vault.getAbstractFileByPath(path);
  if (file instanceof TFile) new Notice(t('notice.baseExists', { path }));
  else {
    file = await app.vault.create(path, content);
    new Notice(t('notice.created', { path }));
  }
  if (file instanceof TFile) await app.workspace.getLeaf(false).openFile(file);
  return path;
}
