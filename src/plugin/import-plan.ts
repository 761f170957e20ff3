/** An import in the vault: the plan from a programme's text and the notes there, then the writes it lists. */
import { TFile, type App } from 'obsidian';
import { replaceCallout } from '../core/schedule/abstract-callout';
import { planImport, type ExistingTalk, type ImportPlan } from '../core/schedule/plan-import';
import { readSchedule } from '../core/schedule/read-schedule';
import type { Programme } from '../core/schedule/programme';
import { createNote } from './create-note';
import type { IndexService } from './index-service';
import type { PluginSettings } from './settings';
import { loadTemplate } from './template-source';

/** The programme read from a file's text; the device's zone for times the file places in none. */
export function readProgramme(source: string): Programme {
  return readSchedule(source, { fallbackZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
}

export async function planVaultImport(app: App, service: IndexService, settings: PluginSettings, programme: Programme, eventName?: string, markCancelled = false): Promise<ImportPlan> {
  const { catalog } = service.index;
  const name = eventName?.trim() || programme.conference.title || programme.conference.acronym;
  const eventId = name === undefined ? null : catalog.resolveEvent({ text: name });
  const event = eventId === null ? undefined : catalog.events.get(eventId);
  const existing: ExistingTalk[] = [];
  for (const session of event === undefined ? [] : service.index.sessionsOfEvent(event.id)) {
    const file = app.vault.getFileByPath(session.path);
    if (!file) continue;
    existing.push({ path: file.path, props: { ...(app.metadataCache.getFileCache(file)?.frontmatter ?? {}) }, text: await app.vault.cachedRead(file) });
  }
  const template = await loadTemplate(app, settings, settings.defaultTemplate);
  return planImport({ programme, eventName, event, existing, template, catalog, settings, exists: (path) => app.vault.getAbstractFileByPath(path) !== null, markCancelled });
}

/** Writes what the plan lists: new notes never over a file, updates through processFrontMatter and process. Returns the event note. */
export async function applyImport(app: App, plan: ImportPlan): Promise<TFile | null> {
  const event = plan.event.create ? await createNote(app, plan.event.create.path, plan.event.create.text) : app.vault.getFileByPath(plan.event.path);
  for (const note of plan.created) await createNote(app, note.path, note.text);
  for (const update of plan.updated) {
    const file = app.vault.getFileByPath(update.path);
    if (!(file instanceof TFile)) continue;
    if (Object.keys(update.props).length > 0) {
      await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(update.props)) fm[key] = value;
      });
    }
    const callout = update.callout;
    if (callout !== undefined) await app.vault.process(file, (text) => replaceCallout(text, callout));
  }
  return event;
}
