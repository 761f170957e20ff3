/**
 * `conference-notes import`: a conference programme into the vault. New talks
 * get notes, changed talks get only their programme-owned properties (and the
 * abstract callout) rewritten, every other byte kept; nothing is ever deleted
 * or written over. `--dry-run` reports the same plan and writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { replaceCallout } from '../../core/schedule/abstract-callout';
import { importSummary, programmeUpdates } from '../../core/schedule/import-summary';
import { checkTimeZone } from '../../core/schedule/local-time';
import { planImport, type ExistingTalk, type ImportPlan } from '../../core/schedule/plan-import';
import { ScheduleError, SCHEDULE_FORMATS, type ScheduleFormat } from '../../core/schedule/programme';
import { readSchedule } from '../../core/schedule/read-schedule';
import { rewriteProperties } from '../../core/schedule/rewrite-properties';
import { extractMeta } from '../extract';
import { messageOf } from '../system-error';
import type { LoadedVault } from '../vault-reader';
import { findTemplate } from './new-command';
import { InputError, UsageError } from './usage';

export interface ImportOptions {
  format?: string;
  event?: string;
  tz?: string;
  template?: string;
  'dry-run'?: boolean;
  json?: boolean;
  'mark-cancelled'?: boolean;
}

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${messageOf(e)}`);
  }
}

export function importCommand(vault: LoadedVault, root: string, file: string, o: ImportOptions): string {
  if (o.format !== undefined && !SCHEDULE_FORMATS.includes(o.format as ScheduleFormat)) throw new UsageError(`--format takes ${SCHEDULE_FORMATS.join(', ')}, not "${o.format}"`);
  const { index } = vault;
  const settings = index.settings;
  let plan: ImportPlan;
  try {
    const zone = o.tz === undefined ? Intl.DateTimeFormat().resolvedOptions().timeZone : checkTimeZone(o.tz);
    const programme = readSchedule(readFile(file), { format: o.format as ScheduleFormat | undefined, fallbackZone: zone });
    const name = o.event?.trim() || programme.conference.title || programme.conference.acronym;
    const eventId = name === undefined ? null : index.catalog.resolveEvent({ text: name });
    const event = eventId === null ? undefined : index.catalog.events.get(eventId);
    const existing: ExistingTalk[] = event === undefined ? [] : index.sessionsOfEvent(event.id).map((s) => {
      const text = readFileSync(join(root, s.path), 'utf8');
      return { path: s.path, props: extractMeta(text).frontmatter ?? {}, text };
    });
    const template = findTemplate(root, settings.templateFolder, o.template ?? settings.defaultTemplate);
    plan = planImport({ programme, eventName: o.event, event, existing, template, catalog: index.catalog, settings, exists: (path) => existsSync(join(root, path)), markCancelled: o['mark-cancelled'] === true });
  } catch (e) {
    if (e instanceof ScheduleError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
  if (o['dry-run'] !== true) write(root, plan);
  return o.json === true ? JSON.stringify(importSummary(plan), null, 2) : report(plan, o['dry-run'] === true);
}

function write(root: string, plan: ImportPlan): void {
  const create = (path: string, text: string): void => {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    // 'wx' refuses to write over a file that appeared since the name was chosen.
    writeFileSync(abs, text, { flag: 'wx' });
  };
  if (plan.event.create) create(plan.event.create.path, plan.event.create.text);
  for (const note of plan.created) create(note.path, note.text);
  for (const update of plan.updated) {
    const abs = join(root, update.path);
    const before = readFileSync(abs, 'utf8');
    let after = rewriteProperties(before, update.props) ?? before;
    if (update.callout !== undefined) after = replaceCallout(after, update.callout);
    if (after !== before) writeFileSync(abs, after);
  }
}

function report(plan: ImportPlan, dryRun: boolean): string {
  const lines = [`Event: ${plan.event.id} (${plan.event.path}${plan.event.create ? ', new' : ''})`];
  const section = (title: string, items: string[]): void => {
    lines.push(`${title}: ${items.length}`, ...items.map((i) => `  ${i}`));
  };
  const cancelled = new Set(plan.updated.map((u) => u.path));
  section('Created', plan.created.map((c) => c.path));
  section('Updated', programmeUpdates(plan).map((u) => `${u.path} (${[...Object.keys(u.props), ...(u.callout ? ['abstract'] : [])].join(', ')})`));
  section('Unchanged', plan.unchanged.map((u) => u.path));
  section('Skipped', plan.skipped.map((s) => `${s.title.replace(/\s*\n\s*/g, ' ')} (${s.reason})`));
  section('Withdrawn from the programme, kept', plan.withdrawn.map((w) => `${w.path}${cancelled.has(w.path) ? ` (${dryRun ? 'would be marked' : 'marked'} cancelled)` : ''}`));
  if (dryRun) lines.push('Dry run: nothing was written.');
  return lines.join('\n');
}
